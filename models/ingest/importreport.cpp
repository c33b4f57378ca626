#include "importreport.h"

#include <QLocale>

#include <climits>

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

QString ImportReport::countsText() const
{
    QStringList reasons;
    const QLocale locale;
    for (auto it = rejectedByReason.cbegin(); it != rejectedByReason.cend(); ++it)
        reasons.append(tr("%1: %2").arg(it.key(), locale.toString(it.value())));
    // Plurals by Qt's rules for the language (%Ln: grouped digits); a count beyond int keeps its digits.
    const auto counted = [&locale](const char *text, qint64 n) {
        if (n <= INT_MAX)
            return tr(text, nullptr, int(n));
        constexpr int many = 1'000'000'000;
        return tr(text, nullptr, many).replace(locale.toString(many), locale.toString(n));
    };
    QString rejected = counted(QT_TR_N_NOOP("%Ln rejected"), counts.rejected);
    if (!reasons.isEmpty())
        rejected = tr("%1 (%2)").arg(rejected, reasons.join(QLatin1String("; ")));
    return QStringList{counted(QT_TR_N_NOOP("%Ln rows read"), counts.rowsRead), counted(QT_TR_N_NOOP("%Ln events imported"), counts.imported),
                       rejected, counted(QT_TR_N_NOOP("%Ln duplicates skipped"), counts.duplicates), counted(QT_TR_N_NOOP("%Ln users"), users)}
        .join(tr(", "));
}

} // namespace Funnelscope
