#pragma once

#include "analysis/cohortquery.h"
#include "analysis/cohortresult.h"
#include "clickhousefunnel.h"
#include "clickhouseworkspace.h"

#include <QCoreApplication>

namespace Funnelscope {

/**
 * A cohort grid computed inside ClickHouse with the local engine's semantics (DESIGN.md,
 * "Cohorts"): per person, the events in the local table's order (time, import, the id's
 * number, the file's order); the first start event gives the cohort (its day, Monday-week
 * or month in the query's time zone, numbered as LocalCalendar numbers them), every
 * return event from it on the periods it returned in. Each shard groups its own persons;
 * members with the same cohort, returns and value come back as one row with a count, and
 * CohortEngine::fromMembers() makes the grids, exactly as for a local workspace.
 */
class ClickHouseCohort
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ClickHouseCohort)

public:
    static QString sql(const CohortQuery &query, const ClickHouseFunnel::Context &context = {},
                       const QString &events = QStringLiteral("events"));
    static CohortResult run(const ClickHouseWorkspace &workspace, const ClickHouseFunnel::Facts &facts,
                            const CohortQuery &query, const TaskContext &task = {});
};

} // namespace Funnelscope
