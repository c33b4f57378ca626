#include "importprogress.h"

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

} // namespace Funnelscope
