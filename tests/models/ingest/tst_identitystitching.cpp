// Persons, not ids: the same shopper journeys exported as GA4, Segment, RudderStack,
// Mixpanel, Amplitude and a flat CSV (tests/data/identity, written by make_fixtures.py,
// which also computes the expected figures from the journeys' true persons) give the same
// funnel, weekly cohort grid and identity figures as a CSV of the true persons; a link
// found by a later import merges retroactively and goes with that import; stitching off
// counts ids; a workspace of schema version 3 is migrated to persons.
#include "testpaths.h"

#include "analysis/cohortengine.h"
#include "analysis/importremover.h"
#include "analysis/eventtable.h"
#include "analysis/funnelengine.h"
#include "export/cohortexport.h"
#include "ingest/importer.h"
#include "store/connection.h"
#include "store/identitysummary.h"
#include "store/importlog.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

namespace {

const QString dataDir = QStringLiteral(FUNNELSCOPE_TEST_DATA "/identity");

QJsonObject expected()
{
    QFile file(dataDir + QStringLiteral("/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("tests/data/identity/expected.json is missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

FunnelQuery checkoutFunnel()
{
    FunnelQuery query;
    for (const QJsonValue &step : expected().value(QStringLiteral("funnel")).toObject().value(QStringLiteral("steps")).toArray())
        query.steps.append({step.toString(), {}});
    query.windowMs = 7 * FunnelQuery::day;
    return query;
}

QList<qint64> funnelCounts(Workspace &workspace, const FunnelQuery &query = checkoutFunnel())
{
    const EventTable table = EventTable::load(workspace.connection());
    QList<qint64> counts;
    if (!FunnelEngine::validate(table, query).isEmpty())
        return counts;
    for (const FunnelStepResult &step : FunnelEngine::run(table, query).steps)
        counts.append(step.count);
    return counts;
}

/** The weekly grid as (start, size, counts up to the end of the data). */
QJsonArray weeklyCohorts(Workspace &workspace)
{
    const EventTable table = EventTable::load(workspace.connection());
    CohortQuery query;
    const QJsonObject json = QJsonDocument::fromJson(CohortExport::toJson(query, CohortEngine::run(table, query))).object();
    QJsonArray cohorts;
    for (const QJsonValue &value : json.value(QStringLiteral("cohorts")).toArray()) {
        const QJsonObject cohort = value.toObject();
        QJsonArray counts;
        for (const QJsonValue &count : cohort.value(QStringLiteral("counts")).toArray()) {
            if (!count.isNull())
                counts.append(count);
        }
        cohorts.append(QJsonObject{{QStringLiteral("start"), cohort.value(QStringLiteral("start"))},
                                   {QStringLiteral("size"), cohort.value(QStringLiteral("size"))},
                                   {QStringLiteral("counts"), counts}});
    }
    return cohorts;
}

QList<qint64> toCounts(const QJsonArray &array)
{
    QList<qint64> counts;
    for (const QJsonValue &value : array)
        counts.append(value.toInteger());
    return counts;
}

} // namespace

class tst_IdentityStitching : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workspace> imported(const QStringList &files)
    {
        auto workspace = Workspace::create(mDir.filePath(QStringLiteral("w%1.funnelscope").arg(++mCounter)));
        for (const QString &file : files) {
            ImportOptions options;
            Importer::run(*workspace, Importer::plan(file, options), options);
        }
        return workspace;
    }

    static QString writeCsv(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(text);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void everyExportCountsThePeople_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("preset");
        QTest::newRow("flat CSV with anonymous_id") << QStringLiteral("flat.csv") << QString();
        QTest::newRow("GA4") << QStringLiteral("ga4.ndjson") << QStringLiteral("ga4");
        QTest::newRow("Segment") << QStringLiteral("segment.json") << QStringLiteral("segment");
        QTest::newRow("RudderStack") << QStringLiteral("rudderstack.ndjson") << QStringLiteral("rudderstack");
        QTest::newRow("Mixpanel") << QStringLiteral("mixpanel.ndjson") << QStringLiteral("mixpanel");
        QTest::newRow("Amplitude") << QStringLiteral("amplitude.ndjson") << QStringLiteral("amplitude");
    }

    void everyExportCountsThePeople()
    {
        QFETCH(QString, file);
        QFETCH(QString, preset);
        const QString path = dataDir + QLatin1Char('/') + file;
        QCOMPARE(Importer::plan(path, {}).presetId, preset);
        auto workspace = imported({path});
        auto truth = imported({dataDir + QStringLiteral("/truth.csv")});
        const QJsonObject want = expected();

        // The funnel: as computed from the true persons, and as the truth CSV gives it.
        const QList<qint64> wantFunnel = toCounts(want.value(QStringLiteral("funnel")).toObject().value(QStringLiteral("counts")).toArray());
        QCOMPARE(funnelCounts(*workspace), wantFunnel);
        QCOMPARE(funnelCounts(*truth), wantFunnel);

        // The weekly cohorts: a person's first event over all their ids.
        QCOMPARE(weeklyCohorts(*workspace), want.value(QStringLiteral("cohorts")).toArray());
        QCOMPARE(weeklyCohorts(*truth), want.value(QStringLiteral("cohorts")).toArray());

        // How ids became people.
        const IdentitySummary ids = IdentitySummary::load(workspace->connection());
        const QJsonObject wantIds = want.value(QStringLiteral("identities")).toObject();
        QVERIFY(ids.stitching);
        QCOMPARE(ids.persons, wantIds.value(QStringLiteral("persons")).toInteger());
        QCOMPARE(ids.knownUsers, wantIds.value(QStringLiteral("known_users")).toInteger());
        QCOMPARE(ids.anonymousIds, wantIds.value(QStringLiteral("anonymous_ids")).toInteger());
        QCOMPARE(ids.linkedIds, wantIds.value(QStringLiteral("linked_ids")).toInteger());
        QCOMPARE(ids.conflicts, wantIds.value(QStringLiteral("conflicts")).toInteger());
        QCOMPARE(ids.eventsMoved, wantIds.value(QStringLiteral("events_moved")).toInteger());
        QCOMPARE(IdentitySummary::load(truth->connection()).persons, ids.persons);

        // The snapshot the import built equals the table stepped from the rows, person by person.
        const EventTable snapshot = EventTable::load(workspace->connection());
        const EventTable rows = EventTable::loadRows(workspace->connection());
        QCOMPARE(snapshot.userCount(), int(ids.persons));
        QCOMPARE(rows.userCount(), snapshot.userCount());
        for (int person = 0; person < rows.userCount(); ++person) {
            QCOMPARE(snapshot.userKey(person), rows.userKey(person));
            QCOMPARE(snapshot.userBegin(person), rows.userBegin(person));
        }
        // The shared laptop's anonymous browsing is nobody's but its own.
        QStringList keys;
        for (int person = 0; person < rows.userCount(); ++person)
            keys.append(rows.userKey(person));
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("c-1"),
                                    QStringLiteral("dave"), QStringLiteral("erin"), QStringLiteral("frank"),
                                    QStringLiteral("gina"), QStringLiteral("s-fam")}));
    }

    void droppedUsersAreNamedByTheirPerson()
    {
        auto workspace = imported({dataDir + QStringLiteral("/segment.json")});
        const EventTable table = EventTable::load(workspace->connection());
        const FunnelResult result = FunnelEngine::run(table, checkoutFunnel());
        QStringList dropped;
        for (qsizetype i = 0; i < result.dropped.size(); ++i)
            dropped.append(result.personOf(i));
        dropped.sort();
        // carol never logged in: her anonymous id; the family laptop: its own.
        QCOMPARE(dropped, (QStringList{QStringLiteral("c-1"), QStringLiteral("s-fam")}));
    }

    void aLaterImportLinksEarlierVisits()
    {
        // Day 1: an anonymous visitor views and carts. Day 2, in another file: she logs in and buys.
        const QString first = writeCsv(mDir.filePath(QStringLiteral("day1.csv")),
                                       "timestamp,user_id,anonymous_id,event\n"
                                       "2024-05-01T10:00:00Z,,x-1,product_view\n"
                                       "2024-05-01T10:01:00Z,,x-1,add_to_cart\n"
                                       "2024-05-01T11:00:00Z,,y-1,product_view\n");
        const QString second = writeCsv(mDir.filePath(QStringLiteral("day2.csv")),
                                        "timestamp,user_id,anonymous_id,event\n"
                                        "2024-05-02T09:00:00Z,xena,x-1,login\n"
                                        "2024-05-02T09:05:00Z,xena,,purchase\n");
        FunnelQuery query;
        query.steps = {{QStringLiteral("product_view"), {}}, {QStringLiteral("add_to_cart"), {}}, {QStringLiteral("purchase"), {}}};
        auto workspace = imported({first});
        QCOMPARE(funnelCounts(*workspace, query), QList<qint64>()); // no purchase yet
        ImportOptions options;
        const ImportReport report = Importer::run(*workspace, Importer::plan(second, options), options);
        QCOMPARE(funnelCounts(*workspace, query), (QList<qint64>{2, 1, 1})); // x-1's visit is xena's now
        QCOMPARE(IdentitySummary::load(workspace->connection()).persons, 2);
        QCOMPARE(IdentitySummary::load(workspace->connection()).eventsMoved, 2);

        // Removing the import that brought the link unmerges.
        ImportRemover::remove(workspace->connection(), report.importId);
        const IdentitySummary after = IdentitySummary::load(workspace->connection());
        QCOMPARE(after.persons, 2); // x-1 and y-1
        QCOMPARE(after.linkedIds, 0);
        QCOMPARE(after.knownUsers, 0);
        QCOMPARE(funnelCounts(*workspace, {{{QStringLiteral("product_view"), {}}, {QStringLiteral("add_to_cart"), {}}}}),
                 (QList<qint64>{2, 1}));
    }

    void stitchingOffCountsIds()
    {
        auto workspace = imported({dataDir + QStringLiteral("/flat.csv")});
        const QList<qint64> people = funnelCounts(*workspace);
        IdentitySummary::setStitching(workspace->connection(), false);
        const IdentitySummary ids = IdentitySummary::load(workspace->connection());
        QVERIFY(!ids.stitching);
        QCOMPARE(ids.eventsMoved, 0);
        // Every id with events: 6 known users and the 6 anonymous ids with events of their
        // own (gina's g-1 always came with her user id).
        QCOMPARE(ids.persons, 12);
        // Counted by id, the journeys break at login: alice's view and cart are a-alice's,
        // her checkout alice's; only gina (logged in throughout) completes the funnel.
        // Step 1: a-alice, alice (week 2), b-phone, b-laptop, c-1, s-fam, f-1, gina;
        // step 2: a-alice, b-phone, c-1, f-1, gina; step 3: f-1, gina; step 4: gina.
        const QList<qint64> byIds = funnelCounts(*workspace);
        QCOMPARE(byIds, (QList<qint64>{8, 5, 2, 1}));
        QVERIFY(byIds != people);
        QCOMPARE(EventTable::load(workspace->connection()).userCount(), 12);
        IdentitySummary::setStitching(workspace->connection(), true);
        QCOMPARE(funnelCounts(*workspace), people);
    }

    void anIdentifyCallIsNoEvent()
    {
        auto workspace = imported({dataDir + QStringLiteral("/segment.json")});
        Connection &db = workspace->connection();
        QCOMPARE(db.queryInt("SELECT count(*) FROM event_types WHERE name = 'identify'"), 0);
        QCOMPARE(db.queryInt("SELECT identity_calls FROM imports"), 1);
        // frank's link came from it alone.
        QCOMPARE(db.queryText("SELECT p.key FROM identity_links l JOIN users a ON a.id = l.alias_id "
                              "JOIN users p ON p.id = l.person_id WHERE a.key = 'f-1' AND a.anonymous = 1"),
                 QStringLiteral("frank"));
    }

    void mixpanelOriginalIdMergeWithoutDeviceIds()
    {
        // Before identification distinct_id is a random id; $identify links it to the user.
        const QString file = writeCsv(mDir.filePath(QStringLiteral("mp.ndjson")),
                                      R"({"event":"product_view","properties":{"time":1714557600000,"distinct_id":"r-9","$insert_id":"1"}}
{"event":"$identify","properties":{"time":1714557660000,"distinct_id":"mo","$anon_distinct_id":"r-9","$identified_id":"mo","$insert_id":"2"}}
{"event":"purchase","properties":{"time":1714557720000,"distinct_id":"mo","$insert_id":"3"}}
)");
        auto workspace = imported({file});
        FunnelQuery query;
        query.steps = {{QStringLiteral("product_view"), {}}, {QStringLiteral("purchase"), {}}};
        QCOMPARE(funnelCounts(*workspace, query), (QList<qint64>{1, 1}));
        QCOMPARE(IdentitySummary::load(workspace->connection()).persons, 1);
    }

    void aVersion3WorkspaceBecomesPersons()
    {
        // As Funnelscope before persons wrote it: an event without a user id stored under
        // its anonymous id, anonymous ids as dimension values.
        const QString path = mDir.filePath(QStringLiteral("v3.funnelscope"));
        {
            Connection db(path, Connection::Mode::ReadWriteCreate);
            Transaction transaction(db);
            Schema::migrate(db, 0, 3);
            db.exec("PRAGMA user_version = 3;"
                    "INSERT INTO imports (id, file_name, format, started_at) VALUES (1, 'old.csv', 'csv', 0);"
                    "INSERT INTO users (id, key) VALUES (1, 'anon-1'), (2, 'ann'), (3, '1732'), (4, 'anon-2');"
                    "INSERT INTO event_types (id, name) VALUES (1, 'view'), (2, 'buy');"
                    "INSERT INTO dimension_values (id, field, value) VALUES (1, 'anonymous_id', 'anon-1'), "
                    "(2, 'device', 'mobile'), (3, 'anonymous_id', 'anon-2');"
                    "INSERT INTO events (import_id, ts, user_id, event_type_id, anonymous_id, device_id) VALUES "
                    "(1, 1000, 1, 1, 1, 2), (1, 2000, 2, 2, 1, 2), (1, 3000, 3, 1, NULL, NULL), (1, 4000, 4, 1, 3, NULL);");
            transaction.commit();
        }
        auto workspace = Workspace::open(path);
        QCOMPARE(workspace->schemaVersion(), Schema::currentVersion());
        Connection &db = workspace->connection();
        QCOMPARE(db.queryText("SELECT group_concat(key || ':' || anonymous, ' ') FROM (SELECT * FROM users ORDER BY id)"),
                 QStringLiteral("anon-1:1 ann:0 1732:0 anon-2:1"));
        QCOMPARE(db.queryInt("SELECT count(*) FROM dimension_values WHERE field = 'anonymous_id'"), 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM events WHERE anonymous_id IS NOT NULL"), 3);
        FunnelQuery query;
        query.steps = {{QStringLiteral("view"), {}}, {QStringLiteral("buy"), {}}};
        QCOMPARE(funnelCounts(*workspace, query), (QList<qint64>{3, 1})); // anon-1's view is ann's
        const IdentitySummary ids = IdentitySummary::load(db);
        QCOMPARE(ids.persons, 3);
        QCOMPARE(ids.linkedIds, 1);
        QCOMPARE(ids.anonymousIds, 2);
    }

private:
    QTemporaryDir mDir;
    int mCounter = 0;
};

QTEST_GUILESS_MAIN(tst_IdentityStitching)
#include "tst_identitystitching.moc"
