#pragma once

#include "chartsource.h"

#include "analysis/frictionresult.h"
#include "analysis/pathsquery.h"
#include "analysis/pathsresult.h"
#include "tasks/worker.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableView;

namespace Funnelscope {

class FrictionWeeksModel;
class PathsChart;
class ReportBackend;
struct WorkspaceSummary;

/**
 * The Journeys page: the paths after (or before) an event as a Sankey, or where the
 * drop-offs of a funnel step went; a click on a node lists its persons (CSV, or one
 * person's timeline); friction signals per week beside it; the watched folder's status.
 * Paths and friction are computed in one worker through the report seam, cancellable.
 */
class JourneysPage : public QWidget, public ChartSource
{
    Q_OBJECT

public:
    explicit JourneysPage(QWidget *parent = nullptr);
    QWidget *currentChart() const override;
    ~JourneysPage() override;

    void setBackend(std::shared_ptr<ReportBackend> backend) { mBackend = std::move(backend); }
    void setSummary(const WorkspaceSummary &summary);

    PathsQuery query() const;
    void setQuery(const PathsQuery &query);
    /** Where those who reached step @p step of @p funnel and not the next went. */
    void showDropOffs(const FunnelQuery &funnel, int step);

    const PathsResult &result() const { return mShown.paths; }
    const PathsQuery &resultQuery() const { return mShown.query; }
    const FrictionResult &friction() const { return mShown.friction; }
    /** Lists the persons of node @p node at step @p step. */
    void selectNode(int step, int node);
    /** Lists the persons with @p signal in the week from @p monday (a cell of the friction table). */
    void selectFriction(FrictionQuery::Signal signal, const QDate &monday);
    QStringList listedPersons() const;

    /** PNG (2x) or SVG of the diagram, CSV of its edges, by suffix; an error, or empty. */
    QString exportTo(const QString &path);
    void exportInteractively();
    /** Writes the listed persons as CSV; an error, or empty. */
    QString exportPersonsTo(const QString &path) const;
    /** The watched folder's line (empty hides it). */
    void setWatchStatus(const QString &text);

Q_SIGNALS:
    void computed();

private:
    struct Computed
    {
        PathsQuery query;
        PathsResult paths;
        FrictionResult friction;
    };

    void scheduleCompute();
    void compute();
    void showOutcome(const Outcome<Computed> &outcome);
    void openTimeline();

    QString mWorkspacePath;
    QString mWorkspaceName;
    QByteArray mTimezone = "UTC";
    std::shared_ptr<ReportBackend> mBackend;
    std::optional<FunnelQuery> mFunnel; ///< showing a funnel's drop-offs ...
    int mDroppedAfter = 0;              ///< ... after this step
    Computed mShown;
    int mSelectedStep = -1;
    int mSelectedNode = -1;
    QString mListName; ///< what the listed persons are, for their CSV
    QTimer mDebounce;
    Worker<Computed> mWorker;
    bool mLoading = false;

    QComboBox *mDirection;
    QComboBox *mEvent;
    QSpinBox *mSteps;
    QSpinBox *mTop;
    QComboBox *mExpand;
    QLineEdit *mWhere;
    QLabel *mDropOff;
    QPushButton *mClearDropOff;
    QLabel *mStatus;
    QProgressBar *mBusy;
    QPushButton *mCancel;
    PathsChart *mChart;
    QLabel *mPersonsTitle;
    QStringListModel *mPersons;
    QListView *mPersonList;
    QPushButton *mTimeline;
    QPushButton *mExportPersons;
    FrictionWeeksModel *mFrictionModel;
    QTableView *mFrictionTable;
    QLabel *mFrictionSummary;
    QLabel *mWatch;
};

} // namespace Funnelscope
