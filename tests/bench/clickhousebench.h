#pragma once

// The ClickHouse half of `make bench`: the same shop CSV imported into a two-shard cluster
// of clickhouse-server processes on this machine (tests/clickhouse's fixture), the funnel
// and the weekly cohort through ClickHouseBackend (`funnelscope funnel --workspace
// clickhouse://…`, fresh processes), next to the local workspace's and next to the query a
// ClickHouse user would write by hand on the same table (windowFunnel; a groupUniqArray
// retention grid). The servers' own CPU time is counted beside each client's.
#include "benchprocess.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class QTextStream;

namespace Bench {

class ClickHouseBench
{
public:
    /** @p fixture is the clickhouse_fixture executable; the servers live in @p folder. */
    ClickHouseBench(const QString &fixture, const QString &folder);
    ~ClickHouseBench();

    /** Starts the servers; an empty string, or why they could not start. */
    QString start();

    /** What the local side measured, for the ratios and the checks. */
    struct Local
    {
        Measure import;
        Measure funnel;
        Measure cohort;
        QString funnelJson; ///< the local funnel's --json output
        QString cohortJson;
    };

    /**
     * Imports @p csv (@p runs times, into a fresh database each time), runs the reports
     * @p runs times each, prints the table to @p out, and adds to @p mismatches what does
     * not equal the local workspace's numbers.
     */
    QJsonObject measure(const QString &funnelscope, const QString &csv, const QString &label, int runs,
                        const QStringList &steps, const Local &local, QTextStream &out, QStringList &mismatches);

private:
    /** @p sql's answer from host:port (HTTP), timed in @p measure (wall time, the servers' CPU time). */
    QByteArray post(const QString &host, const QString &sql, Measure *measure = nullptr, const QString &database = {});
    /** The servers' user and system CPU seconds so far (from /proc). */
    double serverCpuSeconds() const;

    QString mFixture;
    QString mFolder;
    QString mClusterName;
    QStringList mShards;
    int mPort = 0;
    bool mStarted = false;
};

} // namespace Bench
