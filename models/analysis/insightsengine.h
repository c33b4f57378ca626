#pragma once

#include "insightsquery.h"
#include "insightsresult.h"
#include "tasks/taskcontext.h"

#include <QCoreApplication>

namespace Funnelscope {

class EventTable;

/**
 * Insights: a pure function of (EventTable, InsightsQuery) → InsightsResult with the
 * semantics of DESIGN.md. The population is every person with an event (after the
 * global filters) whose first event lies in the date range; the horizon is their first
 * withinDays days from that event; converted: the target event (passing its filters)
 * within the horizon. A person is exposed to a candidate when they did it at least
 * minTimes times within the horizon and strictly before their first target event (for
 * persons who did not convert: anywhere in the horizon). Candidates: every event type
 * but the target's, at each exposure level; with properties, each event with each of the
 * top values of each property (by exposed persons). Per candidate the 2×2 table and its
 * statistics (Statistics), Fisher's p and Holm's over all candidates of the run.
 */
class InsightsEngine
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::InsightsEngine)

public:
    static QString validate(const EventTable &table, const InsightsQuery &query);
    static QStringList propertiesUsed(const InsightsQuery &query);
    /** Throws Cancelled when @p task is cancelled (checked every few thousand persons). */
    static InsightsResult run(const EventTable &table, const InsightsQuery &query, const TaskContext &task = {});
    static qsizetype approximateBytes(const InsightsResult &result);
    /** The statistics of @p signal from its table, and @p revenue sums; pAdjusted is set by run(). */
    static void complete(InsightsSignal &signal, qsizetype minPersons);
};

} // namespace Funnelscope
