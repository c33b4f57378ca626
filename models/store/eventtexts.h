#pragma once

#include "blobparts.h"

#include <QtGlobal>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace Funnelscope {

class Connection;
class Statement;

/**
 * A text of each of an import's events, kept as its parts of a table in the order of the
 * events' ids instead of in their rows (Kind): the dedup keys' texts (the source's event
 * ids, or their contents' hashes) in key_texts, instead of events.dedup_key, which imports
 * before schema 12 filled; the other source columns as JSON (the rows' properties) in
 * property_texts, since schema 13. Front-coded in
 * blocks of blockKeys keys: each key as the length it shares with the one before, then the
 * rest, so ids a source counts up ("e1", "e2", ...) cost about three bytes instead of the
 * seven more a row took (1M demo events: 3.4 MB against 7 MB), and a block is found
 * through a directory at the end of the stream.
 *
 * An import whose events have no text keeps no part; an event without one has an empty text.
 * The SQL function event_key(id) (Function) gives an event's key from its import's part,
 * as the events table's dedup_key column does (EventRecords; migration 14 moved the texts
 * of older imports out of their rows before it dropped them).
 */
class EventTexts
{
public:
    enum class Kind { DedupKeys, Properties };
    /** The table that holds @p kind's parts. */
    static const char *tableOf(Kind kind) { return kind == Kind::DedupKeys ? "key_texts" : "property_texts"; }
    static constexpr size_t blockKeys = 64;
    /**
     * Small parts: a key is read at random (a fingerprint met again), and SQLite reaches a
     * byte of a blob by walking its overflow pages from the start. With BlobParts' 4 MB
     * parts, the 3,200 lookups of an append of 1M to 10M events read about a million pages
     * (a second of system time); with 64 KB, a few each.
     */
    static constexpr qint64 partBytes = qint64(64) << 10;

    /** A block's keys, decoded: views into its own text. */
    struct Block
    {
        std::string text;
        std::vector<std::pair<size_t, size_t>> keys; ///< offset, length
        std::string_view operator[](size_t index) const { return std::string_view(text).substr(keys[index].first, keys[index].second); }
        /** Decodes [@p begin, @p end); false when the bytes are not such a block. */
        bool decode(const char *begin, const char *end);
    };

    /**
     * Writes an import's keys as they come, event after event (all of its events, with an
     * empty key for one without), into its parts: the stream goes into the workspace a part
     * at a time, so a large import's keys never sit in memory whole. The keys written so far
     * are readable (at()): the import compares a key that shares a fingerprint with them.
     */
    class Writer
    {
    public:
        Writer(Connection &connection, qint64 importId, Kind kind = Kind::DedupKeys);
        ~Writer();
        void add(std::string_view key);
        size_t size() const { return mAnyKey ? mCount : mLeadingEmpty; }
        /** The @p index-th key added (valid until the next call). */
        std::string_view at(size_t index);
        /** Stores the rest, the directory and the trailer, naming @p firstId the first key's event; nothing when no event had a key. */
        void finish(qint64 firstId);

    private:
        void encode(std::string_view key);
        void hand(qint64 bytes);
        Connection &mConnection;
        qint64 mImportId;
        Kind mKind;
        std::unique_ptr<BlobParts::Writer> mParts;
        std::vector<quint64> mBlocks; ///< where each block begins in the stream
        std::string mTail;            ///< the stream's bytes after mHanded, not stored yet
        qint64 mHanded = 0;
        std::string mPrevious;
        size_t mCount = 0;        ///< encoded
        size_t mLeadingEmpty = 0; ///< events without a key before the first with one
        bool mAnyKey = false;
        Block mBlock;
        size_t mBlockIndex = size_t(-1);
        std::unique_ptr<QIODevice> mStored; ///< the parts stored, when mStoredHanded was mHanded
        qint64 mStoredHanded = -1;
    };

    /** Any stored event's text of a kind by its id, from its import's parts. */
    class Lookup
    {
    public:
        explicit Lookup(Connection &connection, Kind kind = Kind::DedupKeys);
        ~Lookup();
        /**
         * @p id's text; empty when it has none (or no event has that id). Valid until the
         * next call.
         */
        std::string_view textOf(qint64 id);
        /**
         * Closes the blobs it holds open (BlobParts::Reader::closeBlob(); the block it read
         * last stays decoded): an open blob keeps its connection in one read transaction.
         */
        void release();

    private:
        struct Import;
        Import *importOf(qint64 id);
        Connection &mConnection;
        Kind mKind;
        std::vector<std::unique_ptr<Import>> mImports; ///< by first id
    };

    /**
     * Registers event_key(id) and event_properties(id) on a connection no Function is made
     * on (the sqlite3 shell that loads the extension, funnelscope_events): each call reads
     * the parts as they are, its lookups made again whenever the file changed (SQLite's
     * data version, or the connection's own changes). Freed with the connection.
     */
    static void registerStandalone(sqlite3 *handle);

    /**
     * The SQL function event_key(id) (Kind::DedupKeys) or event_properties(id)
     * (Kind::Properties) on @p connection while this lives: the text its import's part
     * holds, NULL for none. The functions are registered with
     * the connection once (SQLite refuses to replace one while a statement runs, which a
     * caller may be stepping); this names the Lookup they read, the innermost one alive.
     */
    class Function
    {
    public:
        explicit Function(Connection &connection, Kind kind = Kind::DedupKeys);
        ~Function();
        Function(const Function &) = delete;
        Function &operator=(const Function &) = delete;

    private:
        Lookup mLookup;
        Lookup **mSlot;
        Lookup *mPrevious;
    };
};

} // namespace Funnelscope
