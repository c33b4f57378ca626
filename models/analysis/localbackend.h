#pragma once

#include "eventtablecache.h"
#include "reportbackend.h"

namespace Funnelscope {

/**
 * Reports on the workspace file itself: its events loaded once into an EventTable
 * (EventTableCache, extended by the properties a query reads) and the engines run on it
 * in memory. One LocalBackend reads one state of the workspace: after an import, a
 * removal or a change of identity stitching forWorkspace() makes a new one.
 */
class LocalBackend : public ReportBackend
{
public:
    LocalBackend(const QString &path, const QString &contentStamp);

    /**
     * The backend for the workspace @p summary describes, caching its results
     * (CachingBackend): @p current again when it answers about the same data.
     */
    static std::shared_ptr<ReportBackend> forWorkspace(const WorkspaceSummary &summary,
                                                       const std::shared_ptr<ReportBackend> &current = {});
    /** The stamp forWorkspace() gives a backend of @p summary. */
    static QString stampOf(const WorkspaceSummary &summary);

    QString dataStamp() const override { return mStamp; }
    ReportCapabilities capabilities() const override { return {}; }
    QStringList properties(const TaskContext &task = {}) override;
    FunnelResult run(const FunnelQuery &query, const TaskContext &task = {}) override;
    CohortResult run(const CohortQuery &query, const TaskContext &task = {}) override;
    InsightsResult run(const InsightsQuery &query, const TaskContext &task = {}) override;
    PathsResult run(const PathsQuery &query, const TaskContext &task = {}) override;
    FrictionResult run(const FrictionQuery &query, const TaskContext &task = {}) override;

private:
    /** Loads what @p query reads, checks it (ValidationError) and runs @p Engine on it. */
    template<typename Engine, typename Query>
    auto runEngine(const Query &query, const TaskContext &task);
    /** The table with @p properties loaded; a ValidationError names one no event has. */
    std::shared_ptr<const EventTable> tableWith(const QStringList &properties);

    QString mPath;
    QString mStamp;
    EventTableCache mTables;
};

} // namespace Funnelscope
