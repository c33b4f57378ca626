#pragma once

#include "field.h"
#include "sourcerecord.h"
#include "sourcerules.h"
#include "store/eventrecord.h"
#include "timestampparser.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Funnelscope {

struct ImportOptions;
struct ImportPlan;

/**
 * Turns a reader's record into an event by the plan's mapping and its source's rules
 * (SourceRules): the mapped fields, the timestamp in UTC, a dedup key, and every other
 * non-empty column in the properties JSON. Where each mapped column sits is worked out
 * once per key layout (CSV: once; JSON: when a record's keys differ from the previous
 * record's).
 *
 * A mapped column may name a field of an array's first item, `items[0].item_id` (GA4's
 * items): the array stays in the properties whole. A record is rejected, with its reason,
 * when it has no id, event or readable timestamp, when its time is before 1990 or more than
 * a day after the import, or when a mapped number is not finite (nan, inf, 1e400).
 */
class RecordMapper
{
public:
    RecordMapper(const ImportPlan &plan, const ImportOptions &options);
    ~RecordMapper();

    /**
     * Fills @p event from @p record; returns the rejection reason, empty when the record
     * is an event. The event's views point into @p record and into this mapper, valid
     * until the next call.
     */
    std::string_view map(const SourceRecord &record, EventRecord &event);

    /** Ids exported as numbers (`17850.0`) become `17850`; NA, null and friends mean none. */
    static std::string_view normalizedId(std::string_view id);
    /** A finite number, or none (empty, not a number, nan, inf, out of range). */
    static std::optional<double> number(std::string_view text);
    /** A plain decimal ("12.34", "-5") by integer arithmetic; none for anything else (then from_chars()). */
    static std::optional<double> plainDecimal(std::string_view text);
    /** The earliest time an event may have: 1990-01-01, UTC (ms). */
    static constexpr qint64 earliestMs = 631'152'000'000;

private:
    struct ItemParser;
    /** One column a field may come from: a key, or a field of the first item of an array key. */
    struct Column
    {
        std::string key;
        std::string itemField; ///< for `key[0].itemField`
    };
    /** Where a field's value comes from: a constant, or candidate columns (first non-empty wins). */
    struct ResolvedField
    {
        std::vector<Column> columns;
        std::optional<std::string> constant;
    };

    /** Makes mLayout that of @p record's keys (a layout seen lately, or worked out now). */
    void relayout(const SourceRecord &record);
    std::string_view value(const SourceRecord &record, Field field);
    /** A mapped number; @p problem says why a value that is there is no finite number. */
    std::optional<double> numberOf(const SourceRecord &record, Field field, std::string_view &problem);
    struct Ids
    {
        std::string_view user;
        std::string_view anonymousId;
    };
    /** Sets @p event's ids from the record: user, anonymous id, distinct id (see Field). */
    std::string_view mapIds(const SourceRecord &record, Ids &event);
    std::string_view itemValue(std::string_view arrayText, const std::string &itemField, Field field);
    void addProperty(std::string_view key, std::string_view value, bool quoted);

    std::array<ResolvedField, fieldCount> mFields;
    static constexpr int absent = -1;  // Layout::single: the field has no column here
    static constexpr int general = -2; // Layout::single: value() walks the field's columns
    TimestampParser mParser;
    bool mDedupByContent;
    qint64 mLatestMs; ///< a day after the import started
    SourceRules mRules;
    std::vector<std::string> mIdentityEvents;
    std::vector<std::string> mRevenueEvents;
    std::vector<std::pair<std::string, std::string>> mRenames;
    std::string mRefundColumn;
    std::string mRefundPrefix;
    /** A layout of keys, and where each field's columns are in it. */
    struct Layout
    {
        std::vector<std::string> keys;
        std::array<std::vector<int>, fieldCount> positions; ///< of each field's columns' keys (-1: absent)
        std::array<int, fieldCount> single; ///< each field's one column, absent, or general
        int refundPosition = -1;
    };
    static constexpr size_t maxLayouts = 8;
    std::vector<Layout> mLayouts;     // the layouts seen lately (room for maxLayouts made once)
    const Layout *mLayout = nullptr;  // the current record's (set by relayout(), which map() calls first)
    size_t mNextEvicted = 0;
    const void *mLastLayout = nullptr; // its SourceRecord::layout, when the reader gave one
    std::vector<char> mUsed;
    std::string mProperties;
    std::string mContentKey;
    std::string mProblem; // a rejection reason built for this record
    std::string mEventName;
    std::array<std::string, fieldCount> mItemValues; // taken from an item, valid until the next record
    std::unique_ptr<ItemParser> mItems;
};

} // namespace Funnelscope
