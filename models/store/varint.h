#pragma once

#include <QtGlobal>

#include <cstddef>

namespace Funnelscope::Varint {

// A number as 7-bit groups, the lowest first, the high bit set on every byte but the last:
// how StringIds keeps an entry's id and length, and DictionaryParts stores them.

/** The bytes write() takes for @p value (one to ten). */
inline size_t length(quint64 value)
{
    size_t bytes = 1;
    for (; value >= 0x80; value >>= 7)
        ++bytes;
    return bytes;
}

/** Writes @p value at @p at; returns where it ends. */
inline char *write(char *at, quint64 value)
{
    for (; value >= 0x80; value >>= 7)
        *at++ = char(quint8(value) | 0x80);
    *at++ = char(value);
    return at;
}

/** Reads a number write() wrote at @p at, moving @p at past it (no bounds: for trusted memory). */
inline quint64 read(const char *&at)
{
    quint64 value = 0;
    for (int shift = 0;; shift += 7) {
        const auto byte = quint8(*at++);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
    }
}

/**
 * Reads a number write() wrote at @p at, within [@p at, @p end), moving @p at past it:
 * false when it runs past the end or beyond 64 bits (bytes a damaged file may hold).
 */
inline bool read(const char *&at, const char *end, quint64 &value)
{
    value = 0;
    for (int shift = 0; at < end && shift < 64; shift += 7) {
        const auto byte = quint8(*at++);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

} // namespace Funnelscope::Varint
