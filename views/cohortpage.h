#pragma once

#include "analysis/cohortquery.h"
#include "analysis/cohortresult.h"
#include "analysis/eventtablecache.h"

#include <QFutureWatcher>
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
struct WorkspaceSummary;

/**
 * The Cohorts page: the grid as a heatmap (average on top), counts or percentages,
 * revenue per user, a breakdown into one grid per value, and the retention curves (the
 * average and the cohorts clicked in the grid). Computed in a worker; a newer request
 * drops an older answer.
 */
class CohortPage : public QWidget
{
    Q_OBJECT

public:
    explicit CohortPage(QWidget *parent = nullptr);
    ~CohortPage() override;

    void setSummary(const WorkspaceSummary &summary);
    /** Shares the events loaded for another page (one table per window). */
    void setCache(std::shared_ptr<EventTableCache> cache) { mCache = std::move(cache); }
    CohortQuery query() const;
    const CohortResult &result() const { return mResult; }
    /** The grid on screen (everybody, or the chosen breakdown value). */
    CohortGrid shownGrid() const;

    /** PNG (2x) or SVG of the heatmap, PNG of the curves (…-curve.png), CSV of the grid. */
    QString exportTo(const QString &path);
    void exportInteractively();

Q_SIGNALS:
    void computed();

private:
    struct Outcome
    {
        quint64 generation = 0;
        CohortResult result;
        QString error;
    };

    void scheduleCompute();
    void compute();
    void showOutcome();
    void showGrid();
    void updateCurves();

    QString mWorkspacePath;
    QString mWorkspaceName;
    QByteArray mTimezone = "UTC";
    std::shared_ptr<EventTableCache> mCache = std::make_shared<EventTableCache>();
    CohortResult mResult;
    CohortQuery mResultQuery;
    quint64 mGeneration = 0;
    QTimer mDebounce;
    QFutureWatcher<Outcome> mWatcher;
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
