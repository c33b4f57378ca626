#pragma once

#include <QIODevice>

#include <string>

struct sqlite3_blob;

namespace Funnelscope {

class Connection;

/**
 * A blob of the workspace as a QIODevice, read or written in place through SQLite's
 * incremental blob I/O: a QDataStream over it moves a 250 MB snapshot without a copy of
 * it in memory. Writing needs the blob's size first (a zeroblob of it in the row).
 */
class BlobDevice : public QIODevice
{
public:
    /** Opens @p table.@p column of row @p rowId; throws StoreError when it cannot. */
    BlobDevice(Connection &connection, const char *table, const char *column, qint64 rowId, OpenMode mode);
    ~BlobDevice() override;

    bool isSequential() const override { return false; }
    qint64 size() const override { return mSize; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    sqlite3_blob *mBlob = nullptr;
    qint64 mSize = 0;
};

/** A device that only counts what is written to it: the size a serialization will take. */
class CountingDevice : public QIODevice
{
public:
    CountingDevice() { open(QIODevice::WriteOnly); }
    qint64 count() const { return mCount; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        mCount += size;
        return size;
    }

private:
    qint64 mCount = 0;
};

} // namespace Funnelscope
