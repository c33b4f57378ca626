#include "clickhousesummary.h"

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
    return summary;
}

} // namespace Funnelscope
