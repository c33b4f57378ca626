#pragma once

#include "codevector.h"

#include <QDataStream>
#include <QIODevice>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace Funnelscope::SnapshotFormat {

// How EventTable's snapshot is laid out (EventTable::serialize(), EventTableBuilder::write()):
// magic, version, user keys, event names, times, event codes, session codes, where each
// user's events begin, then the text columns (name, values, codes).
constexpr quint32 magic = 0x464E5354; // 'FNST'
constexpr quint32 version = 5; // 3: codes (types, sessions, columns) 1, 2 or 4 bytes wide;
                               // 4: user keys in three blocks (UserKeys::write());
                               // 5: an import's segment, its users the ids (EventSegment)

/**
 * The bytes left on @p stream's device: no count read from the stream may promise more
 * values than these can hold, or a damaged count allocates gigabytes before the read fails.
 */
inline qint64 bytesLeft(const QDataStream &stream)
{
    const QIODevice *device = stream.device();
    return device ? device->size() - device->pos() : 0;
}

template<typename T, typename Allocator>
void writeVector(QDataStream &stream, const std::vector<T, Allocator> &values)
{
    stream << quint64(values.size());
    stream.writeRawData(reinterpret_cast<const char *>(values.data()), int(values.size() * sizeof(T)));
}

/**
 * Reads what writeVector() wrote into @p values, with room for @p room values when that is
 * more (what a merge fills the rest of in place: EventTable::merge()).
 */
template<typename T, typename Allocator>
bool readVector(QDataStream &stream, std::vector<T, Allocator> &values, size_t room = 0)
{
    quint64 count = 0;
    stream >> count;
    if (stream.status() != QDataStream::Ok || count > quint64(bytesLeft(stream)) / sizeof(T))
        return false;
    if (room > count)
        values.reserve(room);
    values.resize(size_t(count));
    const qint64 bytes = qint64(count * sizeof(T));
    return bytes == 0 || stream.readRawData(reinterpret_cast<char *>(values.data()), int(bytes)) == bytes;
}

/**
 * Skips @p bytes of @p stream (in steps QDataStream can count: a column of 100M events'
 * times is more than 2 GB); false when fewer are left.
 */
inline bool skipRaw(QDataStream &stream, quint64 bytes)
{
    if (bytes > quint64(bytesLeft(stream))) {
        stream.setStatus(QDataStream::ReadPastEnd);
        return false;
    }
    while (bytes > 0) {
        const int step = int(std::min<quint64>(bytes, quint64(1) << 30));
        if (stream.skipRawData(step) != step)
            return false;
        bytes -= quint64(step);
    }
    return stream.status() == QDataStream::Ok;
}

/** Skips what writeVector() wrote. */
template<typename T>
bool skipVector(QDataStream &stream)
{
    quint64 count = 0;
    stream >> count;
    return stream.status() == QDataStream::Ok && count <= quint64(bytesLeft(stream)) / sizeof(T)
        && skipRaw(stream, count * sizeof(T));
}

/**
 * Reads a list of strings written as `stream << list` (a 32-bit count, then each string).
 * QDataStream's own reader reserves the count first: a damaged one asked for 96 GB
 * (fuzz_storedparts). A string takes at least its 4-byte length, so a count the bytes
 * left cannot hold is refused before anything is reserved.
 */
inline bool readStrings(QDataStream &stream, QStringList &strings)
{
    strings.clear();
    quint32 count = 0;
    stream >> count;
    if (stream.status() != QDataStream::Ok || qint64(count) > bytesLeft(stream) / 4) {
        stream.setStatus(QDataStream::ReadCorruptData);
        return false;
    }
    strings.reserve(qsizetype(count));
    for (quint32 i = 0; i < count; ++i) {
        QString string;
        stream >> string;
        if (stream.status() != QDataStream::Ok)
            return false;
        strings.append(std::move(string));
    }
    return true;
}

/** What precedes @p count codes @p width bytes wide; their bytes follow. */
inline void writeCodesHeader(QDataStream &stream, int width, size_t count)
{
    stream << quint8(width) << quint64(count * size_t(width));
}

/** Codes as stored in memory: their width, then their bytes. */
inline void writeCodes(QDataStream &stream, const CodeVector &codes)
{
    const std::string_view bytes = codes.bytes();
    writeCodesHeader(stream, codes.width(), codes.size());
    stream.writeRawData(bytes.data(), int(bytes.size()));
}

/** Reads what writeCodes() wrote, with room for @p room codes as wide (readVector()). */
inline bool readCodes(QDataStream &stream, CodeVector &codes, size_t room = 0)
{
    quint8 width = 0;
    stream >> width;
    RawVector<char> bytes;
    return readVector(stream, bytes, room * width) && codes.setBytes(width, std::move(bytes));
}

/**
 * Skips what writeCodes() wrote, leaving its bytes unread; @p width and @p count: how wide
 * and how many its codes are.
 */
inline bool skipCodes(QDataStream &stream, int *width, size_t *count)
{
    quint8 stored = 0;
    quint64 bytes = 0;
    stream >> stored >> bytes;
    if (stream.status() != QDataStream::Ok || (stored != 1 && stored != 2 && stored != 4) || bytes % stored != 0
        || !skipRaw(stream, bytes))
        return false;
    *width = stored;
    *count = size_t(bytes / stored);
    return true;
}

} // namespace Funnelscope::SnapshotFormat
