#include "insightsengine.h"

#include "conditionchecker.h"
#include "eventtable.h"
#include "parallel.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace Funnelscope {

InsightsSignal::Strength InsightsSignal::strength() const
{
    const double size = std::abs(phi);
    return size >= 0.4 ? Strength::Strong : size >= 0.3 ? Strength::Moderate : size >= 0.2 ? Strength::Weak : Strength::None;
}

QString InsightsSignal::label() const
{
    QString text = event;
    if (!property.isEmpty())
        text += QStringLiteral("[%1=%2]").arg(property, value);
    if (minTimes > 1)
        text += QStringLiteral(" ×%1").arg(minTimes);
    return text;
}

namespace {

/** The exposed persons of one candidate: converted (a) or not (b), and the converted ones' revenue. */
struct Cell
{
    qint64 a = 0;
    qint64 b = 0;
    double revenue = 0;
    double revenueSquares = 0;

    void add(const Cell &other)
    {
        a += other.a;
        b += other.b;
        revenue += other.revenue;
        revenueSquares += other.revenueSquares;
    }
};

/** What a range of persons adds up to; parts are joined by add(). */
struct Tally
{
    qint64 persons = 0;
    qint64 converted = 0;
    double convertedRevenue = 0;
    double convertedSquares = 0;
    std::vector<Cell> events; ///< [type * levels + level]
    std::unordered_map<quint64, Cell> values; ///< key(property, type, value code), at minTimes

    void add(const Tally &other)
    {
        persons += other.persons;
        converted += other.converted;
        convertedRevenue += other.convertedRevenue;
        convertedSquares += other.convertedSquares;
        for (size_t i = 0; i < events.size(); ++i)
            events[i].add(other.events[i]);
        for (const auto &[key, cell] : other.values)
            values[key].add(cell);
    }
};

quint64 valueKey(int property, qint32 type, qint32 code)
{
    return (quint64(quint32(property)) << 56) | (quint64(quint32(type)) << 32) | quint64(quint32(code));
}

/** Reads every person once: population, outcome, exposure, revenue (DESIGN.md, "Insights"). */
class PersonScan
{
public:
    PersonScan(const EventTable &table, const InsightsQuery &query)
        : mTable(table)
        , mQuery(query)
        , mTarget(table.typeCode(query.target))
        , mLevels(query.levels())
        , mTypeCount(size_t(table.typeNames().size()))
    {
        for (const Condition &condition : query.where)
            mWhere.emplace_back(table, condition);
        for (const Condition &condition : query.targetFilters)
            mTargetFilters.emplace_back(table, condition);
        for (const QString &property : query.properties)
            mColumns.push_back(table.column(property));
        if (const EventTable::TextColumn *revenue = table.column(QStringLiteral("revenue"))) {
            mRevenueCodes = &revenue->codes;
            for (const QString &value : revenue->values) {
                const double amount = value.toDouble();
                mRevenueValues.push_back(std::isfinite(amount) ? amount : 0);
            }
        }
    }

    Tally emptyTally() const
    {
        Tally tally;
        tally.events.resize(mTypeCount * size_t(mLevels.size()));
        return tally;
    }

    /** What scan() reuses from one person to the next (one per thread). */
    struct Scratch
    {
        std::vector<size_t> kept;    ///< the person's rows in the horizon that pass the filters
        std::vector<int> counts;     ///< per event type, before the outcome
        std::vector<qint32> touched; ///< the types counts holds
        std::unordered_map<quint64, int> valueCounts;
    };

    Scratch scratch() const
    {
        Scratch scratch;
        scratch.counts.assign(mTypeCount, 0);
        return scratch;
    }

    void scan(int user, Tally &tally, Scratch &scratch) const
    {
        std::vector<int> &counts = scratch.counts;
        std::vector<qint32> &touched = scratch.touched;
        std::unordered_map<quint64, int> &valueCounts = scratch.valueCounts;
        const size_t begin = mTable.userBegin(user);
        const size_t end = mTable.userEnd(user);
        const auto kept = [this](size_t row) { return mWhere.empty() || ConditionChecker::all(mWhere, row); };
        size_t first = begin;
        while (first < end && !kept(first))
            ++first;
        if (first == end)
            return; // no event: not in the population
        const qint64 start = mTable.ts(first);
        if ((mQuery.fromMs && start < *mQuery.fromMs) || (mQuery.toMs && start >= *mQuery.toMs))
            return;
        const qint64 horizon = start + qint64(mQuery.withinDays) * InsightsQuery::day;
        qint64 cutoff = horizon;
        bool converted = false;
        double revenue = 0;
        scratch.kept.clear();
        for (size_t row = first; row < end && mTable.ts(row) < horizon; ++row) {
            if (!kept(row))
                continue;
            scratch.kept.push_back(row);
            if (mRevenueCodes && (*mRevenueCodes)[row] >= 0)
                revenue += mRevenueValues[size_t((*mRevenueCodes)[row])];
            if (!converted && mTable.type(row) == mTarget
                && (mTargetFilters.empty() || ConditionChecker::all(mTargetFilters, row))) {
                converted = true;
                cutoff = mTable.ts(row);
            }
        }
        ++tally.persons;
        if (converted) {
            ++tally.converted;
            tally.convertedRevenue += revenue;
            tally.convertedSquares += revenue * revenue;
        }
        // Exposure: strictly before the first target event (or within the horizon).
        for (const size_t row : scratch.kept) {
            if (mTable.ts(row) >= cutoff)
                break;
            const qint32 type = mTable.type(row);
            if (type < 0 || type == mTarget)
                continue;
            if (counts[size_t(type)]++ == 0)
                touched.push_back(type);
            for (size_t p = 0; p < mColumns.size(); ++p) {
                const qint32 code = mColumns[p] ? mColumns[p]->codes[row] : -1;
                if (code >= 0)
                    ++valueCounts[valueKey(int(p), type, code)];
            }
        }
        const auto count = [converted, revenue](Cell &cell) {
            if (converted) {
                ++cell.a;
                cell.revenue += revenue;
                cell.revenueSquares += revenue * revenue;
            } else {
                ++cell.b;
            }
        };
        for (const qint32 type : touched) {
            for (qsizetype k = 0; k < mLevels.size(); ++k) {
                if (counts[size_t(type)] >= mLevels[k])
                    count(tally.events[size_t(type) * size_t(mLevels.size()) + size_t(k)]);
            }
            counts[size_t(type)] = 0;
        }
        touched.clear();
        for (const auto &[key, times] : valueCounts) {
            if (times >= mQuery.minTimes)
                count(tally.values[key]);
        }
        valueCounts.clear();
    }

    size_t typeCount() const { return mTypeCount; }
    const QList<int> &levels() const { return mLevels; }
    const std::vector<const EventTable::TextColumn *> &columns() const { return mColumns; }

private:
    const EventTable &mTable;
    const InsightsQuery &mQuery;
    qint32 mTarget;
    QList<int> mLevels;
    size_t mTypeCount;
    std::vector<ConditionChecker> mWhere;
    std::vector<ConditionChecker> mTargetFilters;
    std::vector<const EventTable::TextColumn *> mColumns;
    const CodeVector *mRevenueCodes = nullptr;
    std::vector<double> mRevenueValues;
};

/** Every person's part, users split across cores, joined. */
Tally tallyPersons(const EventTable &table, const PersonScan &scan, const TaskContext &task)
{
    std::vector<Tally> parts(Parallel::maxParts);
    const int used = Parallel::forRanges(size_t(table.userCount()), [&](int part, size_t firstUser, size_t lastUser) {
        Tally &tally = parts[size_t(part)] = scan.emptyTally();
        PersonScan::Scratch scratch = scan.scratch();
        for (int user = int(firstUser); user < int(lastUser); ++user) {
            if ((user & 4095) == 0 && task.isCancelled())
                return;
            scan.scan(user, tally, scratch);
        }
    });
    task.throwIfCancelled();
    Tally all = std::move(parts[0]);
    for (int part = 1; part < used; ++part)
        all.add(parts[size_t(part)]);
    return all;
}

InsightsSignal signalOf(const Tally &tally, const Cell &cell)
{
    InsightsSignal signal;
    signal.table = {cell.a, cell.b, tally.converted - cell.a, tally.persons - tally.converted - cell.b};
    if (cell.a > 0)
        signal.revenueExposed = cell.revenue / double(cell.a);
    if (signal.table.c > 0)
        signal.revenueNotExposed = (tally.convertedRevenue - cell.revenue) / double(signal.table.c);
    signal.revenueDifference = Statistics::welchInterval(
        Statistics::Sample::fromSums(cell.a, cell.revenue, cell.revenueSquares),
        Statistics::Sample::fromSums(signal.table.c, tally.convertedRevenue - cell.revenue,
                                     tally.convertedSquares - cell.revenueSquares));
    return signal;
}

} // namespace

QStringList InsightsEngine::propertiesUsed(const InsightsQuery &query)
{
    QStringList names;
    for (const Condition &condition : query.where)
        EventTable::addSourceProperty(names, condition.property);
    for (const Condition &condition : query.targetFilters)
        EventTable::addSourceProperty(names, condition.property);
    for (const QString &property : query.properties)
        EventTable::addSourceProperty(names, property);
    return names;
}

QString InsightsEngine::validate(const EventTable &table, const InsightsQuery &query)
{
    if (table.typeCode(query.target) < 0)
        return tr("there is no event “%1” in this workspace to predict (its events: %2).").arg(query.target, table.typeNameList());
    if (query.withinDays < 1 || query.withinDays > InsightsQuery::maxWithinDays)
        return tr("the horizon must be 1 to %1 days, not %2.").arg(InsightsQuery::maxWithinDays).arg(query.withinDays);
    if (query.minTimes < 1)
        return tr("an event counts from once (minimum times ≥ 1).");
    if (query.minPersons < 0 || query.topValues < 1)
        return tr("the minimum of persons cannot be negative, and a property needs at least one value.");
    return QString();
}

void InsightsEngine::complete(InsightsSignal &signal, qsizetype minPersons)
{
    const Statistics::Table &t = signal.table;
    signal.phi = Statistics::phi(t);
    signal.oddsRatio = Statistics::oddsRatio(t);
    signal.oddsRatioInterval = Statistics::oddsRatioInterval(t);
    const auto share = [](qint64 part, qint64 whole) { return whole > 0 ? double(part) / double(whole) : 0.0; };
    signal.ppv = share(t.a, t.a + t.b);
    signal.restConversion = share(t.c, t.c + t.d);
    signal.lift = signal.restConversion > 0 ? std::optional<double>(signal.ppv / signal.restConversion) : std::nullopt;
    signal.sensitivity = share(t.a, t.a + t.c);
    signal.specificity = share(t.d, t.b + t.d);
    signal.pValue = Statistics::fisherExact(t);
    signal.tooFew = signal.exposed() < minPersons;
}

InsightsResult InsightsEngine::run(const EventTable &table, const InsightsQuery &query, const TaskContext &task)
{
    const PersonScan scan(table, query);
    const Tally tally = tallyPersons(table, scan, task);
    InsightsResult result;
    result.target = query.target;
    result.withinDays = query.withinDays;
    result.persons = tally.persons;
    result.converted = tally.converted;

    const qint32 target = table.typeCode(query.target);
    const QList<int> &levels = scan.levels();
    for (qint32 type = 0; type < qint32(scan.typeCount()); ++type) {
        if (type == target)
            continue;
        for (qsizetype k = 0; k < levels.size(); ++k) {
            InsightsSignal signal = signalOf(tally, tally.events[size_t(type) * size_t(levels.size()) + size_t(k)]);
            signal.event = table.typeNames().at(type);
            signal.minTimes = levels[k];
            result.signalList.append(signal);
        }
    }
    // Each property: the top values of each event, by exposed persons.
    for (int p = 0; p < int(query.properties.size()); ++p) {
        const EventTable::TextColumn *column = scan.columns()[size_t(p)];
        if (!column)
            continue;
        QHash<qint32, QList<std::pair<qint32, Cell>>> byType;
        for (const auto &[key, cell] : tally.values) {
            if (int(key >> 56) == p)
                byType[qint32((key >> 32) & 0xFFFFFF)].append({qint32(key & 0xFFFFFFFF), cell});
        }
        for (auto it = byType.begin(); it != byType.end(); ++it) {
            QList<std::pair<qint32, Cell>> &values = it.value();
            std::sort(values.begin(), values.end(), [column](const auto &x, const auto &y) {
                const qint64 ex = x.second.a + x.second.b;
                const qint64 ey = y.second.a + y.second.b;
                return ex != ey ? ex > ey : column->values[x.first] < column->values[y.first];
            });
            for (qsizetype i = 0; i < std::min<qsizetype>(values.size(), query.topValues); ++i) {
                InsightsSignal signal = signalOf(tally, values[i].second);
                signal.event = table.typeNames().at(it.key());
                signal.property = query.properties[p];
                signal.value = column->values[values[i].first];
                signal.minTimes = query.minTimes;
                result.signalList.append(signal);
            }
        }
    }
    std::vector<double> pValues;
    for (InsightsSignal &signal : result.signalList) {
        complete(signal, query.minPersons);
        pValues.push_back(signal.pValue);
    }
    const std::vector<double> adjusted = Statistics::holm(pValues);
    for (qsizetype i = 0; i < result.signalList.size(); ++i)
        result.signalList[i].pAdjusted = adjusted[size_t(i)];
    std::stable_sort(result.signalList.begin(), result.signalList.end(), [](const InsightsSignal &x, const InsightsSignal &y) {
        if (x.tooFew != y.tooFew)
            return !x.tooFew;
        if (x.phi != y.phi)
            return x.phi > y.phi;
        return x.label() < y.label();
    });
    return result;
}

qsizetype InsightsEngine::approximateBytes(const InsightsResult &result)
{
    return 1024 + result.signalList.size() * qsizetype(sizeof(InsightsSignal) + 64);
}

} // namespace Funnelscope
