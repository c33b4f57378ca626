#pragma once

#include "codevector.h"
#include "userkeys.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QHash>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Funnelscope {

class Connection;
struct EventOrigins;
struct EventSegment;

/**
 * The events a report needs, in memory as columns sorted by (person, time, import, id the
 * event came under, event id): loaded once from the workspace (its imports' segments,
 * EventSegment) and reused by every report until the workspace changes. Engines are pure
 * functions over it.
 *
 * A "user" here is a person (DESIGN.md): a known user with every anonymous id linked to
 * them, or an anonymous id of its own. Users are numbered 0..userCount()-1 and their
 * events are contiguous (userBegin(u) .. userEnd(u)); userKey() is the person's id. Text columns (device, channel, ..., and source
 * properties) are dictionary-encoded: a code per event (-1: none) into a list of values.
 * Source properties are loaded on demand with loadProperty(), in the same order.
 */
class EventTable
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::EventTable)

public:
    struct TextColumn
    {
        CodeVector codes;
        QStringList values;
        QString valueAt(size_t row) const
        {
            const qint32 code = codes[row];
            return code < 0 ? QString() : values[code];
        }
    };

    /** One event for tables built by hand (tests) or by loaders. */
    struct Row
    {
        QString user;
        qint64 ts = 0;
        QString event;
        QString session;
        QHash<QString, QString> properties; ///< device, channel, ..., revenue and source columns
    };

    /** The mapped fields a report can filter or break down by, besides source columns. */
    static const QStringList &fieldColumns();
    /**
     * Appends @p name to @p names when it is a source property a query reads (not empty,
     * not the event, not a field column) and not there yet: what a report loads first.
     */
    static void addSourceProperty(QStringList &names, const QString &name);
    /** "No event has a property …": the sentence for @p missing properties, naming the fields and @p properties. */
    static QString missingProperties(const QStringList &missing, const QStringList &properties);
    /** The event names, sorted and joined by commas: what a message lists as "its events". */
    QString typeNameList() const { return nameList(mTypeNames); }
    /** @p names sorted and joined by commas, as typeNameList() lists a table's (none: says to import first). */
    static QString nameList(QStringList names);
    /** The dictionary-encoded mapped fields, in the order loaders and builders fill them. */
    static constexpr std::array<const char *, 6> dimensionColumns = {"device", "channel", "country", "product_id",
                                                                      "category", "currency"};

    static EventTable fromRows(std::vector<Row> rows);
    /**
     * Which columns a load reads: all of them, or the users, times and names now and the
     * sessions and text columns when first asked for (sessions(), column()), from the
     * workspace's file (a connection of their own). A funnel or cohort without breakdowns
     * reads none of them: at 100M events they were 15 of a table's 25 bytes an event.
     */
    enum class Columns { All, OnDemand };
    /**
     * Loads every event of the workspace; @p progress gets 0..100 and may cancel. Merges
     * the segments of its imports (a few memory copies). A segment that cannot be read is
     * a damaged workspace (EventRecords::damaged()), also when a column read on demand is.
     */
    static EventTable load(Connection &connection, const std::function<bool(int)> &progress = {},
                           Columns columns = Columns::All);
    /** Steps the events table, ignoring any segment (the reference the segments are checked against). */
    static EventTable loadRows(Connection &connection, const std::function<bool(int)> &progress = {});
    /**
     * Steps the events of import @p importId (all when none) into a table whose users are
     * persons (@p userIds null) or the ids the events came under (their users.id go to
     * @p userIds: an EventSegment, whose rows' @p origins it then fills when given).
     */
    static EventTable stepRows(Connection &connection, std::optional<qint64> importId,
                               const std::function<bool(int)> &progress, std::vector<qint32> *userIds,
                               EventOrigins *origins = nullptr);
    /**
     * The table of persons from imports' segments, in import order: an id counts for the
     * person @p linked holds for it, else for itself; @p keyOf gives the key of a person
     * none of whose own events is in the segments (an identify call linked ids to it).
     */
    static EventTable merge(std::vector<EventSegment> segments, const std::unordered_map<qint32, qint32> &linked,
                            const std::function<QString(qint32)> &keyOf, const QString &workspacePath = {});
    /** Whether every import of the workspace has its segment (a load reads no rows). */
    static bool hasCurrentSnapshot(Connection &connection);

    /**
     * The base columns as bytes, and back (empty when the bytes are not a snapshot of this
     * version); the times, names and sessions read with room for @p room events (merge()).
     */
    QByteArray serialize() const;
    void serialize(QDataStream &stream) const;
    static std::optional<EventTable> deserialize(const QByteArray &bytes);
    static std::optional<EventTable> deserialize(QDataStream &stream, size_t room = 0, Columns columns = Columns::All);
    /**
     * From bytes serialize() wrote: the codes of text column @p name, or the sessions' when
     * @p name is empty, passing over the rest; an empty vector when it has no such column
     * (@p found false); nothing when the bytes are damaged.
     */
    static std::optional<CodeVector> readColumn(QDataStream &stream, const QString &name, bool *found);

    size_t size() const { return mTs.size(); }
    int userCount() const { return int(mUserBegin.size()) - 1; }
    size_t userBegin(int user) const { return mUserBegin[size_t(user)]; }
    size_t userEnd(int user) const { return mUserBegin[size_t(user) + 1]; }
    QString userKey(int user) const { return mUserKeys->at(user); }
    /** Every user's key, shared with the results that name users. */
    const std::shared_ptr<const UserKeys> &userKeys() const { return mUserKeys; }

    qint64 ts(size_t row) const { return mTs[row]; }
    /** The time of the latest event (0 when there is none): where the data ends. */
    qint64 lastTs() const;
    qint32 type(size_t row) const { return mType[row]; }
    qint32 session(size_t row) const { return sessions()[row]; }
    /** Every event's session code (-1: none); read when first asked for (Columns::OnDemand). */
    const CodeVector &sessions() const { return mSessionsOnDisk ? gatheredSessions() : mSession->codes; }
    const QStringList &typeNames() const { return mTypeNames; }
    /**
     * Whether rows @p a and @p b of one person are in one session (DESIGN.md, "Paths"):
     * the same session id when both have one, else at most @p gapMs apart (either order).
     */
    bool sameSession(size_t a, size_t b, qint64 gapMs) const
    {
        const CodeVector &codes = sessions();
        if (codes[a] >= 0 && codes[b] >= 0)
            return codes[a] == codes[b];
        return (mTs[a] > mTs[b] ? mTs[a] - mTs[b] : mTs[b] - mTs[a]) <= gapMs;
    }
    /** The code of an event name, or -1 when no event has it. */
    qint32 typeCode(const QString &name) const { return qint32(mTypeNames.indexOf(name)); }

    /** A text column: a field of fieldColumns() or a loaded property; null when unknown. */
    const TextColumn *column(const QString &name) const;
    bool hasColumn(const QString &name) const { return mColumns.contains(name); }
    /**
     * Loads a source property from the events' JSON, once. False when no event has it.
     * Two session properties are derived instead: landing_page, the page of the session's
     * first event that has one (the first of pageProperties() the events carry), and
     * session_channel, the channel of the session's first event that has one; a session is
     * the source's session id, else events at most sessionGapMs apart.
     */
    bool loadProperty(Connection &connection, const QString &name);
    /** loadProperty() for each of @p names, reading the events once; returns the ones no event has. */
    QStringList loadProperties(Connection &connection, const QStringList &names);
    /** landing_page and session_channel: properties of every event of a session. */
    static const QStringList &sessionProperties();
    /** Where a page is read from, in order: page, page_location, url, page_path. */
    static const QStringList &pageProperties();
    /** Without a session id, a pause longer than this starts a new session (GA4's 30 minutes). */
    static constexpr qint64 sessionGapMs = 30 * 60 * 1000;

private:
    /** Adds a column for each source property of @p names that some event has, in one pass over the events. */
    void readSourceProperties(Connection &connection, const QStringList &names);
    /** Adds @p name: each event gets @p source's first value in its session. */
    void addSessionColumn(const QString &name, const TextColumn &source);

    RawVector<qint64> mTs;
    CodeVector mType;
    /** The sessions' codes (its values unused), shared by copies: gathered once when on disk. */
    std::shared_ptr<TextColumn> mSession = std::make_shared<TextColumn>();
    bool mSessionsOnDisk = false;
    LargeVector<size_t> mUserBegin;
    std::shared_ptr<const UserKeys> mUserKeys = std::make_shared<UserKeys>();
    QStringList mTypeNames;
    QHash<QString, std::shared_ptr<TextColumn>> mColumns;
    /** Columns a merge gathers when first asked for (column()); shared by copies. */
    struct PendingColumns;
    std::shared_ptr<PendingColumns> mPending;
    /** Gathers every pending column (before the columns are read all at once). */
    void gatherAll() const;
    /** The sessions, gathered if they are still pending. */
    const CodeVector &gatheredSessions() const;
    /**
     * Makes the sessions and text columns of @p segments pending in @p pending (their codes
     * on disk when the segments were read with Columns::OnDemand, in @p workspacePath).
     */
    static void pendColumns(EventTable &table, std::vector<EventSegment> &segments,
                            const std::shared_ptr<PendingColumns> &pending, const QString &workspacePath);
};

} // namespace Funnelscope
