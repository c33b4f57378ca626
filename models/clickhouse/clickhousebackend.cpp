#include "clickhousebackend.h"

#include "clickhousecohort.h"

#include "analysis/eventtable.h"

#include "tasks/validationerror.h"

#include <QCoreApplication>

namespace Funnelscope {

ClickHouseBackend::ClickHouseBackend(const ClickHouseUrl &url, const TaskContext &task)
    : mWorkspace(ClickHouseWorkspace::open(url, task))
    , mStamp(mWorkspace.contentStamp(task))
    , mNumbers(mWorkspace.hasNumbers(task))
    , mProperties(mWorkspace.hasProperties(task))
{
    mWorkspace.readMemoryLimit(task); // what every report's settings need (reportSettings())
}

ReportCapabilities ClickHouseBackend::capabilities() const
{
    ReportCapabilities can;
    can.revenue = mNumbers; // not in a workspace imported before revenue was sent
    can.insights = false;
    can.paths = false;
    can.friction = false;
    if (!mNumbers)
        can.refusedProperties = ClickHouseFunnel::numberColumns();
    if (!mProperties) { // events imported before their properties were sent
        can.onlyProperties = ClickHouseFunnel::breakdownColumns() + QStringList{QStringLiteral("session_channel")};
        if (mNumbers)
            can.onlyProperties += ClickHouseFunnel::numberColumns();
    }
    return can;
}

QStringList ClickHouseBackend::properties(const TaskContext &task)
{
    return EventTable::fieldColumns() + ClickHouseFunnel::propertyNames(mWorkspace, task);
}

const ClickHouseFunnel::Facts &ClickHouseBackend::facts(const TaskContext &task)
{
    const std::lock_guard lock(mFactsMutex);
    if (!mFacts) {
        mFacts = ClickHouseFunnel::facts(mWorkspace, task);
        mFacts->numbers = mNumbers;
        mFacts->properties = mProperties;
    }
    return *mFacts;
}

FunnelResult ClickHouseBackend::run(const FunnelQuery &query, const TaskContext &task)
{
    return ClickHouseFunnel::run(mWorkspace, facts(task), query, task);
}

CohortResult ClickHouseBackend::run(const CohortQuery &query, const TaskContext &task)
{
    return ClickHouseCohort::run(mWorkspace, facts(task), query, task);
}

InsightsResult ClickHouseBackend::run(const InsightsQuery &, const TaskContext &)
{
    throw mWorkspace.cannotYet(QCoreApplication::translate("Funnelscope::ClickHouseBackend", "insights"));
}

PathsResult ClickHouseBackend::run(const PathsQuery &, const TaskContext &)
{
    throw mWorkspace.cannotYet(QCoreApplication::translate("Funnelscope::ClickHouseBackend", "paths"));
}

FrictionResult ClickHouseBackend::run(const FrictionQuery &, const TaskContext &)
{
    throw mWorkspace.cannotYet(QCoreApplication::translate("Funnelscope::ClickHouseBackend", "friction"));
}

} // namespace Funnelscope
