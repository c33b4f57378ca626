// Tests of EventWriter: strings stored once, duplicates skipped and counted, and every
// field kept as given.
#include "analysis/importremover.h"
#include "store/connection.h"
#include "store/dedupset.h"
#include "ingest/importwriter.h"
#include "store/importlog.h"
#include "store/eventtexts.h"
#include "store/eventwriter.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>

using namespace Funnelscope;

class tst_EventWriter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workspace> newWorkspace()
    {
        return Workspace::create(mDir.filePath(QStringLiteral("w%1.funnelscope").arg(++mCounter)));
    }

    static EventRecord record(qint64 ts, std::string_view user, std::string_view event)
    {
        EventRecord r;
        r.timestampMs = ts;
        r.user = user;
        r.event = event;
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void storesRepeatedStringsOnce()
    {
        auto workspace = newWorkspace();
        Connection &db = workspace->connection();
        Transaction transaction(db);
        const qint64 importId = ImportLog::begin(db, {QStringLiteral("f.csv"), {}, 1, {}, QStringLiteral("csv"), {}, {}});
        ImportWriter writer(db, importId);
        for (int i = 0; i < 50; ++i) {
            EventRecord r = record(1000 + i, i % 2 ? "alice" : "bob", i % 3 ? "view" : "cart");
            r.device = "mobile";
            r.channel = i % 5 ? "email" : "";
            QVERIFY(writer.write(r));
        }
        writer.finish();
        transaction.commit();
        QCOMPARE(writer.written(), 50);
        QCOMPARE(db.queryInt("SELECT count(*) FROM users"), 2);
        QCOMPARE(db.queryInt("SELECT count(*) FROM event_types"), 2);
        QCOMPARE(db.queryInt("SELECT count(*) FROM dimension_values WHERE field = 'device'"), 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM events WHERE channel_id IS NULL"), 10);
        QCOMPARE(db.queryInt("SELECT count(*) FROM events WHERE session_id IS NULL"), 50);
    }

    void keepsEveryFieldAsGiven()
    {
        auto workspace = newWorkspace();
        Connection &db = workspace->connection();
        Transaction transaction(db);
        const qint64 importId = ImportLog::begin(db, {QStringLiteral("f.csv"), {}, 1, {}, QStringLiteral("csv"), {}, {}});
        ImportWriter writer(db, importId);
        EventRecord r = record(1'700'000'000'123, "u1", "purchase");
        r.session = "s1";
        r.anonymousId = "anon-1";
        r.device = "desktop";
        r.channel = "email";
        r.country = "DE";
        r.product = "SKU-1";
        r.category = "shoes";
        r.currency = "EUR";
        r.price = 19.99;
        r.revenue = 39.98;
        r.dedupKey = "m-1";
        r.properties = R"({"coupon":"SPRING","note":"Größe 42"})";
        QVERIFY(writer.write(r));
        writer.finish();
        transaction.commit();

        const EventTexts::Function eventKey(db); // the key is kept beside the event
        const EventTexts::Function eventProperties(db, EventTexts::Kind::Properties); // so are the properties
        QCOMPARE(db.queryInt("SELECT count(*) FROM events WHERE dedup_key = 'm-1' AND properties = event_properties(id)"), 1);
        Statement s(db,
                    "SELECT e.ts, u.key, t.name, se.key, a.key, d.value, c.value, co.value, "
                    "p.value, ca.value, e.price, e.revenue, cu.value, event_key(e.id), event_properties(e.id) "
                    "FROM events e JOIN users u ON u.id = e.user_id "
                    "JOIN event_types t ON t.id = e.event_type_id "
                    "JOIN sessions se ON se.id = e.session_id "
                    "JOIN users a ON a.id = e.anonymous_id AND a.anonymous = 1 AND u.anonymous = 0 "
                    "JOIN dimension_values d ON d.id = e.device_id "
                    "JOIN dimension_values c ON c.id = e.channel_id "
                    "JOIN dimension_values co ON co.id = e.country_id "
                    "JOIN dimension_values p ON p.id = e.product_id "
                    "JOIN dimension_values ca ON ca.id = e.category_id "
                    "JOIN dimension_values cu ON cu.id = e.currency_id");
        QVERIFY(s.step());
        QCOMPARE(s.int64(0), 1'700'000'000'123);
        const QStringList expected = {QStringLiteral("u1"), QStringLiteral("purchase"),
                                      QStringLiteral("s1"), QStringLiteral("anon-1"),
                                      QStringLiteral("desktop"), QStringLiteral("email"),
                                      QStringLiteral("DE"), QStringLiteral("SKU-1"),
                                      QStringLiteral("shoes")};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(s.text(i + 1), expected.at(i));
        QCOMPARE(s.real(10), 19.99);
        QCOMPARE(s.real(11), 39.98);
        QCOMPARE(s.text(12), QStringLiteral("EUR"));
        QCOMPARE(s.text(13), QStringLiteral("m-1"));
        QCOMPARE(s.text(14), QStringLiteral(R"({"coupon":"SPRING","note":"Größe 42"})"));
    }

    void skipsAndCountsDuplicates()
    {
        auto workspace = newWorkspace();
        Connection &db = workspace->connection();
        Transaction transaction(db);
        const qint64 importId = ImportLog::begin(db, {QStringLiteral("f.json"), {}, 1, {}, QStringLiteral("segment"), {}, {}});
        ImportWriter writer(db, importId);
        EventRecord first = record(1, "u1", "view");
        first.dedupKey = "msg-1";
        QVERIFY(writer.write(first));
        EventRecord again = record(2, "u1", "view");
        again.dedupKey = "msg-1";
        QVERIFY(!writer.write(again));
        EventRecord noKey = record(3, "u1", "view");
        QVERIFY(writer.write(noKey));
        QVERIFY(writer.write(noKey)); // without a key nothing is deduplicated
        writer.finish();
        transaction.commit();
        QCOMPARE(writer.written(), 3);
        QCOMPARE(writer.duplicates(), 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM events"), 3);
        const EventTexts::Function eventKey(db);
        QCOMPARE(db.queryInt("SELECT ts FROM events WHERE event_key(id) = 'msg-1'"), 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM events WHERE event_key(id) IS NULL"), 2);
    }

    // Duplicates are found by a 64-bit hash of the key: keys that share a hash must
    // still be told apart (the stored key decides), so a probe names every event stored
    // under the hash and stores nothing then.
    void dedupSetNamesEveryEventUnderAHash()
    {
        DedupSet set;
        for (quint32 offset = 0; offset < 200000; ++offset)
            set.insert(DedupSet::hash(std::to_string(offset)), offset);
        set.insert(42, 7);
        set.insert(42, 9);
        set.insert(0, 11); // 0 marks an empty slot inside; a key hashing to 0 still counts
        QCOMPARE(set.size(), size_t(200003));
        std::vector<qint64> candidates{99};
        QVERIFY(!set.insertIfNew(42, 13, candidates));
        std::sort(candidates.begin(), candidates.end());
        QCOMPARE(candidates, (std::vector<qint64>{7, 9}));
        QVERIFY(!set.insertIfNew(0, 15, candidates));
        QCOMPARE(candidates, std::vector<qint64>{11});
        for (qint64 id : {0, 1234, 199999}) {
            QVERIFY(!set.insertIfNew(DedupSet::hash(std::to_string(id)), 16, candidates));
            QCOMPARE(candidates, std::vector<qint64>{id});
        }
        QVERIFY(set.insertIfNew(DedupSet::hash("not there"), 17, candidates));
        QVERIFY(candidates.empty());
        QVERIFY(!set.insertIfNew(DedupSet::hash("not there"), 18, candidates));
        QCOMPARE(candidates, std::vector<qint64>{17});
        QCOMPARE(set.size(), size_t(200004)); // only 17 went in
    }

    // Keys that share the 32-bit fingerprint are told apart by 4 more bits of their hash
    // while the ids are within 2^28 of the first: fewer stored keys to read back and
    // compare. An id beyond keeps every id as it was and names them again by the
    // fingerprint alone.
    void dedupSetKeepsMoreOfTheHashWhileIdsAreNarrow()
    {
        // Both fold to the fingerprint 0x10000000 (low ^ high); bits 28-31 of the low half differ.
        const quint64 one = 0x10000000ull;
        const quint64 other = (quint64(0x30000000) << 32) | 0x20000000ull;
        QCOMPARE(DedupSet::entry(one, 0), DedupSet::entry(other, 0));
        const qint64 base = 5'000'000'000 / 2; // a workspace's first id of the import, past 2^31
        DedupSet set;
        set.setIdBase(base);
        std::vector<qint64> candidates;
        QVERIFY(set.insertIfNew(one, base, candidates));
        QVERIFY(set.insertIfNew(other, base + 1, candidates)); // not a candidate: told apart
        QVERIFY(!set.insertIfNew(other, base + 2, candidates));
        QCOMPARE(candidates, std::vector<qint64>{base + 1});
        for (qint64 i = 0; i < 1000; ++i)
            QVERIFY(set.insertIfNew(DedupSet::hash(std::to_string(i)), base + 10 + i, candidates));
        // An id past the narrow range: every slot turns wide, no id is lost.
        const qint64 far = base + (qint64(1) << 28);
        QVERIFY(set.insertIfNew(DedupSet::hash("far"), far, candidates));
        QVERIFY(!set.insertIfNew(one, 0, candidates));
        std::sort(candidates.begin(), candidates.end());
        QCOMPARE(candidates, (std::vector<qint64>{base, base + 1})); // the fingerprint alone
        for (qint64 i = 0; i < 1000; i += 37) {
            QVERIFY(!set.insertIfNew(DedupSet::hash(std::to_string(i)), 0, candidates));
            QCOMPARE(candidates, std::vector<qint64>{base + 10 + i});
        }
        std::vector<quint64> taken;
        set.takeSorted([](quint64 entry) { return entry; }, {}, [&taken](const quint64 *part, size_t count) { taken.insert(taken.end(), part, part + count); });
        QCOMPARE(taken.size(), size_t(1003));
        QVERIFY(std::is_sorted(taken.begin(), taken.end()));
        QVERIFY(std::find(taken.begin(), taken.end(), DedupSet::entry(DedupSet::hash("far"), far)) != taken.end());
        QVERIFY(std::find(taken.begin(), taken.end(), DedupSet::entry(other, base + 1)) != taken.end());
    }

    // The table is sized from an estimate of the keys (reserve) and grows past it; keys
    // whose fingerprints belong at its very end continue at its start.
    void dedupSetWrapsAroundAndGrows()
    {
        DedupSet set;
        std::vector<qint64> candidates;
        set.reserve(1000);
        const quint64 last = 0x00000000ffffffffull; // fingerprint 0xffffffff: the last slot
        for (qint64 id = 1; id <= 5; ++id)
            set.insert(last, id);
        for (quint32 i = 0; i < 100000; ++i)
            QVERIFY(set.insertIfNew(DedupSet::hash(std::to_string(i)), 100 + i, candidates));
        QVERIFY(!set.insertIfNew(last, 6, candidates));
        std::sort(candidates.begin(), candidates.end());
        QCOMPARE(candidates, (std::vector<qint64>{1, 2, 3, 4, 5}));
        for (quint32 i = 0; i < 100000; i += 997) {
            QVERIFY(!set.insertIfNew(DedupSet::hash(std::to_string(i)), 0, candidates));
            QCOMPARE(candidates, std::vector<qint64>{100 + i});
        }
        QCOMPARE(set.size(), size_t(100005));
    }

    // A large import's table is made once for its estimate and stays that size (a part
    // that fills grows alone), in fewer bytes than the table of whole entries took (8
    // bytes a slot, a fifth of the slots spare: 10 a key; at 100M keys 7); every key
    // is found again under its id and comes out sorted, as entries of the same hash and id.
    void dedupSetHoldsManyKeysInSixBytes()
    {
        constexpr size_t keys = 2'000'000;
        QRandomGenerator64 random(31);
        std::vector<quint64> hashes(keys);
        for (quint64 &hash : hashes)
            hash = random.generate();
        DedupSet set;
        set.reserve(keys);
        const size_t reserved = set.capacity();
        std::vector<qint64> candidates;
        std::vector<quint64> expected;
        std::vector<bool> inserted(keys);
        size_t shared = 0; // keys whose 32-bit fingerprint an earlier key has
        for (size_t i = 0; i < keys; ++i) {
            inserted[i] = set.insertIfNew(hashes[i], qint64(i), candidates);
            if (inserted[i])
                expected.push_back(DedupSet::entry(hashes[i], qint64(i)));
            else
                ++shared;
        }
        QVERIFY2(shared < 2000, qPrintable(QString::number(shared))); // about n² / 2^33: 466
        QCOMPARE(set.size(), keys - shared);
        QVERIFY2(set.capacity() <= reserved + reserved / 40, qPrintable(QStringLiteral("%1 → %2").arg(reserved).arg(set.capacity())));
        QVERIFY2(set.capacity() * 6 < keys * 10, qPrintable(QStringLiteral("%1 slots").arg(set.capacity())));
        for (size_t i = 0; i < keys; i += 97) {
            QVERIFY(!set.insertIfNew(hashes[i], 0, candidates));
            if (inserted[i])
                QVERIFY(std::find(candidates.begin(), candidates.end(), qint64(i)) != candidates.end());
        }
        std::sort(expected.begin(), expected.end());
        std::vector<quint64> taken;
        set.takeSorted([](quint64 entry) { return entry; }, {}, [&taken](const quint64 *part, size_t count) { taken.insert(taken.end(), part, part + count); });
        QCOMPARE(taken.size(), expected.size());
        QVERIFY(taken == expected);
    }

    // The keys of the events stored before an import are one sorted array (each import
    // keeps its own sorted; they are merged), the import's own a hash table: probing both
    // must name exactly the events a plain multimap of fingerprints names, whatever order
    // the imports kept their keys in (a table's slots, keys that wrapped from its end to
    // its front, keys that shared a fingerprint appended, rows in no order), and an
    // import's keys come out of its table sorted.
    void dedupSetStoredKeysAgreeWithAMultimap()
    {
        const auto printOf = [](quint64 hash) { return quint32(DedupSet::entry(hash, 0) >> 32); };
        for (int round = 0; round < 8; ++round) {
            QRandomGenerator random(quint32(7000 + round));
            std::unordered_multimap<quint32, qint64> reference; // fingerprint -> event
            std::vector<quint64> hashes;                        // of the stored keys
            // A hash now and then near the end of the fingerprints' range (they wrap), and
            // some repeated (keys that share a fingerprint).
            const auto newHash = [&] {
                const int kind = random.bounded(100);
                if (kind < 3 && !hashes.empty())
                    return hashes[random.bounded(quint32(hashes.size()))];
                if (kind < 6)
                    return quint64(0xfffffff0u + random.bounded(15)) ^ (quint64(random.bounded(3)) << 32);
                return random.generate64();
            };
            DedupSet::Entries entries;
            std::vector<size_t> ends;
            qint64 nextId = 1;
            const int imports = 1 + random.bounded(5);
            for (int import = 0; import < imports; ++import) {
                const int count = 1000 + random.bounded(40000);
                const size_t begin = entries.size();
                if (import % 2 == 0) {
                    // As an import keeps them: out of its own table, sorted.
                    DedupSet table;
                    table.reserve(size_t(count) / 2); // and grown past its estimate
                    std::vector<qint64> candidates;
                    std::vector<std::pair<quint64, qint64>> shared;
                    for (int i = 0; i < count; ++i, ++nextId) {
                        const quint64 hash = newHash();
                        hashes.push_back(hash);
                        reference.emplace(printOf(hash), nextId);
                        if (!table.insertIfNew(hash, nextId, candidates))
                            shared.emplace_back(hash, nextId);
                    }
                    // The keys that shared a fingerprint merged in as the table is taken
                    // out (as kept now), or appended after it (as kept before).
                    const bool merged = import % 4 == 0;
                    std::vector<quint64> extra;
                    for (const auto &[hash, id] : shared)
                        extra.push_back(DedupSet::entry(hash, id));
                    std::sort(extra.begin(), extra.end());
                    DedupSet::Entries sorted;
                    table.takeSorted([](quint64 entry) { return entry; }, merged ? extra : std::vector<quint64>(),
                                     [&sorted](const quint64 *part, size_t count) { sorted.insert(sorted.end(), part, part + count); });
                    QVERIFY(std::is_sorted(sorted.begin(), sorted.end()));
                    QCOMPARE(table.size(), size_t(0));
                    QCOMPARE(table.capacity(), size_t(0));
                    if (!merged)
                        sorted.insert(sorted.end(), extra.begin(), extra.end());
                    QCOMPARE(sorted.size(), size_t(count));
                    entries.insert(entries.end(), sorted.begin(), sorted.end());
                } else {
                    // As rows give them: in no order.
                    for (int i = 0; i < count; ++i, ++nextId) {
                        const quint64 hash = newHash();
                        hashes.push_back(hash);
                        reference.emplace(printOf(hash), nextId);
                        entries.push_back(DedupSet::entry(hash, nextId));
                    }
                }
                if (import == 0) {
                    // Wrapped entries at the front, as workspaces kept them before.
                    std::vector<quint64> wrapped{DedupSet::entry(0xffffffffu, nextId), DedupSet::entry(0xfffffffeu, nextId + 1)};
                    reference.emplace(printOf(0xffffffffu), nextId++);
                    reference.emplace(printOf(0xfffffffeu), nextId++);
                    entries.insert(entries.begin() + qsizetype(begin), wrapped.begin(), wrapped.end());
                }
                std::vector<quint64> run(entries.begin() + qsizetype(begin), entries.end());
                DedupSet::sortEntries(run.data(), run.size());
                QVERIFY(std::is_sorted(run.begin(), run.end()));
                std::copy(run.begin(), run.end(), entries.begin() + qsizetype(begin));
                ends.push_back(entries.size());
            }
            DedupSet::mergeRuns(entries, ends);
            QVERIFY(std::is_sorted(entries.begin(), entries.end()));
            QCOMPARE(entries.size(), reference.size());
            DedupSet set;
            set.setStored(std::move(entries));
            QCOMPARE(set.storedSize(), reference.size());
            // The import's own keys: stored ones again, new ones, new ones twice. The
            // table's own are named by the fingerprint and 4 more bits of the hash.
            const auto tablePrintOf = [&printOf](quint64 hash) { return (quint64(printOf(hash)) << 4) | ((hash >> 28) & 0xf); };
            std::unordered_multimap<quint64, qint64> inTable; // fingerprint and 4 bits -> event
            std::vector<qint64> candidates;
            for (int i = 0; i < 20000; ++i, ++nextId) {
                const quint64 hash = random.bounded(3) == 0 ? hashes[random.bounded(quint32(hashes.size()))] : newHash();
                std::vector<qint64> expected;
                const auto [begin, end] = reference.equal_range(printOf(hash));
                for (auto it = begin; it != end; ++it)
                    expected.push_back(it->second);
                const auto [tableBegin, tableEnd] = inTable.equal_range(tablePrintOf(hash));
                for (auto it = tableBegin; it != tableEnd; ++it)
                    expected.push_back(it->second);
                std::sort(expected.begin(), expected.end());
                set.prefetchDirectory(hash);
                set.prefetch(hash);
                QCOMPARE(set.insertIfNew(hash, nextId, candidates), expected.empty());
                std::sort(candidates.begin(), candidates.end());
                QCOMPARE(candidates, expected);
                if (expected.empty())
                    inTable.emplace(tablePrintOf(hash), nextId);
                hashes.push_back(hash);
            }
        }
    }

    // Duplicates are confirmed by reading the stored key of the event their hash points
    // at, by id: the ids the writer counts must be the ones SQLite gives, also after the
    // newest events were deleted and when events are stored many to an INSERT.
    void findsDuplicatesByIdAfterTheNewestEventsWereDeleted()
    {
        auto workspace = newWorkspace();
        Connection &db = workspace->connection();
        // One import of events with these keys, kept back and stored many to an INSERT.
        const auto import = [&db](const std::vector<std::string> &keys) {
            Transaction transaction(db);
            const qint64 importId = ImportLog::begin(db, {QStringLiteral("f.ndjson"), {}, 1, {}, QStringLiteral("ndjson"), {}, {}});
            ImportWriter writer(db, importId);
            std::vector<EventEncoder::Encoded> encoded(keys.size());
            std::vector<EventEncoder::NewValue> added;
            for (size_t i = 0; i < keys.size(); ++i) {
                EventRecord r = record(qint64(i), "u1", "view");
                r.dedupKey = keys[i];
                added.clear();
                writer.events().encoder().encode(r, encoded[i], added);
                writer.events().addValues(added);
                writer.write(encoded[i]);
            }
            writer.finish();
            transaction.commit();
            return std::pair{importId, writer.duplicates()};
        };
        const auto keys = [](int count, const std::function<int(int)> &number) {
            std::vector<std::string> result;
            for (int i = 0; i < count; ++i)
                result.push_back("msg-" + std::to_string(number(i)));
            return result;
        };
        import(keys(100, [](int i) { return i; }));                          // ids 1-100: msg-0 .. msg-99
        const qint64 newest = import(keys(200, [](int i) { return 100 + i; })).first; // ids 101-300
        ImportRemover::remove(db, newest);
        // msg-50 .. msg-249, then each again in another order: 150 new keys stored once;
        // msg-50 .. msg-99 and every repeat are duplicates, found among one INSERT's rows
        // and among rows stored before.
        const auto [third, duplicates] = import(keys(400, [](int i) { return 50 + (i < 200 ? i : (i * 7) % 200); }));
        QCOMPARE(duplicates, 250);
        QCOMPARE(db.queryInt("SELECT count(*) FROM events WHERE import_id = " + std::to_string(third)), 150);
        QCOMPARE(db.queryInt("SELECT min(id) FROM events WHERE import_id = " + std::to_string(third)), 101);
        const EventTexts::Function eventKey(db);
        QCOMPARE(db.queryInt("SELECT count(DISTINCT event_key(id)) FROM events"), 250);
    }

    // The encoder's ids against a map from each dictionary's texts: the same text always
    // the same id and two texts never one, for values its cache of recent ones mixes up
    // (thousands of products, texts that differ only in their middle, one text in several
    // dictionaries), and again for an encoder that reads what the first stored.
    void encoderIdsAgreeWithAMapOfTexts()
    {
        using Dictionary = EventEncoder::Dictionary;
        auto workspace = newWorkspace();
        Connection &db = workspace->connection();
        QRandomGenerator random(31);
        const auto text = [&random](int kind) -> std::string {
            switch (kind) {
            case 0: return "SKU-" + std::to_string(random.bounded(5000)); // more than the cache holds
            case 1: return "product-with-a-long-name-" + std::to_string(random.bounded(300)) + "-and-the-same-end";
            case 2: return std::string(1 + random.bounded(3), 'x'); // one text in every dictionary
            default: return "u" + std::to_string(random.bounded(2000));
            }
        };
        std::map<std::pair<int, std::string>, qint64> ids; // (dictionary, text) -> id
        std::map<std::pair<int, qint64>, std::string> texts;
        const auto check = [&](Dictionary dictionary, const std::string &value, qint64 id) {
            if (value.empty())
                return id == -1;
            const auto [at, fresh] = ids.emplace(std::pair{int(dictionary), value}, id);
            const auto [named, freshId] = texts.emplace(std::pair{int(dictionary), id}, value);
            return at->second == id && named->second == value && fresh == freshId;
        };
        for (int round = 0; round < 2; ++round) {
            Transaction transaction(db);
            EventWriter writer(db, ImportLog::begin(db, {QStringLiteral("r.csv"), {}, 1, {}, QStringLiteral("csv"), {}, {}}));
            EventEncoder &encoder = writer.encoder();
            std::vector<EventEncoder::NewValue> added;
            for (int i = 0; i < 60000; ++i) {
                std::array<std::string, 7> values;
                for (std::string &value : values)
                    value = random.bounded(8) == 0 ? std::string() : text(int(random.bounded(4)));
                values[0] = text(int(random.bounded(4))); // an event has a user
                values[1] = text(int(random.bounded(4))); // and a name
                EventRecord r = record(i, values[0], values[1]);
                r.session = values[2];
                r.device = values[3];
                r.channel = values[4];
                r.product = values[5];
                r.category = values[6];
                EventEncoder::Encoded encoded;
                added.clear();
                encoder.encode(r, encoded, added);
                writer.addValues(added);
                QVERIFY(check(Dictionary::Users, values[0], encoded.id(Dictionary::Users)));
                QVERIFY(check(Dictionary::EventTypes, values[1], encoded.id(Dictionary::EventTypes)));
                QVERIFY(check(Dictionary::Sessions, values[2], encoded.id(Dictionary::Sessions)));
                QVERIFY(check(Dictionary::Device, values[3], encoded.id(Dictionary::Device)));
                QVERIFY(check(Dictionary::Channel, values[4], encoded.id(Dictionary::Channel)));
                QVERIFY(check(Dictionary::Product, values[5], encoded.id(Dictionary::Product)));
                QVERIFY(check(Dictionary::Category, values[6], encoded.id(Dictionary::Category)));
            }
            writer.recordImport();
            transaction.commit();
        }
        QVERIFY(texts.size() > 8000);
    }

    // Two keys whose hashes agree are two events; each one's copies are still found,
    // also when the keys were probed apart from the writer (as an import does).
    void tellsKeysThatShareAHashApart()
    {
        auto workspace = newWorkspace();
        Connection &db = workspace->connection();
        Transaction transaction(db);
        const qint64 importId = ImportLog::begin(db, {QStringLiteral("f.json"), {}, 1, {}, QStringLiteral("segment"), {}, {}});
        ImportWriter writer(db, importId);
        const std::vector<std::string> keys{"a", "b", "b", "a", "c", "c", "b", "d"};
        std::vector<EventEncoder::Encoded> encoded(keys.size());
        std::vector<KeyCheck> checks(keys.size());
        std::vector<EventEncoder::NewValue> added;
        for (size_t i = 0; i < keys.size(); ++i) {
            EventRecord r = record(qint64(i), "u1", "view");
            r.dedupKey = keys[i];
            writer.events().encoder().encode(r, encoded[i], added);
            if (keys[i] != "d")
                encoded[i].dedupHash = 42; // all but d share one hash
            writer.events().probeKey(encoded[i], qint64(i), checks[i]); // all probed before any is written
        }
        writer.events().addValues(added);
        QList<bool> written;
        for (size_t i = 0; i < keys.size(); ++i)
            written.append(writer.write(encoded[i], checks[i]));
        writer.finish();
        transaction.commit();
        QCOMPARE(written, (QList<bool>{true, true, false, false, true, false, false, true}));
        const EventTexts::Function eventKey(db);
        QCOMPARE(db.queryText("SELECT group_concat(k, '') FROM (SELECT event_key(id) AS k FROM events ORDER BY id)"),
                 QStringLiteral("abcd"));
    }

    void reusesValuesStoredByEarlierImports()
    {
        auto workspace = newWorkspace();
        Connection &db = workspace->connection();
        for (int run = 0; run < 2; ++run) {
            Transaction transaction(db);
            const qint64 importId = ImportLog::begin(db, {QStringLiteral("f.csv"), {}, 1, {}, QStringLiteral("csv"), {}, {}});
            ImportWriter writer(db, importId);
            EventRecord r = record(run, "u1", "view");
            r.device = "tablet";
            QVERIFY(writer.write(r));
            ImportLog::finish(db, importId, {1, 1, 0, 0});
            writer.finish();
            transaction.commit();
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM users"), 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM dimension_values"), 1);
        QCOMPARE(db.queryInt("SELECT count(DISTINCT user_id) FROM events"), 1);
        const QList<ImportRecord> imports = ImportLog::list(db);
        QCOMPARE(imports.size(), 2);
        QCOMPARE(imports.at(1).counts.imported, 1);
        QVERIFY(imports.at(1).finishedAt.isValid());
    }

    void newValuesGetIdsPastEveryStoredOne_data()
    {
        QTest::addColumn<QList<qint64>>("storedIds");
        // Gaps where a removed import's sessions were; an id far past any real dictionary
        // (a damaged or hand-made file: the dictionary is not sized by it).
        QTest::newRow("after a removal") << QList<qint64>{6, 7, 8};
        QTest::newRow("one huge id") << QList<qint64>{3, (qint64(1) << 31) - 10}; // the segments' ids are 32 bits
        QTest::newRow("none") << QList<qint64>{};
    }
    void newValuesGetIdsPastEveryStoredOne()
    {
        QFETCH(QList<qint64>, storedIds);
        auto workspace = newWorkspace();
        Connection &db = workspace->connection();
        for (const qint64 id : storedIds) {
            Statement insert(db, "INSERT INTO sessions (id, key) VALUES (?, ?)");
            insert.bind(1, id);
            insert.bind(2, QStringLiteral("s%1").arg(id));
            insert.exec();
        }
        const qint64 highest = storedIds.isEmpty() ? 0 : *std::max_element(storedIds.cbegin(), storedIds.cend());
        Transaction transaction(db);
        const qint64 importId = ImportLog::begin(db, {QStringLiteral("f.csv"), {}, 1, {}, QStringLiteral("csv"), {}, {}});
        ImportWriter writer(db, importId);
        // Each stored session again, and two new ones.
        QStringList keys;
        for (const qint64 id : storedIds)
            keys.append(QStringLiteral("s%1").arg(id));
        keys << QStringLiteral("new-a") << QStringLiteral("new-b");
        qint64 ts = 1000;
        for (const QString &key : std::as_const(keys)) {
            const QByteArray session = key.toUtf8();
            EventRecord r = record(++ts, "u1", "view");
            r.session = std::string_view(session.constData(), size_t(session.size()));
            QVERIFY(writer.write(r));
        }
        ImportLog::finish(db, importId, {qint64(keys.size()), qint64(keys.size()), 0, 0});
        writer.finish();
        transaction.commit();

        // Every key once, the stored ones under their ids, the new ones after the highest.
        QCOMPARE(db.queryInt("SELECT count(*) FROM sessions"), qint64(keys.size()));
        QCOMPARE(db.queryInt("SELECT count(DISTINCT key) FROM sessions"), qint64(keys.size()));
        Statement select(db, "SELECT s.key, s.id FROM events e JOIN sessions s ON s.id = e.session_id ORDER BY e.ts");
        for (const QString &key : std::as_const(keys)) {
            QVERIFY(select.step());
            QCOMPARE(select.text(0), key);
            if (key.startsWith(QLatin1String("new-")))
                QCOMPARE(select.int64(1), highest + (key == QLatin1String("new-a") ? 1 : 2));
            else
                QCOMPARE(QStringLiteral("s%1").arg(select.int64(1)), key);
        }
        QVERIFY(!select.step());
    }

private:
    QTemporaryDir mDir;
    int mCounter = 0;
};

QTEST_GUILESS_MAIN(tst_EventWriter)
#include "tst_eventwriter.moc"
