#pragma once

#include "importplan.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Funnelscope {

/**
 * Where an import is, as Importer::Progress hears it: the files read (bytes of their
 * total), or one of the stages around the reading that have no measure of their own. An
 * import into a workspace of ten million events spends a few seconds at each end: reading
 * the workspace's shoppers, sessions and event keys first, sorting the events into their
 * segment and saving them after. A bar that stood at 100 % through those, saying "0 s
 * left", looked stuck, and a Cancel pressed then did nothing it said.
 */
struct ImportProgress
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ImportProgress)

public:
    enum class Stage {
        Opening, ///< the workspace's dictionaries and event keys are read (before each file)
        Reading, ///< the files are read: bytes of total
        Sorting, ///< the events are sorted into the segment the reports read (after each file)
        Saving,  ///< the transaction is committed: from here on it can no longer be cancelled
        Sending, ///< a ClickHouse import: the events go to the server
    };

    Stage stage = Stage::Reading;
    qint64 bytes = 0; ///< read so far, of all the files (compressed bytes for a .gz)
    qint64 total = 0; ///< the files' size
    qint64 rows = 0;  ///< read so far

    /** What a person reads while the import is at @p stage ("Sorting the events for the reports…"); empty for Reading. */
    static QString describe(Stage stage);
    /** @p stage with every byte of @p plans read (their total) and the rows @p reports read. */
    static ImportProgress whole(Stage stage, const QList<ImportPlan> &plans, const QList<ImportReport> &reports);
};

} // namespace Funnelscope
