#pragma once

#include "maturity/maturityevidence.h"
#include "store/workspacesummary.h"
#include "tasks/taskcontext.h"

namespace Funnelscope {

class ClickHouseWorkspace;

/**
 * What the window's status bar and pages know of a workspace on a ClickHouse server (as
 * WorkspaceSummary::load knows a file's): its events, persons, days, event names by how
 * often they occur, imports and time zone. Four small aggregate queries; the path is the
 * URL without a password. A server's events carry no source properties yet, and it
 * always counts persons (stitching on).
 */
class ClickHouseSummary
{
public:
    static WorkspaceSummary load(const ClickHouseWorkspace &workspace, const TaskContext &task = {});
    /** What the maturity hints read of the events (no source properties: no experiments found). */
    static MaturityEvidence::Facts evidence(const ClickHouseWorkspace &workspace, const TaskContext &task = {});
};

} // namespace Funnelscope
