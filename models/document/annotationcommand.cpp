#include "annotationcommand.h"

#include "workspacedocument.h"

#include "tasks/errormessage.h"

namespace Funnelscope {

AnnotationCommand::AnnotationCommand(WorkspaceDocument *document, Action action, const Annotation &annotation)
    : QUndoCommand(action == Action::Add ? WorkspaceDocument::tr("Add Annotation “%1”").arg(annotation.text)
                                         : WorkspaceDocument::tr("Remove Annotation “%1”").arg(annotation.text))
    , mDocument(document)
    , mAction(action)
    , mAnnotation(annotation)
{
}

void AnnotationCommand::redo()
{
    write(mAction == Action::Add);
    mDone = true;
}

void AnnotationCommand::undo()
{
    write(mAction != Action::Add);
}

void AnnotationCommand::write(bool add)
{
    try {
        if (add)
            mAnnotation.id = mDocument->writeAnnotation(mAnnotation);
        else
            mDocument->eraseAnnotation(mAnnotation.id);
    } catch (...) {
        const QString message = errorMessage(std::current_exception());
        if (mDone) {
            mDocument->undoFailed(message);
        } else {
            setObsolete(true); // refused on the first try: QUndoStack::push() drops it
            mDocument->refused(message);
        }
    }
}

} // namespace Funnelscope
