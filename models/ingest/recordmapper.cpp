#include "recordmapper.h"

#include "importoptions.h"
#include "importplan.h"
#include "store/jsontext.h"

#include <QTimeZone>

#include <charconv>

namespace Funnelscope {

RecordMapper::RecordMapper(const ImportPlan &plan, const ImportOptions &options)
    : mParser(QTimeZone(options.timezone.toUtf8()))
    , mDedupByContent(options.dedupByContent)
{
    for (int f = 0; f < fieldCount; ++f) {
        if (plan.mapping.hasConstant(Field(f)))
            mFields[size_t(f)].constant = plan.mapping.constant(Field(f)).toStdString();
        for (const QString &column : plan.mapping.columns(Field(f)))
            mFields[size_t(f)].columns.push_back(column.toStdString());
    }
    for (const QString &name : plan.identityEvents)
        mIdentityEvents.push_back(name.toStdString());
}

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

std::optional<double> RecordMapper::number(std::string_view text)
{
    text = SourceRecord::trimmed(text);
    if (text.empty())
        return std::nullopt;
    if (text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

void RecordMapper::relayout(const SourceRecord &record)
{
    mLastKeys.assign(record.keys.begin(), record.keys.end());
    for (ResolvedField &field : mFields) {
        field.positions.clear();
        for (const std::string &column : field.columns) {
            int position = -1;
            for (size_t i = 0; i < record.keys.size() && position < 0; ++i) {
                if (record.keys[i] == column)
                    position = int(i);
            }
            field.positions.push_back(position);
        }
    }
}

std::string_view RecordMapper::value(const SourceRecord &record, Field field)
{
    const ResolvedField &resolved = mFields[size_t(field)];
    if (resolved.constant)
        return *resolved.constant;
    for (const int position : resolved.positions) {
        if (position < 0)
            continue;
        const std::string_view text = SourceRecord::trimmed(record.values[size_t(position)]);
        if (!text.empty()) {
            mUsed[size_t(position)] = 1;
            return text;
        }
    }
    return {};
}

// A mapped number that is not a number stays in the properties as it was written.
std::optional<double> RecordMapper::numberOf(const SourceRecord &record, Field field)
{
    const std::string_view text = value(record, field);
    const std::optional<double> result = number(text);
    if (!result && !text.empty() && !mFields[size_t(field)].constant) {
        for (size_t i = 0; i < record.values.size(); ++i) {
            if (SourceRecord::trimmed(record.values[i]).data() == text.data())
                mUsed[i] = 0;
        }
    }
    return result;
}

std::string_view RecordMapper::mapIds(const SourceRecord &record, EventRecord &event)
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

std::string_view RecordMapper::map(const SourceRecord &record, EventRecord &event)
{
    // The same keys as the last record (CSV: always; JSON: usually)? Compared by content:
    // a reader may reuse its buffers for other keys.
    bool sameKeys = record.keys.size() == mLastKeys.size();
    for (size_t i = 0; sameKeys && i < record.keys.size(); ++i)
        sameKeys = record.keys[i] == mLastKeys[i];
    if (!sameKeys)
        relayout(record);
    mUsed.assign(record.keys.size(), 0);

    EventRecord ids;
    if (const std::string_view problem = mapIds(record, ids); !problem.empty())
        return problem;
    const std::string_view name = value(record, Field::Event);
    if (name.empty())
        return "missing event";
    for (const std::string &identityEvent : mIdentityEvents) {
        if (name == identityEvent) {
            // Not an event: only the ids it links, whenever it happened.
            event = ids;
            event.event = name;
            event.linkOnly = true;
            return {};
        }
    }
    const std::string_view user = ids.user.empty() ? ids.anonymousId : ids.user;
    const std::string_view when = value(record, Field::Timestamp);
    if (when.empty())
        return "missing timestamp";
    std::optional<qint64> timestamp = mParser.parse(when);
    if (timestamp && !mFields[size_t(Field::TimestampOffset)].columns.empty()) {
        const std::optional<double> offset = number(value(record, Field::TimestampOffset));
        if (offset)
            *timestamp += qint64(*offset);
    }
    if (!timestamp)
        return "unparseable timestamp";

    event = EventRecord();
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
    event.price = numberOf(record, Field::Price);
    event.revenue = numberOf(record, Field::Revenue);
    // Quantity stays in the properties; it only helps compute revenue.
    const ResolvedField &quantity = mFields[size_t(Field::Quantity)];
    if (!event.revenue && mFields[size_t(Field::Revenue)].columns.empty() && !quantity.columns.empty()
        && event.price) {
        if (const std::optional<double> count = number(value(record, Field::Quantity)))
            event.revenue = *count * *event.price;
    }
    for (const int position : quantity.positions) {
        if (position >= 0)
            mUsed[size_t(position)] = 0;
    }
    event.dedupKey = value(record, Field::EventId);
    if (event.dedupKey.empty() && mDedupByContent) {
        mContentKey.assign(user);
        mContentKey += '\x1f';
        mContentKey.append(name);
        mContentKey += '\x1f';
        mContentKey += std::to_string(*timestamp);
        event.dedupKey = mContentKey;
    }

    mProperties.clear();
    for (size_t i = 0; i < record.keys.size(); ++i) {
        const std::string_view text = record.values[i];
        if (text.empty() || mUsed[i])
            continue;
        mProperties += mProperties.empty() ? '{' : ',';
        JsonText::appendString(mProperties, record.keys[i]);
        mProperties += ':';
        if (record.quoted[i])
            JsonText::appendString(mProperties, text);
        else
            mProperties += text;
    }
    if (!mProperties.empty())
        mProperties += '}';
    event.properties = mProperties;
    return {};
}

} // namespace Funnelscope
