#include "terminalprogress.h"

#include <QLocale>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace Funnelscope {

TerminalProgress::TerminalProgress(const QString &label)
    : mLabel(label)
    , mEnabled(isTerminal())
{
    mClock.start();
}

TerminalProgress::~TerminalProgress()
{
    if (mTicker.joinable()) {
        {
            std::lock_guard lock(mMutex);
            mStop = true;
        }
        mWake.notify_all();
        mTicker.join();
    }
    std::lock_guard lock(mMutex);
    clear();
}

bool TerminalProgress::isTerminal()
{
    const char *term = std::getenv("TERM");
    return ::isatty(STDERR_FILENO) == 1 && !(term && qstrcmp(term, "dumb") == 0);
}

QString TerminalProgress::line(const QString &label, qint64 bytes, qint64 total, qint64 rows, qint64 elapsedMs)
{
    const QLocale locale;
    QStringList parts;
    if (total > 0)
        parts.append(locale.toString(std::min<qint64>(100, bytes * 100 / total)) + locale.percent());
    if (rows >= 0)
        parts.append(tr("%Ln rows", nullptr, int(std::min<qint64>(rows, INT_MAX))));
    if (elapsedMs >= 500 && bytes > 0) {
        const double megabytesPerSecond = double(bytes) / 1e6 / (double(elapsedMs) / 1000.0);
        parts.append(tr("%1 MB/s").arg(locale.toString(megabytesPerSecond, 'f', megabytesPerSecond < 10 ? 1 : 0)));
        if (total > bytes)
            parts.append(tr("%1 s left").arg(locale.toString(qint64(double(total - bytes) / (double(bytes) / double(elapsedMs)) / 1000.0 + 0.5))));
    }
    return parts.isEmpty() ? label : tr("%1: %2").arg(label, parts.join(QStringLiteral(" · ")));
}

QString TerminalProgress::statusLine(const QString &label, const QString &status, qint64 elapsedMs)
{
    const QString text = tr("%1: %2").arg(label, status);
    return elapsedMs < 1000 ? text : tr("%1 %2 s").arg(text, QLocale().toString(elapsedMs / 1000));
}

void TerminalProgress::update(qint64 bytes, qint64 total, qint64 rows)
{
    if (!mEnabled)
        return;
    const qint64 now = mClock.elapsed();
    if (now - mLastDrawMs < 100)
        return;
    mLastDrawMs = now;
    std::lock_guard lock(mMutex);
    if (mStatus.isEmpty())
        draw(line(mLabel, bytes, total, rows, now - mStatusMs)); // the rate: the reading's own time
}

void TerminalProgress::ticking()
{
    if (!mEnabled)
        return;
    {
        std::lock_guard lock(mMutex);
        mReport = true;
    }
    startTicker();
}

void TerminalProgress::status(const QString &text)
{
    if (!mEnabled)
        return;
    {
        std::lock_guard lock(mMutex);
        if (text == mStatus)
            return;
        if (!mStatus.isEmpty())
            mStatusMs += mStatusClock.elapsed();
        mStatus = text;
        mStatusClock.start();
        if (!text.isEmpty())
            draw(statusLine(mLabel, text, 0));
    }
    mLastDrawMs = -1000; // the next update() draws at once
    if (!text.isEmpty())
        startTicker();
}

void TerminalProgress::startTicker()
{
    if (mTicker.joinable())
        return;
    mTicker = std::thread([this] {
        std::unique_lock lock(mMutex);
        while (!mWake.wait_for(lock, std::chrono::milliseconds(250), [this] { return mStop; })) {
            if (!mStatus.isEmpty()) {
                draw(statusLine(mLabel, mStatus, mStatusClock.elapsed()));
            } else if (mReport) {
                const qint64 seconds = mClock.elapsed() / 1000;
                if (seconds >= 1)
                    draw(tr("%1 %2 s").arg(mLabel, QLocale().toString(seconds)));
            }
        }
    });
}

void TerminalProgress::draw(const QString &text)
{
    // \r and "erase to the end of the line": the new text replaces the old in place.
    const QByteArray bytes = "\r" + text.toUtf8() + "\x1b[K";
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    mDrawn = true;
}

void TerminalProgress::clear()
{
    if (!mDrawn)
        return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    mDrawn = false;
}

} // namespace Funnelscope
