#pragma once

#include "workspacesummary.h"

#include <QFutureWatcher>
#include <QObject>

namespace Funnelscope {

/**
 * The workspace the window shows. It holds only the path: opening, checking and
 * summarising happen in a worker on its own connection, never on the GUI thread.
 * Each request carries a generation number, so the answer to an older request
 * (opening A, then B before A answered) is dropped.
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
    bool isBusy() const { return mWatcher.isRunning(); }

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
    struct Outcome
    {
        quint64 generation = 0;
        QString path;
        bool opening = false;
        WorkspaceSummary summary;
        QString error;
    };

    void start(const QString &path, bool opening);
    void finish();

    QString mPath;
    WorkspaceSummary mSummary;
    quint64 mGeneration = 0;
    QFutureWatcher<Outcome> mWatcher;
};

} // namespace Funnelscope
