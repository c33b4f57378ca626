// The in-app half of the benchmark (`make bench` runs it; see funnelscope_bench.cpp): what
// the window does, without its widgets. A QGuiApplication whose GUI thread runs a 5 ms
// timer recording its worst lateness, while the app's models do their work on
// QtConcurrent workers as the pages do: an import (Importer::run, as the import dialog),
// the first funnel (EventTableCache loads the table), a second funnel and a cohort on
// the cached table (as the pages do on every change of a query). Prints one JSON object:
// seconds of each step, the GUI thread's worst stall in each, and the memory held with
// the events loaded.
#include "analysis/cohortengine.h"
#include "analysis/importremover.h"
#include "analysis/localbackend.h"
#include "analysis/memorypolicy.h"
#include "analysis/funnelengine.h"
#include "ingest/importer.h"
#include "store/importlog.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QtConcurrent>

#include <cstdio>

using namespace Funnelscope;

namespace {

/** The GUI thread's worst lateness: a timer every 5 ms notes how late it fires. */
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        mTimer.setTimerType(Qt::PreciseTimer);
        mTimer.setInterval(5);
        connect(&mTimer, &QTimer::timeout, this, [this] {
            const qint64 now = mClock.nsecsElapsed();
            mWorst = std::max(mWorst, now - mLast - 5'000'000);
            mLast = now;
        });
        mClock.start();
        mTimer.start();
    }
    /** The worst lateness since the last call, in ms. */
    double take()
    {
        const double worst = double(mWorst) / 1e6;
        mWorst = 0;
        return worst;
    }

private:
    QTimer mTimer;
    QElapsedTimer mClock;
    qint64 mLast = 0;
    qint64 mWorst = 0;
};

/** Runs @p work on a worker and keeps the GUI thread's event loop turning until it is done. */
template<typename Work>
auto onWorker(Work work)
{
    QFutureWatcher<decltype(work())> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(work));
    loop.exec();
    return watcher.result();
}

long memoryKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qsizetype(strlen(field))).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    Funnelscope::MemoryPolicy::apply(); // as the app's main() does
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3 && arguments.size() != 4) {
        std::fprintf(stderr, "usage: funnelscope_appbench EVENTS.csv|- WORKSPACE [MORE.csv]  (-: reports on the workspace as it is; "
                             "MORE.csv: appended, then its import removed)\n");
        return 1;
    }
    const QString csv = arguments.at(1);
    const QString path = arguments.at(2);
    const bool import = csv != QLatin1String("-");
    if (import) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }

    StallMeter stalls;
    QJsonObject result;
    QElapsedTimer timer;

    // The import, as the import dialog runs it (progress reaches the GUI thread queued).
    timer.start();
    const ImportReport report = !import ? ImportReport() : onWorker([&] {
        auto workspace = Workspace::create(path);
        const ImportOptions options;
        return Importer::run(*workspace, Importer::plan(csv, options), options,
                             [](const ImportProgress &) { return true; });
    });
    result.insert(QStringLiteral("import_s"), double(timer.nsecsElapsed()) / 1e9);
    result.insert(QStringLiteral("import_events"), report.counts.imported);
    result.insert(QStringLiteral("import_worst_stall_ms"), stalls.take());
    result.insert(QStringLiteral("rss_after_import_mb"), double(memoryKb("VmRSS:")) / 1024);

    // The window's backend: the events loaded once, results kept (CachingBackend).
    // (The summary is read on a worker, as WorkspaceSession does.)
    const std::shared_ptr<ReportBackend> backend = LocalBackend::forWorkspace(onWorker([&path] { return WorkspaceSummary::load(path); }));
    FunnelQuery funnel;
    for (const char *step : {"product_view", "add_to_cart", "begin_checkout", "purchase"})
        funnel.steps.append({QLatin1String(step), {}});
    // A funnel on a worker, as the page runs it; like the page, which holds one result
    // at a time, only the step counts are kept.
    const auto runFunnel = [&backend](const FunnelQuery &query) {
        return onWorker([&backend, &query] {
            const FunnelResult out = backend->run(query);
            QList<qint64> counts;
            for (const FunnelStepResult &step : std::as_const(out.steps))
                counts.append(step.count);
            return counts;
        });
    };

    timer.restart();
    const QList<qint64> firstCounts = runFunnel(funnel);
    result.insert(QStringLiteral("first_report_s"), double(timer.nsecsElapsed()) / 1e9);
    result.insert(QStringLiteral("first_report_worst_stall_ms"), stalls.take());

    // The same report again on the same data (the person goes back to it): the table and
    // the result are cached.
    timer.restart();
    const QList<qint64> secondCounts = runFunnel(funnel);
    result.insert(QStringLiteral("second_report_s"), double(timer.nsecsElapsed()) / 1e9);
    // APPBENCH_REPEAT=N (profiling): N more funnels, each with a window a minute longer
    // than the last so that the engine runs (a repeated query would be answered from the cache).
    for (int again = 0; again < qEnvironmentVariableIntValue("APPBENCH_REPEAT"); ++again) {
        FunnelQuery other = funnel;
        other.windowMs += (again + 1) * FunnelQuery::minute;
        timer.restart();
        runFunnel(other);
        std::fprintf(stderr, "again %.3f s\n", double(timer.nsecsElapsed()) / 1e9);
    }
    // Another question on the cached table: the engine runs again (a 14-day window).
    funnel.windowMs = 14 * FunnelQuery::day;
    timer.restart();
    runFunnel(funnel);
    result.insert(QStringLiteral("changed_report_s"), double(timer.nsecsElapsed()) / 1e9);
    // The person adds a breakdown by device.
    funnel.breakdown = QStringLiteral("device");
    timer.restart();
    runFunnel(funnel);
    result.insert(QStringLiteral("breakdown_report_s"), double(timer.nsecsElapsed()) / 1e9);
    CohortQuery cohort;
    timer.restart();
    onWorker([&backend, &cohort] {
        return backend->run(cohort).grids.size();
    });
    result.insert(QStringLiteral("cached_cohort_s"), double(timer.nsecsElapsed()) / 1e9);
    result.insert(QStringLiteral("cached_reports_worst_stall_ms"), stalls.take());
    result.insert(QStringLiteral("same_counts"), !firstCounts.isEmpty() && firstCounts == secondCounts);
    result.insert(QStringLiteral("rss_loaded_mb"), double(memoryKb("VmRSS:")) / 1024);
    result.insert(QStringLiteral("peak_rss_mb"), double(memoryKb("VmHWM:")) / 1024);

    // A day more appended, then its import removed again (the Data page's Remove Import).
    if (arguments.size() == 4) {
        const QString more = arguments.at(3);
        timer.restart();
        const qint64 appended = onWorker([&path, &more] {
            auto workspace = Workspace::open(path);
            const ImportOptions options;
            return Importer::importAll(*workspace, {Importer::plan(more, options)}, options).reports.constFirst().importId;
        });
        result.insert(QStringLiteral("append_s"), double(timer.nsecsElapsed()) / 1e9);
        timer.restart();
        onWorker([&path, appended] {
            auto workspace = Workspace::open(path);
            ImportRemover::remove(workspace->connection(), appended);
            return true;
        });
        result.insert(QStringLiteral("remove_s"), double(timer.nsecsElapsed()) / 1e9);
        result.insert(QStringLiteral("append_remove_worst_stall_ms"), stalls.take());
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
