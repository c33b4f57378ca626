#pragma once

#include "analysis/cohortquery.h"
#include "analysis/cohortresult.h"
#include "analysis/funnelquery.h"
#include "analysis/funnelresult.h"
#include "analysis/insightsquery.h"
#include "analysis/insightsresult.h"
#include "governance/changelog.h"
#include "tasks/taskcontext.h"
#include "governance/dataquality.h"
#include "maturity/assessment.h"
#include "maturity/maturitymatrix.h"
#include "store/annotations.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace Funnelscope {

class ReportBackend;

/**
 * Everything the PDF report shows, computed without widgets (so a worker thread can do
 * it): the funnel, the cohort grid, the insights, the latest maturity assessment and the data-quality
 * findings with the change log's integrity, plus what the workspace holds.
 */
struct ReportContent
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ReportContent)

public:
    QString workspaceName;
    QDateTime generated;
    qint64 events = 0;
    qint64 users = 0;
    QDateTime first;
    QDateTime last;

    FunnelQuery funnelQuery;
    std::optional<FunnelResult> funnel;
    QString funnelProblem;
    CohortQuery cohortQuery;
    std::optional<CohortResult> cohorts;
    QString cohortProblem;
    InsightsQuery insightsQuery;
    std::optional<InsightsResult> insights;
    QString insightsProblem;
    MaturityMatrix matrix;
    std::optional<Assessment> assessment;
    int dictionaryEvents = 0;
    QList<QualityFinding> findings;
    QString qualityProblem; ///< why the events were not checked (on a server)
    ChangeLog::Integrity integrity;
    QList<Annotation> annotations; ///< every annotation: on the trend and beside the cohorts

    /**
     * Computes the report for the workspace file or server at @p path. Without @p funnel: the first saved
     * funnel, else product_view → add_to_cart → begin_checkout → purchase where those
     * events exist, else the three most frequent events. Without @p cohort: weekly
     * retention on any event. Without @p insights: the first saved insights, else what
     * predicts a purchase within 30 days. The reports come from @p backend (the window's,
     * so what the pages computed is not computed again). Throws StoreError when the
     * workspace cannot be read, Cancelled when @p task is.
     */
    static ReportContent compute(const QString &path, ReportBackend &backend,
                                 std::optional<FunnelQuery> funnel = std::nullopt,
                                 std::optional<CohortQuery> cohort = std::nullopt,
                                 std::optional<InsightsQuery> insights = std::nullopt, const TaskContext &task = {});
};

} // namespace Funnelscope
