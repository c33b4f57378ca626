// The record mapper's numbers: a price or revenue as the file wrote it, read to the same
// double the standard library reads (a plain decimal by integer arithmetic, else
// from_chars), and refused when it is not a finite number.
#include "ingest/importoptions.h"
#include "ingest/importplan.h"
#include "ingest/recordmapper.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <charconv>
#include <random>
#include <cmath>
#include <cstring>

using namespace Funnelscope;

namespace {

// The slow, obviously correct reading: strtod's, as from_chars does it.
std::optional<double> reference(const std::string &text)
{
    std::string digits = text;
    if (!digits.empty() && digits.front() == '+')
        digits.erase(0, 1);
    double value = 0;
    const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || result.ec != std::errc() || result.ptr != digits.data() + digits.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

class tst_RecordMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersAsTheStandardLibraryReadsThem_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"12.34", "-5", "199.90", "0.1", "0.3", "-0", "-0.0", "007", "1.", ".5", "1e3", "1E-2",
                                 "123456789012345", "1234567890123456", "12345678901234567890", "0.0000000000000000000001",
                                 "9007199254740993", "1.7976931348623157", "1..2", "1.2.3", "--1", "-", ".", "+3.25",
                                 "abc", "12a", "nan", "inf", "1e400", "0x10", " 4.5 "})
            QTest::newRow(text) << QString::fromLatin1(text);
    }

    void numbersAsTheStandardLibraryReadsThem()
    {
        QFETCH(QString, text);
        const std::string bytes = text.toStdString();
        const std::optional<double> expected = reference(std::string(SourceRecord::trimmed(bytes)));
        const std::optional<double> read = RecordMapper::number(bytes);
        QCOMPARE(read.has_value(), expected.has_value());
        if (expected)
            QVERIFY2(sameBits(*read, *expected), qPrintable(QStringLiteral("%1 read as %2, expected %3").arg(text).arg(*read, 0, 'g', 17).arg(*expected, 0, 'g', 17)));
    }

    // JSON records come with their own keys, in a few layouts (or many): each record is
    // mapped as a mapper that never saw another would map it, whichever layouts came before
    // (the mapper keeps the last eight it worked out).
    void recordsOfManyLayoutsMappedAsAlone()
    {
        const QStringList names = {QStringLiteral("event_id"), QStringLiteral("user_id"), QStringLiteral("session_id"),
                                   QStringLiteral("event_name"), QStringLiteral("timestamp"), QStringLiteral("device"),
                                   QStringLiteral("channel"), QStringLiteral("product_id"), QStringLiteral("price"),
                                   QStringLiteral("revenue"), QStringLiteral("coupon"), QStringLiteral("page")};
        ImportPlan plan;
        plan.mapping = FieldMapping::guess(names);
        const ImportOptions options;
        RecordMapper mapper(plan, options);
        QRandomGenerator random(12);
        std::vector<std::string> keyTexts, valueTexts;
        int mapped = 0;
        for (int i = 0; i < 3000; ++i) {
            // Some of the keys, in some order: 12 keys make far more than eight layouts.
            std::vector<int> chosen;
            for (int k = 0; k < names.size(); ++k) {
                if (k == 1 || k == 3 || k == 4 || random.bounded(3) != 0)
                    chosen.push_back(k);
            }
            if (random.bounded(2) == 0)
                std::shuffle(chosen.begin(), chosen.end(), std::mt19937(random.generate()));
            if (random.bounded(4) == 0) // a run of one layout, as exports have
                chosen = {0, 1, 3, 4, 8};
            keyTexts.clear();
            valueTexts.clear();
            for (int k : chosen) {
                keyTexts.push_back(names.at(k).toStdString());
                std::string value;
                switch (k) {
                case 4: value = "2026-05-0" + std::to_string(1 + random.bounded(9)) + "T10:00:00Z"; break;
                case 8: case 9: value = std::to_string(random.bounded(1000)) + ".5"; break;
                default: value = names.at(k).toStdString().substr(0, 2) + std::to_string(random.bounded(50));
                }
                valueTexts.push_back(value);
            }
            SourceRecord record;
            record.line = i + 1;
            for (size_t k = 0; k < keyTexts.size(); ++k) {
                record.keys.push_back(keyTexts[k]);
                record.values.push_back(valueTexts[k]);
                record.quoted.push_back(true);
            }
            EventRecord event, alone;
            const std::string problem(mapper.map(record, event));
            RecordMapper fresh(plan, options);
            QCOMPARE(problem, std::string(fresh.map(record, alone)));
            if (!problem.empty())
                continue;
            ++mapped;
            QCOMPARE(event.user, alone.user);
            QCOMPARE(event.event, alone.event);
            QCOMPARE(event.session, alone.session);
            QCOMPARE(event.timestampMs, alone.timestampMs);
            QCOMPARE(event.device, alone.device);
            QCOMPARE(event.channel, alone.channel);
            QCOMPARE(event.product, alone.product);
            QCOMPARE(event.price, alone.price);
            QCOMPARE(event.revenue, alone.revenue);
            QCOMPARE(event.dedupKey, alone.dedupKey);
            QCOMPARE(event.properties, alone.properties);
        }
        QVERIFY2(mapped > 2000, qPrintable(QStringLiteral("%1 of 3000 records were events").arg(mapped)));
    }

    void randomDecimalsAsTheStandardLibraryReadsThem()
    {
        QRandomGenerator random(25);
        int plain = 0;
        for (int i = 0; i < 200000; ++i) {
            std::string text;
            if (random.bounded(4) == 0)
                text += '-';
            const int whole = int(random.bounded(18));
            const int fraction = random.bounded(3) == 0 ? -1 : int(random.bounded(24));
            for (int d = 0; d < whole; ++d)
                text += char('0' + random.bounded(10));
            if (fraction >= 0) {
                text += '.';
                for (int d = 0; d < fraction; ++d)
                    text += char('0' + random.bounded(10));
            }
            plain += RecordMapper::plainDecimal(text) ? 1 : 0;
            const std::optional<double> expected = reference(text);
            const std::optional<double> read = RecordMapper::number(text);
            QVERIFY2(read.has_value() == expected.has_value(), text.c_str());
            if (expected)
                QVERIFY2(sameBits(*read, *expected), text.c_str());
        }
        // Most of them took the fast way, which is what is being checked.
        QVERIFY2(plain > 60000, qPrintable(QString::number(plain)));
    }
};

QTEST_GUILESS_MAIN(tst_RecordMapper)
#include "tst_recordmapper.moc"
