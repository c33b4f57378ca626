#pragma once

#include "analysis/reportbackend.h"
#include "store/workspacesummary.h"
#include "tasks/worker.h"

#include <QObject>

#include <memory>

namespace Funnelscope {

/**
 * The workspace the window shows: a file, or a ClickHouse URL (DESIGN.md, "A workspace is a
 * file or a server"). It holds the path (and a server's password, in memory only), the
 * summary and the one backend every page computes its reports on. Opening, checking and
 * summarising happen in a Worker, never on the GUI thread; the answer to an older request
 * (opening A, then B before A answered) is dropped. A reload keeps the backend (and its
 * cached results) while the data is the same.
 */
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    QString path() const { return mPath; }
    bool isOpen() const { return !mPath.isEmpty(); }
    /** Whether the open workspace is on a ClickHouse server (the pages of a file only are not shown). */
    bool isServer() const;
    const WorkspaceSummary &summary() const { return mSummary; }
    /** Where the open workspace's reports are computed; null while none is open. */
    std::shared_ptr<ReportBackend> backend() const { return mBackend; }
    bool isBusy() const { return mWorker.isBusy(); }
    /** The password the open server was opened with (empty: none, or the environment's). */
    QString serverPassword() const { return mPassword; }

    /**
     * Opens @p path in the background; answers with opened() or failed(). For a server,
     * @p password replaces FUNNELSCOPE_CLICKHOUSE_PASSWORD when it is not empty.
     */
    void open(const QString &path, const QString &password = QString());
    /** Reloads the summary of the open workspace (after an import, say). */
    void reload();
    void close();

Q_SIGNALS:
    /** open() began reading @p path (opened() or failed() follows). */
    void opening(const QString &path);
    void opened(const QString &path);
    void summaryChanged(const Funnelscope::WorkspaceSummary &summary);
    void failed(const QString &path, const QString &message);
    void closed();
    void busyChanged(bool busy);

private:
    struct Loaded
    {
        WorkspaceSummary summary;
        std::shared_ptr<ReportBackend> backend;
    };
    static Loaded load(const QString &path, const QString &password, const std::shared_ptr<ReportBackend> &current,
                       const TaskContext &task);
    void start(const QString &path, const QString &password, bool opening);
    void finish(const QString &path, const QString &password, bool opening, const Outcome<Loaded> &outcome);

    QString mPath;
    QString mPassword;
    WorkspaceSummary mSummary;
    std::shared_ptr<ReportBackend> mBackend;
    Worker<Loaded> mWorker;
};

} // namespace Funnelscope
