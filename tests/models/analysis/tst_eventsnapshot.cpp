// The reports' columns, kept per import (EventSegment): a fresh load merges the segments
// instead of stepping the rows and gives exactly the table the rows give (so the same
// reports), whatever links later imports bring; an import appends a segment and leaves
// the others as they were; removing an import removes its segment; a damaged or missing
// segment falls back to the import's rows.
#include "testpaths.h"

#include "analysis/eventsegment.h"
#include "analysis/importremover.h"
#include "analysis/eventtable.h"
#include "analysis/funnelengine.h"
#include "analysis/snapshotformat.h"
#include "analysis/userkeys.h"
#include "demo/demoshop.h"
#include "ingest/importer.h"
#include "store/connection.h"
#include "store/eventtexts.h"
#include "ingest/importwriter.h"
#include "store/identitysummary.h"
#include "store/importlog.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "olderworkspace.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>
#include <set>
#include <thread>

using namespace Funnelscope;

namespace {

/** The imports with a segment (a segment is one or more parts). */
qint64 segments(Connection &connection)
{
    return connection.queryInt("SELECT count(DISTINCT import_id) FROM event_segments");
}

QByteArray segmentBytes(Connection &connection, qint64 importId)
{
    Statement select(connection, "SELECT data FROM event_segments WHERE import_id = ?");
    select.bind(1, importId);
    if (!select.step())
        return {};
    const std::string_view bytes = select.utf8(0);
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

FunnelQuery checkout()
{
    FunnelQuery query;
    for (const char *event : {"product_view", "add_to_cart", "begin_checkout", "purchase"})
        query.steps.append({QLatin1String(event), {}});
    query.breakdown = QStringLiteral("device");
    return query;
}

/**
 * The first difference between two tables as a reader sees them (persons' keys and
 * events, each event's name, time, session and every field's value), empty when none:
 * their codes may differ, what the codes stand for may not.
 */
QString difference(const EventTable &a, const EventTable &b)
{
    if (a.size() != b.size() || a.userCount() != b.userCount())
        return QStringLiteral("%1 events of %2 persons against %3 of %4").arg(a.size()).arg(a.userCount()).arg(b.size()).arg(b.userCount());
    for (int user = 0; user < a.userCount(); ++user) {
        if (a.userKey(user) != b.userKey(user) || a.userBegin(user) != b.userBegin(user))
            return QStringLiteral("person %1: %2 from %3 against %4 from %5")
                .arg(user).arg(a.userKey(user)).arg(a.userBegin(user)).arg(b.userKey(user)).arg(b.userBegin(user));
    }
    for (size_t row = 0; row < a.size(); ++row) {
        if (a.ts(row) != b.ts(row) || a.typeNames().value(a.type(row)) != b.typeNames().value(b.type(row))
            || a.session(row) != b.session(row))
            return QStringLiteral("event %1: %2 %3 against %4 %5")
                .arg(row).arg(a.ts(row)).arg(a.typeNames().value(a.type(row))).arg(b.ts(row)).arg(b.typeNames().value(b.type(row)));
        for (const QString &name : EventTable::fieldColumns()) {
            if (a.column(name)->valueAt(row) != b.column(name)->valueAt(row))
                return QStringLiteral("event %1's %2: %3 against %4").arg(row).arg(name, a.column(name)->valueAt(row), b.column(name)->valueAt(row));
        }
    }
    return {};
}

/**
 * Every event as "person|time|event|device|value of @p property" from the table, sorted:
 * which value went with which event, whatever the order of events at one time.
 */
QStringList propertyRows(const EventTable &table, const QString &property)
{
    QStringList rows;
    const EventTable::TextColumn *values = table.column(property);
    for (int person = 0; person < table.userCount(); ++person) {
        for (size_t row = table.userBegin(person); row < table.userEnd(person); ++row)
            rows.append(QStringLiteral("%1|%2|%3|%4|%5").arg(table.userKey(person)).arg(table.ts(row))
                            .arg(table.typeNames().value(table.type(row)), table.column(QStringLiteral("device"))->valueAt(row),
                                 values ? values->valueAt(row) : QString()));
    }
    rows.sort();
    return rows;
}

/** The same from the rows by SQL alone (the user_persons view and json_extract). */
QStringList propertyRowsBySql(Connection &connection, const QString &property)
{
    QStringList rows;
    const EventTexts::Function eventProperties(connection, EventTexts::Kind::Properties);
    Statement select(connection, "SELECT pu.key, e.ts, t.name, coalesce(d.value, ''), "
                                 "coalesce(json_extract(event_properties(e.id), '$.\"' || ? || '\"'), '') FROM events e "
                                 "JOIN user_persons p ON p.user_id = e.user_id JOIN users pu ON pu.id = p.person_id "
                                 "JOIN event_types t ON t.id = e.event_type_id LEFT JOIN dimension_values d ON d.id = e.device_id");
    select.bind(1, property);
    while (select.step())
        rows.append(QStringLiteral("%1|%2|%3|%4|%5").arg(select.text(0)).arg(select.int64(1)).arg(select.text(2), select.text(3), select.text(4)));
    rows.sort();
    return rows;
}

/**
 * The first event of import @p importId whose stored origins (EventOrigins) do not name
 * its row, empty when none: each row's id must be an event of the import with the row's
 * time and user, its anonymous id that event's, and every event named once.
 */
QString originsDifference(Connection &db, qint64 importId)
{
    const std::optional<EventSegment> segment = EventSegment::stored(db, importId, 0, true);
    if (!segment || !segment->origins)
        return QStringLiteral("import %1 has no origins").arg(importId);
    const EventTable &table = segment->table;
    const qint64 first = db.queryInt("SELECT min(id) FROM events WHERE import_id = " + std::to_string(importId));
    Statement event(db, "SELECT ts, user_id, anonymous_id FROM events WHERE id = ? AND import_id = ?");
    std::set<qint64> seen;
    for (int user = 0; user < table.userCount(); ++user) {
        for (size_t row = table.userBegin(user); row < table.userEnd(user); ++row) {
            const qint64 id = first + segment->origins->idOffsets[row];
            event.bind(1, id);
            event.bind(2, importId);
            const bool found = event.step();
            const QString stored = found ? QStringLiteral("%1 %2 %3").arg(event.int64(0)).arg(event.int64(1)).arg(event.isNull(2) ? -1 : event.int64(2))
                                         : QStringLiteral("none");
            event.reset();
            const QString origin = QStringLiteral("%1 %2 %3").arg(table.ts(row)).arg(segment->userIds[size_t(user)]).arg(segment->origins->anonymousIds[row]);
            if (stored != origin || !seen.insert(id).second)
                return QStringLiteral("row %1 names event %2: %3 against %4").arg(row).arg(id).arg(origin, stored);
        }
    }
    const qint64 events = db.queryInt("SELECT count(*) FROM events WHERE import_id = " + std::to_string(importId));
    return qint64(seen.size()) == events ? QString() : QStringLiteral("%1 of %2 events named").arg(seen.size()).arg(events);
}

QString writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text);
    return path;
}

qint64 import(Workspace &workspace, const QString &file)
{
    ImportOptions options;
    return Importer::importAll(workspace, {Importer::plan(file, options)}, options).reports.constFirst().importId;
}

} // namespace

class tst_EventSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A workspace from before schema 14, whose events were rows: opening it makes each
    // import's segment from them (stepped by SQL, not built as an import builds it), and
    // every report reads the same table as before.
    void segmentsMadeFromRowsEqualTheImportsOwn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.funnelscope"));
        DemoShop::createWorkspace(path, {800, 4});
        QByteArray built;
        {
            auto workspace = Workspace::open(path);
            Connection &db = workspace->connection();
            QCOMPARE(segments(db), 1); // a new demo shop is ready for reports
            built = EventTable::load(db).serialize();
            OlderWorkspace::putRowsBack(workspace->connection());
            QCOMPARE(segments(db), 0);
        }
        auto workspace = Workspace::open(path);
        Connection &db = workspace->connection();
        QCOMPARE(segments(db), 1);
        QVERIFY(EventTable::hasCurrentSnapshot(db));
        QCOMPARE(db.queryText("SELECT type || ' ' || sql FROM sqlite_master WHERE name = 'events'"),
                 QStringLiteral("table CREATE VIRTUAL TABLE events USING funnelscope_events"));
        const EventTable fromSegment = EventTable::load(db);
        QCOMPARE(fromSegment.serialize(), built);
        QCOMPARE(fromSegment.serialize(), EventTable::loadRows(db).serialize());
        QCOMPARE(fromSegment.userCount(), 800);
        QCOMPARE(FunnelEngine::run(fromSegment, checkout()).steps.last().count,
                 FunnelEngine::run(EventTable::loadRows(db), checkout()).steps.last().count);
    }

    void aLargeImportsSegmentEqualsTheRows()
    {
        // More than three of the segment builder's 64K-event pieces, read back a column at
        // a time: the first pieces' session ids fit in two bytes, the last ones' do not.
        QTemporaryDir dir;
        DemoShop::Options options;
        options.users = 20000;
        const QString csv = dir.filePath(QStringLiteral("shop.csv"));
        DemoShop::writeFile(csv, DemoShop::FileFormat::Csv, options);
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("l.funnelscope")));
        import(*workspace, csv);
        Connection &db = workspace->connection();
        QCOMPARE(segments(db), 1);
        QVERIFY(db.queryInt("SELECT count(*) FROM events") > 3 * 65536);
        QVERIFY(db.queryInt("SELECT max(session_id) FROM events WHERE id <= 65536") <= 32767);
        QVERIFY(db.queryInt("SELECT max(session_id) FROM events") > 32767);
        QCOMPARE(difference(EventTable::load(db), EventTable::loadRows(db)), QString());
    }

    void anImportAppendsItsSegment()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("a.funnelscope")));
        Connection &db = workspace->connection();
        // Monday's export: a shopper browses anonymously on two devices, another logs in.
        const qint64 monday = import(*workspace, writeFile(dir.filePath(QStringLiteral("mon.csv")),
                                                           "event_id,timestamp,user_id,anonymous_id,event,device,price\n"
                                                           "1,2024-03-04T10:00:00.000Z,,a-1,product_view,mobile,20\n"
                                                           "2,2024-03-04T10:05:00.000Z,,a-2,product_view,desktop,20\n"
                                                           "3,2024-03-04T10:05:00.000Z,,a-1,add_to_cart,mobile,20\n"
                                                           "4,2024-03-04T11:00:00.000Z,bo,,product_view,desktop,35\n"));
        const QByteArray mondaySegment = segmentBytes(db, monday);
        QVERIFY(!mondaySegment.isEmpty());
        // Tuesday's: both devices log in as "ann" (Monday's browsing becomes hers), a duplicate comes again.
        const qint64 tuesday = import(*workspace, writeFile(dir.filePath(QStringLiteral("tue.csv")),
                                                            "event_id,timestamp,user_id,anonymous_id,event,device,price\n"
                                                            "4,2024-03-04T11:00:00.000Z,bo,,product_view,desktop,35\n"
                                                            "5,2024-03-05T09:00:00.000Z,ann,a-1,begin_checkout,mobile,20\n"
                                                            "6,2024-03-05T09:00:00.000Z,ann,a-2,purchase,tablet,20\n"));
        QCOMPARE(segments(db), 2);
        QCOMPARE(segmentBytes(db, monday), mondaySegment); // appending rewrote nothing
        const EventTable table = EventTable::load(db);
        QCOMPARE(difference(table, EventTable::loadRows(db)), QString());
        QCOMPARE(table.userCount(), 2); // ann (a-1, a-2) and bo
        QCOMPARE(table.size(), size_t(6));
        FunnelQuery query = checkout();
        query.breakdown.clear();
        QList<qint64> counts;
        for (const FunnelStepResult &step : FunnelEngine::run(table, query).steps)
            counts.append(step.count);
        QCOMPARE(counts, (QList<qint64>{2, 1, 1, 1}));

        // Removing Tuesday's import unmerges ann's devices and removes its segment.
        ImportRemover::remove(db, tuesday);
        QCOMPARE(segments(db), 1);
        const EventTable after = EventTable::load(db);
        QCOMPARE(difference(after, EventTable::loadRows(db)), QString());
        QCOMPARE(after.userCount(), 3);
    }

    void randomImportsMergeAsTheRows_data()
    {
        QTest::addColumn<quint32>("seed");
        // Seeds above 12: more files and only four instants, so one person's events at
        // the same millisecond come from three and more ids and imports.
        for (quint32 seed = 1; seed <= 20; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomImportsMergeAsTheRows()
    {
        // Imports of known users, anonymous ids and both (links, some to two users: a
        // shared device), many at the same millisecond, duplicates across files; the
        // merged segments must give the rows' table after every import, after removing
        // one, and with stitching off.
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("r.funnelscope")));
        Connection &db = workspace->connection();
        const QStringList events = {QStringLiteral("page_view"), QStringLiteral("product_view"), QStringLiteral("add_to_cart"),
                                    QStringLiteral("begin_checkout"), QStringLiteral("purchase")};
        const QStringList devices = {QString(), QStringLiteral("mobile"), QStringLiteral("desktop")};
        std::vector<qint64> imports;
        const bool crowded = seed > 12;
        const int files = crowded ? 4 + random.bounded(3) : 2 + random.bounded(3);
        for (int file = 0; file < files; ++file) {
            QByteArray csv = "event_id,timestamp,user_id,anonymous_id,session_id,event,device,price\n";
            const int rows = 20 + random.bounded(60);
            for (int row = 0; row < rows; ++row) {
                const int kind = random.bounded(3); // user only, anonymous only, both
                const QString user = kind == 1 ? QString() : QStringLiteral("u%1").arg(random.bounded(8));
                const QString anonymous = kind == 0 ? QString() : QStringLiteral("a%1").arg(random.bounded(10));
                const qint64 ts = crowded ? 1'709'546'400'000 + random.bounded(4)
                                          : 1'709'546'400'000 + qint64(random.bounded(30)) * 60'000 + (random.bounded(4) == 0 ? 0 : random.bounded(3));
                csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                           .arg(random.bounded(4) == 0 ? QStringLiteral("d%1").arg(random.bounded(20)) // repeats across files
                                                       : QStringLiteral("f%1-%2").arg(file).arg(row))
                           .arg(QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc()).toString(Qt::ISODateWithMs))
                           .arg(user, anonymous, random.bounded(3) == 0 ? QString() : QStringLiteral("s%1").arg(random.bounded(6)),
                                events.at(random.bounded(events.size())), devices.at(random.bounded(devices.size())),
                                random.bounded(3) == 0 ? QString() : QString::number(random.bounded(5) * 10 + 0.5))
                           .toUtf8();
            }
            // A person, session and event only this file has: they must go with it and
            // only with it.
            csv += QStringLiteral("own%1,2024-03-04T12:00:00.000Z,own-u%1,own-a%1,own-s%1,own_event_%1,,\n").arg(file).toUtf8();
            imports.push_back(import(*workspace, writeFile(dir.filePath(QStringLiteral("f%1.csv").arg(file)), csv)));
            QCOMPARE(difference(EventTable::load(db), EventTable::loadRows(db)), QString());
            // Sessions and text columns read from the file when first asked for: the same.
            QCOMPARE(difference(EventTable::load(db, {}, EventTable::Columns::OnDemand), EventTable::loadRows(db)), QString());
            QCOMPARE(originsDifference(db, imports.back()), QString()); // as the import built them
            const EventSegment fromRows = EventSegment::fromRows(db, imports.back());
            QCOMPARE(fromRows.origins->idOffsets, EventSegment::stored(db, imports.back(), 0, true)->origins->idOffsets);
            QCOMPARE(fromRows.origins->anonymousIds, EventSegment::stored(db, imports.back(), 0, true)->origins->anonymousIds);
        }
        QCOMPARE(segments(db), qint64(imports.size()));
        // Removing an import finds the strings still in use from the other imports'
        // segments. One of them gone (every third seed) is damage: the removal says so, and
        // removes nothing.
        const qint64 removed = imports[size_t(random.bounded(int(imports.size())))];
        if (seed % 3 == 0) {
            const qint64 other = imports[(size_t(std::find(imports.begin(), imports.end(), removed) - imports.begin()) + 1) % imports.size()];
            db.exec("CREATE TEMP TABLE kept AS SELECT * FROM event_segments WHERE import_id = " + std::to_string(other));
            db.exec("DELETE FROM event_segments WHERE import_id = " + std::to_string(other));
            try {
                ImportRemover::remove(db, removed);
                QFAIL("an import was removed beside a damaged one");
            } catch (const StoreError &error) {
                QVERIFY2(error.message().contains(QStringLiteral("import %1 cannot be read").arg(other)), qPrintable(error.message()));
            }
            QCOMPARE(db.queryInt("SELECT count(*) FROM imports"), qint64(imports.size()));
            db.exec("INSERT INTO event_segments SELECT * FROM temp.kept; DROP TABLE temp.kept");
        }
        ImportRemover::remove(db, removed);
        // No event names a string that went, and no string stays that nothing names.
        QCOMPARE(db.queryInt("SELECT count(*) FROM events WHERE user_id NOT IN (SELECT id FROM users) "
                             "OR (anonymous_id IS NOT NULL AND anonymous_id NOT IN (SELECT id FROM users)) "
                             "OR (session_id IS NOT NULL AND session_id NOT IN (SELECT id FROM sessions)) "
                             "OR event_type_id NOT IN (SELECT id FROM event_types)"),
                 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM identity_links WHERE alias_id NOT IN (SELECT id FROM users) "
                             "OR person_id NOT IN (SELECT id FROM users)"),
                 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM users WHERE id NOT IN (SELECT user_id FROM events UNION SELECT anonymous_id "
                             "FROM events WHERE anonymous_id IS NOT NULL UNION SELECT alias_id FROM identity_links "
                             "UNION SELECT person_id FROM identity_links)"),
                 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM sessions WHERE id NOT IN (SELECT session_id FROM events WHERE session_id IS NOT NULL)"), 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM event_types WHERE id NOT IN (SELECT event_type_id FROM events)"), 0);
        QCOMPARE(segments(db), qint64(imports.size()) - 1);
        QCOMPARE(difference(EventTable::load(db), EventTable::loadRows(db)), QString());
        QCOMPARE(difference(EventTable::load(db, {}, EventTable::Columns::OnDemand), EventTable::loadRows(db)), QString());
        for (const qint64 import : imports) {
            if (import != removed)
                QCOMPARE(originsDifference(db, import), QString());
        }
        IdentitySummary::setStitching(db, false);
        const EventTable ids = EventTable::load(db);
        QCOMPARE(difference(ids, EventTable::loadRows(db)), QString());
        QCOMPARE(difference(EventTable::load(db, {}, EventTable::Columns::OnDemand), EventTable::loadRows(db)), QString());
        QCOMPARE(qint64(ids.userCount()), db.queryInt("SELECT count(DISTINCT user_id) FROM events"));
    }

    void sourcePropertiesGoWithTheirEvents_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 12; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void sourcePropertiesGoWithTheirEvents()
    {
        // A breakdown by a source column (one the import kept in the events' properties)
        // reads it from the rows and puts each value with its event in the merged table:
        // imports of anonymous ids that later files link to users, many events of one
        // person at the same millisecond from several ids and imports, duplicates, values
        // quoted, numeric, shared, unique or missing. Checked against SQL alone after
        // every import, after removing one, and with stitching off.
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("p.funnelscope")));
        Connection &db = workspace->connection();
        const QStringList events = {QStringLiteral("product_view"), QStringLiteral("add_to_cart"), QStringLiteral("purchase")};
        const QStringList shared = {QStringLiteral("spring"), QStringLiteral("\"Sommer\"\"-Aktion, 20 %\""), QStringLiteral("2.50")};
        std::vector<qint64> imports;
        const bool crowded = seed % 2 == 0;
        const QString campaign = QStringLiteral("utm_campaign");
        for (int file = 0; file < 3 + random.bounded(3); ++file) {
            QByteArray csv = "event_id,timestamp,user_id,anonymous_id,event,device,utm_campaign,page_location\n";
            const int rows = 20 + random.bounded(60);
            for (int row = 0; row < rows; ++row) {
                const int kind = random.bounded(3); // user only, anonymous only, both
                const QString user = kind == 1 ? QString() : QStringLiteral("u%1").arg(random.bounded(6));
                const QString anonymous = kind == 0 ? QString() : QStringLiteral("a%1").arg(random.bounded(8));
                const qint64 ts = 1'709'546'400'000 + (crowded ? random.bounded(3) : qint64(random.bounded(40)) * 1000);
                const int pick = random.bounded(4);
                const QString value = pick == 0 ? QString() : pick == 1 ? shared.at(random.bounded(shared.size()))
                                                                        : QStringLiteral("v%1-%2").arg(file).arg(row);
                csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                           .arg(random.bounded(5) == 0 ? QStringLiteral("d%1").arg(random.bounded(10)) // repeats across files
                                                       : QStringLiteral("f%1-%2").arg(file).arg(row))
                           .arg(QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc()).toString(Qt::ISODateWithMs))
                           .arg(user, anonymous, events.at(random.bounded(events.size())),
                                random.bounded(2) ? QStringLiteral("mobile") : QStringLiteral("desktop"), value,
                                random.bounded(3) == 0 ? QStringLiteral("/p/%1").arg(random.bounded(5)) : QString())
                           .toUtf8();
            }
            imports.push_back(import(*workspace, writeFile(dir.filePath(QStringLiteral("p%1.csv").arg(file)), csv)));
            EventTable table = EventTable::load(db);
            QVERIFY(table.loadProperty(db, campaign));
            QCOMPARE(propertyRows(table, campaign), propertyRowsBySql(db, campaign));
            // Several at once (one pass over the events): the same columns as one by one.
            const QString page = QStringLiteral("page_location");
            const QString landing = QStringLiteral("landing_page");
            EventTable together = EventTable::load(db);
            QCOMPARE(together.loadProperties(db, {campaign, page, landing, QStringLiteral("no_such_column")}),
                     QStringList{QStringLiteral("no_such_column")});
            QCOMPARE(propertyRows(together, campaign), propertyRowsBySql(db, campaign));
            QCOMPARE(propertyRows(together, page), propertyRowsBySql(db, page));
            EventTable alone = EventTable::load(db);
            QVERIFY(alone.loadProperty(db, landing));
            QCOMPARE(propertyRows(together, landing), propertyRows(alone, landing));
        }
        // From JSON the values come as written: numbers, true, null, objects, escapes.
        const QStringList written = {QStringLiteral("7"), QStringLiteral("2.50"), QStringLiteral("1e3"), QStringLiteral("true"),
                                     QStringLiteral("null"), QStringLiteral("{\"a\":[1, 2]}"), QStringLiteral("\"caf\\u00e9\""),
                                     QStringLiteral("\"tab\\there\""), QStringLiteral("\"Frühling ☀\""), QStringLiteral("\"\"")};
        QByteArray ndjson;
        for (int row = 0; row < 40; ++row) {
            ndjson += QStringLiteral("{\"event_id\":\"j%1\",\"timestamp\":%2,\"user_id\":\"u%3\",\"event\":\"purchase\","
                                     "\"device\":\"mobile\",\"utm_campaign\":%4}\n")
                          .arg(row).arg(1'709'546'400'000 + random.bounded(3)).arg(random.bounded(6))
                          .arg(written.at(row % written.size()))
                          .toUtf8();
        }
        imports.push_back(import(*workspace, writeFile(dir.filePath(QStringLiteral("p.ndjson")), ndjson)));
        {
            EventTable table = EventTable::load(db);
            QVERIFY(table.loadProperty(db, campaign));
            QCOMPARE(propertyRows(table, campaign), propertyRowsBySql(db, campaign));
            QVERIFY(!propertyRows(table, campaign).filter(QRegularExpression(QStringLiteral("\\|café$"))).isEmpty());
        }
        QVERIFY(db.queryInt("SELECT count(*) FROM identity_links") > 0);
        ImportRemover::remove(db, imports[size_t(random.bounded(int(imports.size())))]);
        EventTable table = EventTable::load(db);
        QVERIFY(table.loadProperty(db, campaign));
        QCOMPARE(propertyRows(table, campaign), propertyRowsBySql(db, campaign));
        // The table the rows give (not merged from segments) reads them in the same order.
        EventTable fromRows = EventTable::loadRows(db);
        QVERIFY(fromRows.loadProperty(db, campaign));
        QCOMPARE(propertyRows(fromRows, campaign), propertyRowsBySql(db, campaign));
        IdentitySummary::setStitching(db, false);
        EventTable ids = EventTable::load(db);
        QVERIFY(ids.loadProperty(db, campaign));
        QCOMPARE(propertyRows(ids, campaign), propertyRowsBySql(db, campaign));
        QVERIFY(!ids.loadProperty(db, QStringLiteral("no_such_column")));
    }

    // An import without its segment has lost its events (the segment is all there is of
    // them): the reports say the workspace is damaged, naming the import, and removing
    // that import leaves the others' readable.
    void anImportWithoutItsSegmentIsDamageSaidAsSuch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.funnelscope"));
        DemoShop::createWorkspace(path, {100, 5});
        auto workspace = Workspace::open(path);
        Connection &db = workspace->connection();
        const QByteArray before = EventTable::load(db).serialize();
        {
            Transaction transaction(db);
            ImportWriter writer(db, ImportLog::begin(db, {QStringLiteral("more"), {}, 0, {}, QStringLiteral("csv"), {}, {}}));
            EventRecord record;
            record.timestampMs = 1'780'000'000'000;
            record.user = "late";
            record.event = "purchase";
            writer.write(record);
            writer.finish();
            db.exec("DELETE FROM event_segments WHERE import_id = (SELECT max(id) FROM imports)");
            transaction.commit();
        }
        const qint64 last = db.queryInt("SELECT max(id) FROM imports");
        QVERIFY(!EventTable::hasCurrentSnapshot(db));
        try {
            EventTable::load(db);
            QFAIL("a workspace without one of its segments was read");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Corrupt);
            QVERIFY2(error.message().contains(QStringLiteral("the events of import %1 cannot be read").arg(last)), qPrintable(error.message()));
        }
        ImportRemover::remove(db, last);
        QCOMPARE(EventTable::load(db).serialize(), before);
    }

    // After a merge the columns beyond times, names and sessions are gathered when a
    // report first asks for one: reports on several threads asking at once, and a copy of
    // the table (the window's cache extends one with properties), all see the same values
    // as the rows; a serialized table has every column.
    void columnsGatheredOnFirstUseAgreeFromManyThreads_data()
    {
        QTest::addColumn<bool>("onDemand");
        QTest::addRow("merged in memory") << false;
        QTest::addRow("read from the file") << true;
    }

    void columnsGatheredOnFirstUseAgreeFromManyThreads()
    {
        QFETCH(bool, onDemand);
        const EventTable::Columns columns = onDemand ? EventTable::Columns::OnDemand : EventTable::Columns::All;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lazy.funnelscope"));
        DemoShop::createWorkspace(path, {3000, 7});
        auto workspace = Workspace::open(path);
        Connection &db = workspace->connection();
        QByteArray csv = "event_id,timestamp,user_id,event,device,country,product_id\n";
        for (int i = 0; i < 4000; ++i)
            csv += "late" + QByteArray::number(i) + ",2026-11-0" + QByteArray::number(1 + i % 9) + "T10:00:00Z,u"
                + QByteArray::number(100000 + i % 500) + ",product_view," + (i % 3 ? "mobile" : "watch") + ",DE,SKU-" + QByteArray::number(i % 40) + '\n';
        import(*workspace, writeFile(dir.filePath(QStringLiteral("late.csv")), csv));
        const EventTable rows = EventTable::loadRows(db);
        for (int round = 0; round < 3; ++round) {
            const EventTable merged = EventTable::load(db, {}, columns);
            const EventTable copy = merged;
            const QStringList names = EventTable::fieldColumns();
            std::vector<QString> problems(4);
            std::vector<std::thread> readers;
            for (int t = 0; t < 4; ++t) {
                readers.emplace_back([&, t] {
                    const EventTable &table = t % 2 ? copy : merged;
                    for (size_t row = 0; row < rows.size() && problems[size_t(t)].isEmpty(); ++row) {
                        if (table.session(row) != rows.session(row))
                            problems[size_t(t)] = QStringLiteral("the session of event %1").arg(row);
                    }
                    for (qsizetype n = 0; n < names.size(); ++n) {
                        const QString &name = names.at((n + t * 3) % names.size());
                        const EventTable::TextColumn *column = table.column(name);
                        const EventTable::TextColumn *expected = rows.column(name);
                        for (size_t row = 0; row < rows.size() && problems[size_t(t)].isEmpty(); ++row) {
                            if (column->valueAt(row) != expected->valueAt(row))
                                problems[size_t(t)] = QStringLiteral("%1 of event %2").arg(name).arg(row);
                        }
                    }
                });
            }
            for (std::thread &reader : readers)
                reader.join();
            for (const QString &problem : problems)
                QCOMPARE(problem, QString());
            QCOMPARE(merged.column(QStringLiteral("device"))->values, copy.column(QStringLiteral("device"))->values);
            const std::optional<EventTable> back = EventTable::deserialize(EventTable::load(db, {}, columns).serialize());
            QVERIFY(back);
            QCOMPARE(difference(*back, rows), QString());
        }
    }

    // A column left in the file is read when a report first asks for it: if its import's
    // segment has gone meanwhile, or its bytes are damaged, the report says which import
    // cannot be read (never a wrong or empty column), and asks again next time.
    void aColumnReadLaterFromADamagedSegmentIsSaidSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.funnelscope"));
        DemoShop::createWorkspace(path, {200, 5});
        auto workspace = Workspace::open(path);
        Connection &db = workspace->connection();
        const qint64 import = db.queryInt("SELECT max(id) FROM imports");
        const EventTable rows = EventTable::loadRows(db);
        const EventTable table = EventTable::load(db, {}, EventTable::Columns::OnDemand);
        QVERIFY(table.column(QStringLiteral("channel")));
        db.exec("CREATE TEMP TABLE kept AS SELECT * FROM event_segments");
        db.exec("DELETE FROM event_segments");
        for (const auto &ask : std::vector<std::function<void()>>{[&table] { table.column(QStringLiteral("device")); },
                                                                  [&table] { table.session(0); }}) {
            try {
                ask();
                QFAIL("a column was read from a segment that is gone");
            } catch (const StoreError &error) {
                QCOMPARE(error.kind(), StoreError::Kind::Corrupt);
                QVERIFY2(error.message().contains(QStringLiteral("the events of import %1 cannot be read").arg(import)),
                         qPrintable(error.message()));
            }
        }
        // A code past its column's values (one byte changed) is damage too.
        db.exec("INSERT INTO event_segments SELECT * FROM temp.kept");
        const EventTable again = EventTable::load(db, {}, EventTable::Columns::OnDemand);
        const qint64 firstPart = db.queryInt("SELECT min(rowid) FROM event_segments WHERE import_id = " + std::to_string(import));
        QByteArray bytes = segmentBytes(db, import);
        QDataStream stream(bytes);
        bool found = false;
        QVERIFY(EventTable::readColumn(stream, QStringLiteral("device"), &found) && found);
        const qint64 lastDeviceCode = stream.device()->pos() - 1; // the column's last code
        QCOMPARE(qint64(bytes.size()), db.queryInt("SELECT length(data) FROM event_segments WHERE rowid = " + std::to_string(firstPart)));
        bytes[lastDeviceCode] = char(0x7f);
        Statement update(db, "UPDATE event_segments SET data = ? WHERE rowid = ?");
        update.bindBlob(1, bytes.constData(), bytes.size());
        update.bind(2, firstPart);
        update.exec();
        QVERIFY_THROWS_EXCEPTION(StoreError, again.column(QStringLiteral("device")));
        // The other columns and the sessions are still read as they are.
        QCOMPARE(again.column(QStringLiteral("country"))->valueAt(3), rows.column(QStringLiteral("country"))->valueAt(3));
        QCOMPARE(again.session(7), rows.session(7));
    }

    void manyPersonsMergeInPiecesAsAStableSort_data()
    {
        QTest::addColumn<int>("links"); // 0: none, 1: of ids only later imports have, 2: of the first's ids too
        QTest::addColumn<bool>("room");
        QTest::newRow("no links, filled in place") << 0 << true;
        QTest::newRow("no links, without room") << 0 << false;
        QTest::newRow("later ids linked, filled in place") << 1 << true;
        QTest::newRow("the first import's ids linked") << 2 << true;
    }

    // A merge of more persons than one core takes splits them in pieces and fills the
    // first import's columns in place when it was read with room (a day appended to a
    // large workspace): the result must be every import's events per person, in time
    // order, at one time in the order of imports and ids (a stable sort of them all),
    // whether the first import's rows keep their order (no links, or links of later ids)
    // or not (its ids linked to other persons: a third copy instead).
    void manyPersonsMergeInPiecesAsAStableSort()
    {
        QFETCH(int, links);
        QFETCH(bool, room);
        QRandomGenerator random(quint32(17 + links));
        constexpr qint32 persons = 120'000; // ids 1..persons in the first import; later ones add more
        const QStringList events = {QStringLiteral("product_view"), QStringLiteral("add_to_cart"), QStringLiteral("purchase")};
        const QStringList devices = {QString(), QStringLiteral("mobile"), QStringLiteral("desktop")};
        const auto keyOf = [](qint32 id) { return QStringLiteral("k%1").arg(id, 7, 10, QLatin1Char('0')); };
        const auto idOf = [](const QString &key) { return qint32(key.mid(1).toInt()); };
        std::vector<EventSegment> segments;
        for (int s = 0; s < 3; ++s) {
            std::vector<EventTable::Row> rows;
            const int ids = s == 0 ? persons : s == 1 ? 30'000 : 10'000;
            for (int i = 0; i < ids; ++i) {
                const qint32 id = s == 0 ? i + 1 : 1 + qint32(random.bounded(persons + 5'000));
                for (int n = 1 + random.bounded(s == 0 ? 3 : 2); n > 0; --n) {
                    EventTable::Row row;
                    row.user = keyOf(id);
                    row.ts = 1'709'546'400'000 + qint64(random.bounded(40)) * 1000; // many at one time
                    row.event = events.at(random.bounded(events.size()));
                    row.session = random.bounded(3) == 0 ? QString() : QStringLiteral("s%1").arg(random.bounded(50));
                    row.properties.insert(QStringLiteral("device"), devices.at(random.bounded(devices.size())));
                    rows.push_back(std::move(row));
                }
            }
            EventSegment segment{EventTable::fromRows(std::move(rows)), {}};
            for (int user = 0; user < segment.table.userCount(); ++user)
                segment.userIds.push_back(idOf(segment.table.userKey(user)));
            segments.push_back(std::move(segment));
        }
        std::unordered_map<qint32, qint32> linked;
        for (int i = 0; i < 2'000; ++i) {
            // Later ids (beyond the first import's) or the first's, to persons before or
            // after them, some to a person with no event of their own (keyOf()).
            const qint32 alias = links == 1 ? persons + 1 + qint32(random.bounded(5'000)) : 1 + qint32(random.bounded(persons));
            linked.emplace(alias, i % 10 == 0 ? persons + 10'000 + i : 1 + qint32(random.bounded(persons)));
        }
        if (links == 0)
            linked.clear();
        const auto personOf = [&linked](qint32 id) {
            const auto found = linked.find(id);
            return found == linked.end() ? id : found->second;
        };

        // The reference: every event as (person, time, ...) in import, id, row order, stably sorted.
        struct Event
        {
            qint32 person;
            qint64 ts;
            QString type;
            qint32 session;
            QString device;
        };
        std::vector<Event> expected;
        std::map<qint32, QString> expectedKeys;
        for (const EventSegment &segment : segments) {
            for (int user = 0; user < segment.table.userCount(); ++user) {
                const qint32 person = personOf(segment.userIds[size_t(user)]);
                if (!expectedKeys.count(person) || (segment.userIds[size_t(user)] == person && expectedKeys[person] != keyOf(person)))
                    expectedKeys[person] = segment.userIds[size_t(user)] == person ? segment.table.userKey(user) : QString();
                for (size_t row = segment.table.userBegin(user); row < segment.table.userEnd(user); ++row)
                    expected.push_back({person, segment.table.ts(row), segment.table.typeNames().at(segment.table.type(row)),
                                        segment.table.session(row), segment.table.column(QStringLiteral("device"))->valueAt(row)});
            }
        }
        std::stable_sort(expected.begin(), expected.end(),
                         [](const Event &a, const Event &b) { return a.person != b.person ? a.person < b.person : a.ts < b.ts; });

        if (room) {
            // Read back as load() reads the first import: with room for every event.
            const QByteArray bytes = segments.front().table.serialize();
            QDataStream stream(bytes);
            std::optional<EventTable> roomy = EventTable::deserialize(stream, expected.size());
            QVERIFY(roomy);
            segments.front().table = std::move(*roomy);
        }
        const EventTable merged = EventTable::merge(std::move(segments), linked, keyOf);

        QCOMPARE(merged.size(), expected.size());
        QCOMPARE(merged.userCount(), int(expectedKeys.size()));
        int user = 0;
        for (const auto &[person, key] : expectedKeys) {
            QCOMPARE(merged.userKey(user), key.isNull() ? keyOf(person) : key);
            for (size_t row = merged.userBegin(user); row < merged.userEnd(user); ++row) {
                const Event &event = expected[row];
                if (event.person != person || merged.ts(row) != event.ts || merged.typeNames().at(merged.type(row)) != event.type
                    || merged.session(row) != event.session || merged.column(QStringLiteral("device"))->valueAt(row) != event.device)
                    QFAIL(qPrintable(QStringLiteral("event %1 of %2: %3 %4 %5 against %6 %7 %8")
                                         .arg(row).arg(key, QString::number(merged.ts(row)), merged.typeNames().at(merged.type(row)),
                                              QString::number(merged.session(row)), QString::number(event.ts), event.type,
                                              QString::number(event.session))));
            }
            ++user;
        }
    }

    // The merge names a segment in 16 bits: hundreds of imports merge (a year of daily
    // files), a workspace of more than 65,535 with events gets a sentence saying what to
    // do, never a table mixing them up.
    void tooManyImportsToMergeAreSaidSo()
    {
        const auto segmentsOf = [](int count) {
            std::vector<EventSegment> segments;
            segments.reserve(size_t(count));
            for (int i = 0; i < count; ++i) {
                EventTable::Row row;
                row.user = QStringLiteral("u%1").arg(i % 7);
                row.ts = 1'709'546'400'000 + i;
                row.event = QStringLiteral("page_view");
                segments.push_back({EventTable::fromRows({row}), {qint32(1 + i % 7)}});
            }
            return segments;
        };
        const auto keyOf = [](qint32 id) { return QStringLiteral("u%1").arg(id - 1); };
        const EventTable merged = EventTable::merge(segmentsOf(400), {}, keyOf);
        QCOMPARE(merged.size(), size_t(400));
        QCOMPARE(merged.userCount(), 7);
        for (int user = 0; user < 7; ++user) {
            QCOMPARE(merged.userKey(user), QStringLiteral("u%1").arg(user));
            for (size_t row = merged.userBegin(user); row < merged.userEnd(user); ++row)
                QCOMPARE(merged.ts(row), qint64(1'709'546'400'000 + user + 7 * qint64(row - merged.userBegin(user))));
        }
        try {
            EventTable::merge(segmentsOf(65536), {}, keyOf);
            QFAIL("merged 65,536 imports");
        } catch (const StoreError &error) {
            QVERIFY(error.message().contains(QStringLiteral("65,535 imports")));
            QVERIFY(error.message().contains(QStringLiteral("Data page")));
        }
    }

    // A damaged segment (cut short, zeroed, its users' ranges or ids changed near its end,
    // where the ids are) is refused and said to be damage, never followed, never read as
    // fewer events.
    void aDamagedSegmentIsRefusedAsDamage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.funnelscope"));
        DemoShop::createWorkspace(path, {100, 6});
        auto workspace = Workspace::open(path);
        Connection &db = workspace->connection();
        EventTable::load(db);
        db.exec("CREATE TEMP TABLE good AS SELECT * FROM event_segments");
        const auto refused = [&db](const std::string &damage) {
            db.exec("DELETE FROM event_segments; INSERT INTO event_segments SELECT * FROM temp.good");
            db.exec("UPDATE event_segments SET data = " + damage);
            try {
                EventTable::load(db);
            } catch (const StoreError &error) {
                return error.kind() == StoreError::Kind::Corrupt
                    && error.message().contains(QStringLiteral("the events of import 1 cannot be read; the workspace is damaged"));
            }
            return false;
        };
        QVERIFY(refused("substr(data, 1, length(data) / 2)"));
        QVERIFY(refused("zeroblob(64)"));
        for (const int back : {4, 8, 200, 400}) {
            QVERIFY2(refused("substr(data, 1, length(data) - " + std::to_string(back) + ") || x'7fffff7f' || substr(data, length(data) - "
                             + std::to_string(back) + " + 5)"),
                     qPrintable(QString::number(back)));
        }
        QVERIFY(!EventTable::deserialize(QByteArray("not a snapshot")).has_value());
    }

    // A code is an index into its column's values (or the event names): one that names
    // none, from a damaged byte, makes the bytes refused (the workspace is damaged), never followed.
    void aCodeNamingNoValueIsRefused()
    {
        std::vector<EventTable::Row> rows;
        for (int i = 0; i < 40; ++i)
            rows.push_back({QStringLiteral("u%1").arg(i % 7), qint64(i) * 1000, i % 3 ? QStringLiteral("view") : QStringLiteral("cart"),
                            {}, {{QStringLiteral("device"), i % 2 ? QStringLiteral("mobile") : QStringLiteral("desktop")}}});
        QByteArray bytes = EventTable::fromRows(rows).serialize();
        QVERIFY(EventTable::deserialize(bytes).has_value());
        // The bytes end with the last column's codes, a byte each for so few values.
        bytes[bytes.size() - 1] = char(0x7f);
        QVERIFY(!EventTable::deserialize(bytes).has_value());
        bytes[bytes.size() - 1] = char(-2); // below none
        QVERIFY(!EventTable::deserialize(bytes).has_value());
    }

    // A damaged count of event names (or of a column's values) is refused before anything
    // is reserved: QDataStream's own list reader asked for 96 GB (fuzz_storedparts' finding).
    void aDamagedListCountReservesNothing()
    {
        QByteArray bytes;
        {
            QDataStream stream(&bytes, QIODevice::WriteOnly);
            stream.setVersion(QDataStream::Qt_6_4);
            stream << SnapshotFormat::magic << SnapshotFormat::version;
            UserKeys().write(stream);
            stream << quint32(0xfffffff0) << QStringLiteral("view");
        }
        QVERIFY(!EventTable::deserialize(bytes).has_value());
        // The fuzzer's input itself: a segment whose column's value count was damaged.
        QFile finding(QStringLiteral(FUNNELSCOPE_TEST_DATA "/fuzz/finding-list-count.bin"));
        QVERIFY(finding.open(QIODevice::ReadOnly));
        QDataStream stream(finding.readAll().mid(1)); // its first byte picks the segment reader
        QVERIFY(!EventSegment::read(stream).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_EventSnapshot)
#include "tst_eventsnapshot.moc"
