#include "eventtablebuilder.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Funnelscope {

namespace {

/** Dense codes for ids: the rank of each id among a dictionary's sorted ids. */
class Ranks
{
public:
    explicit Ranks(const EventTableBuilder::Entries &entries)
    {
        qint64 maxId = 0;
        for (const auto &entry : entries)
            maxId = std::max(maxId, entry.first);
        mCodes.assign(size_t(maxId) + 1, -1);
        for (size_t i = 0; i < entries.size(); ++i)
            mCodes[size_t(entries[i].first)] = qint32(i);
    }
    qint32 operator()(qint32 id) const { return id < 0 || size_t(id) >= mCodes.size() ? -1 : mCodes[size_t(id)]; }

private:
    std::vector<qint32> mCodes;
};

QStringList texts(const EventTableBuilder::Entries &entries)
{
    QStringList result;
    result.reserve(qsizetype(entries.size()));
    for (const auto &entry : entries)
        result.append(QString::fromStdString(entry.second));
    return result;
}

} // namespace

void EventTableBuilder::append(qint64 ts, qint64 user, qint64 type, qint64 session,
                               const std::array<qint64, dimensionCount> &dimensions, double price,
                               double revenue)
{
    Event event{ts, price, revenue, qint32(user), qint32(type), qint32(session), {}};
    for (size_t d = 0; d < dimensionCount; ++d)
        event.dimensions[d] = qint32(dimensions[d]);
    if (mSize % blockEvents == 0)
        mBlocks.push_back(std::make_unique_for_overwrite<Event[]>(blockEvents));
    mBlocks.back()[mSize % blockEvents] = event;
    ++mSize;
}

EventTable EventTableBuilder::build(const Dictionaries &dictionaries)
{
    const size_t count = mSize;
    // Sorted by user id, then time, then event id (the order of arrival): counting sort
    // by user keeps arrival order within a user, a stable sort by time finishes it.
    qint32 maxUser = 0;
    qint32 maxSession = 0;
    for (size_t i = 0; i < count; ++i) {
        maxUser = std::max(maxUser, at(i).user);
        maxSession = std::max(maxSession, at(i).session);
    }
    std::vector<quint32> start(size_t(maxUser) + 2, 0);
    for (size_t i = 0; i < count; ++i)
        ++start[size_t(at(i).user) + 1];
    for (size_t u = 1; u < start.size(); ++u)
        start[u] += start[u - 1];
    std::vector<quint32> order(count);
    {
        std::vector<quint32> next(start.begin(), start.end() - 1);
        for (size_t i = 0; i < count; ++i)
            order[next[size_t(at(i).user)]++] = quint32(i);
    }

    Ranks userRanks(dictionaries.users);
    EventTable table;
    table.mTs.resize(count);
    table.mType.assign(count, qint32(dictionaries.eventTypes.size()));
    table.mSession.assign(count, maxSession);
    table.mTypeNames = texts(dictionaries.eventTypes);
    const Ranks typeRanks(dictionaries.eventTypes);
    std::array<std::shared_ptr<EventTable::TextColumn>, dimensionCount> columns;
    std::vector<Ranks> dimensionRanks;
    for (size_t d = 0; d < dimensionCount; ++d) {
        columns[d] = std::make_shared<EventTable::TextColumn>();
        columns[d]->codes.assign(count, qint32(dictionaries.dimensions[d].size()));
        columns[d]->values = texts(dictionaries.dimensions[d]);
        dimensionRanks.emplace_back(dictionaries.dimensions[d]);
    }
    auto price = std::make_shared<EventTable::TextColumn>();
    auto revenue = std::make_shared<EventTable::TextColumn>();
    price->codes.assign(count);
    revenue->codes.assign(count);
    QHash<double, qint32> priceCodes;
    QHash<double, qint32> revenueCodes;
    const auto numberCode = [](EventTable::TextColumn &column, QHash<double, qint32> &codes, double value) {
        if (std::isnan(value))
            return qint32(-1);
        auto found = codes.constFind(value);
        if (found == codes.cend()) {
            found = codes.insert(value, qint32(column.values.size()));
            column.values.append(QString::number(value, 'g', 15));
        }
        return *found;
    };
    QHash<qint64, QString> userKeys;
    for (const auto &[id, key] : dictionaries.users)
        userKeys.insert(id, QString::fromStdString(key));

    size_t row = 0;
    for (size_t u = 0; u + 1 < start.size(); ++u) {
        const size_t begin = start[u];
        const size_t end = start[u + 1];
        if (begin == end)
            continue;
        std::stable_sort(order.begin() + qsizetype(begin), order.begin() + qsizetype(end),
                         [this](quint32 a, quint32 b) { return at(a).ts < at(b).ts; });
        table.mUserBegin.push_back(row);
        table.mUserKeys.append(userKeys.value(qint64(u)));
        for (size_t i = begin; i < end; ++i, ++row) {
            const Event &event = at(order[i]);
            table.mTs[row] = event.ts;
            table.mType.set(row, typeRanks(event.type));
            table.mSession.set(row, event.session);
            for (size_t d = 0; d < dimensionCount; ++d)
                columns[d]->codes.set(row, dimensionRanks[d](event.dimensions[d]));
            price->codes.set(row, numberCode(*price, priceCodes, event.price));
            revenue->codes.set(row, numberCode(*revenue, revenueCodes, event.revenue));
        }
    }
    table.mUserBegin.push_back(row);
    const char *names[] = {"device", "channel", "country", "product_id", "category", "currency"};
    for (size_t d = 0; d < dimensionCount; ++d)
        table.mColumns.insert(QLatin1String(names[d]), columns[d]);
    table.mColumns.insert(QStringLiteral("price"), price);
    table.mColumns.insert(QStringLiteral("revenue"), revenue);
    mBlocks.clear();
    mSize = 0;
    return table;
}

} // namespace Funnelscope
