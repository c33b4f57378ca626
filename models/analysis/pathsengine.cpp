#include "pathsengine.h"

#include "conditionchecker.h"
#include "eventtable.h"
#include "funnelengine.h"
#include "parallel.h"

#include <algorithm>
#include <unordered_map>

namespace Funnelscope {

namespace {

constexpr qint64 noAnchor = -1; // the person has no start
constexpr qint64 ended = -2;    // the session ended before this step

/** A step's label: the event, and the expanded property's value code + 1 (0: none). */
qint64 labelKey(qint32 type, qint32 value)
{
    return (qint64(type) << 32) | qint64(quint32(value + 1));
}

class PathWalker
{
public:
    PathWalker(const EventTable &table, const PathsQuery &query)
        : mTable(table)
        , mQuery(query)
        , mWidth(size_t(query.steps) + 1)
        , mAnchorType(table.typeCode(query.anchorEvent()))
        , mExpand(query.expand.isEmpty() ? nullptr : table.column(query.expand))
    {
        for (const Condition &condition : query.where)
            mWhere.emplace_back(table, condition);
        for (const Condition &condition : query.eventFilters)
            mAnchorFilters.emplace_back(table, condition);
    }

    size_t width() const { return mWidth; }

    bool kept(size_t row) const { return mWhere.empty() || ConditionChecker::all(mWhere, row); }

    qint64 label(size_t row) const
    {
        return labelKey(mTable.type(row), mExpand ? mExpand->codes[row] : -1);
    }

    /** The first start (end) event of @p user passing the filters and the range; -1 when none. */
    qint64 anchorOf(int user) const
    {
        for (size_t row = mTable.userBegin(user); row < mTable.userEnd(user); ++row) {
            if (mTable.type(row) != mAnchorType || !kept(row))
                continue;
            if (!mAnchorFilters.empty() && !ConditionChecker::all(mAnchorFilters, row))
                continue;
            const qint64 ts = mTable.ts(row);
            if ((mQuery.fromMs && ts < *mQuery.fromMs) || (mQuery.toMs && ts >= *mQuery.toMs))
                continue;
            return qint64(row);
        }
        return -1;
    }

    /** Writes the labels of the path from @p anchor into @p out (width() slots). */
    void walk(int user, size_t anchor, qint64 *out) const
    {
        out[0] = label(anchor);
        size_t filled = 1;
        qint64 previous = out[0];
        size_t last = anchor; // the last kept row of the session so far
        const bool backward = mQuery.direction == PathsQuery::Direction::Backward;
        const size_t begin = mTable.userBegin(user);
        const size_t end = mTable.userEnd(user);
        size_t row = anchor;
        while (filled < mWidth) {
            if (backward ? row == begin : row + 1 >= end)
                break;
            row = backward ? row - 1 : row + 1;
            if (!kept(row))
                continue;
            if (!mTable.sameSession(last, row, mQuery.sessionGapMs))
                break;
            last = row;
            const qint64 key = label(row);
            if (key == previous)
                continue; // A A B → A B
            out[filled++] = key;
            previous = key;
        }
        if (filled < mWidth)
            out[filled++] = ended;
        while (filled < mWidth)
            out[filled++] = noAnchor; // past the end: no node
    }

    QString name(qint64 key) const
    {
        const QString event = mTable.typeNames().value(qint32(key >> 32));
        const qint32 value = qint32(quint32(key & 0xffffffff)) - 1;
        if (!mExpand || value < 0)
            return event;
        return QStringLiteral("%1 · %2").arg(event, mExpand->values.value(value));
    }

private:
    const EventTable &mTable;
    const PathsQuery &mQuery;
    size_t mWidth;
    qint32 mAnchorType;
    const EventTable::TextColumn *mExpand;
    std::vector<ConditionChecker> mWhere;
    std::vector<ConditionChecker> mAnchorFilters;
};

/** The anchor row of every user (or -1): the first start event, or the funnel's drop-off step. */
std::vector<qint64> anchors(const EventTable &table, const PathsQuery &query, const PathWalker &walker,
                            const TaskContext &task)
{
    std::vector<qint64> rows(size_t(table.userCount()), -1);
    if (!query.funnel) {
        Parallel::forRanges(size_t(table.userCount()), [&](int, size_t first, size_t last) {
            for (size_t user = first; user < last; ++user) {
                if ((user & 4095) == 0 && task.isCancelled())
                    return;
                rows[user] = walker.anchorOf(int(user));
            }
        });
        task.throwIfCancelled();
        return rows;
    }
    // Where the drop-offs went: the funnel engine's own chains, counted by person.
    FunnelQuery funnel = *query.funnel;
    funnel.count = FunnelQuery::Count::Users;
    funnel.breakdown.clear();
    const FunnelResult result = FunnelEngine::run(table, funnel, task);
    const qint32 type = table.typeCode(query.anchorEvent());
    for (const DroppedUnit &unit : result.dropped) {
        if (unit.lastStep != query.droppedAfter)
            continue;
        for (size_t row = table.userBegin(unit.person); row < table.userEnd(unit.person); ++row) {
            if (table.ts(row) == unit.lastStepMs && table.type(row) == type) {
                rows[size_t(unit.person)] = qint64(row);
                break;
            }
        }
    }
    return rows;
}

} // namespace

QString PathsEngine::endName(bool backward)
{
    // Names in the data (JSON, CSV), like event names: the same in every language.
    return backward ? QStringLiteral("(start)") : QStringLiteral("(end)");
}

QString PathsEngine::otherName()
{
    return QStringLiteral("(other)");
}

QString PathsEngine::validate(const EventTable &table, const PathsQuery &query)
{
    if (query.funnel) {
        if (query.droppedAfter < 1 || query.droppedAfter >= query.funnel->steps.size())
            return tr("--dropped-after must name a step before the last, 1 to %1.").arg(query.funnel->steps.size() - 1);
        if (const QString problem = FunnelEngine::validate(table, *query.funnel); !problem.isEmpty())
            return problem;
    } else if (table.typeCode(query.event) < 0) {
        return tr("there is no event “%1” in this workspace to start from (its events: %2).").arg(query.event, table.typeNameList());
    }
    if (query.steps < 1 || query.steps > PathsQuery::maxSteps)
        return tr("paths have 1 to %1 steps, not %2.").arg(PathsQuery::maxSteps).arg(query.steps);
    if (query.top < 1 || query.top > PathsQuery::maxTop)
        return tr("each step shows 1 to %1 events, not %2.").arg(PathsQuery::maxTop).arg(query.top);
    if (query.sessionGapMs < PathsQuery::minute)
        return tr("the session gap must be at least a minute.");
    return QString();
}

QStringList PathsEngine::propertiesUsed(const PathsQuery &query)
{
    QStringList names;
    for (const Condition &condition : query.where)
        EventTable::addSourceProperty(names, condition.property);
    for (const Condition &condition : query.eventFilters)
        EventTable::addSourceProperty(names, condition.property);
    EventTable::addSourceProperty(names, query.expand);
    if (query.funnel)
        names += FunnelEngine::propertiesUsed(*query.funnel);
    names.removeDuplicates();
    return names;
}

PathsResult PathsEngine::run(const EventTable &table, const PathsQuery &query, const TaskContext &task)
{
    const PathWalker walker(table, query);
    const size_t width = walker.width();
    const std::vector<qint64> anchorRows = anchors(table, query, walker, task);

    // Each anchored person's labels, step by step.
    std::vector<int> persons;
    for (size_t user = 0; user < anchorRows.size(); ++user) {
        if (anchorRows[user] >= 0)
            persons.push_back(int(user));
    }
    std::vector<qint64> labels(persons.size() * width);
    Parallel::forRanges(persons.size(), [&](int, size_t first, size_t last) {
        for (size_t p = first; p < last; ++p) {
            if ((p & 4095) == 0 && task.isCancelled())
                return;
            walker.walk(persons[p], size_t(anchorRows[size_t(persons[p])]), &labels[p * width]);
        }
    });
    task.throwIfCancelled();

    PathsResult result;
    result.start = query.anchorEvent();
    result.backward = query.direction == PathsQuery::Direction::Backward;
    result.persons = qint64(persons.size());
    result.personKeys = table.userKeys();
    result.personIndex = persons;
    result.personNodes.assign(persons.size() * width, -1);

    // Nodes: at each step the top events by persons, then "(other)", then the end.
    for (size_t step = 0; step < width; ++step) {
        std::unordered_map<qint64, qint64> counts;
        for (size_t p = 0; p < persons.size(); ++p) {
            const qint64 key = labels[p * width + step];
            if (key != noAnchor)
                ++counts[key];
        }
        std::vector<std::pair<qint64, qint64>> ranked; // (key, persons) of events
        qint64 endPersons = 0;
        for (const auto &[key, count] : counts) {
            if (key == ended)
                endPersons = count;
            else
                ranked.emplace_back(key, count);
        }
        std::sort(ranked.begin(), ranked.end(), [&walker](const auto &x, const auto &y) {
            return x.second != y.second ? x.second > y.second : walker.name(x.first) < walker.name(y.first);
        });
        QList<PathsNode> nodes;
        std::unordered_map<qint64, int> nodeOf;
        qint64 otherPersons = 0;
        for (size_t i = 0; i < ranked.size(); ++i) {
            if (int(i) < query.top) {
                nodeOf[ranked[i].first] = int(nodes.size());
                nodes.append({walker.name(ranked[i].first), PathsNode::Kind::Event, ranked[i].second});
            } else {
                otherPersons += ranked[i].second;
            }
        }
        int other = -1;
        if (otherPersons > 0) {
            other = int(nodes.size());
            nodes.append({otherName(), PathsNode::Kind::Other, otherPersons});
        }
        int end = -1;
        if (endPersons > 0) {
            end = int(nodes.size());
            nodes.append({endName(result.backward), PathsNode::Kind::End, endPersons});
        }
        for (size_t p = 0; p < persons.size(); ++p) {
            const qint64 key = labels[p * width + step];
            if (key == noAnchor)
                continue;
            if (key == ended) {
                result.personNodes[p * width + step] = qint8(end);
                continue;
            }
            const auto found = nodeOf.find(key);
            result.personNodes[p * width + step] = qint8(found != nodeOf.end() ? found->second : other);
        }
        result.steps.append(nodes);
    }

    // Edges: every person who has a node at step - 1 that is not an end, to their node at step.
    for (size_t step = 1; step < width; ++step) {
        std::map<std::pair<int, int>, qint64> counts;
        for (size_t p = 0; p < persons.size(); ++p) {
            const int from = result.personNodes[p * width + step - 1];
            const int to = result.personNodes[p * width + step];
            if (from < 0 || to < 0)
                continue;
            ++counts[{from, to}];
        }
        for (const auto &[pair, count] : counts)
            result.edges.append({int(step), pair.first, pair.second, count});
    }
    return result;
}

qsizetype PathsEngine::approximateBytes(const PathsResult &result)
{
    return qsizetype(sizeof(PathsResult)) + qsizetype(result.personIndex.size() * sizeof(int))
        + qsizetype(result.personNodes.size()) + result.edges.size() * qsizetype(sizeof(PathsEdge)) + 64 * 64;
}

QStringList PathsResult::personsAt(int step, int node) const
{
    QStringList keys;
    const size_t width = size_t(steps.size());
    if (width == 0 || !personKeys)
        return keys;
    for (size_t p = 0; p < personIndex.size(); ++p) {
        if (personNodes[p * width + size_t(step)] == node)
            keys.append(personKeys->at(personIndex[p]));
    }
    keys.sort();
    return keys;
}

} // namespace Funnelscope
