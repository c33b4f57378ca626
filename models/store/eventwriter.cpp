#include "eventwriter.h"

#include "connection.h"

namespace Funnelscope {

namespace {

constexpr std::array<const char *, 7> dimensionFields = {
    "anonymous_id", "device", "channel", "country", "product", "category", "currency",
};

} // namespace

EventWriter::EventWriter(Connection &connection, qint64 importId)
    : mConnection(connection)
    , mImportId(importId)
    , mInsertEvent(connection,
                   "INSERT OR IGNORE INTO events (import_id, ts, user_id, event_type_id, "
                   "session_id, anonymous_id, device_id, channel_id, country_id, product_id, "
                   "category_id, price, revenue, currency_id, dedup_key, properties) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)")
{
    load(mUsers, "users");
    load(mEventTypes, "event_types");
    load(mSessions, "sessions");
    for (size_t i = 0; i < mDimensions.size(); ++i)
        load(mDimensions[i], "dimension_values", dimensionFields[i]);
}

EventWriter::~EventWriter() = default;

void EventWriter::load(Dictionary &dictionary, std::string_view table, const std::string &field)
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

qint64 EventWriter::idFor(Dictionary &dictionary, std::string_view value)
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

void EventWriter::bindOptional(int index, Dictionary &dictionary, std::string_view value)
{
    if (value.empty())
        mInsertEvent.bindNull(index);
    else
        mInsertEvent.bind(index, idFor(dictionary, value));
}

bool EventWriter::write(const EventRecord &record)
{
    Statement &insert = mInsertEvent;
    insert.bind(1, mImportId);
    insert.bind(2, record.timestampMs);
    insert.bind(3, idFor(mUsers, record.user));
    insert.bind(4, idFor(mEventTypes, record.event));
    bindOptional(5, mSessions, record.session);
    bindOptional(6, mDimensions[Anonymous], record.anonymousId);
    bindOptional(7, mDimensions[Device], record.device);
    bindOptional(8, mDimensions[Channel], record.channel);
    bindOptional(9, mDimensions[Country], record.country);
    bindOptional(10, mDimensions[Product], record.product);
    bindOptional(11, mDimensions[Category], record.category);
    if (record.price)
        insert.bind(12, *record.price);
    else
        insert.bindNull(12);
    if (record.revenue)
        insert.bind(13, *record.revenue);
    else
        insert.bindNull(13);
    bindOptional(14, mDimensions[Currency], record.currency);
    if (record.dedupKey.empty())
        insert.bindNull(15);
    else
        insert.bindText(15, record.dedupKey, false);
    if (record.properties.empty())
        insert.bindNull(16);
    else
        insert.bindText(16, record.properties, false);
    insert.exec();
    if (mConnection.changes() == 0) {
        ++mDuplicates;
        return false;
    }
    ++mWritten;
    return true;
}

} // namespace Funnelscope
