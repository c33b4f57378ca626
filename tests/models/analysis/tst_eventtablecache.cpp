// The shared EventTable cache: loaded once, kept while the workspace's contents are the
// same, reloaded after an import, extended with properties without touching tables in use.
#include "analysis/cohortengine.h"
#include "analysis/eventtablecache.h"
#include "analysis/funnelengine.h"
#include "demo/demoshop.h"
#include "ingest/importer.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

class tst_EventTableCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keptUntilTheEventsChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.funnelscope"));
        DemoShop::createWorkspace(path, {200, 2});
        EventTableCache cache;
        cache.setWorkspace(path, WorkspaceSummary::load(path).contentStamp());
        const auto first = cache.table({}, nullptr);
        cache.setWorkspace(path, WorkspaceSummary::load(path).contentStamp()); // another page, same data
        QCOMPARE(cache.table({}, nullptr).get(), first.get());

        // A property is added to a copy: the table a report holds does not change under it.
        QString error;
        const auto extended = cache.tableFor({QStringLiteral("product_name")}, &error);
        QVERIFY2(extended, qPrintable(error));
        QVERIFY(extended->hasColumn(QStringLiteral("product_name")));
        QVERIFY(!first->hasColumn(QStringLiteral("product_name")));
        QVERIFY(!cache.tableFor({QStringLiteral("colour")}, &error));
        QCOMPARE(error, QStringLiteral("No event has a property “colour”."));

        {
            const auto workspace = Workspace::open(path);
            const ImportOptions options;
            Importer::run(*workspace, Importer::plan(QStringLiteral(FUNNELSCOPE_TEST_DATA "/import/retailrocket/input.csv"), options), options);
        }
        cache.setWorkspace(path, WorkspaceSummary::load(path).contentStamp());
        const auto reloaded = cache.table({}, nullptr);
        QCOMPARE(reloaded->size(), first->size() + 4);
    }

    // A query asked again on the same data is answered from the result kept the first
    // time; another query, or the same one after an import, is computed.
    void reportsAskedAgainUntilTheEventsChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.funnelscope"));
        DemoShop::createWorkspace(path, {300, 3});
        EventTableCache cache;
        cache.setWorkspace(path, WorkspaceSummary::load(path).contentStamp());
        FunnelQuery funnel;
        for (const char *event : {"product_view", "add_to_cart", "purchase"})
            funnel.steps.append({QString::fromLatin1(event), {}});
        const auto counts = [](const FunnelResult &result) {
            QList<qint64> list;
            for (const FunnelStepResult &step : result.steps)
                list.append(step.count);
            return list;
        };
        FunnelResult first;
        QCOMPARE(cache.runReport<FunnelEngine>(funnel, first), QString());
        QVERIFY(first.steps.first().count > 0);
        FunnelResult again;
        QCOMPARE(cache.runReport<FunnelEngine>(funnel, again), QString());
        QCOMPARE(counts(again), counts(first));
        QCOMPARE(again.dropped.size(), first.dropped.size());

        // Another window is another query: fewer users convert within a minute.
        FunnelQuery quick = funnel;
        quick.windowMs = FunnelQuery::minute;
        FunnelResult quickResult;
        QCOMPARE(cache.runReport<FunnelEngine>(quick, quickResult), QString());
        QVERIFY(quickResult.steps.last().count < first.steps.last().count);

        // A cohort query is kept apart from the funnel's.
        CohortQuery cohort;
        CohortResult grid;
        QCOMPARE(cache.runReport<CohortEngine>(cohort, grid), QString());
        QVERIFY(!grid.grids.isEmpty());
        CohortQuery monthly = cohort;
        monthly.period = LocalCalendar::Period::Month;
        CohortResult monthlyGrid;
        QCOMPARE(cache.runReport<CohortEngine>(monthly, monthlyGrid), QString());
        QVERIFY(monthlyGrid.grids.first().cohorts.size() < grid.grids.first().cohorts.size());

        // One more user views a product: the same query now counts them.
        const QString csv = dir.filePath(QStringLiteral("more.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("user_id,event,timestamp\nnewcomer,product_view,2024-03-01T10:00:00Z\n");
        file.close();
        {
            const auto workspace = Workspace::open(path);
            const ImportOptions options;
            Importer::run(*workspace, Importer::plan(csv, options), options);
        }
        cache.setWorkspace(path, WorkspaceSummary::load(path).contentStamp());
        FunnelResult afterImport;
        QCOMPARE(cache.runReport<FunnelEngine>(funnel, afterImport), QString());
        QCOMPARE(afterImport.steps.first().count, first.steps.first().count + 1);
    }
};

QTEST_GUILESS_MAIN(tst_EventTableCache)
#include "tst_eventtablecache.moc"
