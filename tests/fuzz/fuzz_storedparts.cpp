// libFuzzer target: the bytes a workspace keeps in its parts, as a damaged file may hold
// them. The first byte picks the format: even, an import's segment (EventSegment::read(),
// what every report reads first, then its rows' origins); odd, a block of dedup keys' texts (EventTexts::Block). Either
// is read or refused, never read past its end or allocated beyond its size.
#include "analysis/eventsegment.h"
#include "store/eventtexts.h"

#include <QBuffer>
#include <QByteArray>
#include <QDataStream>

using namespace Funnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const char *bytes = reinterpret_cast<const char *>(data) + 1;
    const size_t count = size - 1;
    if (data[0] & 1) {
        EventTexts::Block block;
        if (block.decode(bytes, bytes + count)) {
            size_t total = 0;
            for (size_t i = 0; i < block.keys.size(); ++i)
                total += block[i].size();
            (void)total;
        }
        return 0;
    }
    QByteArray array = QByteArray::fromRawData(bytes, qsizetype(count));
    QBuffer buffer(&array);
    buffer.open(QIODevice::ReadOnly);
    QDataStream stream(&buffer);
    const std::optional<EventSegment> segment = EventSegment::read(stream);
    if (segment) {
        // Every event of every user, and every column's value: a code read must name one.
        const EventTable &table = segment->table;
        quint64 sum = 0;
        for (int user = 0; user < table.userCount(); ++user) {
            for (size_t row = table.userBegin(user); row < table.userEnd(user); ++row) {
                sum += quint64(table.ts(row)) + quint64(table.session(row));
                if (table.type(row) >= 0)
                    sum += quint64(table.typeNames()[table.type(row)].size());
            }
            (void)table.userKey(user);
        }
        for (const QString &name : EventTable::fieldColumns()) {
            if (const EventTable::TextColumn *column = table.column(name)) {
                for (size_t row = 0; row < table.size(); ++row)
                    sum += quint64(column->valueAt(row).size());
            }
        }
        // Then its origins, as the events' table reads them (EventRecords).
        if (const std::optional<EventOrigins> origins = EventOrigins::read(stream, table, segment->userIds)) {
            if (origins->idOffsets.size() != table.size() || origins->anonymousIds.size() != table.size())
                __builtin_trap();
        }
        (void)sum;
    }
    return 0;
}
