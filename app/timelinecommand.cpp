#include "timelinecommand.h"

#include "export/timelineexport.h"
#include "store/persontimeline.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QLocale>
#include <QTextStream>
#include <QTimeZone>

namespace Funnelscope {

QString TimelineCommand::summary() const
{
    return tr("Show one person's events over all their ids, session by session (also for tracking QA).");
}

void TimelineCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The workspace."), tr("file")},
        {QStringLiteral("person"), tr("A known user id or an anonymous id of the person."), tr("id")},
        {QStringLiteral("json"), tr("Print the timeline as JSON on standard output.")},
    });
}

int TimelineCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &/*err*/)
{
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace to read"));
    const QString person = required(parser, QStringLiteral("person"), tr("whose timeline"));
    refuseServer(path, tr("a person's timeline"));
    const auto workspace = Workspace::open(path);
    const PersonTimeline timeline = PersonTimeline::load(workspace->connection(), person);
    if (parser.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(TimelineExport::toJson(timeline));
        return Success;
    }
    const QLocale locale;
    out << tr("%1: %2 events in %3 sessions; ids: %4")
               .arg(timeline.person, locale.toString(timeline.eventCount()), locale.toString(timeline.sessions.size()),
                    timeline.ids.join(QLatin1String(", ")))
        << Qt::endl;
    for (const auto &session : timeline.sessions) {
        out << Qt::endl;
        for (const TimelineEvent &event : session) {
            out << QDateTime::fromMSecsSinceEpoch(event.ts, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                << "  " << event.event.leftJustified(20) << ' ' << event.id
                << (event.device.isEmpty() ? QString() : QStringLiteral(" · ") + event.device)
                << (event.channel.isEmpty() ? QString() : QStringLiteral(" · ") + event.channel)
                << (event.revenue ? QStringLiteral(" · ") + locale.toString(*event.revenue, 'f', 2) : QString()) << Qt::endl;
        }
    }
    return Success;
}

} // namespace Funnelscope
