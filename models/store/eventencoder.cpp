#include "eventencoder.h"

#include "connection.h"
#include "dedupset.h"
#include "statement.h"
#include "storeerror.h"

#include <algorithm>
#include <cstring>
#include <future>
#include <memory>

namespace Funnelscope {

namespace {

using Dictionary = EventEncoder::Dictionary;

/** Where a dictionary lives: the table, its text column, and which of its rows. */
struct Table
{
    const char *table;
    const char *column;
    const char *where = "";
};

constexpr qint64 maxReservedByHighestId = qint64(1) << 26;

Table tableOf(Dictionary dictionary)
{
    switch (dictionary) {
    case Dictionary::EventTypes: return {"event_types", "name"};
    case Dictionary::Sessions: return {"sessions", "key"};
    default: return {"dimension_values", "value", " WHERE field = ?"};
    }
}

} // namespace

const char *EventEncoder::dimensionField(Dictionary dictionary)
{
    switch (dictionary) {
    case Dictionary::Device: return "device";
    case Dictionary::Channel: return "channel";
    case Dictionary::Country: return "country";
    case Dictionary::Product: return "product";
    case Dictionary::Category: return "category";
    case Dictionary::Currency: return "currency";
    default: return nullptr;
    }
}

EventEncoder::Dictionary EventEncoder::sequenceOf(Dictionary dictionary)
{
    if (dictionary == Dictionary::AnonymousUsers)
        return Dictionary::Users;
    return dimensionField(dictionary) ? Dictionary::Device : dictionary;
}

EventEncoder::EventEncoder(Connection &connection, const QString &besidePath)
{
    // The users' and sessions' keys from their parts when these hold them all.
    const std::optional<DictionaryParts::Counts> parts = DictionaryParts::counts(connection);
    // The users (both dictionaries: one sequence of ids) beside the rest: a second of a
    // million events' import into a workspace of ten million was reading dictionaries.
    const auto isUsers = [](Dictionary dictionary) { return sequenceOf(dictionary) == Dictionary::Users; };
    std::future<bool> users;
    if (!besidePath.isEmpty()) {
        users = std::async(std::launch::async, [this, besidePath, parts] {
            try {
                Connection reader(besidePath, Connection::Mode::ReadOnly);
                loadUsers(reader, parts);
                return true;
            } catch (const StoreError &) {
                return false; // read here instead
            }
        });
    } else {
        loadUsers(connection, parts);
    }
    for (int d = 0; d < dictionaryCount; ++d) {
        if (!isUsers(Dictionary(d)))
            load(connection, Dictionary(d), parts);
    }
    if (users.valid() && !users.get()) {
        mIds[size_t(Dictionary::Users)] = StringIds();
        mIds[size_t(Dictionary::AnonymousUsers)] = StringIds();
        loadUsers(connection, parts);
    }
    if (parts)
        mPartCounts = *parts;
    mFirstNewId = mNextId;
}

void EventEncoder::load(Connection &connection, Dictionary dictionary, const std::optional<DictionaryParts::Counts> &parts)
{
    Q_ASSERT(sequenceOf(dictionary) != Dictionary::Users); // both users' dictionaries: loadUsers()
    const size_t d = size_t(dictionary);
    const Table table = tableOf(dictionary);
    const char *field = dimensionField(dictionary);
    const auto prepared = [&](const std::string &sql) {
        auto statement = std::make_unique<Statement>(connection, sql);
        if (field)
            statement->bindText(1, field);
        return statement;
    };
    // Sized once for what is stored, not grown while it loads (a growth rehashes all). A
    // table of its own has no more values than its highest id (fewer after a removal),
    // which its primary key gives at once: count(*) read all of it (the sessions, 47 MB
    // at 10M events) once more before the values.
    // (Ids far beyond any real dictionary, in a damaged or hand-made file, are counted.)
    const qint64 highest = connection.queryInt(std::string("SELECT coalesce(max(id), 0) FROM ") + table.table);
    // Tables shared by several dictionaries have one sequence of ids, kept in the first one's slot.
    if (sequenceOf(dictionary) == dictionary)
        mNextId[d] = highest + 1;
    if (dictionary == Dictionary::Sessions && parts) {
        mSessionsFromParts = loadSessionParts(connection, *parts, highest);
        if (mSessionsFromParts)
            return;
    }
    if (!field && highest >= 0 && highest <= maxReservedByHighestId) {
        mIds[d].reserve(size_t(highest));
    } else if (const std::unique_ptr<Statement> count = prepared("SELECT count(*) FROM " + std::string(table.table) + table.where);
               count->step()) {
        mIds[d].reserve(size_t(count->int64(0)));
    }
    // A damaged workspace may hold a value twice: the first id is the one used.
    const std::unique_ptr<Statement> select = prepared(std::string("SELECT id, ") + table.column + " FROM " + table.table + table.where);
    StringIds::Loader loader(mIds[d]);
    while (select->step())
        loader.add(select->utf8(1), select->int64(0));
    loader.finish();
}

bool EventEncoder::loadSessionParts(Connection &connection, const DictionaryParts::Counts &parts, qint64 highest)
{
    // What the parts hold must be the table: as many keys, the same highest id, none twice.
    StringIds &sessions = mIds[size_t(Dictionary::Sessions)];
    sessions.reserve(size_t(parts.sessions));
    qint64 most = 0;
    qint64 read = 0;
    bool ok = true;
    {
        StringIds::Loader loader(sessions);
        ok = DictionaryParts::read(connection, DictionaryParts::sessionTable, [&](quint64 number, std::string_view key) {
            loader.add(key, qint64(number));
            most = std::max(most, qint64(number));
            ++read;
        });
        loader.finish();
    }
    if (ok && read == parts.sessions && qint64(sessions.size()) == read && most == highest)
        return true;
    sessions = StringIds();
    return false;
}

void EventEncoder::loadUsers(Connection &connection, const std::optional<DictionaryParts::Counts> &parts)
{
    const qint64 highest = connection.queryInt("SELECT coalesce(max(id), 0) FROM users");
    mNextId[size_t(Dictionary::Users)] = highest + 1;
    if (parts) {
        mUsersFromParts = loadUserParts(connection, *parts, highest);
        if (mUsersFromParts)
            return;
    }
    // Known users and anonymous ids share the table: one scan to count each and one to
    // read them, each row to its dictionary (a count and a read per dictionary scanned the
    // table four times).
    StringIds &known = mIds[size_t(Dictionary::Users)];
    StringIds &anonymous = mIds[size_t(Dictionary::AnonymousUsers)];
    Statement count(connection, "SELECT count(*), coalesce(sum(anonymous = 1), 0) FROM users");
    if (count.step()) {
        known.reserve(size_t(count.int64(0) - count.int64(1)));
        anonymous.reserve(size_t(count.int64(1)));
    }
    Statement select(connection, "SELECT id, anonymous, key FROM users");
    StringIds::Loader knownLoader(known);
    StringIds::Loader anonymousLoader(anonymous);
    while (select.step())
        (select.int64(1) == 1 ? anonymousLoader : knownLoader).add(select.utf8(2), select.int64(0));
    knownLoader.finish();
    anonymousLoader.finish();
}

bool EventEncoder::loadUserParts(Connection &connection, const DictionaryParts::Counts &parts, qint64 highest)
{
    StringIds &known = mIds[size_t(Dictionary::Users)];
    StringIds &anonymous = mIds[size_t(Dictionary::AnonymousUsers)];
    known.reserve(size_t(parts.knownUsers));
    anonymous.reserve(size_t(parts.anonymousUsers));
    qint64 most = 0;
    qint64 knownRead = 0;
    qint64 anonymousRead = 0;
    bool ok = true;
    {
        StringIds::Loader knownLoader(known);
        StringIds::Loader anonymousLoader(anonymous);
        ok = DictionaryParts::read(connection, DictionaryParts::userTable, [&](quint64 number, std::string_view key) {
            const auto id = qint64(number >> 1);
            if (number & 1) {
                anonymousLoader.add(key, id);
                ++anonymousRead;
            } else {
                knownLoader.add(key, id);
                ++knownRead;
            }
            most = std::max(most, id);
        });
        knownLoader.finish();
        anonymousLoader.finish();
    }
    if (ok && knownRead == parts.knownUsers && anonymousRead == parts.anonymousUsers
        && qint64(known.size()) == knownRead && qint64(anonymous.size()) == anonymousRead && most == highest)
        return true;
    known = StringIds();
    anonymous = StringIds();
    return false;
}

DictionaryParts::Counts EventEncoder::keepStoredKeys(DictionaryParts::Writer &users, DictionaryParts::Writer &sessions) const
{
    DictionaryParts::Counts kept;
    const qint64 firstNewUser = mFirstNewId[size_t(Dictionary::Users)];
    for (const Dictionary dictionary : {Dictionary::Users, Dictionary::AnonymousUsers}) {
        const bool anonymous = dictionary == Dictionary::AnonymousUsers;
        qint64 &count = anonymous ? kept.anonymousUsers : kept.knownUsers;
        mIds[size_t(dictionary)].forEach([&](qint64 id, std::string_view key) {
            if (id >= firstNewUser)
                return;
            users.add(DictionaryParts::userNumber(id, anonymous), key);
            ++count;
        });
    }
    const qint64 firstNewSession = mFirstNewId[size_t(Dictionary::Sessions)];
    mIds[size_t(Dictionary::Sessions)].forEach([&](qint64 id, std::string_view key) {
        if (id >= firstNewSession)
            return;
        sessions.add(quint64(id), key);
        ++kept.sessions;
    });
    return kept;
}

size_t EventEncoder::recentSlot(std::string_view value)
{
    // The first and the last (up to) 8 bytes, where ids, names and SKUs differ.
    quint64 head = 0;
    quint64 tail = 0;
    std::memcpy(&head, value.data(), std::min<size_t>(value.size(), 8));
    if (value.size() > 8)
        std::memcpy(&tail, value.data() + value.size() - std::min<size_t>(value.size() - 8, 8), std::min<size_t>(value.size() - 8, 8));
    const quint64 mixed = (head * 0x9e3779b97f4a7c15ull) ^ (tail * 0xc2b2ae3d27d4eb4full) ^ value.size();
    return size_t(mixed >> (64 - recentBits));
}

qint64 EventEncoder::idFor(Dictionary dictionary, std::string_view value, std::vector<NewValue> &added)
{
    if (value.empty())
        return -1;
    Last &last = mLast[size_t(dictionary)];
    if (last.id >= 0 && last.value == value)
        return last.id;
    Recent &recent = mRecent[size_t(dictionary)][recentSlot(value)];
    if (recent.size == value.size() && recent.id >= 0 && std::memcmp(recent.value, value.data(), value.size()) == 0) {
        last = {{recent.value, recent.size}, recent.id};
        return recent.id;
    }
    StringIds &ids = mIds[size_t(dictionary)];
    std::string_view stored;
    qint64 id = ids.find(value, &stored);
    if (id < 0) {
        id = mNextId[size_t(sequenceOf(dictionary))]++;
        stored = ids.insert(value, id);
        added.push_back({dictionary, id, stored});
    }
    last = {stored, id};
    recent = {stored.data(), stored.size(), id};
    return id;
}

void EventEncoder::encode(const EventRecord &record, Encoded &encoded, std::vector<NewValue> &added)
{
    encoded.timestampMs = record.timestampMs;
    encoded.linkOnly = record.linkOnly;
    auto &ids = encoded.ids;
    // A user id that repeats the anonymous id is no known user (exports that fill the
    // user column with the anonymous id until login).
    const std::string_view user = record.user == record.anonymousId ? std::string_view() : record.user;
    const qint64 known = idFor(Dictionary::Users, user, added);
    qint64 anonymous = -1;
    if (record.linkOnly && known >= 0 && !record.anonymousId.empty()
        && mIds[size_t(Dictionary::AnonymousUsers)].find(record.anonymousId) < 0) {
        // The id an identity call links may have been the person's distinct id before
        // (Mixpanel's original ID merge without device ids; a Segment alias's previousId):
        // an id of the known namespace when no anonymous id has that text.
        if (const qint64 before = mIds[size_t(Dictionary::Users)].find(record.anonymousId); before >= 0 && before != known)
            anonymous = before;
    }
    if (anonymous < 0)
        anonymous = idFor(Dictionary::AnonymousUsers, record.anonymousId, added);
    ids[size_t(Dictionary::Users)] = known >= 0 ? known : anonymous;
    ids[size_t(Dictionary::AnonymousUsers)] = anonymous;
    if (record.linkOnly) {
        for (size_t d = size_t(Dictionary::EventTypes); d < ids.size(); ++d) {
            if (d != size_t(Dictionary::AnonymousUsers))
                ids[d] = -1;
        }
        encoded.dedupKey = {};
        encoded.properties = {};
        encoded.dedupHash = 0;
        return;
    }
    ids[size_t(Dictionary::EventTypes)] = idFor(Dictionary::EventTypes, record.event, added);
    ids[size_t(Dictionary::Sessions)] = idFor(Dictionary::Sessions, record.session, added);
    ids[size_t(Dictionary::Device)] = idFor(Dictionary::Device, record.device, added);
    ids[size_t(Dictionary::Channel)] = idFor(Dictionary::Channel, record.channel, added);
    ids[size_t(Dictionary::Country)] = idFor(Dictionary::Country, record.country, added);
    ids[size_t(Dictionary::Product)] = idFor(Dictionary::Product, record.product, added);
    ids[size_t(Dictionary::Category)] = idFor(Dictionary::Category, record.category, added);
    ids[size_t(Dictionary::Currency)] = idFor(Dictionary::Currency, record.currency, added);
    encoded.price = record.price;
    encoded.revenue = record.revenue;
    encoded.dedupKey = record.dedupKey;
    encoded.properties = record.properties;
    encoded.dedupHash = record.dedupKey.empty() ? 0 : DedupSet::hash(record.dedupKey);
}

std::vector<std::pair<qint64, std::string_view>> EventEncoder::entryViews(Dictionary dictionary) const
{
    std::vector<std::pair<qint64, std::string_view>> result;
    result.reserve(mIds[size_t(dictionary)].size());
    mIds[size_t(dictionary)].forEach([&result](qint64 id, std::string_view text) { result.emplace_back(id, text); });
    // New values come in the order of their ids, after the stored ones (also mostly in order).
    if (!std::is_sorted(result.begin(), result.end()))
        std::sort(result.begin(), result.end());
    return result;
}

void EventEncoder::clear(Dictionary dictionary)
{
    mIds[size_t(dictionary)] = StringIds();
    mLast[size_t(dictionary)] = Last();
    mRecent[size_t(dictionary)] = {};
}

} // namespace Funnelscope
