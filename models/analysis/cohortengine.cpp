#include "cohortengine.h"

#include "conditionchecker.h"
#include "eventtable.h"
#include "parallel.h"

#include "store/rawvector.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace Funnelscope {

namespace {

/** One user's contribution: cohort, returns per period offset (and breakdown value) by slot. */
struct Member
{
    qint64 cohort = 0;
    qint64 lastReturn = -1; ///< largest period offset with a return
    size_t slot = 0;        ///< its periods' place in Periods (slot * periods), its value's (slot)
};

/**
 * Every member's returns (and revenue, for a revenue grid) per period offset, flat, and
 * its breakdown value: apart, as a grid without a breakdown has none (a QString in every
 * member was 280 MB of the 100M shop's weekly grid).
 */
struct Periods
{
    LargeVector<char> returned;
    LargeVector<double> revenue; ///< empty unless the grid shows revenue
    std::vector<QString> values; ///< empty unless the grid is broken down
};

CohortGrid makeGrid(const QString &value, const std::vector<Member *> &members, const Periods &flat,
                    const CohortQuery &query, qint64 lastPeriod, bool lastIncomplete)
{
    const int periods = query.periods;
    struct Accumulator
    {
        qint64 size = 0;
        std::vector<qint64> counts;
        std::vector<double> revenue;
        std::vector<std::vector<double>> amounts; ///< per offset, the members' revenues that are not 0
    };
    std::map<qint64, Accumulator> cohorts;
    for (const Member *member : members) {
        Accumulator &cohort = cohorts[member->cohort];
        if (cohort.counts.empty()) {
            cohort.counts.assign(size_t(periods), 0);
            cohort.revenue.assign(size_t(periods), 0);
            cohort.amounts.resize(flat.revenue.empty() ? 0 : size_t(periods));
        }
        ++cohort.size;
        const size_t at = member->slot * size_t(periods);
        for (int k = 0; k < periods; ++k) {
            const bool counted = query.mode == CohortQuery::Mode::On ? flat.returned[at + size_t(k)] != 0
                                                                     : member->lastReturn >= k;
            cohort.counts[size_t(k)] += counted ? 1 : 0;
            if (!flat.revenue.empty() && flat.revenue[at + size_t(k)] != 0)
                cohort.amounts[size_t(k)].push_back(flat.revenue[at + size_t(k)]);
        }
    }
    // A cohort's revenue is summed in one order, from the smallest amount up, whatever
    // order its members came in: a server sends them in its own (ClickHouseCohort), and
    // doubles summed in another order can differ in the last bit, and so in a rounded cent.
    for (auto &[index, cohort] : cohorts) {
        for (size_t k = 0; k < cohort.amounts.size(); ++k) {
            std::sort(cohort.amounts[k].begin(), cohort.amounts[k].end());
            for (const double amount : cohort.amounts[k])
                cohort.revenue[k] += amount;
        }
    }

    CohortGrid grid;
    grid.value = value;
    std::vector<qint64> completeSize(size_t(periods), 0);
    std::vector<double> completeSum(size_t(periods), 0);
    const bool revenue = query.metric == CohortQuery::Metric::Revenue;
    for (const auto &[index, cohort] : cohorts) {
        CohortRow row;
        row.start = LocalCalendar::periodStart(index, query.period);
        row.size = cohort.size;
        double running = 0;
        for (int k = 0; k < periods; ++k) {
            const qint64 period = index + k;
            running += cohort.revenue[size_t(k)];
            if (period > lastPeriod) {
                row.counts.append(std::nullopt);
                row.values.append(std::nullopt);
                row.incomplete.append(false);
                continue;
            }
            const bool incomplete = period == lastPeriod && lastIncomplete;
            const double cellRevenue = query.cumulative ? running : cohort.revenue[size_t(k)];
            const double value = revenue ? cellRevenue / double(cohort.size)
                                         : 100.0 * double(cohort.counts[size_t(k)]) / double(cohort.size);
            row.counts.append(cohort.counts[size_t(k)]);
            // Revenues that sum past what a double holds are no number to show.
            row.values.append(std::isfinite(value) ? std::optional<double>(value) : std::nullopt);
            row.incomplete.append(incomplete);
            if (!incomplete) {
                completeSize[size_t(k)] += cohort.size;
                completeSum[size_t(k)] += revenue ? cellRevenue : double(cohort.counts[size_t(k)]);
            }
        }
        grid.cohorts.append(row);
        grid.average.size += cohort.size;
    }
    for (int k = 0; k < periods; ++k) {
        const qint64 n = completeSize[size_t(k)];
        grid.average.incomplete.append(false);
        if (n == 0) {
            grid.average.counts.append(std::nullopt);
            grid.average.values.append(std::nullopt);
        } else {
            grid.average.counts.append(revenue ? std::nullopt : std::optional<qint64>(qint64(completeSum[size_t(k)])));
            const double average = revenue ? completeSum[size_t(k)] / double(n) : 100.0 * completeSum[size_t(k)] / double(n);
            grid.average.values.append(std::isfinite(average) ? std::optional<double>(average) : std::nullopt);
        }
    }
    return grid;
}

/** The grid of every member and, with a breakdown, of each top value and "other". */
void addGrids(const CohortQuery &query, const std::vector<Member *> &members, Periods &flat, qint64 lastPeriod,
              bool lastIncomplete, CohortResult &result)
{
    result.grids.append(makeGrid(QString(), members, flat, query, lastPeriod, lastIncomplete));

    if (!query.breakdown.isEmpty()) {
        for (QString &value : flat.values) {
            if (value.isEmpty())
                value = QStringLiteral("(none)");
        }
        const auto valueOf = [&flat](const Member *member) -> const QString & { return flat.values[member->slot]; };
        QHash<QString, qint64> sizes;
        for (Member *member : members)
            ++sizes[valueOf(member)];
        QStringList order = sizes.keys();
        std::sort(order.begin(), order.end(), [&sizes](const QString &a, const QString &b) {
            return sizes[a] != sizes[b] ? sizes[a] > sizes[b] : a < b;
        });
        const QStringList top = order.mid(0, query.topN);
        QStringList values = top;
        if (order.size() > top.size())
            values.append(QStringLiteral("other"));
        for (const QString &value : std::as_const(values)) {
            std::vector<Member *> set;
            for (Member *member : members) {
                const bool inTop = top.contains(valueOf(member));
                if ((inTop && valueOf(member) == value) || (!inTop && value == QLatin1String("other")))
                    set.push_back(member);
            }
            result.grids.append(makeGrid(value, set, flat, query, lastPeriod, lastIncomplete));
        }
    }
}

} // namespace

QStringList CohortEngine::propertiesUsed(const CohortQuery &query)
{
    QStringList names;
    for (const Condition &condition : query.where)
        EventTable::addSourceProperty(names, condition.property);
    EventTable::addSourceProperty(names, query.breakdown);
    return names;
}

QString CohortEngine::validate(const EventTable &table, const CohortQuery &query)
{
    return validate(table.typeNames(), query);
}

QString CohortEngine::validate(const QStringList &eventNames, const CohortQuery &query)
{
    for (const QString &event : {query.startEvent, query.returnEvent}) {
        if (!event.isEmpty() && !eventNames.contains(event))
            return tr("there is no event “%1” in this workspace (its events: %2).").arg(event, EventTable::nameList(eventNames));
    }
    if (query.periods < 1 || query.periods > CohortQuery::maxPeriods)
        return tr("the number of periods must be between 1 and %1.").arg(CohortQuery::maxPeriods);
    if (!QTimeZone(query.timezone).isValid())
        return tr("“%1” is not a time zone.").arg(QString::fromUtf8(query.timezone));
    return QString();
}

qsizetype CohortEngine::approximateBytes(const CohortResult &result)
{
    qsizetype cells = 0;
    for (const CohortGrid &grid : result.grids)
        cells += (grid.cohorts.size() + 1) * result.periods;
    return 4096 + cells * 40;
}

CohortResult CohortEngine::run(const EventTable &table, const CohortQuery &query, const TaskContext &task)
{
    const LocalCalendar calendar{QTimeZone(query.timezone)};
    const qint32 startType = query.startEvent.isEmpty() ? -1 : table.typeCode(query.startEvent);
    const qint32 returnType = query.returnEvent.isEmpty() ? -1 : table.typeCode(query.returnEvent);
    const EventTable::TextColumn *revenueColumn = table.column(QStringLiteral("revenue"));
    const ValueReader breakdown(table, query.breakdown);

    std::vector<ConditionChecker> where;
    for (const Condition &condition : query.where)
        where.emplace_back(table, condition);
    const auto kept = [&where](size_t row) { return ConditionChecker::all(where, row); };

    // The end of the data: the last event of the table (filters do not move it).
    qint64 lastTs = std::numeric_limits<qint64>::min();
    for (size_t row = 0; row < table.size(); ++row)
        lastTs = std::max(lastTs, table.ts(row));
    CohortResult result;
    result.periods = query.periods;
    result.revenue = query.metric == CohortQuery::Metric::Revenue;
    if (table.size() == 0) {
        result.grids.append(CohortGrid{});
        return result;
    }
    const qint64 lastPeriod = calendar.period(lastTs, query.period);
    const bool lastIncomplete = calendar.periodStartMs(lastPeriod + 1, query.period) - 1 > lastTs;

    // Users split across cores (each part with its own calendar: it caches an offset),
    // the parts joined in user order.
    const bool withRevenue = query.metric == CohortQuery::Metric::Revenue && revenueColumn;
    const size_t periods = size_t(query.periods);
    std::vector<LargeVector<Member>> partMembers(Parallel::maxParts);
    std::vector<Periods> partPeriods(Parallel::maxParts);
    std::vector<char> partRefunds(Parallel::maxParts, 0);
    const int parts = Parallel::forRanges(size_t(table.userCount()), [&](int part, size_t firstUser, size_t lastUser) {
        const LocalCalendar partCalendar = calendar;
        LargeVector<Member> &members = partMembers[size_t(part)];
        Periods &flat = partPeriods[size_t(part)];
        // At most a member per user of the range, reserved at once: grown member by member,
        // the vectors were copied and their fresh pages faulted in at every doubling (the
        // weekly cohort at 10M events took 13 % longer). Pages never written are never made.
        members.reserve(lastUser - firstUser);
        flat.returned.reserve((lastUser - firstUser) * periods);
        if (withRevenue)
            flat.revenue.reserve((lastUser - firstUser) * periods);
        for (int user = int(firstUser); user < int(lastUser); ++user) {
            if ((user & 4095) == 0 && task.isCancelled())
                return; // thrown below, once every part stopped
            Member member;
            bool started = false;
            qint64 startTs = 0;
            for (size_t row = table.userBegin(user); row < table.userEnd(user); ++row) {
                if (!kept(row))
                    continue;
                const qint32 type = table.type(row);
                if (!started) {
                    if (startType >= 0 && type != startType)
                        continue;
                    started = true;
                    startTs = table.ts(row);
                    member.cohort = partCalendar.period(startTs, query.period);
                    member.slot = members.size();
                    flat.returned.resize(flat.returned.size() + periods, 0);
                    if (withRevenue)
                        flat.revenue.resize(flat.revenue.size() + periods, 0.0);
                    if (!query.breakdown.isEmpty())
                        flat.values.push_back(breakdown.at(row));
                }
                const qint64 offset = partCalendar.period(table.ts(row), query.period) - member.cohort;
                if (offset < 0)
                    continue;
                // Revenue is every event's (a refund's is negative: the grid is net of
                // refunds), whichever event counts as a return.
                if (withRevenue && offset < query.periods && revenueColumn->codes[row] >= 0) {
                    const double amount = revenueColumn->values[revenueColumn->codes[row]].toDouble();
                    flat.revenue[member.slot * periods + size_t(offset)] += amount;
                    if (amount < 0)
                        partRefunds[size_t(part)] = 1;
                }
                if (returnType >= 0 && type != returnType)
                    continue;
                member.lastReturn = std::max(member.lastReturn, offset);
                if (offset < query.periods)
                    flat.returned[member.slot * periods + size_t(offset)] = 1;
            }
            if (started)
                members.push_back(std::move(member));
        }
    });
    task.throwIfCancelled();
    result.netOfRefunds = std::find(partRefunds.begin(), partRefunds.end(), 1) != partRefunds.end();
    // The members stay in their parts, named in user order (moving them into one vector
    // copied 48 bytes a user into fresh pages); their periods join in one array, a
    // member's slot moved by the members of the parts before its own.
    std::vector<Member *> members;
    Periods flat;
    size_t total = 0;
    for (int part = 0; part < parts; ++part)
        total += partMembers[size_t(part)].size();
    members.reserve(total);
    flat.returned.reserve(total * periods);
    if (withRevenue)
        flat.revenue.reserve(total * periods);
    for (int part = 0; part < parts; ++part) {
        const size_t base = members.size();
        for (Member &member : partMembers[size_t(part)]) {
            member.slot += base;
            members.push_back(&member);
        }
        Periods &from = partPeriods[size_t(part)];
        flat.returned.insert(flat.returned.end(), from.returned.begin(), from.returned.end());
        flat.revenue.insert(flat.revenue.end(), from.revenue.begin(), from.revenue.end());
        flat.values.insert(flat.values.end(), std::make_move_iterator(from.values.begin()), std::make_move_iterator(from.values.end()));
        from = {};
    }

    addGrids(query, members, flat, lastPeriod, lastIncomplete, result);
    return result;
}

CohortResult CohortEngine::fromMembers(const CohortQuery &query, const Members &given, std::optional<qint64> dataEnd)
{
    const LocalCalendar calendar{QTimeZone(query.timezone)};
    CohortResult result;
    result.periods = query.periods;
    result.revenue = query.metric == CohortQuery::Metric::Revenue;
    // No members where there are events (a filter passed none of them) is run()'s grid of
    // empty periods; only a workspace without events has the empty grid.
    if (!dataEnd) {
        result.grids.append(CohortGrid{});
        return result;
    }
    const qint64 lastTs = *dataEnd;
    const qint64 lastPeriod = calendar.period(lastTs, query.period);
    const bool lastIncomplete = calendar.periodStartMs(lastPeriod + 1, query.period) - 1 > lastTs;
    const size_t periods = size_t(query.periods);
    std::vector<Member> members(given.cohorts.size());
    Periods flat;
    flat.returned.assign(members.size() * periods, 0);
    if (query.metric == CohortQuery::Metric::Revenue) {
        flat.revenue.assign(members.size() * periods, 0.0);
        result.netOfRefunds = given.netOfRefunds;
    }
    for (size_t i = 0; i < members.size(); ++i) {
        if (!flat.revenue.empty() && i < given.revenue.size()) {
            for (size_t k = 0; k < std::min(periods, given.revenue[i].size()); ++k)
                flat.revenue[i * periods + k] = given.revenue[i][k];
        }
        members[i].cohort = given.cohorts[i];
        members[i].lastReturn = given.lastReturns[i];
        members[i].slot = i;
        if (!given.values.empty())
            flat.values.push_back(given.values[i]);
        for (int offset : given.returned[i]) {
            if (offset >= 0 && size_t(offset) < periods)
                flat.returned[i * periods + size_t(offset)] = 1;
        }
    }
    std::vector<Member *> named;
    named.reserve(members.size());
    for (Member &member : members)
        named.push_back(&member);
    addGrids(query, named, flat, lastPeriod, lastIncomplete, result);
    return result;
}

} // namespace Funnelscope
