#pragma once

#include "dictionarychange.h"

#include <QUndoCommand>

namespace Funnelscope {

class WorkspaceDocument;

/** The ids of Funnelscope's undo commands, for QUndoCommand::id() and mergeWith(). */
enum class CommandId { DictionaryEdit = 1 };

/**
 * One undoable dictionary edit: a list of changes applied together. redo() applies
 * them, undo() applies their inverses in reverse order; each writes its change-log
 * entries (an undo is logged as action "undo", a redo after it as the original action
 * with the reason "Redo: ..."). One that fails is said, and the undo history cleared
 * (WorkspaceDocument::undoFailed()). Successive edits of one text field of one event or
 * parameter merge into one step, as typing does.
 */
class DictionaryEditCommand : public QUndoCommand
{
public:
    DictionaryEditCommand(WorkspaceDocument *document, const QList<DictionaryChange> &changes, const QString &text,
                          const QString &reason = {}, bool enforceNaming = true);

    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::DictionaryEdit); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool isTextEdit() const;

    WorkspaceDocument *mDocument;
    QList<DictionaryChange> mChanges;
    QString mReason;
    bool mEnforceNaming;
    bool mDone = false;
};

} // namespace Funnelscope
