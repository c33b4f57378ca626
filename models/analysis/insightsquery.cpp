#include "insightsquery.h"

#include "localcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Funnelscope {

void InsightsQuery::setDays(QDate first, QDate last, const QByteArray &zone)
{
    timezone = zone.isEmpty() ? QByteArrayLiteral("UTC") : zone;
    fromMs = first.isValid() ? std::optional<qint64>(LocalCalendar::dayStartMs(first, timezone)) : std::nullopt;
    toMs = last.isValid() ? std::optional<qint64>(LocalCalendar::dayStartMs(last.addDays(1), timezone)) : std::nullopt;
}

QList<int> InsightsQuery::levels() const
{
    if (!thresholds)
        return {minTimes};
    return QList<int>(std::begin(thresholdLevels), std::end(thresholdLevels));
}

QByteArray InsightsQuery::cacheKey() const
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
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Funnelscope
