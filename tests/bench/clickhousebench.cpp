#include "clickhousebench.h"

#include "clickhouse/clickhouseconnection.h"
#include "store/storeerror.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSettings>
#include <QTextStream>

#include <unistd.h>

namespace Bench {

namespace {

QJsonObject toJson(const Measure &measure, double serverCpu)
{
    return QJsonObject{{QStringLiteral("s"), measure.seconds}, {QStringLiteral("user_s"), measure.userSeconds},
                       {QStringLiteral("sys_s"), measure.systemSeconds}, {QStringLiteral("peak_mb"), double(measure.peakKb) / 1024},
                       {QStringLiteral("server_cpu_s"), serverCpu}};
}

} // namespace

ClickHouseBench::ClickHouseBench(const QString &fixture, const QString &folder)
    : mFixture(fixture)
    , mFolder(folder)
{
}

ClickHouseBench::~ClickHouseBench()
{
    if (mStarted)
        QProcess::execute(mFixture, {QStringLiteral("stop"), mFolder});
}

QString ClickHouseBench::start()
{
    QProcess::execute(mFixture, {QStringLiteral("stop"), mFolder}); // one left by an interrupted run
    QDir(mFolder).removeRecursively();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(mFixture, {QStringLiteral("start"), mFolder});
    process.waitForFinished(240'000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromUtf8(process.readAll()).trimmed();
    mStarted = true;
    const QSettings servers(QDir(mFolder).filePath(QStringLiteral("servers.ini")), QSettings::IniFormat);
    mClusterName = servers.value(QStringLiteral("cluster/name")).toString();
    mShards = servers.value(QStringLiteral("cluster/shards")).toStringList();
    mPort = servers.value(QStringLiteral("cluster/port")).toInt();
    return mShards.size() == 2 ? QString() : QStringLiteral("the fixture wrote no cluster of two shards");
}

double ClickHouseBench::serverCpuSeconds() const
{
    double seconds = 0;
    for (const QString &shard : {QStringLiteral("shard1"), QStringLiteral("shard2")}) {
        const QString pid = readAll(QDir(mFolder).filePath(shard + QStringLiteral("/pid"))).trimmed();
        // /proc/PID/stat: fields 14 and 15 are user and system time in clock ticks.
        const QString stat = readAll(QStringLiteral("/proc/%1/stat").arg(pid));
        const QStringList fields = stat.mid(stat.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' '));
        if (fields.size() > 12)
            seconds += double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    return seconds;
}

QByteArray ClickHouseBench::post(const QString &host, const QString &sql, Measure *measure, const QString &database)
{
    // The app's own connection: the same HTTP interface a report uses.
    Funnelscope::ClickHouseUrl url;
    url.host = host;
    url.port = mPort;
    url.database = database;
    QElapsedTimer timer;
    timer.start();
    QByteArray answer;
    int exitCode = 0;
    QString error;
    try {
        answer = Funnelscope::ClickHouseConnection(url).query(sql, {}, {}, !database.isEmpty());
    } catch (const Funnelscope::StoreError &refused) {
        exitCode = 1;
        error = refused.message();
    }
    if (measure) {
        measure->seconds = double(timer.nsecsElapsed()) / 1e9;
        measure->exitCode = exitCode;
        measure->error = error;
    }
    return answer;
}

QJsonObject ClickHouseBench::measure(const QString &funnelscope, const QString &csv, const QString &label, int runs,
                                     const QStringList &steps, const Local &local, QTextStream &out, QStringList &mismatches)
{
    const QString database = QStringLiteral("bench_") + QString(label).replace(QLatin1Char('.'), QLatin1Char('_'));
    const QString url = QStringLiteral("clickhouse://%1:%2/%3?cluster=%4").arg(mShards.first()).arg(mPort).arg(database, mClusterName);
    const QString work = QFileInfo(local.funnelJson).absolutePath();
    struct Timed
    {
        std::vector<Measure> runs;
        std::vector<double> serverCpu;
        double medianServerCpu() const
        {
            std::vector<double> sorted = serverCpu;
            std::sort(sorted.begin(), sorted.end());
            return sorted.empty() ? 0 : sorted[sorted.size() / 2];
        }
    };
    const auto timed = [this](Timed &series, const std::function<Measure()> &work) {
        const double before = serverCpuSeconds();
        series.runs.push_back(work());
        series.serverCpu.push_back(serverCpuSeconds() - before);
    };

    Timed import, funnel, cohort, windowFunnel, retention;
    for (int i = 0; i < runs; ++i) {
        for (const QString &host : std::as_const(mShards))
            post(host, QStringLiteral("DROP DATABASE IF EXISTS ") + database);
        QProcess::execute(QStringLiteral("sync"), {});
        timed(import, [&] { return run(funnelscope, {QStringLiteral("import"), csv, QStringLiteral("--workspace"), url}); });
    }
    const QString funnelOut = QDir(work).filePath(QStringLiteral("funnel-clickhouse.json"));
    const QString cohortOut = QDir(work).filePath(QStringLiteral("cohort-clickhouse.json"));
    const QString windowOut = QDir(work).filePath(QStringLiteral("funnel-windowfunnel.txt"));
    const QString retentionOut = QDir(work).filePath(QStringLiteral("cohort-retention.txt"));
    QStringList conditions;
    for (const QString &step : steps)
        conditions.append(QStringLiteral("event = '%1'").arg(step));
    // What a ClickHouse user writes for the same funnel and grid (18.16's windowFunnel counts
    // seconds, and orders events at one second as they come).
    const QString windowSql = QStringLiteral("SELECT level, count() FROM (SELECT windowFunnel(604800)(toDateTime(intDiv(ts, 1000)), %1) "
                                             "AS level FROM events GROUP BY person, person_anonymous) GROUP BY level ORDER BY level")
                                  .arg(conditions.join(QStringLiteral(", ")));
    const QString retentionSql = QStringLiteral(
        "SELECT first, k, count() FROM (SELECT min(w) AS first, groupUniqArray(w) AS weeks FROM (SELECT person, "
        "person_anonymous, toMonday(toDateTime(intDiv(ts, 1000), 'UTC')) AS w FROM events) GROUP BY person, person_anonymous) "
        "ARRAY JOIN arrayFilter(x -> x < 12, arrayMap(v -> intDiv(toUInt32(v - first), 7), weeks)) AS k "
        "GROUP BY first, k ORDER BY first, k");
    QByteArray windowAnswer;
    QByteArray retentionAnswer;
    for (int i = 0; i < runs; ++i) {
        timed(funnel, [&] {
            return run(funnelscope, {QStringLiteral("funnel"), QStringLiteral("--workspace"), url, QStringLiteral("--steps"),
                                     steps.join(QLatin1Char(',')), QStringLiteral("--window"), QStringLiteral("7d"), QStringLiteral("--json")},
                       {}, funnelOut);
        });
        timed(windowFunnel, [&] {
            Measure measure;
            windowAnswer = post(mShards.first(), windowSql, &measure, database);
            return measure;
        });
        timed(cohort, [&] {
            return run(funnelscope, {QStringLiteral("cohort"), QStringLiteral("--workspace"), url, QStringLiteral("--period"),
                                     QStringLiteral("week"), QStringLiteral("--periods"), QStringLiteral("12"), QStringLiteral("--json")},
                       {}, cohortOut);
        });
        timed(retention, [&] {
            Measure measure;
            retentionAnswer = post(mShards.first(), retentionSql, &measure, database);
            return measure;
        });
    }

    // The numbers: the server's equal the local workspace's; the hand-written ones are shown.
    const QList<qint64> mine = funnelCounts(local.funnelJson, true);
    const QList<qint64> onServer = funnelCounts(funnelOut, true);
    if (onServer != mine)
        mismatches.append(QStringLiteral("the cluster's funnel differs from the local one"));
    const QHash<QString, qint64> cells = cohortCells(local.cohortJson, true);
    const QHash<QString, qint64> serverCells = cohortCells(cohortOut, true);
    if (serverCells != cells || cells.isEmpty())
        mismatches.append(QStringLiteral("the cluster's cohort grid differs from the local one"));
    // windowFunnel's levels, as the counts of each step (level ≥ k).
    QList<qint64> reached(steps.size(), 0);
    for (const QByteArray &line : windowAnswer.split('\n')) {
        const QList<QByteArray> parts = line.split('\t');
        for (int k = 1; parts.size() == 2 && k <= parts.at(0).toInt() && k <= reached.size(); ++k)
            reached[k - 1] += parts.at(1).toLongLong();
    }
    for (const auto &[path, answer] : {std::pair{windowOut, windowAnswer}, std::pair{retentionOut, QByteArray(retentionAnswer).replace('\t', '|')}}) {
        QFile file(path); // closed before it is read back
        if (file.open(QIODevice::WriteOnly))
            file.write(answer);
    }
    const QHash<QString, qint64> handCells = cohortCells(retentionOut, false);
    qint64 differentCells = 0;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        differentCells += handCells.value(it.key()) != it.value();

    const QString version = QString::fromUtf8(post(mShards.first(), QStringLiteral("SELECT version()"))).trimmed();
    out << QStringLiteral("On a two-shard ClickHouse cluster (clickhouse-server %1, both shards on this machine; "
                          "client and server CPU apart):\n").arg(version);
    out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
               .arg(QStringLiteral("work").leftJustified(47), QStringLiteral("wall s").rightJustified(7),
                    QStringLiteral("client s").rightJustified(8), QStringLiteral("server s").rightJustified(8),
                    QStringLiteral("×local").rightJustified(7), QStringLiteral("beside"));
    QJsonArray rows;
    const auto line = [&](const QString &work, const Timed &series, const Measure *localMeasure, const QString &beside) {
        const Measure middle = median(series.runs);
        int failed = 0;
        QString error;
        for (const Measure &each : series.runs) {
            if (each.exitCode != 0) {
                ++failed;
                error = each.error;
            }
        }
        if (failed > 0)
            mismatches.append(QStringLiteral("%1: %2 of %3 runs failed: %4").arg(work).arg(failed).arg(series.runs.size()).arg(error));
        out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                   .arg(work.leftJustified(47), fixed(middle.seconds).rightJustified(7),
                        fixed(middle.userSeconds + middle.systemSeconds).rightJustified(8),
                        fixed(series.medianServerCpu()).rightJustified(8),
                        (localMeasure ? fixed(middle.seconds / localMeasure->seconds) : QString()).rightJustified(7), beside);
        QJsonObject row{{QStringLiteral("work"), work}, {QStringLiteral("clickhouse"), toJson(middle, series.medianServerCpu())}};
        if (localMeasure)
            row.insert(QStringLiteral("local_s"), localMeasure->seconds);
        rows.append(row);
    };
    const auto ratio = [](const Timed &a, const Timed &b) { return median(a.runs).seconds / median(b.runs).seconds; };
    line(QStringLiteral("import CSV into the cluster"), import, &local.import, {});
    line(QStringLiteral("funnel through ClickHouseBackend"), funnel, &local.funnel,
         QStringLiteral("%1× windowFunnel").arg(fixed(ratio(funnel, windowFunnel))));
    line(QStringLiteral("the same funnel by windowFunnel (hand-written)"), windowFunnel, &local.funnel, {});
    line(QStringLiteral("weekly cohort through ClickHouseBackend"), cohort, &local.cohort,
         QStringLiteral("%1× the hand-written grid").arg(fixed(ratio(cohort, retention))));
    line(QStringLiteral("the same grid by groupUniqArray (hand-written)"), retention, &local.cohort, {});
    QStringList texts;
    for (const qint64 count : reached)
        texts.append(QString::number(count));
    QStringList mineTexts;
    for (const qint64 count : mine)
        mineTexts.append(QString::number(count));
    out << QStringLiteral("The cluster's funnel and grid %1 the local workspace's. windowFunnel's step counts: %2 (local: %3); "
                          "the hand-written grid differs in %4 of %5 cells.\n")
               .arg(serverCells == cells && onServer == mine ? QStringLiteral("equal") : QStringLiteral("DO NOT equal"),
                    texts.join(QLatin1Char(',')), mineTexts.join(QLatin1Char(',')))
               .arg(differentCells)
               .arg(cells.size());
    return QJsonObject{{QStringLiteral("server_version"), version}, {QStringLiteral("rows"), rows},
                       {QStringLiteral("windowfunnel_counts"), texts.join(QLatin1Char(','))},
                       {QStringLiteral("same_as_local"), serverCells == cells && onServer == mine}};
}

} // namespace Bench
