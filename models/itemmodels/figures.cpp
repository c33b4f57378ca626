#include "figures.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Funnelscope {

QString Figures::pValue(double p)
{
    const QLocale locale;
    if (p < 0.001)
        return tr("p < %1").arg(locale.toString(0.001, 'f', 3));
    return tr("p = %1").arg(locale.toString(p, 'f', p < 0.01 ? 4 : 3));
}

QString Figures::percent(double fraction, int decimals)
{
    const QLocale locale;
    return tr("%1%").arg(locale.toString(fraction * 100, 'f', decimals));
}

QString Figures::duration(qint64 ms)
{
    constexpr qint64 minute = 60'000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    if (ms % day == 0)
        return tr("%Ln days", nullptr, int(ms / day));
    if (ms % hour == 0)
        return tr("%Ln hours", nullptr, int(ms / hour));
    return tr("%Ln minutes", nullptr, int(ms / minute));
}

QString Figures::points(double points, int decimals)
{
    const QString text = QLocale().toString(std::abs(points), 'f', decimals);
    return (points < 0 && text.contains(QRegularExpression(QStringLiteral("[1-9]"))) ? QStringLiteral("−") : QStringLiteral("+")) + text;
}

} // namespace Funnelscope
