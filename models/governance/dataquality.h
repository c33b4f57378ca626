#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "tasks/taskcontext.h"

namespace Funnelscope {

class Connection;
class EventDictionary;

/** One thing the data does that the dictionary says it should not (or the reverse). */
struct QualityFinding
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::QualityFinding)

public:
    enum Kind {
        Unplanned,       ///< an event in the data that the dictionary does not define
        NeverSeen,       ///< a defined (not deprecated) event the data never has
        DeprecatedSent,  ///< a deprecated event the data still has
        MissingRequired, ///< rows without a required parameter
        TypeMismatch,    ///< values that are not of the parameter's type
        NotAllowed,      ///< values outside the allowed set or pattern
        VolumeDrop,      ///< days far below the event's usual daily count
        VolumeSpike,     ///< days far above it
    };
    enum class Severity { Error, Warning, Notice };

    Kind kind = Unplanned;
    QString event;
    QString parameter;
    qint64 rows = 0;   ///< rows concerned (for volume: the events on the days concerned)
    qint64 total = 0;  ///< rows of the event (for volume: the usual count over those days)
    QDateTime since;   ///< the first row concerned (UTC); for volume, the first day's start
    QDate until;       ///< volume: the last day concerned
    QString example;

    Severity severity() const;
    QString kindLabel() const;
    static QString kindKey(Kind kind);
    /** The finding as one sentence: what, how many, since when. */
    QString message() const;
    /** rows / total, or 0. */
    double rate() const { return total > 0 ? double(rows) / double(total) : 0.0; }
};

/**
 * Checks the imported events against the dictionary in one pass over the events:
 * unplanned and never-seen events, deprecated events still sent, required parameters
 * missing, values of the wrong type or outside the allowed set or pattern, and daily
 * volume anomalies against a robust baseline (the median and MAD of the previous 28
 * days; the first and last day of the data are left out as partial).
 *
 * A parameter is looked up among the event's source properties, and for the names the
 * store keeps in columns (product_id, category, price, revenue, currency, device,
 * channel, country) in those columns too.
 */
class DataQuality
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::DataQuality)

public:
    struct Options
    {
        int baselineDays = 28;
        int minimumHistoryDays = 14;
        double threshold = 4.0;         ///< robust z-score beyond which a day is unusual
        double minimumBaseline = 20.0;  ///< usual events a day below which volume is too noisy to judge
        QString timezone = QStringLiteral("UTC");
    };

    static QList<QualityFinding> check(Connection &connection, const EventDictionary &dictionary,
                                       const Options &options, const TaskContext &task = {});

    /** The days of @p counts (consecutive days) that are far from their baseline, as runs. */
    struct VolumeRun
    {
        int first = 0; ///< index into counts
        int last = 0;
        bool drop = true;
        qint64 observed = 0;
        double expected = 0;
    };
    static QList<VolumeRun> volumeAnomalies(const QList<qint64> &counts, const Options &options);
};

} // namespace Funnelscope
