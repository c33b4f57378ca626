#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Funnelscope {

/**
 * What crosses the edge from models to pages and workers (DESIGN.md's error rule): a
 * value, or the sentence saying why there is none. Inside models errors are exceptions;
 * Worker turns them into an Outcome, so a page never sees an exception and never
 * mistakes a failure for an empty success.
 */
template<typename T>
class Outcome
{
public:
    Outcome() = default;
    Outcome(T value) // NOLINT: implicit, so a function returns its value as it is
        : mValue(std::move(value))
    {
    }
    static Outcome failure(const QString &error)
    {
        Outcome outcome;
        outcome.mError = error.isEmpty() ? QStringLiteral("?") : error;
        return outcome;
    }
    static Outcome cancelled()
    {
        Outcome outcome;
        outcome.mCancelled = true;
        return outcome;
    }

    bool ok() const { return mValue.has_value(); }
    bool isCancelled() const { return mCancelled; }
    /** Why there is no value, for people (empty when there is one or the work was cancelled). */
    const QString &error() const { return mError; }
    const T &value() const { return *mValue; }
    T &value() { return *mValue; }

private:
    std::optional<T> mValue;
    QString mError;
    bool mCancelled = false;
};

/** An outcome without a value: done, or why not. */
struct Done
{
};

} // namespace Funnelscope
