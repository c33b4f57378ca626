#pragma once

#include <QtGlobal>

struct sqlite3;

namespace Funnelscope {

class Connection;
class StoreError;

/**
 * The events' rows rebuilt from what each import keeps without them: the SQL table
 * funnelscope_events (a virtual table; its module has the same name), with the columns of
 * the events table (DESIGN.md, "The events without their SQL rows"). An import's events
 * come from its segment (EventSegment: time, names, session, dimensions, price, revenue,
 * the ids they came under) and the segment's origins (EventOrigins: each row's event id
 * and anonymous id), their dedup keys and properties from its texts (EventTexts); names
 * and values go back to their ids by their texts. Events come in the order of their ids;
 * a condition on id (=, <, <=, >, >=) or on import_id (=) reads only the imports it can
 * match. From schema 14 on it is the workspace's events table itself (`CREATE VIRTUAL
 * TABLE events USING funnelscope_events`; every Connection registers the module), and an
 * import whose segment or origins cannot be read is damage, said as such.
 *
 * Each scan reads the workspace as it is then: a workspace changed by another connection
 * between two queries is read afresh.
 */
class EventRecords
{
public:
    /**
     * Registers the module on @p handle; the table is there as funnelscope_events
     * (eponymous), and `CREATE VIRTUAL TABLE x USING funnelscope_events` makes another
     * name for it. Throws a StoreError when SQLite refuses.
     */
    static void registerModule(sqlite3 *handle);
    /** The error for import @p importId, whose segment or its origins cannot be read. */
    static StoreError damaged(const Connection &connection, qint64 importId);
};

} // namespace Funnelscope
