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

    void latin1KeysTakeAByteACharacter()
    {
        // Every export's ids we know are ASCII: a report's keys take a byte a character
        // (half of what they took), also after a round trip through a segment's bytes;
        // one key beyond Latin-1 turns the whole text into UTF-16, every key unchanged.
        QRandomGenerator random(5);
        const QStringList latin1{QStringLiteral("u"), QStringLiteral("Jürgen"), QStringLiteral("-"), QStringLiteral("12345")};
        QStringList expected;
        UserKeys narrow;
        for (int i = 0; i < 3000; ++i) {
            const QString key = random.bounded(10) == 0 ? QString() : latin1.at(random.bounded(int(latin1.size()))) + QString::number(i);
            expected.append(key);
            narrow.append(key);
        }
        QCOMPARE(narrow.textBytes(), narrow.textSize());
        const std::optional<UserKeys> back = read(written(narrow));
        QVERIFY(back.has_value());
        QCOMPARE(back->textBytes(), back->textSize());
        // The tables a merge joins, narrow and wide, key by key and whole, in both orders.
        UserKeys wide;
        QStringList wideKeys;
        for (int i = 0; i < 500; ++i) {
            wideKeys.append(i % 7 == 0 ? QStringLiteral("😀%1").arg(i) : QStringLiteral("w%1").arg(i));
            wide.append(wideKeys.back());
        }
        QCOMPARE(wide.textBytes(), wide.textSize() * 2);
        UserKeys joined = *back;
        joined.append(wide);
        UserKeys oneByOne;
        for (int user = 0; user < wide.size(); ++user)
            oneByOne.append(wide, user);
        for (int user = 0; user < back->size(); ++user)
            oneByOne.append(*back, user);
        UserKeys wideFirst = wide;
        wideFirst.append(narrow);
        const QStringList narrowThenWide = expected + wideKeys;
        const QStringList wideThenNarrow = wideKeys + expected;
        QCOMPARE(joined.size(), int(narrowThenWide.size()));
        QCOMPARE(oneByOne.size(), int(wideThenNarrow.size()));
        QCOMPARE(wideFirst.size(), int(wideThenNarrow.size()));
        for (int user = 0; user < joined.size(); ++user) {
            QCOMPARE(joined.at(user), narrowThenWide.at(user));
            QCOMPARE(joined.at(user).isNull(), narrowThenWide.at(user).isNull());
            QCOMPARE(oneByOne.at(user), wideThenNarrow.at(user));
            QCOMPARE(oneByOne.at(user).isNull(), wideThenNarrow.at(user).isNull());
            QCOMPARE(wideFirst.at(user), wideThenNarrow.at(user));
        }
        // Written, a narrow table is the same bytes as the same keys written wide.
        UserKeys widened = narrow;
        widened.append(QStringLiteral("😀"));
        const QByteArray narrowBytes = written(narrow);
        const QByteArray wideBytes = written(widened);
        const qsizetype text = qsizetype(narrow.textSize()) * 2;
        QCOMPARE(narrowBytes.mid(8, text), wideBytes.mid(8, text));
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
