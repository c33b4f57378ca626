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
    /** An error message, or empty when written. */
    static QString writeCsv(const InsightsResult &result, const QString &path);
    /** "strong", "moderate", "weak" or "not predictive" (Compass's words). */
    static QString strengthName(InsightsSignal::Strength strength);
};

} // namespace Funnelscope
