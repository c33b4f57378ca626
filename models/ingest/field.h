#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Funnelscope {

/**
 * The fields an event can be mapped to (DESIGN.md's list), plus four that help readers
 * of real exports: `event_id` (a dedup key such as messageId or $insert_id), `quantity`
 * (revenue = quantity × price where no revenue column exists), `timestamp_offset`
 * (milliseconds added to a date column, as DIGINETICA's timeframe) and `distinct_id`
 * (the one id an analytics tool puts on every event: the known user's once identified,
 * else the anonymous one, which Mixpanel writes as `$device:ID`).
 *
 * `user_id` is the known (logged-in) user's id and `anonymous_id` the device's or
 * cookie's; an event needs one of them. They are two namespaces: an anonymous "1732"
 * is not the customer "1732".
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
    DistinctId,
};

constexpr int fieldCount = int(Field::DistinctId) + 1;

constexpr std::array<const char *, fieldCount> fieldNames = {
    "timestamp", "user_id", "event",    "session_id", "anonymous_id", "device",
    "channel",   "country", "product_id", "category", "price",        "revenue",
    "currency",  "event_id", "quantity", "timestamp_offset", "distinct_id",
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
