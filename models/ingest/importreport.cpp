#include "importreport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Funnelscope {

void ImportReport::add(const ImportReport &other)
{
    counts.rowsRead += other.counts.rowsRead;
    counts.imported += other.counts.imported;
    counts.rejected += other.counts.rejected;
    counts.duplicates += other.counts.duplicates;
    counts.identityCalls += other.counts.identityCalls;
    for (auto it = other.rejectedByReason.cbegin(); it != other.rejectedByReason.cend(); ++it)
        rejectedByReason[it.key()] += it.value();
    for (auto it = other.eventsByType.cbegin(); it != other.eventsByType.cend(); ++it)
        eventsByType[it.key()] += it.value();
    users += other.users; // an upper bound across files; exact within one file
    durationMs += other.durationMs;
    cancelled = cancelled || other.cancelled;
}

QByteArray ImportReport::toJson() const
{
    QJsonObject reasons;
    for (auto it = rejectedByReason.cbegin(); it != rejectedByReason.cend(); ++it)
        reasons.insert(it.key(), it.value());
    QJsonObject types;
    for (auto it = eventsByType.cbegin(); it != eventsByType.cend(); ++it)
        types.insert(it.key(), it.value());
    const QJsonObject object{
        {QStringLiteral("rows_read"), counts.rowsRead},
        {QStringLiteral("imported"), counts.imported},
        {QStringLiteral("rejected"), counts.rejected},
        {QStringLiteral("rejected_by_reason"), reasons},
        {QStringLiteral("duplicates_skipped"), counts.duplicates},
        {QStringLiteral("identity_calls"), counts.identityCalls},
        {QStringLiteral("users"), users},
        {QStringLiteral("events_by_type"), types},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace Funnelscope
