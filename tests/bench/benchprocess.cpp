#include "benchprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Bench {

namespace {

/** A number from /proc/@p pid/io (the process has ended but is not reaped yet). */
qint64 ioField(pid_t pid, const QByteArray &field)
{
    QFile file(QStringLiteral("/proc/%1/io").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().toLongLong();
    }
    return -1;
}

} // namespace

/**
 * Runs @p program in a fresh process (stdin/stdout from/to files), with wall, user and
 * system time, peak RSS, and the bytes it passed to write calls.
 */
Measure run(const QString &program, const QStringList &arguments, const QString &input, const QString &output)
{
    std::vector<QByteArray> storage{program.toLocal8Bit()};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    // What it says on stderr, kept for a run that fails (a server's refusal, say).
    const QByteArray errorPath = QDir::temp().filePath(QStringLiteral("funnelscope-bench-%1.err").arg(getpid())).toLocal8Bit();
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!input.isEmpty()) {
            const int fd = open(input.toLocal8Bit().constData(), O_RDONLY);
            dup2(fd, 0);
        }
        const int out = open(output.isEmpty() ? "/dev/null" : output.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(out, 1);
        const int errors = open(errorPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(errors, 2);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    // Waited for without reaping, so its /proc/PID/io still holds its totals.
    siginfo_t info{};
    waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT);
    Measure measure;
    measure.seconds = double(timer.nsecsElapsed()) / 1e9;
    measure.writtenBytes = ioField(pid, "wchar");
    measure.writeCalls = ioField(pid, "syscw");
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    measure.userSeconds = double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6;
    measure.systemSeconds = double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6;
    measure.peakKb = usage.ru_maxrss;
    measure.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (measure.exitCode != 0) {
        const QStringList lines = readAll(QString::fromLocal8Bit(errorPath)).trimmed().split(QLatin1Char('\n'));
        measure.error = lines.last().trimmed();
    }
    QFile::remove(QString::fromLocal8Bit(errorPath));
    return measure;
}

/** The median run (by wall time). */
Measure median(std::vector<Measure> runs)
{
    if (runs.empty())
        return {};
    std::sort(runs.begin(), runs.end(), [](const Measure &a, const Measure &b) { return a.seconds < b.seconds; });
    return runs[runs.size() / 2];
}

long peak(const std::vector<Measure> &runs)
{
    long most = 0;
    for (const Measure &measure : runs)
        most = std::max(most, measure.peakKb);
    return most;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/** The 4 counts of a funnel's JSON, or of the SQL sides' lines. */
QList<qint64> funnelCounts(const QString &path, bool json)
{
    QList<qint64> counts;
    if (json) {
        for (const QJsonValue &step : QJsonDocument::fromJson(readAll(path).toUtf8()).object().value(QStringLiteral("steps")).toArray())
            counts.append(step.toObject().value(QStringLiteral("count")).toInteger());
    } else {
        for (const QString &line : readAll(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            counts.append(line.toLongLong());
    }
    return counts;
}

/** The cells "start/k" of a cohort grid's JSON, or of the SQL sides' "start|k|users" lines. */
QHash<QString, qint64> cohortCells(const QString &path, bool json)
{
    QHash<QString, qint64> cells;
    if (json) {
        for (const QJsonValue &value : QJsonDocument::fromJson(readAll(path).toUtf8()).object().value(QStringLiteral("cohorts")).toArray()) {
            const QJsonObject row = value.toObject();
            const QJsonArray counts = row.value(QStringLiteral("counts")).toArray();
            for (int k = 0; k < counts.size(); ++k) {
                if (!counts.at(k).isNull())
                    cells.insert(row.value(QStringLiteral("start")).toString() + QLatin1Char('/') + QString::number(k), counts.at(k).toInteger());
            }
        }
    } else {
        for (const QString &line : readAll(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList parts = line.split(QLatin1Char('|'));
            if (parts.size() == 3)
                cells.insert(parts.at(0) + QLatin1Char('/') + parts.at(1), parts.at(2).toLongLong());
        }
    }
    return cells;
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace Bench
