// The users' and sessions' keys kept as parts beside their tables (DictionaryParts): read
// back entry for entry across pieces and parts, always the same keys and ids as the
// tables, read by the next import only when they are, and never when a removal or a hand
// has changed the tables.
#include "store/dictionaryparts.h"

#include "analysis/importremover.h"
#include "store/connection.h"
#include "store/eventencoder.h"
#include "ingest/importwriter.h"
#include "store/importlog.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace Funnelscope;

namespace {

/** A user's or session's key with its id; users also say whether they are anonymous. */
using Keys = std::map<std::pair<qint64, bool>, std::string>;

/** The users' and sessions' rows, as the tables hold them. */
std::pair<Keys, Keys> tableKeys(Connection &db)
{
    Keys users;
    Keys sessions;
    Statement selectUsers(db, "SELECT id, anonymous, key FROM users");
    while (selectUsers.step())
        users[{selectUsers.int64(0), selectUsers.int64(1) == 1}] = selectUsers.text(2).toStdString();
    Statement selectSessions(db, "SELECT id, key FROM sessions");
    while (selectSessions.step())
        sessions[{selectSessions.int64(0), false}] = selectSessions.text(1).toStdString();
    return {users, sessions};
}

/** The same, as the parts hold them (none twice). */
std::pair<Keys, Keys> partKeys(Connection &db, bool *ok)
{
    Keys users;
    Keys sessions;
    bool twice = false;
    const bool usersRead = DictionaryParts::read(db, DictionaryParts::userTable, [&](quint64 number, std::string_view key) {
        twice |= !users.emplace(std::make_pair(qint64(number >> 1), (number & 1) == 1), std::string(key)).second;
    });
    const bool sessionsRead = DictionaryParts::read(db, DictionaryParts::sessionTable, [&](quint64 number, std::string_view key) {
        twice |= !sessions.emplace(std::make_pair(qint64(number), false), std::string(key)).second;
    });
    *ok = usersRead && sessionsRead && !twice;
    return {users, sessions};
}

struct Event
{
    std::string user;
    std::string anonymous;
    std::string session;
};

/** Imports @p events as one import (recorded as an import is); returns its id. */
qint64 importEvents(Connection &db, const std::vector<Event> &events)
{
    Transaction transaction(db);
    const qint64 importId = ImportLog::begin(db, {QStringLiteral("f.csv"), {}, 1, {}, QStringLiteral("csv"), {}, {}});
    ImportWriter writer(db, importId);
    qint64 ts = 1000 * importId;
    for (const Event &event : events) {
        EventRecord record;
        record.timestampMs = ++ts;
        record.event = "view";
        record.user = event.user;
        record.anonymousId = event.anonymous;
        record.session = event.session;
        writer.write(record);
    }
    ImportLog::finish(db, importId, {qint64(events.size()), writer.written(), 0, 0});
    writer.finish();
    transaction.commit();
    return importId;
}

/** The id of the user whose key is @p key (known or anonymous), or -1. */
qint64 userId(Connection &db, const char *key)
{
    Statement select(db, "SELECT id FROM users WHERE key = ?");
    select.bindText(1, key);
    return select.step() ? select.int64(0) : -1;
}

} // namespace

class tst_DictionaryParts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workspace> newWorkspace()
    {
        return Workspace::create(mDir.filePath(QStringLiteral("d%1.funnelscope").arg(++mCounter)));
    }

    /** The parts hold what the tables hold, each key once, and say so. */
    static void checkPartsAreTheTables(Connection &db)
    {
        bool ok = false;
        const auto [users, sessions] = partKeys(db, &ok);
        QVERIFY(ok);
        const auto [tableUsers, tableSessions] = tableKeys(db);
        QCOMPARE(users, tableUsers);
        QCOMPARE(sessions, tableSessions);
        const std::optional<DictionaryParts::Counts> counts = DictionaryParts::counts(db);
        QVERIFY(counts);
        QCOMPARE(counts->knownUsers + counts->anonymousUsers, qint64(tableUsers.size()));
        QCOMPARE(counts->sessions, qint64(tableSessions.size()));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void entriesAreReadBackAcrossPiecesAndParts()
    {
        auto workspace = newWorkspace();
        Connection &db = workspace->connection();
        // Keys of every length up to a few kilobytes, one longer than a part's megabyte,
        // and numbers of one to nine 7-bit groups; two imports, read one after the other.
        QRandomGenerator random(20261203);
        std::vector<std::pair<quint64, std::string>> written;
        for (int import = 0; import < 2; ++import) {
            const qint64 importId = ImportLog::begin(db, {QStringLiteral("f.csv"), {}, 1, {}, QStringLiteral("csv"), {}, {}});
            DictionaryParts::Writer writer(db, DictionaryParts::sessionTable, importId);
            for (int i = 0; i < 3000; ++i) {
                const quint64 number = random.generate64() >> random.bounded(64);
                std::string key(size_t(i == 1234 ? (3 << 19) + 7 : random.bounded(1, 3000)), '\0');
                for (char &c : key)
                    c = char(random.bounded(256));
                writer.add(number, key);
                written.emplace_back(number, std::move(key));
            }
            writer.finish();
            QCOMPARE(writer.added(), 3000);
        }
        QVERIFY(db.queryInt("SELECT count(*) FROM session_parts") > 4);
        std::vector<std::pair<quint64, std::string>> read;
        QVERIFY(DictionaryParts::read(db, DictionaryParts::sessionTable, [&read](quint64 number, std::string_view key) {
            read.emplace_back(number, std::string(key));
        }));
        QCOMPARE(read.size(), written.size());
        QVERIFY(read == written);
    }

    void aCutPartIsDamage()
    {
        auto workspace = newWorkspace();
        Connection &db = workspace->connection();
        const qint64 importId = ImportLog::begin(db, {QStringLiteral("f.csv"), {}, 1, {}, QStringLiteral("csv"), {}, {}});
        {
            DictionaryParts::Writer writer(db, DictionaryParts::userTable, importId);
            writer.add(DictionaryParts::userNumber(300, false), "alice@example.com");
            writer.add(DictionaryParts::userNumber(301, true), "device-1");
            writer.finish();
        }
        db.exec("UPDATE user_parts SET data = substr(data, 1, length(data) - 3)");
        int entries = 0;
        QVERIFY(!DictionaryParts::read(db, DictionaryParts::userTable, [&entries](quint64, std::string_view) { ++entries; }));
        QCOMPARE(entries, 1);
        // A length past the end (the first entry's length byte made 127).
        db.exec("UPDATE user_parts SET data = x'D804' || x'7F' || substr(data, 4)");
        entries = 0;
        QVERIFY(!DictionaryParts::read(db, DictionaryParts::userTable, [&entries](quint64, std::string_view) { ++entries; }));
        QCOMPARE(entries, 0);
    }

    void theNextImportReadsTheKeysFromTheParts()
    {
        auto workspace = newWorkspace();
        Connection &db = workspace->connection();
        // Known users, anonymous devices (one of them later known), sessions.
        std::vector<Event> first;
        for (int i = 0; i < 300; ++i)
            first.push_back({i % 3 ? "u" + std::to_string(i) : "", "d" + std::to_string(i), "s" + std::to_string(i % 120)});
        importEvents(db, first);
        checkPartsAreTheTables(db);
        QVERIFY(EventEncoder(db).keysFromParts());
        const qint64 u1 = userId(db, "u1");
        const qint64 d3 = userId(db, "d3");
        const qint64 users = db.queryInt("SELECT count(*) FROM users");

        // Keys stored before keep their ids; new ones are added once.
        std::vector<Event> second = {{"u1", "", "s5"}, {"", "d3", "s200"}, {"new", "d3", "s201"}, {"u1", "d9", "s5"}};
        const qint64 importId = importEvents(db, second);
        QCOMPARE(userId(db, "u1"), u1);
        QCOMPARE(userId(db, "d3"), d3);
        QCOMPARE(db.queryInt("SELECT count(*) FROM users"), users + 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM sessions"), 122);
        QCOMPARE(db.queryInt("SELECT count(DISTINCT key) FROM users"), users + 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM events e JOIN users u ON u.id = e.user_id "
                             "JOIN sessions s ON s.id = e.session_id WHERE e.import_id = " + std::to_string(importId)),
                 4);
        checkPartsAreTheTables(db);
        // The second import kept only what it added.
        QVERIFY(db.queryInt("SELECT sum(length(data)) FROM user_parts WHERE import_id = " + std::to_string(importId)) < 16);
    }

    void aRemovalMakesTheNextImportReadTheTables()
    {
        auto workspace = newWorkspace();
        Connection &db = workspace->connection();
        importEvents(db, {{"u1", "", "s1"}});
        const qint64 b = importEvents(db, {{"u2", "", "s2"}, {"u3", "", "s3"}}); // u3 and s3: only its own
        importEvents(db, {{"u2", "", "s2"}, {"u4", "", "s4"}});
        const qint64 u2 = userId(db, "u2");
        ImportRemover::remove(db, b);
        QCOMPARE(userId(db, "u3"), qint64(-1));
        QVERIFY(!DictionaryParts::counts(db));
        QVERIFY(!EventEncoder(db).keysFromParts());

        // u3 and s3 are new again: rows the events can be joined to; u2 keeps its id.
        const qint64 d = importEvents(db, {{"u3", "", "s3"}, {"u2", "", "s2"}});
        QVERIFY(userId(db, "u3") > 0);
        QCOMPARE(userId(db, "u2"), u2);
        QCOMPARE(db.queryInt("SELECT count(*) FROM events e JOIN users u ON u.id = e.user_id "
                             "JOIN sessions s ON s.id = e.session_id WHERE e.import_id = " + std::to_string(d)),
                 2);
        checkPartsAreTheTables(db);
        QVERIFY(EventEncoder(db).keysFromParts());
    }

    void partsUnlikeTheTablesAreNotRead_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("a user added by hand") << QStringLiteral("INSERT INTO users (key) VALUES ('x')");
        QTest::newRow("a session added by hand") << QStringLiteral("INSERT INTO sessions (key) VALUES ('x')");
        QTest::newRow("counts that do not add up") << QStringLiteral("UPDATE meta SET value = '1 0 1' WHERE key = 'dictionary_parts'");
        QTest::newRow("sessions counted wrong") << QStringLiteral("UPDATE meta SET value = '2 2 1' WHERE key = 'dictionary_parts'");
        QTest::newRow("counts unreadable") << QStringLiteral("UPDATE meta SET value = 'many' WHERE key = 'dictionary_parts'");
        QTest::newRow("a part cut short") << QStringLiteral("UPDATE session_parts SET data = substr(data, 1, length(data) - 1)");
        QTest::newRow("a workspace from before") << QStringLiteral("DELETE FROM user_parts; DELETE FROM session_parts; "
                                                                  "DELETE FROM meta WHERE key = 'dictionary_parts'");
    }
    void partsUnlikeTheTablesAreNotRead()
    {
        QFETCH(QString, change);
        auto workspace = newWorkspace();
        Connection &db = workspace->connection();
        importEvents(db, {{"u1", "d1", "s1"}, {"u2", "", "s2"}, {"", "d3", "s3"}});
        db.exec(change.toStdString());
        QVERIFY(!EventEncoder(db).keysFromParts());

        // The next import reads the tables: a key added by hand is found, not added twice.
        const qint64 before = db.queryInt("SELECT count(*) FROM users");
        const qint64 x = userId(db, "x");
        importEvents(db, {{"x", "", "x"}, {"u1", "d1", "s1"}, {"u5", "", "s5"}});
        QCOMPARE(db.queryInt("SELECT count(*) FROM users"), before + (x > 0 ? 1 : 2));
        if (x > 0)
            QCOMPARE(userId(db, "x"), x);
        QCOMPARE(db.queryInt("SELECT count(DISTINCT key) FROM sessions"), db.queryInt("SELECT count(*) FROM sessions"));
        checkPartsAreTheTables(db);
        QVERIFY(EventEncoder(db).keysFromParts());
    }

private:
    QTemporaryDir mDir;
    int mCounter = 0;
};

QTEST_GUILESS_MAIN(tst_DictionaryParts)
#include "tst_dictionaryparts.moc"
