#pragma once

// What the benchmark measures of one process, and how it runs one.
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Bench {

struct Measure
{
    double seconds = 0;
    double userSeconds = 0;
    double systemSeconds = 0;
    long peakKb = 0;
    qint64 writtenBytes = 0; ///< wchar of /proc/PID/io: what the process passed to write calls, temporary files included
    qint64 writeCalls = 0;   ///< syscw
    int exitCode = -1;
    QString error; ///< the last line the process wrote to stderr, when it failed (exitCode != 0)
};

/**
 * Runs @p program in a fresh process (stdin/stdout from/to files), with wall, user and
 * system time, peak RSS, and the bytes it passed to write calls.
 */
Measure run(const QString &program, const QStringList &arguments, const QString &input = {}, const QString &output = {});
/** The median run (by wall time). */
Measure median(std::vector<Measure> runs);
long peak(const std::vector<Measure> &runs);
QString readAll(const QString &path);
/** @p value with @p decimals decimals, as the tables print seconds and ratios. */
QString fixed(double value, int decimals = 2);
/** The step counts of a funnel's JSON (@p json), or of the SQL sides' lines. */
QList<qint64> funnelCounts(const QString &path, bool json);
/** The cells "start/k" of a cohort grid's JSON (@p json), or of the SQL sides' "start|k|users" lines. */
QHash<QString, qint64> cohortCells(const QString &path, bool json);

} // namespace Bench
