#pragma once

#include "dictionaryparts.h"
#include "eventrecord.h"
#include "stringids.h"

#include <QString>

#include <QtGlobal>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace Funnelscope {

class Connection;

/**
 * Replaces an event's repeated strings (user, event name, session, device, ...) by their
 * ids in the workspace's dictionary tables, giving new values the next free id. It
 * touches no database after its constructor, so an import runs it on the parsing thread
 * and the writing thread only stores the new values it lists (EventWriter::addValues()).
 */
class EventEncoder
{
public:
    /**
     * The dictionaries an id belongs to. Users and AnonymousUsers are the two namespaces
     * of the users table (anonymous = 0 or 1), with one sequence of ids.
     */
    enum class Dictionary { Users, EventTypes, Sessions, AnonymousUsers, Device, Channel, Country, Product, Category, Currency };
    static constexpr int dictionaryCount = int(Dictionary::Currency) + 1;
    /** dimension_values.field of a dimension dictionary (Device .. Currency), else nullptr. */
    static const char *dimensionField(Dictionary dictionary);

    /** A value seen for the first time: to be stored with this id. Views into the encoder. */
    struct NewValue
    {
        Dictionary dictionary;
        qint64 id;
        std::string_view value;
    };

    /**
     * An event by ids; -1 for a value not given. Users is the id the event counts under:
     * the known user's, else the anonymous one's; AnonymousUsers the anonymous id it
     * carried (also when it has a known user: that is a link).
     */
    struct Encoded
    {
        qint64 timestampMs = 0;
        std::array<qint64, dictionaryCount> ids{};
        std::optional<double> price;
        std::optional<double> revenue;
        std::string_view dedupKey;
        std::string_view properties;
        quint64 dedupHash = 0; ///< DedupSet::hash(dedupKey) when the key is not empty
        bool linkOnly = false; ///< an identity call: only the link from AnonymousUsers to Users
        qint64 id(Dictionary dictionary) const { return ids[size_t(dictionary)]; }
        /** The anonymous id this event links to a known user, or -1. */
        qint64 linkedAnonymous() const
        {
            const qint64 anonymous = id(Dictionary::AnonymousUsers);
            return anonymous >= 0 && anonymous != id(Dictionary::Users) ? anonymous : -1;
        }
    };

    /**
     * Reads the stored dictionaries. With @p besidePath (the workspace's file, when the
     * caller's transaction has written no values yet), the users load on a thread of their
     * own through a read-only connection of their own while this one loads the rest.
     */
    explicit EventEncoder(Connection &connection, const QString &besidePath = {});

    /** Encodes @p record; values seen for the first time are appended to @p added. */
    void encode(const EventRecord &record, Encoded &encoded, std::vector<NewValue> &added);

    /** Every entry of a dictionary (stored before or added), sorted by id: views into the encoder. */
    std::vector<std::pair<qint64, std::string_view>> entryViews(Dictionary dictionary) const;
    /**
     * Calls @p visit(id, text) for every entry of a dictionary, in no particular order:
     * for the big ones, where a sorted copy of a million views is not needed.
     */
    template<typename Visit>
    void forEachEntry(Dictionary dictionary, Visit visit) const
    {
        mIds[size_t(dictionary)].forEach(visit);
    }
    /** Forgets a dictionary (to free its memory once it is no longer needed). */
    void clear(Dictionary dictionary);
    /** Whether the users' and sessions' keys were read from parts that hold them all (DictionaryParts). */
    bool keysFromParts() const { return mUsersFromParts && mSessionsFromParts; }
    /** What the parts held when they were read. */
    const DictionaryParts::Counts &partCounts() const { return mPartCounts; }
    /** Adds the users' and sessions' keys it read (not those it gave out) to @p users and @p sessions; returns how many. */
    DictionaryParts::Counts keepStoredKeys(DictionaryParts::Writer &users, DictionaryParts::Writer &sessions) const;

private:
    /**
     * Reads one stored dictionary other than the users' (loadUsers()), and its next id,
     * through @p connection; the sessions from their parts when @p parts names them all.
     */
    void load(Connection &connection, Dictionary dictionary, const std::optional<DictionaryParts::Counts> &parts);
    /** Reads both users' dictionaries (known and anonymous) and their next id in one pass. */
    void loadUsers(Connection &connection, const std::optional<DictionaryParts::Counts> &parts);
    /** The sessions from their parts; false (nothing loaded) when they do not match the table. */
    bool loadSessionParts(Connection &connection, const DictionaryParts::Counts &parts, qint64 highest);
    /** Both users' dictionaries from their parts; false (nothing loaded) when they do not match the table. */
    bool loadUserParts(Connection &connection, const DictionaryParts::Counts &parts, qint64 highest);
    qint64 idFor(Dictionary dictionary, std::string_view value, std::vector<NewValue> &added);
    /** The dictionary whose id sequence @p dictionary uses (users share one, dimensions another). */
    static Dictionary sequenceOf(Dictionary dictionary);

    std::array<StringIds, dictionaryCount> mIds;
    /** The last value looked up in each dictionary: exports often repeat a user's or session's. */
    struct Last
    {
        std::string_view value; // stored in mIds (stable)
        qint64 id = -1;
    };
    std::array<Last, dictionaryCount> mLast;
    /**
     * The values looked up lately in each dictionary, by a hash of their first and last
     * bytes: an event's name, device, channel, country, product and category come from a
     * few dozen or thousand values, found here without the dictionary's hash and probe
     * (those were two thirds of the encoding thread's time).
     */
    struct Recent
    {
        const char *value = nullptr; // stored in mIds (stable)
        size_t size = 0;
        qint64 id = -1;
    };
    static constexpr int recentBits = 9;
    static size_t recentSlot(std::string_view value);
    std::vector<std::array<Recent, size_t(1) << recentBits>> mRecent = std::vector<std::array<Recent, size_t(1) << recentBits>>(dictionaryCount);
    std::array<qint64, dictionaryCount> mNextId{};
    /** The first id this encoder gave (of the users' and the sessions' sequences): keys below it were read (keepStoredKeys()). */
    std::array<qint64, dictionaryCount> mFirstNewId{};
    bool mUsersFromParts = false;
    bool mSessionsFromParts = false;
    DictionaryParts::Counts mPartCounts; ///< what the parts held when read
};

} // namespace Funnelscope
