#include "eventencoder.h"

#include "connection.h"
#include "dedupset.h"
#include "statement.h"

#include <algorithm>

namespace Funnelscope {

namespace {

using Dictionary = EventEncoder::Dictionary;

/** Where a dictionary lives: the table and its text column. */
struct Table
{
    const char *table;
    const char *column;
};

Table tableOf(Dictionary dictionary)
{
    switch (dictionary) {
    case Dictionary::Users: return {"users", "key"};
    case Dictionary::EventTypes: return {"event_types", "name"};
    case Dictionary::Sessions: return {"sessions", "key"};
    default: return {"dimension_values", "value"};
    }
}

} // namespace

const char *EventEncoder::dimensionField(Dictionary dictionary)
{
    switch (dictionary) {
    case Dictionary::Anonymous: return "anonymous_id";
    case Dictionary::Device: return "device";
    case Dictionary::Channel: return "channel";
    case Dictionary::Country: return "country";
    case Dictionary::Product: return "product";
    case Dictionary::Category: return "category";
    case Dictionary::Currency: return "currency";
    default: return nullptr;
    }
}

EventEncoder::EventEncoder(Connection &connection)
{
    qint64 nextDimension = connection.queryInt("SELECT coalesce(max(id), 0) + 1 FROM dimension_values");
    for (int d = 0; d < dictionaryCount; ++d) {
        const auto dictionary = Dictionary(d);
        const Table table = tableOf(dictionary);
        const char *field = dimensionField(dictionary);
        Statement select(connection, std::string("SELECT id, ") + table.column + " FROM " + table.table
                                         + (field ? " WHERE field = ?" : ""));
        if (field)
            select.bindText(1, field);
        while (select.step()) {
            // A damaged workspace may hold a value twice: the first id is the one used.
            if (mIds[size_t(d)].find(select.utf8(1)) < 0)
                mIds[size_t(d)].insert(select.utf8(1), select.int64(0));
        }
        mNextId[size_t(d)] = field ? 0 : connection.queryInt(std::string("SELECT coalesce(max(id), 0) + 1 FROM ") + table.table);
    }
    // The dimensions share one table, so one sequence of ids (kept in the first dimension's slot).
    mNextId[size_t(Dictionary::Anonymous)] = nextDimension;
}

qint64 EventEncoder::idFor(Dictionary dictionary, std::string_view value, std::vector<NewValue> &added)
{
    if (value.empty())
        return -1;
    Last &last = mLast[size_t(dictionary)];
    if (last.id >= 0 && last.value == value)
        return last.id;
    StringIds &ids = mIds[size_t(dictionary)];
    std::string_view stored;
    if (const qint64 found = ids.find(value, &stored); found >= 0) {
        last = {stored, found};
        return found;
    }
    qint64 &next = mNextId[size_t(dimensionField(dictionary) ? Dictionary::Anonymous : dictionary)];
    const qint64 id = next++;
    stored = ids.insert(value, id);
    added.push_back({dictionary, id, stored});
    last = {stored, id};
    return id;
}

void EventEncoder::encode(const EventRecord &record, Encoded &encoded, std::vector<NewValue> &added)
{
    encoded.timestampMs = record.timestampMs;
    auto &ids = encoded.ids;
    ids[size_t(Dictionary::Users)] = idFor(Dictionary::Users, record.user, added);
    ids[size_t(Dictionary::EventTypes)] = idFor(Dictionary::EventTypes, record.event, added);
    ids[size_t(Dictionary::Sessions)] = idFor(Dictionary::Sessions, record.session, added);
    ids[size_t(Dictionary::Anonymous)] = idFor(Dictionary::Anonymous, record.anonymousId, added);
    ids[size_t(Dictionary::Device)] = idFor(Dictionary::Device, record.device, added);
    ids[size_t(Dictionary::Channel)] = idFor(Dictionary::Channel, record.channel, added);
    ids[size_t(Dictionary::Country)] = idFor(Dictionary::Country, record.country, added);
    ids[size_t(Dictionary::Product)] = idFor(Dictionary::Product, record.product, added);
    ids[size_t(Dictionary::Category)] = idFor(Dictionary::Category, record.category, added);
    ids[size_t(Dictionary::Currency)] = idFor(Dictionary::Currency, record.currency, added);
    encoded.price = record.price;
    encoded.revenue = record.revenue;
    encoded.dedupKey = record.dedupKey;
    encoded.properties = record.properties;
    encoded.dedupHash = record.dedupKey.empty() ? 0 : DedupSet::hash(record.dedupKey);
}

std::vector<std::pair<qint64, std::string_view>> EventEncoder::entryViews(Dictionary dictionary) const
{
    std::vector<std::pair<qint64, std::string_view>> result;
    result.reserve(mIds[size_t(dictionary)].size());
    mIds[size_t(dictionary)].forEach([&result](qint64 id, std::string_view text) { result.emplace_back(id, text); });
    // New values come in the order of their ids, after the stored ones (also mostly in order).
    if (!std::is_sorted(result.begin(), result.end()))
        std::sort(result.begin(), result.end());
    return result;
}

void EventEncoder::clear(Dictionary dictionary)
{
    mIds[size_t(dictionary)] = StringIds();
    mLast[size_t(dictionary)] = Last();
}

} // namespace Funnelscope
