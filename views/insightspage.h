#pragma once

#include "chartsource.h"

#include "analysis/insightsquery.h"
#include "analysis/insightsresult.h"
#include "tasks/worker.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Funnelscope {

class InsightsChart;
class InsightsModel;
class ReportBackend;
class SavedReportsBar;
class WorkspaceDocument;
struct WorkspaceSummary;

/**
 * The Insights page: which events people did before converting predict that they convert
 * (DESIGN.md, "Insights"). A ranked table with every figure, the diverging phi chart, and
 * for the chosen event how the prediction changes with how often it was done (1, 2, 3, 5,
 * 10 times: conversion and share of converters, as Compass shows). From a candidate:
 * "Add as Funnel Step" (funnelStepRequested) and "Mark as Tier-One" (a dictionary edit
 * whose change-log reason is the evidence). Insights can be saved in the workspace.
 * Computed in a worker, cancellable; a newer request drops an older answer.
 */
class InsightsPage : public QWidget, public ChartSource
{
    Q_OBJECT

public:
    /** Dictionary edits go through @p document (the window's); without one, marking is off. */
    explicit InsightsPage(WorkspaceDocument *document = nullptr, QWidget *parent = nullptr);
    QWidget *currentChart() const override;
    ~InsightsPage() override;

    /** Reports run on @p backend (the window's, shared by its pages) until the data changes. */
    void setBackend(std::shared_ptr<ReportBackend> backend) { mBackend = std::move(backend); }
    void setSummary(const WorkspaceSummary &summary);

    InsightsQuery query() const;
    void setQuery(const InsightsQuery &query);
    /** The insights on screen and the query they answer (not the one being edited). */
    const InsightsResult &result() const { return mShown.result; }
    const InsightsQuery &resultQuery() const { return mShown.query; }
    /** The same question at 1, 2, 3, 5 and 10 times: the drill-down's rows. */
    const InsightsResult &thresholdResult() const { return mShown.thresholds; }

    /** Chooses the candidate labelled @p label in the table (and the drill-down follows). */
    void selectCandidate(const QString &label);
    /** The chosen candidate's event, or empty. */
    QString selectedEvent() const;
    /** The drill-down's rows: the chosen event at each threshold. */
    QList<InsightsSignal> drillDown() const;

    /** PNG (2x) or SVG of the chart, CSV of every candidate, by suffix; an error, or empty. */
    QString exportTo(const QString &path);
    void exportInteractively();
    /**
     * Marks @p event tier one in the dictionary (adding it when missing) with the evidence
     * of the result on screen as the change log's reason; an error message, or empty.
     */
    QString markTierOne(const QString &event);
    /** Saves the insights being edited as @p name (in a worker); savedChanged() follows. */
    void saveInsightsAs(const QString &name);

Q_SIGNALS:
    /** A result is on screen (or an error is explained). */
    void computed();
    /** The list of saved insights was read again. */
    void savedChanged();
    /** "Add as Funnel Step": open Funnels with @p event just before @p target. */
    void funnelStepRequested(const QString &event, const QString &target);

private:
    /** A result together with the query it answers, and the same at every threshold. */
    struct Computed
    {
        InsightsQuery query;
        InsightsResult result;
        InsightsResult thresholds;
    };

    void scheduleCompute();
    void compute();
    void showOutcome(const Outcome<Computed> &outcome);
    void showSelection();
    void markSelected();
    const InsightsSignal *selectedSignal() const;
    /** The signal that speaks for @p event: the event itself, at the query's threshold if listed. */
    const InsightsSignal *evidenceFor(const QString &event) const;

    WorkspaceDocument *mDocument;
    QString mWorkspacePath;
    QString mWorkspaceName;
    QByteArray mTimezone = "UTC";
    std::shared_ptr<ReportBackend> mBackend;
    Computed mShown;
    QString mSummaryText; ///< what the result on screen says, above the table
    QTimer mDebounce;
    Worker<Computed> mWorker;
    bool mLoading = false;

    QComboBox *mTarget;
    QSpinBox *mWithin;
    QSpinBox *mMinTimes;
    QCheckBox *mThresholds;
    QComboBox *mProperty;
    QLineEdit *mWhere;
    QSpinBox *mMinPersons;
    SavedReportsBar *mSaved;
    QLabel *mStatus;
    QProgressBar *mBusy;
    QPushButton *mCancel;
    InsightsModel *mModel;
    QTableView *mTable;
    InsightsChart *mChart;
    QLabel *mDrillTitle;
    InsightsModel *mDrillModel;
    QTableView *mDrill;
    QPushButton *mAddStep;
    QPushButton *mMark;
};

} // namespace Funnelscope
