#include "pathscommand.h"


#include "export/pathsexport.h"
#include "pathschart.h"

#include <QLocale>
#include <QTextStream>

namespace Funnelscope {

QString PathsCommand::summary() const
{
    return tr("Show what people did after or before an event, or after dropping off a funnel.");
}

void PathsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The workspace."), tr("file")},
        {QStringLiteral("from"), tr("Start at each person's first EVENT and follow the session forward."), tr("event")},
        {QStringLiteral("to"), tr("End at each person's first EVENT and look back through the session."), tr("event")},
        {QStringLiteral("event-where"), tr("The start or end event must pass PROPERTY OP VALUE; repeatable."), tr("expr")},
        {QStringLiteral("funnel"), tr("With --dropped-after: a funnel's step events, in order."), QStringLiteral("E1,E2,...")},
        {QStringLiteral("dropped-after"), tr("Start at step K of those who reached step K and not K+1."), tr("k")},
        {QStringLiteral("window"), tr("The funnel's conversion window (default 7d)."), tr("duration")},
        {QStringLiteral("steps"), tr("Steps after (or before) the start, 1 to 20 (default 5)."), tr("n")},
        {QStringLiteral("top"), tr("Events shown at each step before “(other)”, 1 to 20 (default 5)."), tr("k")},
        {QStringLiteral("session-gap"), tr("Without a session id, a longer pause ends the session (default 30m)."), tr("duration")},
        {QStringLiteral("expand"), tr("A node is the event with this property's value."), tr("property")},
        {QStringLiteral("where"), tr("Keep events where PROPERTY OP VALUE (OP: = != > >= < <= ~); repeatable."), tr("expr")},
        {QStringLiteral("from-date"), tr("First day of the start event (YYYY-MM-DD, workspace time zone)."), tr("date")},
        {QStringLiteral("to-date"), tr("Last day of the start event, included."), tr("date")},
        {QStringLiteral("png"), tr("Write the diagram as PNG (2x, for slides)."), tr("file")},
        {QStringLiteral("svg"), tr("Write the diagram as SVG."), tr("file")},
        {QStringLiteral("json"), tr("Print the result as JSON on standard output.")},
    });
    parser.addOptions(tableOptions(tr("every edge (step, from, to, persons)")));
}

int PathsCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &/*err*/)
{
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace to read"));
    PathsQuery query;
    const int anchors = int(parser.isSet(QStringLiteral("from"))) + int(parser.isSet(QStringLiteral("to")))
        + int(parser.isSet(QStringLiteral("funnel")));
    if (anchors != 1)
        throw UsageError(tr("Say where the paths start: --from EVENT, --to EVENT, or --funnel E1,E2,... with --dropped-after K."));
    if (parser.isSet(QStringLiteral("to"))) {
        query.direction = PathsQuery::Direction::Backward;
        query.event = parser.value(QStringLiteral("to"));
    } else if (parser.isSet(QStringLiteral("from"))) {
        query.event = parser.value(QStringLiteral("from"));
    } else {
        if (!parser.isSet(QStringLiteral("dropped-after")))
            throw UsageError(tr("--funnel needs --dropped-after K: the step whose drop-offs to follow."));
        FunnelQuery funnel;
        const QStringList steps = parser.value(QStringLiteral("funnel")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &step : steps)
            funnel.steps.append({step.trimmed(), {}});
        funnel.windowMs = duration(parser, QStringLiteral("window"), FunnelQuery::minWindow, FunnelQuery::maxWindow, funnel.windowMs);
        query.funnel = funnel;
        query.droppedAfter = int(integer(parser, QStringLiteral("dropped-after"), 1, FunnelQuery::maxSteps, 1));
    }
    query.eventFilters = conditions(parser, QStringLiteral("event-where"));
    query.steps = int(integer(parser, QStringLiteral("steps"), 1, PathsQuery::maxSteps, 5));
    query.top = int(integer(parser, QStringLiteral("top"), 1, PathsQuery::maxTop, 5));
    query.sessionGapMs = duration(parser, QStringLiteral("session-gap"), PathsQuery::minute, 7 * dayMs, query.sessionGapMs);
    query.expand = parser.value(QStringLiteral("expand"));
    query.where = conditions(parser);
    if (query.funnel)
        query.funnel->where = query.where;

    const ReportSource source = openSource(path);
    const QDate from = day(parser, QStringLiteral("from-date"));
    const QDate to = day(parser, QStringLiteral("to-date"));
    if (from.isValid() || to.isValid())
        query.setDays(from, to, source.zone);

    const PathsResult result = report(path, query, tr("Computing the paths…"));
    writeFiles(parser, [&] { return PathsExport::table(result); },
               [&](const QString &file) { return PathsChart::save(file, result, PathsChart::title(result, source.displayName)); });
    if (parser.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(PathsExport::toJson(query, result));
        return Success;
    }
    // For people: each step's nodes on a line.
    const QLocale locale;
    out << PathsChart::title(result, source.displayName) << Qt::endl;
    for (int step = 0; step < result.steps.size(); ++step) {
        QStringList nodes;
        for (const PathsNode &node : result.steps[step])
            nodes.append(QStringLiteral("%1 %2").arg(node.name, locale.toString(node.persons)));
        out << (step == 0 ? tr("start") : tr("step %1").arg(step)).leftJustified(8) << nodes.join(QStringLiteral(" · "))
            << Qt::endl;
    }
    return Success;
}

} // namespace Funnelscope
