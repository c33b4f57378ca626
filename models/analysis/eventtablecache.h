#pragma once

#include "eventtable.h"

#include <QMutex>
#include <QString>

#include <memory>

namespace Funnelscope {

/**
 * The workspace's EventTable, loaded once by the first report that needs it (on that
 * report's thread, on a connection of its own) and extended by the properties later
 * reports read. Shared by the threads of one LocalBackend and guarded by a mutex; a
 * table a report holds is never changed (a property is added to a copy).
 */
class EventTableCache
{
public:
    explicit EventTableCache(const QString &path);

    /** The table with @p properties; the ones no event has are added to @p missing. */
    std::shared_ptr<const EventTable> table(const QStringList &properties, QStringList *missing);

private:
    QMutex mMutex;
    QString mPath;
    std::shared_ptr<EventTable> mTable;
};

} // namespace Funnelscope
