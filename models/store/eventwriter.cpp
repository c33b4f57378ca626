#include "eventwriter.h"

#include "blobparts.h"
#include "connection.h"
#include "rawvector.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace Funnelscope {

using Dictionary = EventEncoder::Dictionary;

namespace {

/**
 * INSERT OR FAIL INTO @p table VALUES (?, ...) for @p rows rows of @p columns. OR FAIL:
 * a statement of several rows that may abort keeps a statement journal of every page it
 * changes (in a temporary file: 3 GB of writes for a million events) to undo just itself;
 * one that fails instead keeps nothing, and a failure ends the import's transaction anyway.
 */
std::string valuesSql(const char *table, int columns, int rows)
{
    std::string sql = std::string("INSERT OR FAIL INTO ") + table + " VALUES ";
    for (int row = 0; row < rows; ++row) {
        sql += row ? ",(" : "(";
        for (int column = 0; column < columns; ++column)
            sql += column ? ",?" : "?";
        sql += ')';
    }
    return sql;
}

/** INSERT OR IGNORE INTO identity_links for @p rows (alias, person) pairs of import @p importId. */
std::string linksSql(qint64 importId, int rows)
{
    std::string sql = "INSERT OR IGNORE INTO identity_links (alias_id, person_id, import_id) VALUES ";
    for (int row = 0; row < rows; ++row)
        sql += (row ? ",(?,?," : "(?,?,") + std::to_string(importId) + ')';
    return sql;
}

} // namespace

EventWriter::EventWriter(Connection &connection, qint64 importId, const QString &besidePath, bool keysExpected)
    : mConnection(connection)
    , mImportId(importId)
    , mStoredKeys(besidePath.isEmpty() || !keysExpected
                      ? std::future<std::optional<DedupSet::Stored>>()
                      : std::async(std::launch::async, [besidePath, importId]() -> std::optional<DedupSet::Stored> {
                            try {
                                Connection reader(besidePath, Connection::Mode::ReadOnly);
                                return DedupSet::index(readKeys(reader, importId));
                            } catch (const StoreError &) {
                                return std::nullopt; // read through the writer's connection instead
                            }
                        }))
    , mEncoder(std::make_unique<EventEncoder>(connection, besidePath))
    , mInsertValues{ValueInsert(connection, "users (id, anonymous, key)", ValueInsert::Middle::Anonymous),
                    ValueInsert(connection, "event_types (id, name)", ValueInsert::Middle::None),
                    ValueInsert(connection, "sessions (id, key)", ValueInsert::Middle::None),
                    ValueInsert(connection, "dimension_values (id, field, value)", ValueInsert::Middle::Field)}
    , mKeyTexts(connection, importId)
    , mPropertyTexts(connection, importId, EventTexts::Kind::Properties)
    , mInsertLink(connection, linksSql(importId, 1))
    , mInsertLinks(connection, linksSql(importId, rowsPerInsert))
{
    // The events are not rows (schema 14): each import's are one range of ids, after every
    // other import's. (A removed last import's ids are given again, as SQLite gave rows'.)
    mNextId = mFirstId = mConnection.queryInt("SELECT coalesce(max(last_event_id), 0) + 1 FROM imports");
    mDedup.setIdBase(mFirstId); // the refs probed are mFirstId + offered
    // Read from the tables (parts from before, or none), every key is kept again, from
    // this import on: recordImport() adds those read.
    if (!mEncoder->keysFromParts())
        DictionaryParts::clear(connection);
    mUserParts = std::make_unique<DictionaryParts::Writer>(connection, DictionaryParts::userTable, importId);
    mSessionParts = std::make_unique<DictionaryParts::Writer>(connection, DictionaryParts::sessionTable, importId);
}

EventWriter::~EventWriter() = default;

void EventWriter::prepareKeys(size_t expected)
{
    if (mKeysLoaded) {
        mDedup.reserve(mDedup.size() + expected);
        return;
    }
    // The table holds this import's keys (the stored ones are a sorted array beside it):
    // sized once for those to come, not grown key by key (while it grows the old and the
    // new table are both held).
    mKeysLoaded = true;
    mDedup.reserve(expected);
    std::optional<DedupSet::Stored> stored;
    if (mStoredKeys.valid())
        stored = mStoredKeys.get();
    mDedup.setStored(stored ? std::move(*stored) : DedupSet::index(readKeys(mConnection, mImportId)));
}

DedupSet::Entries EventWriter::readKeys(Connection &connection, qint64 importId)
{
    // Each import's kept keys are sorted (older workspaces kept them nearly sorted): read
    // one after another as runs, each put in order, then merged.
    DedupSet::Entries entries;
    std::vector<size_t> ends;
    std::vector<quint64> piece(size_t(1) << 16);
    const auto endRun = [&entries, &ends] {
        const size_t begin = ends.empty() ? 0 : ends.back();
        if (entries.size() == begin)
            return;
        DedupSet::sortEntries(entries.data() + begin, entries.size() - begin);
        ends.push_back(entries.size());
    };
    const qint64 stored = connection.queryInt("SELECT coalesce(sum(imported), 0) FROM imports WHERE id <> " + std::to_string(importId));
    entries.reserve(size_t(std::max<qint64>(stored, 0)));
    populatePages(entries.data(), entries.capacity() * sizeof(quint64)); // 95 MB at 10M events
    for (const qint64 import : BlobParts::imports(connection, "event_keys")) {
        const std::unique_ptr<QIODevice> kept = BlobParts::reader(connection, "event_keys", import);
        for (qint64 read = 0; (read = kept->read(reinterpret_cast<char *>(piece.data()), qint64(piece.size() * 8))) > 0;)
            entries.insert(entries.end(), piece.begin(), piece.begin() + read / 8);
        endRun();
    }
    // Imports whose keys could not be kept as entries (a workspace from before them): from
    // their texts, by id.
    Statement without(connection, "SELECT id, first_event_id, last_event_id FROM imports WHERE id <> ? "
                                  "AND first_event_id IS NOT NULL AND id NOT IN (SELECT import_id FROM event_keys) "
                                  "AND id IN (SELECT import_id FROM key_texts)");
    without.bind(1, importId);
    EventTexts::Lookup texts(connection);
    while (without.step()) {
        for (qint64 id = without.int64(1); id <= without.int64(2); ++id) {
            const std::string_view key = texts.textOf(id);
            if (!key.empty())
                entries.push_back(DedupSet::entry(DedupSet::hash(key), id));
        }
    }
    endRun();
    DedupSet::mergeRuns(entries, std::move(ends));
    return entries;
}

void EventWriter::recordImport()
{
    flush();
    if (mWritten > 0) {
        Statement range(mConnection, "UPDATE imports SET first_event_id = ?, last_event_id = ? WHERE id = ?");
        range.bind(1, mFirstId);
        range.bind(2, mNextId - 1);
        range.bind(3, mImportId);
        range.exec();
    }
    // The keys of this writer's events: probed into the table under their order of offer
    // (refs from mFirstId, turned into ids), or kept aside for sharing a fingerprint with
    // another key; kept sorted, so the next import reads them as a run it only merges.
    {
        std::vector<quint64> shared;
        shared.reserve(mSharedPrints.size());
        for (const auto &[hash, id] : mSharedPrints)
            shared.push_back(DedupSet::entry(hash, id));
        std::sort(shared.begin(), shared.end());
        mSharedPrints.clear();
        BlobParts::Writer kept(mConnection, "event_keys", mImportId);
        mDedup.takeSorted([this](quint64 entry) { return (entry & 0xffffffff00000000ull) | quint64(idOf(qint64(quint32(entry)))); },
                          shared, [&kept](const quint64 *entries, size_t count) {
                              kept.write(reinterpret_cast<const char *>(entries), qint64(count * sizeof(quint64)));
                          });
        kept.finish();
    } // the table freed before the counts are made (at 10M events it was the import's peak)

    mKeyTexts.finish(mFirstId);
    mPropertyTexts.finish(mFirstId);
    mTypeCounts.store(mConnection, mImportId);

    // The parts hold every key from here on.
    DictionaryParts::Counts counts = mEncoder->keysFromParts() ? mEncoder->partCounts()
                                                               : mEncoder->keepStoredKeys(*mUserParts, *mSessionParts);
    mUserParts->finish();
    mSessionParts->finish();
    mUserParts.reset(); // their megabyte each, before the segment is sorted (the import's peak)
    mSessionParts.reset();
    counts.knownUsers += mAddedKeys.knownUsers;
    counts.anonymousUsers += mAddedKeys.anonymousUsers;
    counts.sessions += mAddedKeys.sessions;
    DictionaryParts::setCounts(mConnection, counts);
}

std::unique_ptr<EventEncoder> EventWriter::finish()
{
    flush();
    mDedup = DedupSet();
    mSharedPrints.clear();
    return std::move(mEncoder);
}

EventWriter::ValueInsert::ValueInsert(Connection &connection, const char *table, Middle middle)
    : middle(middle)
    , columns(middle == Middle::None ? 2 : 3)
    , one(connection, valuesSql(table, columns, 1))
    , many(connection, valuesSql(table, columns, rowsPerInsert))
{
}

void EventWriter::ValueInsert::run(const std::vector<const EventEncoder::NewValue *> &values)
{
    const auto bind = [this](Statement &insert, int first, const EventEncoder::NewValue &value) {
        insert.bind(first + 1, value.id);
        if (middle == Middle::Field)
            insert.bindText(first + 2, EventEncoder::dimensionField(value.dictionary), false);
        else if (middle == Middle::Anonymous)
            insert.bind(first + 2, qint64(value.dictionary == Dictionary::AnonymousUsers ? 1 : 0));
        insert.bindText(first + columns, value.value, false);
    };
    size_t done = 0;
    for (; done + rowsPerInsert <= values.size(); done += rowsPerInsert) {
        for (int row = 0; row < rowsPerInsert; ++row)
            bind(many, row * columns, *values[done + size_t(row)]);
        many.exec();
    }
    for (; done < values.size(); ++done) {
        bind(one, 0, *values[done]);
        one.exec();
    }
}

void EventWriter::addValues(const std::vector<EventEncoder::NewValue> &values)
{
    // A statement a value cost a third of an import's writing (a session or user for
    // every three events): many rows an INSERT, as the events.
    for (const EventEncoder::NewValue &value : values) {
        size_t table = 3;
        switch (value.dictionary) {
        case Dictionary::Users:
            table = 0;
            mUserParts->add(DictionaryParts::userNumber(value.id, false), value.value);
            ++mAddedKeys.knownUsers;
            break;
        case Dictionary::AnonymousUsers:
            table = 0;
            mUserParts->add(DictionaryParts::userNumber(value.id, true), value.value);
            ++mAddedKeys.anonymousUsers;
            break;
        case Dictionary::EventTypes: table = 1; break;
        case Dictionary::Sessions:
            table = 2;
            mSessionParts->add(quint64(value.id), value.value);
            ++mAddedKeys.sessions;
            break;
        default: break;
        }
        mInsertValues[table].waiting.push_back(&value);
    }
    for (ValueInsert &insert : mInsertValues) {
        insert.run(insert.waiting);
        insert.waiting.clear();
    }
}

qint64 EventWriter::idOf(qint64 ref) const
{
    if (ref < mFirstId)
        return ref; // an event stored before this writer: its id
    // This writer's event offered (ref - mFirstId)-th; the duplicates offered before it got no id.
    const auto skipped = std::lower_bound(mSkipped.begin(), mSkipped.end(), ref - mFirstId) - mSkipped.begin();
    return ref - skipped;
}

bool EventWriter::isDuplicate(const EventEncoder::Encoded &event, const std::vector<qint64> &candidates)
{
    const auto same = [&](qint64 id) {
        if (id >= mFirstId)
            return mKeyTexts.at(size_t(id - mFirstId)) == event.dedupKey;
        if (!mStoredKeyTexts)
            mStoredKeyTexts = std::make_unique<EventTexts::Lookup>(mConnection);
        return mStoredKeyTexts->textOf(id) == event.dedupKey;
    };
    for (const qint64 ref : candidates) {
        if (same(idOf(ref)))
            return true;
    }
    const auto [begin, end] = mSharedPrints.equal_range(event.dedupHash);
    return std::any_of(begin, end, [&same](const auto &entry) { return same(entry.second); });
}

bool EventWriter::write(const EventEncoder::Encoded &event)
{
    probeKey(event, mOffered, mCheck);
    return write(event, mCheck);
}

void EventWriter::link(const EventEncoder::Encoded &event)
{
    const qint64 anonymous = event.linkedAnonymous();
    if (anonymous < 0)
        return;
    const std::pair<qint64, qint64> pair{anonymous, event.id(Dictionary::Users)};
    if (pair == mLastLink) // a person's events mostly come together
        return;
    mLastLink = pair;
    if (mLinks.insert(pair).second)
        mNewLinks.push_back(pair);
}

void EventWriter::writeLinks()
{
    size_t done = 0;
    for (; done + rowsPerInsert <= mNewLinks.size(); done += rowsPerInsert) {
        for (int row = 0; row < rowsPerInsert; ++row) {
            mInsertLinks.bind(row * 2 + 1, mNewLinks[done + size_t(row)].first);
            mInsertLinks.bind(row * 2 + 2, mNewLinks[done + size_t(row)].second);
        }
        mInsertLinks.exec();
    }
    for (; done < mNewLinks.size(); ++done) {
        mInsertLink.bind(1, mNewLinks[done].first);
        mInsertLink.bind(2, mNewLinks[done].second);
        mInsertLink.exec();
    }
    mNewLinks.clear();
}

bool EventWriter::write(const EventEncoder::Encoded &event, const KeyCheck &check)
{
    const qint64 offered = mOffered++;
    if (!check.isNew) {
        if (isDuplicate(event, check.candidates)) {
            mSkipped.push_back(offered);
            ++mDuplicates;
            return false;
        }
        // A new key whose fingerprint another key has: later copies are found here.
        mSharedPrints.emplace(event.dedupHash, mNextId);
    }
    ++mNextId;
    mKeyTexts.add(event.dedupKey);
    mPropertyTexts.add(event.properties);
    link(event);
    mTypeCounts.add(event.id(Dictionary::EventTypes), event.timestampMs,
                    event.id(Dictionary::Device) >= 0 || event.id(Dictionary::Channel) >= 0,
                    event.id(Dictionary::AnonymousUsers) >= 0);
    ++mWritten;
    return true;
}

void EventWriter::flush()
{
    if (!mNewLinks.empty())
        writeLinks();
}

} // namespace Funnelscope
