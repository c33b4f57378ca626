#include "localcalendar.h"

#include <QDateTime>

namespace Funnelscope {

namespace {

constexpr qint64 hourMs = 3'600'000;
constexpr qint64 dayMs = 24 * hourMs;
const QDate epoch(1970, 1, 1);

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : (a - b + 1) / b;
}

} // namespace

LocalCalendar::LocalCalendar(const QTimeZone &zone)
    : mZone(zone.isValid() ? zone : QTimeZone::utc())
    , mUtc(mZone == QTimeZone::utc() || mZone.id() == "UTC" || mZone.id() == "Etc/UTC")
{
}

qint64 LocalCalendar::offsetMs(qint64 utcMs) const
{
    if (mUtc)
        return 0;
    const qint64 hour = floorDiv(utcMs, hourMs);
    if (hour != mCachedHour) {
        mCachedHour = hour;
        mCachedOffset = qint64(mZone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(hour * hourMs, QTimeZone::utc()))) * 1000;
    }
    return mCachedOffset;
}

QDate LocalCalendar::date(qint64 utcMs) const
{
    return epoch.addDays(floorDiv(utcMs + offsetMs(utcMs), dayMs));
}

qint64 LocalCalendar::periodOf(const QDate &date, Period period)
{
    switch (period) {
    case Period::Day:
        return epoch.daysTo(date);
    case Period::Week:
        // 1970-01-01 was a Thursday; weeks start on Monday 1969-12-29.
        return floorDiv(epoch.daysTo(date) + 3, 7);
    case Period::Month:
        return qint64(date.year()) * 12 + date.month() - 1;
    }
    return 0;
}

qint64 LocalCalendar::period(qint64 utcMs, Period period) const
{
    return periodOf(date(utcMs), period);
}

QDate LocalCalendar::periodStart(qint64 index, Period period)
{
    switch (period) {
    case Period::Day:
        return epoch.addDays(index);
    case Period::Week:
        return epoch.addDays(index * 7 - 3);
    case Period::Month:
        return QDate(int(floorDiv(index, 12)), int(index - floorDiv(index, 12) * 12) + 1, 1);
    }
    return {};
}

qint64 LocalCalendar::periodStartMs(qint64 index, Period period) const
{
    return QDateTime(periodStart(index, period), QTime(0, 0), mZone).toMSecsSinceEpoch();
}

qint64 LocalCalendar::dayStartMs(QDate date, const QByteArray &zone)
{
    return QDateTime(date, QTime(0, 0), zoneNamed(zone)).toMSecsSinceEpoch();
}

QTimeZone LocalCalendar::zoneNamed(const QByteArray &name)
{
    const QTimeZone zone(name);
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace Funnelscope
