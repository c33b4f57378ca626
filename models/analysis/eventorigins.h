#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

class QDataStream;

namespace Funnelscope {

class EventTable;

/**
 * What each row's event carries besides the reports' columns, stored after them in
 * the same parts (EventSegment::write()), so a report reading the segment never reads
 * it: the event's id as its offset from the import's first (imports.first_event_id),
 * and the anonymous id it came with (users.id; -1: none). With these, a segment and its
 * import's texts (EventTexts) hold every column of the event's row (EventRecords).
 */
struct EventOrigins
{
    /**
     * The id the offsets of import ?1's events count from, in SQL: imports.first_event_id
     * (set for every import with events by migration 14, before its rows are read).
     */
    static constexpr const char *firstIdSql = "(SELECT first_event_id FROM imports WHERE id = ?1)";

    std::vector<quint32> idOffsets;
    std::vector<qint32> anonymousIds;
    /**
     * Writes rows' origins as they come, row after row, in pieces of up to 64K rows: per
     * row a varint of the id offset's distance from one past the row before's (zigzag; 0
     * for ids in order) times two, plus one when the event has an anonymous id, which
     * then follows (0: the id the event came under, else the id + 1). A file in id order
     * without anonymous ids costs a byte an event.
     */
    class Writer
    {
    public:
        explicit Writer(QDataStream &stream);
        void add(qint32 user, quint32 idOffset, qint32 anonymousId);
        void finish();

    private:
        void flush();
        QDataStream &mStream;
        std::vector<char> mPiece;
        size_t mRows = 0;
        qint64 mPrevious = -1;
    };
    void write(QDataStream &stream, const EventTable &table, const std::vector<qint32> &userIds) const;
    /** Reads the origins of @p table's rows (none when the bytes are not theirs). */
    static std::optional<EventOrigins> read(QDataStream &stream, const EventTable &table, const std::vector<qint32> &userIds);
};

} // namespace Funnelscope
