#include "funnelengine.h"

#include "conditionchecker.h"
#include "eventtable.h"
#include "localcalendar.h"
#include "parallel.h"
#include "statistics.h"

#include "store/rawvector.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <map>

namespace Funnelscope {

namespace {

struct Chain
{
    int level = 0;
    size_t start = 0; ///< row of the start event
    size_t last = 0;  ///< position in the unit's events of the last event the chain took
    std::vector<qint64> times;
    std::vector<size_t> rows; ///< the step events' rows
};

/** One event of a unit, as the chains see it: its time, what it matches, its row. */
struct UnitEvent
{
    qint64 ts;
    quint32 steps;    ///< bit k: the event is step k + 1
    quint32 excluded; ///< bit k: an exclusion between step k + 1 and k + 2
    size_t row;
    qint64 held = 0;  ///< the held properties' values as one key; -1 when one is empty
};

/**
 * Events with the same time (to the millisecond) are taken in the funnel's step order:
 * an event of an earlier step first, events that are no step last, the table's order
 * (import order) among the rest. So a view and an add-to-cart logged in the same second
 * count as view, then add-to-cart, whatever order the export had them in.
 */
void orderTies(std::vector<UnitEvent> &events)
{
    const auto rank = [](const UnitEvent &event) {
        return event.steps ? std::countr_zero(event.steps) : 32;
    };
    std::stable_sort(events.begin(), events.end(), [&rank](const UnitEvent &a, const UnitEvent &b) {
        return a.ts != b.ts ? a.ts < b.ts : rank(a) < rank(b);
    });
}

/** Runs chains over one unit's events (in time order). */
class ChainFinder
{
public:
    ChainFinder(const FunnelQuery &query)
        : mQuery(query)
        , mSteps(int(query.steps.size()))
        , mStepWindows(query.hasStepWindows())
    {
        for (const FunnelQuery::Step &step : query.steps)
            mStepWindow.push_back(step.windowMs);
    }

    /** The chain starting at position @p p of @p events, into @p chain (its buffer reused). */
    void from(const std::vector<UnitEvent> &events, size_t p, Chain &chain) const
    {
        chain.start = events[p].row;
        chain.last = p;
        chain.level = 1;
        chain.times.assign(size_t(mSteps), 0);
        chain.rows.assign(size_t(mSteps), events[p].row);
        const qint64 start = events[p].ts;
        chain.times[0] = start;
        const qint64 limit = start + mQuery.windowMs;
        const qint64 held = events[p].held;
        const auto take = [&](int k, size_t q) {
            chain.times[size_t(k)] = events[q].ts;
            chain.rows[size_t(k)] = events[q].row;
            chain.last = q;
            chain.level = k + 1;
        };
        switch (mQuery.order) {
        case FunnelQuery::Order::Ordered: {
            if (mStepWindows) {
                search(events, p, limit, chain);
                break;
            }
            size_t current = p;
            for (int k = 1; k < mSteps; ++k) {
                bool found = false;
                for (size_t q = current + 1; q < events.size() && events[q].ts <= limit; ++q) {
                    if ((events[q].steps & (1u << k)) && events[q].held == held) {
                        current = q;
                        found = true;
                        break;
                    }
                    if (events[q].excluded & (1u << (k - 1)))
                        break; // an excluded event between step k and k + 1
                }
                if (!found)
                    break;
                take(k, current);
            }
            break;
        }
        case FunnelQuery::Order::Strict:
            for (int k = 1; k < mSteps; ++k) {
                const size_t q = p + size_t(k);
                if (q >= events.size() || events[q].ts > limit || !(events[q].steps & (1u << k)) || events[q].held != held)
                    break;
                if (mStepWindows && mStepWindow[size_t(k)] > 0 && events[q].ts - events[q - 1].ts > mStepWindow[size_t(k)])
                    break;
                take(k, q);
            }
            break;
        case FunnelQuery::Order::Any:
            anyOrder(events, p, limit, chain);
            break;
        }
    }

private:
    /** Steps 2..k matched to distinct events by augmenting paths (Kuhn's algorithm). */
    void anyOrder(const std::vector<UnitEvent> &events, size_t p, qint64 limit, Chain &chain) const
    {
        std::vector<const UnitEvent *> window;
        for (size_t q = p + 1; q < events.size() && events[q].ts <= limit; ++q) {
            if (events[q].held == events[p].held)
                window.push_back(&events[q]);
        }
        std::vector<int> stepEvent;
        chain.level = 1 + matchedSteps(window, window.size(), stepEvent);
        for (int k = 1; k < chain.level; ++k) {
            chain.times[size_t(k)] = window[size_t(stepEvent[size_t(k)])]->ts;
            chain.rows[size_t(k)] = window[size_t(stepEvent[size_t(k)])]->row;
        }
        if (chain.level < mSteps)
            return;
        // Converted: when? At the end of the shortest window that holds every step.
        size_t low = size_t(mSteps) - 1;
        size_t high = window.size();
        while (low < high) {
            const size_t middle = (low + high) / 2;
            std::vector<int> unused;
            if (matchedSteps(window, middle, unused) == mSteps - 1)
                high = middle;
            else
                low = middle + 1;
        }
        chain.last = size_t(window[high - 1] - events.data());
    }

    /**
     * Ordered steps with windows of their own: the chain from @p p that reaches the highest
     * step, found by one pass instead of the greedy earliest events (a later step 2 can
     * allow a step 3 an earlier one cannot). Step k's event at q can follow the latest
     * event before q that reached step k − 1 (if any chain can, that one can: it is the
     * nearest in time, and no exclusion lies between them that lies not also after an
     * earlier one); an exclusion between k − 1 and k forgets the step k − 1 events before
     * it. Each event is looked at once per step, so a chain costs O(events × steps).
     * Among the chains that reach the highest step, the one whose last event comes first
     * is taken, each step's event the latest that leads to it.
     */
    void search(const std::vector<UnitEvent> &events, size_t p, qint64 limit, Chain &chain) const
    {
        constexpr size_t none = size_t(-1);
        const qint64 held = events[p].held;
        size_t end = p + 1;
        while (end < events.size() && events[end].ts <= limit)
            ++end;
        std::vector<size_t> &latest = mLatest;   // per step: the latest event that reached it
        std::vector<size_t> &before = mBefore;   // per (event, step): the event it follows
        latest.assign(size_t(mSteps), none);
        before.assign((end - p) * size_t(mSteps), none);
        latest[0] = p;
        int level = 1;
        size_t reached = p;
        for (size_t q = p + 1; q < end; ++q) {
            const UnitEvent &event = events[q];
            if (event.steps && event.held == held) {
                for (int k = mSteps - 1; k >= 1; --k) { // downwards: one event is one step of a chain
                    if (!(event.steps & (1u << k)) || latest[size_t(k - 1)] == none)
                        continue;
                    const size_t previous = latest[size_t(k - 1)];
                    if (mStepWindow[size_t(k)] > 0 && event.ts - events[previous].ts > mStepWindow[size_t(k)])
                        continue;
                    latest[size_t(k)] = q;
                    before[(q - p) * size_t(mSteps) + size_t(k)] = previous;
                    if (k + 1 > level) {
                        level = k + 1;
                        reached = q;
                    }
                }
            }
            for (int k = 0; k + 1 < mSteps; ++k) {
                // Nothing before an exclusion leads on past it; the exclusion itself may
                // have just reached step k (it lies not between its own steps).
                if ((event.excluded & (1u << k)) && latest[size_t(k)] != q)
                    latest[size_t(k)] = none;
            }
            if (level == mSteps)
                break;
        }
        size_t q = reached;
        for (int k = level - 1; k >= 1; --k) {
            chain.times[size_t(k)] = events[q].ts;
            chain.rows[size_t(k)] = events[q].row;
            q = before[(q - p) * size_t(mSteps) + size_t(k)];
        }
        chain.level = level;
        chain.last = reached;
    }

    /** How many of steps 2..k, in order, the first @p size events of @p window hold at once. */
    int matchedSteps(const std::vector<const UnitEvent *> &window, size_t size, std::vector<int> &stepEvent) const
    {
        const std::vector<const UnitEvent *> events(window.begin(), window.begin() + qsizetype(size));
        std::vector<int> eventOwner(events.size(), -1); // event -> step
        stepEvent.assign(size_t(mSteps), -1);            // step -> event
        int matched = 0;
        for (int k = 1; k < mSteps; ++k) {
            std::vector<char> visited(events.size(), 0);
            if (!augment(k, events, visited, eventOwner, stepEvent))
                break;
            ++matched;
        }
        return matched;
    }

    bool augment(int step, const std::vector<const UnitEvent *> &window, std::vector<char> &visited,
                 std::vector<int> &eventOwner, std::vector<int> &stepEvent) const
    {
        for (size_t e = 0; e < window.size(); ++e) {
            if (!(window[e]->steps & (1u << step)) || visited[e])
                continue;
            visited[e] = 1;
            if (eventOwner[e] < 0 || augment(eventOwner[e], window, visited, eventOwner, stepEvent)) {
                eventOwner[e] = step;
                stepEvent[size_t(step)] = int(e);
                return true;
            }
        }
        return false;
    }

    const FunnelQuery &mQuery;
    int mSteps;
    bool mStepWindows;
    std::vector<qint64> mStepWindow; ///< per step, 0: none
    mutable std::vector<size_t> mLatest; ///< search()'s buffers, reused (a finder per thread)
    mutable std::vector<size_t> mBefore;
};

/** A unit's best chain (or each chain, counting totals); its step times are kept apart, flat. */
struct Unit
{
    int user = 0;
    int level = 0;
    size_t start = 0; ///< row of the start event
    size_t times = 0; ///< where its step times (and rows, when kept) begin in the run's
};

} // namespace

bool FunnelEngine::isInFirstSession(const EventTable &table, int user, size_t row)
{
    const size_t first = table.userBegin(user);
    const qint32 firstSession = table.session(first);
    if (firstSession >= 0)
        return table.session(row) == firstSession;
    // No session id: the first session ends at the first pause of more than 30 minutes.
    for (size_t next = first + 1; next <= row; ++next) {
        if (table.ts(next) - table.ts(next - 1) > sessionGapMs)
            return false;
    }
    return true;
}

QStringList FunnelEngine::propertiesUsed(const FunnelQuery &query)
{
    QStringList names;
    const auto add = [&names](const QString &name) {
        if (name != FunnelQuery::newVsReturning())
            EventTable::addSourceProperty(names, name);
    };
    for (const Condition &condition : query.where)
        add(condition.property);
    for (const FunnelQuery::Step &step : query.steps) {
        for (const Condition &condition : step.filters)
            add(condition.property);
    }
    add(query.breakdown);
    for (const QString &name : query.hold)
        add(name);
    return names;
}

QString FunnelEngine::validate(const EventTable &table, const FunnelQuery &query)
{
    if (const QString problem = validateEvents(table.typeNames(), query); !problem.isEmpty())
        return problem;
    return validateDepth(table, query);
}

QString FunnelEngine::validateEvents(const QStringList &eventNames, const FunnelQuery &query)
{
    if (query.steps.size() < FunnelQuery::minSteps || query.steps.size() > FunnelQuery::maxSteps)
        return tr("a funnel has %1 to %2 steps, not %3.")
            .arg(FunnelQuery::minSteps)
            .arg(FunnelQuery::maxSteps)
            .arg(query.steps.size());
    if (query.windowMs < FunnelQuery::minWindow || query.windowMs > FunnelQuery::maxWindow)
        return tr("the conversion window must be between 1 minute and 366 days.");
    for (const FunnelQuery::Step &step : query.steps) {
        if (!eventNames.contains(step.event))
            return tr("there is no event “%1” in this workspace (its events: %2).").arg(step.event, EventTable::nameList(eventNames));
    }
    for (const FunnelQuery::Exclusion &exclusion : query.exclusions) {
        if (exclusion.after < 1 || exclusion.after >= query.steps.size())
            return tr("an exclusion must lie between two steps (after step 1 to %1).")
                .arg(query.steps.size() - 1);
        if (!eventNames.contains(exclusion.event)) {
            return tr("there is no event “%1” to exclude in this workspace (its events: %2).")
                .arg(exclusion.event, EventTable::nameList(eventNames));
        }
    }
    if (query.topN < 1)
        return tr("the breakdown needs at least one value (top N ≥ 1).");
    if (query.hold.size() > FunnelQuery::maxHeld)
        return tr("a funnel holds at most %1 properties constant, not %2.").arg(FunnelQuery::maxHeld).arg(query.hold.size());
    for (int k = 1; k < int(query.steps.size()); ++k) {
        const qint64 window = query.steps[k].windowMs;
        if (window == 0)
            continue;
        if (query.order == FunnelQuery::Order::Any)
            return tr("steps in any order have no windows of their own; use the ordered or strict order.");
        if (window < FunnelQuery::minWindow || window > FunnelQuery::maxWindow)
            return tr("step %1's window must be between 1 minute and 366 days.").arg(k + 1);
    }
    if (query.attribution != FunnelQuery::Attribution::Step1 && query.order == FunnelQuery::Order::Any)
        return tr("steps in any order have no last step to attribute to; use step 1, or the ordered or strict order.");
    if (query.attribution == FunnelQuery::Attribution::Step
        && (query.attributionStep < 1 || query.attributionStep > query.steps.size()))
        return tr("attribution to step %1: the funnel has steps 1 to %2.").arg(query.attributionStep).arg(query.steps.size());
    if (query.compare == FunnelQuery::Compare::Previous && !(query.fromMs && query.toMs))
        return tr("comparing with the previous period needs a period: a first and a last day.");
    if (query.compare == FunnelQuery::Compare::Range
        && !(query.compareFromMs && query.compareToMs && *query.compareFromMs < *query.compareToMs))
        return tr("the period to compare with must start before it ends.");
    return QString();
}

QString FunnelEngine::validateDepth(const EventTable &table, const FunnelQuery &query)
{
    long double combinations = 1;
    for (const QString &name : query.hold) {
        const EventTable::TextColumn *column = table.column(name);
        if (!column)
            return tr("no event has the property “%1” to hold constant.").arg(name);
        combinations *= (long double)(column->values.size()) + 1;
    }
    if (combinations > (long double)(std::numeric_limits<qint64>::max() / 2))
        return tr("the held properties have too many combinations of values.");
    return QString();
}

qsizetype FunnelEngine::approximateBytes(const FunnelResult &result)
{
    // The persons' keys are the table's (shared).
    return 4096 + result.segments.size() * 2048 + result.dropped.size() * qsizetype(sizeof(DroppedUnit));
}

namespace {

/** What each event is to the chains: by its type (a table lookup) and the steps' filters. */
class StepMatcher
{
public:
    StepMatcher(const EventTable &table, const FunnelQuery &query)
        : mTable(table)
        , mTypeCount(size_t(table.typeNames().size()))
        , mTypeSteps(mTypeCount, 0)
        , mTypeExcluded(mTypeCount, 0)
    {
        for (const Condition &condition : query.where)
            mWhere.emplace_back(table, condition);
        for (int k = 0; k < int(query.steps.size()); ++k) {
            const qint32 type = table.typeCode(query.steps[k].event);
            if (query.steps[k].filters.isEmpty()) {
                mTypeSteps[size_t(type)] |= 1u << k;
                continue;
            }
            FilteredStep step{type, 1u << k, {}};
            for (const Condition &condition : query.steps[k].filters)
                step.filters.emplace_back(table, condition);
            mFilteredSteps.push_back(std::move(step));
        }
        for (const FunnelQuery::Exclusion &exclusion : query.exclusions)
            mTypeExcluded[size_t(table.typeCode(exclusion.event))] |= 1u << (exclusion.after - 1);
        // The held values as one number in mixed radix (validate() checked it fits).
        qint64 radix = 1;
        for (const QString &name : query.hold) {
            const EventTable::TextColumn *column = table.column(name);
            mHeld.push_back({column, radix});
            radix *= qint64(column->values.size()) + 1;
        }
    }

    /** The event of @p row as the chains see it; false when the global filters drop it. */
    bool classify(size_t row, UnitEvent &event) const
    {
        event = {mTable.ts(row), 0, 0, row, 0};
        if (!mWhere.empty() && !ConditionChecker::all(mWhere, row))
            return false;
        const qint32 type = mTable.type(row);
        if (type < 0 || size_t(type) >= mTypeCount)
            return true;
        event.steps = mTypeSteps[size_t(type)];
        event.excluded = mTypeExcluded[size_t(type)];
        for (const FilteredStep &step : mFilteredSteps) {
            if (type == step.type && ConditionChecker::all(step.filters, row))
                event.steps |= step.bit;
        }
        for (const Held &held : mHeld) {
            const qint32 code = held.column->codes[row];
            if (code < 0) {
                event.held = -1;
                break;
            }
            event.held += held.radix * (qint64(code) + 1);
        }
        return true;
    }

private:
    struct FilteredStep
    {
        qint32 type;
        quint32 bit;
        std::vector<ConditionChecker> filters;
    };
    struct Held
    {
        const EventTable::TextColumn *column;
        qint64 radix;
    };
    std::vector<Held> mHeld;
    const EventTable &mTable;
    size_t mTypeCount;
    std::vector<ConditionChecker> mWhere;
    std::vector<quint32> mTypeSteps;
    std::vector<quint32> mTypeExcluded;
    std::vector<FilteredStep> mFilteredSteps;
};

/**
 * Every unit's best chain (every attempt, for totals) and the times of its steps: of the
 * steps it reached (timeAt(unit, k) for k < unit.level).
 */
struct Units
{
    LargeVector<Unit> units;
    LargeVector<qint64> times;
    LargeVector<size_t> rows; ///< the step events' rows, kept when attribution needs them

    qint64 timeAt(const Unit &unit, int step) const { return times[unit.times + size_t(step)]; }
    size_t rowAt(const Unit &unit, int step) const { return rows[unit.times + size_t(step)]; }
};

bool keepsRows(const FunnelQuery &query)
{
    return !query.breakdown.isEmpty() && query.attribution != FunnelQuery::Attribution::Step1;
}

/** Finds the units' chains, users split across cores, the parts joined in user order. */
Units findChains(const EventTable &table, const FunnelQuery &query, const TaskContext &task)
{
    const int steps = int(query.steps.size());
    const StepMatcher matcher(table, query);
    const bool rows = keepsRows(query);
    const auto inRange = [&query](qint64 ts) {
        return (!query.fromMs || ts >= *query.fromMs) && (!query.toMs || ts < *query.toMs);
    };
    std::vector<Units> parts(Parallel::maxParts);
    const auto evaluateUsers = [&](int part, size_t firstUser, size_t lastUser) {
        Units &found = parts[size_t(part)];
        // A unit per user of the range (more by sessions or attempts), reserved at once:
        // grown unit by unit, the vectors were moved and their fresh pages faulted in at
        // every doubling. Pages never written are never made.
        found.units.reserve(lastUser - firstUser);
        found.times.reserve((lastUser - firstUser) * size_t(steps));
        if (rows)
            found.rows.reserve((lastUser - firstUser) * size_t(steps));
        const ChainFinder finder(query); // its buffers are this thread's
        const auto keep = [&found, rows](int user, const Chain &chain) {
            // Only the times (and rows) of the steps it reached: nothing reads the others,
            // and most units stop early (the 100M shop's funnel: 15 bytes a unit instead of 32).
            found.units.push_back({user, chain.level, chain.start, found.times.size()});
            found.times.insert(found.times.end(), chain.times.begin(), chain.times.begin() + chain.level);
            if (rows)
                found.rows.insert(found.rows.end(), chain.rows.begin(), chain.rows.begin() + chain.level);
        };
        std::vector<UnitEvent> unitEvents;
        Chain scratch;
        Chain best;
        const auto evaluate = [&](int user, const std::vector<UnitEvent> &stream) {
            best.level = 0;
            for (size_t p = 0; p < stream.size(); ++p) {
                if (!(stream[p].steps & 1u) || !inRange(stream[p].ts) || stream[p].held < 0)
                    continue; // held values must not be empty
                finder.from(stream, p, scratch);
                if (query.count == FunnelQuery::Count::Totals) {
                    // An attempt ends when it converts or its window runs out; the next
                    // starts after that, so no event serves two attempts.
                    keep(user, scratch);
                    if (scratch.level == steps) {
                        p = scratch.last;
                    } else {
                        const qint64 end = stream[p].ts + query.windowMs;
                        while (p + 1 < stream.size() && stream[p + 1].ts <= end)
                            ++p;
                    }
                    continue;
                }
                if (scratch.level > best.level)
                    std::swap(best, scratch);
                if (best.level == steps)
                    break; // no later start can do better, and earlier starts win ties
            }
            if (query.count != FunnelQuery::Count::Totals && best.level > 0)
                keep(user, best);
        };
        // Only a strict funnel looks at the events between steps; the others only at
        // events that are a step or an exclusion.
        const bool everyEvent = query.order == FunnelQuery::Order::Strict;
        UnitEvent event;
        for (int user = int(firstUser); user < int(lastUser); ++user) {
            if ((user & 4095) == 0 && task.isCancelled())
                return; // the caller throws Cancelled once every part stopped
            unitEvents.clear();
            bool ties = false;
            for (size_t row = table.userBegin(user); row < table.userEnd(user); ++row) {
                if (matcher.classify(row, event) && (everyEvent || event.steps != 0 || event.excluded != 0)) {
                    ties = ties || (!unitEvents.empty() && unitEvents.back().ts == event.ts);
                    unitEvents.push_back(event);
                }
            }
            if (ties)
                orderTies(unitEvents);
            if (query.count != FunnelQuery::Count::Sessions) {
                evaluate(user, unitEvents);
                continue;
            }
            std::map<qint32, std::vector<UnitEvent>> sessions; // -1: events without a session
            for (const UnitEvent &each : unitEvents)
                sessions[table.session(each.row)].push_back(each);
            for (const auto &[session, stream] : sessions)
                evaluate(user, stream);
        }
    };
    const int used = Parallel::forRanges(size_t(table.userCount()), evaluateUsers);
    task.throwIfCancelled();

    Units all;
    size_t total = 0;
    size_t totalTimes = 0;
    for (int part = 0; part < used; ++part) {
        total += parts[size_t(part)].units.size();
        totalTimes += parts[size_t(part)].times.size();
    }
    all.units.reserve(total);
    all.times.reserve(totalTimes);
    all.rows.reserve(rows ? totalTimes : 0);
    for (int part = 0; part < used; ++part) {
        Units &from = parts[size_t(part)];
        const size_t base = all.times.size();
        appendReleasing(all.units, from.units, [base](Unit unit) {
            unit.times += base;
            return unit;
        });
        appendReleasing(all.times, from.times);
        appendReleasing(all.rows, from.rows);
    }
    return all;
}

/**
 * The figures of each step for a set of units: @p set, or every unit when null (a list of
 * every unit was 93 MB of the 100M shop's funnel).
 */
QList<FunnelStepResult> stepFigures(const FunnelQuery &query, const Units &found, const std::vector<const Unit *> *set = nullptr)
{
    QList<FunnelStepResult> results;
    for (int k = 0; k < int(query.steps.size()); ++k) {
        FunnelStepResult step;
        step.event = query.steps[k].event;
        std::vector<double> fromPrevious;
        std::vector<double> fromStart;
        const auto add = [&](const Unit &unit) {
            if (unit.level > k) {
                ++step.count;
                if (k > 0) {
                    fromPrevious.push_back(double(std::max<qint64>(0, found.timeAt(unit, k) - found.timeAt(unit, k - 1))) / 1000.0);
                    fromStart.push_back(double(found.timeAt(unit, k) - found.timeAt(unit, 0)) / 1000.0);
                }
            }
        };
        if (set) {
            for (const Unit *unit : *set)
                add(*unit);
        } else {
            for (const Unit &unit : found.units)
                add(unit);
        }
        const qint64 first = results.isEmpty() ? step.count : results.first().count;
        const qint64 previous = results.isEmpty() ? step.count : results.last().count;
        step.conversion = first > 0 ? double(step.count) / double(first) : 0;
        step.conversionFromPrevious = previous > 0 ? double(step.count) / double(previous) : 0;
        step.dropOff = previous - step.count;
        const Statistics::Interval interval = Statistics::wilson(step.count, first);
        step.intervalLow = interval.low;
        step.intervalHigh = interval.high;
        const std::vector<double> sincePrevious = Statistics::percentiles(fromPrevious, {0.25, 0.5, 0.75, 0.9});
        step.p25FromPrevious = sincePrevious[0];
        step.medianFromPrevious = sincePrevious[1];
        step.p75FromPrevious = sincePrevious[2];
        step.p90FromPrevious = sincePrevious[3];
        const std::vector<double> sinceStart = Statistics::percentiles(fromStart, {0.25, 0.5, 0.75, 0.9});
        step.p25FromStart = sinceStart[0];
        step.medianFromStart = sinceStart[1];
        step.p75FromStart = sinceStart[2];
        step.p90FromStart = sinceStart[3];
        results.append(step);
    }
    return results;
}

/** Who dropped (by their key), the weekly trend, and the time from step 1 to the last step. */
void addTrendAndDropped(qint64 lastTs, const std::shared_ptr<const UserKeys> &persons, const FunnelQuery &query,
                        const Units &found, int steps, FunnelResult &result)
{
    std::vector<double> durations;
    const LocalCalendar calendar; // weeks of the trend: ISO weeks, UTC
    std::map<qint64, FunnelResult::Week> weeks;
    const qsizetype dropped = qsizetype(std::count_if(found.units.begin(), found.units.end(),
                                                      [steps](const Unit &unit) { return unit.level < steps; }));
    result.dropped.reserve(dropped);
    result.persons = persons;
    for (const Unit &unit : found.units) {
        FunnelResult::Week &week = weeks[calendar.period(found.timeAt(unit, 0), LocalCalendar::Period::Week)];
        ++week.entered;
        if (unit.level == steps) {
            ++week.converted;
            durations.push_back(double(found.timeAt(unit, steps - 1) - found.timeAt(unit, 0)) / 1000.0);
        } else if (unit.user >= 0) { // a server names the persons only when asked (listDropped)
            result.dropped.append({unit.user, unit.level, found.timeAt(unit, unit.level - 1)});
        }
    }
    // Where the weeks end: the data's last event, or the end of the query's period.
    qint64 end = lastTs + 1;
    if (query.toMs)
        end = std::min(end, *query.toMs);
    for (auto [index, week] : weeks) {
        week.weekStartMs = calendar.periodStartMs(index, LocalCalendar::Period::Week);
        week.incomplete = calendar.periodStartMs(index + 1, LocalCalendar::Period::Week) > end;
        result.trend.append(week);
    }
    if (durations.empty())
        return;
    // Bins on a time scale people think in: most conversions take minutes, some days.
    static constexpr double edges[] = {60, 300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600,
                                       86400, 2 * 86400, 3 * 86400, 5 * 86400, 7 * 86400,
                                       14 * 86400, 30 * 86400, 60 * 86400, 90 * 86400,
                                       180 * 86400, 367 * 86400};
    const double longest = *std::max_element(durations.begin(), durations.end());
    double from = 0;
    for (double to : edges) {
        result.histogram.append({from, to, 0});
        if (to > longest)
            break;
        from = to;
    }
    for (double seconds : durations) {
        for (FunnelResult::Bin &bin : result.histogram) {
            if (seconds < bin.toSeconds) {
                ++bin.count;
                break;
            }
        }
    }
}

/**
 * The row whose value a unit is broken down by (FunnelQuery::attribution), or npos: step 1
 * of its best chain; step K's event (none when it did not reach K); the first or the last
 * of its events with a value (in the unit's session, counting sessions; passing the global
 * filters) up to the last step its chain reached.
 */
class Attributor
{
public:
    static constexpr size_t npos = size_t(-1);

    Attributor(const EventTable &table, const FunnelQuery &query, const Units &found, const EventTable::TextColumn *column)
        : mTable(table)
        , mQuery(query)
        , mFound(found)
        , mColumn(column)
    {
        for (const Condition &condition : query.where)
            mWhere.emplace_back(table, condition);
    }

    size_t row(const Unit &unit) const
    {
        switch (mQuery.attribution) {
        case FunnelQuery::Attribution::Step1:
            return unit.start;
        case FunnelQuery::Attribution::Step:
            return unit.level >= mQuery.attributionStep ? mFound.rowAt(unit, mQuery.attributionStep - 1) : npos;
        case FunnelQuery::Attribution::FirstTouch:
        case FunnelQuery::Attribution::LastTouch:
            break;
        }
        if (!mColumn)
            return npos;
        const size_t last = mFound.rowAt(unit, unit.level - 1);
        const bool sessions = mQuery.count == FunnelQuery::Count::Sessions;
        const qint32 session = mTable.session(unit.start);
        size_t found = npos;
        for (size_t row = mTable.userBegin(unit.user); row <= last; ++row) {
            if (mColumn->codes[row] < 0 || (sessions && mTable.session(row) != session))
                continue;
            if (!mWhere.empty() && !ConditionChecker::all(mWhere, row))
                continue;
            found = row;
            if (mQuery.attribution == FunnelQuery::Attribution::FirstTouch)
                break;
        }
        return found;
    }

private:
    const EventTable &mTable;
    const FunnelQuery &mQuery;
    const Units &mFound;
    const EventTable::TextColumn *mColumn;
    std::vector<ConditionChecker> mWhere;
};

/**
 * A numeric property's bins: [e1, e2), [e2, e3), ... with "< e1" below and "≥ en" above;
 * quartiles cut at the 25th, 50th and 75th percentile of the values (the lowest and the
 * highest bin reach the smallest and the largest value). Labels read "20–50". A value that
 * is no number is "(none)".
 */
class Binning
{
public:
    Binning(const FunnelQuery::Bins &bins, const std::vector<QString> &values)
    {
        QList<double> edges = bins.edges;
        if (bins.quartiles) {
            std::vector<double> numbers;
            for (const QString &value : values) {
                bool ok = false;
                const double number = value.toDouble(&ok);
                if (ok && std::isfinite(number))
                    numbers.push_back(number);
            }
            if (!numbers.empty()) {
                const std::vector<double> cuts = Statistics::percentiles(numbers, {0.0, 0.25, 0.5, 0.75, 1.0});
                for (double cut : cuts) {
                    if (edges.isEmpty() || cut > edges.last())
                        edges.append(cut);
                }
                mClosed = true; // from the smallest to the largest value
            }
        }
        mEdges = edges;
        const auto text = [](double edge) { return QString::number(edge, 'g', 12); };
        if (!mClosed && !mEdges.isEmpty())
            mLabels.append(QStringLiteral("< %1").arg(text(mEdges.first())));
        for (qsizetype k = 0; k + 1 < mEdges.size(); ++k)
            mLabels.append(QStringLiteral("%1–%2").arg(text(mEdges[k]), text(mEdges[k + 1])));
        if (mClosed && mEdges.size() == 1)
            mLabels.append(text(mEdges.first()));
        else if (!mClosed && !mEdges.isEmpty())
            mLabels.append(QStringLiteral("≥ %1").arg(text(mEdges.last())));
    }

    QString label(const QString &value) const
    {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number) || mLabels.isEmpty())
            return QStringLiteral("(none)");
        const auto above = std::upper_bound(mEdges.begin(), mEdges.end(), number); // first edge > number
        const qsizetype index = above - mEdges.begin();                            // edges ≤ number
        if (mClosed)
            return mLabels[qBound<qsizetype>(0, index - 1, mLabels.size() - 1)]; // the largest value is in the last bin
        return mLabels[index];
    }

    const QStringList &labels() const { return mLabels; }

private:
    QList<double> mEdges;
    QStringList mLabels;
    bool mClosed = false;
};

/** The breakdown of @p units by @p values (one per unit): top N plus "other" (or the bins), each tested. */
void addSegmentsOf(const FunnelQuery &query, const Units &found, std::vector<QString> values, FunnelResult &result)
{
    const LargeVector<Unit> &units = found.units;
    QHash<QString, qint64> sizes;
    for (const QString &value : values)
        ++sizes[value];
    const FunnelQuery::Bins *bins = query.binsOf(query.breakdown);
    QStringList order = sizes.keys();
    std::sort(order.begin(), order.end(), [&sizes](const QString &a, const QString &b) {
        return sizes[a] != sizes[b] ? sizes[a] > sizes[b] : a < b;
    });
    if (bins) {
        // Numbers into their bins, labelled by their edges, in the bins' order.
        const Binning binning(*bins, values);
        sizes.clear();
        for (size_t i = 0; i < units.size(); ++i) {
            values[i] = binning.label(values[i]);
            ++sizes[values[i]];
        }
        order = binning.labels();
        order.removeIf([&sizes](const QString &label) { return !sizes.contains(label); });
        if (sizes.contains(QStringLiteral("(none)")))
            order.append(QStringLiteral("(none)"));
    }
    const QStringList top = bins ? order : order.mid(0, query.topN); // bins are few, and each asked for
    QStringList segments = top;
    if (order.size() > top.size())
        segments.append(QStringLiteral("other"));
    const qint64 totalConverted = result.steps.last().count;
    for (const QString &segment : std::as_const(segments)) {
        std::vector<const Unit *> set;
        for (size_t i = 0; i < units.size(); ++i) {
            const bool inTop = top.contains(values[i]);
            if ((inTop && values[i] == segment) || (!inTop && segment == QLatin1String("other")))
                set.push_back(&units[i]);
        }
        FunnelSegment figures;
        figures.value = segment;
        figures.steps = stepFigures(query, found, &set);
        const qint64 n = figures.steps.first().count;
        const qint64 converted = figures.steps.last().count;
        const qint64 otherN = result.steps.first().count - n;
        figures.tooFew = n < 30 || otherN < 30;
        figures.pValue = Statistics::twoProportionPValue(converted, n, totalConverted - converted, otherN);
        result.segments.append(figures);
    }
}

/** The breakdown: each unit's attributed value (Attributor), top N plus "other", each tested. */
void addSegments(const EventTable &table, const FunnelQuery &query, const Units &found, FunnelResult &result)
{
    const LargeVector<Unit> &units = found.units;
    const bool returning = query.breakdown == FunnelQuery::newVsReturning();
    const ValueReader reader(table, query.breakdown);
    const Attributor attributor(table, query, found, table.column(query.breakdown));
    std::vector<QString> values(units.size());
    for (size_t i = 0; i < units.size(); ++i) {
        const Unit &unit = units[i];
        const size_t row = attributor.row(unit);
        if (row == Attributor::npos) {
            values[i] = QStringLiteral("(none)");
        } else if (returning) {
            values[i] = FunnelEngine::isInFirstSession(table, unit.user, row) ? QStringLiteral("new")
                                                                              : QStringLiteral("returning");
        } else {
            values[i] = reader.at(row);
            if (values[i].isEmpty())
                values[i] = QStringLiteral("(none)");
        }
    }
    addSegmentsOf(query, found, std::move(values), result);
}

} // namespace

FunnelResult FunnelEngine::run(const EventTable &table, const FunnelQuery &query, const TaskContext &task)
{
    const Units found = findChains(table, query, task);
    FunnelResult result;
    result.units = qint64(found.units.size());
    result.breakdown = query.breakdown;
    result.steps = stepFigures(query, found);
    addTrendAndDropped(table.lastTs(), table.userKeys(), query, found, int(query.steps.size()), result);
    if (!query.breakdown.isEmpty())
        addSegments(table, query, found, result);
    if (query.comparedPeriod())
        addComparison(query, run(table, query.comparedQuery(), task), result);
    return result;
}

FunnelResult FunnelEngine::fromChains(const FunnelQuery &query, const Chains &chains, qint64 lastTs,
                                      std::shared_ptr<const UserKeys> persons)
{
    const size_t steps = query.steps.size();
    Units found;
    found.units.reserve(chains.levels.size());
    found.times.assign(chains.times.begin(), chains.times.end());
    for (size_t i = 0; i < chains.levels.size(); ++i)
        found.units.push_back({chains.persons[i], chains.levels[i], 0, i * steps});
    FunnelResult result;
    result.units = qint64(found.units.size());
    result.steps = stepFigures(query, found);
    addTrendAndDropped(lastTs, persons, query, found, int(steps), result);
    if (!query.breakdown.isEmpty()) {
        result.breakdown = query.breakdown;
        std::vector<QString> values(chains.values.begin(), chains.values.end());
        for (QString &value : values) {
            if (value.isEmpty())
                value = QStringLiteral("(none)");
        }
        values.resize(found.units.size(), QStringLiteral("(none)"));
        addSegmentsOf(query, found, std::move(values), result);
    }
    return result;
}

void FunnelEngine::addComparison(const FunnelQuery &query, const FunnelResult &other, FunnelResult &result)
{
    const auto period = query.comparedPeriod();
    if (!period)
        return;
    FunnelResult::Comparison comparison;
    comparison.fromMs = period->first;
    comparison.toMs = period->second;
    const QTimeZone zone = LocalCalendar::zoneNamed(query.timezone);
    comparison.firstDay = QDateTime::fromMSecsSinceEpoch(period->first, zone).date();
    comparison.lastDay = QDateTime::fromMSecsSinceEpoch(period->second - 1, zone).date();
    comparison.steps = other.steps;
    for (int k = 0; k < int(result.steps.size()); ++k)
        comparison.deltaPoints.append(100.0 * (result.steps[k].conversion - other.steps[k].conversion));
    const qint64 n = result.steps.first().count;
    const qint64 otherN = other.steps.first().count;
    comparison.tooFew = n < 30 || otherN < 30;
    comparison.pValue = Statistics::twoProportionPValue(result.steps.last().count, n, other.steps.last().count, otherN);
    result.comparison = comparison;
}

} // namespace Funnelscope
