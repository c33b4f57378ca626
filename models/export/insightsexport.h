#pragma once

#include "analysis/insightsquery.h"
#include "analysis/insightsresult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Funnelscope {

/** Insights as JSON (DESIGN.md's shape, signals by phi) and CSV (one row a candidate), locale-free. */
class InsightsExport
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::InsightsExport)

public:
    static QByteArray toJson(const InsightsQuery &query, const InsightsResult &result);
    static QList<QStringList> table(const InsightsResult &result);
    /**
     * The evidence for @p signal as the change log keeps it (English, locale-free, starting
     * with evidencePrefix): "Insights: 38.2% of the 1236 persons who did add_to_cart before
     * purchase converted within 30 days, against 6.1% of the other 1764 (lift 6.26); phi 0.56,
     * strong; Holm-adjusted p < 0.001; 3000 persons."
     */
    static QString evidence(const InsightsResult &result, const InsightsSignal &signal);
    static constexpr const char *evidencePrefix = "Insights:";
    /** "strong", "moderate", "weak" or "not predictive" (Compass's words). */
    static QString strengthName(InsightsSignal::Strength strength);
};

} // namespace Funnelscope
