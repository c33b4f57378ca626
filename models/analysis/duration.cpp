#include "duration.h"

#include <QRegularExpression>

#include <limits>

namespace Funnelscope::Duration {

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
constexpr qint64 week = 7 * day;

} // namespace

std::optional<qint64> parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*(m|min|h|d|w)?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 amount = match.captured(1).toLongLong(&ok);
    if (!ok)
        return std::nullopt; // more digits than a number holds
    const QString unit = match.captured(2);
    qint64 unitMs = day;
    if (unit == QLatin1String("m") || unit == QLatin1String("min"))
        unitMs = minute;
    else if (unit == QLatin1String("h"))
        unitMs = hour;
    else if (unit == QLatin1String("w"))
        unitMs = week;
    // 307445734561827m would overflow into a 68-second window: too long is too long.
    if (amount > std::numeric_limits<qint64>::max() / unitMs)
        return std::nullopt;
    return amount * unitMs;
}

QString compact(qint64 ms)
{
    for (const auto &[unitMs, unit] : {std::pair{week, 'w'}, std::pair{day, 'd'}, std::pair{hour, 'h'}}) {
        if (ms % unitMs == 0)
            return QString::number(ms / unitMs) + QLatin1Char(unit);
    }
    return QString::number(ms / minute) + QLatin1Char('m');
}

} // namespace Funnelscope::Duration
