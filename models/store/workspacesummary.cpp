#include "workspacesummary.h"

#include <QSet>

#include "connection.h"
#include "eventtexts.h"
#include "statement.h"

#include <QTimeZone>
#include "workspace.h"

#include <QFileInfo>

namespace Funnelscope {

WorkspaceSummary WorkspaceSummary::load(Connection &connection)
{
    WorkspaceSummary summary;
    summary.path = connection.path();
    summary.name = QFileInfo(summary.path).completeBaseName();

    const bool counted = eventsCounted(connection);
    Statement totals(connection, counted ? "SELECT coalesce(sum(events), 0), min(first_ts), max(last_ts) FROM import_types"
                                         : "SELECT count(*), min(ts), max(ts) FROM events");
    if (totals.step()) {
        summary.events = totals.int64(0);
        if (!totals.isNull(1)) {
            summary.first = QDateTime::fromMSecsSinceEpoch(totals.int64(1), QTimeZone::utc());
            summary.last = QDateTime::fromMSecsSinceEpoch(totals.int64(2), QTimeZone::utc());
        }
    }
    summary.identities = IdentitySummary::load(connection);
    summary.users = summary.identities.persons;

    Statement types(connection, counted ? "SELECT t.name, sum(c.events) AS n FROM import_types c "
                                          "JOIN event_types t ON t.id = c.event_type_id "
                                          "GROUP BY c.event_type_id ORDER BY n DESC, t.name"
                                        : "SELECT t.name, count(*) AS n FROM events e "
                                          "JOIN event_types t ON t.id = e.event_type_id "
                                          "GROUP BY e.event_type_id ORDER BY n DESC, t.name");
    while (types.step())
        summary.eventTypes.append({types.text(0), types.int64(1)});

    summary.imports = ImportLog::list(connection);

    summary.properties = propertyNames(connection);
    Statement timezone(connection, "SELECT value FROM meta WHERE key = 'timezone'");
    summary.timezone = timezone.step() ? timezone.text(0) : QStringLiteral("UTC");
    return summary;
}

bool WorkspaceSummary::eventsCounted(Connection &connection)
{
    return connection.queryInt("SELECT count(*) FROM imports WHERE types_counted = 0") == 0;
}

QStringList WorkspaceSummary::propertyNames(Connection &connection)
{
    // A sample of events: enough to offer the properties for filters and breakdowns. They
    // lie beside the events (EventTexts): the first events of the imports that keep any,
    // read by id from their texts (the events table would read each import's segment too).
    constexpr int sample = 20000;
    EventTexts::Lookup texts(connection, EventTexts::Kind::Properties);
    Statement imports(connection, "SELECT id, first_event_id, last_event_id FROM imports WHERE first_event_id IS NOT NULL "
                                  "AND id IN (SELECT import_id FROM property_texts) ORDER BY id");
    Statement keys(connection, "SELECT key FROM json_each(?)");
    QSet<QString> names;
    int sampled = 0;
    while (sampled < sample && imports.step()) {
        for (qint64 id = imports.int64(1); id <= imports.int64(2) && sampled < sample; ++id, ++sampled) {
            const std::string_view properties = texts.textOf(id);
            if (properties.empty())
                continue;
            keys.bindText(1, properties, false);
            while (keys.step())
                names.insert(keys.text(0));
            keys.reset();
        }
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

QString WorkspaceSummary::contentStamp() const
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(events)
        .arg(imports.size())
        .arg(imports.isEmpty() ? 0 : imports.last().id)
        .arg(identities.stitching ? QLatin1String("persons") : QLatin1String("ids"));
}

WorkspaceSummary WorkspaceSummary::load(const QString &path)
{
    const auto workspace = Workspace::open(path);
    return load(workspace->connection());
}

} // namespace Funnelscope
