#include "eventsegment.h"

#include "snapshotformat.h"

#include "store/blobparts.h"
#include "store/connection.h"
#include "store/identitysummary.h"
#include "store/statement.h"
#include "store/storeerror.h"


#include <QDataStream>

#include <algorithm>
#include <limits>

namespace Funnelscope {

void EventSegment::write(QDataStream &stream) const
{
    table.serialize(stream);
    SnapshotFormat::writeVector(stream, userIds);
    if (origins)
        origins->write(stream, table, userIds);
}

std::optional<EventSegment> EventSegment::read(QDataStream &stream, size_t room, EventTable::Columns columns)
{
    std::optional<EventTable> table = EventTable::deserialize(stream, room, columns);
    if (!table)
        return std::nullopt;
    EventSegment segment{std::move(*table), {}};
    segment.columnsOnDisk = columns == EventTable::Columns::OnDemand;
    if (!SnapshotFormat::readVector(stream, segment.userIds) || stream.status() != QDataStream::Ok
        || segment.userIds.size() != size_t(segment.table.userCount())
        || std::any_of(segment.userIds.begin(), segment.userIds.end(), [](qint32 id) { return id < 0; }))
        return std::nullopt;
    return segment;
}

void EventSegment::store(Connection &connection, qint64 importId) const
{
    // Streamed into its parts as it is serialized (it may be large).
    BlobParts::Writer parts(connection, "event_segments", importId);
    QDataStream stream(&parts);
    write(stream);
    parts.finish();
    if (stream.status() != QDataStream::Ok)
        connection.fail(10 /* SQLITE_IOERR */, "writing the events' segment");
}

std::optional<EventSegment> EventSegment::stored(Connection &connection, qint64 importId, size_t room, bool withOrigins,
                                                 EventTable::Columns columns)
{
    // Read in place, part after part, with no copy of the whole in between.
    const std::unique_ptr<QIODevice> parts = BlobParts::reader(connection, "event_segments", importId);
    if (!parts)
        return std::nullopt;
    QDataStream stream(parts.get());
    std::optional<EventSegment> segment = read(stream, room, columns);
    if (segment)
        segment->importId = importId;
    if (segment && withOrigins) {
        segment->origins = EventOrigins::read(stream, segment->table, segment->userIds);
        if (!segment->origins)
            return std::nullopt;
    }
    return segment;
}

std::vector<qint64> EventSegment::importIds(Connection &connection)
{
    std::vector<qint64> ids;
    Statement select(connection, "SELECT id FROM imports ORDER BY id");
    while (select.step())
        ids.push_back(select.int64(0));
    return ids;
}

bool EventSegment::allStored(Connection &connection)
{
    return connection.queryInt("SELECT count(*) FROM imports WHERE id NOT IN (SELECT import_id FROM event_segments)")
        == 0;
}

std::unordered_map<qint32, qint32> EventSegment::linkedIds(Connection &connection)
{
    std::unordered_map<qint32, qint32> linked;
    if (!IdentitySummary::isStitching(connection))
        return linked;
    // The user_persons view's rule, over the links alone (the view walks every user).
    Statement select(connection, "SELECT alias_id, min(person_id) FROM identity_links GROUP BY alias_id "
                                 "HAVING count(DISTINCT person_id) = 1");
    while (select.step()) {
        if (select.int64(0) != select.int64(1))
            linked.emplace(qint32(select.int64(0)), qint32(select.int64(1)));
    }
    return linked;
}

EventSegment EventSegment::fromRows(Connection &connection, qint64 importId)
{
    EventSegment segment;
    segment.origins.emplace();
    segment.table = EventTable::stepRows(connection, importId, {}, &segment.userIds, &*segment.origins);
    return segment;
}

} // namespace Funnelscope
