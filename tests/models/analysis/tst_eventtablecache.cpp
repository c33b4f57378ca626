// The shared EventTable cache: loaded once, kept while the workspace's contents are the
// same, reloaded after an import, extended with properties without touching tables in use.
#include "analysis/eventtablecache.h"
#include "demo/demoshop.h"
#include "ingest/importer.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"

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
};

QTEST_GUILESS_MAIN(tst_EventTableCache)
#include "tst_eventtablecache.moc"
