#pragma once

#include "field.h"
#include "sourcerecord.h"
#include "store/eventrecord.h"
#include "timestampparser.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace Funnelscope {

struct ImportOptions;
struct ImportPlan;

/**
 * Turns a reader's record into an event by the plan's mapping: the mapped fields, the
 * timestamp in UTC, a dedup key, and every other non-empty column in the properties
 * JSON. Where each mapped column sits is worked out once per key layout (CSV: once;
 * JSON: when a record's keys differ from the previous record's).
 */
class RecordMapper
{
public:
    RecordMapper(const ImportPlan &plan, const ImportOptions &options);

    /**
     * Fills @p event from @p record; returns the rejection reason, empty when the record
     * is an event. The event's views point into @p record and into this mapper, valid
     * until the next call.
     */
    std::string_view map(const SourceRecord &record, EventRecord &event);

    /** Ids exported as numbers (`17850.0`) become `17850`; NA, null and friends mean none. */
    static std::string_view normalizedId(std::string_view id);
    static std::optional<double> number(std::string_view text);

private:
    /** Where a field's value comes from: a constant, or candidate columns (first non-empty wins). */
    struct ResolvedField
    {
        std::vector<std::string> columns;
        std::optional<std::string> constant;
        std::vector<int> positions; ///< the columns' positions in the current key layout (-1: absent)
    };

    void relayout(const SourceRecord &record);
    std::string_view value(const SourceRecord &record, Field field);
    std::optional<double> numberOf(const SourceRecord &record, Field field);

    /** Sets @p event's ids from the record: user, anonymous id, distinct id (see Field). */
    std::string_view mapIds(const SourceRecord &record, EventRecord &event);

    std::array<ResolvedField, fieldCount> mFields;
    std::vector<std::string> mIdentityEvents;
    TimestampParser mParser;
    bool mDedupByContent;
    std::vector<std::string> mLastKeys; // the key layout the positions are for
    std::vector<char> mUsed;
    std::string mProperties;
    std::string mContentKey;
};

} // namespace Funnelscope
