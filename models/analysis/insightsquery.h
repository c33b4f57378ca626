#pragma once

#include "condition.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Funnelscope {

/**
 * What an insights report asks (DESIGN.md, "Insights"): which events a person did before
 * converting predict that they convert. A value type.
 */
struct InsightsQuery
{
    static constexpr qint64 day = 24 * 60 * 60 * 1000;

    QString target = QStringLiteral("purchase"); ///< the outcome event
    QList<Condition> targetFilters;              ///< the outcome event must pass all
    int withinDays = 30;      ///< the horizon: a person's first days, from their first event
    int minTimes = 1;         ///< exposure: at least this many times before the outcome
    bool thresholds = false;  ///< also each event at 1, 2, 3, 5 and 10 times (Compass)
    QStringList properties;   ///< also each event with each top value of these
    int topValues = 5;        ///< values of a property per event
    int minPersons = 30;      ///< fewer exposed persons: "too few", not ranked
    QList<Condition> where;   ///< applied to every event first
    std::optional<qint64> fromMs; ///< the person's first event at or after (UTC ms)
    std::optional<qint64> toMs;   ///< ... and before
    QByteArray timezone = "UTC";  ///< whose days fromMs and toMs are

    static constexpr int maxWithinDays = 366;
    static constexpr int thresholdLevels[] = {1, 2, 3, 5, 10};

    /** Whose first event counts: from the start of @p first to the end of @p last in @p zone (invalid: open). */
    void setDays(QDate first, QDate last, const QByteArray &zone);
    /** The exposure thresholds this query counts, ascending. */
    QList<int> levels() const;
    /** Equal for queries that ask the same (the key of a cached result). */
    QByteArray cacheKey() const { return toJson(); }
    /** The query as saved in a workspace (saved_reports, kind "insights"). */
    QByteArray toJson() const;
    /** Reads what toJson() writes; what is missing or unreadable keeps its default. */
    static InsightsQuery fromJson(const QByteArray &json);
};

} // namespace Funnelscope
