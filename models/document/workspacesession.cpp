#include "workspacesession.h"

#include "analysis/cachingbackend.h"
#include "analysis/localbackend.h"
#include "clickhouse/clickhousebackend.h"
#include "clickhouse/clickhousesummary.h"
#include "store/protectedfiles.h"

namespace Funnelscope {

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
{
    connect(&mWorker, &WorkerBase::busyChanged, this, &WorkspaceSession::busyChanged);
}

WorkspaceSession::~WorkspaceSession()
{
    mWorker.shutdown();
    if (!mPath.isEmpty() && !isServer())
        ProtectedFiles::remove(mPath);
}

bool WorkspaceSession::isServer() const
{
    return ClickHouseUrl::isUrl(mPath);
}

void WorkspaceSession::open(const QString &path, const QString &password)
{
    start(path, password, true);
    Q_EMIT opening(path);
}

void WorkspaceSession::reload()
{
    if (isOpen())
        start(mPath, mPassword, false);
}

void WorkspaceSession::close()
{
    mWorker.cancel();
    if (!mPath.isEmpty() && !isServer())
        ProtectedFiles::remove(mPath);
    mPath.clear();
    mPassword.clear();
    mSummary = {};
    mBackend.reset();
    Q_EMIT closed();
}

WorkspaceSession::Loaded WorkspaceSession::load(const QString &path, const QString &password,
                                                const std::shared_ptr<ReportBackend> &current, const TaskContext &task)
{
    Loaded loaded;
    if (!ClickHouseUrl::isUrl(path)) {
        loaded.summary = WorkspaceSummary::load(path);
        loaded.backend = LocalBackend::forWorkspace(loaded.summary, current);
        return loaded;
    }
    auto server = std::make_shared<ClickHouseBackend>(ClickHouseUrl::parse(path, password), task);
    loaded.summary = ClickHouseSummary::load(server->workspace(), task);
    // The same data: the backend with its cached results stays.
    loaded.backend = current && current->dataStamp() == server->dataStamp()
                         ? current
                         : std::make_shared<CachingBackend>(std::move(server));
    return loaded;
}

void WorkspaceSession::start(const QString &path, const QString &password, bool opening)
{
    // An older request still running is answered by nobody: only the latest is shown.
    mWorker.start([path, password, current = path == mPath ? mBackend : nullptr](const TaskContext &task) {
        return load(path, password, current, task);
    }, [this, path, password, opening](const Outcome<Loaded> &outcome) { finish(path, password, opening, outcome); });
}

void WorkspaceSession::finish(const QString &path, const QString &password, bool opening, const Outcome<Loaded> &outcome)
{
    if (!outcome.ok()) {
        Q_EMIT failed(path, outcome.error());
        return;
    }
    if (mPath != path) {
        // Exports may not overwrite the workspace file the window shows.
        if (!mPath.isEmpty() && !isServer())
            ProtectedFiles::remove(mPath);
        if (!ClickHouseUrl::isUrl(path))
            ProtectedFiles::add(path);
    }
    mPath = path;
    mPassword = password;
    // The pages' own workers (dictionary, assessments, saved reports) reach the server too.
    if (isServer() && !password.isEmpty())
        ClickHouseUrl::rememberPassword(path, password);
    mSummary = outcome.value().summary;
    mBackend = outcome.value().backend;
    if (opening)
        Q_EMIT opened(mPath);
    Q_EMIT summaryChanged(mSummary);
}

} // namespace Funnelscope
