#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Funnelscope {

/** One cohort (or the average) of a grid: its size and a cell per period. */
struct CohortRow
{
    QDate start;   ///< first day of the cohort's period (invalid for the average)
    qint64 size = 0;
    QList<std::optional<qint64>> counts; ///< users with a return; empty past the end of the data
    QList<std::optional<double>> values; ///< percent of size, or revenue per member
    QList<bool> incomplete;              ///< the period is cut by the end of the data
};

/** A grid: the cohorts of one breakdown value (or of everybody), with its average row. */
struct CohortGrid
{
    QString value; ///< the breakdown value; empty for everybody
    QList<CohortRow> cohorts;
    CohortRow average; ///< weighted by cohort size over complete cells
};

struct CohortResult
{
    QList<CohortGrid> grids; ///< the first is everybody; then one per breakdown value
    int periods = 0;
    bool revenue = false;
    bool netOfRefunds = false; ///< a revenue grid that counted negative revenue (refunds)
};

} // namespace Funnelscope
