#include "clickhousetables.h"

#include "clickhouseworkspace.h"
#include "store/connection.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Funnelscope {

namespace {

enum class Kind {
    InPlace,  ///< rows are changed and removed: each revision holds all of them
    Appended, ///< rows are only added: each revision holds the ones it added
};

struct Column
{
    const char *name;
    const char *type; ///< ClickHouse's; Int64, Float64 or String, maybe Nullable
};

struct Table
{
    const char *local;  ///< the workspace file's table
    const char *server; ///< the server's
    Kind kind;
    std::vector<Column> columns;
    const char *where = nullptr; ///< which of the local rows are the table's
    const char *key = nullptr;   ///< Appended: the increasing column that tells the new rows
};

// In the order a copy is filled (parents before the rows that refer to them), with the
// columns of the workspace file's schema (tst_clickhousetables compares them).
const std::vector<Table> &tables()
{
    static const std::vector<Table> list = {
        {"dictionary_events", "dictionary_events", Kind::InPlace,
         {{"id", "Int64"}, {"name", "String"}, {"display_name", "Nullable(String)"}, {"description", "Nullable(String)"},
          {"stage", "Nullable(String)"}, {"tier", "Nullable(Int64)"}, {"owner", "Nullable(String)"}, {"status", "String"},
          {"counting", "String"}, {"last_reviewed", "Nullable(String)"}, {"tags", "Nullable(String)"},
          {"created_at", "Int64"}, {"updated_at", "Int64"}}},
        {"dictionary_parameters", "dictionary_parameters", Kind::InPlace,
         {{"id", "Int64"}, {"event_id", "Int64"}, {"name", "String"}, {"type", "String"}, {"required", "Int64"},
          {"allowed_values", "Nullable(String)"}, {"pattern", "Nullable(String)"}, {"description", "Nullable(String)"},
          {"example", "Nullable(String)"}}},
        {"meta", "dictionary_settings", Kind::InPlace, {{"key", "String"}, {"value", "String"}},
         "key IN ('dictionary_naming', 'change_log_head')"},
        {"saved_reports", "saved_reports", Kind::InPlace,
         {{"id", "Int64"}, {"kind", "String"}, {"name", "String"}, {"query", "String"}, {"created_at", "Int64"},
          {"updated_at", "Int64"}}},
        {"annotations", "annotations", Kind::InPlace,
         {{"id", "Int64"}, {"ts", "Int64"}, {"text", "String"}, {"created_by", "Nullable(String)"}, {"created_at", "Int64"},
          {"end_ts", "Nullable(Int64)"}, {"category", "String"}, {"colour", "Nullable(String)"}}},
        {"change_log", "change_log", Kind::Appended,
         {{"id", "Int64"}, {"at", "Int64"}, {"who", "String"}, {"action", "String"}, {"entity", "String"},
          {"entity_name", "String"}, {"field", "Nullable(String)"}, {"old_value", "Nullable(String)"},
          {"new_value", "Nullable(String)"}, {"reason", "Nullable(String)"}, {"prev_hash", "String"}, {"hash", "String"}},
         nullptr, "id"},
        {"assessments", "assessments", Kind::Appended,
         {{"id", "Int64"}, {"taken_at", "Int64"}, {"taken_by", "String"}, {"matrix_id", "String"}, {"notes", "Nullable(String)"}},
         nullptr, "id"},
        {"assessment_scores", "assessment_scores", Kind::Appended,
         {{"assessment_id", "Int64"}, {"dimension", "String"}, {"current_stage", "Nullable(Float64)"},
          {"target_stage", "Nullable(Float64)"}, {"note", "Nullable(String)"}, {"evidence", "Nullable(String)"}},
         nullptr, "assessment_id"},
    };
    return list;
}

QStringList columnNames(const Table &table)
{
    QStringList names;
    for (const Column &column : table.columns)
        names.append(QLatin1String(column.name));
    return names;
}

bool isReal(const Column &column)
{
    return QByteArray(column.type).contains("Float64");
}

bool isInteger(const Column &column)
{
    return QByteArray(column.type).contains("Int64");
}

/** A value of a JSONCompact answer (64-bit integers come quoted) as the copy stores it. */
QVariant fromJson(const QJsonValue &value, const Column &column)
{
    if (value.isNull())
        return QVariant();
    if (isInteger(column))
        return value.isString() ? QVariant(value.toString().toLongLong()) : QVariant(qint64(value.toDouble()));
    if (isReal(column))
        return value.isString() ? QVariant(value.toString().toDouble()) : QVariant(value.toDouble());
    return value.toString();
}

void appendTsv(QByteArray &out, const QVariant &value, const Column &column)
{
    if (!value.isValid() || value.isNull())
        out += "\\N";
    else if (isInteger(column))
        out += QByteArray::number(value.toLongLong());
    else if (isReal(column))
        out += QByteArray::number(value.toDouble(), 'g', 17);
    else
        ClickHouseConnection::escape(out, value.toString());
}

QJsonArray jsonRows(const ClickHouseWorkspace &workspace, const QString &sql, const TaskContext &task)
{
    const QByteArray answer = workspace.connection().query(sql + QStringLiteral(" FORMAT JSONCompact"), task);
    return QJsonDocument::fromJson(answer).object().value(QLatin1String("data")).toArray();
}

/** The newest key of an appended table that @p revision holds (a reference into it). */
template<typename Revision>
auto &lastKey(Revision &revision, const Table &table)
{
    return QByteArray(table.local) == "change_log" ? revision.lastLogId : revision.lastAssessmentId;
}

/** Adds @p rows (ordered by the table's key) to @p content, whose revision then holds their newest key. */
void keep(ClickHouseTables::Content &content, const Table &table, ClickHouseTables::Rows rows)
{
    if (table.key && !rows.rows.isEmpty()) {
        qint64 &last = lastKey(content.revision, table);
        last = std::max(last, rows.rows.last().at(rows.columns.indexOf(QLatin1String(table.key))).toLongLong());
    }
    content.tables.append(std::move(rows));
}

bool hasRevisions(const ClickHouseWorkspace &workspace, const TaskContext &task)
{
    return !workspace.connection()
                .rows(QStringLiteral("SELECT name FROM system.tables WHERE database = %1 AND name = 'revisions'")
                          .arg(ClickHouseConnection::quote(workspace.url().database)),
                      task)
                .isEmpty();
}

} // namespace

void ClickHouseTables::create(const ClickHouseWorkspace &workspace, const TaskContext &task)
{
    const ClickHouseConnection &server = workspace.connection();
    const QString db = workspace.url().database;
    for (const Table &table : tables()) {
        QStringList columns{QStringLiteral("revision UInt64"), QStringLiteral("token UInt64")};
        for (const Column &column : table.columns)
            columns.append(QStringLiteral("%1 %2").arg(QLatin1String(column.name), QLatin1String(column.type)));
        server.query(QStringLiteral("CREATE TABLE IF NOT EXISTS %1.%2 (%3) ENGINE = MergeTree ORDER BY (revision, token)")
                         .arg(db, QLatin1String(table.server), columns.join(QLatin1String(", "))),
                     task);
    }
    // Last: a server with `revisions` has every table it names.
    server.query(QStringLiteral("CREATE TABLE IF NOT EXISTS %1.revisions (revision UInt64, token UInt64, saved_by String, "
                                "saved_at DateTime DEFAULT now()) ENGINE = MergeTree ORDER BY (revision, token)")
                     .arg(db),
                 task);
}

QList<QPair<quint64, quint64>> ClickHouseTables::winners(const ClickHouseWorkspace &workspace, const TaskContext &task)
{
    QList<QPair<quint64, quint64>> list;
    const QList<QStringList> rows = workspace.connection().rows(
        QStringLiteral("SELECT revision, min(token) FROM revisions GROUP BY revision ORDER BY revision"), task);
    for (const QStringList &row : rows)
        list.append({row.value(0).toULongLong(), row.value(1).toULongLong()});
    return list;
}

ClickHouseTables::Content ClickHouseTables::fetch(const ClickHouseWorkspace &workspace, const TaskContext &task)
{
    Content content;
    content.timezone = workspace.meta(QStringLiteral("timezone"), QStringLiteral("UTC"));
    if (!hasRevisions(workspace, task))
        return content; // a workspace imported before its small tables were kept on the server: none yet
    const QList<QPair<quint64, quint64>> chain = winners(workspace, task);
    if (chain.isEmpty())
        return content;
    QHash<quint64, quint64> winner;
    for (const auto &[number, token] : chain)
        winner.insert(number, token);
    content.revision.number = chain.last().first;
    content.revision.token = chain.last().second;
    for (const Table &table : tables()) {
        const QStringList columns = columnNames(table);
        // In place: the newest revision's rows; appended: every winner's up to it.
        const QString where = table.kind == Kind::InPlace
                                  ? QStringLiteral("revision = %1 AND token = %2").arg(content.revision.number).arg(content.revision.token)
                                  : QStringLiteral("revision <= %1").arg(content.revision.number);
        const QString order = table.key ? QLatin1String(table.key) : columns.first();
        const QJsonArray answer = jsonRows(workspace,
                                           QStringLiteral("SELECT revision, token, %1 FROM %2 WHERE %3 ORDER BY %4")
                                               .arg(columns.join(QLatin1String(", ")), QLatin1String(table.server), where, order),
                                           task);
        Rows rows{QLatin1String(table.local), columns, {}};
        for (const QJsonValue &value : answer) {
            const QJsonArray row = value.toArray();
            if (winner.value(row.at(0).toString().toULongLong()) != row.at(1).toString().toULongLong())
                continue; // a save that lost to another under the same number
            QVariantList values;
            for (int i = 0; i < int(table.columns.size()); ++i)
                values.append(fromJson(row.at(i + 2), table.columns.at(i)));
            rows.rows.append(values);
        }
        keep(content, table, std::move(rows));
    }
    return content;
}

void ClickHouseTables::load(const Content &content, Connection &copy)
{
    Transaction transaction(copy);
    if (!content.timezone.isEmpty()) {
        // Dates are the server's days, as its reports count them.
        Statement zone(copy, "INSERT OR REPLACE INTO meta (key, value) VALUES ('timezone', ?)");
        zone.bind(1, content.timezone);
        zone.exec();
    }
    for (const Rows &rows : content.tables) {
        const Table *table = nullptr;
        for (const Table &candidate : tables())
            table = QLatin1String(candidate.local) == rows.table ? &candidate : table;
        Q_ASSERT(table);
        QStringList marks;
        for (qsizetype i = 0; i < rows.columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        // INSERT OR REPLACE: a new workspace's own meta rows give way to the server's.
        Statement insert(copy, QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                                   .arg(rows.table, rows.columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")))
                                   .toStdString());
        for (const QVariantList &row : rows.rows) {
            for (int i = 0; i < int(row.size()); ++i) {
                const QVariant &value = row.at(i);
                if (value.isNull())
                    insert.bindNull(i + 1);
                else if (isInteger(table->columns.at(i)))
                    insert.bind(i + 1, value.toLongLong());
                else if (isReal(table->columns.at(i)))
                    insert.bind(i + 1, value.toDouble());
                else
                    insert.bind(i + 1, value.toString());
            }
            insert.exec();
        }
    }
    transaction.commit();
}

ClickHouseTables::Content ClickHouseTables::collect(Connection &copy, const Revision &base, const QString &who)
{
    Content content;
    content.revision = base;
    content.who = who;
    for (const Table &table : tables()) {
        const QStringList columns = columnNames(table);
        QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1String(", ")), QLatin1String(table.local));
        QStringList conditions;
        if (table.where)
            conditions.append(QLatin1String(table.where));
        if (table.key) {
            const qint64 last = lastKey(base, table);
            conditions.append(QStringLiteral("%1 > %2").arg(QLatin1String(table.key)).arg(last));
        }
        if (!conditions.isEmpty())
            sql += QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
        sql += QStringLiteral(" ORDER BY ") + (table.key ? QLatin1String(table.key) : columns.first());
        Statement select(copy, sql.toStdString());
        Rows rows{QLatin1String(table.local), columns, {}};
        while (select.step()) {
            QVariantList values;
            for (int i = 0; i < int(table.columns.size()); ++i) {
                if (select.isNull(i))
                    values.append(QVariant());
                else if (isInteger(table.columns.at(i)))
                    values.append(select.int64(i));
                else if (isReal(table.columns.at(i)))
                    values.append(select.real(i));
                else
                    values.append(select.text(i));
            }
            rows.rows.append(values);
        }
        keep(content, table, std::move(rows));
    }
    return content;
}

ClickHouseTables::Revision ClickHouseTables::send(const ClickHouseWorkspace &workspace, const Content &content,
                                                 const TaskContext &task)
{
    if (!hasRevisions(workspace, task))
        create(workspace, task);
    const auto conflict = [&workspace] {
        return StoreError(StoreError::Kind::Server,
                          tr("Someone else saved changes to the dictionary, assessments, saved reports or annotations of the "
                             "ClickHouse workspace %1 since you opened it, so yours were not saved. Open it again to see "
                             "theirs, then make yours again.")
                              .arg(workspace.url().toString()));
    };
    const auto newest = [&] {
        const QList<QPair<quint64, quint64>> chain = winners(workspace, task);
        return chain.isEmpty() ? Revision() : Revision{chain.last().first, chain.last().second, 0, 0};
    };
    if (!(newest() == content.revision))
        throw conflict();

    Revision next = content.revision;
    next.number += 1;
    // Never 0: a revision's token of 0 would be "nothing saved".
    next.token = QRandomGenerator::system()->generate64() | 1;
    for (const Table &table : tables()) {
        const Rows *rows = nullptr;
        for (const Rows &candidate : content.tables)
            rows = candidate.table == QLatin1String(table.local) ? &candidate : rows;
        if (!rows || rows->rows.isEmpty())
            continue;
        QByteArray tsv;
        const QByteArray prefix = QByteArray::number(next.number) + '\t' + QByteArray::number(next.token);
        for (const QVariantList &row : rows->rows) {
            tsv += prefix;
            for (int i = 0; i < int(row.size()); ++i) {
                tsv += '\t';
                appendTsv(tsv, row.at(i), table.columns.at(i));
            }
            tsv += '\n';
        }
        workspace.connection().insert(QStringLiteral("%1 (revision, token, %2)")
                                          .arg(QLatin1String(table.server), rows->columns.join(QLatin1String(", "))),
                                      tsv, task);
    }
    QByteArray row = QByteArray::number(next.number) + '\t' + QByteArray::number(next.token) + '\t';
    ClickHouseConnection::escape(row, content.who);
    row += '\n';
    workspace.connection().insert(QStringLiteral("revisions (revision, token, saved_by)"), row, task);
    // Another save under the same number with a smaller token wins: then none of this counts.
    const Revision saved = newest();
    if (!(saved == next))
        throw conflict();
    return next;
}

} // namespace Funnelscope
