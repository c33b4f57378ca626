#pragma once

#include "governance/dataquality.h"
#include "governance/trackingplan.h"
#include "tasks/worker.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace Funnelscope {

class ChangeLogFilterModel;
class ChangeLogModel;
class DataQualityModel;
class DictionaryFilterModel;
class DictionaryModel;
class WorkspaceDocument;
class EventEditor;
struct WorkspaceSummary;

/**
 * The Dictionary page: the tracking plan's events (sortable, filterable by stage, tier,
 * status, owner and text; events due for review marked), the editor of the selected
 * event and its parameters, and below them the change log (filterable by event, person
 * and date; exportable to CSV) and the data-quality findings, which run in a worker and
 * each lead to their event. Every edit goes through the page's QUndoStack.
 */
class DictionaryPage : public QWidget
{
    Q_OBJECT

public:
    /** Edits @p document (the window's), or a document of its own when there is none. */
    explicit DictionaryPage(WorkspaceDocument *document = nullptr, QWidget *parent = nullptr);
    ~DictionaryPage() override;

    void setSummary(const WorkspaceSummary &summary);
    QUndoStack *undoStack() const;
    DictionaryModel *model() const { return mModel; }
    WorkspaceDocument *document() const { return mDocument; }
    EventEditor *editor() const { return mEditor; }
    ChangeLogModel *changeLog() const { return mLog; }
    DataQualityModel *quality() const { return mQuality; }

    void selectEvent(const QString &event);
    /** The name the change log records for edits made here (not saved as a preference). */
    void setWho(const QString &who);
    /** Shows @p plan's differences and applies what the person keeps (one undo step). */
    void reviewPlan(const TrackingPlan &plan, const QString &source, bool removals);
    /** Adds the starter events the dictionary does not have yet. */
    void adoptStarter();
    /** Writes the dictionary to @p path; an error message, or empty. */
    QString exportPlan(const QString &path, TrackingPlan::Format format) const;
    /** Writes the change log rows on screen to @p path as CSV; an error message, or empty. */
    QString exportLog(const QString &path) const;
    void exportInteractively();
    void importInteractively();
    /** Starts the data-quality check in a worker; qualityChecked() when done. */
    void checkQuality();
    void showQuality(const Outcome<QList<QualityFinding>> &outcome);

Q_SIGNALS:
    void qualityChecked();

private:
    QWidget *createEventsPane();
    QWidget *createLogPane();
    QWidget *createQualityPane();
    void updateOwners();
    /** The document's tables are here: the naming, the owners and the first event. */
    void showLoaded();
    void updateLogFilter();
    void updateWho();
    void showMessage(const QString &message, bool problem);

    WorkspaceDocument *mDocument;
    DictionaryModel *mModel;
    DictionaryFilterModel *mFilter;
    ChangeLogModel *mLog;
    ChangeLogFilterModel *mLogFilter;
    DataQualityModel *mQuality;
    QString mWorkspacePath;
    QString mTimezone;
    Worker<QList<QualityFinding>> mQualityWorker;
    QTimer mRecheck;

    QTableView *mEvents;
    EventEditor *mEditor;
    QLineEdit *mText;
    QComboBox *mStage;
    QComboBox *mTier;
    QComboBox *mStatus;
    QComboBox *mOwner;
    QCheckBox *mDue;
    QComboBox *mNaming;
    QPushButton *mWho;
    QLabel *mMessage;
    QTabWidget *mTabs;
    QTableView *mLogView;
    QCheckBox *mLogThisEvent;
    QComboBox *mLogPerson;
    QDateEdit *mLogFrom;
    QDateEdit *mLogTo;
    QTableView *mQualityView;
    QLabel *mQualityStatus;
};

} // namespace Funnelscope
