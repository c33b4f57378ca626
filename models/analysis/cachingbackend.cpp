#include "cachingbackend.h"

#include "cohortengine.h"
#include "funnelengine.h"
#include "insightsengine.h"
#include "pathsengine.h"
#include "frictionengine.h"

#include <typeinfo>

namespace Funnelscope {

CachingBackend::CachingBackend(std::shared_ptr<ReportBackend> inner)
    : mInner(std::move(inner))
{
}

QStringList CachingBackend::properties(const TaskContext &task)
{
    {
        const QMutexLocker locker(&mMutex);
        if (!mProperties.isEmpty())
            return mProperties;
    }
    const QStringList properties = mInner->properties(task);
    const QMutexLocker locker(&mMutex);
    mProperties = properties;
    return properties;
}

template<typename Result, typename Query>
Result CachingBackend::cached(const Query &query, const TaskContext &task, qsizetype (*bytes)(const Result &))
{
    const QByteArray key = QByteArray(typeid(Query).name()) + '\n' + query.cacheKey();
    {
        const QMutexLocker locker(&mMutex);
        if (const std::any *found = mResults.object(key))
            return std::any_cast<const Result &>(*found);
    }
    Result result = mInner->run(query, task);
    const QMutexLocker locker(&mMutex);
    mResults.insert(key, new std::any(result), std::max<qsizetype>(1, bytes(result)));
    return result;
}

FunnelResult CachingBackend::run(const FunnelQuery &query, const TaskContext &task)
{
    return cached<FunnelResult>(query, task, &FunnelEngine::approximateBytes);
}

CohortResult CachingBackend::run(const CohortQuery &query, const TaskContext &task)
{
    return cached<CohortResult>(query, task, &CohortEngine::approximateBytes);
}

InsightsResult CachingBackend::run(const InsightsQuery &query, const TaskContext &task)
{
    return cached<InsightsResult>(query, task, &InsightsEngine::approximateBytes);
}

PathsResult CachingBackend::run(const PathsQuery &query, const TaskContext &task)
{
    return cached<PathsResult>(query, task, &PathsEngine::approximateBytes);
}

FrictionResult CachingBackend::run(const FrictionQuery &query, const TaskContext &task)
{
    return cached<FrictionResult>(query, task, &FrictionEngine::approximateBytes);
}

} // namespace Funnelscope
