#pragma once

#include "eventtable.h"
#include "store/storeerror.h"

#include <QCache>
#include <QCoreApplication>
#include <QMutex>
#include <QString>

#include <any>
#include <memory>
#include <typeinfo>

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
     * A query asked again on the same data gets the result kept from the last time (the
     * most recent results, up to resultBudget bytes, are kept until the workspace changes).
     */
    template<typename Engine, typename Query, typename Result>
    QString runReport(const Query &query, Result &result)
    {
        const QByteArray key = QByteArray(typeid(Query).name()) + '\n' + query.cacheKey();
        quint64 generation = 0;
        if (const std::any found = cachedResult(key, &generation); found.has_value()) {
            result = std::any_cast<const Result &>(found);
            return QString();
        }
        QString error;
        try {
            const std::shared_ptr<const EventTable> table = tableFor(Engine::propertiesUsed(query), &error);
            if (!table)
                return error;
            error = Engine::validate(*table, query);
            if (error.isEmpty()) {
                result = Engine::run(*table, query);
                keepResult(key, generation, result, Engine::approximateBytes(result));
            }
        } catch (const StoreError &failure) {
            error = failure.message();
        }
        return error;
    }

    /** How many bytes of results are kept for queries asked again. */
    static constexpr qsizetype resultBudget = 64 << 20;

private:
    /** The result kept for @p key, or nothing; @p generation: the data's, to keep a new one with. */
    std::any cachedResult(const QByteArray &key, quint64 *generation);
    /** Keeps @p result unless the data changed since @p generation or it is bigger than the budget. */
    void keepResult(const QByteArray &key, quint64 generation, std::any result, qsizetype bytes);
    void dropResults(); // with mMutex held

    QMutex mMutex;
    QString mPath;
    QString mStamp;
    std::shared_ptr<EventTable> mTable;
    QCache<QByteArray, std::any> mResults{resultBudget};
    quint64 mGeneration = 0; ///< counts the changes of data, for results computed across one
};

} // namespace Funnelscope
