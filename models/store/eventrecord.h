#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace Funnelscope {

/**
 * One event on its way into the store, as UTF-8 views into the reader's buffers
 * (nothing is copied until EventWriter needs to). Empty views mean "not given".
 * `properties` is a JSON object holding every source column that is not a mapped field.
 */
struct EventRecord
{
    qint64 timestampMs = 0; ///< UTC, milliseconds since 1970-01-01
    std::string_view user;
    std::string_view event;
    std::string_view session;
    std::string_view anonymousId;
    std::string_view device;
    std::string_view channel;
    std::string_view country;
    std::string_view product;
    std::string_view category;
    std::string_view currency;
    std::string_view dedupKey;
    std::string_view properties;
    std::optional<double> price;
    std::optional<double> revenue;
};

} // namespace Funnelscope
