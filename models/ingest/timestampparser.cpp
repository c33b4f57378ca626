#include "timestampparser.h"

#include "sourcerecord.h"

#include <QDateTime>

#include <cmath>
#include <cstring>
#include <map>

namespace Funnelscope {

namespace {

constexpr qint64 msPerHour = 3'600'000;
constexpr qint64 msPerDay = 24 * msPerHour;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** Reads exactly @p count digits at @p pos; false when they are not there. */
bool digits(std::string_view text, size_t pos, size_t count, int &value)
{
    if (pos + count > text.size())
        return false;
    value = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (!isDigit(text[i]))
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm). */
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = unsigned((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

} // namespace

TimestampParser::TimestampParser(const QTimeZone &zone)
    : mZone(zone.isValid() ? zone : QTimeZone::utc())
    , mUtc(mZone == QTimeZone::utc() || mZone.id() == "UTC" || mZone.id() == "Etc/UTC")
{
}

std::optional<qint64> TimestampParser::parse(std::string_view text) const
{
    text = SourceRecord::trimmed(text);
    if (text.size() >= 10 && text[4] == '-')
        return parseIso(text);
    return parseEpoch(text);
}

std::optional<qint64> TimestampParser::parseEpoch(std::string_view text)
{
    if (text.empty() || text.size() > 24)
        return std::nullopt;
    size_t pos = 0;
    const bool negative = text[0] == '-';
    if (negative)
        pos = 1;
    qint64 whole = 0;
    size_t wholeDigits = 0;
    while (pos < text.size() && isDigit(text[pos])) {
        if (++wholeDigits > 18)
            return std::nullopt; // more than any time holds (and past what qint64 does)
        whole = whole * 10 + (text[pos] - '0');
        ++pos;
    }
    if (wholeDigits == 0)
        return std::nullopt;
    double fraction = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        double scale = 0.1;
        size_t fractionDigits = 0;
        while (pos < text.size() && isDigit(text[pos])) {
            fraction += (text[pos] - '0') * scale;
            scale /= 10;
            ++pos;
            ++fractionDigits;
        }
        if (fractionDigits == 0)
            return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    qint64 ms;
    if (whole < 100'000'000'000) // seconds: up to the year 5138
        ms = whole * 1000 + qint64(std::llround(fraction * 1000));
    else if (whole < 100'000'000'000'000) // milliseconds
        ms = whole;
    else if (whole < 100'000'000'000'000'000) // microseconds
        ms = whole / 1000;
    else
        return std::nullopt;
    return negative ? -ms : ms;
}

std::optional<qint64> TimestampParser::parseIso(std::string_view text) const
{
    qint64 ms;
    if (mHaveDay && text.size() >= mCachedDate.size() && std::memcmp(text.data(), mCachedDate.data(), mCachedDate.size()) == 0) {
        ms = mCachedDayMs; // the same day as the last time read (an export's events come a day at a time)
    } else {
        int year, month, day;
        if (!digits(text, 0, 4, year) || text[4] != '-' || !digits(text, 5, 2, month)
            || text[7] != '-' || !digits(text, 8, 2, day))
            return std::nullopt;
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
            return std::nullopt;
        ms = daysFromCivil(year, month, day) * msPerDay;
        std::memcpy(mCachedDate.data(), text.data(), mCachedDate.size());
        mCachedDayMs = ms;
        mHaveDay = true;
    }
    size_t pos = 10;
    bool hasZone = false;
    qint64 offsetMs = 0;
    if (pos < text.size()) {
        if (text[pos] != 'T' && text[pos] != ' ' && text[pos] != 't')
            return std::nullopt;
        int hour, minute, second = 0;
        if (!digits(text, pos + 1, 2, hour) || pos + 3 >= text.size() || text[pos + 3] != ':'
            || !digits(text, pos + 4, 2, minute))
            return std::nullopt;
        pos += 6;
        if (pos < text.size() && text[pos] == ':') {
            if (!digits(text, pos + 1, 2, second))
                return std::nullopt;
            pos += 3;
        }
        if (hour > 23 || minute > 59 || second > 60)
            return std::nullopt;
        ms += (hour * 3600 + minute * 60 + qMin(second, 59)) * qint64(1000);
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            int scale = 100;
            size_t fractionDigits = 0;
            while (pos < text.size() && isDigit(text[pos])) {
                ms += (text[pos] - '0') * scale;
                scale /= 10;
                ++pos;
                ++fractionDigits;
            }
            if (fractionDigits == 0)
                return std::nullopt;
        }
        const std::string_view zone = text.substr(pos);
        if (zone.empty()) {
        } else if (zone == "Z" || zone == "z" || zone == " UTC" || zone == "UTC" || zone == " Z"
                   || zone == " GMT") {
            hasZone = true;
        } else if (zone[0] == '+' || zone[0] == '-') {
            int offsetHours = 0, offsetMinutes = 0;
            if (!digits(zone, 1, 2, offsetHours))
                return std::nullopt;
            if (zone.size() == 6 && zone[3] == ':') {
                if (!digits(zone, 4, 2, offsetMinutes))
                    return std::nullopt;
            } else if (zone.size() == 5) {
                if (!digits(zone, 3, 2, offsetMinutes))
                    return std::nullopt;
            } else if (zone.size() != 3) {
                return std::nullopt;
            }
            if (offsetHours > 18 || offsetMinutes > 59)
                return std::nullopt;
            offsetMs = (offsetHours * 60 + offsetMinutes) * qint64(60'000);
            if (zone[0] == '-')
                offsetMs = -offsetMs;
            hasZone = true;
        } else {
            return std::nullopt;
        }
    }
    if (hasZone)
        return ms - offsetMs;
    return mUtc ? ms : localToUtc(ms);
}

qint64 TimestampParser::localToUtc(qint64 localMs) const
{
    // The offset depends on the moment; one QDateTime conversion per local hour.
    const qint64 hour = localMs >= 0 ? localMs / msPerHour : (localMs - msPerHour + 1) / msPerHour;
    if (hour != mCachedHour) {
        const QDateTime asUtc = QDateTime::fromMSecsSinceEpoch(hour * msPerHour, QTimeZone::utc());
        const QDateTime local(asUtc.date(), asUtc.time(), mZone);
        mCachedOffset = hour * msPerHour - local.toMSecsSinceEpoch();
        mCachedHour = hour;
    }
    return localMs - mCachedOffset;
}

TimestampParser::Format TimestampParser::classify(std::string_view text)
{
    text = SourceRecord::trimmed(text);
    if (text.empty())
        return Format::Unknown;
    const TimestampParser utc;
    if (!utc.parse(text))
        return Format::Unknown;
    if (text.size() >= 10 && text[4] == '-') {
        if (text.size() == 10)
            return Format::Date;
        const std::string_view tail = text.substr(10);
        const bool zoned = tail.find_first_of("Zz+") != std::string_view::npos
            || tail.find("UTC") != std::string_view::npos || tail.find("GMT") != std::string_view::npos
            || (tail.size() > 6 && tail.find('-', 6) != std::string_view::npos);
        return zoned ? Format::IsoWithZone : Format::IsoLocal;
    }
    const size_t dot = text.find('.');
    const size_t wholeDigits = (dot == std::string_view::npos ? text.size() : dot)
        - (text[0] == '-' ? 1 : 0);
    if (wholeDigits <= 11)
        return Format::EpochSeconds;
    if (wholeDigits <= 14)
        return Format::EpochMillis;
    return Format::EpochMicros;
}

TimestampParser::Format TimestampParser::detect(const std::vector<std::string_view> &samples)
{
    std::map<Format, int> counts;
    for (std::string_view sample : samples) {
        if (!SourceRecord::trimmed(sample).empty())
            ++counts[classify(sample)];
    }
    Format best = Format::Unknown;
    int bestCount = 0;
    for (const auto &[format, count] : counts) {
        if (format != Format::Unknown && count > bestCount) {
            best = format;
            bestCount = count;
        }
    }
    return best;
}

QString TimestampParser::describe(Format format)
{
    switch (format) {
    case Format::IsoWithZone:
        return tr("ISO 8601 date and time with time zone");
    case Format::IsoLocal:
        return tr("date and time without time zone");
    case Format::Date:
        return tr("date without time");
    case Format::EpochSeconds:
        return tr("Unix time in seconds");
    case Format::EpochMillis:
        return tr("Unix time in milliseconds");
    case Format::EpochMicros:
        return tr("Unix time in microseconds");
    case Format::Unknown:
        break;
    }
    return tr("not recognised");
}

} // namespace Funnelscope
