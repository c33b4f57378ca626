#pragma once

#include "cohortquery.h"
#include "cohortresult.h"
#include "tasks/taskcontext.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace Funnelscope {

class EventTable;

/**
 * Cohort grids: a pure function of (EventTable, CohortQuery) → CohortResult with the
 * semantics of DESIGN.md. A user's cohort is the calendar period (day, ISO week from
 * Monday, month; in the query's time zone) of their first start event (any event by
 * default), after the global filters. Cell (c, k) counts users of cohort c with a return
 * event in period c + k (mode "on") or in any period from c + k on ("on or after"); the
 * start event itself counts as a return when it matches. Cells of periods that begin after
 * the last event of the data are empty, not 0; the period holding the last event is
 * incomplete unless it ends exactly there. The average row weights each cohort by its
 * size over the complete cells. With the revenue metric a cell holds the revenue of return
 * events per cohort member, per period or (cumulative) up to it.
 */
class CohortEngine
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::CohortEngine)

public:
    static QString validate(const EventTable &table, const CohortQuery &query);
    /** The same checks on the data's event names (what a backend without an EventTable has). */
    static QString validate(const QStringList &eventNames, const CohortQuery &query);
    static QStringList propertiesUsed(const CohortQuery &query);
    /** Throws Cancelled when @p task is cancelled (checked every few thousand users). */
    static CohortResult run(const EventTable &table, const CohortQuery &query, const TaskContext &task = {});
    /**
     * Each member of a cohort as another backend found it: its cohort (LocalCalendar's
     * period number), the offsets of the periods it returned in, its last return (-1:
     * none) and, with a breakdown, its start event's value.
     */
    struct Members
    {
        std::vector<qint64> cohorts;
        std::vector<std::vector<int>> returned;
        std::vector<qint64> lastReturns;
        std::vector<QString> values;
        std::vector<std::vector<double>> revenue; ///< a revenue grid's: per member, per period offset
        bool netOfRefunds = false;                ///< some counted revenue was negative
    };
    /**
     * The grids of @p members as run() computes them from its own (retention; @p lastTs:
     * where the data ends, none for a workspace without events: then run()'s empty grid).
     */
    static CohortResult fromMembers(const CohortQuery &query, const Members &members, std::optional<qint64> lastTs);
    /** About how much memory a result holds (what keeping it costs). */
    static qsizetype approximateBytes(const CohortResult &result);
};

} // namespace Funnelscope
