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
