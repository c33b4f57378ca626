#include "importremover.h"

#include "eventrecords.h"
#include "eventsegment.h"

#include "store/connection.h"
#include "store/dictionaryparts.h"
#include "store/foreignkeysoff.h"
#include "store/importlog.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QHash>

#include <string>
#include <vector>

namespace Funnelscope {

namespace {

/** The ids still in use, by table. */
struct UsedIds
{
    std::vector<bool> users;
    std::vector<bool> types;
    std::vector<bool> sessions;

    static void mark(std::vector<bool> &used, qint64 id)
    {
        if (id >= 0 && size_t(id) < used.size())
            used[size_t(id)] = true;
    }
};

/**
 * Marks what import @p importId's events use, from its segment; false when it has none
 * that can be read or it does not hold the import's events (the workspace is damaged).
 */
bool markFromSegment(Connection &connection, qint64 importId, const QHash<QString, qint64> &typeIds, UsedIds &used)
{
    const std::optional<EventSegment> segment = EventSegment::stored(connection, importId);
    if (!segment)
        return false;
    Statement range(connection, "SELECT last_event_id - first_event_id + 1 FROM imports WHERE id = ?");
    range.bind(1, importId);
    const qint64 events = range.step() && !range.isNull(0) ? range.int64(0) : 0;
    if (qint64(segment->table.size()) != events)
        return false;
    // An event's anonymous id is either the id it came under or the alias of one of the
    // import's links (EventWriter::link()), which are marked from the links.
    for (const qint32 id : segment->userIds)
        UsedIds::mark(used.users, id);
    // (A segment's list of names may hold names its events do not have.)
    const QStringList &names = segment->table.typeNames();
    std::vector<bool> namesUsed(size_t(names.size()));
    for (size_t row = 0; row < segment->table.size(); ++row) {
        UsedIds::mark(namesUsed, segment->table.type(row));
        UsedIds::mark(used.sessions, segment->table.session(row));
    }
    for (qsizetype code = 0; code < names.size(); ++code) {
        if (namesUsed[size_t(code)])
            UsedIds::mark(used.types, typeIds.value(names.at(code), -1));
    }
    return true;
}

void deleteRowsOf(Connection &connection, const char *table, qint64 importId)
{
    Statement remove(connection, std::string("DELETE FROM ") + table + " WHERE import_id = ?");
    remove.bind(1, importId);
    remove.exec();
}

} // namespace

void ImportRemover::remove(Connection &connection, qint64 importId)
{
    // Its rows are deleted here, table by table, with foreign keys off (deleting the import
    // with them on scanned every table that refers to imports).
    const ForeignKeysOff foreignKeysOff(connection);
    Transaction transaction(connection);
    ImportLog::bumpContentVersion(connection);
    // Its events are its segment (schema 14): removed with its other parts.
    for (const char *table : {"identity_links", "rejected_rows", "event_segments", "event_keys", "key_texts", "property_texts", "import_types", "import_users"})
        deleteRowsOf(connection, table, importId); // the links: the persons it made are unmade
    Statement deleteImport(connection, "DELETE FROM imports WHERE id = ?");
    deleteImport.bind(1, importId);
    deleteImport.exec();

    // Strings no event uses any more. Ids stay while an event or another import's link
    // names them.
    UsedIds used;
    used.users.resize(size_t(connection.queryInt("SELECT coalesce(max(id), 0) + 1 FROM users")));
    used.types.resize(size_t(connection.queryInt("SELECT coalesce(max(id), 0) + 1 FROM event_types")));
    used.sessions.resize(size_t(connection.queryInt("SELECT coalesce(max(id), 0) + 1 FROM sessions")));
    QHash<QString, qint64> typeIds;
    Statement types(connection, "SELECT id, name FROM event_types");
    while (types.step())
        typeIds.insert(types.text(1), types.int64(0));
    for (const qint64 other : EventSegment::importIds(connection)) {
        if (!markFromSegment(connection, other, typeIds, used))
            throw EventRecords::damaged(connection, other); // nothing is removed
    }
    Statement linked(connection, "SELECT alias_id, person_id FROM identity_links");
    while (linked.step()) {
        UsedIds::mark(used.users, linked.int64(0));
        UsedIds::mark(used.users, linked.int64(1));
    }
    const auto removeUnused = [&connection](const char *table, const std::vector<bool> &stillUsed) {
        Statement all(connection, std::string("SELECT id FROM ") + table);
        Statement remove(connection, std::string("DELETE FROM ") + table + " WHERE id = ?");
        std::vector<qint64> unused;
        while (all.step()) {
            if (size_t(all.int64(0)) >= stillUsed.size() || !stillUsed[size_t(all.int64(0))])
                unused.push_back(all.int64(0));
        }
        for (const qint64 id : unused) {
            remove.bind(1, id);
            remove.exec();
            remove.reset();
        }
    };
    removeUnused("users", used.users);
    removeUnused("event_types", used.types);
    removeUnused("sessions", used.sessions);
    // Rows of both tables are gone, some the removed import added and others still use:
    // the next import reads the tables and keeps every key again.
    DictionaryParts::clear(connection);
    transaction.commit();
}

} // namespace Funnelscope
