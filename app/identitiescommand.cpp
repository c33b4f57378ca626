#include "identitiescommand.h"

#include "store/identitysummary.h"
#include "store/workspace.h"

#include <QLocale>
#include <QTextStream>

namespace Funnelscope {

QString IdentitiesCommand::summary() const
{
    return tr("Show how ids become people: known users, anonymous ids linked to them, shared devices.");
}

void IdentitiesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The workspace."), tr("file")},
        {QStringLiteral("stitching"), tr("on (default): reports count people; off: every id counts apart."), tr("on|off")},
        {QStringLiteral("json"), tr("Print the figures as JSON on standard output.")},
    });
}

int IdentitiesCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &/*err*/)
{
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace to read"));
    std::optional<bool> stitching;
    if (parser.isSet(QStringLiteral("stitching"))) {
        const QString value = parser.value(QStringLiteral("stitching"));
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            throw UsageError(tr("--stitching: “%1” is not on or off.").arg(value));
        stitching = value == QLatin1String("on");
    }
    refuseServer(path, tr("the identity summary"));
    const auto workspace = Workspace::open(path);
    if (stitching && *stitching != IdentitySummary::isStitching(workspace->connection()))
        IdentitySummary::setStitching(workspace->connection(), *stitching);
    const IdentitySummary summary = IdentitySummary::load(workspace->connection());
    if (parser.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(summary.toJson());
        return Success;
    }
    const QLocale locale;
    const auto line = [&out, &locale](const QString &caption, qint64 value) {
        out << caption.leftJustified(40) << locale.toString(value).rightJustified(12) << Qt::endl;
    };
    out << (summary.stitching ? tr("Identity stitching is on: reports count people.")
                              : tr("Identity stitching is off: reports count every id apart."))
        << Qt::endl;
    line(tr("People (with events)"), summary.persons);
    line(tr("Known users"), summary.knownUsers);
    line(tr("Anonymous ids"), summary.anonymousIds);
    line(tr("Ids linked to one known user"), summary.linkedIds);
    line(tr("Shared devices (linked to several)"), summary.conflicts);
    out << tr("Events joined to a person").leftJustified(40)
        << (locale.toString(summary.eventsMoved) + QStringLiteral(" (") + locale.toString(summary.movedShare() * 100, 'f', 1)
            + locale.percent() + QLatin1Char(')')).rightJustified(12)
        << Qt::endl;
    return Success;
}

} // namespace Funnelscope
