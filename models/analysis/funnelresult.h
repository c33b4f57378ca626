#pragma once

#include "userkeys.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>


namespace Funnelscope {

/** The figures of one funnel step (overall or within a segment). */
struct FunnelStepResult
{
    QString event;
    qint64 count = 0;
    double conversion = 0;         ///< from step 1, 0..1
    double conversionFromPrevious = 0;
    qint64 dropOff = 0;            ///< reached the previous step, not this one
    double intervalLow = 0;        ///< 95% Wilson interval of conversion
    double intervalHigh = 0;
    // Seconds, NaN when nobody reached the step (or for step 1).
    double medianFromPrevious = 0;
    double p25FromPrevious = 0;
    double p75FromPrevious = 0;
    double p90FromPrevious = 0;
    double medianFromStart = 0;
    double p25FromStart = 0;
    double p75FromStart = 0;
    double p90FromStart = 0;
};

/** One value of the breakdown, its steps, and its test against everybody else. */
struct FunnelSegment
{
    QString value;
    QList<FunnelStepResult> steps;
    double pValue = 1;        ///< overall conversion against all other units
    bool tooFew = false;      ///< fewer than 30 units: no test
    bool significant() const { return !tooFew && pValue < 0.05; }
};

/** A unit that reached a step and not the next: for remarketing lists. */
struct DroppedUnit
{
    int person = 0;       ///< in FunnelResult::persons
    int lastStep = 0;     ///< 1-based
    qint64 lastStepMs = 0;
};

/** A funnel's answer: overall steps, segments, time to convert and the weekly trend. */
struct FunnelResult
{
    QList<FunnelStepResult> steps;
    QList<FunnelSegment> segments;
    QString breakdown;
    struct Bin
    {
        double fromSeconds = 0;
        double toSeconds = 0;
        qint64 count = 0;
    };
    /** Time from step 1 to the last step for units that converted, in bins [from, to). */
    QList<Bin> histogram;
    struct Week
    {
        qint64 weekStartMs = 0; ///< Monday 00:00 UTC
        qint64 entered = 0;
        qint64 converted = 0;
        /** The data (or the query's period) ends inside the week: its figures can still change. */
        bool incomplete = false;
    };
    QList<Week> trend;
    QList<DroppedUnit> dropped; ///< every unit that stopped before the last step
    /** The same funnel in another period (FunnelQuery::compare), without breakdown. */
    struct Comparison
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        QDate firstDay; ///< the period's days in the query's time zone
        QDate lastDay;
        QList<FunnelStepResult> steps;
        /** Per step: this period's conversion from step 1 less the other's, in points. */
        QList<double> deltaPoints;
        /** Two-proportion test of overall conversion, this period against the other. */
        double pValue = 1;
        bool tooFew = false; ///< either period has fewer than 30 units: no test
    };
    std::optional<Comparison> comparison;
    /**
     * The keys of the persons dropped units name (user id, or the anonymous id of someone
     * never known): the result's own list, which a backend may share between its results
     * (LocalBackend shares its table's; a server backend lists the dropped persons).
     */
    std::shared_ptr<const UserKeys> persons;
    qint64 units = 0;

    /** The key of the person of dropped[@p index]. */
    QString personOf(qsizetype index) const { return persons ? persons->at(dropped.at(index).person) : QString(); }
};

} // namespace Funnelscope
