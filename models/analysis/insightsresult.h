#pragma once

#include "statistics.h"

#include <QList>
#include <QString>

#include <optional>

namespace Funnelscope {

/** One candidate micro-conversion: its 2×2 table of persons and what follows from it. */
struct InsightsSignal
{
    QString event;
    QString property;  ///< empty, or the property whose value narrows the event
    QString value;     ///< that value
    int minTimes = 1;  ///< exposed: did it at least this many times before converting
    Statistics::Table table; ///< a exposed+converted, b exposed only, c converted only, d neither
    double phi = 0;
    double oddsRatio = 1;          ///< 0.5 added to every cell
    Statistics::Interval oddsRatioInterval; ///< Woolf, 95%
    double ppv = 0;                ///< conversion of the exposed, a / (a + b)
    double restConversion = 0;     ///< conversion of the others, c / (c + d)
    std::optional<double> lift;    ///< ppv / restConversion; none when the others never convert
    double sensitivity = 0;        ///< a / (a + c)
    double specificity = 0;        ///< d / (b + d)
    double pValue = 1;             ///< Fisher's exact test, two-sided
    double pAdjusted = 1;          ///< Holm over every candidate of the run
    bool tooFew = false;           ///< fewer exposed persons than InsightsQuery::minPersons
    std::optional<double> revenueExposed;    ///< mean revenue in the horizon of exposed converters
    std::optional<double> revenueNotExposed; ///< ... of the other converters
    /** Welch's 95% interval of revenueExposed − revenueNotExposed; none under two converters a side. */
    std::optional<Statistics::Interval> revenueDifference;

    qint64 exposed() const { return table.a + table.b; }
    /** Compass's words for |phi|: strong ≥ 0.4, moderate ≥ 0.3, weak ≥ 0.2, else none. */
    enum class Strength { None, Weak, Moderate, Strong };
    Strength strength() const;
    bool significant() const { return !tooFew && pAdjusted < 0.05; }
    /** "add_to_cart", "add_to_cart ×3", "add_to_cart[category=Shoes]". */
    QString label() const;
};

struct InsightsResult
{
    QString target;
    int withinDays = 30;
    qint64 persons = 0;   ///< in the population
    qint64 converted = 0; ///< did the target within the horizon
    QList<InsightsSignal> signalList; ///< by phi, strongest first; too few last
};

} // namespace Funnelscope
