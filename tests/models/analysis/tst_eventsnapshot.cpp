// The columnar snapshot of the events: a fresh load reads it instead of stepping the rows,
// gives exactly the table the rows give (and so the same reports), goes stale when the
// events change, and a damaged or missing snapshot falls back to the rows.
#include "analysis/eventtable.h"
#include "analysis/funnelengine.h"
#include "demo/demoshop.h"
#include "store/connection.h"
#include "store/eventwriter.h"
#include "store/importlog.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

namespace {

qint64 snapshots(Connection &connection)
{
    return connection.queryInt("SELECT count(*) FROM snapshots");
}

FunnelQuery checkout()
{
    FunnelQuery query;
    for (const char *event : {"product_view", "add_to_cart", "begin_checkout", "purchase"})
        query.steps.append({QLatin1String(event), {}});
    query.breakdown = QStringLiteral("device");
    return query;
}

} // namespace

class tst_EventSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotEqualsTheRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.funnelscope"));
        DemoShop::createWorkspace(path, {800, 4});
        auto workspace = Workspace::open(path);
        Connection &db = workspace->connection();
        QCOMPARE(snapshots(db), 1); // a new demo shop is ready for reports
        db.exec("DELETE FROM snapshots");

        const EventTable fromRows = EventTable::load(db); // steps the rows, stores the snapshot
        QCOMPARE(snapshots(db), 1);
        db.exec("UPDATE events SET ts = ts"); // nothing changes: the snapshot stays current
        const EventTable fromSnapshot = EventTable::load(db);
        QCOMPARE(fromSnapshot.serialize(), fromRows.serialize());
        QCOMPARE(fromSnapshot.serialize(), EventTable::loadRows(db).serialize());
        QCOMPARE(fromSnapshot.userCount(), 800);
        QCOMPARE(FunnelEngine::run(fromSnapshot, checkout()).steps.last().count,
                 FunnelEngine::run(EventTable::loadRows(db), checkout()).steps.last().count);
        QCOMPARE(fromSnapshot.column(QStringLiteral("device"))->values, fromRows.column(QStringLiteral("device"))->values);
    }

    void staleAfterTheEventsChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.funnelscope"));
        DemoShop::createWorkspace(path, {100, 5});
        auto workspace = Workspace::open(path);
        Connection &db = workspace->connection();
        const size_t before = EventTable::load(db).size();
        {
            Transaction transaction(db);
            EventWriter writer(db, ImportLog::begin(db, {QStringLiteral("more"), {}, 0, {}, QStringLiteral("csv"), {}, {}}));
            EventRecord record;
            record.timestampMs = 1'780'000'000'000;
            record.user = "late";
            record.event = "purchase";
            writer.write(record);
            transaction.commit();
        }
        const EventTable after = EventTable::load(db);
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(after.serialize(), EventTable::loadRows(db).serialize());

        // Removing the import makes it stale again, even though the counts come back.
        const qint64 last = db.queryInt("SELECT max(id) FROM imports");
        ImportLog::remove(db, last);
        QCOMPARE(EventTable::load(db).size(), before);
    }

    void damagedSnapshotFallsBackToTheRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.funnelscope"));
        DemoShop::createWorkspace(path, {100, 6});
        auto workspace = Workspace::open(path);
        Connection &db = workspace->connection();
        const QByteArray good = EventTable::load(db).serialize();
        db.exec("UPDATE snapshots SET data = substr(data, 1, length(data) / 2)");
        QCOMPARE(EventTable::load(db).serialize(), good);
        db.exec("UPDATE snapshots SET data = zeroblob(64)");
        QCOMPARE(EventTable::load(db).serialize(), good);
        QVERIFY(!EventTable::deserialize(QByteArray("not a snapshot")).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_EventSnapshot)
#include "tst_eventsnapshot.moc"
