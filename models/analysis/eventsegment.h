#pragma once

#include "eventorigins.h"
#include "eventtable.h"

#include <QtGlobal>

#include <optional>
#include <unordered_map>
#include <vector>

class QDataStream;

namespace Funnelscope {

class Connection;

/**
 * The events of one import as columns, stored with the import (table event_segments):
 * what EventTable::load() merges into the reports' table. Its "users" are the ids the
 * events came under (users.id, in userIds), not persons: which id belongs to which person
 * can change with any later import, a segment never does. Events are sorted by (user id,
 * time, event id); names, values and numbers are coded by the segment's own lists.
 *
 * An import writes its segment as it stores its events (EventTableBuilder), so appending
 * costs what the new events cost, and removing an import removes its segment with it.
 */
struct EventSegment
{
    EventTable table;
    std::vector<qint32> userIds; ///< users.id of each of the table's users
    std::optional<EventOrigins> origins; ///< read only when asked for (stored())
    qint64 importId = -1;                ///< the import it was read for (stored())
    /** Read with EventTable::Columns::OnDemand: its sessions' and text columns' codes left on disk. */
    bool columnsOnDisk = false;

    /**
     * The segment's bytes (EventTable::serialize()'s, the user ids, the origins when it has
     * them), and back (without the origins: Origins::read() reads them after), with
     * room for @p room events (EventTable::deserialize()).
     */
    void write(QDataStream &stream) const;
    static std::optional<EventSegment> read(QDataStream &stream, size_t room = 0,
                                            EventTable::Columns columns = EventTable::Columns::All);

    /**
     * Steps the rows of import @p importId's events, with their origins: for migration 14,
     * while the events are still rows (from then on the segment is all there is of them).
     */
    static EventSegment fromRows(Connection &connection, qint64 importId);
    /** Stores this segment for import @p importId, in the caller's transaction. */
    void store(Connection &connection, qint64 importId) const;
    /**
     * The segment stored for @p importId, if any that can be read (@p room: read()); with
     * @p withOrigins, only one whose origins can be read too (segments stored before them
     * have none); @p columns: EventTable::load().
     */
    static std::optional<EventSegment> stored(Connection &connection, qint64 importId, size_t room = 0,
                                              bool withOrigins = false,
                                              EventTable::Columns columns = EventTable::Columns::All);
    /** Every import, in order: each has, or should have, a segment (maybe of no events). */
    static std::vector<qint64> importIds(Connection &connection);
    /** Whether every import has its segment. */
    static bool allStored(Connection &connection);
    /**
     * The ids counted for another person than themselves (an anonymous id linked to one
     * known user), by the user_persons view's rule; none with stitching off.
     */
    static std::unordered_map<qint32, qint32> linkedIds(Connection &connection);
};

} // namespace Funnelscope
