#include "annotationsexport.h"

#include "analysis/localcalendar.h"

#include <QTimeZone>
#include <QJsonObject>

namespace Funnelscope::AnnotationsExport {

QJsonArray toJson(const QList<Annotation> &annotations, const QByteArray &zone)
{
    const QTimeZone timeZone = LocalCalendar::zoneNamed(zone);
    QJsonArray array;
    for (const Annotation &annotation : annotations) {
        array.append(QJsonObject{{QStringLiteral("id"), annotation.id},
                                 {QStringLiteral("from"), annotation.firstDay(timeZone).toString(Qt::ISODate)},
                                 {QStringLiteral("to"), annotation.lastDay(timeZone).toString(Qt::ISODate)},
                                 {QStringLiteral("text"), annotation.text},
                                 {QStringLiteral("category"), annotation.category},
                                 {QStringLiteral("colour"), annotation.colour.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                        : QJsonValue(annotation.colour)}});
    }
    return array;
}

} // namespace Funnelscope::AnnotationsExport
