// The performance benchmark (`make bench`; not part of `make test`): generates the shop
// export with `funnelscope demo --csv/--ndjson`, then runs, each several times in fresh
// processes and interleaved, Funnelscope's import, funnel and cohort next to DuckDB
// (duckdb.js) and the sqlite3 command-line tool (sqlite_*.sql) doing the same work on the
// same file, and appending a million events to the workspace. It prints medians with user
// and system time, the bytes each Funnelscope run passed to write calls (wchar, temporary
// files included) and its write calls, peak memory, the workspace's size against
// DuckDB's, and every target as a ratio within this one run (so it holds on a slower or
// faster machine); checks that every side computed the same funnel and cohort numbers;
// and writes everything as JSON. With --clickhouse, the same CSV also goes into a two-shard
// ClickHouse cluster on this machine and its reports run there (clickhousebench.h).
#include "benchprocess.h"
#include "clickhousebench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <cstdio>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using namespace Bench;

struct Series
{
    QString work;
    std::vector<Measure> funnelscope;
    std::vector<Measure> sqlite;
    std::vector<Measure> duckdb;
};

/** What @p mine differs in from @p theirs, said in a few lines (a cell absent on one side is 0). */
QStringList cohortDifferences(const QString &side, const QHash<QString, qint64> &mine, const QHash<QString, qint64> &theirs)
{
    QStringList differences;
    if (mine.isEmpty())
        differences.append(QStringLiteral("no cohort cells to compare"));
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        if (theirs.value(it.key()) != it.value())
            differences.append(QStringLiteral("cohort %1: %2 against %3's %4").arg(it.key()).arg(it.value()).arg(side).arg(theirs.value(it.key())));
    }
    return differences;
}

/** A copy of the shop CSV @p from whose event ids are new (prefixed "n"): the same shoppers' next events. */
bool writeNewEvents(const QString &from, const QString &to)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    out.write(in.readLine()); // the header
    while (!in.atEnd()) {
        out.write("n");
        out.write(in.readLine());
    }
    return true;
}

QString joined(const QList<qint64> &counts)
{
    QStringList texts;
    for (const qint64 count : counts)
        texts.append(QString::number(count));
    return texts.join(QLatin1Char(','));
}

QString megabytes(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("?") : QString::number(double(bytes) / 1e6, 'f', 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Funnelscope's benchmark against DuckDB and the sqlite3 command-line tool."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("funnelscope"), QStringLiteral("The funnelscope executable."), QStringLiteral("path")},
        {QStringLiteral("appbench"), QStringLiteral("The funnelscope_appbench executable (the in-app measures)."), QStringLiteral("path")},
        {QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 executable (default: sqlite3)."), QStringLiteral("path"), QStringLiteral("sqlite3")},
        {QStringLiteral("node"), QStringLiteral("The node executable (default: node)."), QStringLiteral("path"), QStringLiteral("node")},
        {QStringLiteral("duckdb"), QStringLiteral("The folder whose node_modules holds @duckdb/node-api."), QStringLiteral("dir")},
        {QStringLiteral("sql"), QStringLiteral("The folder with the sqlite_*.sql files and duckdb.js."), QStringLiteral("dir")},
        {QStringLiteral("workdir"), QStringLiteral("Where the inputs and workspaces go."), QStringLiteral("dir")},
        {QStringLiteral("sizes"), QStringLiteral("Event counts, comma-separated (default 1000000,10000000)."), QStringLiteral("list"),
         QStringLiteral("1000000,10000000")},
        {QStringLiteral("runs"), QStringLiteral("Runs of each step (default 3); the median counts."), QStringLiteral("n"), QStringLiteral("3")},
        {QStringLiteral("json"), QStringLiteral("Write the results as JSON here."), QStringLiteral("file")},
        {QStringLiteral("clickhouse"), QStringLiteral("The clickhouse_fixture executable: also import into a two-shard ClickHouse "
                                                      "cluster it starts, and run the reports there."),
         QStringLiteral("path")},
        {QStringLiteral("large"), QStringLiteral("The large run (make bench-large): Funnelscope against DuckDB alone, without "
                                                 "NDJSON, sqlite3, appending and the in-app half; peak memory at most 2 GB.")},
    });
    parser.process(app);
    QTextStream out(stdout);
    const QString funnelscope = parser.value(QStringLiteral("funnelscope"));
    const QString sqlite = parser.value(QStringLiteral("sqlite3"));
    const QString node = parser.value(QStringLiteral("node"));
    const QDir sql(parser.value(QStringLiteral("sql")));
    const QDir work(parser.value(QStringLiteral("workdir")));
    QDir().mkpath(work.path());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const bool largeRun = parser.isSet(QStringLiteral("large"));
    const QStringList steps = {QStringLiteral("product_view"), QStringLiteral("add_to_cart"), QStringLiteral("begin_checkout"),
                               QStringLiteral("purchase")};
    const QString duckModules = QDir(parser.value(QStringLiteral("duckdb"))).filePath(QStringLiteral("node_modules"));
    const bool haveDuckdb = parser.isSet(QStringLiteral("duckdb"))
        && QFileInfo::exists(duckModules + QStringLiteral("/@duckdb/node-api/package.json"));
    if (haveDuckdb)
        qputenv("NODE_PATH", QFileInfo(duckModules).absoluteFilePath().toLocal8Bit());
    const QString duckScript = sql.filePath(QStringLiteral("duckdb.js"));

    // The machine, as the README quotes it with the figures.
    QString cpu;
    for (const QString &line : readAll(QStringLiteral("/proc/cpuinfo")).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("model name"))) {
            cpu = line.section(QLatin1Char(':'), 1).trimmed();
            break;
        }
    }
    const QString machine = QStringLiteral("%1 cores (%2), %3 GB of memory, %4")
                                .arg(std::thread::hardware_concurrency())
                                .arg(cpu)
                                .arg(double(sysconf(_SC_PHYS_PAGES)) * double(sysconf(_SC_PAGE_SIZE)) / 1e9, 0, 'f', 0)
                                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd")));
    out << "Machine: " << machine << Qt::endl;
    if (!haveDuckdb)
        out << "DuckDB is not installed (make bench installs @duckdb/node-api with npm): the ratios to it are NOT checked." << Qt::endl;

    QJsonArray results;
    bool allMet = haveDuckdb;
    bool allAgree = true;
    const auto removeStore = [](const QString &path) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal", ".wal"})
            QFile::remove(path + QLatin1String(suffix));
    };
    const auto storeBytes = [](const QString &path) {
        qint64 bytes = 0;
        for (const char *suffix : {"", "-wal", ".wal"})
            bytes += QFileInfo(path + QLatin1String(suffix)).size();
        return bytes;
    };
    // Before each import the disk finishes writing what the last run left (untimed):
    // otherwise each import runs while the previous one's gigabyte is still being written
    // back, and pays for it in its own syncs.
    const auto settle = [] { QProcess::execute(QStringLiteral("sync"), {}); };
    const auto ensureCsv = [&](qint64 events) {
        // The demo averages 8.59 events per user.
        const qint64 users = std::max<qint64>(1, qint64(double(events) / 8.59));
        const QString label = events >= 1'000'000 ? QStringLiteral("%1M").arg(double(events) / 1e6) : QString::number(events);
        const QString csv = work.filePath(QStringLiteral("shop-%1.csv").arg(label));
        if (!QFileInfo::exists(csv))
            run(funnelscope, {QStringLiteral("demo"), QStringLiteral("--users"), QString::number(users), QStringLiteral("--csv"), csv});
        return csv;
    };
    // The day appended: a million new events of the same shop's shoppers.
    const QString more = work.filePath(QStringLiteral("more-1M.csv"));
    if (!largeRun && !QFileInfo::exists(more))
        writeNewEvents(ensureCsv(1'000'000), more);

    // The ClickHouse cluster (issue 26): started once, its databases made per size.
    std::unique_ptr<ClickHouseBench> clickhouse;
    if (parser.isSet(QStringLiteral("clickhouse")) && !largeRun) {
        clickhouse = std::make_unique<ClickHouseBench>(parser.value(QStringLiteral("clickhouse")), work.filePath(QStringLiteral("clickhouse")));
        if (const QString error = clickhouse->start(); !error.isEmpty()) {
            out << "The ClickHouse servers did not start: " << error << Qt::endl;
            clickhouse.reset();
            allAgree = false;
        }
    }

    const QStringList sizes = parser.value(QStringLiteral("sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &sizeText : sizes) {
        const qint64 events = sizeText.toLongLong();
        const bool large = events >= 5'000'000;
        const QString label = events >= 1'000'000 ? QStringLiteral("%1M").arg(double(events) / 1e6) : QString::number(events);
        const QString csv = ensureCsv(events);
        const QString ndjson = work.filePath(QStringLiteral("shop-%1.ndjson").arg(label));
        out << "== " << label << " events ==" << Qt::endl;
        if (!largeRun && !QFileInfo::exists(ndjson))
            run(funnelscope, {QStringLiteral("demo"), QStringLiteral("--users"), QString::number(std::max<qint64>(1, qint64(double(events) / 8.59))),
                              QStringLiteral("--ndjson"), ndjson});

        const QString workspace = work.filePath(QStringLiteral("shop-%1.funnelscope").arg(label));
        const QString database = work.filePath(QStringLiteral("shop-%1.sqlite").arg(label));
        const QString duck = work.filePath(QStringLiteral("shop-%1.duckdb").arg(label));
        const QString importSql = work.filePath(QStringLiteral("import-%1.sql").arg(label));
        {
            QString text = readAll(sql.filePath(QStringLiteral("sqlite_import.sql")));
            text.replace(QStringLiteral("@CSV@"), csv);
            QFile file(importSql);
            file.open(QIODevice::WriteOnly);
            file.write(text.toUtf8());
        }

        Series read{QStringLiteral("read the CSV (cat > /dev/null)"), {}, {}, {}};
        Series importCsv{QStringLiteral("import CSV"), {}, {}, {}};
        Series importNdjson{QStringLiteral("import NDJSON"), {}, {}, {}};
        Series funnel{QStringLiteral("funnel, 4 steps, 7 days"), {}, {}, {}};
        Series cohort{QStringLiteral("weekly cohort grid"), {}, {}, {}};
        Series insights{QStringLiteral("insights, every event"), {}, {}, {}};
        Series paths{QStringLiteral("paths from product_view, 5 steps"), {}, {}, {}};
        Series held{QStringLiteral("funnel holding product_id"), {}, {}, {}};
        Series stepWindows{QStringLiteral("funnel with step windows"), {}, {}, {}};
        Series append{QStringLiteral("import 1M more into it"), {}, {}, {}};
        Series appendEmpty{QStringLiteral("import the 1M into an empty one"), {}, {}, {}};
        Series funnelBefore{QStringLiteral("funnel before it, same copy"), {}, {}, {}};
        Series funnelAfter{QStringLiteral("funnel after the append"), {}, {}, {}};
        qint64 workspaceBytes = 0;
        qint64 duckBytes = 0;
        for (int i = 0; i < runs; ++i) {
            read.funnelscope.push_back(run(QStringLiteral("cat"), {csv}));
            if (!largeRun) {
                removeStore(workspace);
                settle();
                importNdjson.funnelscope.push_back(run(funnelscope, {QStringLiteral("import"), ndjson, QStringLiteral("--workspace"), workspace}));
            }
            removeStore(workspace);
            settle();
            importCsv.funnelscope.push_back(run(funnelscope, {QStringLiteral("import"), csv, QStringLiteral("--workspace"), workspace}));
            workspaceBytes = storeBytes(workspace);
            if (!largeRun) {
                removeStore(database);
                settle();
                importCsv.sqlite.push_back(run(sqlite, {database}, importSql));
            }
            if (haveDuckdb) {
                removeStore(duck);
                settle();
                importCsv.duckdb.push_back(run(node, {duckScript, QStringLiteral("import"), duck, csv}));
                duckBytes = storeBytes(duck);
            }
        }
        const QString funnelOut = work.filePath(QStringLiteral("funnel.json"));
        const QString funnelSql = work.filePath(QStringLiteral("funnel.txt"));
        const QString funnelDuck = work.filePath(QStringLiteral("funnel-duckdb.txt"));
        const QString cohortOut = work.filePath(QStringLiteral("cohort.json"));
        const QString cohortSql = work.filePath(QStringLiteral("cohort.txt"));
        const QString cohortDuck = work.filePath(QStringLiteral("cohort-duckdb.txt"));
        const QStringList funnelArguments{QStringLiteral("funnel"), QStringLiteral("--workspace"), workspace,
                                          QStringLiteral("--steps"), steps.join(QLatin1Char(',')),
                                          QStringLiteral("--window"), QStringLiteral("7d"), QStringLiteral("--json")};
        for (int i = 0; i < runs; ++i) {
            funnel.funnelscope.push_back(run(funnelscope, funnelArguments, {}, funnelOut));
            if (!largeRun)
                funnel.sqlite.push_back(run(sqlite, {database}, sql.filePath(QStringLiteral("sqlite_funnel.sql")), funnelSql));
            if (haveDuckdb)
                funnel.duckdb.push_back(run(node, {duckScript, QStringLiteral("funnel"), duck}, {}, funnelDuck));
            cohort.funnelscope.push_back(run(funnelscope, {QStringLiteral("cohort"), QStringLiteral("--workspace"), workspace,
                                                           QStringLiteral("--period"), QStringLiteral("week"), QStringLiteral("--periods"),
                                                           QStringLiteral("12"), QStringLiteral("--json")},
                                             {}, cohortOut));
            if (!largeRun)
                cohort.sqlite.push_back(run(sqlite, {database}, sql.filePath(QStringLiteral("sqlite_cohort.sql")), cohortSql));
            if (haveDuckdb)
                cohort.duckdb.push_back(run(node, {duckScript, QStringLiteral("cohort"), duck}, {}, cohortDuck));
            insights.funnelscope.push_back(run(funnelscope, {QStringLiteral("insights"), QStringLiteral("--workspace"), workspace,
                                                             QStringLiteral("--json")},
                                               {}, work.filePath(QStringLiteral("insights.json"))));
            paths.funnelscope.push_back(run(funnelscope, {QStringLiteral("paths"), QStringLiteral("--workspace"), workspace,
                                                          QStringLiteral("--from"), QStringLiteral("product_view"),
                                                          QStringLiteral("--steps"), QStringLiteral("5"), QStringLiteral("--json")},
                                            {}, work.filePath(QStringLiteral("paths.json"))));
            held.funnelscope.push_back(run(funnelscope, funnelArguments + QStringList{QStringLiteral("--hold"), QStringLiteral("product_id")},
                                           {}, work.filePath(QStringLiteral("held.json"))));
            stepWindows.funnelscope.push_back(run(funnelscope, funnelArguments + QStringList{QStringLiteral("--step-window"), QStringLiteral("2=1h"),
                                                                                             QStringLiteral("--step-window"), QStringLiteral("4=1d")},
                                                  {}, work.filePath(QStringLiteral("windows.json"))));
        }
        // Appending: the workspace copied (untimed), the funnel on the copy, a million new
        // events imported into it, the same funnel after; the same events into an empty
        // workspace. The funnel before and after on one file, one after the other: on a
        // virtual machine a fresh process's first touch of its memory varies by a third
        // from one minute to the next, more than the append adds.
        const QString appended = work.filePath(QStringLiteral("appended-%1.funnelscope").arg(label));
        const QString empty = work.filePath(QStringLiteral("empty.funnelscope"));
        QStringList appendedArguments = funnelArguments;
        appendedArguments[2] = appended;
        for (int i = 0; i < (largeRun ? 0 : runs); ++i) {
            removeStore(appended);
            QFile::copy(workspace, appended);
            settle();
            funnelBefore.funnelscope.push_back(run(funnelscope, appendedArguments, {}, work.filePath(QStringLiteral("funnel-before.json"))));
            append.funnelscope.push_back(run(funnelscope, {QStringLiteral("import"), more, QStringLiteral("--workspace"), appended}));
            funnelAfter.funnelscope.push_back(run(funnelscope, appendedArguments, {}, work.filePath(QStringLiteral("funnel-after.json"))));
            removeStore(empty);
            settle();
            appendEmpty.funnelscope.push_back(run(funnelscope, {QStringLiteral("import"), more, QStringLiteral("--workspace"), empty}));
        }
        removeStore(appended);
        removeStore(empty);

        // Every side must have computed the same numbers.
        QStringList mismatches;
        const QList<qint64> mine = funnelCounts(funnelOut, true);
        if (!largeRun && mine != funnelCounts(funnelSql, false))
            mismatches.append(QStringLiteral("funnel steps: %1 against sqlite3's %2").arg(joined(mine), readAll(funnelSql).simplified()));
        if (haveDuckdb && mine != funnelCounts(funnelDuck, false))
            mismatches.append(QStringLiteral("funnel steps: %1 against DuckDB's %2").arg(joined(mine), readAll(funnelDuck).simplified()));
        const QList<qint64> onTheCopy = funnelCounts(work.filePath(QStringLiteral("funnel-before.json")), true);
        if (!largeRun && mine != onTheCopy)
            mismatches.append(QStringLiteral("funnel steps on the copy before the append: %1 against %2").arg(joined(onTheCopy), joined(mine)));
        const QHash<QString, qint64> cells = cohortCells(cohortOut, true);
        if (!largeRun)
            mismatches += cohortDifferences(QStringLiteral("sqlite3"), cells, cohortCells(cohortSql, false));
        if (haveDuckdb)
            mismatches += cohortDifferences(QStringLiteral("DuckDB"), cells, cohortCells(cohortDuck, false));
        allAgree = allAgree && mismatches.isEmpty();

        // The table: every work, its figures, its target.
        QJsonArray rows;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10  %11\n")
                   .arg(QStringLiteral("work").leftJustified(32), QStringLiteral("wall s").rightJustified(7),
                        QStringLiteral("user s").rightJustified(7), QStringLiteral("sys s").rightJustified(6),
                        QStringLiteral("written MB").rightJustified(10), QStringLiteral("writes").rightJustified(8),
                        QStringLiteral("peak MB").rightJustified(7), QStringLiteral("sqlite3 s").rightJustified(9),
                        QStringLiteral("DuckDB s").rightJustified(8), QStringLiteral("×DuckDB").rightJustified(7), QStringLiteral("target"));
        const auto line = [&](const Series &series, const QString &target, bool met) {
            // A run that failed (its exit code) measured nothing: said, and no target is met by it.
            QStringList failed;
            for (const auto &[side, measures] : {std::pair{QStringLiteral("Funnelscope"), &series.funnelscope},
                                                 std::pair{QStringLiteral("sqlite3"), &series.sqlite},
                                                 std::pair{QStringLiteral("DuckDB"), &series.duckdb}}) {
                for (const Measure &measure : *measures) {
                    if (measure.exitCode != 0) {
                        failed.append(QStringLiteral("%1 exited with %2: %3").arg(side).arg(measure.exitCode).arg(measure.error));
                        break;
                    }
                }
            }
            if (!failed.isEmpty()) {
                met = false;
                allAgree = false;
                mismatches.append(QStringLiteral("%1: %2").arg(series.work, failed.join(QStringLiteral(", "))));
            }
            const Measure mineMedian = median(series.funnelscope);
            const Measure sqliteMedian = median(series.sqlite);
            const Measure duckMedian = median(series.duckdb);
            allMet = allMet && met;
            out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10  %11\n")
                       .arg(series.work.leftJustified(32), fixed(mineMedian.seconds).rightJustified(7),
                            fixed(mineMedian.userSeconds).rightJustified(7), fixed(mineMedian.systemSeconds).rightJustified(6),
                            megabytes(mineMedian.writtenBytes).rightJustified(10), QString::number(mineMedian.writeCalls).rightJustified(8),
                            fixed(double(peak(series.funnelscope)) / 1024, 0).rightJustified(7),
                            (series.sqlite.empty() ? QString() : fixed(sqliteMedian.seconds)).rightJustified(9),
                            (series.duckdb.empty() ? QString() : fixed(duckMedian.seconds)).rightJustified(8),
                            (series.duckdb.empty() ? QString() : fixed(mineMedian.seconds / duckMedian.seconds)).rightJustified(7),
                            target.isEmpty() || target.startsWith(QLatin1Char('(')) // a remark, not a target
                                ? target
                                : target + (met ? QStringLiteral(" met") : QStringLiteral(" NOT met")));
            const auto measures = [](const Measure &measure) {
                return QJsonObject{{QStringLiteral("s"), measure.seconds}, {QStringLiteral("user_s"), measure.userSeconds},
                                   {QStringLiteral("sys_s"), measure.systemSeconds}, {QStringLiteral("peak_mb"), double(measure.peakKb) / 1024},
                                   {QStringLiteral("written_bytes"), measure.writtenBytes}, {QStringLiteral("write_calls"), measure.writeCalls}};
            };
            QJsonObject row{{QStringLiteral("work"), series.work}, {QStringLiteral("funnelscope"), measures(mineMedian)},
                            {QStringLiteral("target"), target}, {QStringLiteral("met"), met}};
            if (!series.sqlite.empty())
                row.insert(QStringLiteral("sqlite3"), measures(sqliteMedian));
            if (!series.duckdb.empty())
                row.insert(QStringLiteral("duckdb"), measures(duckMedian));
            rows.append(row);
        };
        const auto ratioTo = [](const Series &series, const std::vector<Measure> &other, double most) {
            return !other.empty() && median(series.funnelscope).seconds <= most * median(other).seconds;
        };
        // At 100M events the reports' peak memory counts too (bench-large).
        const auto memoryWithin = [largeRun](const Series &series) {
            return !largeRun || double(peak(series.funnelscope)) / 1024 <= 2048;
        };
        const QString memoryTarget = largeRun ? QStringLiteral(", ≤ 2 GB") : QString();
        line(read, {}, true);
        line(importCsv, QStringLiteral("≤ 0.5× DuckDB") + memoryTarget, ratioTo(importCsv, importCsv.duckdb, 0.5) && memoryWithin(importCsv));
        if (!largeRun)
            line(importNdjson, QStringLiteral("≤ 1.5× CSV"), ratioTo(importNdjson, importCsv.funnelscope, 1.5));
        line(funnel, QStringLiteral("≤ 0.5× DuckDB") + memoryTarget, ratioTo(funnel, funnel.duckdb, 0.5) && memoryWithin(funnel));
        line(cohort, QStringLiteral("≤ 0.5× DuckDB") + memoryTarget, ratioTo(cohort, cohort.duckdb, 0.5) && memoryWithin(cohort));
        line(insights, QStringLiteral("≤ 1.5× funnel"), ratioTo(insights, funnel.funnelscope, 1.5));
        line(paths, QStringLiteral("≤ 1.5× funnel"), ratioTo(paths, funnel.funnelscope, 1.5));
        line(held, QStringLiteral("≤ 2× funnel"), ratioTo(held, funnel.funnelscope, 2));
        line(stepWindows, QStringLiteral("≤ 2× funnel"), ratioTo(stepWindows, funnel.funnelscope, 2));
        if (!largeRun) {
            line(append, QStringLiteral("≤ 1.5× into an empty one"), ratioTo(append, appendEmpty.funnelscope, 1.5));
            line(appendEmpty, {}, true);
            // The issue sets the append's targets for a workspace of 10M: appending a
            // million to a million doubles the events the report reads, so there the
            // funnel after is shown without a target.
            line(funnelBefore, {}, true);
            if (events >= 10'000'000)
                line(funnelAfter, QStringLiteral("≤ 1.5× the funnel before"), ratioTo(funnelAfter, funnelBefore.funnelscope, 1.5));
            else
                line(funnelAfter, QStringLiteral("(target at 10M: here the events double)"), true);
        }

        const Measure imported = median(importCsv.funnelscope);
        const double sizeRatio = duckBytes > 0 ? double(workspaceBytes) / double(duckBytes) : 0;
        const bool sizeMet = duckBytes > 0 && workspaceBytes > 0 && sizeRatio <= 2;
        const double writtenRatio = workspaceBytes > 0 ? double(imported.writtenBytes) / double(workspaceBytes) : 0;
        const bool writtenMet = imported.writtenBytes >= 0 && workspaceBytes > 0 && writtenRatio <= 3;
        const double peakMb = double(peak(importCsv.funnelscope)) / 1024;
        const bool peakMet = !large || largeRun || peakMb <= 300;
        allMet = allMet && sizeMet && writtenMet && peakMet;
        out << QStringLiteral("Workspace %1 MB, DuckDB's database %2 MB, sqlite3's %3 MB: %4× DuckDB's (target ≤ 2×: %5)\n")
                   .arg(megabytes(workspaceBytes), megabytes(duckBytes), megabytes(storeBytes(database)), fixed(sizeRatio),
                        sizeMet ? QStringLiteral("met") : QStringLiteral("NOT met"));
        out << QStringLiteral("The CSV import wrote %1 MB in %2 write calls: %3× the workspace (target ≤ 3×: %4); peak memory "
                              "%5 MB%6\n")
                   .arg(megabytes(imported.writtenBytes))
                   .arg(imported.writeCalls)
                   .arg(fixed(writtenRatio), writtenMet ? QStringLiteral("met") : QStringLiteral("NOT met"), fixed(peakMb, 0),
                        large && !largeRun ? QStringLiteral(" (target ≤ 300 MB: %1)").arg(peakMet ? QStringLiteral("met") : QStringLiteral("NOT met"))
                                           : QString());
        // Inside the app: the models and worker threads under a GUI event loop (appbench.cpp).
        QJsonObject inApp;
        if (parser.isSet(QStringLiteral("appbench")) && !largeRun) {
            const QString appOut = work.filePath(QStringLiteral("appbench.json"));
            const QString appWorkspace = work.filePath(QStringLiteral("app-%1.funnelscope").arg(label));
            removeStore(appWorkspace);
            settle();
            run(parser.value(QStringLiteral("appbench")), {csv, appWorkspace, more}, {}, appOut);
            removeStore(appWorkspace);
            inApp = QJsonDocument::fromJson(readAll(appOut).toUtf8()).object();
            const auto number = [&inApp](const char *key) { return inApp.value(QLatin1String(key)).toDouble(); };
            const double stall = std::max({number("import_worst_stall_ms"), number("first_report_worst_stall_ms"),
                                           number("cached_reports_worst_stall_ms")});
            const bool cachedMet = number("second_report_s") <= 0.15;
            const bool memoryMet = number("rss_loaded_mb") < 500;
            const bool stallMet = stall <= 50;
            const double emptyImport = median(appendEmpty.funnelscope).seconds;
            const bool removeMet = number("remove_s") <= 1.5 * emptyImport;
            allMet = allMet && (!large || cachedMet) && (!large || memoryMet) && stallMet && removeMet && !inApp.isEmpty();
            out << QStringLiteral("In the app (models and workers under a GUI event loop):\n"
                                  "  import %1 s, first report %2 s (loads the table), the same report again %3 s "
                                  "(cached; target at 10M ≤ 0.15 s: %4); on the cached table: another window %15 s, "
                                  "with a breakdown %5 s, cohort %6 s\n"
                                  "  memory with the events loaded %7 MB (target at 10M < 500 MB: %8), peak %9 MB\n"
                                  "  GUI thread's worst stall %10 ms (import %11, first report %12, cached reports %13; "
                                  "target ≤ 50 ms: %14)\n")
                       .arg(number("import_s"), 0, 'f', 2)
                       .arg(number("first_report_s"), 0, 'f', 3)
                       .arg(number("second_report_s"), 0, 'f', 3)
                       .arg(cachedMet ? QStringLiteral("met") : QStringLiteral("NOT met"))
                       .arg(number("breakdown_report_s"), 0, 'f', 3)
                       .arg(number("cached_cohort_s"), 0, 'f', 3)
                       .arg(number("rss_loaded_mb"), 0, 'f', 0)
                       .arg(memoryMet ? QStringLiteral("met") : QStringLiteral("NOT met"))
                       .arg(number("peak_rss_mb"), 0, 'f', 0)
                       .arg(stall, 0, 'f', 1)
                       .arg(number("import_worst_stall_ms"), 0, 'f', 1)
                       .arg(number("first_report_worst_stall_ms"), 0, 'f', 1)
                       .arg(number("cached_reports_worst_stall_ms"), 0, 'f', 1)
                       .arg(stallMet ? QStringLiteral("met") : QStringLiteral("NOT met"))
                       .arg(number("changed_report_s"), 0, 'f', 3);
            out << QStringLiteral("  the 1M more appended %1 s; that import removed again %2 s (the removal's target: ≤ 1.5× "
                                  "importing the 1M into an empty workspace, %3 s: %4)\n")
                       .arg(number("append_s"), 0, 'f', 2)
                       .arg(number("remove_s"), 0, 'f', 2)
                       .arg(emptyImport, 0, 'f', 2)
                       .arg(removeMet ? QStringLiteral("met") : QStringLiteral("NOT met"));
            if (!inApp.value(QStringLiteral("same_counts")).toBool())
                mismatches.append(QStringLiteral("the cached second report differs from the first"));
            allAgree = allAgree && mismatches.isEmpty();
        }
        QJsonObject onCluster;
        if (clickhouse) {
            const ClickHouseBench::Local local{median(importCsv.funnelscope), median(funnel.funnelscope), median(cohort.funnelscope),
                                               funnelOut, cohortOut};
            onCluster = clickhouse->measure(funnelscope, csv, label, runs, steps, local, out, mismatches);
            allAgree = allAgree && mismatches.isEmpty();
        }
        out << (mismatches.isEmpty() ? QStringLiteral("Results agree: the funnel's 4 steps and every cohort cell equal %1.\n")
                                           .arg(largeRun ? QStringLiteral("DuckDB's")
                                                         : haveDuckdb ? QStringLiteral("sqlite3's and DuckDB's") : QStringLiteral("sqlite3's"))
                                     : QStringLiteral("RESULTS DIFFER:\n  ") + mismatches.mid(0, 10).join(QStringLiteral("\n  ")) + u'\n');
        out << Qt::endl;
        results.append(QJsonObject{{QStringLiteral("events"), events}, {QStringLiteral("runs"), runs},
                                   {QStringLiteral("rows"), rows}, {QStringLiteral("in_app"), inApp},
                                   {QStringLiteral("clickhouse"), onCluster},
                                   {QStringLiteral("workspace_bytes"), workspaceBytes}, {QStringLiteral("duckdb_bytes"), duckBytes},
                                   {QStringLiteral("results_agree"), mismatches.isEmpty()}});
    }
    out << (allMet && allAgree ? QStringLiteral("Every target is met.\n") : QStringLiteral("Some targets are NOT met (see above).\n"));
    if (parser.isSet(QStringLiteral("json"))) {
        QFile file(parser.value(QStringLiteral("json")));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(QJsonObject{{QStringLiteral("machine"), machine}, {QStringLiteral("sizes"), results},
                                                 {QStringLiteral("all_met"), allMet}, {QStringLiteral("results_agree"), allAgree}})
                           .toJson());
    }
    return allAgree ? 0 : 1;
}
