#pragma once

#include <QtGlobal>

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

    /** The p-th percentile (0..1) by linear interpolation; @p values is sorted in place. */
    static double percentile(std::vector<double> &values, double p);
    /**
     * The same for several @p ps (ascending) at once, by selection instead of a sort:
     * linear time. @p values is reordered.
     */
    static std::vector<double> percentiles(std::vector<double> &values, const std::vector<double> &ps);
};

} // namespace Funnelscope
