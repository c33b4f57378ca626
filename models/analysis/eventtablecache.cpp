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
        mTable = std::make_shared<EventTable>(EventTable::load(workspace->connection(), {}, EventTable::Columns::OnDemand));
    }
    QStringList wanted;
    for (const QString &property : properties) {
        if (!mTable->hasColumn(property) && !wanted.contains(property))
            wanted.append(property);
    }
    if (wanted.isEmpty())
        return mTable;
    if (!workspace)
        workspace = Workspace::open(mPath);
    // A table being read by another report is never changed: extend a copy, all the
    // properties a report asks for in one pass over the events.
    auto extended = std::make_shared<EventTable>(*mTable);
    const QStringList notFound = extended->loadProperties(workspace->connection(), wanted);
    if (notFound.size() < wanted.size())
        mTable = extended;
    if (missing)
        missing->append(notFound);
    return mTable;
}

} // namespace Funnelscope
