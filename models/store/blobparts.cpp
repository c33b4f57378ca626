#include "blobparts.h"

#include "blobdevice.h"
#include "connection.h"
#include "statement.h"
#include "storeerror.h"

#include <algorithm>

namespace Funnelscope {

namespace {

/** The parts of one import as one read-only device: each read is filled across parts. */
} // namespace

BlobParts::Writer::Writer(Connection &connection, const char *table, qint64 importId, Storing storing, qint64 partSize)
    : mConnection(connection)
    , mTable(table)
    , mImportId(importId)
    , mStoring(storing)
    , mPartSize(std::max<qint64>(1, partSize))
{
    discard();
    mPending.reserve(size_t(mPartSize));
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

BlobParts::Writer::~Writer()
{
    waitForStored(); // the thread uses the connection: never beyond this device
}

qint64 BlobParts::Writer::writeData(const char *bytes, qint64 size)
{
    // A StoreError must not unwind through QIODevice and QDataStream: kept, and the device fails.
    if (mError)
        return -1;
    try {
        for (qint64 left = size; left > 0;) {
            const qint64 count = std::min(mPartSize - qint64(mPending.size()), left);
            mPending.insert(mPending.end(), bytes, bytes + count);
            bytes += count;
            left -= count;
            if (qint64(mPending.size()) == mPartSize)
                store();
            if (mError)
                return -1;
        }
    } catch (const StoreError &) {
        mError = std::current_exception();
        return -1;
    }
    return size;
}

void BlobParts::Writer::finish()
{
    waitForStored();
    rethrow();
    if (!mPending.empty() || mPart == 0)
        insert(mPending, mPart++); // an empty stream is one empty part: the import has its row
    mPending = {};
    mBeingStored = {};
}

void BlobParts::Writer::discard()
{
    waitForStored();
    Statement remove(mConnection, std::string("DELETE FROM ") + mTable + " WHERE import_id = ?");
    remove.bind(1, mImportId);
    remove.exec();
    mPending.clear();
    mPart = 0;
}

void BlobParts::Writer::rethrow() const
{
    if (mError)
        std::rethrow_exception(mError);
}

void BlobParts::Writer::store()
{
    if (mStoring == Storing::Inline) {
        insert(mPending, mPart++);
        mPending.clear();
        return;
    }
    // SQLite copies the part into its pages and the kernel into the file: on a thread of its
    // own, while the caller makes the next part (a segment's sorted columns).
    waitForStored();
    if (mError)
        return;
    std::swap(mPending, mBeingStored);
    mPending.clear();
    mPending.reserve(size_t(mPartSize));
    mStored = std::async(std::launch::async, [this, part = mPart++] { insert(mBeingStored, part); });
}

void BlobParts::Writer::insert(const std::vector<char> &bytes, int part)
{
    Statement insert(mConnection, std::string("INSERT INTO ") + mTable + " (import_id, part, data) VALUES (?, ?, ?)");
    insert.bind(1, mImportId);
    insert.bind(2, qint64(part));
    insert.bindBlob(3, bytes.data(), qint64(bytes.size()));
    insert.exec();
}

void BlobParts::Writer::waitForStored()
{
    if (!mStored.valid())
        return;
    try {
        mStored.get();
    } catch (...) { // a StoreError, as an inline store's; rethrow() gives it
        if (!mError)
            mError = std::current_exception();
    }
}

void BlobParts::write(Connection &connection, const char *table, qint64 importId, const char *bytes, qint64 size)
{
    Writer writer(connection, table, importId);
    writer.write(bytes, size);
    writer.finish();
}

std::vector<qint64> BlobParts::imports(Connection &connection, const char *table)
{
    std::vector<qint64> ids;
    Statement select(connection, std::string("SELECT DISTINCT import_id FROM ") + table + " ORDER BY import_id");
    while (select.step())
        ids.push_back(select.int64(0));
    return ids;
}

BlobParts::Reader::Reader(Connection &connection, const char *table, std::vector<std::pair<qint64, qint64>> parts)
    : mConnection(connection)
    , mTable(table)
    , mParts(std::move(parts))
{
    for (const auto &part : mParts)
        mSize += part.second;
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

BlobParts::Reader::~Reader() = default;

void BlobParts::Reader::closeBlob()
{
    mOpen.reset();
}

qint64 BlobParts::Reader::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    qint64 at = pos();
    while (done < maxSize && at < mSize) {
        // The part holding byte @p at.
        qint64 start = 0;
        size_t part = 0;
        while (part < mParts.size() && start + mParts[part].second <= at)
            start += mParts[part++].second;
        if (part >= mParts.size())
            break;
        if (!mOpen || mOpenPart != part) {
            mOpen = std::make_unique<BlobDevice>(mConnection, mTable, "data", mParts[part].first, QIODevice::ReadOnly);
            mOpenPart = part;
        }
        const qint64 count = std::min(maxSize - done, mParts[part].second - (at - start));
        if (!mOpen->seek(at - start) || mOpen->read(data + done, count) != count)
            return -1;
        done += count;
        at += count;
    }
    return done;
}

std::unique_ptr<BlobParts::Reader> BlobParts::reader(Connection &connection, const char *table, qint64 importId)
{
    std::vector<std::pair<qint64, qint64>> parts;
    Statement select(connection, std::string("SELECT rowid, length(data) FROM ") + table + " WHERE import_id = ? ORDER BY part");
    select.bind(1, importId);
    while (select.step())
        parts.emplace_back(select.int64(0), select.int64(1));
    if (parts.empty())
        return nullptr;
    return std::make_unique<Reader>(connection, table, std::move(parts));
}

} // namespace Funnelscope
