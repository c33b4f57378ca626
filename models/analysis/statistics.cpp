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

} // namespace Funnelscope
