#include "pathsquery.h"

#include "localcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Funnelscope {

void PathsQuery::setDays(QDate first, QDate last, const QByteArray &zone)
{
    LocalCalendar::setDays(*this, first, last, zone);
}

QString PathsQuery::anchorEvent() const
{
    if (funnel)
        return droppedAfter >= 1 && droppedAfter <= funnel->steps.size() ? funnel->steps.at(droppedAfter - 1).event : QString();
    return event;
}

QByteArray PathsQuery::toJson() const
{
    const auto list = [](const QList<Condition> &conditions) {
        QJsonArray array;
        for (const Condition &condition : conditions)
            array.append(condition.toString());
        return array;
    };
    const QJsonObject object{
        {QStringLiteral("direction"), direction == Direction::Forward ? QStringLiteral("forward") : QStringLiteral("backward")},
        {QStringLiteral("event"), event},
        {QStringLiteral("event_filters"), list(eventFilters)},
        {QStringLiteral("funnel"), funnel ? QJsonValue(QString::fromUtf8(funnel->toJson())) : QJsonValue()},
        {QStringLiteral("dropped_after"), droppedAfter},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("top"), top},
        {QStringLiteral("session_gap"), sessionGapMs},
        {QStringLiteral("expand"), expand},
        {QStringLiteral("where"), list(where)},
        {QStringLiteral("from"), fromMs ? QJsonValue(*fromMs) : QJsonValue()},
        {QStringLiteral("to"), toMs ? QJsonValue(*toMs) : QJsonValue()},
        {QStringLiteral("timezone"), QString::fromUtf8(timezone)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Funnelscope
