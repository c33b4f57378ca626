#pragma once

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
    using ProgressHandler = std::function<void(qint64 done, qint64 total)>;

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
    void setProgress(qint64 done, qint64 total) const
    {
        if (mState->progress)
            mState->progress(done, total);
    }

private:
    struct State
    {
        std::atomic<bool> cancelled{false};
        ProgressHandler progress;
    };
    std::shared_ptr<State> mState;
};

} // namespace Funnelscope
