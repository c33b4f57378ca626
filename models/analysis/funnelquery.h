#pragma once

#include "condition.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Funnelscope {

/** What a funnel asks (DESIGN.md's funnel semantics); a value type, saved as JSON. */
struct FunnelQuery
{
    enum class Order { Ordered, Strict, Any };
    enum class Count { Users, Sessions, Totals };

    struct Step
    {
        QString event;
        QList<Condition> filters; ///< the step's event must pass all
        /** Within this long after the previous step's event (not for step 1); 0: no limit. */
        qint64 windowMs = 0;
    };

    /** Which event of a unit gives its breakdown value. */
    enum class Attribution { Step1, FirstTouch, LastTouch, Step };
    /** The funnel of another period next to this one. */
    enum class Compare { None, Previous, Range };

    /** Chains that meet @c event after step @c after and before step @c after + 1 stop there. */
    struct Exclusion
    {
        QString event;
        int after = 1; ///< 1-based step; the exclusion lies between it and the next step
    };

    static constexpr qint64 minute = 60'000;
    static constexpr qint64 day = 24 * 60 * minute;
    static constexpr qint64 minWindow = minute;
    static constexpr qint64 maxWindow = 366 * day;
    static constexpr int minSteps = 2;
    static constexpr int maxSteps = 20;
    static constexpr int maxHeld = 3;

    QList<Step> steps;
    qint64 windowMs = 7 * day;
    Order order = Order::Ordered;
    Count count = Count::Users;
    QList<Condition> where;        ///< applied to every event before anything else
    QList<Exclusion> exclusions;
    std::optional<qint64> fromMs;  ///< step 1 at or after (UTC ms); see setDays()
    std::optional<qint64> toMs;    ///< step 1 before (UTC ms)
    QByteArray timezone = "UTC";   ///< the zone whose days fromMs and toMs are (setDays())
    QString breakdown;             ///< a column, "new_vs_returning", or empty
    int topN = 5;
    /** A numeric property cut into bins for the breakdown: edges, or its quartiles. */
    struct Bins
    {
        QString property;
        QList<double> edges; ///< ascending; empty with quartiles
        bool quartiles = false;
    };
    QList<Bins> bins;
    /** The bins of @p property, or null. */
    const Bins *binsOf(const QString &property) const;
    /** Parses PROPERTY=E1,E2,... or PROPERTY=quartiles; nullopt when it is neither. */
    static std::optional<Bins> parseBins(const QString &text);
    /** Properties every step event of a chain has with step 1's (non-empty) values. */
    QStringList hold;
    Attribution attribution = Attribution::Step1;
    int attributionStep = 1;       ///< 1-based, for Attribution::Step
    Compare compare = Compare::None;
    std::optional<qint64> compareFromMs; ///< the other period, for Compare::Range
    std::optional<qint64> compareToMs;
    /**
     * Name the persons of the dropped units (FunnelResult::dropped). LocalBackend always
     * does (its table has the keys); a server sends them only when asked (`--dropped`,
     * Export Dropped Users), so a funnel's answer stays its figures.
     */
    bool listDropped = false;

    /** Whether some step has a window of its own. */
    bool hasStepWindows() const;
    /** The other period's start and end (UTC ms), when compare asks for one and can have it. */
    std::optional<std::pair<qint64, qint64>> comparedPeriod() const;
    /** This query on the other period, without breakdown: what the comparison runs. */
    FunnelQuery comparedQuery() const;
    /** attribution as the command line spells it: step1, first-touch, last-touch, step:K. */
    QString attributionText() const;
    /** Parses @p text into attribution and attributionStep; false when it is none of them. */
    bool setAttribution(const QString &text);

    static QString newVsReturning() { return QStringLiteral("new_vs_returning"); }

    /**
     * Step 1 from the start of day @p first to the end of day @p last in @p zone (an
     * IANA name; the workspace's, so the window and `funnel --from/--to` agree); an
     * unknown zone counts as UTC; an invalid day leaves that end open. The one place days
     * become milliseconds.
     */
    void setDays(QDate first, QDate last, const QByteArray &zone);
    /** The days of the range in its time zone (invalid without a range). */
    QDate firstDay() const;
    QDate lastDay() const;

    /** As saved in the workspace (saved_reports.query). */
    QByteArray toJson() const;
    static FunnelQuery fromJson(const QByteArray &json);
    /** Equal for queries that ask the same (the key of a cached result). */
    QByteArray cacheKey() const { return toJson(); }
    /**
     * A first funnel's steps: the checkout funnel (product_view → add_to_cart →
     * begin_checkout → purchase) as far as its events exist, else the first three of
     * @p events (the workspace's event names, most frequent first).
     */
    static QStringList defaultSteps(const QStringList &events);
    /**
     * This funnel with @p event as a step just before the first step on @p target (an
     * insight's "add as funnel step"); when no step is @p target, the funnel @p event →
     * @p target with this one's window and counting. Unchanged when @p event is a step
     * already or the funnel is full.
     */
    FunnelQuery withStepBefore(const QString &event, const QString &target) const;
};

} // namespace Funnelscope
