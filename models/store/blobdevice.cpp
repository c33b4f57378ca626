#include "blobdevice.h"

#include "connection.h"

#include <sqlite3.h>

namespace Funnelscope {

BlobDevice::BlobDevice(Connection &connection, const char *table, const char *column, qint64 rowId, OpenMode mode)
{
    const int rc = sqlite3_blob_open(connection.handle(), "main", table, column, rowId,
                                     mode.testFlag(QIODevice::WriteOnly) ? 1 : 0, &mBlob);
    if (rc != SQLITE_OK) {
        sqlite3_blob_close(mBlob);
        mBlob = nullptr;
        connection.fail(rc);
    }
    mSize = sqlite3_blob_bytes(mBlob);
    open(mode | QIODevice::Unbuffered);
}

BlobDevice::~BlobDevice()
{
    close();
    sqlite3_blob_close(mBlob);
}

qint64 BlobDevice::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, mSize - pos());
    if (count <= 0)
        return count == 0 ? 0 : -1;
    return sqlite3_blob_read(mBlob, data, int(count), int(pos())) == SQLITE_OK ? count : -1;
}

qint64 BlobDevice::writeData(const char *data, qint64 size)
{
    if (pos() + size > mSize)
        return -1;
    return sqlite3_blob_write(mBlob, data, int(size), int(pos())) == SQLITE_OK ? size : -1;
}

} // namespace Funnelscope
