#include "writebehind.h"

#include <QFile>

#include <chrono>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Funnelscope {

WriteBehind::WriteBehind(const QString &workspacePath)
{
#ifdef Q_OS_LINUX
    const QByteArray path = QFile::encodeName(workspacePath);
    mPaths = {path.toStdString(), path.toStdString() + "-wal"};
    mThread = std::thread([this] { run(); });
#else
    Q_UNUSED(workspacePath)
#endif
}

WriteBehind::~WriteBehind()
{
    {
        const std::lock_guard lock(mMutex);
        mStop = true;
    }
    mWake.notify_all();
    if (mThread.joinable())
        mThread.join();
}

int WriteBehind::writeOuts() const
{
    const std::lock_guard lock(mMutex);
    return mWriteOuts;
}

void WriteBehind::run()
{
#ifdef Q_OS_LINUX
    // Descriptors of its own, read-only: a write-out is asked of the file, whoever wrote it.
    std::vector<int> files(mPaths.size(), -1);
    std::unique_lock lock(mMutex);
    while (!mWake.wait_for(lock, std::chrono::milliseconds(250), [this] { return mStop; })) {
        lock.unlock();
        int started = 0;
        for (size_t i = 0; i < files.size(); ++i) {
            if (files[i] < 0)
                files[i] = ::open(mPaths[i].c_str(), O_RDONLY | O_CLOEXEC);
            if (files[i] >= 0 && ::sync_file_range(files[i], 0, 0, SYNC_FILE_RANGE_WRITE) == 0)
                ++started;
        }
        lock.lock();
        mWriteOuts += started;
    }
    for (const int file : files) {
        if (file >= 0)
            ::close(file);
    }
#endif
}

} // namespace Funnelscope
