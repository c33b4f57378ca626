#include "eventwriter.h"

#include "connection.h"

namespace Funnelscope {

using Dictionary = EventEncoder::Dictionary;

namespace {

constexpr int columnCount = 17;

std::string insertSql(int rows)
{
    std::string sql = "INSERT INTO events (id, import_id, ts, user_id, event_type_id, session_id, anonymous_id, "
                      "device_id, channel_id, country_id, product_id, category_id, price, revenue, "
                      "currency_id, dedup_key, properties) VALUES ";
    for (int row = 0; row < rows; ++row) {
        sql += row ? ",(" : "(";
        for (int column = 0; column < columnCount; ++column)
            sql += column ? ",?" : "?";
        sql += ')';
    }
    return sql;
}

} // namespace

EventWriter::EventWriter(Connection &connection, qint64 importId)
    : mConnection(connection)
    , mImportId(importId)
    , mEncoder(std::make_unique<EventEncoder>(connection))
    , mInsertEvent(connection, insertSql(1))
    , mInsertEvents(connection, insertSql(rowsPerInsert))
    , mInsertUser(connection, "INSERT INTO users (id, key) VALUES (?, ?)")
    , mInsertEventType(connection, "INSERT INTO event_types (id, name) VALUES (?, ?)")
    , mInsertSession(connection, "INSERT INTO sessions (id, key) VALUES (?, ?)")
    , mInsertDimension(connection, "INSERT INTO dimension_values (id, field, value) VALUES (?, ?, ?)")
    , mStoredKey(connection, "SELECT dedup_key FROM events WHERE id = ?")
{
    Statement keys(mConnection, "SELECT id, dedup_key FROM events WHERE dedup_key IS NOT NULL");
    while (keys.step())
        mDedup.insert(DedupSet::hash(keys.utf8(1)), keys.int64(0));
    mNextId = mConnection.queryInt("SELECT coalesce(max(id), 0) + 1 FROM events");
    mPending.reserve(rowsPerInsert);
}

EventWriter::~EventWriter() = default;

std::unique_ptr<EventEncoder> EventWriter::finish()
{
    flush();
    mDedup = DedupSet();
    return std::move(mEncoder);
}

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

bool EventWriter::addKey(std::string_view dedupKey, quint64 hash)
{
    const qint64 firstPending = mNextId - qint64(mPending.size());
    return mDedup.insertUnlessAny(hash, mNextId, [this, dedupKey, firstPending](qint64 id) {
        if (id >= firstPending)
            return mPending[size_t(id - firstPending)]->dedupKey == dedupKey;
        mStoredKey.bind(1, id);
        const bool same = mStoredKey.step() && mStoredKey.utf8(0) == dedupKey;
        mStoredKey.reset();
        return same;
    });
}

bool EventWriter::write(const EventRecord &record)
{
    mAdded.clear();
    mEncoder->encode(record, mEncoded, mAdded);
    addValues(mAdded);
    const bool written = write(mEncoded);
    flush(); // the record's texts belong to the caller
    return written;
}

bool EventWriter::write(const EventEncoder::Encoded &event)
{
    if (!event.dedupKey.empty() && !addKey(event.dedupKey, event.dedupHash)) {
        ++mDuplicates;
        return false;
    }
    ++mNextId;
    mPending.push_back(&event);
    if (mPending.size() == size_t(rowsPerInsert))
        flush();
    ++mWritten;
    return true;
}

void EventWriter::flush()
{
    const qint64 first = mNextId - qint64(mPending.size());
    if (mPending.size() == size_t(rowsPerInsert)) {
        for (int row = 0; row < rowsPerInsert; ++row)
            bindEvent(mInsertEvents, row * columnCount, first + row, *mPending[size_t(row)]);
        mInsertEvents.exec();
    } else {
        for (size_t row = 0; row < mPending.size(); ++row) {
            bindEvent(mInsertEvent, 0, first + qint64(row), *mPending[row]);
            mInsertEvent.exec();
        }
    }
    mPending.clear();
}

void EventWriter::bindEvent(Statement &insert, int first, qint64 id, const EventEncoder::Encoded &event)
{
    const auto bindId = [&insert, &event, first](int index, Dictionary dictionary) {
        const qint64 value = event.id(dictionary);
        if (value < 0)
            insert.bindNull(first + index);
        else
            insert.bind(first + index, value);
    };
    insert.bind(first + 1, id);
    insert.bind(first + 2, mImportId);
    insert.bind(first + 3, event.timestampMs);
    bindId(4, Dictionary::Users);
    bindId(5, Dictionary::EventTypes);
    bindId(6, Dictionary::Sessions);
    bindId(7, Dictionary::Anonymous);
    bindId(8, Dictionary::Device);
    bindId(9, Dictionary::Channel);
    bindId(10, Dictionary::Country);
    bindId(11, Dictionary::Product);
    bindId(12, Dictionary::Category);
    if (event.price)
        insert.bind(first + 13, *event.price);
    else
        insert.bindNull(first + 13);
    if (event.revenue)
        insert.bind(first + 14, *event.revenue);
    else
        insert.bindNull(first + 14);
    bindId(15, Dictionary::Currency);
    if (event.dedupKey.empty())
        insert.bindNull(first + 16);
    else
        insert.bindText(first + 16, event.dedupKey, false);
    if (event.properties.empty())
        insert.bindNull(first + 17);
    else
        insert.bindText(first + 17, event.properties, false);
}

} // namespace Funnelscope
