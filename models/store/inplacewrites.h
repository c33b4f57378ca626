#pragma once

namespace Funnelscope {

class Connection;

/**
 * For the scope, a workspace that no other connection has open is written in place (a
 * rollback journal) instead of through its WAL. In WAL mode every page an import writes
 * goes to the WAL and again to the workspace at the checkpoint: 2.2 GB for a 10M-event
 * import of 1.1 GB, and the copy's system time (from 2 to 12 s on this machine) made
 * the import's tail. A page past the workspace's old end, which is nearly all an import
 * writes, needs no journal: it is written once. The journal keeps the old pages that
 * change, so a rollback, a failure or a crash (the next open plays the journal back)
 * leaves the workspace as it was; synchronous is FULL meanwhile (the journal is synced
 * before the workspace is written).
 *
 * The price: while the import writes, a connection that opens the workspace waits for it
 * (Connection's busy wait, "waiting for another import…") instead of reading the events
 * before it. So only when no one else has the file open at the start (SQLite refuses to
 * leave WAL mode otherwise, and this does not wait for it: it keeps the WAL), and only
 * for the command line's import; the window keeps reading during its imports. Must be
 * made and ended outside a transaction. At the end the workspace is in WAL mode again.
 */
class InPlaceWrites
{
public:
    explicit InPlaceWrites(Connection &connection);
    ~InPlaceWrites();
    InPlaceWrites(const InPlaceWrites &) = delete;
    InPlaceWrites &operator=(const InPlaceWrites &) = delete;

    /** Whether the workspace is written in place (else through its WAL, as always). */
    bool active() const { return mActive; }

private:
    Connection &mConnection;
    bool mActive = false;
};

} // namespace Funnelscope
