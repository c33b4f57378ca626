#include "annotationsexport.h"

#include "analysis/localcalendar.h"

#include <QDateTime>
#include <QJsonObject>

namespace Funnelscope::AnnotationsExport {

QJsonArray toJson(const QList<Annotation> &annotations, const QByteArray &zone)
{
    const QTimeZone timeZone = LocalCalendar::zoneNamed(zone);
    const auto day = [&timeZone](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, timeZone).date().toString(Qt::ISODate); };
    QJsonArray array;
    for (const Annotation &annotation : annotations) {
        array.append(QJsonObject{{QStringLiteral("id"), annotation.id},
                                 {QStringLiteral("from"), day(annotation.fromMs)},
                                 {QStringLiteral("to"), day(annotation.toMs - 1)},
                                 {QStringLiteral("text"), annotation.text},
                                 {QStringLiteral("category"), annotation.category},
                                 {QStringLiteral("colour"), annotation.colour.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                        : QJsonValue(annotation.colour)}});
    }
    return array;
}

} // namespace Funnelscope::AnnotationsExport
