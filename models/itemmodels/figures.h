#pragma once

#include <QCoreApplication>
#include <QString>

namespace Funnelscope {

/**
 * How figures read for people, in the user's locale and language: one place for the
 * p-value ("p < 0,001" in German), signed points and percentages, so the window, the
 * exported charts and the terminal say them alike.
 */
class Figures
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::Figures)

public:
    /** "p < 0.001" below a thousandth, else "p = 0.042" (four decimals below 0.01). */
    static QString pValue(double p);
    /** @p fraction (0..1) as "43.8%", the locale's digits and percent sign. */
    static QString percent(double fraction, int decimals = 1);
    /** A window or bound as people say it, with its plural: "1 day", "12 hours", "30 minutes". */
    static QString duration(qint64 ms);
    /** Signed points: "+1.2", "−0.3". */
    static QString points(double points, int decimals = 1);
};

} // namespace Funnelscope
