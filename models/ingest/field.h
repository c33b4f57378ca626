#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Funnelscope {

/**
 * The fields an event can be mapped to (DESIGN.md's list), plus three that help readers
 * of real exports: `event_id` (a dedup key such as messageId or $insert_id), `quantity`
 * (revenue = quantity × price where no revenue column exists) and `timestamp_offset`
 * (milliseconds added to a date column, as DIGINETICA's timeframe).
 */
enum class Field {
    Timestamp,
    UserId,
    Event,
    SessionId,
    AnonymousId,
    Device,
    Channel,
    Country,
    ProductId,
    Category,
    Price,
    Revenue,
    Currency,
    EventId,
    Quantity,
    TimestampOffset,
};

constexpr int fieldCount = int(Field::TimestampOffset) + 1;

constexpr std::array<const char *, fieldCount> fieldNames = {
    "timestamp", "user_id", "event",    "session_id", "anonymous_id", "device",
    "channel",   "country", "product_id", "category", "price",        "revenue",
    "currency",  "event_id", "quantity", "timestamp_offset",
};

inline QString fieldName(Field field)
{
    return QString::fromLatin1(fieldNames[size_t(field)]);
}

inline std::optional<Field> fieldFromName(const QString &name)
{
    for (int i = 0; i < fieldCount; ++i) {
        if (name == QLatin1String(fieldNames[size_t(i)]))
            return Field(i);
    }
    return std::nullopt;
}

} // namespace Funnelscope
