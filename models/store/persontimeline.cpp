#include "persontimeline.h"

#include "connection.h"
#include "eventtexts.h"
#include "statement.h"
#include "tasks/validationerror.h"

#include <QJsonDocument>

namespace Funnelscope {

PersonTimeline PersonTimeline::load(Connection &connection, const QString &key, qint64 gapMs)
{
    Statement find(connection, "SELECT p.person_id, k.key FROM users u JOIN user_persons p ON p.user_id = u.id "
                               "JOIN users k ON k.id = p.person_id WHERE u.key = ?1 ORDER BY u.anonymous LIMIT 1");
    find.bind(1, key);
    if (!find.step())
        throw ValidationError(tr("there is no person or id “%1” in this workspace.").arg(key));
    const qint64 personId = find.int64(0);
    PersonTimeline timeline;
    timeline.person = find.text(1);

    Statement ids(connection, "SELECT p.user_id, u.key FROM user_persons p JOIN users u ON u.id = p.user_id "
                              "WHERE p.person_id = ?1 ORDER BY u.anonymous, u.key");
    ids.bind(1, personId);
    std::string in;
    while (ids.step()) {
        timeline.ids.append(ids.text(1));
        in += (in.empty() ? "" : ",") + std::to_string(ids.int64(0));
    }
    // events has no index on user_id (DESIGN.md, schema 3): one pass over it, for this person's ids.
    Statement events(connection,
                     "SELECT e.ts, t.name, u.key, u.anonymous, a.key, s.key, d.value, c.value, e.revenue, "
                     "e.properties "
                     "FROM events e JOIN event_types t ON t.id = e.event_type_id JOIN users u ON u.id = e.user_id "
                     "LEFT JOIN users a ON a.id = e.anonymous_id LEFT JOIN sessions s ON s.id = e.session_id "
                     "LEFT JOIN dimension_values d ON d.id = e.device_id LEFT JOIN dimension_values c ON c.id = e.channel_id "
                     "WHERE e.user_id IN (" + in + ") ORDER BY e.ts, e.id");
    QString lastSession;
    qint64 lastTs = 0;
    while (events.step()) {
        TimelineEvent event;
        event.ts = events.int64(0);
        event.event = events.text(1);
        event.id = events.text(2);
        event.anonymous = events.int64(3) != 0;
        event.anonymousId = events.isNull(4) ? QString() : events.text(4);
        const QString session = events.isNull(5) ? QString() : events.text(5);
        event.device = events.isNull(6) ? QString() : events.text(6);
        event.channel = events.isNull(7) ? QString() : events.text(7);
        if (!events.isNull(8))
            event.revenue = events.real(8);
        if (!events.isNull(9))
            event.properties = QJsonDocument::fromJson(events.text(9).toUtf8()).object();
        const bool same = !timeline.sessions.isEmpty()
            && (!session.isEmpty() && !lastSession.isEmpty() ? session == lastSession : event.ts - lastTs <= gapMs);
        if (!same)
            timeline.sessions.append(QList<TimelineEvent>());
        timeline.sessions.last().append(event);
        lastSession = session;
        lastTs = event.ts;
    }
    return timeline;
}

qsizetype PersonTimeline::eventCount() const
{
    qsizetype count = 0;
    for (const auto &session : sessions)
        count += session.size();
    return count;
}

} // namespace Funnelscope
