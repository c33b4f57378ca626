#pragma once

#include "chartsource.h"

#include "analysis/funnelquery.h"
#include "analysis/funnelresult.h"
#include "store/annotations.h"
#include "tasks/worker.h"

#include <QTimer>
#include <QWidget>

class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace Funnelscope {

class FunnelTableModel;
class ReportBackend;
class SavedReportsBar;
struct WorkspaceSummary;

/**
 * The Funnels page: a step editor (events with their counts, drag to reorder, a filter
 * per step), the window, order, counting, breakdown, filters and date range; the chart
 * with a table of every figure beneath; time to convert and the weekly trend; exports;
 * and the funnels saved in the workspace. Every change recomputes in a worker; a newer
 * request drops the answer to an older one.
 */
class FunnelPage : public QWidget, public ChartSource
{
    Q_OBJECT

public:
    explicit FunnelPage(QWidget *parent = nullptr);
    QWidget *currentChart() const override;
    ~FunnelPage() override;

    /** Reports run on @p backend (the window's, shared by its pages) until the data changes. */
    void setBackend(std::shared_ptr<ReportBackend> backend) { mBackend = std::move(backend); }
    void setSummary(const WorkspaceSummary &summary);

    FunnelQuery query() const;
    void setQuery(const FunnelQuery &query);
    /** The funnel on screen and the query it answers (not the one being edited). */
    const FunnelResult &result() const { return mShown.result; }
    const FunnelQuery &resultQuery() const { return mShown.query; }

    /** The workspace's annotations, drawn on the trend (the window's document reads them). */
    const QList<Annotation> &annotations() const { return mAnnotations; }
    void setAnnotations(const QList<Annotation> &annotations);

    /**
     * Writes what is shown: PNG (2x) or SVG of the chart (the trend's, with its annotations,
     * when the Trend tab is open), CSV of the table, by suffix.
     */
    QString exportTo(const QString &path);
    /** Asks where, then exports. */
    void exportInteractively();
    void exportDroppedUsers();
    /**
     * Writes who dropped off before the last step of the funnel on screen, as CSV or XLSX,
     * in a worker (a server names them only when asked: the funnel is asked again, listing
     * them); droppedUsersExported() says how it went.
     */
    void exportDroppedUsersTo(const QString &path);
    /** Saves the funnel being edited as @p name (in a worker); savedChanged() follows. */
    void saveFunnelAs(const QString &name);

Q_SIGNALS:
    /** A result is on screen (or an error is explained). */
    void computed();
    /** The dropped users' file is written (@p error empty) or could not be. */
    void droppedUsersExported(const QString &path, const QString &error);
    /** The list of saved funnels was read again (after opening, saving or deleting). */
    void savedChanged();
    /** A step's bar was clicked: where did those who reached @p step (1-based) of @p funnel and not the next go? */
    void dropOffsRequested(const FunnelQuery &funnel, int step);
    /** Add Annotation… from the trend's menu, at @p day (the workspace's day clicked). */
    void annotationRequested(const QDate &day);

private:
    /** A result together with the query it answers. */
    struct Computed
    {
        FunnelQuery query;
        FunnelResult result;
    };

    QWidget *createEditor();
    QWidget *createResults();
    void scheduleCompute();
    void compute();
    void showOutcome(const Outcome<Computed> &outcome);
    void updateCapabilities();
    void addStep();
    void removeStep();
    void editStepFilter();
    /** Asks how long after the previous step the current step may come (its own window). */
    void editStepWindow();
    void renumberSteps();
    void updateHistogramAndTrend();
    void updateTrend();

    QString mWorkspacePath;
    QString mWorkspaceName;
    QByteArray mTimezone = "UTC";
    std::shared_ptr<ReportBackend> mBackend;
    Computed mShown;
    QList<Annotation> mAnnotations;
    QTimer mDebounce;
    Worker<Computed> mWorker;
    Worker<Done> mDroppedWorker;
    bool mLoading = false;

    SavedReportsBar *mSaved;
    QListWidget *mSteps;
    QComboBox *mEventPicker;
    QSpinBox *mWindow;
    QComboBox *mWindowUnit;
    QComboBox *mOrder;
    QComboBox *mCount;
    QComboBox *mBreakdown;
    QSpinBox *mTopN;
    QLineEdit *mBins;
    QComboBox *mHold;
    QComboBox *mAttribution;
    QCheckBox *mCompare;
    QLineEdit *mWhere;
    QCheckBox *mUseRange;
    QDateEdit *mFrom;
    QDateEdit *mTo;
    QLabel *mStatus;
    QProgressBar *mBusy;
    QTabWidget *mTabs;
    QChartView *mChart;
    QChartView *mHistogram;
    QChartView *mTrend;
    FunnelTableModel *mTable;
    QTableView *mTableView;
    QPushButton *mDroppedButton;
    QPushButton *mFilterButton;
    QPushButton *mStepWindowButton;
};

} // namespace Funnelscope
