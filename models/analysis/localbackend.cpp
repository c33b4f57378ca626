#include "localbackend.h"

#include "cohortengine.h"
#include "funnelengine.h"
#include "insightsengine.h"
#include "pathsengine.h"
#include "frictionengine.h"
#include "cachingbackend.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"
#include "tasks/validationerror.h"

#include <QCoreApplication>

namespace Funnelscope {

LocalBackend::LocalBackend(const QString &path, const QString &contentStamp)
    : mPath(path)
    , mStamp(path + QLatin1Char('\n') + contentStamp)
    , mTables(path)
{
}

QString LocalBackend::stampOf(const WorkspaceSummary &summary)
{
    return summary.path + QLatin1Char('\n') + summary.contentStamp();
}

std::shared_ptr<ReportBackend> LocalBackend::forWorkspace(const WorkspaceSummary &summary,
                                                          const std::shared_ptr<ReportBackend> &current)
{
    if (current && current->dataStamp() == stampOf(summary))
        return current;
    return std::make_shared<CachingBackend>(std::make_shared<LocalBackend>(summary.path, summary.contentStamp()));
}

QStringList LocalBackend::properties(const TaskContext &task)
{
    task.throwIfCancelled();
    const auto workspace = Workspace::open(mPath);
    return EventTable::fieldColumns() + WorkspaceSummary::propertyNames(workspace->connection());
}

std::shared_ptr<const EventTable> LocalBackend::tableWith(const QStringList &properties)
{
    QStringList missing;
    std::shared_ptr<const EventTable> table = mTables.table(properties, &missing);
    if (missing.isEmpty())
        return table;
    const auto workspace = Workspace::open(mPath);
    throw ValidationError(EventTable::missingProperties(missing, WorkspaceSummary::propertyNames(workspace->connection())));
}

template<typename Engine, typename Query>
auto LocalBackend::runEngine(const Query &query, const TaskContext &task)
{
    task.throwIfCancelled();
    const std::shared_ptr<const EventTable> table = tableWith(Engine::propertiesUsed(query));
    if (const QString problem = Engine::validate(*table, query); !problem.isEmpty())
        throw ValidationError(problem);
    return Engine::run(*table, query, task);
}

FunnelResult LocalBackend::run(const FunnelQuery &query, const TaskContext &task)
{
    return runEngine<FunnelEngine>(query, task);
}

CohortResult LocalBackend::run(const CohortQuery &query, const TaskContext &task)
{
    return runEngine<CohortEngine>(query, task);
}

InsightsResult LocalBackend::run(const InsightsQuery &query, const TaskContext &task)
{
    return runEngine<InsightsEngine>(query, task);
}

PathsResult LocalBackend::run(const PathsQuery &query, const TaskContext &task)
{
    return runEngine<PathsEngine>(query, task);
}

FrictionResult LocalBackend::run(const FrictionQuery &query, const TaskContext &task)
{
    return runEngine<FrictionEngine>(query, task);
}

} // namespace Funnelscope
