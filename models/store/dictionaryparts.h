#pragma once

#include "blobparts.h"

#include <QtGlobal>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace Funnelscope {

class Connection;

/**
 * The keys of the users and sessions tables kept a second time as each import's parts
 * (user_parts, session_parts), so that the next import reads its dictionaries as a few
 * blobs instead of millions of rows: SQLite stepped 2.4 million sessions in 0.2 s of the
 * 0.5 s that an append into the 10M shop spent reading them. An entry is a number (a
 * session's id; a user's id times two plus one when it is anonymous), the key's length and
 * its bytes, the numbers as 7-bit groups.
 *
 * The parts are complete when the meta row 'dictionary_parts' is there (it holds their
 * counts); an import that read the tables instead (a workspace from before, or after a
 * removal, which deletes rows of both tables and forgets the parts) stores every key
 * again. EventEncoder reads them, EventWriter writes them.
 */
class DictionaryParts
{
public:
    static constexpr const char *userTable = "user_parts";
    static constexpr const char *sessionTable = "session_parts";

    struct Counts
    {
        qint64 knownUsers = 0;
        qint64 anonymousUsers = 0;
        qint64 sessions = 0;
    };
    /** What the parts hold, or nothing when they do not hold every key. */
    static std::optional<Counts> counts(Connection &connection);
    static void setCounts(Connection &connection, const Counts &counts);
    /** Forgets every part (the tables lost or changed rows). */
    static void clear(Connection &connection);

    /** A user's entry number. */
    static quint64 userNumber(qint64 id, bool anonymous) { return (quint64(id) << 1) | (anonymous ? 1 : 0); }

    /**
     * Calls @p visit(number, key) for each entry of @p table, import by import in the
     * order stored; false (after some calls, maybe) when a part is damaged.
     */
    template<typename Visit>
    static bool read(Connection &connection, const char *table, Visit visit)
    {
        for (const qint64 import : BlobParts::imports(connection, table)) {
            Reader reader(BlobParts::reader(connection, table, import));
            quint64 number = 0;
            std::string_view key;
            while (reader.next(number, key))
                visit(number, key);
            if (reader.damaged())
                return false;
        }
        return true;
    }

    /**
     * An import's entries, stored as they are added (BlobParts::Writer), a part of a
     * megabyte at a time (while an import parses, its writing thread has time for them).
     */
    class Writer
    {
    public:
        Writer(Connection &connection, const char *table, qint64 importId);
        void add(quint64 number, std::string_view key);
        /** Stores the last part. */
        void finish();
        qint64 added() const { return mAdded; }

    private:
        /** Hands the encoded entries to the parts; throws what storing a part met. */
        void flush();

        BlobParts::Writer mParts;
        qint64 mAdded = 0;
        std::vector<char> mBuffer; // entries encoded, a few dozen kilobytes at a time
    };

private:
    /** Entries of one import's parts, read a piece at a time. */
    class Reader
    {
    public:
        explicit Reader(std::unique_ptr<QIODevice> device);
        /** The next entry (its key valid until the next call), or false at the end. */
        bool next(quint64 &number, std::string_view &key);
        bool damaged() const { return mDamaged; }

    private:
        /** Makes the next @p bytes readable at mAt (refilling the buffer); false at the end. */
        bool fill(size_t bytes);
        /** A 7-bit-group number at mAt (at most ten bytes); false when the stream ends in it. */
        bool number(quint64 &value);

        std::unique_ptr<QIODevice> mDevice;
        std::vector<char> mBuffer;
        size_t mAt = 0;
        size_t mEnd = 0;
        bool mDamaged = false;
    };
};

} // namespace Funnelscope
