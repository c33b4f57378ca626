#include "eventsegment.h"

#include "snapshotformat.h"

#include "store/blobdevice.h"
#include "store/connection.h"
#include "store/identitysummary.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QDataStream>

namespace Funnelscope {

void EventSegment::write(QDataStream &stream) const
{
    table.serialize(stream);
    SnapshotFormat::writeVector(stream, userIds);
}

std::optional<EventSegment> EventSegment::read(QDataStream &stream)
{
    std::optional<EventTable> table = EventTable::deserialize(stream);
    if (!table)
        return std::nullopt;
    EventSegment segment{std::move(*table), {}};
    if (!SnapshotFormat::readVector(stream, segment.userIds) || stream.status() != QDataStream::Ok
        || segment.userIds.size() != size_t(segment.table.userCount()))
        return std::nullopt;
    return segment;
}

namespace {

/** Makes room for @p bytes as the segment of @p importId and opens it for writing in place. */
std::unique_ptr<BlobDevice> newSegmentBlob(Connection &connection, qint64 importId, qint64 bytes)
{
    Statement store(connection, "INSERT INTO event_segments (import_id, data) VALUES (?, zeroblob(?)) "
                                "ON CONFLICT (import_id) DO UPDATE SET data = excluded.data");
    store.bind(1, importId);
    store.bind(2, bytes);
    store.exec();
    return std::make_unique<BlobDevice>(connection, "event_segments", "data", importId, QIODevice::WriteOnly);
}

} // namespace

void EventSegment::store(Connection &connection, qint64 importId, QIODevice &serialized)
{
    if (!serialized.seek(0))
        connection.fail(10 /* SQLITE_IOERR */, "reading the events' segment");
    const auto blob = newSegmentBlob(connection, importId, serialized.size());
    std::vector<char> piece(size_t(1) << 20);
    for (qint64 left = serialized.size(); left > 0;) {
        const qint64 read = serialized.read(piece.data(), std::min<qint64>(left, qint64(piece.size())));
        if (read <= 0 || blob->write(piece.data(), read) != read)
            connection.fail(10 /* SQLITE_IOERR */, "writing the events' segment");
        left -= read;
    }
}

void EventSegment::store(Connection &connection, qint64 importId) const
{
    CountingDevice counter;
    {
        QDataStream stream(&counter);
        write(stream);
    }
    Transaction transaction(connection);
    {
        const auto blob = newSegmentBlob(connection, importId, counter.count());
        QDataStream stream(blob.get());
        write(stream);
        if (stream.status() != QDataStream::Ok)
            connection.fail(10 /* SQLITE_IOERR */, "writing the events' segment");
    }
    transaction.commit();
}

std::optional<EventSegment> EventSegment::stored(Connection &connection, qint64 importId)
{
    // import_id is the table's rowid: the blob is read in place, with no copy in between.
    Statement exists(connection, "SELECT 1 FROM event_segments WHERE import_id = ?");
    exists.bind(1, importId);
    if (!exists.step())
        return std::nullopt;
    BlobDevice blob(connection, "event_segments", "data", importId, QIODevice::ReadOnly);
    QDataStream stream(&blob);
    return read(stream);
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
    segment.table = EventTable::stepRows(connection, importId, {}, &segment.userIds);
    return segment;
}

} // namespace Funnelscope
