#include "eventtablecache.h"

#include "store/workspace.h"

namespace Funnelscope {

void EventTableCache::setWorkspace(const QString &path, const QString &stamp)
{
    const QMutexLocker locker(&mMutex);
    if (path != mPath || stamp != mStamp) {
        mPath = path;
        mStamp = stamp;
        mTable.reset();
        dropResults();
    }
}

void EventTableCache::invalidate()
{
    const QMutexLocker locker(&mMutex);
    mTable.reset();
    dropResults();
}

void EventTableCache::dropResults()
{
    mResults.clear();
    ++mGeneration;
}

std::any EventTableCache::cachedResult(const QByteArray &key, quint64 *generation)
{
    const QMutexLocker locker(&mMutex);
    *generation = mGeneration;
    const std::any *found = mResults.object(key);
    return found ? *found : std::any();
}

void EventTableCache::keepResult(const QByteArray &key, quint64 generation, std::any result, qsizetype bytes)
{
    const QMutexLocker locker(&mMutex);
    if (generation == mGeneration)
        mResults.insert(key, new std::any(std::move(result)), std::max<qsizetype>(1, bytes));
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

std::shared_ptr<const EventTable> EventTableCache::tableFor(const QStringList &properties, QString *error)
{
    QStringList missing;
    std::shared_ptr<const EventTable> loaded = table(properties, &missing);
    if (missing.isEmpty())
        return loaded;
    if (error)
        *error = QCoreApplication::translate("Funnelscope::EventTableCache", "No event has a property “%1”.")
                     .arg(missing.join(QStringLiteral("”, “")));
    return nullptr;
}

} // namespace Funnelscope
