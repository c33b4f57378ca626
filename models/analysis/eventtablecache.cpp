#include "eventtablecache.h"

#include "store/workspace.h"

namespace Funnelscope {

EventTableCache::EventTableCache(const QString &path)
    : mPath(path)
{
}

std::shared_ptr<const EventTable> EventTableCache::table(const QStringList &properties, QStringList *missing)
{
    const QMutexLocker locker(&mMutex);
    std::unique_ptr<Workspace> workspace;
    if (!mTable) {
        workspace = Workspace::open(mPath);
        mTable = std::make_shared<EventTable>(EventTable::load(workspace->connection()));
    }
    for (const QString &property : properties) {
        if (mTable->hasColumn(property))
            continue;
        if (!workspace)
            workspace = Workspace::open(mPath);
        // A table being read by another report is never changed: extend a copy.
        auto extended = std::make_shared<EventTable>(*mTable);
        if (extended->loadProperty(workspace->connection(), property))
            mTable = extended;
        else if (missing)
            missing->append(property);
    }
    return mTable;
}

} // namespace Funnelscope
