#pragma once

#include "chartsource.h"

#include "maturity/assessment.h"
#include "maturity/maturityevidence.h"
#include "maturity/maturitymatrix.h"
#include "tasks/worker.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace Funnelscope {

struct WorkspaceSummary;

/**
 * The Maturity page: the matrix as a grid (dimensions by stages, with each stage's
 * meaning; click a stage to choose it), current and target stages in half steps, the
 * stage the data suggests with its reason, notes, a radar of current against target, the
 * next steps ordered by gap, and the saved history with what moved since the previous one.
 */
class MaturityPage : public QWidget, public ChartSource
{
    Q_OBJECT

public:
    explicit MaturityPage(QWidget *parent = nullptr);
    QWidget *currentChart() const override;
    ~MaturityPage() override;

    void setSummary(const WorkspaceSummary &summary);
    const Assessment &assessment() const { return mAssessment; }
    void setStage(const QString &dimension, double current, double target);
    /** Saves the assessment on screen into the workspace's history, in a worker; saved() follows. */
    void save(const QString &takenBy);
    /** The radar as PNG (2x) or SVG, or the scores as CSV, by suffix. */
    QString exportTo(const QString &path);
    void exportInteractively();
    const QList<MaturityEvidence::Hint> &hints() const { return mHints; }
    /** Reads the data's evidence again (after a report was saved or the dictionary changed), keeping the answers on screen. */
    void reloadEvidence();

Q_SIGNALS:
    /** The evidence from the data and the history are loaded (or why not is shown). */
    void loaded();
    /** save() finished: @p error is empty when the assessment was written. */
    void saved(const QString &error);

private:
    struct Loaded
    {
        QList<MaturityEvidence::Hint> hints;
        QList<Assessment> history;
    };

    void rebuildTable();
    void refresh();
    void readRow(int row);
    /** One dimension's stage colours and Current/Target texts, from the assessment. */
    void updateRow(int row);
    void fitHeaders();
    void loadMatrix();
    void showHistory(int index);
    void showLoaded(const Outcome<Loaded> &outcome);
    void setHistory(const QList<Assessment> &history);

    QString mWorkspacePath;
    QString mWorkspaceName;
    MaturityMatrix mMatrix;
    Assessment mAssessment;
    QList<MaturityEvidence::Hint> mHints;
    QList<Assessment> mHistory;
    bool mUpdating = false;
    bool mLayoutPending = false;
    Worker<Loaded> mLoader;
    Worker<QList<MaturityEvidence::Hint>> mEvidenceLoader;
    Worker<QList<Assessment>> mWriter{nullptr, WorkerBase::Policy::Every};

    QTableWidget *mTable;
    QChartView *mRadar;
    QChartView *mTrend = nullptr;
    QLabel *mSummary;
    QLabel *mNext;
    QComboBox *mHistoryBox;
};

} // namespace Funnelscope
