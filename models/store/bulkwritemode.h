#pragma once

namespace Funnelscope {

class Connection;

/**
 * How a connection writes while it appends millions of events, for as long as this
 * lives (create it outside any transaction; SQLite changes these settings only there):
 *
 * - Foreign keys are not checked: the import's own rows refer to the import it has just
 *   written, and checking that on every event cost a third of the writing (0.6 µs a row).
 * - When @p alone (the command line: nobody else has the workspace open), the events go
 *   straight into the database file with a rollback journal instead of the write-ahead
 *   log, which would hold them until a checkpoint copies them once more: 10 million
 *   events are 900 MB written once instead of twice. Other processes that open the
 *   workspace meanwhile wait (up to the busy timeout) instead of reading alongside. If
 *   the workspace is open elsewhere already, the log stays. Synchronous writes are FULL
 *   meanwhile, as a rollback journal needs to survive a power cut.
 */
class BulkWriteMode
{
public:
    BulkWriteMode(Connection &connection, bool alone);
    ~BulkWriteMode();
    BulkWriteMode(const BulkWriteMode &) = delete;
    BulkWriteMode &operator=(const BulkWriteMode &) = delete;

    /** Whether the events bypass the write-ahead log. */
    bool withoutLog() const { return mWithoutLog; }

private:
    Connection &mConnection;
    bool mWithoutLog = false;
};

} // namespace Funnelscope
