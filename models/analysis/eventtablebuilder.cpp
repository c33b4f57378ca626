#include "eventtablebuilder.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <unordered_map>

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

EventTableBuilder::Dictionaries EventTableBuilder::Dictionaries::of(const EventEncoder &encoder)
{
    Dictionaries dictionaries;
    dictionaries.users = encoder.entries(EventEncoder::Dictionary::Users);
    dictionaries.eventTypes = encoder.entries(EventEncoder::Dictionary::EventTypes);
    for (size_t d = 0; d < dimensionCount; ++d)
        dictionaries.dimensions[d] = encoder.entries(dimensionDictionaries[d]);
    return dictionaries;
}

void EventTableBuilder::reserve(size_t count)
{
    mTs.reserve(count);
    mUser.reserve(count);
    mType.reserve(count);
    mSession.reserve(count);
    for (CodeVector &dimension : mDimensions)
        dimension.reserve(count);
    mPrice.codes.reserve(count);
    mRevenue.codes.reserve(count);
}

void EventTableBuilder::append(const EventEncoder::Encoded &event)
{
    using Dictionary = EventEncoder::Dictionary;
    mTs.push_back(event.timestampMs);
    mUser.push_back(qint32(event.id(Dictionary::Users)));
    mType.push_back(qint32(event.id(Dictionary::EventTypes)));
    mSession.push_back(qint32(event.id(Dictionary::Sessions)));
    for (size_t d = 0; d < dimensionCount; ++d)
        mDimensions[d].push_back(qint32(event.id(dimensionDictionaries[d])));
    mPrice.append(event.price);
    mRevenue.append(event.revenue);
}

void EventTableBuilder::Numbers::append(const std::optional<double> &value)
{
    if (!value || std::isnan(*value)) {
        codes.push_back(-1);
        return;
    }
    if (lastCode < 0 || *value != last) { // runs of one value are common (a product's price)
        auto found = index.find(*value);
        if (found == index.end()) {
            found = index.emplace(*value, qint32(values.size())).first;
            values.push_back(*value);
        }
        last = *value;
        lastCode = found->second;
    }
    codes.push_back(lastCode);
}

EventTable EventTableBuilder::build(const Dictionaries &dictionaries)
{
    // Duplicates the writer skipped are left out: their user is set to none.
    for (const size_t index : mDropped)
        mUser.set(index, -1);
    const size_t count = mTs.size() - mDropped.size();
    mDropped = {};
    // Sorted by user id, then time, then event id (the order of arrival): counting sort
    // by user keeps arrival order within a user, a stable sort by time finishes it.
    qint32 maxUser = 0;
    qint32 maxSession = 0;
    for (size_t i = 0; i < mTs.size(); ++i) {
        maxUser = std::max(maxUser, mUser[i]);
        maxSession = std::max(maxSession, mSession[i]);
    }
    std::vector<quint32> start(size_t(maxUser) + 2, 0);
    for (size_t i = 0; i < mTs.size(); ++i) {
        if (mUser[i] >= 0)
            ++start[size_t(mUser[i]) + 1];
    }
    for (size_t u = 1; u < start.size(); ++u)
        start[u] += start[u - 1];
    std::vector<quint32> order(count);
    {
        std::vector<quint32> next(start.begin(), start.end() - 1);
        for (size_t i = 0; i < mTs.size(); ++i) {
            if (mUser[i] >= 0)
                order[next[size_t(mUser[i])]++] = quint32(i);
        }
    }
    mUser = {};

    EventTable table;
    std::vector<const std::string *> userKeys(start.size(), nullptr);
    for (const auto &[id, key] : dictionaries.users) {
        if (size_t(id) < userKeys.size())
            userKeys[size_t(id)] = &key;
    }
    for (size_t u = 0; u + 1 < start.size(); ++u) {
        const size_t begin = start[u];
        const size_t end = start[u + 1];
        if (begin == end)
            continue;
        const auto byTime = [this](quint32 a, quint32 b) { return mTs[a] < mTs[b]; };
        if (!std::is_sorted(order.begin() + qsizetype(begin), order.begin() + qsizetype(end), byTime))
            std::stable_sort(order.begin() + qsizetype(begin), order.begin() + qsizetype(end), byTime);
        table.mUserBegin.push_back(begin);
        table.mUserKeys.append(userKeys[u] ? QString::fromStdString(*userKeys[u]) : QString());
    }
    table.mUserBegin.push_back(count);
    userKeys = {};

    // Column by column, each source column freed once placed, so memory holds little more
    // than the table.
    table.mTs.resize(count);
    for (size_t row = 0; row < count; ++row)
        table.mTs[row] = mTs[order[row]];
    mTs = {};
    table.mTypeNames = texts(dictionaries.eventTypes);
    const Ranks typeRanks(dictionaries.eventTypes);
    table.mType.assign(count, qint32(dictionaries.eventTypes.size()));
    for (size_t row = 0; row < count; ++row)
        table.mType.set(row, typeRanks(mType[order[row]]));
    mType = {};
    table.mSession.assign(count, maxSession);
    for (size_t row = 0; row < count; ++row)
        table.mSession.set(row, mSession[order[row]]);
    mSession = {};
    for (size_t d = 0; d < dimensionCount; ++d) {
        auto column = std::make_shared<EventTable::TextColumn>();
        column->values = texts(dictionaries.dimensions[d]);
        column->codes.assign(count, qint32(dictionaries.dimensions[d].size()));
        const Ranks ranks(dictionaries.dimensions[d]);
        for (size_t row = 0; row < count; ++row)
            column->codes.set(row, ranks(mDimensions[d][order[row]]));
        mDimensions[d] = {};
        table.mColumns.insert(QLatin1String(EventTable::dimensionColumns[d]), column);
    }
    // Numbers keep the codes they got on arrival (the values' order differs from
    // EventTable::loadRows, their meaning does not).
    for (auto [name, numbers] : {std::pair{"price", &mPrice}, std::pair{"revenue", &mRevenue}}) {
        auto column = std::make_shared<EventTable::TextColumn>();
        column->values.reserve(qsizetype(numbers->values.size()));
        for (const double value : numbers->values)
            column->values.append(QString::number(value, 'g', 15));
        column->codes.assign(count, qint32(numbers->values.size()));
        for (size_t row = 0; row < count; ++row)
            column->codes.set(row, numbers->codes[order[row]]);
        *numbers = {};
        table.mColumns.insert(QLatin1String(name), column);
    }
    return table;
}

} // namespace Funnelscope
