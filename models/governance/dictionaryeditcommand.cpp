#include "dictionaryeditcommand.h"

#include "document/workspacedocument.h"
#include "tasks/errormessage.h"

namespace Funnelscope {

DictionaryEditCommand::DictionaryEditCommand(WorkspaceDocument *document, const QList<DictionaryChange> &changes,
                                             const QString &text, const QString &reason, bool enforceNaming)
    : QUndoCommand(text)
    , mDocument(document)
    , mChanges(changes)
    , mReason(reason)
    , mEnforceNaming(enforceNaming)
{
}

void DictionaryEditCommand::redo()
{
    const QString reason = mDone ? DictionaryChange::tr("Redo: %1").arg(text()) : mReason;
    try {
        mDocument->apply(mChanges, QString(), reason, mEnforceNaming && !mDone);
    } catch (...) {
        const QString message = errorMessage(std::current_exception());
        if (mDone) {
            mDocument->undoFailed(DictionaryChange::tr("Could not redo “%1”: %2").arg(text(), message));
        } else {
            setObsolete(true); // refused on the first try: QUndoStack::push() drops it
            mDocument->refused(message);
        }
    }
    mDone = true;
}

void DictionaryEditCommand::undo()
{
    QList<DictionaryChange> inverse;
    for (auto it = mChanges.crbegin(); it != mChanges.crend(); ++it)
        inverse.append(it->inverse());
    try {
        mDocument->apply(inverse, QStringLiteral("undo"), DictionaryChange::tr("Undo: %1").arg(text()), false);
    } catch (...) {
        mDocument->undoFailed(DictionaryChange::tr("Could not undo “%1”: %2").arg(text(), errorMessage(std::current_exception())));
    }
}

bool DictionaryEditCommand::isTextEdit() const
{
    if (mChanges.size() != 1)
        return false;
    const DictionaryChange &change = mChanges.first();
    if (change.kind == DictionaryChange::EditEvent)
        return change.field == EventDefinition::DisplayName || change.field == EventDefinition::Description
            || change.field == EventDefinition::Owner || change.field == EventDefinition::Tags;
    if (change.kind == DictionaryChange::EditParameter)
        return change.field == ParameterDefinition::Description || change.field == ParameterDefinition::Example
            || change.field == ParameterDefinition::Pattern || change.field == ParameterDefinition::AllowedValues;
    return false;
}

bool DictionaryEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const DictionaryEditCommand *>(other);
    if (!isTextEdit() || !next->isTextEdit() || next->isObsolete())
        return false;
    DictionaryChange &mine = mChanges.first();
    const DictionaryChange &theirs = next->mChanges.first();
    if (mine.kind != theirs.kind || mine.event != theirs.event || mine.parameter != theirs.parameter
        || mine.field != theirs.field || mine.newValue != theirs.oldValue)
        return false;
    mine.newValue = theirs.newValue;
    setText(next->text());
    // Typed back to where it started: nothing left to undo.
    setObsolete(mine.newValue == mine.oldValue);
    return true;
}

} // namespace Funnelscope
