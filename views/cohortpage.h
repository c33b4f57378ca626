#pragma once

#include "chartsource.h"

#include "analysis/cohortquery.h"
#include "analysis/cohortresult.h"
#include "store/annotations.h"
#include "tasks/worker.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;

namespace Funnelscope {

class CohortHeatmap;
class ReportBackend;
struct WorkspaceSummary;

/**
 * The Cohorts page: the grid as a heatmap (average on top), counts or percentages,
 * revenue per user, a breakdown into one grid per value, and the retention curves (the
 * average and the cohorts clicked in the grid). Computed in a worker; a newer request
 * drops an older answer.
 */
class CohortPage : public QWidget, public ChartSource
{
    Q_OBJECT

public:
    explicit CohortPage(QWidget *parent = nullptr);
    QWidget *currentChart() const override;
    ~CohortPage() override;

    /** The workspace's annotations, marked beside the cohorts they overlap. */
    void setAnnotations(const QList<Annotation> &annotations);

    /** Reports run on @p backend (the window's, shared by its pages) until the data changes. */
    void setBackend(std::shared_ptr<ReportBackend> backend) { mBackend = std::move(backend); }
    void setSummary(const WorkspaceSummary &summary);
    CohortQuery query() const;
    /** The grid on screen and the query it answers (not the one being edited). */
    const CohortResult &result() const { return mShown.result; }
    const CohortQuery &resultQuery() const { return mShown.query; }
    /** The grid on screen (everybody, or the chosen breakdown value). */
    CohortGrid shownGrid() const;

    /** PNG (2x) or SVG of the heatmap, PNG of the curves (…-curve.png), CSV of the grid. */
    QString exportTo(const QString &path);
    void exportInteractively();

Q_SIGNALS:
    void computed();

private:
    /** A result together with the query it answers. */
    struct Computed
    {
        CohortQuery query;
        CohortResult result;
    };

    void scheduleCompute();
    void compute();
    void showOutcome(const Outcome<Computed> &outcome);
    void showGrid();
    void updateCurves();

    QString mWorkspacePath;
    QString mWorkspaceName;
    QByteArray mTimezone = "UTC";
    std::shared_ptr<ReportBackend> mBackend;
    Computed mShown;
    QList<Annotation> mAnnotations;
    QTimer mDebounce;
    Worker<Computed> mWorker;
    QSet<int> mSelectedCohorts;
    bool mLoading = false;

    QComboBox *mPeriod;
    QComboBox *mStart;
    QComboBox *mReturn;
    QComboBox *mMode;
    QSpinBox *mPeriods;
    QComboBox *mShow;
    QComboBox *mBreakdown;
    QComboBox *mSegment;
    QLineEdit *mWhere;
    QLabel *mStatus;
    QProgressBar *mBusy;
    CohortHeatmap *mHeatmap;
    QChartView *mCurves;
};

} // namespace Funnelscope
