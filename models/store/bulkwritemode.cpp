#include "bulkwritemode.h"

#include "connection.h"
#include "storeerror.h"

namespace Funnelscope {

BulkWriteMode::BulkWriteMode(Connection &connection, bool alone)
    : mConnection(connection)
{
    mConnection.exec("PRAGMA foreign_keys = OFF");
    if (!alone)
        return;
    try {
        mWithoutLog = mConnection.queryText("PRAGMA journal_mode = DELETE") == QLatin1String("delete");
    } catch (const StoreError &) {
        // Open elsewhere (busy): the write-ahead log stays.
    }
    if (mWithoutLog)
        mConnection.exec("PRAGMA synchronous = FULL");
}

BulkWriteMode::~BulkWriteMode()
{
    try {
        if (mWithoutLog) {
            mConnection.queryText("PRAGMA journal_mode = WAL");
            mConnection.exec("PRAGMA synchronous = NORMAL");
        }
        mConnection.exec("PRAGMA foreign_keys = ON");
    } catch (const std::exception &) {
        // Only a closed or busy connection refuses; the workspace's next opening sets them again.
    }
}

} // namespace Funnelscope
