#include "insightsquery.h"

#include "localcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Funnelscope {

void InsightsQuery::setDays(QDate first, QDate last, const QByteArray &zone)
{
    LocalCalendar::setDays(*this, first, last, zone);
}

QList<int> InsightsQuery::levels() const
{
    if (!thresholds)
        return {minTimes};
    return QList<int>(std::begin(thresholdLevels), std::end(thresholdLevels));
}

QByteArray InsightsQuery::toJson() const
{
    QJsonArray filters;
    for (const Condition &condition : targetFilters)
        filters.append(condition.toString());
    QJsonArray wheres;
    for (const Condition &condition : where)
        wheres.append(condition.toString());
    QJsonObject object{
        {QStringLiteral("target"), target},
        {QStringLiteral("target_filters"), filters},
        {QStringLiteral("within"), withinDays},
        {QStringLiteral("min_times"), minTimes},
        {QStringLiteral("thresholds"), thresholds},
        {QStringLiteral("properties"), QJsonArray::fromStringList(properties)},
        {QStringLiteral("top"), topValues},
        {QStringLiteral("min_persons"), minPersons},
        {QStringLiteral("where"), wheres},
        {QStringLiteral("from"), fromMs ? QJsonValue(*fromMs) : QJsonValue()},
        {QStringLiteral("to"), toMs ? QJsonValue(*toMs) : QJsonValue()},
        {QStringLiteral("timezone"), QString::fromUtf8(timezone)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

InsightsQuery InsightsQuery::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    InsightsQuery query;
    const auto conditions = [](const QJsonValue &value) {
        QList<Condition> list;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &each : array) {
            if (const std::optional<Condition> condition = Condition::parse(each.toString()))
                list.append(*condition);
        }
        return list;
    };
    const auto number = [&object](const char *key, int fallback, int low, int high) {
        const QJsonValue value = object.value(QLatin1String(key));
        return value.isDouble() ? std::clamp(value.toInt(), low, high) : fallback;
    };
    query.target = object.value(QStringLiteral("target")).toString(query.target);
    query.targetFilters = conditions(object.value(QStringLiteral("target_filters")));
    query.withinDays = number("within", query.withinDays, 1, maxWithinDays);
    query.minTimes = number("min_times", query.minTimes, 1, 1000);
    query.thresholds = object.value(QStringLiteral("thresholds")).toBool();
    for (const QJsonValue &property : object.value(QStringLiteral("properties")).toArray()) {
        if (!property.toString().isEmpty())
            query.properties.append(property.toString());
    }
    query.topValues = number("top", query.topValues, 1, 100);
    query.minPersons = number("min_persons", query.minPersons, 0, 1'000'000'000);
    query.where = conditions(object.value(QStringLiteral("where")));
    if (object.value(QStringLiteral("from")).isDouble())
        query.fromMs = qint64(object.value(QStringLiteral("from")).toDouble());
    if (object.value(QStringLiteral("to")).isDouble())
        query.toMs = qint64(object.value(QStringLiteral("to")).toDouble());
    const QString zone = object.value(QStringLiteral("timezone")).toString();
    if (!zone.isEmpty())
        query.timezone = zone.toUtf8();
    return query;
}

} // namespace Funnelscope
