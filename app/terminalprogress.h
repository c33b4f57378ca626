#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Funnelscope {

/**
 * A progress line on standard error while a command works, only when standard error is a
 * terminal (never in a pipe, a file or a test): "Importing shop.csv: 42% · 1,234,567 rows
 * · 85 MB/s · 12 s left", redrawn in place at most ten times a second and erased when
 * the work ends, so what stays on the screen is the command's own output.
 *
 * A report knows no total: ticking() shows "Computing the funnel… 3 s" after the first
 * second, from a thread of its own, until the object is destroyed. Work between counted
 * parts says what it does with status(): "Importing shop.csv: Sorting the events for the
 * reports… 3 s", the seconds those took, until status("") hands back to update().
 */
class TerminalProgress
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::TerminalProgress)

public:
    explicit TerminalProgress(const QString &label);
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress &) = delete;
    TerminalProgress &operator=(const TerminalProgress &) = delete;

    /** Whether standard error is a terminal (and TERM is not "dumb"). */
    static bool isTerminal();
    /** Bytes of @p total read, @p rows so far. */
    void update(qint64 bytes, qint64 total, qint64 rows);
    /** Starts the elapsed-time line of a report. */
    void ticking();
    /** What the work does now, with the seconds it has taken; empty: update() draws again. */
    void status(const QString &text);
    /** The line as update() draws it (for the tests). */
    static QString line(const QString &label, qint64 bytes, qint64 total, qint64 rows, qint64 elapsedMs);
    /** The line as status() draws it, @p elapsedMs into it (for the tests). */
    static QString statusLine(const QString &label, const QString &status, qint64 elapsedMs);

private:
    void draw(const QString &text);
    void clear();
    void startTicker();

    QString mLabel;
    bool mEnabled = false;
    bool mDrawn = false;
    QElapsedTimer mClock;
    qint64 mLastDrawMs = -1000;
    bool mReport = false; // ticking(): the whole command's seconds
    QString mStatus;      // status(): its own seconds
    QElapsedTimer mStatusClock;
    qint64 mStatusMs = 0; // spent in earlier statuses: not part of the rate
    std::mutex mMutex;
    std::condition_variable mWake;
    bool mStop = false;
    std::thread mTicker;
};

} // namespace Funnelscope
