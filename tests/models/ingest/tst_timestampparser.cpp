// Timestamps as exports write them, read into UTC milliseconds; checked by hand on the
// edge cases and against QDateTime on many random moments and time zones.
#include "ingest/timestampparser.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Funnelscope;

class tst_TimestampParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A parser that reads many times, as an import's does (it keeps the last day read),
    // reads each text as a parser reading it first would: runs of one day, other days,
    // impossible dates, broken times after a known day, other zones.
    void readsEachTimeAsAFreshParserDoes()
    {
        QRandomGenerator random(4);
        const TimestampParser reused;
        const TimestampParser berlinReused(QTimeZone("Europe/Berlin"));
        int parsed = 0;
        for (int i = 0; i < 20000; ++i) {
            const int day = random.bounded(8) == 0 ? int(random.bounded(1, 32)) : 14;
            const int month = random.bounded(8) == 0 ? int(random.bounded(1, 14)) : 2;
            std::string text = QStringLiteral("2026-%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0')).toStdString();
            switch (random.bounded(6)) {
            case 0: break; // a date alone
            case 1: text += "T25:00:00Z"; break; // no such hour
            case 2: text += " 10:1"; break; // cut off
            case 3: text += "T10:15:30+02:00"; break;
            default: text += QStringLiteral("T%1:%2:07.250Z").arg(random.bounded(24)).arg(random.bounded(60), 2, 10, QLatin1Char('0')).toStdString();
            }
            const std::optional<qint64> expected = TimestampParser().parse(text);
            QCOMPARE(reused.parse(text), expected);
            QCOMPARE(berlinReused.parse(text), TimestampParser(QTimeZone("Europe/Berlin")).parse(text));
            parsed += expected ? 1 : 0;
        }
        QVERIFY(parsed > 5000);
    }

    void parses_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty: not a timestamp
        QTest::newRow("Z") << "UTC" << "2024-03-01T10:00:00Z" << "2024-03-01T10:00:00.000Z";
        QTest::newRow("fraction") << "UTC" << "2024-03-01T10:00:00.123456Z" << "2024-03-01T10:00:00.123Z";
        QTest::newRow("offset") << "UTC" << "2024-03-01T12:30:00+02:30" << "2024-03-01T10:00:00.000Z";
        QTest::newRow("negative offset") << "UTC" << "2024-03-01T05:00:00-05:00" << "2024-03-01T10:00:00.000Z";
        QTest::newRow("trailing UTC") << "Asia/Tokyo" << "2019-10-01 00:00:00 UTC" << "2019-10-01T00:00:00.000Z";
        QTest::newRow("local in Berlin, winter") << "Europe/Berlin" << "2024-01-15 10:00:00" << "2024-01-15T09:00:00.000Z";
        QTest::newRow("local in Berlin, summer") << "Europe/Berlin" << "2024-07-15 10:00:00" << "2024-07-15T08:00:00.000Z";
        QTest::newRow("date alone") << "UTC" << "2016-05-09" << "2016-05-09T00:00:00.000Z";
        QTest::newRow("leap day") << "UTC" << "2024-02-29 23:59:59" << "2024-02-29T23:59:59.000Z";
        QTest::newRow("epoch seconds") << "Europe/Berlin" << "1709287200" << "2024-03-01T10:00:00.000Z";
        QTest::newRow("epoch milliseconds") << "UTC" << "1433221332117" << "2015-06-02T05:02:12.117Z";
        QTest::newRow("epoch microseconds") << "UTC" << "1709287200123456" << "2024-03-01T10:00:00.123Z";
        QTest::newRow("no 30 February") << "UTC" << "2024-02-30 10:00:00" << "";
        QTest::newRow("no hour 24") << "UTC" << "2024-02-03 24:00:00" << "";
        QTest::newRow("words") << "UTC" << "yesterday" << "";
        QTest::newRow("empty") << "UTC" << "" << "";
        QTest::newRow("trailing junk") << "UTC" << "2024-03-01T10:00:00Zulu" << "";
        // Found by fuzz_timestampparser: twenty digits overflowed a qint64 (undefined
        // behaviour) before the length was checked.
        QTest::newRow("twenty digits") << "UTC" << "25555555555555555555" << "";
        QTest::newRow("nineteen digits with a fraction") << "UTC" << "9999999999999999999.5" << "";
    }

    void parses()
    {
        QFETCH(QString, zone);
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const TimestampParser parser(QTimeZone(zone.toUtf8()));
        const QByteArray bytes = text.toUtf8();
        const std::optional<qint64> ms = parser.parse(std::string_view(bytes.constData(), size_t(bytes.size())));
        if (utc.isEmpty()) {
            QVERIFY(!ms);
            return;
        }
        QVERIFY(ms);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")),
                 utc);
    }

    void agreesWithQDateTimeOnRandomMoments()
    {
        QRandomGenerator random(20240301);
        const QList<QByteArray> zones = {"UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata"};
        for (int i = 0; i < 20000; ++i) {
            const QTimeZone zone(zones.at(int(random.bounded(zones.size()))));
            const qint64 ms = qint64(random.bounded(Q_INT64_C(2000000000000))) + 946684800000LL;
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, zone);
            // Written with an offset: exact. Written as local time: the same moment unless
            // it falls in the repeated hour at the end of daylight saving time.
            const QByteArray withOffset = local.toString(Qt::ISODateWithMs).toUtf8();
            const QByteArray asLocal = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")).toUtf8();
            const TimestampParser parser(zone);
            QCOMPARE(parser.parse(std::string_view(withOffset.constData(), size_t(withOffset.size()))), ms);
            const qint64 expected = QDateTime(local.date(), local.time(), zone).toMSecsSinceEpoch();
            QCOMPARE(parser.parse(std::string_view(asLocal.constData(), size_t(asLocal.size()))), expected);
        }
    }

    void detectsTheCommonForm()
    {
        using F = TimestampParser::Format;
        QCOMPARE(TimestampParser::detect({"2024-01-01T00:00:00Z", "2024-01-01T00:00:01+01:00"}), F::IsoWithZone);
        QCOMPARE(TimestampParser::detect({"2024-01-01 00:00:00", "", "2024-01-02 00:00:00"}), F::IsoLocal);
        QCOMPARE(TimestampParser::detect({"1709287200", "1709287201", "junk"}), F::EpochSeconds);
        QCOMPARE(TimestampParser::detect({"1433221332117"}), F::EpochMillis);
        QCOMPARE(TimestampParser::detect({"1709287200123456"}), F::EpochMicros);
        QCOMPARE(TimestampParser::detect({"soon", "later"}), F::Unknown);
    }
};

QTEST_GUILESS_MAIN(tst_TimestampParser)
#include "tst_timestampparser.moc"
