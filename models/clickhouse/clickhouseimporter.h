#pragma once

#include "clickhouseworkspace.h"
#include "ingest/importer.h"

#include <QCoreApplication>
#include <QHash>

namespace Funnelscope {

/**
 * An import into a ClickHouse workspace (DESIGN.md, "A ClickHouse workspace"): the files
 * go through Funnelscope's own Importer into a local workspace in a temporary folder
 * (parsing, mapping, rejected rows, duplicates within the import, identity links, exactly
 * as a local import), then its events are sent to the server in large gzip batches, each
 * with its person resolved by every link the server holds, this import's included.
 *
 * Links that change an earlier id's person (an anonymous id that now turns out to be a
 * known user's, or a device that now has two users) move that id's earlier events to the
 * new person (copied under it, the old rows deleted by a mutation that is waited for), so
 * the persons equal a local workspace's that holds the same imports, and on a cluster a
 * person's events stay on one shard.
 *
 * A file the server has imported before (by SHA-256) is refused unless
 * ImportOptions::allowDuplicateFile. Throws IngestError, StoreError or Cancelled; a failure
 * before the events are sent leaves the server as it was.
 */
class ClickHouseImporter
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ClickHouseImporter)

public:
    static Importer::Batch importAll(const ClickHouseUrl &url, QList<ImportPlan> plans, const ImportOptions &options,
                                     const Importer::Progress &progress = {}, const TaskContext &task = {});

    /** The imports the server holds, by the SHA-256 of their content (import ids; standard input has none). */
    static QHash<QString, qint64> importsBySha256(const ClickHouseUrl &url, const TaskContext &task = {});

    /** Rows sent in one INSERT (a few tens of MB of TabSeparated before gzip). */
    static constexpr int batchRows = 250'000;
};

} // namespace Funnelscope
