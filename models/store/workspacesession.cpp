#include "workspacesession.h"

#include "protectedfiles.h"

#include "storeerror.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Funnelscope {

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
{
    connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this, &WorkspaceSession::finish);
}

WorkspaceSession::~WorkspaceSession()
{
    mWatcher.waitForFinished();
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
    ++mGeneration;
    if (!mPath.isEmpty())
        ProtectedFiles::remove(mPath);
    mPath.clear();
    mSummary = {};
    Q_EMIT closed();
}

void WorkspaceSession::start(const QString &path, bool opening)
{
    const quint64 generation = ++mGeneration;
    const bool wasBusy = isBusy();
    // A running request finishes in its worker; its answer is dropped by generation.
    mWatcher.setFuture(QtConcurrent::run([generation, path, opening] {
        Outcome outcome;
        outcome.generation = generation;
        outcome.path = path;
        outcome.opening = opening;
        try {
            outcome.summary = WorkspaceSummary::load(path);
        } catch (const StoreError &error) {
            outcome.error = error.message();
        } catch (const std::exception &error) {
            outcome.error = QString::fromUtf8(error.what());
        }
        return outcome;
    }));
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void WorkspaceSession::finish()
{
    const Outcome outcome = mWatcher.result();
    if (outcome.generation != mGeneration)
        return; // a newer request is under way: its own finish() will answer
    Q_EMIT busyChanged(false);
    if (!outcome.error.isEmpty()) {
        Q_EMIT failed(outcome.path, outcome.error);
        return;
    }
    if (mPath != outcome.path) {
        // Exports may not overwrite the workspace the window shows.
        if (!mPath.isEmpty())
            ProtectedFiles::remove(mPath);
        ProtectedFiles::add(outcome.path);
    }
    mPath = outcome.path;
    mSummary = outcome.summary;
    if (outcome.opening)
        Q_EMIT opened(mPath);
    Q_EMIT summaryChanged(mSummary);
}

} // namespace Funnelscope
