#include "importprogress.h"

#include <algorithm>

namespace Funnelscope {

QString ImportProgress::describe(Stage stage)
{
    switch (stage) {
    case Stage::Opening: return tr("Reading the workspace’s shoppers and sessions…");
    case Stage::Reading: return {};
    case Stage::Sorting: return tr("Sorting the events for the reports…");
    case Stage::Saving: return tr("Saving the workspace…");
    case Stage::Sending: return tr("Sending the events to the server…");
    }
    return {};
}

ImportProgress ImportProgress::whole(Stage stage, const QList<ImportPlan> &plans, const QList<ImportReport> &reports)
{
    ImportProgress progress;
    progress.stage = stage;
    for (const ImportPlan &plan : plans)
        progress.total += std::max<qint64>(0, plan.fileSize); // a pipe's size is not known
    progress.bytes = progress.total;
    for (const ImportReport &report : reports)
        progress.rows += report.counts.rowsRead;
    return progress;
}

} // namespace Funnelscope
