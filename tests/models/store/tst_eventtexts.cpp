// The events' dedup keys kept beside their rows (EventTexts): every key read back as it was
// written, while the import writes (across stored parts) and afterwards (by id, through
// event_key()); ids a source counts up cost a few bytes; a workspace whose rows hold the
// keys (before schema 12) still finds its duplicates; a damaged part is named, not misread.
#include "store/eventtexts.h"
#include "olderworkspace.h"

#include "ingest/importer.h"
#include "store/connection.h"
#include "store/eventwriter.h"
#include "store/importlog.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <string>
#include <vector>

using namespace Funnelscope;

namespace {

/** Keys as sources write them: counted ids, UUIDs, hashes, none, long shared prefixes, non-ASCII. */
std::vector<std::string> randomKeys(QRandomGenerator &random, size_t count)
{
    std::vector<std::string> keys;
    keys.reserve(count);
    const auto hex = [&random](int digits) {
        std::string text;
        for (int i = 0; i < digits; ++i)
            text += "0123456789abcdef"[random.bounded(16)];
        return text;
    };
    for (size_t i = 0; i < count; ++i) {
        switch (random.bounded(6)) {
        case 0: keys.push_back("e" + std::to_string(i + 1)); break;
        case 1: keys.push_back(hex(8) + '-' + hex(4) + '-' + hex(4) + '-' + hex(4) + '-' + hex(12)); break;
        case 2: keys.emplace_back(); break;
        case 3: keys.push_back(keys.empty() ? "x" : keys.back() + "é"); break;
        case 4: keys.push_back(std::string(size_t(random.bounded(300)), 'k') + std::to_string(i)); break;
        default: keys.push_back(hex(64)); break;
        }
        if (keys.back().size() > 2000)
            keys.back().resize(8);
    }
    return keys;
}

/** An import row whose events are ids @p first .. @p first + count - 1 (as EventWriter::recordImport() records them). */
qint64 importRange(Connection &db, qint64 first, size_t count)
{
    const qint64 importId = ImportLog::begin(db, {QStringLiteral("f.csv"), {}, 1, {}, QStringLiteral("csv"), {}, {}});
    db.exec("UPDATE imports SET first_event_id = " + std::to_string(first) + ", last_event_id = "
            + std::to_string(first + qint64(count) - 1) + " WHERE id = " + std::to_string(importId));
    return importId;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class tst_EventTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void everyKeyIsReadBackWhileWritingAndByIdAfterwards()
    {
        auto workspace = Workspace::create(mDir.filePath(QStringLiteral("keys.funnelscope")));
        Connection &db = workspace->connection();
        QRandomGenerator random(2026);
        // Enough keys for the stream to fill several parts (BlobParts::partBytes).
        const std::vector<std::string> keys = randomKeys(random, 150'000);
        std::vector<std::pair<qint64, size_t>> imports; // first id, keys
        {
            Transaction transaction(db);
            const qint64 importId = importRange(db, 1, keys.size());
            EventTexts::Writer writer(db, importId);
            for (size_t i = 0; i < keys.size(); ++i) {
                writer.add(keys[i]);
                if (i % 997 == 0) { // an earlier key, maybe in a part stored already, and the newest
                    const size_t earlier = size_t(random.bounded(quint32(i + 1)));
                    QCOMPARE(writer.at(earlier), std::string_view(keys[earlier]));
                    QCOMPARE(writer.at(i), std::string_view(keys[i]));
                }
                // The newest key of a block read while it grew, then the last of the same
                // block once the next one began (as the dedup check of an import does).
                if (i % 64 == 10)
                    QCOMPARE(writer.at(i), std::string_view(keys[i]));
                if (i % 64 == 0 && i > 0)
                    QCOMPARE(writer.at(i - 1), std::string_view(keys[i - 1]));
            }
            QCOMPARE(writer.size(), keys.size());
            writer.finish(1);
            transaction.commit();
        }
        QVERIFY(db.queryInt("SELECT count(*) FROM key_texts") > 1);
        EventTexts::Lookup lookup(db);
        for (int probe = 0; probe < 20'000; ++probe) {
            const size_t i = size_t(random.bounded(quint32(keys.size())));
            QCOMPARE(lookup.textOf(qint64(i) + 1), std::string_view(keys[i]));
        }
        QCOMPARE(lookup.textOf(qint64(keys.size()) + 1), std::string_view()); // no such event

        // Through SQL, each key once, in the order of the ids (a block decoded once each).
        db.exec("CREATE TEMP TABLE ids (id INTEGER PRIMARY KEY)");
        db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + std::to_string(keys.size())
                + ") INSERT INTO ids SELECT i FROM n");
        const EventTexts::Function eventKey(db);
        Statement select(db, "SELECT id, event_key(id) FROM ids ORDER BY id");
        size_t row = 0;
        while (select.step()) {
            QCOMPARE(select.int64(0), qint64(row) + 1);
            QCOMPARE(select.isNull(1), keys[row].empty());
            if (!keys[row].empty())
                QCOMPARE(select.utf8(1), std::string_view(keys[row]));
            ++row;
        }
        QCOMPARE(row, keys.size());
    }

    void countedIdsCostAFewBytesAndNoKeysNothing()
    {
        auto workspace = Workspace::create(mDir.filePath(QStringLiteral("small.funnelscope")));
        Connection &db = workspace->connection();
        constexpr size_t count = 100'000;
        Transaction transaction(db);
        const qint64 counted = importRange(db, 1, count);
        {
            EventTexts::Writer writer(db, counted);
            for (size_t i = 0; i < count; ++i)
                writer.add("e" + std::to_string(1'000'000 + i)); // what the demo shop writes
            writer.finish(1);
        }
        const qint64 none = importRange(db, qint64(count) + 1, count);
        {
            EventTexts::Writer writer(db, none);
            for (size_t i = 0; i < count; ++i)
                writer.add({});
            QCOMPARE(writer.at(count / 2), std::string_view());
            writer.finish(qint64(count) + 1);
        }
        transaction.commit();
        // "e1000000" is 8 bytes (10 in a row); front-coded a key shares 6 or 7 with the one before.
        const qint64 bytes = db.queryInt("SELECT sum(length(data)) FROM key_texts WHERE import_id = " + std::to_string(counted));
        QVERIFY2(bytes < qint64(4 * count), qPrintable(QString::number(bytes)));
        QCOMPARE(db.queryInt("SELECT count(*) FROM key_texts WHERE import_id = " + std::to_string(none)), 0);
        EventTexts::Lookup lookup(db);
        QCOMPARE(lookup.textOf(77), std::string_view("e1000076"));
        QCOMPARE(lookup.textOf(qint64(count) + 77), std::string_view());
    }

    // A workspace from before schema 12 keeps its keys in its rows: opening it moves them
    // beside (migration 14), and the next import finds its duplicates there.
    void rowsFromBeforeStillFindTheirDuplicates()
    {
        const QString path = mDir.filePath(QStringLiteral("before.funnelscope"));
        const QString first = mDir.filePath(QStringLiteral("first.csv"));
        const QString second = mDir.filePath(QStringLiteral("second.csv"));
        writeFile(first, "event_id,user_id,event_name,timestamp\n"
                         "m-1,u1,view,2026-01-01T10:00:00Z\n"
                         "m-2,u1,cart,2026-01-01T10:01:00Z\n"
                         "m-3,u2,view,2026-01-01T10:02:00Z\n"
                         ",u3,view,2026-01-01T10:03:00Z\n");
        writeFile(second, "event_id,user_id,event_name,timestamp\n"
                          "m-2,u1,cart,2026-01-01T10:01:00Z\n"
                          "m-4,u2,cart,2026-01-01T10:05:00Z\n"
                          "m-3,u2,view,2026-01-01T10:02:00Z\n"
                          "m-4,u2,cart,2026-01-01T10:05:00Z\n");
        {
            auto workspace = Workspace::create(path);
            Connection &db = workspace->connection();
            const ImportReport a = Importer::run(*workspace, Importer::plan(first, {}), {});
            QCOMPARE(a.counts.imported, 4);
            // As before version 12: the keys in the rows, no texts, no kept fingerprints.
            OlderWorkspace::putRowsBack(db, OlderWorkspace::Texts | OlderWorkspace::Origins);
            db.exec("DELETE FROM event_keys");
            QCOMPARE(db.queryInt("SELECT count(*) FROM events WHERE dedup_key IS NOT NULL"), 3);
        }
        auto workspace = Workspace::open(path);
        Connection &db = workspace->connection();
        QCOMPARE(db.queryInt("SELECT count(*) FROM key_texts"), 1); // moved beside
        QCOMPARE(db.queryInt("SELECT count(*) FROM event_keys"), 0);
        ImportOptions again;
        again.allowDuplicateFile = true;
        const ImportReport b = Importer::run(*workspace, Importer::plan(second, {}), again);
        QCOMPARE(b.counts.duplicates, 3); // m-2 and m-3 from the rows, the second m-4 from its own
        QCOMPARE(b.counts.imported, 1);
        const EventTexts::Function eventKey(db);
        QCOMPARE(db.queryText("SELECT group_concat(coalesce(event_key(id), '-'), ' ') FROM (SELECT * FROM events ORDER BY id)"),
                 QStringLiteral("m-1 m-2 m-3 - m-4"));
        // And a third import finds m-4 in the second one's texts.
        const ImportReport c = Importer::run(*workspace, Importer::plan(second, {}), again);
        QCOMPARE(c.counts.duplicates, 4);
        QCOMPARE(c.counts.imported, 0);
    }

    void aDamagedPartIsNamedNotMisread()
    {
        const QString path = mDir.filePath(QStringLiteral("damaged.funnelscope"));
        auto workspace = Workspace::create(path);
        Connection &db = workspace->connection();
        {
            Transaction transaction(db);
            const qint64 importId = importRange(db, 1, 1000);
            EventTexts::Writer writer(db, importId);
            for (int i = 0; i < 1000; ++i)
                writer.add("order-" + std::to_string(i));
            writer.finish(1);
            transaction.commit();
        }
        const auto checkDamaged = [&db, &path](qint64 id) {
            EventTexts::Lookup lookup(db);
            try {
                lookup.textOf(id);
                QFAIL("a damaged part was read");
            } catch (const StoreError &error) {
                QCOMPARE(error.kind(), StoreError::Kind::Corrupt);
                QVERIFY2(error.message().contains(path), qPrintable(error.message()));
            }
        };
        // A block's lengths overwritten: the key it would give is not any key written.
        db.exec("UPDATE key_texts SET data = CAST(x'ffffffff' || substr(data, 5) AS BLOB)");
        checkDamaged(1);
        // A trailer that is not one.
        db.exec("UPDATE key_texts SET data = substr(data, 1, length(data) - 1)");
        checkDamaged(500);
    }

private:
    QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(tst_EventTexts)
#include "tst_eventtexts.moc"
