#include "workspacedocument.h"

#include "annotationcommand.h"
#include "governance/changelog.h"
#include "governance/dictionaryeditcommand.h"
#include "store/storeerror.h"
#include "store/workspace.h"
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

WorkspaceDocument::~WorkspaceDocument() = default;

Outcome<Done> WorkspaceDocument::open(const QString &path)
{
    try {
        auto workspace = Workspace::open(path);
        EventDictionary dictionary = EventDictionary::load(workspace->connection());
        Q_EMIT aboutToReset();
        mWorkspace = std::move(workspace);
        mDictionary = std::move(dictionary);
        mUndoStack->clear();
        Q_EMIT reset();
    } catch (const StoreError &failure) {
        return Outcome<Done>::failure(failure.message());
    }
    Q_EMIT eventChanged(QString());
    Q_EMIT logAppended();
    Q_EMIT annotationsChanged();
    return Done();
}

void WorkspaceDocument::close()
{
    Q_EMIT aboutToReset();
    mWorkspace.reset();
    mDictionary = EventDictionary();
    mUndoStack->clear();
    Q_EMIT reset();
    Q_EMIT eventChanged(QString());
    Q_EMIT annotationsChanged();
}

QString WorkspaceDocument::path() const
{
    return mWorkspace ? mWorkspace->path() : QString();
}

Connection *WorkspaceDocument::connection() const
{
    return mWorkspace ? &mWorkspace->connection() : nullptr;
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
    if (!mWorkspace)
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
    if (!mWorkspace)
        return {};
    try {
        return Annotations::list(mWorkspace->connection());
    } catch (...) {
        return {}; // busy or damaged: said where the workspace is used; no marks meanwhile
    }
}

Outcome<Done> WorkspaceDocument::addAnnotation(const Annotation &annotation)
{
    if (!mWorkspace)
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
    if (!mWorkspace)
        return Outcome<Done>::failure(tr("No workspace is open."));
    std::optional<Annotation> annotation;
    try {
        annotation = Annotations::find(mWorkspace->connection(), id);
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
    if (!mWorkspace)
        throw ValidationError(tr("No workspace is open."));
    const qint64 id = Annotations::add(mWorkspace->connection(), annotation);
    Q_EMIT annotationsChanged();
    return id;
}

void WorkspaceDocument::eraseAnnotation(qint64 id)
{
    if (!mWorkspace)
        throw ValidationError(tr("No workspace is open."));
    Annotations::remove(mWorkspace->connection(), id);
    Q_EMIT annotationsChanged();
}

void WorkspaceDocument::apply(const QList<DictionaryChange> &changes, const QString &action, const QString &reason,
                              bool enforceNaming)
{
    if (!mWorkspace)
        throw ValidationError(tr("No workspace is open."));
    EventDictionary next = mDictionary.applied(mWorkspace->connection(), changes, context(action, reason, enforceNaming));
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
    if (!mWorkspace)
        return Outcome<Done>::failure(tr("No workspace is open."));
    try {
        EventDictionary::setNaming(mWorkspace->connection(), naming, context(QString(), QString(), true));
        EventDictionary next = EventDictionary::load(mWorkspace->connection());
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
