#pragma once

#include "dedupset.h"
#include "eventencoder.h"
#include "eventrecord.h"
#include "statement.h"

#include <array>
#include <memory>
#include <vector>

namespace Funnelscope {

class Connection;

/**
 * Writes events into the store inside the caller's transaction, storing each repeated
 * string (user, event name, session, device, ...) once and referring to it by id
 * (EventEncoder). A record whose dedup key is already stored is skipped and counted: the
 * keys live in memory (DedupSet, loaded from the workspace's events at the start), and a
 * key's hash seen before is checked against the stored key. The events table has no
 * index to keep up to date, so writing an event is appending a row.
 *
 * An import encodes on its parsing thread and hands over encoded events with the new
 * dictionary values they brought (addValues(), then write(Encoded)); other callers
 * write EventRecords and the writer encodes them itself. Encoded events are stored
 * rowsPerInsert rows per INSERT (with the ids the writer counts): they must stay valid until flush(),
 * which the import calls before it reuses a batch.
 */
class EventWriter
{
public:
    EventWriter(Connection &connection, qint64 importId);
    ~EventWriter();

    /** Encodes and stores @p record; returns false when it was skipped as a duplicate. */
    bool write(const EventRecord &record);
    /** Stores values the encoder added (before the events that use them). */
    void addValues(const std::vector<EventEncoder::NewValue> &values);
    /** Stores an encoded event (maybe later: see flush()); false when it is a duplicate. */
    bool write(const EventEncoder::Encoded &event);
    /** Stores the events write() has kept back. */
    void flush();
    /** Room for the dedup keys of about @p events more events (an estimate). */
    void expect(size_t events) { mDedup.reserve(mDedup.size() + events); }

    /** The encoder, for encoding on another thread (then not used here meanwhile). */
    EventEncoder &encoder() { return *mEncoder; }
    /**
     * Ends the writing: hands over the encoder (its dictionaries) and frees the dedup
     * keys, so a caller can read and free the dictionaries on another thread while the
     * transaction commits. The writer writes nothing after this.
     */
    std::unique_ptr<EventEncoder> finish();
    qint64 written() const { return mWritten; }
    qint64 duplicates() const { return mDuplicates; }

private:
    static constexpr int rowsPerInsert = 64;
    /** Notes the next event's key; false (nothing noted) when an event has it already. */
    bool addKey(std::string_view dedupKey, quint64 hash);
    void bindEvent(Statement &insert, int first, const EventEncoder::Encoded &event);

    Connection &mConnection;
    qint64 mImportId;
    std::unique_ptr<EventEncoder> mEncoder;
    Statement mInsertEvent;  // one row
    Statement mInsertEvents; // rowsPerInsert rows
    std::vector<const EventEncoder::Encoded *> mPending; // the caller's, valid until flush()
    qint64 mNextId = 1;
    Statement mInsertUser;
    Statement mInsertEventType;
    Statement mInsertSession;
    Statement mInsertDimension;
    Statement mStoredKey; // the dedup key of an event by id
    DedupSet mDedup;
    std::vector<EventEncoder::NewValue> mAdded;
    EventEncoder::Encoded mEncoded;
    qint64 mWritten = 0;
    qint64 mDuplicates = 0;
};

} // namespace Funnelscope
