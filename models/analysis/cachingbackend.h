#pragma once

#include "reportbackend.h"

#include <QCache>
#include <QMutex>

#include <any>

namespace Funnelscope {

/**
 * Keeps the answers of any backend: a query asked again (the same page shown again,
 * the same funnel in the PDF report) is answered from memory. The most recent results,
 * up to resultBudget bytes, are kept for as long as this backend lives, which is as long
 * as the data is the same (LocalBackend::forWorkspace makes a new one when it changes).
 */
class CachingBackend : public ReportBackend
{
public:
    explicit CachingBackend(std::shared_ptr<ReportBackend> inner);

    QString dataStamp() const override { return mInner->dataStamp(); }
    ReportCapabilities capabilities() const override { return mInner->capabilities(); }
    QStringList properties(const TaskContext &task = {}) override;
    FunnelResult run(const FunnelQuery &query, const TaskContext &task = {}) override;
    CohortResult run(const CohortQuery &query, const TaskContext &task = {}) override;
    InsightsResult run(const InsightsQuery &query, const TaskContext &task = {}) override;
    PathsResult run(const PathsQuery &query, const TaskContext &task = {}) override;
    FrictionResult run(const FrictionQuery &query, const TaskContext &task = {}) override;

    /** How many bytes of results are kept. */
    static constexpr qsizetype resultBudget = 64 << 20;

private:
    template<typename Result, typename Query>
    Result cached(const Query &query, const TaskContext &task, qsizetype (*bytes)(const Result &));

    std::shared_ptr<ReportBackend> mInner;
    QMutex mMutex;
    QCache<QByteArray, std::any> mResults{resultBudget};
    QStringList mProperties;
};

} // namespace Funnelscope
