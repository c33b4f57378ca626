#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace Funnelscope {

/** The statistics reports show: intervals, tests and percentiles. */
class Statistics
{
public:
    struct Interval
    {
        double low = 0;
        double high = 0;
    };

    /** 95% Wilson score interval of @p successes out of @p trials. */
    static Interval wilson(qint64 successes, qint64 trials, double z = 1.959963984540054);

    /** Two-sided p-value of the two-proportion z-test (pooled); 1 when undefined. */
    static double twoProportionPValue(qint64 successes1, qint64 trials1, qint64 successes2,
                                      qint64 trials2);

    /**
     * A 2×2 table of persons: a exposed and converted, b exposed and not, c not exposed
     * and converted, d neither (DESIGN.md, insights).
     */
    struct Table
    {
        qint64 a = 0;
        qint64 b = 0;
        qint64 c = 0;
        qint64 d = 0;
    };

    /** Phi (Matthews) correlation of the table; 0 when a margin is empty. */
    static double phi(const Table &table);
    /** The odds ratio with 0.5 added to every cell (Haldane–Anscombe). */
    static double oddsRatio(const Table &table);
    /** Woolf's 95% interval of that odds ratio: exp(ln OR ± z·√(Σ 1/cell)), cells plus 0.5. */
    static Interval oddsRatioInterval(const Table &table, double z = 1.959963984540054);
    /**
     * Fisher's exact test, two-sided: the probability, with the margins fixed, of a table
     * as or less likely than this one (hypergeometric, summed in log space).
     */
    static double fisherExact(const Table &table);
    /** Mean, sample variance (n − 1) and size of a sample. */
    struct Sample
    {
        qint64 n = 0;
        double mean = 0;
        double variance = 0;
        /** From the count, sum and sum of squares of its values. */
        static Sample fromSums(qint64 n, double sum, double squares);
    };
    /**
     * Welch's interval for the difference of the means, @p x − @p y, with the
     * Welch–Satterthwaite degrees of freedom; none when a sample has fewer than two values
     * or both have no variance.
     */
    static std::optional<Interval> welchInterval(const Sample &x, const Sample &y, double confidence = 0.95);
    /** The @p p quantile (0 < p < 1) of Student's t distribution with @p df degrees of freedom. */
    static double studentQuantile(double p, double df);

    /** Holm's step-down adjustment of @p pValues (same order back, monotone, at most 1). */
    static std::vector<double> holm(const std::vector<double> &pValues);

    /** The p-th percentile (0..1) by linear interpolation; @p values is sorted in place. */
    static double percentile(std::vector<double> &values, double p);
    /**
     * The same for several @p ps (ascending) at once, by selection instead of a sort:
     * linear time. @p values is reordered.
     */
    static std::vector<double> percentiles(std::vector<double> &values, const std::vector<double> &ps);
};

} // namespace Funnelscope
