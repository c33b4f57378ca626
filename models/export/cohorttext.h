#pragma once

#include "analysis/cohortquery.h"
#include "analysis/cohortresult.h"

#include <QCoreApplication>
#include <QString>

namespace Funnelscope {

/**
 * A cohort grid for the terminal (`funnelscope cohort` on standard output): one row per
 * cohort with its size and each period's percentage (or revenue per member), the average
 * row under a rule, a grid per breakdown value; a period the data's end cuts short is
 * marked "*" and explained below the grid.
 */
class CohortText
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::CohortText)

public:
    static QString toText(const CohortQuery &query, const CohortResult &result);
    /** "Week 3": a column's name, on screen, in exports and here. */
    static QString periodLabel(LocalCalendar::Period period, int k);
};

} // namespace Funnelscope
