#pragma once

#include <QDate>
#include <QTimeZone>

#include <optional>

namespace Funnelscope {

/**
 * Calendar periods (day, ISO week from Monday, month) of UTC instants in a time zone,
 * numbered so that consecutive periods have consecutive numbers. The zone's offset is
 * looked up once per UTC hour, since events come mostly in time order.
 */
class LocalCalendar
{
public:
    enum class Period { Day, Week, Month };

    explicit LocalCalendar(const QTimeZone &zone = QTimeZone::utc());

    /** The local date of @p utcMs. */
    QDate date(qint64 utcMs) const;
    /** The number of the period that holds @p utcMs. */
    qint64 period(qint64 utcMs, Period period) const;
    /** The first local day of period @p index. */
    /**
     * The instant @p date begins in the zone named @p zone (IANA; an unknown one counts
     * as UTC): the one place report queries turn days into milliseconds.
     */
    static qint64 dayStartMs(QDate date, const QByteArray &zone);
    /**
     * Sets @p query's range (fromMs, toMs, timezone: every report query has them) to the
     * days @p first to @p last included in the zone named @p zone (empty: UTC); an invalid
     * day leaves that end open. The one place a query's days become milliseconds.
     */
    template<typename Query>
    static void setDays(Query &query, QDate first, QDate last, const QByteArray &zone)
    {
        query.timezone = zone.isEmpty() ? QByteArrayLiteral("UTC") : zone;
        query.fromMs = first.isValid() ? std::optional<qint64>(dayStartMs(first, query.timezone)) : std::nullopt;
        query.toMs = last.isValid() ? std::optional<qint64>(dayStartMs(last.addDays(1), query.timezone)) : std::nullopt;
    }
    /** The zone named @p name (IANA), or UTC when there is none by that name. */
    static QTimeZone zoneNamed(const QByteArray &name);
    static QDate periodStart(qint64 index, Period period);
    /** The UTC instant where period @p index starts (local midnight of its first day). */
    qint64 periodStartMs(qint64 index, Period period) const;
    static qint64 periodOf(const QDate &date, Period period);

private:
    qint64 offsetMs(qint64 utcMs) const;

    QTimeZone mZone;
    bool mUtc;
    mutable qint64 mCachedHour = std::numeric_limits<qint64>::min();
    mutable qint64 mCachedOffset = 0;
};

} // namespace Funnelscope
