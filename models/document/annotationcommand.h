#pragma once

#include "store/annotations.h"

#include <QUndoCommand>

namespace Funnelscope {

class WorkspaceDocument;

/**
 * Adds or removes one annotation, undoably: undo removes what was added (or adds back
 * what was removed, under its id). A redo or undo that cannot be written says so through
 * WorkspaceDocument::undoFailed(), as dictionary edits do.
 */
class AnnotationCommand : public QUndoCommand
{
public:
    enum class Action { Add, Remove };

    AnnotationCommand(WorkspaceDocument *document, Action action, const Annotation &annotation);

    void redo() override;
    void undo() override;

private:
    void write(bool add);

    WorkspaceDocument *mDocument;
    Action mAction;
    Annotation mAnnotation;
    bool mDone = false;
};

} // namespace Funnelscope
