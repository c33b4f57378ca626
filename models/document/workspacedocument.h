#pragma once

#include "clickhouse/clickhouseworkspace.h"
#include "document/workspacetables.h"
#include "governance/dictionaryrules.h"
#include "governance/eventdictionary.h"
#include "store/annotations.h"
#include "tasks/outcome.h"
#include "tasks/worker.h"

#include <QDate>
#include <QObject>

#include <memory>

class QUndoStack;

namespace Funnelscope {

class Connection;

/**
 * The workspace as the window edits it: its own connection to its small tables
 * (WorkspaceTables, on the GUI thread; a dictionary edit is a few rows; a server's
 * copy is fetched and each write sent by workers, in order), the dictionary, the one QUndoStack every edit goes
 * through, and the signals views follow. The dictionary, parameter and change-log
 * models are views on it. Reports and the summary are read by workers on connections
 * of their own; only edits a person makes and undoes go through here.
 *
 * submit() checks changes and pushes them as a DictionaryEditCommand, whose redo() and
 * undo() call apply(): it writes the change with its change-log entry and notifies.
 * An undo or redo that cannot be applied (the file went away, another program holds it)
 * says so through failed() and clears the undo history, so the stack never claims a
 * state the dictionary is not in.
 */
class WorkspaceDocument : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceDocument(QObject *parent = nullptr);
    ~WorkspaceDocument() override;

    /**
     * Opens the workspace at @p path (its dictionary, a fresh undo history): a file at once
     * (or why not), a ClickHouse URL in a worker: loaded() when its tables are here, failed()
     * when they cannot be read.
     */
    Outcome<Done> open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;
    /** The tables' connection (a server's: the copy), or null while none is open. */
    Connection *connection() const;
    /** Whether edits are still being sent to a server. */
    bool isSaving() const;

    const EventDictionary &dictionary() const { return mDictionary; }
    QUndoStack *undoStack() const { return mUndoStack; }
    QString who() const { return mWho; }
    void setWho(const QString &who) { mWho = who; }
    QDate today() const { return mToday; }
    void setToday(const QDate &today) { mToday = today; }

    /**
     * Checks @p changes and, when the rules allow them, pushes them as one undoable
     * command called @p text; else the reason, and nothing changes.
     */
    Outcome<Done> submit(const QList<DictionaryChange> &changes, const QString &text, const QString &reason = {},
                         bool enforceNaming = true);
    /**
     * Writes @p changes with their log entries and notifies (the commands call this).
     * @p enforceNaming is off for undo, redo and imported plans, whose names were valid
     * when they were made. Throws ValidationError or StoreError, changing nothing.
     */
    void apply(const QList<DictionaryChange> &changes, const QString &action, const QString &reason, bool enforceNaming);
    /** The open workspace's annotations (none when it has none or cannot be read now). */
    QList<Annotation> annotations() const;
    /** Adds @p annotation as an undoable step; else why not, and nothing changes. */
    Outcome<Done> addAnnotation(const Annotation &annotation);
    /** Removes annotation @p id as an undoable step. */
    Outcome<Done> removeAnnotation(qint64 id);
    /** Writes an annotation and notifies (AnnotationCommand calls these); throws when it cannot. */
    qint64 writeAnnotation(const Annotation &annotation);
    void eraseAnnotation(qint64 id);
    /** Sets the naming convention new names must follow (logged; not an undoable edit). */
    Outcome<Done> setNaming(DictionaryRules::Naming naming);
    /** An edit refused when it was first written (the command calls this): failed(), and submit() says why. */
    void refused(const QString &message);
    /** An undo or redo that failed: says @p message through failed() and drops the undo history. */
    void undoFailed(const QString &message);

Q_SIGNALS:
    /** The dictionary is about to become @p changes applied (a view begins its change). */
    void aboutToApply(const QList<DictionaryChange> &changes);
    /** ... and now is (a view ends it). */
    void applied(const QList<DictionaryChange> &changes);
    /** Another workspace, or none, or another naming: everything may be different. */
    void aboutToReset();
    void reset();
    /** The definition of @p event changed (its fields or parameters); empty: many did. */
    void eventChanged(const QString &event);
    void eventRenamed(const QString &oldName, const QString &newName);
    /** An annotation was added or removed, or another workspace was opened: annotations() changed. */
    void annotationsChanged();
    /** The tables of the workspace open() was given are here (at once for a file, later for a server). */
    void loaded();
    /** New change-log entries were written. */
    void logAppended();
    /** An edit, undo or redo could not be applied (the reason, for the status bar or a dialog). */
    void failed(const QString &message);

private:
    struct Fetched
    {
        ClickHouseWorkspace server;
        ClickHouseTables::Content content;
    };

    EventDictionary::Context context(const QString &action, const QString &reason, bool enforceNaming) const;
    /** Shows @p tables (none: closed) with their dictionary and a fresh undo history. */
    void show(std::unique_ptr<WorkspaceTables> tables, const QString &path);
    /** After each write: a server's copy is sent in the background (a file has it already). */
    void written();

    std::unique_ptr<WorkspaceTables> mTables;
    QString mPath;
    /** The newest revision sent to the server; shared with the saves under way, replaced on open. */
    std::shared_ptr<ClickHouseTables::Revision> mSent = std::make_shared<ClickHouseTables::Revision>();
    Worker<std::shared_ptr<const Fetched>> mLoader{this};
    Worker<ClickHouseTables::Revision> mSaver{this, WorkerBase::Policy::Every};
    EventDictionary mDictionary;
    QUndoStack *mUndoStack;
    QString mWho;
    QDate mToday = QDate::currentDate();
    QString mRefusal; ///< why the edit being pushed was refused
};

} // namespace Funnelscope
