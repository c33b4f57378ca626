#pragma once

#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>

namespace Funnelscope {

/** Thrown by work that noticed its TaskContext was cancelled; never shown to people. */
class Cancelled : public std::exception
{
public:
    const char *what() const noexcept override { return "cancelled"; }
};

/**
 * What a piece of background work receives from whoever started it: whether it should
 * stop (checked between ranges of users, rows or files) and where to report progress.
 * Copies share the same state, so the starter keeps one and cancels the copy the worker
 * holds. A default-constructed context is never cancelled and reports nowhere.
 */
class TaskContext
{
public:
    /** @p done of @p total (bytes, users), and @p count of what was made of them (rows, events; -1: none). */
    using ProgressHandler = std::function<void(qint64 done, qint64 total, qint64 count)>;
    /** What the work is doing while it has nothing to count ("Sorting the events…"); empty: counting again. */
    using StatusHandler = std::function<void(const QString &status)>;

    TaskContext()
        : mState(std::make_shared<State>())
    {
    }

    void cancel() const { mState->cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return mState->cancelled.load(std::memory_order_relaxed); }
    void throwIfCancelled() const
    {
        if (isCancelled())
            throw Cancelled();
    }

    /** Where setProgress() goes (set before the work starts). */
    void onProgress(ProgressHandler handler) const { mState->progress = std::move(handler); }
    /**
     * Reports progress: at most every 40 ms (work may call this for every row), and
     * always when @p done reaches @p total.
     */
    void setProgress(qint64 done, qint64 total, qint64 count = -1) const
    {
        if (!mState->progress)
            return;
        const qint64 now = mState->clock.elapsed();
        if (done < total && now - mState->lastProgressMs.load(std::memory_order_relaxed) < 40)
            return;
        mState->lastProgressMs.store(now, std::memory_order_relaxed);
        mState->progress(done, total, count);
    }

    /** Where setStatus() goes (set before the work starts). */
    void onStatus(StatusHandler handler) const { mState->status = std::move(handler); }
    /**
     * Says what the work is doing while it has no measure of how far it is (or, empty,
     * that it counts again): passed on each time it changes, never held back as
     * setProgress() is. Called from the work's one thread.
     */
    void setStatus(const QString &status) const
    {
        if (!mState->status || status == mState->lastStatus)
            return;
        mState->lastStatus = status;
        mState->status(status);
    }

private:
    struct State
    {
        State() { clock.start(); }
        std::atomic<bool> cancelled{false};
        ProgressHandler progress;
        StatusHandler status;
        QString lastStatus; // only the work's thread reads and writes it
        QElapsedTimer clock;
        std::atomic<qint64> lastProgressMs{-1000};
    };
    std::shared_ptr<State> mState;
};

} // namespace Funnelscope
