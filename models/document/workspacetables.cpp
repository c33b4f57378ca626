#include "workspacetables.h"

#include "clickhouse/clickhousetables.h"
#include "clickhouse/clickhouseworkspace.h"
#include "governance/changelog.h"
#include "store/workspace.h"

#include <QTemporaryDir>

namespace Funnelscope {

struct WorkspaceTables::Server
{
    ClickHouseWorkspace workspace;
    ClickHouseTables::Revision revision;
    QTemporaryDir folder; ///< where the copy lives while it is open
};

WorkspaceTables::WorkspaceTables() = default;

WorkspaceTables::~WorkspaceTables()
{
    mWorkspace.reset(); // closed before its folder goes
}

std::unique_ptr<WorkspaceTables> WorkspaceTables::open(const QString &path, const TaskContext &task)
{
    if (!ClickHouseUrl::isUrl(path)) {
        std::unique_ptr<WorkspaceTables> tables(new WorkspaceTables);
        tables->mWorkspace = Workspace::open(path);
        return tables;
    }
    const ClickHouseWorkspace server = ClickHouseWorkspace::open(ClickHouseUrl::parse(path), task);
    return copyOf(server, ClickHouseTables::fetch(server, task));
}

std::unique_ptr<WorkspaceTables> WorkspaceTables::copyOf(const ClickHouseWorkspace &server, const ClickHouseTables::Content &content)
{
    std::unique_ptr<WorkspaceTables> tables(new WorkspaceTables);
    tables->mServer.reset(new Server{server, content.revision, {}});
    tables->mWorkspace = Workspace::create(tables->mServer->folder.filePath(QStringLiteral("tables.funnelscope")));
    ClickHouseTables::load(content, tables->mWorkspace->connection());
    return tables;
}

bool WorkspaceTables::isServer() const
{
    return mServer != nullptr;
}

QString WorkspaceTables::displayName() const
{
    return mServer ? mServer->workspace.url().toString() : mWorkspace->displayName();
}

QString WorkspaceTables::meta(const QString &key, const QString &fallback) const
{
    return mWorkspace->meta(key, fallback);
}

void WorkspaceTables::setMeta(const QString &path, const QString &key, const QString &value, const TaskContext &task)
{
    if (ClickHouseUrl::isUrl(path))
        ClickHouseWorkspace::open(ClickHouseUrl::parse(path), task).setMeta(key, value);
    else
        Workspace::open(path)->setMeta(key, value);
}

const ClickHouseWorkspace *WorkspaceTables::server() const
{
    return mServer ? &mServer->workspace : nullptr;
}

Connection &WorkspaceTables::connection()
{
    return mWorkspace->connection();
}

ClickHouseTables::Content WorkspaceTables::unsaved()
{
    Q_ASSERT(mServer);
    ClickHouseTables::Content content =
        ClickHouseTables::collect(mWorkspace->connection(), mServer->revision, ChangeLog::defaultWho());
    // The next one starts after these rows, whoever sends them.
    mServer->revision.lastLogId = content.revision.lastLogId;
    mServer->revision.lastAssessmentId = content.revision.lastAssessmentId;
    return content;
}

void WorkspaceTables::save(const TaskContext &task)
{
    if (!mServer)
        return;
    const ClickHouseTables::Content content = unsaved();
    const ClickHouseTables::Revision sent = ClickHouseTables::send(mServer->workspace, content, task);
    mServer->revision.number = sent.number;
    mServer->revision.token = sent.token;
}

} // namespace Funnelscope
