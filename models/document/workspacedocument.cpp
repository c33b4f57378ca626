#include "workspacedocument.h"

#include "annotationcommand.h"
#include "governance/changelog.h"
#include "governance/dictionaryeditcommand.h"
#include "clickhouse/clickhouseworkspace.h"
#include "store/storeerror.h"
#include "tasks/errormessage.h"
#include "tasks/validationerror.h"

#include <QTimer>
#include <QUndoStack>

namespace Funnelscope {

WorkspaceDocument::WorkspaceDocument(QObject *parent)
    : QObject(parent)
    , mUndoStack(new QUndoStack(this))
    , mWho(ChangeLog::defaultWho())
{
}

WorkspaceDocument::~WorkspaceDocument()
{
    mSaver.waitForFinished(); // an edit made is an edit sent
    mLoader.shutdown();
    mSaver.shutdown();
}

Outcome<Done> WorkspaceDocument::open(const QString &path)
{
    // A save still under way belongs to the workspace it was made in: it finishes first.
    mSaver.waitForFinished();
    mLoader.cancel();
    if (ClickHouseUrl::isUrl(path)) {
        show(nullptr, path);
        // The server's tables come in a worker; until then the document is empty and says so.
        mLoader.start([path](const TaskContext &task) {
            const ClickHouseWorkspace server = ClickHouseWorkspace::open(ClickHouseUrl::parse(path), task);
            return std::make_shared<const Fetched>(Fetched{server, ClickHouseTables::fetch(server, task)});
        }, [this, path](const Outcome<std::shared_ptr<const Fetched>> &outcome) {
            if (!outcome.ok()) {
                Q_EMIT failed(outcome.error());
                return;
            }
            try {
                show(WorkspaceTables::copyOf(outcome.value()->server, outcome.value()->content), path);
                *mSent = outcome.value()->content.revision;
            } catch (...) {
                Q_EMIT failed(errorMessage(std::current_exception()));
            }
        });
        return Done();
    }
    try {
        show(WorkspaceTables::open(path), path);
    } catch (...) {
        return Outcome<Done>::failure(errorMessage(std::current_exception()));
    }
    return Done();
}

void WorkspaceDocument::show(std::unique_ptr<WorkspaceTables> tables, const QString &path)
{
    EventDictionary dictionary = tables ? EventDictionary::load(tables->connection()) : EventDictionary();
    Q_EMIT aboutToReset();
    mTables = std::move(tables);
    mPath = path;
    mSent = std::make_shared<ClickHouseTables::Revision>();
    mDictionary = std::move(dictionary);
    mUndoStack->clear();
    Q_EMIT reset();
    Q_EMIT eventChanged(QString());
    Q_EMIT logAppended();
    Q_EMIT annotationsChanged();
    if (mTables)
        Q_EMIT loaded();
}

void WorkspaceDocument::close()
{
    mSaver.waitForFinished();
    mLoader.cancel();
    show(nullptr, QString());
}

bool WorkspaceDocument::isOpen() const
{
    return mTables != nullptr;
}

QString WorkspaceDocument::path() const
{
    return mPath;
}

Connection *WorkspaceDocument::connection() const
{
    return mTables ? &mTables->connection() : nullptr;
}

bool WorkspaceDocument::isSaving() const
{
    return mSaver.isBusy();
}

void WorkspaceDocument::written()
{
    if (!mTables || !mTables->isServer())
        return; // a file has it
    // Sent in order, each after the revision the one before made; a failure fails the rest.
    const ClickHouseWorkspace server = *mTables->server();
    mSaver.start([server, content = mTables->unsaved(), sent = mSent](const TaskContext &task) mutable {
        content.revision.number = sent->number;
        content.revision.token = sent->token;
        const ClickHouseTables::Revision next = ClickHouseTables::send(server, content, task);
        sent->number = next.number;
        sent->token = next.token;
        return next;
    }, [this, path = mPath, sent = mSent](const Outcome<ClickHouseTables::Revision> &outcome) {
        if (outcome.ok() || sent != mSent)
            return; // saved, or the document shows another workspace (or the server's again) by now
        Q_EMIT failed(tr("%1 The page shows the server's tables again.").arg(outcome.error()));
        open(path);
    });
}

EventDictionary::Context WorkspaceDocument::context(const QString &action, const QString &reason, bool enforceNaming) const
{
    EventDictionary::Context context;
    context.who = mWho;
    context.action = action;
    context.reason = reason;
    context.today = mToday;
    context.enforceNaming = enforceNaming;
    return context;
}

Outcome<Done> WorkspaceDocument::submit(const QList<DictionaryChange> &changes, const QString &text, const QString &reason,
                                        bool enforceNaming)
{
    if (!mTables)
        return Outcome<Done>::failure(tr("No workspace is open."));
    if (changes.isEmpty())
        return Done();
    if (const QString problem = mDictionary.check(changes, context(QString(), reason, enforceNaming)); !problem.isEmpty())
        return Outcome<Done>::failure(problem);
    mRefusal.clear();
    mUndoStack->push(new DictionaryEditCommand(this, changes, text, reason, enforceNaming));
    // Refused when written (another program got there first): the command dropped itself.
    if (!mRefusal.isEmpty())
        return Outcome<Done>::failure(mRefusal);
    return Done();
}

QList<Annotation> WorkspaceDocument::annotations() const
{
    if (!mTables)
        return {};
    try {
        return Annotations::list(mTables->connection());
    } catch (...) {
        return {}; // busy or damaged: said where the workspace is used; no marks meanwhile
    }
}

Outcome<Done> WorkspaceDocument::addAnnotation(const Annotation &annotation)
{
    if (!mTables)
        return Outcome<Done>::failure(tr("No workspace is open."));
    if (const QString problem = Annotations::validate(annotation); !problem.isEmpty())
        return Outcome<Done>::failure(problem);
    mRefusal.clear();
    mUndoStack->push(new AnnotationCommand(this, AnnotationCommand::Action::Add, annotation));
    if (!mRefusal.isEmpty())
        return Outcome<Done>::failure(mRefusal);
    return Done();
}

Outcome<Done> WorkspaceDocument::removeAnnotation(qint64 id)
{
    if (!mTables)
        return Outcome<Done>::failure(tr("No workspace is open."));
    std::optional<Annotation> annotation;
    try {
        annotation = Annotations::find(mTables->connection(), id);
    } catch (...) {
        return Outcome<Done>::failure(errorMessage(std::current_exception()));
    }
    if (!annotation)
        return Outcome<Done>::failure(tr("There is no annotation %1.").arg(id));
    mRefusal.clear();
    mUndoStack->push(new AnnotationCommand(this, AnnotationCommand::Action::Remove, *annotation));
    if (!mRefusal.isEmpty())
        return Outcome<Done>::failure(mRefusal);
    return Done();
}

qint64 WorkspaceDocument::writeAnnotation(const Annotation &annotation)
{
    if (!mTables)
        throw ValidationError(tr("No workspace is open."));
    const qint64 id = Annotations::add(mTables->connection(), annotation);
    written();
    Q_EMIT annotationsChanged();
    return id;
}

void WorkspaceDocument::eraseAnnotation(qint64 id)
{
    if (!mTables)
        throw ValidationError(tr("No workspace is open."));
    Annotations::remove(mTables->connection(), id);
    written();
    Q_EMIT annotationsChanged();
}

void WorkspaceDocument::apply(const QList<DictionaryChange> &changes, const QString &action, const QString &reason,
                              bool enforceNaming)
{
    if (!mTables)
        throw ValidationError(tr("No workspace is open."));
    EventDictionary next = mDictionary.applied(mTables->connection(), changes, context(action, reason, enforceNaming));
    written();
    Q_EMIT aboutToApply(changes);
    mDictionary = std::move(next);
    Q_EMIT applied(changes);
    const DictionaryChange *single = changes.size() == 1 ? &changes.first() : nullptr;
    if (single && single->isEventRename())
        Q_EMIT eventRenamed(single->event, single->newValue);
    Q_EMIT eventChanged(single ? single->eventAfter() : QString());
    Q_EMIT logAppended();
}

Outcome<Done> WorkspaceDocument::setNaming(DictionaryRules::Naming naming)
{
    if (!mTables)
        return Outcome<Done>::failure(tr("No workspace is open."));
    try {
        EventDictionary::setNaming(mTables->connection(), naming, context(QString(), QString(), true));
        written();
        EventDictionary next = EventDictionary::load(mTables->connection());
        Q_EMIT aboutToReset();
        mDictionary = std::move(next);
        Q_EMIT reset();
    } catch (...) {
        return Outcome<Done>::failure(errorMessage(std::current_exception()));
    }
    Q_EMIT logAppended();
    return Done();
}

void WorkspaceDocument::refused(const QString &message)
{
    mRefusal = message;
    Q_EMIT failed(message);
}

void WorkspaceDocument::undoFailed(const QString &message)
{
    // Clearing inside QUndoStack::undo() or redo() is not allowed: right after it.
    QTimer::singleShot(0, mUndoStack, &QUndoStack::clear);
    Q_EMIT failed(tr("%1 The undo history was cleared, so it matches the dictionary.").arg(message));
}

} // namespace Funnelscope
