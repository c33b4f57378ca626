#pragma once

#include "condition.h"
#include "funnelquery.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Funnelscope {

/**
 * What a paths report asks (DESIGN.md, "Paths"): from each person's first start event
 * forward (or to their first end event, backward), the events of the same session, step by
 * step; or, with a funnel, from the step-K event of those who reached step K and not K + 1.
 * A value type.
 */
struct PathsQuery
{
    enum class Direction { Forward, Backward };

    static constexpr qint64 minute = 60'000;
    static constexpr int maxSteps = 20;
    static constexpr int maxTop = 20;

    Direction direction = Direction::Forward;
    QString event;                 ///< the start (forward) or end (backward) event
    QList<Condition> eventFilters; ///< the start or end event must pass all
    std::optional<FunnelQuery> funnel; ///< "where the drop-offs went": start at the step-K event ...
    int droppedAfter = 0;          ///< ... of the persons whose best chain reached K (1-based) and not K + 1
    int steps = 5;                 ///< steps after (or before) the start, 1..maxSteps
    int top = 5;                   ///< events by persons kept at each step; the rest are "(other)"
    qint64 sessionGapMs = 30 * minute; ///< without a session id, a longer pause starts a new session
    QString expand;                ///< a node is event + this property's value
    QList<Condition> where;        ///< applied to every event first
    std::optional<qint64> fromMs;  ///< the start event at or after (UTC ms) ...
    std::optional<qint64> toMs;    ///< ... and before
    QByteArray timezone = "UTC";   ///< whose days fromMs and toMs are

    /** Whose start counts: from the start of @p first to the end of @p last in @p zone (invalid: open). */
    void setDays(QDate first, QDate last, const QByteArray &zone);
    /** The anchor's event: the start or end event, or the funnel's step K. */
    QString anchorEvent() const;
    QByteArray toJson() const;
    QByteArray cacheKey() const { return toJson(); }
};

} // namespace Funnelscope
