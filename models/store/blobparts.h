#pragma once

#include <QIODevice>

#include <exception>
#include <future>
#include <memory>
#include <vector>

namespace Funnelscope {

class BlobDevice;
class Connection;

/**
 * A stream of bytes an import keeps in a table of parts (import_id, part, data): one blob
 * holds at most 1 GB in SQLite (the segment of 100M events is 2.5 GB), so the bytes are
 * cut into parts of partBytes, inserted whole (no zeroblob written first and then
 * overwritten), and read back in place as one device.
 */
class BlobParts
{
public:
    /**
     * Just under a MiB: SQLite copies a part into a record of its own before it stores it,
     * and a block of a MiB or more is fresh pages from the system each time
     * (MemoryPolicy), a page fault every 4 KiB; a smaller one reuses the heap's.
     */
    static constexpr qint64 partBytes = (qint64(1) << 20) - (qint64(4) << 10);

    /** Replaces what @p table holds for @p importId by @p bytes (a part each partBytes). */
    static void write(Connection &connection, const char *table, qint64 importId, const char *bytes, qint64 size);

    /**
     * Appends parts to what @p table holds for an import, a part each partBytes written
     * to it: a sequential, write-only device, so a stream (a segment) goes into the
     * workspace as it is made, with no temporary file between. A write the workspace
     * refuses (a full disk) makes the device fail; rethrow() throws that StoreError.
     */
    class Writer : public QIODevice
    {
    public:
        /** How a full part is stored. */
        enum class Storing {
            Inline,
            /**
             * On a thread of its own while the next part is written (one at a time): the
             * caller must not use the connection until finish(), discard() or the end.
             */
            Beside
        };
        /** Removes what @p table held for @p importId; a part each @p partSize bytes. */
        Writer(Connection &connection, const char *table, qint64 importId, Storing storing = Storing::Inline,
               qint64 partSize = partBytes);
        ~Writer() override;
        bool isSequential() const override { return true; }
        /** Stores the last part; throws what a write met. */
        void finish();
        /** Removes what was written (the stream could not be completed). */
        void discard();
        /** Throws the StoreError a write met, if any. */
        void rethrow() const;

    protected:
        qint64 readData(char *, qint64) override { return -1; }
        qint64 writeData(const char *bytes, qint64 size) override;

    private:
        void store();
        void insert(const std::vector<char> &bytes, int part);
        /** Waits for the part stored beside, keeping what it met. */
        void waitForStored();
        Connection &mConnection;
        const char *mTable;
        qint64 mImportId;
        Storing mStoring;
        qint64 mPartSize;
        int mPart = 0;
        std::vector<char> mPending;
        std::vector<char> mBeingStored;   // the part a thread stores (Storing::Beside)
        std::future<void> mStored;
        std::exception_ptr mError;
    };

    /** The imports @p table holds parts of. */
    static std::vector<qint64> imports(Connection &connection, const char *table);
    /** The bytes an import's parts hold, as one device read in place, one part's blob open at a time. */
    class Reader : public QIODevice
    {
    public:
        Reader(Connection &connection, const char *table, std::vector<std::pair<qint64, qint64>> parts);
        ~Reader() override;
        bool isSequential() const override { return false; }
        qint64 size() const override { return mSize; }
        /**
         * Closes the blob it holds open, which keeps its connection in one read transaction
         * (blind to other connections' commits); the next read opens it again.
         */
        void closeBlob();

    protected:
        qint64 readData(char *data, qint64 maxSize) override;
        qint64 writeData(const char *, qint64) override { return -1; }

    private:
        Connection &mConnection;
        const char *mTable;
        std::vector<std::pair<qint64, qint64>> mParts; // rowid, bytes
        qint64 mSize = 0;
        std::unique_ptr<BlobDevice> mOpen;
        size_t mOpenPart = 0;
    };
    /** The bytes @p table holds for @p importId as one device (read in place), or null when it holds none. */
    static std::unique_ptr<Reader> reader(Connection &connection, const char *table, qint64 importId);
};

} // namespace Funnelscope
