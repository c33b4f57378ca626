#include "frictioncommand.h"


#include "export/frictionexport.h"

#include <QLocale>
#include <QTextStream>

namespace Funnelscope {

QString FrictionCommand::summary() const
{
    return tr("Find friction: cart loops, search struggles, stalled checkouts, high-value carts left behind.");
}

void FrictionCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The workspace."), tr("file")},
        {QStringLiteral("role"), tr("Which events play a role: ROLE=E1,E2 with ROLE one of search, product_view, "
                                    "add_to_cart, remove_from_cart, checkout, purchase; repeatable."), tr("role=events")},
        {QStringLiteral("session-gap"), tr("Without a session id, a longer pause ends the session (default 30m)."), tr("duration")},
        {QStringLiteral("stall"), tr("A checkout step followed by nothing this long has stalled (default 5m)."), tr("duration")},
        {QStringLiteral("where"), tr("Keep events where PROPERTY OP VALUE (OP: = != > >= < <= ~); repeatable."), tr("expr")},
        {QStringLiteral("from"), tr("First day of the sessions (YYYY-MM-DD, workspace time zone)."), tr("date")},
        {QStringLiteral("to"), tr("Last day of the sessions, included."), tr("date")},
        {QStringLiteral("json"), tr("Print the weeks and the sessions as JSON on standard output.")},
    });
    parser.addOptions(tableOptions(tr("every session with a signal (person, signal, times, detail)")));
}

int FrictionCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace to read"));
    FrictionQuery query;
    const QStringList roles = parser.values(QStringLiteral("role"));
    for (const QString &role : roles) {
        const qsizetype equals = role.indexOf(QLatin1Char('='));
        const std::optional<FrictionQuery::Role> which = FrictionQuery::roleOf(role.left(equals).trimmed());
        if (equals < 0 || !which)
            throw UsageError(tr("--role: “%1” is not ROLE=E1,E2 with ROLE one of search, product_view, add_to_cart, "
                                "remove_from_cart, checkout, purchase.").arg(role));
        QStringList events;
        for (const QString &event : role.mid(equals + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            events.append(event.trimmed());
        query.roles[*which] = events;
    }
    query.sessionGapMs = duration(parser, QStringLiteral("session-gap"), FrictionQuery::minute, 7 * dayMs, query.sessionGapMs);
    query.stallMs = duration(parser, QStringLiteral("stall"), FrictionQuery::minute, 7 * dayMs, query.stallMs);
    query.where = conditions(parser);
    const QByteArray zone = openSource(path).zone;
    query.timezone = zone;
    const QDate from = day(parser, QStringLiteral("from"));
    const QDate to = day(parser, QStringLiteral("to"));
    if (from.isValid() || to.isValid())
        query.setDays(from, to, zone);

    const FrictionResult result = report(path, query, tr("Looking for friction…"));
    writeFiles(parser, [&] { return FrictionExport::table(result); });
    if (parser.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(FrictionExport::toJson(query, result));
        return Success;
    }
    out << FrictionExport::summary(result) << Qt::endl;
    if (!result.missingRoles.isEmpty())
        err << tr("No event plays %1: say which with --role.").arg(result.missingRoles.join(QLatin1String(", "))) << Qt::endl;
    return Success;
}

} // namespace Funnelscope
