#include "insightscommand.h"


#include "export/texttable.h"
#include "itemmodels/figures.h"

#include "analysis/duration.h"
#include "export/insightsexport.h"
#include "insightschart.h"

#include <QLocale>
#include <QTextStream>

namespace Funnelscope {

QString InsightsCommand::summary() const
{
    return tr("Rank the events people do before converting by how well they predict it.");
}

void InsightsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The workspace."), tr("file")},
        {QStringLiteral("target"), tr("The conversion to predict (default purchase)."), tr("event")},
        {QStringLiteral("target-where"), tr("Count only target events where PROPERTY OP VALUE; repeatable."), tr("expr")},
        {QStringLiteral("within"), tr("Each person's first days that count, from their first event (default 30d)."), tr("duration")},
        {QStringLiteral("min-times"), tr("Exposed: did the event at least this often before converting (default 1)."), tr("n")},
        {QStringLiteral("thresholds"), tr("Also each event at 1, 2, 3, 5 and 10 times.")},
        {QStringLiteral("property"), tr("Also each event with each top value of this property; repeatable."), tr("property")},
        {QStringLiteral("min-persons"), tr("Fewer exposed persons than this: listed as too few, not ranked (default 30)."), tr("n")},
        {QStringLiteral("where"), tr("Keep events where PROPERTY OP VALUE (OP: = != > >= < <= ~); repeatable."), tr("expr")},
        {QStringLiteral("from"), tr("First day of a person's first event (YYYY-MM-DD, workspace time zone)."), tr("date")},
        {QStringLiteral("to"), tr("Last day of a person's first event, included."), tr("date")},
        {QStringLiteral("png"), tr("Write the chart as PNG (2x, for slides)."), tr("file")},
        {QStringLiteral("svg"), tr("Write the chart as SVG."), tr("file")},
        {QStringLiteral("json"), tr("Print the result as JSON on standard output.")},
    });
    parser.addOptions(tableOptions(tr("every candidate")));
}

int InsightsCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &/*err*/)
{
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace to read"));
    InsightsQuery query;
    if (parser.isSet(QStringLiteral("target")))
        query.target = parser.value(QStringLiteral("target"));
    query.targetFilters = conditions(parser, QStringLiteral("target-where"));
    if (parser.isSet(QStringLiteral("within"))) {
        const std::optional<qint64> within = Duration::parse(parser.value(QStringLiteral("within")));
        if (!within || *within < InsightsQuery::day || *within % InsightsQuery::day != 0
            || *within > qint64(InsightsQuery::maxWithinDays) * InsightsQuery::day)
            throw UsageError(tr("--within: “%1” is not a whole number of days from 1 to %2 (write 30d or 4w).")
                                 .arg(parser.value(QStringLiteral("within")))
                                 .arg(InsightsQuery::maxWithinDays));
        query.withinDays = int(*within / InsightsQuery::day);
    }
    query.minTimes = int(integer(parser, QStringLiteral("min-times"), 1, 1000, 1));
    query.thresholds = parser.isSet(QStringLiteral("thresholds"));
    query.properties = parser.values(QStringLiteral("property"));
    query.minPersons = int(integer(parser, QStringLiteral("min-persons"), 0, 1'000'000'000, 30));
    query.where = conditions(parser);

    const ReportSource source = openSource(path);
    const QDate from = day(parser, QStringLiteral("from"));
    const QDate to = day(parser, QStringLiteral("to"));
    if (from.isValid() || to.isValid())
        query.setDays(from, to, source.zone);

    const InsightsResult result = report(path, query, tr("Computing the insights…"));
    writeFiles(parser, [&] { return InsightsExport::table(result); },
               [&](const QString &file) { return InsightsChart::save(file, result, InsightsChart::title(result, source.displayName)); });
    if (parser.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(InsightsExport::toJson(query, result));
        return Success;
    }
    // For people: the ranked candidates as a small table.
    const QLocale locale;
    out << tr("%1 of %2 persons did “%3” within %4 days.")
               .arg(locale.toString(result.converted), locale.toString(result.persons), result.target)
               .arg(result.withinDays)
        << Qt::endl;
    TextTable table({tr("Did before"), tr("Persons"), tr("Converted"), tr("Others converted"), tr("Phi"), tr("Strength"), tr("Adjusted p")});
    for (const InsightsSignal &signal : result.signalList) {
        table.addRow({signal.label(), locale.toString(signal.exposed()), Figures::percent(signal.ppv), Figures::percent(signal.restConversion),
                      locale.toString(signal.phi, 'f', 2),
                      signal.tooFew ? tr("too few") : InsightsExport::strengthName(signal.strength()),
                      signal.tooFew ? QString() : Figures::pValue(signal.pAdjusted) + (signal.significant() ? QStringLiteral(" ★") : QString())});
    }
    out << table.toString();
    return Success;
}

} // namespace Funnelscope
