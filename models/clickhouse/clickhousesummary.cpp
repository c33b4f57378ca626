#include "clickhousesummary.h"

#include "clickhousefunnel.h"
#include "clickhouseworkspace.h"

#include <QTimeZone>


namespace Funnelscope {

WorkspaceSummary ClickHouseSummary::load(const ClickHouseWorkspace &workspace, const TaskContext &task)
{
    const ClickHouseConnection &server = workspace.connection();
    WorkspaceSummary summary;
    summary.path = workspace.url().toString();
    summary.name = workspace.url().database;

    const QStringList totals =
        server.rows(QStringLiteral("SELECT count(), uniqExact(person, person_anonymous), min(ts), max(ts) FROM events"), task)
            .value(0);
    summary.events = totals.value(0).toLongLong();
    if (summary.events > 0) {
        summary.first = QDateTime::fromMSecsSinceEpoch(totals.value(2).toLongLong(), QTimeZone::utc());
        summary.last = QDateTime::fromMSecsSinceEpoch(totals.value(3).toLongLong(), QTimeZone::utc());
    }
    summary.users = totals.value(1).toLongLong();
    summary.identities.stitching = true;
    summary.identities.persons = summary.users;
    summary.identities.events = summary.events;

    // Most frequent first, ties by name: the order of WorkspaceSummary::load.
    const QList<QStringList> types =
        server.rows(QStringLiteral("SELECT event, count() AS n FROM events GROUP BY event ORDER BY n DESC, event"), task);
    for (const QStringList &type : types)
        summary.eventTypes.append({type.value(0), type.value(1).toLongLong()});

    const QList<QStringList> imports =
        server.rows(QStringLiteral("SELECT id, file, sha256, events, toUnixTimestamp(imported_at) FROM imports ORDER BY id"), task);
    for (const QStringList &row : imports) {
        ImportRecord record;
        record.id = row.value(0).toLongLong();
        record.source.fileName = row.value(1);
        record.source.sha256 = row.value(2);
        record.counts.imported = row.value(3).toLongLong();
        record.finishedAt = QDateTime::fromSecsSinceEpoch(row.value(4).toLongLong(), QTimeZone::utc());
        summary.imports.append(record);
    }
    summary.timezone = workspace.meta(QStringLiteral("timezone"), QStringLiteral("UTC"));
    if (workspace.hasProperties(task))
        summary.properties = ClickHouseFunnel::propertyNames(workspace, task);
    return summary;
}

MaturityEvidence::Facts ClickHouseSummary::evidence(const ClickHouseWorkspace &workspace, const TaskContext &task)
{
    const ClickHouseConnection &server = workspace.connection();
    MaturityEvidence::Facts facts;
    const QStringList totals =
        server.rows(QStringLiteral("SELECT count(), countIf(device != '' OR channel != ''), countIf(user_anonymous = 1) FROM events"),
                    task)
            .value(0);
    facts.events = totals.value(0).toLongLong();
    if (facts.events == 0)
        return facts;
    facts.withContext = totals.value(1).toLongLong();
    for (const QStringList &row : server.rows(QStringLiteral("SELECT DISTINCT event FROM events ORDER BY event"), task))
        facts.eventNames.append(row.value(0));
    facts.knownUsers = server.rows(QStringLiteral("SELECT count() FROM users WHERE anonymous = 0"), task).value(0).value(0).toLongLong();
    const QStringList links =
        server.rows(QStringLiteral("SELECT uniqExact(person, person_anonymous), countIf(alias_anonymous = 1) FROM identity_links"), task)
            .value(0);
    facts.linkedPersons = links.value(0).toLongLong();
    // An event keeps one id on the server: an anonymous one, or the anonymous ids a link names.
    facts.anonymousEvents = totals.value(2).toLongLong() + links.value(1).toLongLong();
    // The source properties of a sample of events, as MaturityEvidence::facts() reads a file's.
    facts.experiments = MaturityEvidence::namesExperiments(ClickHouseFunnel::propertyNames(workspace, task));
    return facts;
}

} // namespace Funnelscope
