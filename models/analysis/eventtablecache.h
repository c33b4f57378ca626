#pragma once

#include "eventtable.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QMutex>
#include <QString>

#include <memory>

namespace Funnelscope {

/**
 * The workspace's EventTable, loaded once by the first report that needs it and reused
 * until the workspace changes. Reports run in the analysis workers; the
 * cache is shared between them and guarded by a mutex, and every worker reads the
 * workspace on its own connection.
 */
class EventTableCache
{
public:
    /**
     * The workspace and a stamp of its contents: a new path or a new stamp (after an
     * import or a removal) drops the loaded table; the same pair keeps it.
     */
    void setWorkspace(const QString &path, const QString &stamp = QString());
    void invalidate();

    /** The table, loaded on the calling (worker) thread if need be, with @p properties. */
    std::shared_ptr<const EventTable> table(const QStringList &properties, QStringList *missing);
    /** The same, or null with @p error saying which property no event has. */
    std::shared_ptr<const EventTable> tableFor(const QStringList &properties, QString *error);

    /**
     * Runs a report engine (FunnelEngine, CohortEngine) on the table with the properties
     * its query reads. Returns why it could not run, for people, or an empty string.
     */
    template<typename Engine, typename Query, typename Result>
    QString runReport(const Query &query, Result &result)
    {
        QString error;
        try {
            const std::shared_ptr<const EventTable> table = tableFor(Engine::propertiesUsed(query), &error);
            if (!table)
                return error;
            error = Engine::validate(*table, query);
            if (error.isEmpty())
                result = Engine::run(*table, query);
        } catch (const StoreError &failure) {
            error = failure.message();
        }
        return error;
    }

private:
    QMutex mMutex;
    QString mPath;
    QString mStamp;
    std::shared_ptr<EventTable> mTable;
};

} // namespace Funnelscope
