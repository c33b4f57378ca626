#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

#include <array>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace Funnelscope {

/**
 * Reads the timestamps of event exports into UTC milliseconds:
 *
 * - ISO 8601 with `T` or a space, optional seconds and fraction, and `Z`, an offset
 *   (`+02:00`, `+0200`, `+02`) or a trailing ` UTC`; a date alone means midnight;
 * - epoch numbers, told apart by magnitude: seconds (below 10^11), milliseconds (below
 *   10^14), microseconds (below 10^17); a fraction is allowed on seconds.
 *
 * Times without a zone are read in the parser's time zone (the import's, default UTC),
 * with the time zone's rules for daylight saving.
 */
class TimestampParser
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::TimestampParser)

public:
    enum class Format {
        Unknown,
        IsoWithZone,  ///< 2024-03-01T10:00:00Z, ...+02:00, 2019-10-01 00:00:00 UTC
        IsoLocal,     ///< 2024-03-01 10:00:00 (read in the import's time zone)
        Date,         ///< 2024-03-01
        EpochSeconds,
        EpochMillis,
        EpochMicros,
    };

    explicit TimestampParser(const QTimeZone &zone = QTimeZone::utc());

    /** UTC milliseconds, or nothing when @p text is not a timestamp. */
    std::optional<qint64> parse(std::string_view text) const;

    /** What form @p text has (without reading it fully), Unknown if none. */
    static Format classify(std::string_view text);
    /** The form most of @p samples have (empty ones ignored). */
    static Format detect(const std::vector<std::string_view> &samples);
    /** A description for people, such as "ISO 8601 with time zone". */
    static QString describe(Format format);

    QTimeZone zone() const { return mZone; }

private:
    std::optional<qint64> parseIso(std::string_view text) const;
    static std::optional<qint64> parseEpoch(std::string_view text);
    qint64 localToUtc(qint64 localMs) const;

    QTimeZone mZone;
    bool mUtc;
    // Cache of the last local hour converted, since exports come mostly in time order.
    mutable std::array<char, 10> mCachedDate{}; // the last date read ("2026-10-30"), and its first millisecond
    mutable qint64 mCachedDayMs = 0;
    mutable bool mHaveDay = false;
    mutable qint64 mCachedHour = std::numeric_limits<qint64>::min();
    mutable qint64 mCachedOffset = 0;
};

} // namespace Funnelscope
