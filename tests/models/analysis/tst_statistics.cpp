// The statistics reports print, against values published for textbook tables (Fisher's
// tea-tasting table, Wikipedia's dieting example, the usual Holm example) and against an
// exact reference computed here with whole numbers; Student's t and Welch's interval against
// published tables, R's sleep example and a numerical integral of the t density.
#include "analysis/statistics.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Funnelscope;

namespace {

/** Fisher's two-sided p by enumerating the tables with the same margins, in long double. */
double slowFisher(const Statistics::Table &t)
{
    const qint64 r1 = t.a + t.b;
    const qint64 r2 = t.c + t.d;
    const qint64 c1 = t.a + t.c;
    const auto choose = [](qint64 n, qint64 k) {
        long double value = 1;
        for (qint64 i = 1; i <= k; ++i)
            value = value * (long double)(n - k + i) / (long double)i;
        return value;
    };
    const long double total = choose(r1 + r2, c1);
    const auto p = [&](qint64 x) { return choose(r1, x) * choose(r2, c1 - x) / total; };
    const long double observed = p(t.a);
    long double sum = 0;
    for (qint64 x = std::max<qint64>(0, c1 - r2); x <= std::min(r1, c1); ++x) {
        if (p(x) <= observed * (1 + 1e-7L))
            sum += p(x);
    }
    return double(std::min<long double>(1, sum));
}

/** P(T > t) by Simpson's rule over the density, from 0 to t: slow and obviously right. */
double slowStudentTail(double t, double df)
{
    const double norm = std::exp(std::lgamma((df + 1) / 2) - std::lgamma(df / 2)) / std::sqrt(df * M_PI);
    const auto density = [&](double x) { return norm * std::pow(1 + x * x / df, -(df + 1) / 2); };
    const int steps = 200000;
    const double h = t / steps;
    double sum = density(0) + density(t);
    for (int i = 1; i < steps; ++i)
        sum += density(i * h) * (i % 2 ? 4 : 2);
    return 0.5 - sum * h / 3;
}

Statistics::Sample sampleOf(const std::vector<double> &values)
{
    double sum = 0;
    double squares = 0;
    for (double value : values) {
        sum += value;
        squares += value * value;
    }
    return Statistics::Sample::fromSums(qint64(values.size()), sum, squares);
}

} // namespace

class tst_Statistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fisherOnPublishedTables()
    {
        // The lady tasting tea: 3 of 4 cups right each way, two-sided p = 0.4857.
        QVERIFY(qAbs(Statistics::fisherExact({3, 1, 1, 3}) - 0.4857142857142857) < 1e-12);
        // Wikipedia's dieting example: p = 0.002759 two-sided.
        QVERIFY(qAbs(Statistics::fisherExact({1, 9, 11, 3}) - 0.0027594561852200836) < 1e-12);
        // Margins that leave one table: p = 1.
        QCOMPARE(Statistics::fisherExact({0, 5, 0, 7}), 1.0);
        // A strong signal among a thousand persons.
        const double tiny = Statistics::fisherExact({120, 30, 200, 650});
        QVERIFY2(qAbs(tiny / 6.012728698282622e-40 - 1) < 1e-6, qPrintable(QString::number(tiny)));
    }

    void fisherMatchesTheExactReference()
    {
        QRandomGenerator random(20261130);
        for (int i = 0; i < 300; ++i) {
            const Statistics::Table t{random.bounded(40), random.bounded(40), random.bounded(40), random.bounded(40)};
            const double fast = Statistics::fisherExact(t);
            const double slow = slowFisher(t);
            QVERIFY2(qAbs(fast - slow) <= 1e-9 + 1e-9 * slow,
                     qPrintable(QStringLiteral("%1 %2 %3 %4: %5 against %6").arg(t.a).arg(t.b).arg(t.c).arg(t.d).arg(fast).arg(slow)));
        }
    }

    void oddsRatioAndWoolfInterval()
    {
        // 0.5 in every cell: 20.5 · 90.5 / (80.5 · 10.5), Woolf's interval around it.
        const Statistics::Table t{20, 80, 10, 90};
        QVERIFY(qAbs(Statistics::oddsRatio(t) - 2.1949127477077788) < 1e-12);
        const Statistics::Interval ci = Statistics::oddsRatioInterval(t);
        QVERIFY(qAbs(ci.low - 0.9841418964975663) < 1e-9);
        QVERIFY(qAbs(ci.high - 4.895271695266176) < 1e-9);
        // An empty cell still gives a finite ratio and interval.
        const Statistics::Table empty{12, 0, 3, 40};
        QVERIFY(std::isfinite(Statistics::oddsRatio(empty)));
        QVERIFY(Statistics::oddsRatioInterval(empty).low > 1);
    }

    void phiCorrelation()
    {
        QCOMPARE(Statistics::phi({10, 0, 0, 10}), 1.0);
        QCOMPARE(Statistics::phi({0, 10, 10, 0}), -1.0);
        QCOMPARE(Statistics::phi({5, 5, 5, 5}), 0.0);
        QCOMPARE(Statistics::phi({0, 0, 5, 5}), 0.0); // nobody exposed: no correlation, not NaN
        // (ad − bc) / √(r1 r2 c1 c2) = (20·90 − 80·10) / √(100·100·30·170)
        QVERIFY(qAbs(Statistics::phi({20, 80, 10, 90}) - 1000.0 / std::sqrt(100.0 * 100 * 30 * 170)) < 1e-12);
    }

    void studentQuantiles()
    {
        // Printed t tables (two-sided 95% and 99%).
        QVERIFY(qAbs(Statistics::studentQuantile(0.975, 1) - 12.706204736) < 1e-6);
        QVERIFY(qAbs(Statistics::studentQuantile(0.975, 10) - 2.228138852) < 1e-8);
        QVERIFY(qAbs(Statistics::studentQuantile(0.975, 30) - 2.042272456) < 1e-8);
        QVERIFY(qAbs(Statistics::studentQuantile(0.995, 5) - 4.032142984) < 1e-8);
        QVERIFY(qAbs(Statistics::studentQuantile(0.025, 10) + 2.228138852) < 1e-8);
        QVERIFY(qAbs(Statistics::studentQuantile(0.975, 1e7) - 1.959963985) < 1e-6); // the normal's
        // Fractional degrees of freedom (Welch's) against the integral of the density.
        for (const double df : {1.5, 3.7, 17.776, 250.2}) {
            const double t = Statistics::studentQuantile(0.975, df);
            QVERIFY2(qAbs(slowStudentTail(t, df) - 0.025) < 1e-9, qPrintable(QString::number(df)));
        }
    }

    void welchIntervalOfTwoMeans()
    {
        // R: t.test(extra ~ group, data = sleep): 95 percent confidence interval
        // -3.3654832 0.2054832 (df = 17.776).
        const Statistics::Sample one = sampleOf({0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0});
        const Statistics::Sample two = sampleOf({1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4});
        QVERIFY(qAbs(one.mean - 0.75) < 1e-12);
        QVERIFY(qAbs(two.mean - 2.33) < 1e-12);
        const std::optional<Statistics::Interval> interval = Statistics::welchInterval(one, two);
        QVERIFY(interval);
        QVERIFY2(qAbs(interval->low + 3.3654832) < 1e-6, qPrintable(QString::number(interval->low, 'g', 10)));
        QVERIFY2(qAbs(interval->high - 0.2054832) < 1e-6, qPrintable(QString::number(interval->high, 'g', 10)));
        // One value on a side, or no spread at all: no interval rather than a made-up one.
        QVERIFY(!Statistics::welchInterval(sampleOf({5}), two));
        QVERIFY(!Statistics::welchInterval(sampleOf({5, 5}), sampleOf({3, 3, 3})));
    }

    void holmAdjustment()
    {
        // The usual example: 0.01, 0.04, 0.03, 0.005 → 0.03, 0.06, 0.06, 0.02 (R's p.adjust).
        const std::vector<double> adjusted = Statistics::holm({0.01, 0.04, 0.03, 0.005});
        const std::vector<double> expected = {0.03, 0.06, 0.06, 0.02};
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(qAbs(adjusted[i] - expected[i]) < 1e-12, qPrintable(QString::number(adjusted[i])));
        QCOMPARE(Statistics::holm({0.5, 0.9}), (std::vector<double>{1.0, 1.0}));
        QVERIFY(Statistics::holm({}).empty());
    }
};

QTEST_GUILESS_MAIN(tst_Statistics)
#include "tst_statistics.moc"
