// What the status bar, the Data page and the maturity evidence say about a workspace's
// events (how many, from when to when, how many of each name, with a device or channel,
// with an anonymous id, how many persons and events counted for another id's person)
// comes from each import's counts (import_types, import_users), written as it writes its
// events: it must say what the events themselves say, after imports with duplicates and
// anonymous ids that later files link to users, after removing one, with stitching off,
// for an import written without counts, and for a file from before the counts.
#include "analysis/importremover.h"
#include "ingest/importer.h"
#include "maturity/maturityevidence.h"
#include "store/eventtexts.h"
#include "store/connection.h"
#include "ingest/importwriter.h"
#include "olderworkspace.h"
#include "store/identitysummary.h"
#include "store/importlog.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

namespace {

/** The summary's and the evidence's figures, one line each. */
QStringList figures(Connection &connection)
{
    const WorkspaceSummary summary = WorkspaceSummary::load(connection);
    QStringList lines = {QStringLiteral("events %1 from %2 to %3").arg(summary.events)
                             .arg(summary.first.toMSecsSinceEpoch()).arg(summary.last.toMSecsSinceEpoch())};
    lines.append(QStringLiteral("persons %1 events %2 moved %3")
                     .arg(summary.identities.persons).arg(summary.identities.events).arg(summary.identities.eventsMoved));
    for (const WorkspaceSummary::EventTypeCount &type : summary.eventTypes)
        lines.append(QStringLiteral("%1 %2").arg(type.name).arg(type.count));
    const MaturityEvidence::Facts facts = MaturityEvidence::facts(connection);
    lines.append(QStringLiteral("facts %1 [%2] context %3 anonymous %4")
                     .arg(facts.events).arg(facts.eventNames.join(QLatin1Char(','))).arg(facts.withContext).arg(facts.anonymousEvents));
    return lines;
}

/** The same figures by SQL over the events themselves. */
QStringList figuresOfTheRows(Connection &connection)
{
    QStringList lines;
    {
        Statement totals(connection, "SELECT count(*), min(ts), max(ts) FROM events");
        totals.step();
        lines.append(totals.int64(0) == 0 ? QStringLiteral("events 0 from %1 to %1").arg(QDateTime().toMSecsSinceEpoch())
                                          : QStringLiteral("events %1 from %2 to %3").arg(totals.int64(0)).arg(totals.int64(1)).arg(totals.int64(2)));
    }
    lines.append(QStringLiteral("persons %1 events %2 moved %3")
                     .arg(connection.queryInt("SELECT count(DISTINCT p.person_id) FROM events e JOIN user_persons p ON p.user_id = e.user_id"))
                     .arg(connection.queryInt("SELECT count(*) FROM events"))
                     .arg(connection.queryInt("SELECT count(*) FROM events e JOIN user_persons p ON p.user_id = e.user_id "
                                              "WHERE p.person_id <> e.user_id")));
    QStringList names;
    Statement types(connection, "SELECT t.name, count(*) AS n FROM events e JOIN event_types t ON t.id = e.event_type_id "
                                "GROUP BY t.name ORDER BY n DESC, t.name");
    while (types.step()) {
        lines.append(QStringLiteral("%1 %2").arg(types.text(0)).arg(types.int64(1)));
        names.append(types.text(0));
    }
    names.sort();
    const qint64 events = connection.queryInt("SELECT count(*) FROM events");
    lines.append(QStringLiteral("facts %1 [%2] context %3 anonymous %4")
                     .arg(events)
                     .arg(events == 0 ? QString() : names.join(QLatin1Char(',')))
                     .arg(events == 0 ? 0 : connection.queryInt("SELECT count(*) FROM events WHERE device_id IS NOT NULL OR channel_id IS NOT NULL"))
                     .arg(events == 0 ? 0 : connection.queryInt("SELECT count(*) FROM events WHERE anonymous_id IS NOT NULL")));
    return lines;
}

/** A file of @p rows random events: names, devices or channels or neither, known users, anonymous ids, ids seen before. */
QString randomFile(const QString &path, QRandomGenerator &random, int rows, int file)
{
    const QStringList events = {QStringLiteral("page_view"), QStringLiteral("product_view"), QStringLiteral("add_to_cart"),
                                QStringLiteral("purchase"), QStringLiteral("only_in_%1").arg(file)};
    QByteArray csv = "event_id,timestamp,user_id,anonymous_id,event,device,channel\n";
    for (int row = 0; row < rows; ++row) {
        const int kind = random.bounded(3);
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                   .arg(random.bounded(6) == 0 ? QStringLiteral("d%1").arg(random.bounded(15)) : QStringLiteral("f%1-%2").arg(file).arg(row))
                   .arg(QDateTime::fromMSecsSinceEpoch(1'709'546'400'000 + qint64(random.bounded(90'000)) * 60'000, QTimeZone::utc())
                            .toString(Qt::ISODateWithMs))
                   .arg(kind == 1 ? QString() : QStringLiteral("u%1").arg(random.bounded(9)),
                        kind == 0 ? QString() : QStringLiteral("a%1").arg(random.bounded(12)),
                        events.at(random.bounded(events.size() - (row % 7 == 0 ? 0 : 1))),
                        random.bounded(3) == 0 ? QStringLiteral("mobile") : QString(),
                        random.bounded(4) == 0 ? QStringLiteral("email") : QString())
                   .toUtf8();
    }
    QFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write(csv);
    return path;
}

qint64 import(Workspace &workspace, const QString &file)
{
    ImportOptions options;
    return Importer::importAll(workspace, {Importer::plan(file, options)}, options).reports.constFirst().importId;
}

} // namespace

class tst_WorkspaceSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The properties a filter or breakdown offers: every source column the files kept
    // beside their events with a value somewhere, from each import's texts; an import's
    // own go with it.
    void propertyNamesAreTheColumnsTheFilesKept()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("p.funnelscope")));
        Connection &db = workspace->connection();
        const auto write = [&dir](const QString &name, const QByteArray &csv) {
            QFile out(dir.filePath(name));
            if (out.open(QIODevice::WriteOnly))
                out.write(csv);
            return dir.filePath(name);
        };
        QCOMPARE(WorkspaceSummary::propertyNames(db), QStringList());
        import(*workspace, write(QStringLiteral("a.csv"), "event_id,timestamp,user_id,event,coupon,note,empty\n"
                                                          "1,2024-03-04T10:00:00Z,u1,view,,,\n"
                                                          "2,2024-03-04T10:01:00Z,u1,purchase,SPRING,,\n"
                                                          "3,2024-03-04T10:02:00Z,u2,view,,\"gift, wrapped\",\n"));
        QCOMPARE(WorkspaceSummary::propertyNames(db), (QStringList{QStringLiteral("coupon"), QStringLiteral("note")}));
        import(*workspace, write(QStringLiteral("b.csv"), "event_id,timestamp,user_id,event\n4,2024-03-05T10:00:00Z,u3,view\n"));
        const qint64 withClick = import(*workspace, write(QStringLiteral("c.csv"), "event_id,timestamp,user_id,event,gclid,coupon\n"
                                                                                   "5,2024-03-06T10:00:00Z,u4,view,abc,\n"));
        QCOMPARE(WorkspaceSummary::propertyNames(db), (QStringList{QStringLiteral("coupon"), QStringLiteral("gclid"), QStringLiteral("note")}));
        ImportRemover::remove(db, withClick);
        QCOMPARE(WorkspaceSummary::propertyNames(db), (QStringList{QStringLiteral("coupon"), QStringLiteral("note")}));
    }

    void countsAgreeWithTheEvents_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 8; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void countsAgreeWithTheEvents()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("s.funnelscope")));
        Connection &db = workspace->connection();
        QCOMPARE(figures(db), figuresOfTheRows(db));
        std::vector<qint64> imports;
        for (int file = 0; file < 2 + random.bounded(3); ++file) {
            imports.push_back(import(*workspace, randomFile(dir.filePath(QStringLiteral("f%1.csv").arg(file)), random,
                                                            10 + random.bounded(80), file)));
            QVERIFY(WorkspaceSummary::eventsCounted(db));
            QCOMPARE(figures(db), figuresOfTheRows(db));
        }
        QVERIFY(db.queryInt("SELECT count(*) FROM import_types") > 0);
        QVERIFY(db.queryInt("SELECT count(*) FROM identity_links") > 0);
        ImportRemover::remove(db, imports[size_t(random.bounded(int(imports.size())))]);
        QCOMPARE(figures(db), figuresOfTheRows(db));
        IdentitySummary::setStitching(db, false);
        QCOMPARE(figures(db), figuresOfTheRows(db));
        IdentitySummary::setStitching(db, true);
        for (const qint64 id : imports) {
            if (db.queryInt("SELECT count(*) FROM imports WHERE id = " + std::to_string(id)) > 0)
                ImportRemover::remove(db, id);
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM import_types"), 0);
        QCOMPARE(figures(db), figuresOfTheRows(db));
    }

    // An import whose counts are missing (a workspace from before them): read from its events.
    void anImportWithoutCountsIsReadFromItsEvents()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.funnelscope")));
        Connection &db = workspace->connection();
        QRandomGenerator random(7);
        import(*workspace, randomFile(dir.filePath(QStringLiteral("f.csv")), random, 50, 0));
        {
            Transaction transaction(db);
            ImportWriter writer(db, ImportLog::begin(db, {QStringLiteral("by hand"), {}, 0, {}, QStringLiteral("csv"), {}, {}}));
            EventRecord record;
            record.timestampMs = 1'780'000'000'000;
            record.user = "late";
            record.event = "refund";
            writer.write(record);
            writer.finish();
            const qint64 importId = db.queryInt("SELECT max(id) FROM imports");
            db.exec("DELETE FROM import_types WHERE import_id = " + std::to_string(importId));
            db.exec("UPDATE imports SET types_counted = 0 WHERE id = " + std::to_string(importId));
            transaction.commit();
        }
        QVERIFY(!WorkspaceSummary::eventsCounted(db));
        QCOMPARE(figures(db), figuresOfTheRows(db));
        QVERIFY(figures(db).contains(QStringLiteral("refund 1")));
        QCOMPARE(db.queryInt("SELECT count(*) FROM imports WHERE users_counted = 0"), 0); // counted by the first summary
        QCOMPARE(figures(db), figuresOfTheRows(db));
    }

    void aFileFromBeforeTheCountsIsCountedOnce()
    {
        // A version-8 workspace (no import_types) with events: opening it counts every
        // import from its rows, and later imports add their own counts.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v8.funnelscope"));
        QRandomGenerator random(11);
        {
            auto workspace = Workspace::create(path);
            import(*workspace, randomFile(dir.filePath(QStringLiteral("a.csv")), random, 60, 0));
            import(*workspace, randomFile(dir.filePath(QStringLiteral("b.csv")), random, 60, 1));
            Connection &db = workspace->connection();
            // The events as rows, with their keys and properties, as before versions 12 to 14.
            OlderWorkspace::putRowsBack(db, OlderWorkspace::Texts, 8);
            db.exec("DROP TABLE key_texts");
            db.exec("DROP TABLE property_texts");
            db.exec("DROP TABLE import_types");
            db.exec("DROP TABLE import_users");
            db.exec("DROP TABLE user_parts");
            db.exec("DROP TABLE session_parts");
            db.exec("DELETE FROM meta WHERE key = 'dictionary_parts'");
            db.exec("ALTER TABLE imports DROP COLUMN types_counted");
            db.exec("ALTER TABLE imports DROP COLUMN users_counted");
            db.exec("PRAGMA user_version = 8");
        }
        auto workspace = Workspace::open(path);
        Connection &db = workspace->connection();
        QCOMPARE(workspace->schemaVersion(), Schema::currentVersion());
        QVERIFY(WorkspaceSummary::eventsCounted(db));
        QCOMPARE(db.queryInt("SELECT count(DISTINCT import_id) FROM import_types"), 2);
        // The persons' counts by id are made from the rows by the first summary, and kept.
        QCOMPARE(db.queryInt("SELECT count(*) FROM imports WHERE users_counted = 0"), 2);
        QCOMPARE(figures(db), figuresOfTheRows(db));
        QCOMPARE(db.queryInt("SELECT count(*) FROM imports WHERE users_counted = 0"), 0);
        QCOMPARE(db.queryInt("SELECT count(DISTINCT import_id) FROM import_users"), 2);
        QCOMPARE(figures(db), figuresOfTheRows(db));
        import(*workspace, randomFile(dir.filePath(QStringLiteral("c.csv")), random, 60, 2));
        QCOMPARE(figures(db), figuresOfTheRows(db));
        // Not inside a caller's transaction: there it only reads.
        db.exec("UPDATE imports SET users_counted = 0");
        {
            Transaction transaction(db);
            QCOMPARE(figures(db), figuresOfTheRows(db));
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM imports WHERE users_counted = 0"), 3);
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceSummary)
#include "tst_workspacesummary.moc"
