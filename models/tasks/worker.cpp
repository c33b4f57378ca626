#include "worker.h"

namespace Funnelscope {

WorkerBase::WorkerBase(QObject *parent, Policy policy)
    : QObject(parent)
    , mPolicy(policy)
    , mMailbox(std::make_shared<Mailbox>(this))
{
    if (mPolicy == Policy::Every) {
        mQueue = std::make_unique<QThreadPool>();
        mQueue->setMaxThreadCount(1);
    }
}

WorkerBase::~WorkerBase()
{
    shutdown();
}

void WorkerBase::shutdown()
{
    mShutDown = true;
    mMailbox->close(); // no answer is posted from here on; those already posted die with this
    if (mPolicy == Policy::Latest)
        mTask.cancel();
    // A job the pool has not started yet is run here by the wait (Qt steals it): the
    // mailbox is closed, so its answer is never posted; one posted before is dropped by
    // end() (or dies with this object), so no handler runs on an object being destroyed.
    waitForFinished();
}

void WorkerBase::Mailbox::post(std::function<void(WorkerBase *)> letter)
{
    const QMutexLocker locker(&mMutex);
    if (WorkerBase *owner = mOwner)
        QMetaObject::invokeMethod(owner, [owner, letter = std::move(letter)] { letter(owner); }, Qt::QueuedConnection);
}

void WorkerBase::Mailbox::close()
{
    const QMutexLocker locker(&mMutex);
    mOwner = nullptr;
}

QThreadPool *WorkerBase::pool() const
{
    return mQueue ? mQueue.get() : &workerPool();
}

void WorkerBase::cancel()
{
    mTask.cancel();
    ++mGeneration;
    mRunning = 0;
    if (mBusy) {
        mBusy = false;
        Q_EMIT busyChanged(false);
    }
}

void WorkerBase::waitForFinished()
{
    if (mQueue)
        mQueue->waitForDone();
    else if (mWait)
        mWait();
}

TaskContext WorkerBase::begin()
{
    if (mPolicy == Policy::Latest)
        mTask.cancel();
    mTask = TaskContext();
    ++mGeneration;
    ++mRunning;
    if (!mBusy) {
        mBusy = true;
        Q_EMIT busyChanged(true);
    }
    return mTask;
}

bool WorkerBase::end(quint64 generation)
{
    if (mShutDown)
        return false;
    if (mPolicy == Policy::Latest && generation != mGeneration)
        return false;
    if (mPolicy == Policy::Every && --mRunning > 0)
        return true;
    if (mBusy) {
        mBusy = false;
        Q_EMIT busyChanged(false);
    }
    return true;
}

} // namespace Funnelscope
