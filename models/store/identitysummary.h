#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <vector>

namespace Funnelscope {

class Connection;

/**
 * How a workspace's ids become persons (DESIGN.md, Persons): what `funnelscope identities`
 * prints and the Data page shows. Reads the whole events table once (a worker's job on
 * millions of events).
 */
struct IdentitySummary
{
    bool stitching = true;     ///< the workspace counts persons (off: every id is a person)
    qint64 persons = 0;        ///< persons with at least one event
    qint64 knownUsers = 0;     ///< known user ids
    qint64 anonymousIds = 0;   ///< anonymous (device, cookie) ids
    qint64 linkedIds = 0;      ///< ids linked to exactly one known user
    qint64 conflicts = 0;      ///< ids linked to several known users (a shared device): their own person
    qint64 events = 0;
    qint64 eventsMoved = 0;    ///< events counted for a person other than the id they carry

    double movedShare() const { return events > 0 ? double(eventsMoved) / double(events) : 0; }

    static IdentitySummary load(Connection &connection);
    /**
     * Keeps import @p importId's events counted by the id they came under (import_users:
     * @p pairs of users.id and events, 32 bits each) and marks it counted, for load().
     */
    static void keepUserCounts(Connection &connection, qint64 importId, const std::vector<quint32> &pairs);
    /**
     * Whether every import has its events counted by id (import_users): then load() adds
     * up a few bytes a shopper instead of reading every event's id (1 s at 10M events).
     */
    static bool usersCounted(Connection &connection);
    /**
     * The person each user id counts for, by users.id: itself, or the one known user it was
     * linked to (the user_persons view; every id itself with stitching off).
     */
    static std::vector<qint32> personsOf(Connection &connection);
    /** Whether the workspace counts persons (meta identity_stitching, on unless "off"). */
    static bool isStitching(Connection &connection);
    /** Turns stitching on or off; reports computed before no longer count (a new content version). */
    static void setStitching(Connection &connection, bool on);
    /** The figures as JSON (locale-independent), as `identities --json` prints them. */
    QByteArray toJson() const;
};

} // namespace Funnelscope
