#include "recordmapper.h"

#include "importoptions.h"
#include "importplan.h"
#include "store/jsontext.h"

#include <QDateTime>
#include <QTimeZone>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace Funnelscope {

/** Parses the JSON text of an array key once per record for the fields read from its first item. */
struct RecordMapper::ItemParser
{
    simdjson::dom::parser parser;
    std::string padded;
    const char *parsedData = nullptr; // the text parsed last (a view into the record)
    size_t parsedSize = 0;
    simdjson::dom::element first;
    bool ok = false;
    char digits[32];
};

RecordMapper::RecordMapper(const ImportPlan &plan, const ImportOptions &options)
    : mParser(QTimeZone(options.timezone.toUtf8()))
    , mDedupByContent(options.dedupByContent)
    , mLatestMs(QDateTime::currentMSecsSinceEpoch() + 24 * 3600 * 1000)
    , mRules(plan.rules)
    , mItems(std::make_unique<ItemParser>())
{
    mLayouts.reserve(maxLayouts); // mLayout points into it
    for (int f = 0; f < fieldCount; ++f) {
        if (plan.mapping.hasConstant(Field(f)))
            mFields[size_t(f)].constant = plan.mapping.constant(Field(f)).toStdString();
        for (const QString &column : plan.mapping.columns(Field(f))) {
            Column resolved{column.toStdString(), {}};
            const qsizetype item = column.indexOf(QLatin1String("[0]."));
            if (item > 0) {
                resolved.key = column.left(item).toStdString();
                resolved.itemField = column.mid(item + 4).toStdString();
            }
            mFields[size_t(f)].columns.push_back(resolved);
        }
    }
    for (const QString &name : plan.rules.identityEvents)
        mIdentityEvents.push_back(name.toStdString());
    for (const QString &name : plan.rules.revenueEvents)
        mRevenueEvents.push_back(name.toStdString());
    for (const auto &[from, to] : plan.rules.renames)
        mRenames.emplace_back(from.toStdString(), to.toStdString());
    mRefundColumn = plan.rules.refundColumn.toStdString();
    mRefundPrefix = plan.rules.refundPrefix.toStdString();
}

RecordMapper::~RecordMapper() = default;

std::string_view RecordMapper::normalizedId(std::string_view id)
{
    id = SourceRecord::trimmed(id);
    if (id == "NA" || id == "N/A" || id == "null" || id == "NULL" || id == "None"
        || id == "undefined" || id == "(not set)" || id == "nan" || id == "NaN")
        return {};
    const size_t dot = id.find('.');
    if (dot != std::string_view::npos && dot > 0
        && id.find_first_not_of("0123456789") == dot
        && id.find_first_not_of('0', dot + 1) == std::string_view::npos)
        return id.substr(0, dot);
    return id;
}

std::optional<double> RecordMapper::plainDecimal(std::string_view text)
{
    // Clinger's fast path: a mantissa of at most 15 digits and a power of ten of at most
    // 22 are both exact doubles, so one division rounds correctly, as from_chars() would
    // (prices and revenues are such decimals: "12.34", "-5", "199.90").
    static constexpr std::array<double, 23> powers = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                                      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const bool negative = !text.empty() && text.front() == '-';
    size_t at = negative ? 1 : 0;
    quint64 mantissa = 0;
    int digits = 0;
    int decimals = 0;
    bool point = false;
    bool digitBeforePoint = false;
    for (; at < text.size(); ++at) {
        const char c = text[at];
        if (c >= '0' && c <= '9') {
            mantissa = mantissa * 10 + quint64(c - '0');
            if (++digits > 15)
                return std::nullopt;
            decimals += point ? 1 : 0;
            digitBeforePoint = digitBeforePoint || !point;
        } else if (c == '.' && !point && digits > 0) {
            point = true;
        } else {
            return std::nullopt; // an exponent, a second point, anything else: from_chars()
        }
    }
    if (!digitBeforePoint || (point && decimals == 0))
        return std::nullopt;
    const double value = double(mantissa) / powers[size_t(decimals)];
    return negative ? -value : value;
}

std::optional<double> RecordMapper::number(std::string_view text)
{
    text = SourceRecord::trimmed(text);
    if (text.empty())
        return std::nullopt;
    if (text.front() == '+')
        text.remove_prefix(1);
    if (const std::optional<double> plain = plainDecimal(text))
        return plain;
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

void RecordMapper::relayout(const SourceRecord &record)
{
    // Keys are short: compared 8 bytes at a time here, not by a call to memcmp each
    // (a JSON record's ten keys against its layout's were a tenth of the reading thread).
    const auto sameText = [](std::string_view a, std::string_view b) {
        const size_t size = a.size();
        if (size != b.size())
            return false;
        if (size < 8 || size > 16)
            return a == b;
        quint64 a0, a1, b0, b1;
        std::memcpy(&a0, a.data(), 8);
        std::memcpy(&b0, b.data(), 8);
        std::memcpy(&a1, a.data() + size - 8, 8);
        std::memcpy(&b1, b.data() + size - 8, 8);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    };
    const auto sameKeys = [&record, &sameText](const std::vector<std::string> &keys) {
        if (keys.size() != record.keys.size())
            return false;
        for (size_t i = 0; i < keys.size(); ++i) {
            if (!sameText(keys[i], record.keys[i]))
                return false;
        }
        return true;
    };
    if (mLayout != nullptr && sameKeys(mLayout->keys))
        return;
    // A JSON export's records come in a few layouts (a page view has no product, a
    // purchase has revenue): each one's positions are worked out once and kept.
    size_t found = 0;
    while (found < mLayouts.size() && !sameKeys(mLayouts[found].keys))
        ++found;
    if (found == mLayouts.size()) {
        if (mLayouts.size() == maxLayouts)
            found = mNextEvicted++ % maxLayouts;
        else
            mLayouts.emplace_back();
        Layout &layout = mLayouts[found];
        layout.keys.assign(record.keys.begin(), record.keys.end());
        const auto positionOf = [&record](std::string_view key) {
            for (size_t i = 0; i < record.keys.size(); ++i) {
                if (record.keys[i] == key)
                    return int(i);
            }
            return -1;
        };
        for (size_t f = 0; f < mFields.size(); ++f) {
            const ResolvedField &field = mFields[f];
            std::vector<int> &positions = layout.positions[f];
            positions.clear();
            for (const Column &column : field.columns)
                positions.push_back(positionOf(column.key));
            const bool plain = !field.constant && field.columns.size() == 1 && field.columns.front().itemField.empty();
            layout.single[f] = plain ? std::max(positions.front(), absent) : general;
            if (!field.constant && field.columns.empty())
                layout.single[f] = absent;
        }
        layout.refundPosition = mRefundColumn.empty() ? -1 : positionOf(mRefundColumn);
    }
    mLayout = &mLayouts[found];
}

std::string_view RecordMapper::itemValue(std::string_view arrayText, const std::string &itemField, Field field)
{
    ItemParser &items = *mItems;
    if (arrayText.data() != items.parsedData || arrayText.size() != items.parsedSize) {
        items.parsedData = arrayText.data();
        items.parsedSize = arrayText.size();
        items.padded.assign(arrayText);
        items.padded.resize(arrayText.size() + simdjson::SIMDJSON_PADDING);
        simdjson::dom::array array;
        items.ok = items.parser.parse(items.padded.data(), arrayText.size(), false).get_array().get(array) == simdjson::SUCCESS
            && array.size() > 0 && array.at(0).get(items.first) == simdjson::SUCCESS && items.first.is_object();
    }
    if (!items.ok)
        return {};
    simdjson::dom::element element;
    if (items.first[itemField].get(element) != simdjson::SUCCESS)
        return {};
    std::string &out = mItemValues[size_t(field)];
    switch (element.type()) {
    case simdjson::dom::element_type::STRING:
        out.assign(element.get_string().value_unsafe());
        break;
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE: {
        const double number = element.get_double().value_unsafe();
        const auto result = std::to_chars(items.digits, items.digits + sizeof items.digits, number);
        out.assign(items.digits, size_t(result.ptr - items.digits));
        break;
    }
    default:
        return {};
    }
    return out;
}

std::string_view RecordMapper::value(const SourceRecord &record, Field field)
{
    if (const int single = mLayout->single[size_t(field)]; single != general) {
        if (single == absent)
            return {};
        const std::string_view text = SourceRecord::trimmed(record.values[size_t(single)]);
        if (!text.empty())
            mUsed[size_t(single)] = 1;
        return text;
    }
    const ResolvedField &resolved = mFields[size_t(field)];
    if (resolved.constant)
        return *resolved.constant;
    const std::vector<int> &positions = mLayout->positions[size_t(field)];
    for (size_t c = 0; c < positions.size(); ++c) {
        const int position = positions[c];
        if (position < 0)
            continue;
        const std::string_view text = SourceRecord::trimmed(record.values[size_t(position)]);
        if (text.empty())
            continue;
        if (!resolved.columns[c].itemField.empty()) {
            // A field of the array's first item; the array stays in the properties whole.
            const std::string_view item = itemValue(text, resolved.columns[c].itemField, field);
            if (!item.empty())
                return item;
            continue;
        }
        mUsed[size_t(position)] = 1;
        return text;
    }
    return {};
}

// A mapped number that is not a number stays in the properties as it was written; one
// that is a number but not a finite one (nan, inf, 1e400) rejects the record.
std::optional<double> RecordMapper::numberOf(const SourceRecord &record, Field field, std::string_view &problem)
{
    const std::string_view text = value(record, field);
    const std::optional<double> result = number(text);
    if (!result && !text.empty()) {
        double parsed = 0;
        std::string_view digits = SourceRecord::trimmed(text);
        if (!digits.empty() && digits.front() == '+')
            digits.remove_prefix(1);
        const auto outcome = std::from_chars(digits.data(), digits.data() + digits.size(), parsed);
        if (outcome.ptr == digits.data() + digits.size() && (outcome.ec == std::errc::result_out_of_range || !std::isfinite(parsed))) {
            mProblem.assign(fieldNames[size_t(field)]);
            mProblem += " is not a finite number (";
            mProblem.append(text.substr(0, 40));
            mProblem += ')';
            problem = mProblem;
            return std::nullopt;
        }
        if (!mFields[size_t(field)].constant) {
            for (size_t i = 0; i < record.values.size(); ++i) {
                if (SourceRecord::trimmed(record.values[i]).data() == text.data())
                    mUsed[i] = 0;
            }
        }
    }
    return result;
}

std::string_view RecordMapper::mapIds(const SourceRecord &record, Ids &event)
{
    event.user = normalizedId(value(record, Field::UserId));
    event.anonymousId = normalizedId(value(record, Field::AnonymousId));
    // Mixpanel writes an anonymous distinct id as "$device:ID" (also in $identify's
    // $anon_distinct_id): the device's id is ID.
    constexpr std::string_view devicePrefix = "$device:";
    const auto device = [devicePrefix](std::string_view id) {
        return id.substr(0, devicePrefix.size()) == devicePrefix ? id.substr(devicePrefix.size()) : std::string_view();
    };
    if (const std::string_view id = device(event.anonymousId); !id.empty())
        event.anonymousId = id;
    const std::string_view distinct = normalizedId(value(record, Field::DistinctId));
    if (event.user.empty() && !distinct.empty()) {
        // The tool's one id: the anonymous id until the person is identified.
        if (const std::string_view id = device(distinct); !id.empty()) {
            if (event.anonymousId.empty())
                event.anonymousId = id;
        } else if (distinct != event.anonymousId) {
            event.user = distinct;
        }
    }
    if (event.user.empty() && event.anonymousId.empty())
        return "missing user_id";
    return {};
}

void RecordMapper::addProperty(std::string_view key, std::string_view value, bool quoted)
{
    mProperties += mProperties.empty() ? '{' : ',';
    JsonText::appendString(mProperties, key);
    mProperties += ':';
    if (quoted)
        JsonText::appendString(mProperties, value);
    else
        mProperties += value;
}

std::string_view RecordMapper::map(const SourceRecord &record, EventRecord &event)
{
    // The same keys as the last record (CSV: always; JSON: usually)? Compared by content:
    // a reader may reuse its buffers for other keys.
    // A CSV's records say so by their layout, without comparing twelve keys a record.
    if (record.layout == nullptr || record.layout != mLastLayout) {
        relayout(record);
        mLastLayout = record.layout;
    }
    mUsed.assign(record.keys.size(), 0);
    mItems->parsedData = nullptr;

    Ids ids;
    if (const std::string_view problem = mapIds(record, ids); !problem.empty())
        return problem;
    std::string_view name = value(record, Field::Event);
    if (name.empty())
        return "missing event";
    for (const std::string &identityEvent : mIdentityEvents) {
        if (name == identityEvent) {
            // Not an event: only the ids it links, whenever it happened.
            event = EventRecord();
            event.user = ids.user;
            event.anonymousId = ids.anonymousId;
            event.event = name;
            event.linkOnly = true;
            return {};
        }
    }
    // A cancellation (UCI's C invoices) is a refund, whatever the event column says.
    const int refundPosition = mLayout->refundPosition;
    const bool refund = refundPosition >= 0 && !mRefundPrefix.empty()
        && SourceRecord::trimmed(record.values[size_t(refundPosition)]).substr(0, mRefundPrefix.size()) == mRefundPrefix;
    if (refund) {
        mEventName = "refund";
        name = mEventName;
    }
    const std::string_view user = ids.user.empty() ? ids.anonymousId : ids.user;
    const std::string_view when = value(record, Field::Timestamp);
    if (when.empty())
        return "missing timestamp";
    std::optional<qint64> timestamp = mParser.parse(when);
    if (timestamp && !mFields[size_t(Field::TimestampOffset)].columns.empty()) {
        const std::optional<double> offset = number(value(record, Field::TimestampOffset));
        if (offset && std::abs(*offset) > 1e14) // over 3,000 years of milliseconds
            return "timestamp_offset out of range";
        if (offset)
            *timestamp += qint64(*offset);
    }
    if (!timestamp)
        return "unparseable timestamp";
    if (*timestamp < earliestMs)
        return "timestamp before 1990";
    if (*timestamp > mLatestMs)
        return "timestamp more than a day in the future";

    // Every field is set below (an EventRecord made anew for each record was a tenth of this function).
    event.linkOnly = false;
    event.timestampMs = *timestamp;
    event.user = ids.user;
    event.event = name;
    event.session = value(record, Field::SessionId);
    event.anonymousId = ids.anonymousId;
    event.device = value(record, Field::Device);
    event.channel = value(record, Field::Channel);
    event.country = value(record, Field::Country);
    event.product = normalizedId(value(record, Field::ProductId));
    event.category = value(record, Field::Category);
    event.currency = value(record, Field::Currency);
    std::string_view problem;
    event.price = numberOf(record, Field::Price, problem);
    if (!problem.empty())
        return problem;
    event.revenue = numberOf(record, Field::Revenue, problem);
    if (!problem.empty())
        return problem;
    // Quantity stays in the properties; it only helps compute revenue.
    const ResolvedField &quantity = mFields[size_t(Field::Quantity)];
    if (!event.revenue && mFields[size_t(Field::Revenue)].columns.empty() && !quantity.columns.empty()
        && event.price) {
        if (const std::optional<double> count = number(value(record, Field::Quantity)))
            event.revenue = *count * *event.price;
    }
    for (const int position : mLayout->positions[size_t(Field::Quantity)]) {
        if (position >= 0)
            mUsed[size_t(position)] = 0;
    }
    if (refund && event.revenue)
        event.revenue = -std::abs(*event.revenue);
    // Revenue counts on the source's revenue events only; elsewhere it stays a property.
    if (!mRevenueEvents.empty() && !refund && event.revenue
        && std::find(mRevenueEvents.begin(), mRevenueEvents.end(), name) == mRevenueEvents.end()) {
        event.revenue.reset();
        const std::vector<int> &price = mLayout->positions[size_t(Field::Price)];
        for (const int position : mLayout->positions[size_t(Field::Revenue)]) {
            const bool alsoPrice = std::find(price.begin(), price.end(), position) != price.end();
            if (position >= 0 && !alsoPrice)
                mUsed[size_t(position)] = 0;
        }
    }
    event.dedupKey = value(record, Field::EventId);
    if (event.dedupKey.empty() && mDedupByContent) {
        // Two products carted in the same second are two events.
        mContentKey.assign(user);
        mContentKey += '\x1f';
        mContentKey.append(name);
        mContentKey += '\x1f';
        mContentKey += std::to_string(*timestamp);
        mContentKey += '\x1f';
        mContentKey.append(event.product);
        event.dedupKey = mContentKey;
    }

    mProperties.clear();
    for (size_t i = 0; i < record.keys.size(); ++i) {
        const std::string_view text = record.values[i];
        if (text.empty() || mUsed[i])
            continue;
        std::string_view key = record.keys[i];
        for (const auto &[from, to] : mRenames) {
            if (key == from)
                key = to;
        }
        addProperty(key, text, record.quoted[i]);
    }
    if (mRules.categoryLevels && event.category.find('.') != std::string_view::npos) {
        // electronics.smartphone: category_1 electronics, category_2 smartphone.
        std::string_view rest = event.category;
        for (int level = 1; !rest.empty(); ++level) {
            const size_t dot = rest.find('.');
            const std::string key = "category_" + std::to_string(level);
            addProperty(key, rest.substr(0, dot), true);
            rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
        }
    }
    if (!mProperties.empty())
        mProperties += '}';
    event.properties = mProperties;
    return {};
}

} // namespace Funnelscope
