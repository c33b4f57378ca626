#include "sourcepreset.h"

namespace Funnelscope {

namespace {

QStringList list(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *name : names)
        result.append(QString::fromUtf8(name));
    return result;
}

SourcePreset preset(const char *id, const QString &name, SourcePreset::Container container,
                    std::initializer_list<const char *> required,
                    std::initializer_list<std::pair<Field, std::initializer_list<const char *>>> columns,
                    std::initializer_list<std::pair<Field, const char *>> constants = {},
                    SourceRules rules = {})
{
    SourcePreset result;
    result.id = QString::fromLatin1(id);
    result.name = name;
    result.container = container;
    result.required = list(required);
    for (const auto &[field, names] : columns)
        result.mapping.setColumns(field, list(names));
    for (const auto &[field, value] : constants)
        result.mapping.setConstant(field, QString::fromUtf8(value));
    result.rules = rules;
    return result;
}

QList<SourcePreset> makePresets()
{
    using C = SourcePreset::Container;
    QList<SourcePreset> presets;
    // Flat shop CSVs, recognised by their column names.
    // A purchase's revenue is its price; category_code (electronics.smartphone) is split
    // into levels; brand stays a property (filter or break down by it).
    SourceRules rees46;
    rees46.revenueEvents = list({"purchase"});
    rees46.categoryLevels = true;
    presets.append(preset("rees46", SourcePreset::tr("REES46 e-commerce events"), C::Csv,
                          {"event_time", "event_type", "product_id", "user_id", "user_session"},
                          {{Field::Timestamp, {"event_time"}},
                           {Field::Event, {"event_type"}},
                           {Field::ProductId, {"product_id"}},
                           {Field::Category, {"category_code"}},
                           {Field::Price, {"price"}},
                           {Field::Revenue, {"price"}},
                           {Field::UserId, {"user_id"}},
                           {Field::SessionId, {"user_session"}}},
                          {}, rees46));
    presets.append(preset("retailrocket", SourcePreset::tr("Retailrocket events"), C::Csv,
                          {"timestamp", "visitorid", "event", "itemid"},
                          {{Field::Timestamp, {"timestamp"}},
                           {Field::UserId, {"visitorid"}},
                           {Field::Event, {"event"}},
                           {Field::ProductId, {"itemid"}}}));
    presets.append(preset("diginetica", SourcePreset::tr("DIGINETICA item views"), C::Csv,
                          {"session_id", "user_id", "item_id", "timeframe", "eventdate"},
                          {{Field::Timestamp, {"eventdate"}},
                           {Field::TimestampOffset, {"timeframe"}},
                           {Field::UserId, {"user_id"}},
                           {Field::AnonymousId, {"session_id"}},
                           {Field::SessionId, {"session_id"}},
                           {Field::ProductId, {"item_id"}}},
                          {{Field::Event, "view"}}));
    presets.append(preset("diginetica", SourcePreset::tr("DIGINETICA item views"), C::Csv,
                          {"sessionId", "userId", "itemId", "timeframe", "eventdate"},
                          {{Field::Timestamp, {"eventdate"}},
                           {Field::TimestampOffset, {"timeframe"}},
                           {Field::UserId, {"userId"}},
                           {Field::AnonymousId, {"sessionId"}},
                           {Field::SessionId, {"sessionId"}},
                           {Field::ProductId, {"itemId"}}},
                          {{Field::Event, "view"}}));
    // Every line is a purchase; an invoice number starting with C is a cancellation: a refund.
    SourceRules retail;
    retail.refundColumn = QStringLiteral("InvoiceNo");
    retail.refundPrefix = QStringLiteral("C");
    presets.append(preset("online-retail", SourcePreset::tr("transactions (UCI Online Retail)"),
                          C::Csv,
                          {"InvoiceNo", "StockCode", "Quantity", "InvoiceDate", "UnitPrice",
                           "CustomerID"},
                          {{Field::Timestamp, {"InvoiceDate"}},
                           {Field::UserId, {"CustomerID"}},
                           {Field::SessionId, {"InvoiceNo"}},
                           {Field::ProductId, {"StockCode"}},
                           {Field::Price, {"UnitPrice"}},
                           {Field::Quantity, {"Quantity"}},
                           {Field::Country, {"Country"}}},
                          {{Field::Event, "purchase"}}, retail));
    // JSON exports of analytics tools (nested keys flattened with dots).
    // The first item gives product, category and price (all items stay in the
    // properties); the channel is the session's medium, traffic_source.* is the user's
    // first touch and kept as first_touch_*.
    SourceRules ga4;
    ga4.renames = {{QStringLiteral("traffic_source.source"), QStringLiteral("first_touch_source")},
                   {QStringLiteral("traffic_source.medium"), QStringLiteral("first_touch_medium")},
                   {QStringLiteral("traffic_source.name"), QStringLiteral("first_touch_campaign")}};
    presets.append(preset("ga4", SourcePreset::tr("GA4 BigQuery export"), C::Json,
                          {"event_name", "event_timestamp", "user_pseudo_id"},
                          {{Field::Timestamp, {"event_timestamp"}},
                           {Field::Event, {"event_name"}},
                           {Field::UserId, {"user_id"}},
                           {Field::AnonymousId, {"user_pseudo_id"}},
                           {Field::SessionId, {"event_params.ga_session_id"}},
                           {Field::Device, {"device.category"}},
                           {Field::Country, {"geo.country"}},
                           {Field::Channel, {"collected_traffic_source.manual_medium", "event_params.session_medium",
                                             "event_params.medium"}},
                           {Field::ProductId, {"items[0].item_id"}},
                           {Field::Category, {"items[0].item_category"}},
                           {Field::Price, {"items[0].price"}},
                           {Field::Revenue, {"ecommerce.purchase_revenue"}},
                           {Field::Currency, {"event_params.currency"}}},
                          {}, ga4));
    SourceRules mixpanelRules;
    mixpanelRules.identityEvents = list({"$identify", "$merge", "$create_alias"});
    presets.append(preset("mixpanel", SourcePreset::tr("Mixpanel raw export"), C::Json,
                          {"event", "properties.time", "properties.distinct_id"},
                          // Simplified ID merge: $user_id and $device_id; original ID merge:
                          // distinct_id, and $identify's $anon_distinct_id -> $identified_id.
                          {{Field::Timestamp, {"properties.time"}},
                           {Field::Event, {"event"}},
                           {Field::UserId, {"properties.$user_id", "properties.$identified_id"}},
                           {Field::AnonymousId, {"properties.$device_id", "properties.$anon_distinct_id"}},
                           {Field::DistinctId, {"properties.distinct_id"}},
                           {Field::EventId, {"properties.$insert_id"}},
                           {Field::Device, {"properties.$device", "properties.$os"}},
                           {Field::Country, {"properties.mp_country_code"}},
                           {Field::Channel, {"properties.utm_source"}},
                           {Field::Revenue, {"properties.revenue"}}},
                          {}, mixpanelRules));
    presets.append(preset("amplitude", SourcePreset::tr("Amplitude export"), C::Json,
                          {"event_type", "event_time"},
                          {{Field::Timestamp, {"event_time"}},
                           {Field::Event, {"event_type"}},
                           {Field::UserId, {"user_id"}},
                           {Field::AnonymousId, {"device_id"}},
                           {Field::SessionId, {"session_id"}},
                           {Field::EventId, {"insert_id", "$insert_id"}},
                           {Field::Device, {"device_type", "platform"}},
                           {Field::Country, {"country"}},
                           {Field::Revenue, {"revenue", "event_properties.revenue"}}}));
    // Revenue counts on the order only (Checkout Started carries the cart's value too).
    SourceRules segmentRules;
    segmentRules.identityEvents = list({"identify", "alias"});
    segmentRules.revenueEvents = list({"Order Completed", "order_completed"});
    presets.append(preset("rudderstack", SourcePreset::tr("RudderStack events"), C::Json,
                          {"type", "messageId", "rudderId"},
                          {{Field::Timestamp, {"timestamp", "originalTimestamp"}},
                           {Field::Event, {"event", "type"}},
                           {Field::UserId, {"userId"}},
                           {Field::AnonymousId, {"previousId", "anonymousId"}},
                           {Field::EventId, {"messageId"}},
                           {Field::SessionId, {"context.sessionId"}},
                           {Field::Device, {"context.device.type"}},
                           {Field::Country, {"context.location.country"}},
                           {Field::Channel, {"context.campaign.source"}},
                           {Field::Revenue, {"properties.revenue", "properties.total"}},
                           {Field::Currency, {"properties.currency"}}},
                          {}, segmentRules));
    presets.append(preset("segment", SourcePreset::tr("Segment track and page calls"), C::Json,
                          {"type", "messageId"},
                          {{Field::Timestamp, {"timestamp", "originalTimestamp"}},
                           {Field::Event, {"event", "type"}},
                           {Field::UserId, {"userId"}},
                           {Field::AnonymousId, {"previousId", "anonymousId"}},
                           {Field::EventId, {"messageId"}},
                           {Field::Device, {"context.device.type"}},
                           {Field::Country, {"context.location.country"}},
                           {Field::Channel, {"context.campaign.source"}},
                           {Field::Revenue, {"properties.revenue", "properties.total"}},
                           {Field::Currency, {"properties.currency"}}},
                          {}, segmentRules));
    return presets;
}

} // namespace

const QList<SourcePreset> &SourcePreset::all()
{
    static const QList<SourcePreset> presets = makePresets();
    return presets;
}

const SourcePreset *SourcePreset::find(const QString &id)
{
    for (const SourcePreset &preset : all()) {
        if (preset.id == id)
            return &preset;
    }
    return nullptr;
}

const SourcePreset *SourcePreset::detect(const QStringList &keys, Container container)
{
    for (const SourcePreset &preset : all()) {
        if (preset.container != container)
            continue;
        bool matches = true;
        for (const QString &key : preset.required)
            matches = matches && keys.contains(key);
        if (matches)
            return &preset;
    }
    return nullptr;
}

} // namespace Funnelscope
