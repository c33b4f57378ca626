#pragma once

#include "clickhouseconnection.h"
#include "tasks/validationerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Funnelscope {

/**
 * A workspace on a ClickHouse server or cluster (DESIGN.md, "A ClickHouse workspace"): the
 * events in `events` (a MergeTree ordered by person and time; on a cluster a MergeTree
 * `events_local` on every shard and a Distributed `events` over them, sharded by person),
 * and beside them on the URL's server the small tables: `imports`, `identity_links`, `meta`,
 * and the dictionary's, assessments' and saved reports' (ClickHouseTables).
 *
 * open() checks the server answers and the tables are there (a database without them is a
 * StoreError naming it); create() makes what is missing: with `ON CLUSTER` when the server
 * has a distributed DDL queue, else on each host system.clusters lists, reached on the
 * URL's HTTP port.
 */
class ClickHouseWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ClickHouseWorkspace)

public:
    static ClickHouseWorkspace open(const ClickHouseUrl &url, const TaskContext &task = {});
    static ClickHouseWorkspace create(const ClickHouseUrl &url, const TaskContext &task = {});

    const ClickHouseConnection &connection() const { return mConnection; }
    const ClickHouseUrl &url() const { return mConnection.url(); }
    bool isCluster() const { return !url().cluster.isEmpty(); }
    /** The connections of the cluster's shards (the URL's server alone for one server). */
    QList<ClickHouseConnection> shards() const;
    /**
     * The events' columns in the order an import sends them, comma-separated (a workspace
     * whose columns were added later may hold them in another order).
     */
    static QString eventColumnNames();
    /** The table the MergeTree parts live in on each shard (events on one server). */
    QString localEventsTable() const;

    QString meta(const QString &key, const QString &fallback = QString()) const;
    void setMeta(const QString &key, const QString &value) const;
    /** What changes when the events do: the imports' ids and counts (the data stamp). */
    QString contentStamp(const TaskContext &task = {}) const;

    /** Runs @p sql (a statement with a {db} placeholder) on every shard's host. */
    void onEveryShard(const QString &sql, const TaskContext &task = {}) const;
    /** Deletes the events where @p condition holds on every shard, and waits until it is done. */
    void deleteEvents(const QString &condition, const TaskContext &task = {}) const;
    /** Waits until the mutations of the events' table finished on every shard. */
    void waitForMutations(const TaskContext &task = {}) const;
    /**
     * The settings a report's query runs with: on a cluster, each shard finishes its own
     * persons; a GROUP BY that outgrows spillBytes() goes on on disk instead of failing,
     * and groups persons two-level from 10,000 of them.
     */
    ClickHouseConnection::Settings reportSettings() const;
    /**
     * Reads the user's memory limit and spill threshold (spillBytes()): one query, which
     * only a workspace that runs reports needs (ClickHouseBackend).
     */
    void readMemoryLimit(const TaskContext &task = {});
    /**
     * When a report's GROUP BY spills to disk: half of the server's max_memory_usage for
     * this user (of 10 GB when it has none), as ClickHouse's documentation advises; 0 (not
     * asked) when the user's profile sets max_bytes_before_external_group_by itself, or
     * before readMemoryLimit().
     */
    qint64 spillBytes() const { return mSpillBytes; }
    /** "The ClickHouse workspace … cannot compute @p what yet.": what a report refuses with. */
    ValidationError cannotYet(const QString &what) const;
    /** The same, of the workspace at @p url, before connecting to it. */
    static ValidationError cannotYet(const ClickHouseUrl &url, const QString &what);
    /**
     * Whether every event carries its revenue and price (the IEEE bits of the local
     * workspace's values in revenue_bits and price_bits, NaN's when it has none): not in a
     * workspace created before they were sent.
     */
    bool hasNumbers(const TaskContext &task = {}) const;
    /** What a report that filters, breaks down or sums prices or revenue throws when !hasNumbers(). */
    ValidationError numbersMissing() const;
    /**
     * Whether every event carries its source properties (prop_keys and prop_values: each
     * key of the local workspace's properties JSON and its value as the local reports read
     * it): not in a workspace created before they were sent.
     */
    bool hasProperties(const TaskContext &task = {}) const;
    /** What a report that filters or breaks down by source @p property throws when !hasProperties(). */
    ValidationError propertiesMissing(const QString &property) const;

private:
    explicit ClickHouseWorkspace(const ClickHouseUrl &url);
    void checkTables(const TaskContext &task) const;
    void addLaterColumns(const TaskContext &task) const;
    bool hasColumns(const QStringList &names, const QString &missingKey, const TaskContext &task) const;

    ClickHouseConnection mConnection;
    QList<ClickHouseConnection> mShards;
    qint64 mSpillBytes = 0;
};

} // namespace Funnelscope
