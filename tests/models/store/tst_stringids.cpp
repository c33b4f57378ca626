// StringIds, the import's dictionary of user and session keys, against std::unordered_map
// on random keys: what one finds the other finds, with the same id.
#include "store/stringids.h"

#include <QRandomGenerator>
#include <QTest>

#include <string>
#include <unordered_map>

using namespace Funnelscope;

class tst_StringIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithAHashMap()
    {
        QRandomGenerator random(20261122);
        StringIds ids;
        std::unordered_map<std::string, qint64> reference;
        std::vector<std::pair<std::string_view, std::string>> views; // stored view, its text
        const auto randomKey = [&random] {
            // Short keys from a small alphabet collide in prefixes and hashes' low bits;
            // now and then one is longer than a block of the store.
            const int kind = random.bounded(1000);
            const size_t length = kind == 0 ? (1u << 20) + random.bounded(5000) : size_t(random.bounded(12));
            std::string key(length, 'a');
            for (char &c : key)
                c = char('a' + random.bounded(kind < 500 ? 3 : 26));
            return key;
        };
        for (int i = 0; i < 60000; ++i) {
            const std::string key = randomKey();
            const auto found = reference.find(key);
            QCOMPARE(ids.find(key), found == reference.end() ? -1 : found->second);
            if (found != reference.end())
                continue;
            const qint64 id = random.bounded(3) == 0 ? qint64(random.generate64() >> 2) : qint64(i);
            const std::string_view stored = ids.insert(key, id);
            QCOMPARE(stored, std::string_view(key));
            reference.emplace(key, id);
            views.emplace_back(stored, key);
        }
        QCOMPARE(ids.size(), reference.size());
        for (const auto &[key, id] : reference)
            QCOMPARE(ids.find(key), id);
        // Views handed out stay valid while the table grows.
        for (const auto &[view, text] : views)
            QCOMPARE(view, std::string_view(text));
        // Every entry once, in the order stored.
        size_t visited = 0;
        ids.forEach([&](qint64 id, std::string_view text) {
            QCOMPARE(text, std::string_view(views[visited].second));
            QCOMPARE(id, reference.at(std::string(text)));
            ++visited;
        });
        QCOMPARE(visited, reference.size());
    }

    // A stored dictionary is loaded in batches (StringIds::Loader) into a table sized for
    // it: the same ids as the map, and a string a damaged workspace holds twice keeps its
    // first id.
    void loadsAStoredDictionaryKeepingTheFirstId()
    {
        QRandomGenerator random(20261130);
        for (const size_t reserved : {size_t(0), size_t(5000), size_t(200000)}) {
            StringIds ids;
            ids.reserve(reserved);
            std::unordered_map<std::string, qint64> reference;
            StringIds::Loader loader(ids);
            for (int i = 0; i < 100000; ++i) {
                std::string key = "s" + std::to_string(random.bounded(70000));
                if (random.bounded(20000) == 0)
                    key += std::string((1u << 20) + 10, 'x'); // longer than a block
                reference.emplace(key, i); // keeps the first
                loader.add(key, i);
            }
            loader.finish();
            QCOMPARE(ids.size(), reference.size());
            for (const auto &[key, id] : reference)
                QCOMPARE(ids.find(key), id);
            QCOMPARE(ids.find("s70000"), -1);
        }
    }
};

QTEST_GUILESS_MAIN(tst_StringIds)
#include "tst_stringids.moc"
