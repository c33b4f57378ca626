#pragma once

#include "analysis/eventtablecache.h"
#include "analysis/funnelquery.h"
#include "analysis/funnelresult.h"

#include <QFutureWatcher>
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
struct WorkspaceSummary;

/**
 * The Funnels page: a step editor (events with their counts, drag to reorder, a filter
 * per step), the window, order, counting, breakdown, filters and date range; the chart
 * with a table of every figure beneath; time to convert and the weekly trend; exports;
 * and the funnels saved in the workspace. Every change recomputes in a worker; a newer
 * request drops the answer to an older one.
 */
class FunnelPage : public QWidget
{
    Q_OBJECT

public:
    explicit FunnelPage(QWidget *parent = nullptr);
    ~FunnelPage() override;

    void setSummary(const WorkspaceSummary &summary);
    /** Shares the events loaded for another page (one table per window). */
    void setCache(std::shared_ptr<EventTableCache> cache) { mCache = std::move(cache); }

    FunnelQuery query() const;
    /** How many breakdown values a new funnel shows before "other" (Preferences). */
    static int defaultTopN();
    static void setDefaultTopN(int topN);
    void setQuery(const FunnelQuery &query);
    const FunnelResult &result() const { return mResult; }
    bool isComputing() const { return mWatcher.isRunning(); }

    /** Writes what is shown: PNG (2x) or SVG of the chart, CSV of the table, by suffix. */
    QString exportTo(const QString &path);
    /** Asks where, then exports. */
    void exportInteractively();
    void exportDroppedUsers();

Q_SIGNALS:
    /** A result is on screen (or an error is explained). */
    void computed();

private:
    struct Outcome
    {
        quint64 generation = 0;
        FunnelResult result;
        QString error;
    };

    QWidget *createEditor();
    QWidget *createResults();
    void scheduleCompute();
    void compute();
    void showOutcome();
    void addStep();
    void removeStep();
    void editStepFilter();
    void renumberSteps();
    void reloadSaved();
    void saveFunnel();
    void deleteFunnel();
    void loadSaved(int index);
    void updateHistogramAndTrend();

    QString mWorkspacePath;
    QString mWorkspaceName;
    std::shared_ptr<EventTableCache> mCache = std::make_shared<EventTableCache>();
    FunnelResult mResult;
    FunnelQuery mResultQuery;
    quint64 mGeneration = 0;
    QTimer mDebounce;
    QFutureWatcher<Outcome> mWatcher;
    bool mLoading = false;

    QComboBox *mSaved;
    QListWidget *mSteps;
    QComboBox *mEventPicker;
    QSpinBox *mWindow;
    QComboBox *mWindowUnit;
    QComboBox *mOrder;
    QComboBox *mCount;
    QComboBox *mBreakdown;
    QSpinBox *mTopN;
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
};

} // namespace Funnelscope
