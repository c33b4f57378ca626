#include "workspacesession.h"

#include "protectedfiles.h"

namespace Funnelscope {

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
{
    connect(&mWorker, &WorkerBase::busyChanged, this, &WorkspaceSession::busyChanged);
}

WorkspaceSession::~WorkspaceSession()
{
    mWorker.shutdown();
    if (!mPath.isEmpty())
        ProtectedFiles::remove(mPath);
}

void WorkspaceSession::open(const QString &path)
{
    start(path, true);
}

void WorkspaceSession::reload()
{
    if (isOpen())
        start(mPath, false);
}

void WorkspaceSession::close()
{
    mWorker.cancel();
    if (!mPath.isEmpty())
        ProtectedFiles::remove(mPath);
    mPath.clear();
    mSummary = {};
    Q_EMIT closed();
}

void WorkspaceSession::start(const QString &path, bool opening)
{
    // An older request still running is answered by nobody: only the latest is shown.
    mWorker.start([path](const TaskContext &) { return WorkspaceSummary::load(path); },
                  [this, path, opening](const Outcome<WorkspaceSummary> &outcome) { finish(path, opening, outcome); });
}

void WorkspaceSession::finish(const QString &path, bool opening, const Outcome<WorkspaceSummary> &outcome)
{
    if (!outcome.ok()) {
        Q_EMIT failed(path, outcome.error());
        return;
    }
    if (mPath != path) {
        // Exports may not overwrite the workspace the window shows.
        if (!mPath.isEmpty())
            ProtectedFiles::remove(mPath);
        ProtectedFiles::add(path);
    }
    mPath = path;
    mSummary = outcome.value();
    if (opening)
        Q_EMIT opened(mPath);
    Q_EMIT summaryChanged(mSummary);
}

} // namespace Funnelscope
