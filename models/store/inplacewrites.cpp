#include "inplacewrites.h"

#include "connection.h"
#include "storeerror.h"

namespace Funnelscope {

InPlaceWrites::InPlaceWrites(Connection &connection)
    : mConnection(connection)
{
    // Leaving WAL mode needs the file to itself: refused at once (not waited for) when
    // another connection has it open.
    if (!mConnection.tryExec("PRAGMA journal_mode = DELETE"))
        return;
    mActive = mConnection.queryText("PRAGMA journal_mode") == QLatin1String("delete");
    if (mActive)
        mConnection.exec("PRAGMA synchronous = FULL");
}

InPlaceWrites::~InPlaceWrites()
{
    if (!mActive)
        return;
    try {
        mConnection.exec("PRAGMA synchronous = NORMAL");
        mConnection.exec("PRAGMA journal_mode = WAL");
    } catch (const StoreError &) {
        // Whoever opens the workspace next puts it in WAL mode (Workspace::configure()).
    }
}

} // namespace Funnelscope
