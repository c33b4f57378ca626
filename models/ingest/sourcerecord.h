#pragma once

#include <QtGlobal>

#include <string_view>
#include <vector>

namespace Funnelscope {

/**
 * One record of a source file as its reader gives it: keys and values as UTF-8 views
 * valid until the reader's next call. CSV records share the header's keys; JSON records
 * carry their own (nested objects flattened to dotted keys). A record the reader could
 * split but not accept has a rejection reason instead of values.
 */
struct SourceRecord
{
    qint64 line = 0; ///< 1-based line where the record starts
    std::vector<std::string_view> keys;
    std::vector<std::string_view> values;
    /** Whether each value was a JSON string (so properties keep their JSON types). */
    std::vector<bool> quoted;
    std::string_view rejection; ///< set when the record is rejected as it stands
    std::string_view text;      ///< the record as it was (for rejected rows), maybe cut
    /**
     * Set by a reader whose records share their keys (a CSV file's header): two records
     * with the same non-null layout have the same keys, so they need not be compared.
     */
    const void *layout = nullptr;
    /** When a reader gives it: the text every value is a view into (a CSV's line), copied at once where records are kept. */
    std::string_view backing;

    /** A value without the spaces, tabs and carriage return around it. */
    static std::string_view trimmed(std::string_view value)
    {
        while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
            value.remove_prefix(1);
        while (!value.empty() && (value.back() == ' ' || value.back() == '\t' || value.back() == '\r'))
            value.remove_suffix(1);
        return value;
    }
};

} // namespace Funnelscope
