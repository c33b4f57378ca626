#pragma once

#include "condition.h"
#include "localcalendar.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Funnelscope {

/** What a cohort grid asks (DESIGN.md's cohort semantics). */
struct CohortQuery
{
    enum class Mode { On, OnOrAfter };
    enum class Metric { Retention, Revenue };

    LocalCalendar::Period period = LocalCalendar::Period::Week;
    QString startEvent;  ///< empty: any event
    QString returnEvent; ///< empty: any event
    Mode mode = Mode::On;
    int periods = 12;    ///< columns: period 0 .. periods - 1
    QList<Condition> where;
    QString breakdown;   ///< a property of the user's start event: one grid per value
    int topN = 5;
    Metric metric = Metric::Retention;
    bool cumulative = true; ///< revenue: running total per member
    QByteArray timezone = "UTC";

    static constexpr int maxPeriods = 400;

    /** Equal for queries that ask the same (the key of a cached result). */
    QByteArray cacheKey() const;
};

} // namespace Funnelscope
