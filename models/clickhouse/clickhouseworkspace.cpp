#include "clickhouseworkspace.h"

#include "clickhousetables.h"

#include "store/storeerror.h"

#include <QDateTime>
#include <QThread>

#include <algorithm>
#include <utility>

namespace Funnelscope {

namespace {

/** The events' columns and their types, in the order an import sends them. */
const QList<std::pair<QString, QString>> &eventColumnList()
{
    static const QList<std::pair<QString, QString>> columns = {
        {QStringLiteral("person"), QStringLiteral("String")},       {QStringLiteral("person_anonymous"), QStringLiteral("UInt8")},
        {QStringLiteral("user"), QStringLiteral("String")},         {QStringLiteral("user_anonymous"), QStringLiteral("UInt8")},
        {QStringLiteral("ts"), QStringLiteral("Int64")},            {QStringLiteral("event"), QStringLiteral("String")},
        {QStringLiteral("session"), QStringLiteral("String")},      {QStringLiteral("import"), QStringLiteral("UInt32")},
        {QStringLiteral("device"), QStringLiteral("String")},       {QStringLiteral("channel"), QStringLiteral("String")},
        {QStringLiteral("country"), QStringLiteral("String")},      {QStringLiteral("product_id"), QStringLiteral("String")},
        {QStringLiteral("category"), QStringLiteral("String")},     {QStringLiteral("currency"), QStringLiteral("String")},
        {QStringLiteral("uid"), QStringLiteral("UInt32")},          {QStringLiteral("seq"), QStringLiteral("UInt64")},
        {QStringLiteral("revenue_bits"), QStringLiteral("UInt64")}, {QStringLiteral("price_bits"), QStringLiteral("UInt64")},
        {QStringLiteral("prop_keys"), QStringLiteral("Array(String)")}, {QStringLiteral("prop_values"), QStringLiteral("Array(String)")},
    };
    return columns;
}

/** The events' columns as CREATE TABLE declares them: "(person String, …)". */
QString eventColumnsDeclared()
{
    QStringList declared;
    for (const auto &[name, type] : eventColumnList())
        declared.append(name + QLatin1Char(' ') + type);
    return QLatin1Char('(') + declared.join(QStringLiteral(", ")) + QLatin1Char(')');
}

/** Columns added after the first servers' workspaces were made, and the meta key that says their values are missing. */
struct LaterColumns
{
    QStringList names; ///< of eventColumnList()
    QString missingKey;
};

const LaterColumns &numberColumns()
{
    static const LaterColumns columns = {{QStringLiteral("revenue_bits"), QStringLiteral("price_bits")}, QStringLiteral("numbers_missing")};
    return columns;
}

const LaterColumns &propertyColumns()
{
    static const LaterColumns columns = {{QStringLiteral("prop_keys"), QStringLiteral("prop_values")},
                                         QStringLiteral("properties_missing")};
    return columns;
}

/** ClickHouse's group_by_two_level_threshold_bytes when a query does not set it. */
constexpr qint64 usualTwoLevelBytes = 100'000'000;

/** Person first, so each person's events lie together, in time order, on their shard. */
const QString eventOrder = QStringLiteral("ENGINE = MergeTree ORDER BY (person, person_anonymous, ts)");

} // namespace

ClickHouseWorkspace::ClickHouseWorkspace(const ClickHouseUrl &url)
    : mConnection(url)
{
}

ClickHouseWorkspace ClickHouseWorkspace::open(const ClickHouseUrl &url, const TaskContext &task)
{
    ClickHouseWorkspace workspace(url);
    workspace.checkTables(task);
    return workspace;
}

void ClickHouseWorkspace::readMemoryLimit(const TaskContext &task)
{
    // A funnel groups each person's events into arrays: at 11.8M events that took 3 to 6 GB
    // on one shard of two, over the 2 GB a profile may allow a query. With a spill
    // threshold the GROUP BY may also go two-level (18.16 allows it on one stream only
    // then), and its persons are worked a bucket at a time: the funnel ran in the 2 GB,
    // and the weekly grid took 4.5 s instead of 14.2 s (DESIGN.md, "A ClickHouse workspace").
    qint64 limit = 0;
    qint64 spill = 0;
    const QList<QStringList> found = mConnection.rows(
        QStringLiteral("SELECT name, value FROM system.settings "
                       "WHERE name IN ('max_memory_usage', 'max_bytes_before_external_group_by')"),
        task, {}, false);
    for (const QStringList &row : found)
        (row.value(0) == QLatin1String("max_memory_usage") ? limit : spill) = row.value(1).toLongLong();
    // Without a limit, ClickHouse's usual one (the default profile's 10 GB).
    constexpr qint64 usualLimit = 10'000'000'000;
    mSpillBytes = spill == 0 ? (limit > 0 ? limit : usualLimit) / 2 : 0;
}

QList<ClickHouseConnection> ClickHouseWorkspace::shards() const
{
    if (!isCluster())
        return {mConnection};
    if (!mShards.isEmpty())
        return mShards;
    const QList<QStringList> hosts = mConnection.rows(
        QStringLiteral("SELECT host_address FROM system.clusters WHERE cluster = %1 ORDER BY shard_num, replica_num")
            .arg(ClickHouseConnection::quote(url().cluster)), {}, {}, false);
    if (hosts.isEmpty())
        throw StoreError(StoreError::Kind::Server,
                         tr("The ClickHouse server %1 has no cluster “%2” in its remote_servers.")
                             .arg(url().server(), url().cluster));
    QList<ClickHouseConnection> shards;
    for (const QStringList &host : hosts)
        shards.append(mConnection.onHost(host.value(0), url().port));
    const_cast<ClickHouseWorkspace *>(this)->mShards = shards;
    return shards;
}

QString ClickHouseWorkspace::eventColumnNames()
{
    QStringList names;
    for (const auto &column : eventColumnList())
        names.append(column.first);
    return names.join(QStringLiteral(", "));
}

QString ClickHouseWorkspace::localEventsTable() const
{
    return isCluster() ? QStringLiteral("events_local") : QStringLiteral("events");
}

void ClickHouseWorkspace::checkTables(const TaskContext &task) const
{
    const QList<QStringList> found = mConnection.rows(
        QStringLiteral("SELECT name FROM system.tables WHERE database = %1").arg(ClickHouseConnection::quote(url().database)),
        task, {}, false);
    QStringList names;
    for (const QStringList &row : found)
        names.append(row.value(0));
    for (const QString &table : {QStringLiteral("events"), QStringLiteral("imports"), QStringLiteral("meta")}) {
        if (!names.contains(table))
            throw StoreError(StoreError::Kind::NotAWorkspace,
                             tr("The database “%1” on the ClickHouse server %2 is no Funnelscope workspace (it has no "
                                "table “%3”); import into it first.")
                                 .arg(url().database, url().server(), table));
    }
    if (isCluster())
        shards(); // the cluster is there
}

ClickHouseWorkspace ClickHouseWorkspace::create(const ClickHouseUrl &url, const TaskContext &task)
{
    ClickHouseWorkspace workspace(url);
    const ClickHouseConnection &server = workspace.mConnection;
    const QString db = url.database;
    const QString eventColumns = eventColumnsDeclared();
    workspace.onEveryShard(QStringLiteral("CREATE DATABASE IF NOT EXISTS {db}"), task);
    if (!workspace.isCluster()) {
        server.query(QStringLiteral("CREATE TABLE IF NOT EXISTS %1.events %2 %3").arg(db, eventColumns, eventOrder), task);
    } else {
        workspace.onEveryShard(QStringLiteral("CREATE TABLE IF NOT EXISTS {db}.events_local %1 %2").arg(eventColumns, eventOrder), task);
        // Every host can be asked: the Distributed table is on each, sharded by person.
        workspace.onEveryShard(QStringLiteral("CREATE TABLE IF NOT EXISTS {db}.events %1 ENGINE = Distributed(%2, %3, events_local, "
                                              "cityHash64(person, person_anonymous))")
                                   .arg(eventColumns, url.cluster, db),
                               task);
    }
    server.query(QStringLiteral("CREATE TABLE IF NOT EXISTS %1.imports (id UInt32, file String, sha256 String, events UInt64, "
                                "imported_at DateTime) ENGINE = MergeTree ORDER BY id").arg(db), task);
    server.query(QStringLiteral("CREATE TABLE IF NOT EXISTS %1.identity_links (alias String, alias_anonymous UInt8, person String, "
                                "person_anonymous UInt8, import UInt32) ENGINE = MergeTree ORDER BY (alias, alias_anonymous)").arg(db), task);
    // Every stored event's dedup key (its event id, or its content's hash), by import: a
    // later import skips the events whose key an earlier one holds, as a local one does.
    server.query(QStringLiteral("CREATE TABLE IF NOT EXISTS %1.dedup_keys (key String, import UInt32) ENGINE = MergeTree "
                                "ORDER BY key").arg(db), task);
    server.query(QStringLiteral("CREATE TABLE IF NOT EXISTS %1.users (key String, anonymous UInt8, id UInt32) "
                                "ENGINE = MergeTree ORDER BY (key, anonymous)").arg(db), task);
    server.query(QStringLiteral("CREATE TABLE IF NOT EXISTS %1.meta (key String, value String, at UInt64) ENGINE = TinyLog").arg(db),
                 task);
    ClickHouseTables::create(workspace, task);
    workspace.addLaterColumns(task);
    return workspace;
}

void ClickHouseWorkspace::addLaterColumns(const TaskContext &task) const
{
    // A workspace created before prices and revenue, or the source properties, were sent:
    // its events get the columns (ALTER has no IF NOT EXISTS on 18.16), and the workspace
    // remembers that those events' values are missing.
    QStringList missing;
    for (const LaterColumns *later : {&numberColumns(), &propertyColumns()}) {
        bool added = false;
        for (const ClickHouseConnection &host : shards()) {
            for (const QString &table : isCluster() ? QStringList{QStringLiteral("events_local"), QStringLiteral("events")}
                                                    : QStringList{QStringLiteral("events")}) {
                for (const QString &column : later->names) {
                    const QString has =
                        QStringLiteral("SELECT count() FROM system.columns WHERE database = %1 AND table = %2 AND name = %3")
                            .arg(ClickHouseConnection::quote(url().database), ClickHouseConnection::quote(table),
                                 ClickHouseConnection::quote(column));
                    if (host.rows(has, task, {}, false).value(0).value(0).toLongLong() > 0)
                        continue;
                    const auto declared = std::find_if(eventColumnList().begin(), eventColumnList().end(),
                                                       [&column](const auto &each) { return each.first == column; });
                    host.query(QStringLiteral("ALTER TABLE %1.%2 ADD COLUMN %3 %4").arg(url().database, table, column, declared->second),
                               task, {}, false);
                    added = true;
                }
            }
        }
        if (added)
            missing.append(later->missingKey);
    }
    if (!missing.isEmpty() && mConnection.rows(QStringLiteral("SELECT count() FROM events"), task).value(0).value(0).toLongLong() > 0) {
        for (const QString &key : std::as_const(missing))
            setMeta(key, QStringLiteral("1"));
    }
}

bool ClickHouseWorkspace::hasColumns(const QStringList &columns, const QString &missingKey, const TaskContext &task) const
{
    QStringList names;
    for (const QString &name : columns)
        names.append(ClickHouseConnection::quote(name));
    const QString has = QStringLiteral("SELECT count() FROM system.columns WHERE database = %1 AND table = 'events' AND name IN (%2)")
                            .arg(ClickHouseConnection::quote(url().database), names.join(QLatin1Char(',')));
    return mConnection.rows(has, task, {}, false).value(0).value(0).toLongLong() == columns.size() && meta(missingKey).isEmpty();
}

bool ClickHouseWorkspace::hasNumbers(const TaskContext &task) const
{
    return hasColumns(numberColumns().names, numberColumns().missingKey, task);
}

bool ClickHouseWorkspace::hasProperties(const TaskContext &task) const
{
    return hasColumns(propertyColumns().names, propertyColumns().missingKey, task);
}

void ClickHouseWorkspace::onEveryShard(const QString &sql, const TaskContext &task) const
{
    QString statement = sql;
    statement.replace(QStringLiteral("{db}"), url().database);
    if (!isCluster()) {
        mConnection.query(statement, task, {}, false);
        return;
    }
    // ON CLUSTER needs the distributed DDL queue (ZooKeeper); a cluster without one gets
    // the statement on each host.
    for (const ClickHouseConnection &shard : shards())
        shard.query(statement, task, {}, false);
}

void ClickHouseWorkspace::deleteEvents(const QString &condition, const TaskContext &task) const
{
    const ClickHouseConnection::Settings bigQuery = {{QStringLiteral("max_query_size"), QStringLiteral("268435456")}};
    for (const ClickHouseConnection &shard : shards())
        shard.query(QStringLiteral("ALTER TABLE %1 DELETE WHERE %2").arg(localEventsTable(), condition), task, bigQuery);
    waitForMutations(task);
}

ClickHouseConnection::Settings ClickHouseWorkspace::reportSettings() const
{
    // A filter decided value by value sends its values (ClickHouseFunnel::resolve()): a
    // product id "contains" filter may name a hundred thousand of them.
    ClickHouseConnection::Settings settings = {{QStringLiteral("max_query_size"), QStringLiteral("268435456")}};
    if (mSpillBytes > 0) {
        settings.insert(QStringLiteral("max_bytes_before_external_group_by"), QString::number(mSpillBytes));
        // Only a two-level GROUP BY spills: a user allowed less than twice ClickHouse's
        // 100 MB goes two-level where the spill starts.
        if (mSpillBytes < usualTwoLevelBytes)
            settings.insert(QStringLiteral("group_by_two_level_threshold_bytes"), QString::number(mSpillBytes));
    }
    // Two-level, the persons' arrays are worked a bucket (1/256) of persons at a time, not
    // as one block: from 10,000 persons on (on the 1M shop's cluster, 58,000 a shard, the
    // funnel took 1.1 s instead of 3.3 s; 14,600 on one server, 0.37 s instead of 0.49–0.68 s),
    // not below (the REES46 head's 4,504 took its report matrix 200 s at 1,000, 64 s at 10,000).
    settings.insert(QStringLiteral("group_by_two_level_threshold"), QStringLiteral("10000"));
    if (isCluster()) {
        settings.insert(QStringLiteral("distributed_group_by_no_merge"), QStringLiteral("1"));
        // A subquery over events inside a shard's part reads that shard's events: each
        // person's events lie on one shard.
        settings.insert(QStringLiteral("distributed_product_mode"), QStringLiteral("local"));
    }
    return settings;
}

ValidationError ClickHouseWorkspace::numbersMissing() const
{
    return ValidationError(tr("The ClickHouse workspace %1 holds events imported before Funnelscope sent prices and revenue "
                              "to the server. To filter, break down or sum by them, import those files again into a new "
                              "database.")
                               .arg(url().toString()));
}

ValidationError ClickHouseWorkspace::propertiesMissing(const QString &property) const
{
    return ValidationError(tr("The ClickHouse workspace %1 holds events imported before Funnelscope sent their source "
                              "properties to the server, so it cannot filter or break down by “%2”. Import those files again "
                              "into a new database.")
                               .arg(url().toString(), property));
}

ValidationError ClickHouseWorkspace::cannotYet(const QString &what) const
{
    return cannotYet(url(), what);
}

ValidationError ClickHouseWorkspace::cannotYet(const ClickHouseUrl &url, const QString &what)
{
    return ValidationError(tr("The ClickHouse workspace %1 cannot compute %2 yet.").arg(url.toString(), what));
}

void ClickHouseWorkspace::waitForMutations(const TaskContext &task) const
{
    for (const ClickHouseConnection &shard : shards()) {
        for (;;) {
            const QList<QStringList> pending = shard.rows(
                QStringLiteral("SELECT count() FROM system.mutations WHERE database = %1 AND table = %2 AND is_done = 0")
                    .arg(ClickHouseConnection::quote(url().database), ClickHouseConnection::quote(localEventsTable())),
                task, {}, false);
            if (pending.value(0).value(0) == QLatin1String("0"))
                break;
            task.throwIfCancelled();
            QThread::msleep(50);
        }
    }
}

QString ClickHouseWorkspace::meta(const QString &key, const QString &fallback) const
{
    const QList<QStringList> rows = mConnection.rows(
        QStringLiteral("SELECT argMax(value, at), count() FROM meta WHERE key = %1").arg(ClickHouseConnection::quote(key)));
    if (rows.isEmpty() || rows.first().value(1) == QLatin1String("0"))
        return fallback;
    return rows.first().value(0);
}

void ClickHouseWorkspace::setMeta(const QString &key, const QString &value) const
{
    QByteArray row;
    ClickHouseConnection::escape(row, key);
    row += '\t';
    ClickHouseConnection::escape(row, value);
    row += '\t' + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '\n';
    mConnection.insert(QStringLiteral("meta"), row);
}

QString ClickHouseWorkspace::contentStamp(const TaskContext &task) const
{
    const QList<QStringList> rows =
        mConnection.rows(QStringLiteral("SELECT count(), max(id), sum(events) FROM imports"), task);
    return url().toString() + QLatin1Char('#') + rows.value(0).join(QLatin1Char('/'));
}

} // namespace Funnelscope
