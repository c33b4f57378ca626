#pragma once

#include "analysis/reportbackend.h"
#include "clickhousefunnel.h"
#include "clickhouseworkspace.h"

#include <mutex>
#include <optional>

namespace Funnelscope {

/**
 * Reports computed inside a ClickHouse server or cluster (DESIGN.md, "A ClickHouse
 * workspace"): each report is one query whose per-unit work runs where the events are (on
 * a cluster, on each shard for its own persons), and only its figures come back. The same
 * numbers as LocalBackend on the same imports; capabilities() says what it cannot compute
 * yet, and a query asking for it is a ValidationError that names the part.
 */
class ClickHouseBackend : public ReportBackend
{
public:
    /** Opens @p url (StoreError when the server does not answer or holds no workspace). */
    explicit ClickHouseBackend(const ClickHouseUrl &url, const TaskContext &task = {});

    const ClickHouseWorkspace &workspace() const { return mWorkspace; }

    QString dataStamp() const override { return mStamp; }
    ReportCapabilities capabilities() const override;
    QStringList properties(const TaskContext &task = {}) override;
    FunnelResult run(const FunnelQuery &query, const TaskContext &task = {}) override;
    CohortResult run(const CohortQuery &query, const TaskContext &task = {}) override;
    InsightsResult run(const InsightsQuery &query, const TaskContext &task = {}) override;
    PathsResult run(const PathsQuery &query, const TaskContext &task = {}) override;
    FrictionResult run(const FrictionQuery &query, const TaskContext &task = {}) override;

private:
    /** The funnels' facts, read once (a backend answers about one state of the data). */
    const ClickHouseFunnel::Facts &facts(const TaskContext &task);

    ClickHouseWorkspace mWorkspace;
    QString mStamp;
    bool mNumbers = false; ///< ClickHouseWorkspace::hasNumbers()
    bool mProperties = false; ///< ClickHouseWorkspace::hasProperties()
    std::mutex mFactsMutex;
    std::optional<ClickHouseFunnel::Facts> mFacts;
};

} // namespace Funnelscope
