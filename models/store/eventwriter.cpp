#include "eventwriter.h"

#include "connection.h"
#include "schema.h"

#include <algorithm>

namespace Funnelscope {

namespace {

constexpr std::array<const char *, 7> dimensionFields = {
    "anonymous_id", "device", "channel", "country", "product", "category", "currency",
};

constexpr const char *insertColumns =
    "INTO events (import_id, ts, user_id, event_type_id, session_id, anonymous_id, device_id, "
    "channel_id, country_id, product_id, category_id, price, revenue, currency_id, dedup_key, "
    "properties) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";

} // namespace

EventWriter::EventWriter(Connection &connection, qint64 importId, Mode mode)
    : mConnection(connection)
    , mImportId(importId)
    , mMode(mode)
{
    load(mUsers, "users");
    load(mEventTypes, "event_types");
    load(mSessions, "sessions");
    for (size_t i = 0; i < mDimensions.size(); ++i)
        load(mDimensions[i], "dimension_values", dimensionFields[i]);
    if (mMode == Mode::Bulk) {
        for (const Schema::Index &index : Schema::eventIndexes())
            mConnection.exec("DROP INDEX IF EXISTS " + index.name);
        mInsertEvent = std::make_unique<Statement>(mConnection, std::string("INSERT ") + insertColumns);
        mStoredKey = std::make_unique<Statement>(mConnection, "SELECT dedup_key FROM events WHERE id = ?");
    } else {
        mInsertEvent = std::make_unique<Statement>(mConnection, std::string("INSERT OR IGNORE ") + insertColumns);
    }
}

EventWriter::~EventWriter() = default;

void EventWriter::load(Values &dictionary, std::string_view table, const std::string &field)
{
    const std::string name(table);
    const bool keyed = field.empty();
    const std::string column = keyed ? (name == "event_types" ? "name" : "key") : "value";
    Statement select(mConnection, "SELECT id, " + column + " FROM " + name
                                      + (keyed ? std::string() : " WHERE field = ?"));
    if (!keyed)
        select.bindText(1, field);
    while (select.step())
        dictionary.ids.emplace(std::string(select.utf8(1)), select.int64(0));
    dictionary.field = field;
    const std::string insert = keyed
        ? "INSERT INTO " + name + " (" + column + ") VALUES (?)"
        : "INSERT INTO dimension_values (field, value) VALUES (?, ?)";
    dictionary.insert = std::make_unique<Statement>(mConnection, insert);
}

qint64 EventWriter::idFor(Values &dictionary, std::string_view value)
{
    if (const auto found = dictionary.ids.find(value); found != dictionary.ids.end())
        return found->second;
    Statement &insert = *dictionary.insert;
    if (dictionary.field.empty()) {
        insert.bindText(1, value, false);
    } else {
        insert.bindText(1, dictionary.field, false);
        insert.bindText(2, value, false);
    }
    insert.exec();
    const qint64 id = mConnection.lastInsertRowId();
    dictionary.ids.emplace(std::string(value), id);
    return id;
}

qint64 EventWriter::bindOptional(int index, Values &dictionary, std::string_view value)
{
    if (value.empty()) {
        mInsertEvent->bindNull(index);
        return -1;
    }
    const qint64 id = idFor(dictionary, value);
    mInsertEvent->bind(index, id);
    return id;
}

bool EventWriter::storedBefore(std::string_view dedupKey)
{
    return mDedup.anyOf(DedupSet::hash(dedupKey), [this, dedupKey](quint32 offset) {
        mStoredKey->bind(1, mFirstRowId + qint64(offset));
        const bool same = mStoredKey->step() && mStoredKey->utf8(0) == dedupKey;
        mStoredKey->reset();
        return same;
    });
}

bool EventWriter::write(const EventRecord &record)
{
    if (mMode == Mode::Bulk && !record.dedupKey.empty() && storedBefore(record.dedupKey)) {
        ++mDuplicates;
        return false;
    }
    Statement &insert = *mInsertEvent;
    Ids ids;
    insert.bind(1, mImportId);
    insert.bind(2, record.timestampMs);
    insert.bind(3, ids.user = idFor(mUsers, record.user));
    insert.bind(4, ids.type = idFor(mEventTypes, record.event));
    ids.session = bindOptional(5, mSessions, record.session);
    bindOptional(6, mDimensions[Anonymous], record.anonymousId);
    ids.dimensions[0] = bindOptional(7, mDimensions[Device], record.device);
    ids.dimensions[1] = bindOptional(8, mDimensions[Channel], record.channel);
    ids.dimensions[2] = bindOptional(9, mDimensions[Country], record.country);
    ids.dimensions[3] = bindOptional(10, mDimensions[Product], record.product);
    ids.dimensions[4] = bindOptional(11, mDimensions[Category], record.category);
    if (record.price)
        insert.bind(12, *record.price);
    else
        insert.bindNull(12);
    if (record.revenue)
        insert.bind(13, *record.revenue);
    else
        insert.bindNull(13);
    ids.dimensions[5] = bindOptional(14, mDimensions[Currency], record.currency);
    if (record.dedupKey.empty())
        insert.bindNull(15);
    else
        insert.bindText(15, record.dedupKey, false);
    if (record.properties.empty())
        insert.bindNull(16);
    else
        insert.bindText(16, record.properties, false);
    insert.exec();
    if (mMode == Mode::Incremental && mConnection.changes() == 0) {
        ++mDuplicates;
        return false;
    }
    if (mMode == Mode::Bulk && !record.dedupKey.empty()) {
        const qint64 rowId = mConnection.lastInsertRowId();
        if (mFirstRowId == 0)
            mFirstRowId = rowId;
        mDedup.insert(DedupSet::hash(record.dedupKey), quint32(rowId - mFirstRowId));
    }
    mLastIds = ids;
    ++mWritten;
    return true;
}

void EventWriter::finish()
{
    if (mMode != Mode::Bulk)
        return;
    for (const Schema::Index &index : Schema::eventIndexes())
        mConnection.exec(index.create);
}

std::vector<std::pair<qint64, std::string>> EventWriter::entries(Dictionary which) const
{
    const Values *values = nullptr;
    switch (which) {
    case Dictionary::Users: values = &mUsers; break;
    case Dictionary::EventTypes: values = &mEventTypes; break;
    case Dictionary::Device: values = &mDimensions[Device]; break;
    case Dictionary::Channel: values = &mDimensions[Channel]; break;
    case Dictionary::Country: values = &mDimensions[Country]; break;
    case Dictionary::Product: values = &mDimensions[Product]; break;
    case Dictionary::Category: values = &mDimensions[Category]; break;
    case Dictionary::Currency: values = &mDimensions[Currency]; break;
    }
    std::vector<std::pair<qint64, std::string>> result;
    result.reserve(values->ids.size());
    for (const auto &[value, id] : values->ids)
        result.emplace_back(id, value);
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace Funnelscope
