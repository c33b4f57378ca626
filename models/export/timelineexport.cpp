#include "timelineexport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace Funnelscope {

namespace {

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

} // namespace

QByteArray TimelineExport::toJson(const PersonTimeline &timeline)
{
    QJsonArray sessions;
    for (const auto &session : timeline.sessions) {
        QJsonArray events;
        for (const TimelineEvent &event : session) {
            events.append(QJsonObject{
                {QStringLiteral("time"), utc(event.ts)},
                {QStringLiteral("event"), event.event},
                {QStringLiteral("id"), event.id},
                {QStringLiteral("anonymous"), event.anonymous},
                {QStringLiteral("anonymous_id"), event.anonymousId.isEmpty() ? QJsonValue() : QJsonValue(event.anonymousId)},
                {QStringLiteral("device"), event.device.isEmpty() ? QJsonValue() : QJsonValue(event.device)},
                {QStringLiteral("channel"), event.channel.isEmpty() ? QJsonValue() : QJsonValue(event.channel)},
                {QStringLiteral("revenue"), event.revenue ? QJsonValue(*event.revenue) : QJsonValue()},
                {QStringLiteral("properties"), event.properties},
            });
        }
        sessions.append(QJsonObject{{QStringLiteral("start"), utc(session.first().ts)}, {QStringLiteral("events"), events}});
    }
    const QJsonObject object{
        {QStringLiteral("person"), timeline.person},
        {QStringLiteral("ids"), QJsonArray::fromStringList(timeline.ids)},
        {QStringLiteral("sessions"), sessions},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QList<QStringList> TimelineExport::table(const PersonTimeline &timeline)
{
    QList<QStringList> rows{{QStringLiteral("session"), QStringLiteral("time"), QStringLiteral("event"), QStringLiteral("id"),
                             QStringLiteral("anonymous_id"), QStringLiteral("device"), QStringLiteral("channel"),
                             QStringLiteral("revenue"), QStringLiteral("properties")}};
    for (qsizetype s = 0; s < timeline.sessions.size(); ++s) {
        for (const TimelineEvent &event : timeline.sessions[s]) {
            rows.append({QString::number(s + 1), utc(event.ts), event.event, event.id, event.anonymousId, event.device,
                         event.channel, event.revenue ? QString::number(*event.revenue, 'g', 12) : QString(),
                         QString::fromUtf8(QJsonDocument(event.properties).toJson(QJsonDocument::Compact))});
        }
    }
    return rows;
}

} // namespace Funnelscope
