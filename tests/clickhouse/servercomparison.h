#pragma once

// What the server tests share: the servers the clickhouse fixture started, random files
// shaped like vendor exports, the matrix of funnels every backend must agree on, and the
// comparison of one dataset's reports on a local workspace, the single server and the
// cluster. Two test executables use it so that ctest -j2 runs their datasets side by side.
#include "analysis/funnelquery.h"
#include "analysis/funnelresult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Funnelscope::ServerComparison {

struct Servers
{
    QString single; ///< clickhouse://host:port/
    QString cluster;
    QString clusterName;
    QStringList shards;
    int port = 0;
    QString https; ///< clickhouses://host:port/ of the single server
    QString authority; ///< the PEM file of the test-only authority that signed its certificate
};

/** The servers of servers.ini (FUNNELSCOPE_CLICKHOUSE_SERVERS). */
Servers servers();
/** Fails the test case when the fixture's servers.ini is missing or holds no two-shard cluster. */
void initTestCase();

/** A database name no other test run uses. */
QString freshDatabase(const QString &what);

/** The files, each imported on its own, into the local workspace at @p path. */
void importLocally(const QString &path, const QStringList &files);

/** The files, each imported on its own, into the server workspace at @p url. */
void importToServer(const QString &url, const QStringList &files);

/** The dropped units as sorted lines: who, the last step, when. */
QStringList droppedOf(const FunnelResult &result);

/** Three files (two CSV, one NDJSON) of events shaped like vendor exports, from @p seed. */
QStringList writeRandomFiles(const QString &folder, quint32 seed);

/** Funnels of every kind the server computes, on @p steps. */
QList<FunnelQuery> funnelMatrix(const QStringList &steps, qint64 firstMs, qint64 lastMs, const QString &exclude,
                                const QString &textColumn, const QStringList &properties);

/**
 * The columns of the datasets compared: files ("identity", "demo", "overlap",
 * "random:SEED" or paths), steps, an event to exclude, source properties.
 */
void addColumns();
/** The row for the random files of @p seed. */
void addRandomRow(quint32 seed);

/**
 * The current row's dataset imported into a local workspace, the single server and the
 * cluster: the funnel matrix and the cohort grids give the same JSON and dropped persons
 * on all three (the cluster half of the funnels, the other half in the next row).
 * Fails or skips the current test function as QtTest does.
 */
void sameReportsAsLocal();

} // namespace Funnelscope::ServerComparison
