// UserKeys: the user keys of an event table in one string, and how the snapshot stores
// them (three blocks): every key comes back as it was, a null key stays null, and damaged
// blocks are refused instead of read.
#include "analysis/userkeys.h"

#include <QDataStream>
#include <QRandomGenerator>
#include <QTest>

using namespace Funnelscope;

namespace {

QByteArray written(const UserKeys &keys)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    keys.write(stream);
    return bytes;
}

std::optional<UserKeys> read(const QByteArray &bytes)
{
    QDataStream stream(bytes);
    UserKeys keys;
    if (!keys.read(stream))
        return std::nullopt;
    return keys;
}

} // namespace

class tst_UserKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysComeBackAsTheyWere()
    {
        // Random keys against a plain list: ASCII, accents, emoji, empty and null ones.
        QRandomGenerator random(7);
        const QStringList pieces{QStringLiteral("u"), QStringLiteral("Jürgen"), QStringLiteral("😀"),
                                 QStringLiteral("-"), QStringLiteral("12345")};
        QStringList expected;
        UserKeys keys;
        for (int i = 0; i < 5000; ++i) {
            QString key;
            const int kind = random.bounded(20);
            if (kind > 1) {
                for (int p = random.bounded(1, 4); p > 0; --p)
                    key += pieces.at(random.bounded(int(pieces.size())));
            } else if (kind == 1) {
                key = QLatin1String(""); // empty, not null
            }
            expected.append(key);
            keys.append(key);
        }
        const std::optional<UserKeys> back = read(written(keys));
        QVERIFY(back.has_value());
        QCOMPARE(back->size(), int(expected.size()));
        for (int user = 0; user < back->size(); ++user) {
            QCOMPARE(back->at(user), expected.at(user));
            QCOMPARE(back->at(user).isNull(), expected.at(user).isNull());
        }
        QVERIFY(read(written(UserKeys())).has_value()); // no users at all
    }

    void utf8KeysReadAsQtDecodesThem()
    {
        // A segment's keys come from the import's dictionary as UTF-8: ASCII ones are
        // widened in place, others decoded by Qt; each must equal Qt's decoding, an empty
        // one is null (a user without a key), and the blocks written are the same bytes.
        QRandomGenerator random(11);
        const std::vector<std::string> pieces{"u", "J\xc3\xbcrgen", "\xf0\x9f\x98\x80", "-", "12345", "\xff"};
        UserKeys keys;
        UserKeys viaQt;
        for (int i = 0; i < 5000; ++i) {
            std::string key;
            if (random.bounded(20) > 0) {
                for (int p = random.bounded(1, 4); p > 0; --p)
                    key += pieces.at(size_t(random.bounded(int(pieces.size()))));
            }
            keys.appendUtf8(key);
            viaQt.append(key.empty() ? QString() : QString::fromUtf8(key.data(), qsizetype(key.size())));
        }
        QCOMPARE(keys.size(), viaQt.size());
        for (int user = 0; user < keys.size(); ++user) {
            QCOMPARE(keys.at(user), viaQt.at(user));
            QCOMPARE(keys.at(user).isNull(), viaQt.at(user).isNull());
        }
        QCOMPARE(written(keys), written(viaQt));
    }

    void damagedBlocksAreRefused()
    {
        UserKeys keys;
        for (const char *key : {"alice", "bob", "carol"})
            keys.append(QString::fromLatin1(key));
        const QByteArray good = written(keys);
        QVERIFY(read(good).has_value());
        QVERIFY(!read(good.left(good.size() - 1)).has_value()); // cut short
        QByteArray longer = good;
        longer[7] = char(0x7f); // a text length far beyond the bytes there are
        QVERIFY(!read(longer).has_value());
        // Ends that go backwards: the first key's end (after the 8-byte length, 26 bytes of
        // text and the ends' 8-byte count) made larger than the second's.
        QByteArray backwards = good;
        backwards[8 + 26 + 8] = char(20);
        QVERIFY(!read(backwards).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_UserKeys)
#include "tst_userkeys.moc"
