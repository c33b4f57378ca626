#include "statistics.h"

#include <algorithm>
#include <cmath>

namespace Funnelscope {

Statistics::Interval Statistics::wilson(qint64 successes, qint64 trials, double z)
{
    if (trials <= 0)
        return {0, 0};
    const double n = double(trials);
    const double p = double(successes) / n;
    const double z2 = z * z;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denominator;
    const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double Statistics::twoProportionPValue(qint64 successes1, qint64 trials1, qint64 successes2,
                                       qint64 trials2)
{
    if (trials1 <= 0 || trials2 <= 0)
        return 1;
    const double p1 = double(successes1) / double(trials1);
    const double p2 = double(successes2) / double(trials2);
    const double pooled = double(successes1 + successes2) / double(trials1 + trials2);
    const double se = std::sqrt(pooled * (1 - pooled) * (1.0 / double(trials1) + 1.0 / double(trials2)));
    if (se == 0)
        return 1;
    const double z = (p1 - p2) / se;
    return std::erfc(std::abs(z) / std::sqrt(2.0));
}

double Statistics::percentile(std::vector<double> &values, double p)
{
    if (values.empty())
        return std::nan("");
    if (!std::is_sorted(values.begin(), values.end())) // the next percentile of the same values is free
        std::sort(values.begin(), values.end());
    const double position = p * double(values.size() - 1);
    const size_t below = size_t(std::floor(position));
    const size_t above = std::min(values.size() - 1, below + 1);
    const double fraction = position - double(below);
    return values[below] + (values[above] - values[below]) * fraction;
}

std::vector<double> Statistics::percentiles(std::vector<double> &values, const std::vector<double> &ps)
{
    std::vector<double> result;
    auto from = values.begin(); // everything before is at most the last value selected
    for (const double p : ps) {
        if (values.empty()) {
            result.push_back(std::nan(""));
            continue;
        }
        const double position = p * double(values.size() - 1);
        const size_t below = size_t(std::floor(position));
        const size_t above = std::min(values.size() - 1, below + 1);
        const auto at = values.begin() + qsizetype(below);
        std::nth_element(std::min(from, at), at, values.end());
        // The next value up is the smallest of those after it.
        const double upper = above == below ? *at : *std::min_element(at + 1, values.end());
        const double fraction = position - double(below);
        result.push_back(*at + (upper - *at) * fraction);
        from = at;
    }
    return result;
}

double Statistics::phi(const Table &t)
{
    const double rows = double(t.a + t.b) * double(t.c + t.d);
    const double columns = double(t.a + t.c) * double(t.b + t.d);
    if (rows <= 0 || columns <= 0)
        return 0;
    return (double(t.a) * double(t.d) - double(t.b) * double(t.c)) / std::sqrt(rows * columns);
}

double Statistics::oddsRatio(const Table &t)
{
    return ((double(t.a) + 0.5) * (double(t.d) + 0.5)) / ((double(t.b) + 0.5) * (double(t.c) + 0.5));
}

Statistics::Interval Statistics::oddsRatioInterval(const Table &t, double z)
{
    const double logOdds = std::log(oddsRatio(t));
    const double error = std::sqrt(1 / (double(t.a) + 0.5) + 1 / (double(t.b) + 0.5) + 1 / (double(t.c) + 0.5)
                                   + 1 / (double(t.d) + 0.5));
    return {std::exp(logOdds - z * error), std::exp(logOdds + z * error)};
}

double Statistics::fisherExact(const Table &t)
{
    // With the margins fixed the table is set by its top-left cell x, hypergeometric:
    // P(x) = C(r1, x) C(r2, c1 − x) / C(n, c1). The terms are walked from the mode outward
    // by their ratio, P(x + 1) / P(x) = (r1 − x)(c1 − x) / ((x + 1)(r2 − c1 + x + 1)), until
    // they fall below 1e-300 of the mode's: a few thousand multiplications for a million
    // persons instead of three lgamma calls for every possible x. A p-value below about
    // 1e-290 comes out as 0.
    const double r1 = double(t.a + t.b);
    const double r2 = double(t.c + t.d);
    const double c1 = double(t.a + t.c);
    const double n = r1 + r2;
    const qint64 low = std::max<qint64>(0, t.a + t.c - (t.c + t.d));
    const qint64 high = std::min(t.a + t.b, t.a + t.c);
    const qint64 mode = std::clamp(qint64(std::floor((r1 + 1) * (c1 + 1) / (n + 2))), low, high);
    constexpr double negligible = 1e-300;
    std::vector<double> below; // P(mode − 1), P(mode − 2), ... relative to P(mode)
    std::vector<double> above; // P(mode + 1), ...
    double term = 1;
    for (qint64 x = mode; x > low && term > negligible; --x) {
        const double xd = double(x);
        term *= (xd * (r2 - c1 + xd)) / ((r1 - xd + 1) * (c1 - xd + 1));
        below.push_back(term);
    }
    term = 1;
    for (qint64 x = mode; x < high && term > negligible; ++x) {
        const double xd = double(x);
        term *= ((r1 - xd) * (c1 - xd)) / ((xd + 1) * (r2 - c1 + xd + 1));
        above.push_back(term);
    }
    double observed = 0;
    if (t.a == mode)
        observed = 1;
    else if (t.a < mode && size_t(mode - t.a) <= below.size())
        observed = below[size_t(mode - t.a - 1)];
    else if (t.a > mode && size_t(t.a - mode) <= above.size())
        observed = above[size_t(t.a - mode - 1)];
    else
        return 0; // beyond the walk: less than 1e-300 of the mode's probability
    const double limit = observed * (1 + 1e-7); // as likely or less, with room for rounding (R's relErr)
    double total = 1;
    double tail = observed >= 1 / (1 + 1e-7) ? 1 : 0;
    for (const std::vector<double> *side : {&below, &above}) {
        for (double each : *side) {
            total += each;
            if (each <= limit)
                tail += each;
        }
    }
    return std::min(1.0, tail / total);
}

std::vector<double> Statistics::holm(const std::vector<double> &pValues)
{
    const size_t m = pValues.size();
    std::vector<size_t> order(m);
    for (size_t i = 0; i < m; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&pValues](size_t x, size_t y) { return pValues[x] < pValues[y]; });
    std::vector<double> adjusted(m);
    double running = 0;
    for (size_t rank = 0; rank < m; ++rank) {
        running = std::max(running, std::min(1.0, double(m - rank) * pValues[order[rank]]));
        adjusted[order[rank]] = running;
    }
    return adjusted;
}

namespace {

/** The continued fraction of the regularized incomplete beta function (modified Lentz). */
double betaFraction(double a, double b, double x)
{
    constexpr double tiny = 1e-300;
    const double qab = a + b;
    const double qap = a + 1;
    const double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    d = 1 / (std::abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 300; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        d = 1 / (std::abs(d) < tiny ? tiny : d);
        c = 1 + aa / c;
        c = std::abs(c) < tiny ? tiny : c;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        d = 1 / (std::abs(d) < tiny ? tiny : d);
        c = 1 + aa / c;
        c = std::abs(c) < tiny ? tiny : c;
        const double step = d * c;
        h *= step;
        if (std::abs(step - 1) < 1e-15)
            break;
    }
    return h;
}

/** I_x(a, b), the regularized incomplete beta function. */
double incompleteBeta(double a, double b, double x)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x)
                                  + b * std::log1p(-x));
    if (x < (a + 1) / (a + b + 2))
        return front * betaFraction(a, b, x) / a;
    return 1 - front * betaFraction(b, a, 1 - x) / b;
}

/** P(T > t) for t ≥ 0 with @p df degrees of freedom. */
double studentUpperTail(double t, double df)
{
    return 0.5 * incompleteBeta(df / 2, 0.5, df / (df + t * t));
}

} // namespace

Statistics::Sample Statistics::Sample::fromSums(qint64 n, double sum, double squares)
{
    Sample sample;
    sample.n = n;
    if (n <= 0)
        return sample;
    sample.mean = sum / double(n);
    if (n > 1)
        sample.variance = std::max(0.0, (squares - sum * sample.mean) / double(n - 1));
    return sample;
}

double Statistics::studentQuantile(double p, double df)
{
    if (p == 0.5)
        return 0;
    const double tail = p < 0.5 ? p : 1 - p;
    // The upper tail falls as t grows: bisect on it (60 halvings of a bracket found by doubling).
    double low = 0;
    double high = 1;
    while (studentUpperTail(high, df) > tail && high < 1e12)
        high *= 2;
    for (int i = 0; i < 200 && high - low > 1e-12 * high; ++i) {
        const double middle = (low + high) / 2;
        (studentUpperTail(middle, df) > tail ? low : high) = middle;
    }
    const double t = (low + high) / 2;
    return p < 0.5 ? -t : t;
}

std::optional<Statistics::Interval> Statistics::welchInterval(const Sample &x, const Sample &y, double confidence)
{
    if (x.n < 2 || y.n < 2)
        return std::nullopt;
    const double vx = x.variance / double(x.n);
    const double vy = y.variance / double(y.n);
    const double se2 = vx + vy;
    if (!(se2 > 0))
        return std::nullopt;
    const double df = se2 * se2 / (vx * vx / double(x.n - 1) + vy * vy / double(y.n - 1));
    const double half = studentQuantile(1 - (1 - confidence) / 2, df) * std::sqrt(se2);
    const double difference = x.mean - y.mean;
    return Interval{difference - half, difference + half};
}

} // namespace Funnelscope
