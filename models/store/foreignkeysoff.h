#pragma once

#include "connection.h"

#include <exception>

namespace Funnelscope {

/**
 * Foreign key checks off for the scope (SQLite takes the setting outside a transaction
 * only, so it goes around one). For writers that keep the references right themselves
 * where checking them costs: an import's events refer to the import it has just written
 * (checking cost a third of the writing), and deleting an import scanned every event for
 * rows of it (the events have no index by import).
 */
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Connection &connection)
        : mConnection(connection)
    {
        mConnection.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff()
    {
        try {
            mConnection.exec("PRAGMA foreign_keys = ON");
        } catch (const std::exception &) {
            // Only a closed connection refuses a pragma; nothing to restore then.
        }
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    Connection &mConnection;
};

} // namespace Funnelscope
