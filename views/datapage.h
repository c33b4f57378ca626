#pragma once

#include "store/annotations.h"
#include "tasks/worker.h"

#include <QDate>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Funnelscope {

class EventTypesModel;
class ImportsModel;
struct ImportRecord;
struct WorkspaceSummary;

/**
 * The Data page: what the workspace holds (events, people and how ids became people, date
 * range, events per type) and where it came from (the imports, with their counts).
 */
class DataPage : public QWidget
{
    Q_OBJECT

public:
    explicit DataPage(QWidget *parent = nullptr);

    void setSummary(const WorkspaceSummary &summary);
    /** Lists the workspace's annotations (the window's document reads them). */
    void setAnnotations(const QList<Annotation> &annotations);

Q_SIGNALS:
    /** Add… under Annotations: the window asks what and adds it, undoably. */
    void annotationAddRequested(const QDate &day);
    /** Remove under Annotations, for annotation @p id. */
    void annotationRemoveRequested(qint64 id);
    void importRequested();
    /** An import was removed: the workspace's summary is out of date. */
    void workspaceChanged();

private:
    QLabel *addFigure(QGridLayout *grid, int row, int column, const QString &caption);
    const ImportRecord *selectedImport() const;
    void updateButtons();
    void removeImport();
    void exportRejectedRows();

    QLabel *mTitle;
    QLabel *mEvents;
    QLabel *mUsers;
    QLabel *mFirst;
    QLabel *mLast;
    QLabel *mTypes;
    QLabel *mKnownUsers;
    QLabel *mAnonymousIds;
    QLabel *mLinkedIds;
    QLabel *mConflicts;
    QLabel *mMoved;
    QLabel *mStitching;
    EventTypesModel *mTypesModel;
    ImportsModel *mImportsModel;
    QTableView *mTypesView;
    QTableView *mImportsView;
    QPushButton *mRemoveButton;
    QPushButton *mExportRejectedButton;
    QTableWidget *mAnnotations;
    QPushButton *mRemoveAnnotationButton;
    QByteArray mTimezone = "UTC";
    QDate mLastDay;
    QString mWorkspacePath;
    Worker<QString> mTask{nullptr, WorkerBase::Policy::Every}; ///< removes and exports, one after the other
};

} // namespace Funnelscope
