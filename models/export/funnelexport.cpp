#include "funnelexport.h"

#include <algorithm>
#include <tuple>

#include "annotationsexport.h"
#include "csvwriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

namespace Funnelscope {

namespace {

QJsonValue seconds(double value)
{
    return std::isnan(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(std::round(value * 1000) / 1000);
}

QJsonArray stepsJson(const QList<FunnelStepResult> &steps)
{
    QJsonArray array;
    for (const FunnelStepResult &step : steps) {
        array.append(QJsonObject{
            {QStringLiteral("event"), step.event},
            {QStringLiteral("count"), step.count},
            {QStringLiteral("conversion"), step.conversion},
            {QStringLiteral("conversion_from_previous"), step.conversionFromPrevious},
            {QStringLiteral("drop_off"), step.dropOff},
            {QStringLiteral("interval"), QJsonArray{step.intervalLow, step.intervalHigh}},
            {QStringLiteral("median_seconds"), seconds(step.medianFromPrevious)},
            {QStringLiteral("p25_seconds"), seconds(step.p25FromPrevious)},
            {QStringLiteral("p75_seconds"), seconds(step.p75FromPrevious)},
            {QStringLiteral("p90_seconds"), seconds(step.p90FromPrevious)},
            {QStringLiteral("median_seconds_from_start"), seconds(step.medianFromStart)},
            {QStringLiteral("p25_seconds_from_start"), seconds(step.p25FromStart)},
            {QStringLiteral("p75_seconds_from_start"), seconds(step.p75FromStart)},
            {QStringLiteral("p90_seconds_from_start"), seconds(step.p90FromStart)},
        });
    }
    return array;
}

QString number(double value, int decimals = 6)
{
    return std::isnan(value) ? QString() : QString::number(value, 'f', decimals);
}

QString isoDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date().toString(Qt::ISODate);
}

} // namespace

QByteArray FunnelExport::toJson(const FunnelQuery &query, const FunnelResult &result, const QList<Annotation> &annotations)
{
    QJsonArray segments;
    for (const FunnelSegment &segment : result.segments) {
        segments.append(QJsonObject{
            {QStringLiteral("value"), segment.value},
            {QStringLiteral("steps"), stepsJson(segment.steps)},
            {QStringLiteral("p_value"), segment.tooFew ? QJsonValue(QJsonValue::Null) : QJsonValue(segment.pValue)},
            {QStringLiteral("too_few"), segment.tooFew},
        });
    }
    QJsonArray histogram;
    for (const FunnelResult::Bin &bin : result.histogram)
        histogram.append(QJsonObject{{QStringLiteral("from_seconds"), bin.fromSeconds},
                                     {QStringLiteral("to_seconds"), bin.toSeconds},
                                     {QStringLiteral("count"), bin.count}});
    QJsonArray trend;
    for (const FunnelResult::Week &week : result.trend)
        trend.append(QJsonObject{{QStringLiteral("week"), isoDay(week.weekStartMs)},
                                 {QStringLiteral("entered"), week.entered},
                                 {QStringLiteral("converted"), week.converted},
                                 {QStringLiteral("incomplete"), week.incomplete}});
    static const char *orders[] = {"ordered", "strict", "any"};
    static const char *counts[] = {"users", "sessions", "totals"};
    QJsonObject object{
        {QStringLiteral("steps"), stepsJson(result.steps)},
        {QStringLiteral("segments"), segments},
        {QStringLiteral("breakdown"), result.breakdown.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.breakdown)},
        {QStringLiteral("window_seconds"), double(query.windowMs) / 1000.0},
        {QStringLiteral("order"), QLatin1String(orders[int(query.order)])},
        {QStringLiteral("count"), QLatin1String(counts[int(query.count)])},
        {QStringLiteral("time_to_convert"), histogram},
        {QStringLiteral("trend"), trend},
    };
    object.insert(QStringLiteral("annotations"), AnnotationsExport::toJson(annotations, query.timezone));
    if (!query.hold.isEmpty())
        object.insert(QStringLiteral("hold"), QJsonArray::fromStringList(query.hold));
    if (query.hasStepWindows()) {
        QJsonArray windows;
        for (const FunnelQuery::Step &step : query.steps)
            windows.append(step.windowMs > 0 ? QJsonValue(double(step.windowMs) / 1000.0) : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("step_window_seconds"), windows);
    }
    if (!result.breakdown.isEmpty())
        object.insert(QStringLiteral("attribution"), query.attributionText());
    if (result.comparison) {
        const FunnelResult::Comparison &compare = *result.comparison;
        QJsonArray delta;
        for (double points : compare.deltaPoints)
            delta.append(std::round(points * 1000) / 1000);
        object.insert(QStringLiteral("compare"),
                      QJsonObject{{QStringLiteral("from"), compare.firstDay.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), compare.lastDay.toString(Qt::ISODate)},
                                  {QStringLiteral("steps"), stepsJson(compare.steps)},
                                  {QStringLiteral("delta_pp"), delta},
                                  {QStringLiteral("p_value"), compare.tooFew ? QJsonValue(QJsonValue::Null) : QJsonValue(compare.pValue)},
                                  {QStringLiteral("too_few"), compare.tooFew}});
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QList<QStringList> FunnelExport::table(const FunnelResult &result)
{
    QList<QStringList> rows;
    rows.append({QStringLiteral("segment"), QStringLiteral("step"), QStringLiteral("event"),
                 QStringLiteral("count"), QStringLiteral("conversion"),
                 QStringLiteral("conversion_from_previous"), QStringLiteral("drop_off"),
                 QStringLiteral("interval_low"), QStringLiteral("interval_high"),
                 QStringLiteral("median_seconds_from_previous"), QStringLiteral("p25_seconds_from_previous"),
                 QStringLiteral("p75_seconds_from_previous"), QStringLiteral("p90_seconds_from_previous"),
                 QStringLiteral("median_seconds_from_start"), QStringLiteral("p25_seconds_from_start"),
                 QStringLiteral("p75_seconds_from_start"), QStringLiteral("p90_seconds_from_start"),
                 QStringLiteral("p_value")});
    const auto add = [&rows](const QString &segment, const QList<FunnelStepResult> &steps, const QString &pValue) {
        for (qsizetype k = 0; k < steps.size(); ++k) {
            const FunnelStepResult &step = steps[k];
            rows.append({segment, QString::number(k + 1), step.event, QString::number(step.count),
                         number(step.conversion), number(step.conversionFromPrevious),
                         QString::number(step.dropOff), number(step.intervalLow), number(step.intervalHigh),
                         number(step.medianFromPrevious, 3), number(step.p25FromPrevious, 3),
                         number(step.p75FromPrevious, 3), number(step.p90FromPrevious, 3),
                         number(step.medianFromStart, 3), number(step.p25FromStart, 3),
                         number(step.p75FromStart, 3), number(step.p90FromStart, 3),
                         k == steps.size() - 1 ? pValue : QString()});
        }
    };
    add(QStringLiteral("all"), result.steps, QString());
    for (const FunnelSegment &segment : result.segments)
        add(segment.value, segment.steps, segment.tooFew ? QStringLiteral("too few") : number(segment.pValue));
    if (result.comparison) {
        // The other period as a segment named by its days; its p-value tests it against this one.
        const FunnelResult::Comparison &compare = *result.comparison;
        add(QStringLiteral("period %1..%2").arg(compare.firstDay.toString(Qt::ISODate), compare.lastDay.toString(Qt::ISODate)), compare.steps,
            compare.tooFew ? QStringLiteral("too few") : number(compare.pValue));
    }
    return rows;
}

QList<QStringList> FunnelExport::droppedTable(const FunnelQuery &query, const FunnelResult &result)
{
    QList<QStringList> rows = {{QStringLiteral("user_id"), QStringLiteral("last_step"), QStringLiteral("last_step_event"),
                                QStringLiteral("last_step_time"), QStringLiteral("next_step_event")}};
    rows.reserve(result.dropped.size() + 1);
    for (qsizetype i = 0; i < result.dropped.size(); ++i) {
        const DroppedUnit &unit = result.dropped[i];
        rows.append({result.personOf(i), QString::number(unit.lastStep), query.steps.value(unit.lastStep - 1).event,
                     QDateTime::fromMSecsSinceEpoch(unit.lastStepMs, QTimeZone::utc()).toString(Qt::ISODate),
                     query.steps.value(unit.lastStep).event});
    }
    // By person, whichever backend listed them (a server lists them in its own order).
    std::sort(rows.begin() + 1, rows.end(), [](const QStringList &a, const QStringList &b) {
        return std::tie(a[0], a[3]) < std::tie(b[0], b[3]);
    });
    return rows;
}

} // namespace Funnelscope
