#include "cohortexport.h"

#include "annotationsexport.h"

#include "csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Funnelscope {

namespace {

QJsonObject rowJson(const CohortRow &row, bool revenue)
{
    QJsonArray counts;
    QJsonArray values;
    QJsonArray incomplete;
    for (qsizetype k = 0; k < row.values.size(); ++k) {
        counts.append(row.counts[k] ? QJsonValue(*row.counts[k]) : QJsonValue(QJsonValue::Null));
        values.append(row.values[k] ? QJsonValue(std::round(*row.values[k] * 100) / 100) : QJsonValue(QJsonValue::Null));
        incomplete.append(row.incomplete[k]);
    }
    QJsonObject object{{QStringLiteral("size"), row.size},
                       {QStringLiteral("counts"), counts},
                       {revenue ? QStringLiteral("revenue_per_user") : QStringLiteral("percent"), values},
                       {QStringLiteral("incomplete"), incomplete}};
    if (row.start.isValid())
        object.insert(QStringLiteral("start"), row.start.toString(Qt::ISODate));
    return object;
}

QJsonObject gridJson(const CohortGrid &grid, bool revenue)
{
    QJsonArray cohorts;
    for (const CohortRow &row : grid.cohorts)
        cohorts.append(rowJson(row, revenue));
    return {{QStringLiteral("cohorts"), cohorts}, {QStringLiteral("average"), rowJson(grid.average, revenue)}};
}

} // namespace

QString CohortExport::periodName(LocalCalendar::Period period)
{
    switch (period) {
    case LocalCalendar::Period::Day:
        return QStringLiteral("day");
    case LocalCalendar::Period::Week:
        return QStringLiteral("week");
    case LocalCalendar::Period::Month:
        return QStringLiteral("month");
    }
    return QString();
}

QByteArray CohortExport::toJson(const CohortQuery &query, const CohortResult &result, const QList<Annotation> &annotations)
{
    QJsonObject object = gridJson(result.grids.value(0), result.revenue);
    object.insert(QStringLiteral("period"), periodName(query.period));
    object.insert(QStringLiteral("mode"), query.mode == CohortQuery::Mode::On ? QStringLiteral("on") : QStringLiteral("on-or-after"));
    object.insert(QStringLiteral("metric"), result.revenue ? QStringLiteral("revenue") : QStringLiteral("retention"));
    if (result.revenue)
        object.insert(QStringLiteral("net_of_refunds"), result.netOfRefunds);
    object.insert(QStringLiteral("timezone"), QString::fromUtf8(query.timezone));
    object.insert(QStringLiteral("annotations"), AnnotationsExport::toJson(annotations, query.timezone));
    QJsonArray segments;
    for (qsizetype g = 1; g < result.grids.size(); ++g) {
        QJsonObject segment = gridJson(result.grids[g], result.revenue);
        segment.insert(QStringLiteral("value"), result.grids[g].value);
        segments.append(segment);
    }
    object.insert(QStringLiteral("segments"), segments);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QList<QStringList> CohortExport::table(const CohortResult &result)
{
    QList<QStringList> rows;
    QStringList header = {QStringLiteral("segment"), QStringLiteral("cohort"), QStringLiteral("size")};
    for (int k = 0; k < result.periods; ++k)
        header.append(QStringLiteral("count_%1").arg(k));
    for (int k = 0; k < result.periods; ++k)
        header.append(result.revenue ? QStringLiteral("revenue_per_user_%1").arg(k) : QStringLiteral("percent_%1").arg(k));
    header.append(QStringLiteral("incomplete_periods")); // the periods the data's end cuts short: their figures can grow
    rows.append(header);
    for (const CohortGrid &grid : result.grids) {
        const QString segment = grid.value.isEmpty() ? QStringLiteral("all") : grid.value;
        QList<const CohortRow *> list = {&grid.average};
        for (const CohortRow &row : grid.cohorts)
            list.append(&row);
        for (const CohortRow *row : list) {
            QStringList cells = {segment, row->start.isValid() ? row->start.toString(Qt::ISODate) : QStringLiteral("average"),
                                 QString::number(row->size)};
            for (int k = 0; k < result.periods; ++k)
                cells.append(row->counts.value(k) ? QString::number(*row->counts[k]) : QString());
            for (int k = 0; k < result.periods; ++k)
                cells.append(row->values.value(k) ? QString::number(*row->values[k], 'f', 2) : QString());
            QStringList incomplete;
            for (int k = 0; k < result.periods; ++k)
                if (row->incomplete.value(k) && row->values.value(k))
                    incomplete.append(QString::number(k));
            cells.append(incomplete.join(QLatin1Char(' ')));
            rows.append(cells);
        }
    }
    return rows;
}

} // namespace Funnelscope
