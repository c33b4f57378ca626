#pragma once

#include "tasks/worker.h"
#include "workspacesummary.h"

#include <QObject>

namespace Funnelscope {

/**
 * The workspace the window shows. It holds only the path: opening, checking and
 * summarising happen in a Worker on its own connection, never on the GUI thread; the
 * answer to an older request (opening A, then B before A answered) is dropped.
 */
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    QString path() const { return mPath; }
    bool isOpen() const { return !mPath.isEmpty(); }
    const WorkspaceSummary &summary() const { return mSummary; }
    bool isBusy() const { return mWorker.isBusy(); }

    /** Opens @p path in the background; answers with opened() or failed(). */
    void open(const QString &path);
    /** Reloads the summary of the open workspace (after an import, say). */
    void reload();
    void close();

Q_SIGNALS:
    void opened(const QString &path);
    void summaryChanged(const Funnelscope::WorkspaceSummary &summary);
    void failed(const QString &path, const QString &message);
    void closed();
    void busyChanged(bool busy);

private:
    void start(const QString &path, bool opening);
    void finish(const QString &path, bool opening, const Outcome<WorkspaceSummary> &outcome);

    QString mPath;
    WorkspaceSummary mSummary;
    Worker<WorkspaceSummary> mWorker;
};

} // namespace Funnelscope
