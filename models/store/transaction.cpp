#include "transaction.h"

#include "connection.h"

namespace Funnelscope {

Transaction::Transaction(Connection &connection)
    : mConnection(connection)
{
    mConnection.exec("BEGIN IMMEDIATE");
    mOpen = true;
}

Transaction::~Transaction()
{
    if (mOpen) {
        try {
            rollback();
        } catch (...) {
            // A failed rollback leaves SQLite to roll back when the connection closes.
        }
    }
}

void Transaction::commit()
{
    mConnection.exec("COMMIT");
    mOpen = false;
}

void Transaction::rollback()
{
    mOpen = false;
    mConnection.exec("ROLLBACK");
}

} // namespace Funnelscope
