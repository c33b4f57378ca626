#include "identitysummary.h"

#include "blobparts.h"

#include "connection.h"
#include "importlog.h"
#include "statement.h"
#include "storeerror.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <functional>
#include <unordered_set>

namespace Funnelscope {

std::vector<qint32> IdentitySummary::personsOf(Connection &connection)
{
    std::vector<qint32> persons(size_t(connection.queryInt("SELECT coalesce(max(id), 0) + 1 FROM users")));
    for (size_t id = 0; id < persons.size(); ++id)
        persons[id] = qint32(id);
    Statement linked(connection, "SELECT user_id, person_id FROM user_persons WHERE person_id <> user_id");
    while (linked.step()) {
        const qint64 user = linked.int64(0);
        if (user >= 0 && size_t(user) < persons.size())
            persons[size_t(user)] = qint32(linked.int64(1));
    }
    return persons;
}

bool IdentitySummary::isStitching(Connection &connection)
{
    return connection.queryText("SELECT coalesce((SELECT value FROM meta WHERE key = 'identity_stitching'), 'on')")
        != QLatin1String("off");
}

void IdentitySummary::setStitching(Connection &connection, bool on)
{
    Transaction transaction(connection);
    Statement set(connection, "INSERT INTO meta (key, value) VALUES ('identity_stitching', ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    set.bind(1, on ? QStringLiteral("on") : QStringLiteral("off"));
    set.exec();
    ImportLog::bumpContentVersion(connection); // the snapshot's persons change
    transaction.commit();
}

namespace {

using Count = std::function<void(qint64 user, qint64 events)>;

/** Calls @p count for every (users.id, events) pair the imports kept (IdentitySummary::keepUserCounts()). */
void countKept(Connection &connection, const Count &count)
{
    constexpr size_t pairBytes = 2 * sizeof(quint32);
    std::vector<char> bytes(static_cast<size_t>(BlobParts::partBytes)); // not size_t(...): clang reads that as a declaration
    for (const qint64 importId : BlobParts::imports(connection, "import_users")) {
        const std::unique_ptr<QIODevice> device = BlobParts::reader(connection, "import_users", importId);
        size_t filled = 0;
        qint64 got = 0;
        while (device && (got = device->read(bytes.data() + filled, qint64(bytes.size() - filled))) > 0) {
            filled += size_t(got);
            const size_t whole = filled / pairBytes * pairBytes;
            for (size_t at = 0; at < whole; at += pairBytes) {
                quint32 pair[2];
                std::memcpy(pair, bytes.data() + at, pairBytes);
                count(qint64(pair[0]), qint64(pair[1]));
            }
            std::memmove(bytes.data(), bytes.data() + whole, filled - whole);
            filled -= whole;
        }
    }
}

/**
 * Calls @p count for every event (ids below @p users). An import without its counts
 * (from before version 10, or written without them) gets them here, kept for the next
 * time when the workspace can be written: its events are one range of ids, so they come
 * together and one import is counted at a time.
 */
void countRows(Connection &connection, size_t users, const Count &count)
{
    const auto contentVersion = [&connection] {
        return connection.queryText("SELECT coalesce((SELECT value FROM meta WHERE key = 'content_version'), '')");
    };
    const QString readAt = contentVersion();
    std::unordered_set<qint64> uncounted;
    {
        Statement select(connection, "SELECT id FROM imports WHERE users_counted = 0");
        while (select.step())
            uncounted.insert(select.int64(0));
    }
    std::vector<std::pair<qint64, std::vector<quint32>>> made; // import, (users.id, events) pairs
    std::vector<quint32> events(users, 0);
    std::vector<quint32> touched; // the users.id the current import counted
    std::unordered_set<qint64> seenImports;
    qint64 current = -1;
    bool counting = false; // the current import is one of the uncounted
    bool together = true;
    const auto finishImport = [&] {
        if (!counting)
            return;
        std::sort(touched.begin(), touched.end());
        std::vector<quint32> pairs;
        pairs.reserve(touched.size() * 2);
        for (const quint32 user : touched) {
            pairs.push_back(user);
            pairs.push_back(events[user]);
            events[user] = 0;
        }
        touched.clear();
        made.emplace_back(current, std::move(pairs));
    };
    Statement ids(connection, "SELECT import_id, user_id FROM events ORDER BY id");
    while (ids.step()) {
        const qint64 importId = ids.int64(0);
        const qint64 user = ids.int64(1);
        count(user, 1);
        if (importId != current) {
            finishImport();
            if (!seenImports.insert(importId).second)
                together = false; // not one range: counted, not kept
            current = importId;
            counting = uncounted.count(importId) > 0;
        }
        if (!counting) {
            continue;
        } else if (user < 0 || size_t(user) >= events.size()) {
            together = false;
        } else if (events[size_t(user)]++ == 0) {
            touched.push_back(quint32(user));
        }
    }
    finishImport();
    if (!together || made.empty())
        return;
    bool begun = false;
    try {
        // Not when an import or a removal came in between (its ids may be reused), nor
        // inside a caller's transaction, nor waiting for another writer.
        begun = connection.tryExec("BEGIN IMMEDIATE");
        if (!begun || contentVersion() != readAt) {
            if (begun)
                connection.exec("ROLLBACK");
            return;
        }
        for (const auto &[importId, pairs] : made)
            IdentitySummary::keepUserCounts(connection, importId, pairs);
        connection.exec("COMMIT");
    } catch (const StoreError &) {
        // A read-only or full workspace: counted again next time.
        if (begun)
            connection.tryExec("ROLLBACK");
    }
}

} // namespace

IdentitySummary IdentitySummary::load(Connection &connection)
{
    IdentitySummary summary;
    summary.stitching = isStitching(connection);
    summary.knownUsers = connection.queryInt("SELECT count(*) FROM users WHERE anonymous = 0");
    summary.anonymousIds = connection.queryInt("SELECT count(*) FROM users WHERE anonymous = 1");
    summary.linkedIds = connection.queryInt("SELECT count(*) FROM (SELECT alias_id FROM identity_links GROUP BY alias_id "
                                            "HAVING count(DISTINCT person_id) = 1)");
    summary.conflicts = connection.queryInt("SELECT count(*) FROM (SELECT alias_id FROM identity_links GROUP BY alias_id "
                                            "HAVING count(DISTINCT person_id) > 1)");
    // The events' ids, each resolved through the persons' table in memory: as each import
    // counted them by id (import_users: a few bytes a shopper an import), else one pass
    // over the events (about 1 s at 10M; SQL's GROUP BY sorted them: 4.8 s).
    const std::vector<qint32> personOf = personsOf(connection);
    std::vector<bool> seen(personOf.size(), false);
    const auto count = [&](qint64 user, qint64 events) {
        summary.events += events;
        const qint32 person = user >= 0 && size_t(user) < personOf.size() ? personOf[size_t(user)] : qint32(user);
        if (person != user)
            summary.eventsMoved += events;
        if (person >= 0 && size_t(person) < seen.size() && !seen[size_t(person)]) {
            seen[size_t(person)] = true;
            ++summary.persons;
        }
    };
    if (usersCounted(connection))
        countKept(connection, count);
    else
        countRows(connection, personOf.size(), count);
    return summary;
}

void IdentitySummary::keepUserCounts(Connection &connection, qint64 importId, const std::vector<quint32> &pairs)
{
    BlobParts::write(connection, "import_users", importId, reinterpret_cast<const char *>(pairs.data()),
                     qint64(pairs.size() * sizeof(quint32)));
    Statement done(connection, "UPDATE imports SET users_counted = 1 WHERE id = ?");
    done.bind(1, importId);
    done.exec();
}

bool IdentitySummary::usersCounted(Connection &connection)
{
    return connection.queryInt("SELECT count(*) FROM imports WHERE users_counted = 0") == 0;
}

QByteArray IdentitySummary::toJson() const
{
    const QJsonObject object{
        {QStringLiteral("stitching"), stitching},
        {QStringLiteral("persons"), persons},
        {QStringLiteral("known_users"), knownUsers},
        {QStringLiteral("anonymous_ids"), anonymousIds},
        {QStringLiteral("linked_ids"), linkedIds},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("events"), events},
        {QStringLiteral("events_moved"), eventsMoved},
        {QStringLiteral("events_moved_share"), movedShare()},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace Funnelscope
