#include "cohortcommand.h"


#include "export/cohorttext.h"

#include "cohortheatmap.h"
#include "export/cohortexport.h"
#include "store/annotations.h"
#include "store/workspace.h"

#include <QLocale>
#include <QTextStream>

namespace Funnelscope {

QString CohortCommand::summary() const
{
    return tr("Compute a cohort grid: retention or revenue by acquisition day, week or month.");
}

bool CohortCommand::needsWidgets(const QStringList &arguments) const
{
    return asksForChart(arguments);
}

void CohortCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The workspace."), tr("file")},
        {QStringLiteral("period"), tr("day, week (default; ISO, from Monday) or month."), tr("period")},
        {QStringLiteral("start-event"), tr("The event that puts a user in a cohort, or any (default)."), tr("event")},
        {QStringLiteral("return-event"), tr("The event that counts as a return, or any (default)."), tr("event")},
        {QStringLiteral("mode"), tr("on (default): a return in that period; on-or-after: in that period or later."), tr("mode")},
        {QStringLiteral("periods"), tr("How many periods (columns; default 12)."), tr("n")},
        {QStringLiteral("metric"), tr("retention (default) or revenue (per user, cumulative)."), tr("metric")},
        {QStringLiteral("by"), tr("One grid per value of this property of the start event."), tr("property")},
        {QStringLiteral("top"), tr("Breakdown values before “other” (default 5)."), tr("n")},
        {QStringLiteral("where"), tr("Keep events where PROPERTY OP VALUE (OP: = != > >= < <= ~); repeatable."), tr("expr")},
        {QStringLiteral("timezone"), tr("Time zone of the periods (default: the workspace's)."), tr("zone")},
        {QStringLiteral("png"), tr("Write the heatmap as PNG (2x)."), tr("file")},
        {QStringLiteral("svg"), tr("Write the heatmap as SVG."), tr("file")},
        {QStringLiteral("json"), tr("Print the grid as JSON on standard output.")},
    });
    parser.addOptions(tableOptions(tr("the grid (counts and percentages)")));
}

int CohortCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &/*err*/)
{
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace to read"));
    CohortQuery query;
    const QString period = parser.value(QStringLiteral("period"));
    if (period == QLatin1String("day"))
        query.period = LocalCalendar::Period::Day;
    else if (period == QLatin1String("month"))
        query.period = LocalCalendar::Period::Month;
    else if (!period.isEmpty() && period != QLatin1String("week"))
        throw UsageError(tr("--period: “%1” is not day, week or month.").arg(period));
    const auto event = [&parser](const char *option) {
        const QString value = parser.value(QLatin1String(option));
        return value == QLatin1String("any") ? QString() : value;
    };
    query.startEvent = event("start-event");
    query.returnEvent = event("return-event");
    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == QLatin1String("on-or-after"))
        query.mode = CohortQuery::Mode::OnOrAfter;
    else if (!mode.isEmpty() && mode != QLatin1String("on"))
        throw UsageError(tr("--mode: “%1” is not on or on-or-after.").arg(mode));
    query.periods = int(integer(parser, QStringLiteral("periods"), 1, CohortQuery::maxPeriods, 12));
    const QString metric = parser.value(QStringLiteral("metric"));
    if (metric == QLatin1String("revenue"))
        query.metric = CohortQuery::Metric::Revenue;
    else if (!metric.isEmpty() && metric != QLatin1String("retention"))
        throw UsageError(tr("--metric: “%1” is not retention or revenue.").arg(metric));
    query.breakdown = parser.value(QStringLiteral("by"));
    query.topN = int(integer(parser, QStringLiteral("top"), 1, 100, 5));
    query.where = conditions(parser);

    const ReportSource source = openSource(path);
    const QList<Annotation> annotations = source.annotations();
    query.timezone = parser.isSet(QStringLiteral("timezone")) ? parser.value(QStringLiteral("timezone")).toUtf8() : source.zone;
    if (!QTimeZone(query.timezone).isValid())
        throw UsageError(tr("--timezone: “%1” is not a time zone (use an IANA name such as Europe/Berlin, or UTC).")
                             .arg(QString::fromUtf8(query.timezone)));
    const CohortResult result = report(path, query, tr("Computing the cohorts…"));

    writeFiles(parser, [&] { return CohortExport::table(result); }, [&](const QString &file) {
        return CohortHeatmap::save(file, result.grids.first(), query, result.revenue, false,
                                   CohortHeatmap::title(query, source.displayName, QString(), result.netOfRefunds), annotations);
    });
    if (parser.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(CohortExport::toJson(query, result, annotations));
        return Success;
    }
    out << CohortText::toText(query, result);
    return Success;
}

} // namespace Funnelscope
