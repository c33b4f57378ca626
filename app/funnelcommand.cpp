#include "funnelcommand.h"


#include "export/funneltext.h"
#include "export/tablefile.h"

#include "analysis/duration.h"
#include "export/funnelexport.h"
#include "funnelchart.h"
#include "funneltrendchart.h"
#include "store/annotations.h"
#include "store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <cmath>
#include <limits>

namespace Funnelscope {

QString FunnelCommand::summary() const
{
    return tr("Compute a funnel: step conversion, drop-off, time to convert, breakdowns.");
}

bool FunnelCommand::needsWidgets(const QStringList &arguments) const
{
    return asksForChart(arguments);
}

void FunnelCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The workspace."), tr("file")},
        {QStringLiteral("steps"), tr("The step events, in order (2 to 20)."), tr("E1,E2,...")},
        {QStringLiteral("window"), tr("Conversion window: 30m, 12h, 7d, 2w (default 7d)."), tr("duration")},
        {QStringLiteral("order"), tr("ordered (default), strict or any."), tr("mode")},
        {QStringLiteral("count"), tr("users (default), sessions or totals."), tr("unit")},
        {QStringLiteral("by"), tr("Break down by a field, a source property, or new_vs_returning."), tr("property")},
        {QStringLiteral("top"), tr("Breakdown values shown before “other” (default 5)."), tr("n")},
        {QStringLiteral("where"), tr("Keep events where PROPERTY OP VALUE (OP: = != > >= < <= ~); repeatable."), tr("expr")},
        {QStringLiteral("exclude"), tr("Stop chains that meet EVENT between step K and K+1; repeatable."), tr("EVENT@K")},
        {QStringLiteral("hold"),
         tr("Hold PROPERTY constant: every step's event has step 1's value (such as product_id); up to 3, "
            "repeatable or comma-separated."),
         tr("property")},
        {QStringLiteral("bins"),
         tr("Break a numeric property down in bins: PROPERTY=E1,E2,... (such as price=0,20,50,100) or "
            "PROPERTY=quartiles; repeatable."),
         tr("P=EDGES")},
        {QStringLiteral("step-window"), tr("Step K within DURATION after step K-1 (such as 3=30m); repeatable."), tr("K=DURATION")},
        {QStringLiteral("attribution"),
         tr("Which event gives the breakdown value: step1 (default), first-touch, last-touch or step:K."), tr("model")},
        {QStringLiteral("compare"),
         tr("Also the funnel of another period: previous (as long, just before --from..--to) or YYYY-MM-DD..YYYY-MM-DD."),
         tr("period")},
        {QStringLiteral("from"), tr("First day of step 1 (YYYY-MM-DD, workspace time zone)."), tr("date")},
        {QStringLiteral("to"), tr("Last day of step 1, included."), tr("date")},
        {QStringLiteral("dropped"), tr("Write the users who dropped off (user, last step, time) as CSV, or XLSX by the suffix."), tr("file")},
        {QStringLiteral("png"), tr("Write the chart as PNG (2x, for slides)."), tr("file")},
        {QStringLiteral("svg"), tr("Write the chart as SVG."), tr("file")},
        {QStringLiteral("trend"), tr("Write the weekly trend with the workspace's annotations (PNG or SVG, by suffix)."), tr("file")},
        {QStringLiteral("json"), tr("Print the result as JSON on standard output.")},
    });
    parser.addOptions(tableOptions(tr("every figure")));
}

void FunnelCommand::setCompare(FunnelQuery &query, const QString &text, const QByteArray &zone)
{
    if (text == QLatin1String("previous")) {
        if (!query.fromMs || !query.toMs)
            throw UsageError(tr("--compare previous: name the period with --from and --to first."));
        query.compare = FunnelQuery::Compare::Previous;
        return;
    }
    const QStringList days = text.split(QStringLiteral(".."));
    const QDate first = days.size() == 2 ? QDate::fromString(days[0], Qt::ISODate) : QDate();
    const QDate last = days.size() == 2 ? QDate::fromString(days[1], Qt::ISODate) : QDate();
    if (!first.isValid() || !last.isValid() || last < first)
        throw UsageError(tr("--compare: “%1” is neither previous nor a period such as 2024-01-01..2024-01-31.").arg(text));
    FunnelQuery other;
    other.setDays(first, last, zone);
    query.compare = FunnelQuery::Compare::Range;
    query.compareFromMs = other.fromMs;
    query.compareToMs = other.toMs;
}

int FunnelCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &/*err*/)
{
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace to read"));
    const QString stepsText = required(parser, QStringLiteral("steps"), tr("the step events, such as product_view,add_to_cart,purchase"));

    FunnelQuery query;
    for (const QString &event : stepsText.split(QLatin1Char(','), Qt::SkipEmptyParts))
        query.steps.append({event.trimmed(), {}});
    query.windowMs = duration(parser, QStringLiteral("window"), FunnelQuery::minWindow, FunnelQuery::maxWindow, query.windowMs);
    const QString order = parser.value(QStringLiteral("order"));
    if (order == QLatin1String("strict"))
        query.order = FunnelQuery::Order::Strict;
    else if (order == QLatin1String("any"))
        query.order = FunnelQuery::Order::Any;
    else if (!order.isEmpty() && order != QLatin1String("ordered"))
        throw UsageError(tr("--order: “%1” is not ordered, strict or any.").arg(order));
    const QString count = parser.value(QStringLiteral("count"));
    if (count == QLatin1String("sessions"))
        query.count = FunnelQuery::Count::Sessions;
    else if (count == QLatin1String("totals"))
        query.count = FunnelQuery::Count::Totals;
    else if (!count.isEmpty() && count != QLatin1String("users"))
        throw UsageError(tr("--count: “%1” is not users, sessions or totals.").arg(count));
    query.breakdown = parser.value(QStringLiteral("by"));
    query.topN = int(integer(parser, QStringLiteral("top"), 1, 100, 5));
    query.where = conditions(parser);
    const QStringList excludes = parser.values(QStringLiteral("exclude"));
    for (const QString &text : excludes) {
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
        bool ok = false;
        const int after = at > 0 ? text.mid(at + 1).toInt(&ok) : 0;
        if (!ok)
            throw UsageError(tr("--exclude: “%1” should be EVENT@K, the event excluded between step K and K+1.").arg(text));
        query.exclusions.append({text.left(at), after});
    }
    for (const QString &value : parser.values(QStringLiteral("hold"))) {
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            query.hold.append(name.trimmed());
    }
    if (query.hold.size() > FunnelQuery::maxHeld)
        throw UsageError(tr("--hold: at most %1 properties, not %2.").arg(FunnelQuery::maxHeld).arg(query.hold.size()));
    for (const QString &text : parser.values(QStringLiteral("step-window"))) {
        const qsizetype at = text.indexOf(QLatin1Char('='));
        bool ok = false;
        const int step = at > 0 ? text.left(at).toInt(&ok) : 0;
        if (!ok || step < 2 || step > query.steps.size())
            throw UsageError(tr("--step-window: “%1” should be K=DURATION with K a step from 2 to %2.")
                                 .arg(text)
                                 .arg(qMax(2, int(query.steps.size()))));
        const std::optional<qint64> window = Duration::parse(text.mid(at + 1));
        if (!window || *window < FunnelQuery::minWindow || *window > FunnelQuery::maxWindow)
            throw UsageError(tr("--step-window: “%1” is not a duration from 1m to 366d (such as 30m, 12h, 7d).").arg(text.mid(at + 1)));
        query.steps[step - 1].windowMs = *window;
    }
    for (const QString &text : parser.values(QStringLiteral("bins"))) {
        const std::optional<FunnelQuery::Bins> bins = FunnelQuery::parseBins(text);
        if (!bins)
            throw UsageError(tr("--bins: “%1” should be PROPERTY=E1,E2,... with rising numbers, or PROPERTY=quartiles.").arg(text));
        query.bins.append(*bins);
    }
    if (parser.isSet(QStringLiteral("attribution")) && !query.setAttribution(parser.value(QStringLiteral("attribution"))))
        throw UsageError(tr("--attribution: “%1” is not step1, first-touch, last-touch or step:K.")
                             .arg(parser.value(QStringLiteral("attribution"))));

    query.listDropped = parser.isSet(QStringLiteral("dropped"));

    const ReportSource source = openSource(path);
    const QByteArray &zone = source.zone;
    const QDate from = day(parser, QStringLiteral("from"));
    const QDate to = day(parser, QStringLiteral("to"));
    if (from.isValid() || to.isValid())
        query.setDays(from, to, zone);
    if (parser.isSet(QStringLiteral("compare")))
        setCompare(query, parser.value(QStringLiteral("compare")), zone);

    const FunnelResult result = report(path, query, tr("Computing the funnel…"));

    const QString title = FunnelChart::title(query, source.displayName);
    writeFiles(parser, [&] { return FunnelExport::table(result); },
               [&](const QString &file) { return FunnelChart::save(query, result, title, file); });
    if (parser.isSet(QStringLiteral("dropped"))) {
        const QString file = parser.value(QStringLiteral("dropped"));
        const QString error = TableFile::write(file, FunnelExport::droppedTable(query, result), parser.isSet(QStringLiteral("bom")));
        if (!error.isEmpty())
            throw UsageError(error);
    }
    const QList<Annotation> annotations = source.annotations(query.fromMs, query.toMs);
    if (parser.isSet(QStringLiteral("trend"))) {
        const QString error = FunnelTrendChart::save(result, annotations,
                                                     FunnelTrendChart::title(title),
                                                     parser.value(QStringLiteral("trend")));
        if (!error.isEmpty())
            throw UsageError(error);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(FunnelExport::toJson(query, result, annotations));
        return Success;
    }
    out << FunnelText::toText(query, result);
    return Success;
}

} // namespace Funnelscope
