#include "eventwriter.h"

#include "connection.h"

namespace Funnelscope {

using Dictionary = EventEncoder::Dictionary;

EventWriter::EventWriter(Connection &connection, qint64 importId)
    : mConnection(connection)
    , mImportId(importId)
    , mEncoder(connection)
    , mInsertEvent(connection,
                   "INSERT INTO events (import_id, ts, user_id, event_type_id, session_id, anonymous_id, "
                   "device_id, channel_id, country_id, product_id, category_id, price, revenue, "
                   "currency_id, dedup_key, properties) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)")
    , mInsertUser(connection, "INSERT INTO users (id, key) VALUES (?, ?)")
    , mInsertEventType(connection, "INSERT INTO event_types (id, name) VALUES (?, ?)")
    , mInsertSession(connection, "INSERT INTO sessions (id, key) VALUES (?, ?)")
    , mInsertDimension(connection, "INSERT INTO dimension_values (id, field, value) VALUES (?, ?, ?)")
    , mStoredKey(connection, "SELECT dedup_key FROM events WHERE id = ?")
{
    Statement keys(mConnection, "SELECT id, dedup_key FROM events WHERE dedup_key IS NOT NULL");
    while (keys.step())
        mDedup.insert(DedupSet::hash(keys.utf8(1)), keys.int64(0));
}

EventWriter::~EventWriter() = default;

void EventWriter::addValues(const std::vector<EventEncoder::NewValue> &values)
{
    for (const EventEncoder::NewValue &value : values) {
        Statement *insert = &mInsertDimension;
        switch (value.dictionary) {
        case Dictionary::Users: insert = &mInsertUser; break;
        case Dictionary::EventTypes: insert = &mInsertEventType; break;
        case Dictionary::Sessions: insert = &mInsertSession; break;
        default: break;
        }
        insert->bind(1, value.id);
        if (const char *field = EventEncoder::dimensionField(value.dictionary)) {
            insert->bindText(2, field, false);
            insert->bindText(3, value.value, false);
        } else {
            insert->bindText(2, value.value, false);
        }
        insert->exec();
    }
}

bool EventWriter::storedBefore(std::string_view dedupKey, quint64 hash)
{
    return mDedup.anyOf(hash, [this, dedupKey](qint64 id) {
        mStoredKey.bind(1, id);
        const bool same = mStoredKey.step() && mStoredKey.utf8(0) == dedupKey;
        mStoredKey.reset();
        return same;
    });
}

bool EventWriter::write(const EventRecord &record)
{
    mAdded.clear();
    mEncoder.encode(record, mEncoded, mAdded);
    addValues(mAdded);
    return write(mEncoded);
}

bool EventWriter::write(const EventEncoder::Encoded &event)
{
    if (!event.dedupKey.empty() && storedBefore(event.dedupKey, event.dedupHash)) {
        ++mDuplicates;
        return false;
    }
    Statement &insert = mInsertEvent;
    const auto bindId = [&insert, &event](int index, Dictionary dictionary) {
        const qint64 id = event.id(dictionary);
        if (id < 0)
            insert.bindNull(index);
        else
            insert.bind(index, id);
    };
    insert.bind(1, mImportId);
    insert.bind(2, event.timestampMs);
    bindId(3, Dictionary::Users);
    bindId(4, Dictionary::EventTypes);
    bindId(5, Dictionary::Sessions);
    bindId(6, Dictionary::Anonymous);
    bindId(7, Dictionary::Device);
    bindId(8, Dictionary::Channel);
    bindId(9, Dictionary::Country);
    bindId(10, Dictionary::Product);
    bindId(11, Dictionary::Category);
    if (event.price)
        insert.bind(12, *event.price);
    else
        insert.bindNull(12);
    if (event.revenue)
        insert.bind(13, *event.revenue);
    else
        insert.bindNull(13);
    bindId(14, Dictionary::Currency);
    if (event.dedupKey.empty())
        insert.bindNull(15);
    else
        insert.bindText(15, event.dedupKey, false);
    if (event.properties.empty())
        insert.bindNull(16);
    else
        insert.bindText(16, event.properties, false);
    insert.exec();
    if (!event.dedupKey.empty())
        mDedup.insert(event.dedupHash, mConnection.lastInsertRowId());
    ++mWritten;
    return true;
}

} // namespace Funnelscope
