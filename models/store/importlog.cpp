#include "importlog.h"

#include "connection.h"
#include "statement.h"
#include "transaction.h"

#include <QStringList>

#include <QTimeZone>

#include <vector>

namespace Funnelscope {

void ImportLog::bumpContentVersion(Connection &connection)
{
    connection.exec("INSERT INTO meta (key, value) VALUES ('content_version', '1') "
                    "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1");
}

qint64 ImportLog::begin(Connection &connection, const ImportSource &source)
{
    // Whatever this import writes goes with a new content version (same transaction).
    bumpContentVersion(connection);
    Statement insert(connection,
                     "INSERT INTO imports (file_name, file_path, file_size, sha256, format, "
                     "mapping, timezone, started_at, status) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'running')");
    insert.bind(1, source.fileName);
    insert.bind(2, source.filePath);
    if (source.fileSize >= 0)
        insert.bind(3, source.fileSize);
    else
        insert.bindNull(3);
    insert.bind(4, source.sha256);
    insert.bind(5, source.format);
    insert.bind(6, source.mappingJson);
    insert.bind(7, source.timezone);
    insert.bind(8, QDateTime::currentMSecsSinceEpoch());
    insert.exec();
    return connection.lastInsertRowId();
}

void ImportLog::finish(Connection &connection, qint64 importId, const ImportCounts &counts)
{
    Statement update(connection,
                     "UPDATE imports SET rows_read = ?, imported = ?, rejected = ?, "
                     "duplicates = ?, identity_calls = ?, finished_at = ?, status = 'done' WHERE id = ?");
    update.bind(1, counts.rowsRead);
    update.bind(2, counts.imported);
    update.bind(3, counts.rejected);
    update.bind(4, counts.duplicates);
    update.bind(5, counts.identityCalls);
    update.bind(6, QDateTime::currentMSecsSinceEpoch());
    update.bind(7, importId);
    update.exec();
}

QList<ImportRecord> ImportLog::list(Connection &connection)
{
    Statement select(connection,
                     "SELECT id, file_name, file_path, file_size, sha256, format, mapping, "
                     "timezone, rows_read, imported, rejected, duplicates, started_at, "
                     "finished_at, identity_calls FROM imports ORDER BY id");
    QList<ImportRecord> records;
    while (select.step()) {
        ImportRecord record;
        record.id = select.int64(0);
        record.source.fileName = select.text(1);
        record.source.filePath = select.text(2);
        record.source.fileSize = select.isNull(3) ? -1 : select.int64(3);
        record.source.sha256 = select.text(4);
        record.source.format = select.text(5);
        record.source.mappingJson = select.text(6);
        record.source.timezone = select.text(7);
        record.counts = {select.int64(8), select.int64(9), select.int64(10), select.int64(11), select.int64(14)};
        record.startedAt = QDateTime::fromMSecsSinceEpoch(select.int64(12), QTimeZone::utc());
        if (!select.isNull(13))
            record.finishedAt = QDateTime::fromMSecsSinceEpoch(select.int64(13), QTimeZone::utc());
        records.append(record);
    }
    return records;
}

qint64 ImportLog::distinctUsers(Connection &connection, const QList<qint64> &importIds)
{
    QStringList ids;
    for (qint64 id : importIds)
        ids.append(QString::number(id));
    const QByteArray sql = "SELECT count(DISTINCT user_id) FROM events WHERE import_id IN ("
        + ids.join(QLatin1Char(',')).toLatin1() + ")";
    return importIds.isEmpty() ? 0 : connection.queryInt(std::string_view(sql.constData(), size_t(sql.size())));
}

void ImportLog::remove(Connection &connection, qint64 importId)
{
    Transaction transaction(connection);
    bumpContentVersion(connection);
    // Its events are one range of ids when it recorded them (EventWriter::recordImport()),
    // else they are found by a scan.
    Statement range(connection, "SELECT first_event_id, last_event_id FROM imports WHERE id = ?");
    range.bind(1, importId);
    if (range.step() && !range.isNull(0) && !range.isNull(1)) {
        Statement deleteEvents(connection, "DELETE FROM events WHERE id BETWEEN ? AND ?");
        deleteEvents.bind(1, range.int64(0));
        deleteEvents.bind(2, range.int64(1));
        deleteEvents.exec();
    } else {
        Statement deleteEvents(connection, "DELETE FROM events WHERE import_id = ?");
        deleteEvents.bind(1, importId);
        deleteEvents.exec();
    }
    range.reset();
    Statement deleteLinks(connection, "DELETE FROM identity_links WHERE import_id = ?");
    deleteLinks.bind(1, importId);
    deleteLinks.exec(); // the persons it made are unmade
    Statement deleteImport(connection, "DELETE FROM imports WHERE id = ?");
    deleteImport.bind(1, importId);
    deleteImport.exec(); // rejected rows, segment and keys go with it (ON DELETE CASCADE)
    // Strings no event uses any more, found in one pass over the events' ids (the events
    // have no index by user or type; a pass each took four). Ids stay while an event or
    // another import's link names them.
    std::vector<bool> users(size_t(connection.queryInt("SELECT coalesce(max(id), 0) + 1 FROM users")));
    std::vector<bool> types(size_t(connection.queryInt("SELECT coalesce(max(id), 0) + 1 FROM event_types")));
    std::vector<bool> sessions(size_t(connection.queryInt("SELECT coalesce(max(id), 0) + 1 FROM sessions")));
    const auto use = [](std::vector<bool> &used, Statement &row, int column) {
        if (!row.isNull(column) && row.int64(column) >= 0 && size_t(row.int64(column)) < used.size())
            used[size_t(row.int64(column))] = true;
    };
    Statement ids(connection, "SELECT user_id, anonymous_id, event_type_id, session_id FROM events");
    while (ids.step()) {
        use(users, ids, 0);
        use(users, ids, 1);
        use(types, ids, 2);
        use(sessions, ids, 3);
    }
    Statement linked(connection, "SELECT alias_id, person_id FROM identity_links");
    while (linked.step()) {
        use(users, linked, 0);
        use(users, linked, 1);
    }
    const auto removeUnused = [&connection](const char *table, const std::vector<bool> &used) {
        Statement all(connection, std::string("SELECT id FROM ") + table);
        Statement remove(connection, std::string("DELETE FROM ") + table + " WHERE id = ?");
        std::vector<qint64> unused;
        while (all.step()) {
            if (size_t(all.int64(0)) >= used.size() || !used[size_t(all.int64(0))])
                unused.push_back(all.int64(0));
        }
        for (const qint64 id : unused) {
            remove.bind(1, id);
            remove.exec();
            remove.reset();
        }
    };
    removeUnused("users", users);
    removeUnused("event_types", types);
    removeUnused("sessions", sessions);
    transaction.commit();
}

QList<QStringList> ImportLog::rejectedRows(Connection &connection, qint64 importId)
{
    Statement select(connection,
                     "SELECT line, reason, content FROM rejected_rows WHERE import_id = ? ORDER BY line");
    select.bind(1, importId);
    QList<QStringList> rows;
    while (select.step())
        rows.append({QString::number(select.int64(0)), select.text(1), select.text(2)});
    return rows;
}

} // namespace Funnelscope
