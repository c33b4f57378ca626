#pragma once

#include "dedupset.h"
#include "dictionaryparts.h"
#include "eventencoder.h"
#include "eventrecord.h"
#include "importtypecounts.h"
#include "eventtexts.h"
#include "statement.h"

#include <array>
#include <future>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace Funnelscope {

class Connection;

/**
 * Writes what the store keeps of an import's events inside the caller's transaction:
 * each repeated string (user, event name, session, device, ...) once, referred to by id
 * (EventEncoder); the events' ids (one range per import, after every other import's);
 * their dedup keys, texts and properties (EventTexts); the links they carry; their counts
 * by name. The events themselves are their import's segment (ImportWriter joins this
 * writer and the segment's builder; DESIGN.md, "What is written where"). An event whose
 * dedup key is already stored is skipped and counted: the keys live in memory (DedupSet,
 * loaded from every import's keys at the start), and a key's hash seen before is checked
 * against the stored key's text.
 *
 * An import encodes on its parsing thread, probes the dedup keys there or while handing
 * a batch over (probeKey()), and gives the writer encoded events with the new dictionary
 * values they brought and what the probe found (addValues(), then write(Encoded,
 * KeyCheck)).
 */
class EventWriter
{
public:
    /**
     * With @p besidePath (the workspace's file, when the caller's transaction has written
     * no events or values yet), the stored dictionaries load partly on another thread
     * (EventEncoder), and with @p keysExpected (the file's events have dedup keys) the
     * stored dedup keys are read from the start on a thread of their own, each through a
     * read-only connection of its own.
     */
    EventWriter(Connection &connection, qint64 importId, const QString &besidePath = {}, bool keysExpected = false);
    ~EventWriter();

    /** Stores values the encoder added (before the events that use them). */
    void addValues(const std::vector<EventEncoder::NewValue> &values);
    /** Stores an encoded event (maybe later: see flush()); false when it is a duplicate. */
    bool write(const EventEncoder::Encoded &event);
    /** Stores an encoded event whose key was probed on another thread; false when it is a duplicate. */
    bool write(const EventEncoder::Encoded &event, const KeyCheck &check);
    /**
     * Records the link @p event carries (its anonymous id belongs to its known user) for
     * this import, once; write() does it for each event it stores, an import calls it for
     * identity calls (Encoded::linkOnly). Stored by flush().
     */
    void link(const EventEncoder::Encoded &event);
    /** Stores the new links. */
    void flush();

    /**
     * Probes the dedup key of the @p offered-th event offered to write() (from 0, duplicates
     * and events without a key included) for write(Encoded, KeyCheck). May run on another
     * thread, one event after another in the order they are offered, while this one
     * probes nothing.
     */
    void probeKey(const EventEncoder::Encoded &event, qint64 offered, KeyCheck &check)
    {
        if (event.dedupKey.empty()) {
            check.isNew = true;
            return;
        }
        if (!mKeysLoaded)
            prepareKeys(0);
        check.isNew = mDedup.insertIfNew(event.dedupHash, mFirstId + offered, check.candidates);
    }
    /**
     * Makes room for @p expected more keys; the first time, reads the stored events' keys
     * (loadKeys()) into a table sized for both. probeKey() does it when needed: an import
     * of events without ids never reads them. Where probeKey() runs.
     */
    void prepareKeys(size_t expected);
    /** The dedup keys, for prefetching them where probeKey() runs. */
    const DedupSet &dedupKeys() const { return mDedup; }
    /** The encoder, for encoding on another thread (then not used here meanwhile). */
    EventEncoder &encoder() { return *mEncoder; }
    /**
     * Records with the import what later imports and its removal read: the dedup keys of
     * the events this writer stored (its row of event_keys: DedupSet entries, nearly in
     * fingerprint order), so the next import reads them as they lie instead of stepping and
     * hashing every stored event's key, and the range of their ids (imports.first_event_id
     * and last_event_id; an import's events are one range), so its removal deletes a range
     * instead of scanning, and its events counted by name (import_types), which the
     * workspace's summary adds up (by the id they came under: EventTableBuilder), and the
     * texts kept beside the rows (EventTexts: dedup keys, properties), which without it are
     * not stored. Call after the last write(), before finish().
     */
    void recordImport();
    /**
     * Ends the writing: hands over the encoder (its dictionaries) and frees the dedup
     * keys, so a caller can read and free the dictionaries on another thread while the
     * transaction commits. The writer writes nothing after this.
     */
    std::unique_ptr<EventEncoder> finish();
    qint64 written() const { return mWritten; }
    /** The events written, counted by event name (what recordImport() stores as import_types). */
    const ImportTypeCounts &typeCounts() const { return mTypeCounts; }
    qint64 duplicates() const { return mDuplicates; }

private:
    static constexpr int rowsPerInsert = 64;
    /** Whether an event stored before (a candidate, or a key that shared a fingerprint) has @p event's key. */
    bool isDuplicate(const EventEncoder::Encoded &event, const std::vector<qint64> &candidates);
    /** The id of the event a ref in the dedup keys names. */
    qint64 idOf(qint64 ref) const;

    /**
     * The dedup keys of the events stored before import @p importId through @p connection,
     * sorted (kept by imports, else stepped from their rows).
     */
    static DedupSet::Entries readKeys(Connection &connection, qint64 importId);

    Connection &mConnection;
    qint64 mImportId;
    // Started before the encoder reads its dictionaries, so both read at once.
    std::future<std::optional<DedupSet::Stored>> mStoredKeys; // read beside: none when that failed
    std::unique_ptr<EventEncoder> mEncoder;
    // The users' and sessions' keys this import adds, kept as its parts as they come
    // (DictionaryParts): the next import reads its dictionaries there.
    std::unique_ptr<DictionaryParts::Writer> mUserParts;
    std::unique_ptr<DictionaryParts::Writer> mSessionParts;
    DictionaryParts::Counts mAddedKeys;
    qint64 mFirstId = 1; // of this writer's first event
    qint64 mNextId = 1;
    qint64 mOffered = 0;
    /** The INSERTs of a dictionary table, and the new values waiting for them. */
    struct ValueInsert
    {
        /** What sits between the id and the text: nothing, the dimension's field, or the users' namespace. */
        enum class Middle { None, Field, Anonymous };
        ValueInsert(Connection &connection, const char *table, Middle middle);
        void run(const std::vector<const EventEncoder::NewValue *> &values);
        Middle middle;
        int columns; // id, (field or anonymous,) text
        Statement one;
        Statement many; // rowsPerInsert rows
        std::vector<const EventEncoder::NewValue *> waiting;
    };
    /** Of the users, event types, sessions and dimension values. */
    std::array<ValueInsert, 4> mInsertValues;
    EventTexts::Writer mKeyTexts;                // of this writer's events
    EventTexts::Writer mPropertyTexts;           // of this writer's events
    std::unique_ptr<EventTexts::Lookup> mStoredKeyTexts; // of the events before, when first compared
    void writeLinks();
    struct PairHash
    {
        size_t operator()(const std::pair<qint64, qint64> &pair) const
        {
            return std::hash<qint64>()(pair.first * 1000003 + pair.second);
        }
    };
    std::unordered_set<std::pair<qint64, qint64>, PairHash> mLinks; // (alias, person) of this import
    std::vector<std::pair<qint64, qint64>> mNewLinks;                // not stored yet
    std::pair<qint64, qint64> mLastLink{-1, -1};
    Statement mInsertLink;
    Statement mInsertLinks; // rowsPerInsert pairs
    DedupSet mDedup;
    bool mKeysLoaded = false;
    std::vector<qint64> mSkipped; // the offers that were duplicates, in order
    /** Keys that shared a fingerprint with another key, so were not probed into mDedup: hash, id. */
    std::unordered_multimap<quint64, qint64> mSharedPrints;
    KeyCheck mCheck;
    ImportTypeCounts mTypeCounts; // of the events written
    qint64 mWritten = 0;
    qint64 mDuplicates = 0;
};

} // namespace Funnelscope
