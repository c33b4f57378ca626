#include "identitysummary.h"

#include "connection.h"
#include "importlog.h"
#include "statement.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Funnelscope {

bool IdentitySummary::isStitching(Connection &connection)
{
    return connection.queryText("SELECT coalesce((SELECT value FROM meta WHERE key = 'identity_stitching'), 'on')")
        != QLatin1String("off");
}

void IdentitySummary::setStitching(Connection &connection, bool on)
{
    Transaction transaction(connection);
    Statement set(connection, "INSERT INTO meta (key, value) VALUES ('identity_stitching', ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    set.bind(1, on ? QStringLiteral("on") : QStringLiteral("off"));
    set.exec();
    ImportLog::bumpContentVersion(connection); // the snapshot's persons change
    transaction.commit();
}

IdentitySummary IdentitySummary::load(Connection &connection)
{
    IdentitySummary summary;
    summary.stitching = isStitching(connection);
    summary.knownUsers = connection.queryInt("SELECT count(*) FROM users WHERE anonymous = 0");
    summary.anonymousIds = connection.queryInt("SELECT count(*) FROM users WHERE anonymous = 1");
    summary.linkedIds = connection.queryInt("SELECT count(*) FROM (SELECT alias_id FROM identity_links GROUP BY alias_id "
                                            "HAVING count(DISTINCT person_id) = 1)");
    summary.conflicts = connection.queryInt("SELECT count(*) FROM (SELECT alias_id FROM identity_links GROUP BY alias_id "
                                            "HAVING count(DISTINCT person_id) > 1)");
    // One pass over the events: how many each id carries, then to whom they count.
    Statement counts(connection, "SELECT count(DISTINCT p.person_id), coalesce(sum(c.events), 0), "
                                 "coalesce(sum(CASE WHEN p.person_id <> c.user_id THEN c.events END), 0) "
                                 "FROM (SELECT user_id, count(*) AS events FROM events GROUP BY user_id) c "
                                 "JOIN user_persons p ON p.user_id = c.user_id");
    if (counts.step()) {
        summary.persons = counts.int64(0);
        summary.events = counts.int64(1);
        summary.eventsMoved = counts.int64(2);
    }
    return summary;
}

QByteArray IdentitySummary::toJson() const
{
    const QJsonObject object{
        {QStringLiteral("stitching"), stitching},
        {QStringLiteral("persons"), persons},
        {QStringLiteral("known_users"), knownUsers},
        {QStringLiteral("anonymous_ids"), anonymousIds},
        {QStringLiteral("linked_ids"), linkedIds},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("events"), events},
        {QStringLiteral("events_moved"), eventsMoved},
        {QStringLiteral("events_moved_share"), movedShare()},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace Funnelscope
