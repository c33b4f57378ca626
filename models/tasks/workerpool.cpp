#include "workerpool.h"

#include <QThread>
#include <QThreadPool>

namespace Funnelscope {

QThreadPool &workerPool()
{
    static QThreadPool *pool = [] {
        auto *threads = new QThreadPool;
        threads->setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
        threads->setExpiryTimeout(30'000);
        return threads;
    }();
    return *pool;
}

} // namespace Funnelscope
