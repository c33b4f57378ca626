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
    std::string_view user;        ///< the known user's id (logged in), if the source gave one
    std::string_view event;
    std::string_view session;
    std::string_view anonymousId; ///< the device's or cookie's id; an event has it, user, or both
    /**
     * An identity call (Segment's identify or alias, Mixpanel's $identify): not an event,
     * only the link it carries from anonymousId (the id the person had before) to user.
     */
    bool linkOnly = false;
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
