#pragma once

#include "errormessage.h"
#include "outcome.h"
#include "taskcontext.h"
#include "workerpool.h"

#include <QFuture>
#include <QObject>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace Funnelscope {

/**
 * The non-template half of Worker: the generation number, the running task's context,
 * the mailbox answers come through, and the signals a page shows (busy, progress).
 */
class WorkerBase : public QObject
{
    Q_OBJECT

public:
    enum class Policy {
        Latest, ///< a new job cancels the one before; only the latest answer is handled (reports)
        Every,  ///< every job runs, one after the other in the order started, each answer handled (writes)
    };

    explicit WorkerBase(QObject *parent = nullptr, Policy policy = Policy::Latest);
    /** Cancels the running report (Latest) and waits for it to notice, or waits for every write (Every). */
    ~WorkerBase() override;

    bool isBusy() const { return mBusy; }
    /** Counts the jobs started: an answer is shown only when it is the latest one's (Latest). */
    quint64 generation() const { return mGeneration; }
    /** Asks the running task to stop; its answer, if any, is dropped. */
    void cancel();
    /** Asks the running task to stop, and still handles its answer (an import says it was cancelled). */
    void stop() { mTask.cancel(); }
    /** Waits for the running task (its answer, if still wanted, then comes from the event loop). */
    void waitForFinished();
    /**
     * Stops for good: no answer is handled from now on (not even one a wait runs here),
     * the running report is cancelled, writes finish. For destructors of the objects the
     * handlers call; ~WorkerBase does it too.
     */
    void shutdown();

Q_SIGNALS:
    void busyChanged(bool busy);
    /** The running task's progress (from its TaskContext), on the GUI thread. */
    void progressChanged(qint64 done, qint64 total, qint64 count);
    /** What the running task is doing while it has nothing to count (TaskContext::setStatus()); empty: counting again. */
    void statusChanged(const QString &status);

protected:
    /**
     * Where a job leaves its answer and progress for the GUI thread: post() queues them to
     * the worker while it lives; once closed (by the destructor) it drops them.
     */
    class Mailbox
    {
    public:
        explicit Mailbox(WorkerBase *owner)
            : mOwner(owner)
        {
        }
        void post(std::function<void(WorkerBase *)> letter);
        void close();

    private:
        QMutex mMutex;
        WorkerBase *mOwner;
    };

    std::shared_ptr<Mailbox> mailbox() const { return mMailbox; }
    /** A new task: the previous one is cancelled, the generation moves on. */
    TaskContext begin();
    /** Whether the task of @p generation is still the latest (and so is shown); clears busy. */
    bool end(quint64 generation);
    QThreadPool *pool() const;
    /** Keeps how to wait for the latest job (its run, not its continuation on this thread). */
    void track(std::function<void()> wait) { mWait = std::move(wait); }

private:
    Policy mPolicy;
    std::shared_ptr<Mailbox> mMailbox;
    std::unique_ptr<QThreadPool> mQueue; ///< Every: one thread, so jobs run in order
    quint64 mGeneration = 0;
    int mRunning = 0;
    TaskContext mTask;
    std::function<void()> mWait;
    bool mBusy = false;
    bool mShutDown = false;
};

/**
 * The one way the window runs work in the background (DESIGN.md, "Workers"): start() runs
 * a job on the shared workerPool() with a fresh TaskContext and cancels the job before it;
 * exceptions become an Outcome; the handler runs on the GUI thread, and only for the
 * latest job (a newer request drops an older answer), never after the worker is gone.
 * A job should carry what it needs (the query it answers, copied) and return it with its
 * result, so a page never pairs a result with a newer request.
 */
template<typename T>
class Worker : public WorkerBase
{
public:
    using Job = std::function<T(const TaskContext &)>;
    using Handler = std::function<void(const Outcome<T> &)>;

    using WorkerBase::WorkerBase;

    void start(Job job, Handler handler)
    {
        const TaskContext task = begin();
        const quint64 generation = this->generation();
        const std::shared_ptr<Mailbox> mailbox = this->mailbox();
        task.onProgress([mailbox, generation](qint64 done, qint64 total, qint64 count) {
            mailbox->post([generation, done, total, count](WorkerBase *owner) {
                if (owner->generation() == generation)
                    Q_EMIT owner->progressChanged(done, total, count);
            });
        });
        task.onStatus([mailbox, generation](const QString &status) {
            mailbox->post([generation, status](WorkerBase *owner) {
                if (owner->generation() == generation)
                    Q_EMIT owner->statusChanged(status);
            });
        });
        // The answer always comes later, from the event loop, and only while this worker
        // lives: posted through the mailbox, which the destructor closes before it waits.
        QFuture<void> future = QtConcurrent::run(pool(), [job = std::move(job), task, mailbox, generation,
                                                          handler = std::move(handler)] {
            const Outcome<T> outcome = capture(job, task);
            mailbox->post([generation, handler, outcome](WorkerBase *owner) {
                if (static_cast<Worker *>(owner)->end(generation) && !outcome.isCancelled())
                    handler(outcome);
            });
        });
        track([future]() mutable { future.waitForFinished(); });
    }

    /** Runs @p job here, turning exceptions into an Outcome (for commands and tests too). */
    static Outcome<T> capture(const Job &job, const TaskContext &task)
    {
        try {
            task.throwIfCancelled();
            return Outcome<T>(job(task));
        } catch (const Cancelled &) {
            return Outcome<T>::cancelled();
        } catch (...) {
            return Outcome<T>::failure(errorMessage(std::current_exception()));
        }
    }
};

} // namespace Funnelscope
