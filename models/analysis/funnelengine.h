#pragma once

#include "eventtable.h"
#include "funnelquery.h"
#include "funnelresult.h"
#include "tasks/taskcontext.h"

#include <QCoreApplication>

namespace Funnelscope {

/**
 * The funnel: a pure function of (EventTable, FunnelQuery) → FunnelResult with the
 * semantics of DESIGN.md ("max level over any start", as ClickHouse's windowFunnel):
 * every event matching step 1 (inside the date range) starts a chain; from a start the
 * chain takes, for each next step, the earliest matching event after the previous step's
 * event (later in the person's order, so equal times count) while ts − start ≤ window. A
 * unit's level is its best chain's; step k counts units with level ≥ k. A "user" is a
 * person (EventTable). Events with the same time are ordered by step: an earlier step's
 * first, events that are no step last, then as stored (orderTies()).
 *
 * - ordered: other events may come between steps; an exclusion event between step k and
 *   k + 1 (after step k's event, before the match for k + 1) ends the chain at step k.
 * - strict: each step is the unit's very next event (after the global filters).
 * - any: after the start, steps 2..k are done by distinct events in any order inside the
 *   window (exclusions do not apply); times "from previous" are clipped at zero.
 * - users: one unit per user; sessions: per (user, session), events without a session
 *   form one session per user; totals: every attempt counts, where a person (or session)
 *   starts a new attempt at a step-1 event only once the previous attempt converted (after
 *   its last step) or its window ran out (Mixpanel's totals): no event serves two
 *   attempts, so no step's total exceeds its events.
 *
 * The best chain is the one with the highest level, the earliest start among equals; its
 * start event gives the breakdown value and the week of the trend, its step events the
 * times. new_vs_returning: "new" when that start lies in the person's first session (over
 * all their data: isInFirstSession()), else "returning" (GA4's definition).
 */
class FunnelEngine
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::FunnelEngine)

public:
    /** An empty string when @p query can run on @p table, else why not (for people). */
    static QString validate(const EventTable &table, const FunnelQuery &query);
    /**
     * validate()'s checks that need only the data's event names (steps, window, events,
     * exclusions, top N) and the query itself (held count, step windows, attribution,
     * comparing): what a backend without an EventTable checks the same way.
     */
    static QString validateEvents(const QStringList &eventNames, const FunnelQuery &query);
    /** The source properties @p query reads (to load into the table first). */
    static QStringList propertiesUsed(const FunnelQuery &query);
    /** Throws Cancelled when @p task is cancelled (checked every few thousand users). */
    static FunnelResult run(const EventTable &table, const FunnelQuery &query, const TaskContext &task = {});
    /**
     * A unit's best chain as another backend found it: its person (an index into the
     * persons a result names, -1 for none), its level, and the times of its steps
     * (query.steps.size() of them; those past the level are not read).
     */
    struct Chains
    {
        std::vector<int> persons;
        std::vector<int> levels;
        std::vector<qint64> times;
        std::vector<QString> values; ///< with a breakdown: each unit's value (empty: "(none)")
    };
    /**
     * The figures of @p chains (steps, time to convert, trend, dropped units) computed as
     * run() computes them from its own: the same numbers for the same chains and values
     * (the breakdown's, top N plus "other"); no comparison (addComparison()). @p lastTs is
     * where the data ends.
     */
    static FunnelResult fromChains(const FunnelQuery &query, const Chains &chains, qint64 lastTs,
                                   std::shared_ptr<const UserKeys> persons);
    /** @p result's comparison with @p other, the same funnel run on query.comparedQuery(). */
    static void addComparison(const FunnelQuery &query, const FunnelResult &other, FunnelResult &result);
    /** About how much memory a result holds (what keeping it costs). */
    static qsizetype approximateBytes(const FunnelResult &result);

    /** Without a session id, a pause longer than this starts a new session (GA4's 30 minutes). */
    static constexpr qint64 sessionGapMs = EventTable::sessionGapMs;
    /**
     * Whether @p row lies in @p user's first session: the session of their first event
     * (their first session id, or without one, up to the first pause over sessionGapMs).
     */
    static bool isInFirstSession(const EventTable &table, int user, size_t row);

private:
    /** validate()'s part that reads the table: the held properties and their combinations. */
    static QString validateDepth(const EventTable &table, const FunnelQuery &query);
};

} // namespace Funnelscope
