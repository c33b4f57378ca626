#pragma once

#include "store/annotations.h"

#include "analysis/cohortquery.h"
#include "analysis/cohortresult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Funnelscope {

/** Cohort grids as JSON (DESIGN.md's shape) and CSV (counts and percentages), locale-free. */
class CohortExport
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::CohortExport)

public:
    static QByteArray toJson(const CohortQuery &query, const CohortResult &result,
                             const QList<Annotation> &annotations = {});
    static QList<QStringList> table(const CohortResult &result);
    static QString periodName(LocalCalendar::Period period);
};

} // namespace Funnelscope
