#include "eventtexts.h"

#include "connection.h"
#include "statement.h"
#include "storeerror.h"
#include "varint.h"

#include <QCoreApplication>
#include <QDir>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <unordered_map>
#include <cstring>

namespace Funnelscope {

namespace {

constexpr quint32 magic = 0x544b5346; // "FSKT"
constexpr quint32 version = 1;
constexpr qint64 trailerBytes = 32;   // magic, version, keys, blocks, first id

void appendNumber(std::string &to, quint64 value)
{
    char bytes[10];
    to.append(bytes, size_t(Varint::write(bytes, value) - bytes));
}

template<typename T>
void appendRaw(std::string &to, T value)
{
    const T little = qToLittleEndian(value);
    to.append(reinterpret_cast<const char *>(&little), sizeof(T));
}

template<typename T>
T readRaw(const char *at)
{
    T value;
    std::memcpy(&value, at, sizeof(T));
    return qFromLittleEndian(value);
}

/** Reads [@p begin, @p end) of @p device into @p to; false when it cannot. */
bool readRange(QIODevice &device, qint64 begin, qint64 end, std::string &to)
{
    to.resize(size_t(std::max<qint64>(0, end - begin)));
    return end >= begin && device.seek(begin) && device.read(to.data(), end - begin) == end - begin;
}

StoreError damaged(const Connection &connection, EventTexts::Kind kind, qint64 importId)
{
    const QString message = kind == EventTexts::Kind::DedupKeys
        ? QCoreApplication::translate("Funnelscope::EventTexts", "%1: the event ids of import %2 cannot be read; "
                                                                 "the workspace is damaged.")
        : QCoreApplication::translate("Funnelscope::EventTexts", "%1: the properties of the events of import %2 cannot be "
                                                                 "read; the workspace is damaged.");
    return StoreError(StoreError::Kind::Corrupt, message.arg(QDir::toNativeSeparators(connection.path())).arg(importId));
}

} // namespace

bool EventTexts::Block::decode(const char *begin, const char *end)
{
    text.clear();
    keys.clear();
    size_t previous = 0; // the length of the key before (a prefix of it is shared)
    for (const char *at = begin; at < end;) {
        quint64 shared = 0;
        quint64 rest = 0;
        if (!Varint::read(at, end, shared) || !Varint::read(at, end, rest) || shared > previous
            || rest > quint64(end - at) || keys.size() == blockKeys)
            return false;
        const size_t start = text.size();
        if (shared > 0)
            text.append(text, keys.back().first, size_t(shared));
        text.append(at, size_t(rest));
        at += rest;
        keys.emplace_back(start, size_t(shared + rest));
        previous = size_t(shared + rest);
    }
    return true;
}

EventTexts::Writer::Writer(Connection &connection, qint64 importId, Kind kind)
    : mConnection(connection)
    , mImportId(importId)
    , mKind(kind)
    , mParts(std::make_unique<BlobParts::Writer>(connection, tableOf(kind), importId, BlobParts::Writer::Storing::Inline, partBytes))
{
}

EventTexts::Writer::~Writer() = default;

void EventTexts::Writer::add(std::string_view key)
{
    // Events without a key before the first with one are counted, not written: an import
    // of events without keys writes nothing.
    if (!mAnyKey) {
        if (key.empty()) {
            ++mLeadingEmpty;
            return;
        }
        mAnyKey = true;
        for (size_t i = 0; i < mLeadingEmpty; ++i)
            encode({});
    }
    encode(key);
}

void EventTexts::Writer::encode(std::string_view key)
{
    if (mCount % blockKeys == 0) {
        mBlocks.push_back(quint64(mHanded) + mTail.size());
        mPrevious.clear();
    }
    size_t shared = 0;
    const size_t most = std::min(key.size(), mPrevious.size());
    while (shared < most && key[shared] == mPrevious[shared])
        ++shared;
    appendNumber(mTail, shared);
    appendNumber(mTail, key.size() - shared);
    mTail.append(key.substr(shared));
    mPrevious.assign(key);
    ++mCount;
    // Whole parts only: each is stored as it is handed over, so all handed is readable.
    if (qint64(mTail.size()) >= partBytes)
        hand(partBytes);
}

void EventTexts::Writer::hand(qint64 bytes)
{
    if (mParts->write(mTail.data(), bytes) != bytes)
        mParts->rethrow();
    mTail.erase(0, size_t(bytes));
    mHanded += bytes;
}

std::string_view EventTexts::Writer::at(size_t index)
{
    if (!mAnyKey)
        return {};
    const size_t block = index / blockKeys;
    // A block decoded while it was the last may have grown since: decoded again when the
    // key asked for came after.
    if (block != mBlockIndex || index % blockKeys >= mBlock.keys.size()) {
        const qint64 begin = qint64(mBlocks[block]);
        const qint64 end = block + 1 < mBlocks.size() ? qint64(mBlocks[block + 1]) : mHanded + qint64(mTail.size());
        std::string bytes;
        if (begin < mHanded) {
            if (mStoredHanded != mHanded) {
                mStored = BlobParts::reader(mConnection, tableOf(mKind), mImportId);
                mStoredHanded = mHanded;
            }
            if (!mStored || !readRange(*mStored, begin, std::min(end, mHanded), bytes))
                throw damaged(mConnection, mKind, mImportId);
        }
        const qint64 fromTail = std::max(begin, mHanded);
        if (end > fromTail)
            bytes.append(mTail, size_t(fromTail - mHanded), size_t(end - fromTail));
        if (!mBlock.decode(bytes.data(), bytes.data() + bytes.size()))
            throw damaged(mConnection, mKind, mImportId);
        mBlockIndex = block;
    }
    return mBlock[index % blockKeys];
}

void EventTexts::Writer::finish(qint64 firstId)
{
    if (!mAnyKey) {
        mParts->discard(); // events without keys keep no part
        return;
    }
    for (const quint64 offset : mBlocks)
        appendRaw(mTail, offset);
    appendRaw(mTail, magic);
    appendRaw(mTail, version);
    appendRaw(mTail, quint64(mCount));
    appendRaw(mTail, quint64(mBlocks.size()));
    appendRaw(mTail, qint64(firstId));
    hand(qint64(mTail.size()));
    mParts->finish();
}

struct EventTexts::Lookup::Import
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 importId = 0;
    Kind kind = Kind::DedupKeys;
    bool opened = false;
    std::unique_ptr<BlobParts::Reader> parts; ///< null: it keeps none
    std::vector<quint64> blocks;
    qint64 blocksEnd = 0;
    Block block;
    size_t blockIndex = size_t(-1);

    /** Reads the directory; parts stays null when the import keeps none. Throws for one that cannot be read. */
    void open(Connection &connection)
    {
        opened = true;
        parts = BlobParts::reader(connection, tableOf(kind), importId);
        if (!parts)
            return;
        std::string trailer;
        const qint64 size = parts->size();
        if (size < trailerBytes || !readRange(*parts, size - trailerBytes, size, trailer)
            || readRaw<quint32>(trailer.data()) != magic || readRaw<quint32>(trailer.data() + 4) != version
            || readRaw<quint64>(trailer.data() + 8) != quint64(last - first + 1)
            || readRaw<qint64>(trailer.data() + 24) != first)
            throw damaged(connection, kind, importId);
        const quint64 count = readRaw<quint64>(trailer.data() + 16);
        blocksEnd = size - trailerBytes - qint64(count * sizeof(quint64));
        std::string directory;
        if (count > quint64(size) / sizeof(quint64) || count != (quint64(last - first) / blockKeys) + 1 || blocksEnd < 0
            || !readRange(*parts, blocksEnd, size - trailerBytes, directory))
            throw damaged(connection, kind, importId);
        blocks.resize(size_t(count));
        for (size_t b = 0; b < blocks.size(); ++b) {
            blocks[b] = readRaw<quint64>(directory.data() + b * sizeof(quint64));
            if (blocks[b] > quint64(blocksEnd) || (b > 0 && blocks[b] < blocks[b - 1]))
                throw damaged(connection, kind, importId);
        }
    }
};

EventTexts::Lookup::Lookup(Connection &connection, Kind kind)
    : mConnection(connection)
    , mKind(kind)
{
    Statement select(connection, std::string("SELECT id, first_event_id, last_event_id FROM imports WHERE first_event_id "
                                             "IS NOT NULL AND id IN (SELECT import_id FROM ")
                                     + tableOf(kind) + ") ORDER BY first_event_id");
    while (select.step()) {
        auto import = std::make_unique<Import>();
        import->importId = select.int64(0);
        import->kind = kind;
        import->first = select.int64(1);
        import->last = select.int64(2);
        mImports.push_back(std::move(import));
    }
}

EventTexts::Lookup::~Lookup() = default;

EventTexts::Lookup::Import *EventTexts::Lookup::importOf(qint64 id)
{
    const auto after = std::upper_bound(mImports.begin(), mImports.end(), id,
                                        [](qint64 wanted, const std::unique_ptr<Import> &import) { return wanted < import->first; });
    if (after == mImports.begin())
        return nullptr;
    Import *import = std::prev(after)->get();
    if (id > import->last)
        return nullptr;
    if (!import->opened)
        import->open(mConnection);
    return import->parts ? import : nullptr;
}

void EventTexts::Lookup::release()
{
    for (const std::unique_ptr<Import> &import : mImports) {
        if (import->parts)
            import->parts->closeBlob();
    }
}

std::string_view EventTexts::Lookup::textOf(qint64 id)
{
    if (Import *import = importOf(id)) {
        const size_t index = size_t(id - import->first);
        const size_t block = index / blockKeys;
        if (block != import->blockIndex) {
            std::string bytes;
            const qint64 end = block + 1 < import->blocks.size() ? qint64(import->blocks[block + 1]) : import->blocksEnd;
            if (block >= import->blocks.size() || !readRange(*import->parts, qint64(import->blocks[block]), end, bytes)
                || !import->block.decode(bytes.data(), bytes.data() + bytes.size()))
                throw damaged(mConnection, mKind, import->importId);
            import->blockIndex = block;
        }
        if (index % blockKeys >= import->block.keys.size())
            throw damaged(mConnection, mKind, import->importId);
        return import->block[index % blockKeys];
    }
    return {}; // an import that keeps none: none of its events has one
}

namespace {

/**
 * A connection's two text functions, registered once and never replaced (SQLite refuses
 * to replace a function while any statement of the connection runs): each names the
 * Lookup of the innermost Function alive, or none.
 */
struct Slots
{
    sqlite3 *handle = nullptr;
    std::array<EventTexts::Lookup *, 2> current{};
};

std::mutex slotsMutex;
std::unordered_map<sqlite3 *, Slots *> slotsByHandle;

void forgetSlots(void *data)
{
    auto *slots = static_cast<Slots *>(data);
    const std::lock_guard lock(slotsMutex);
    slotsByHandle.erase(slots->handle);
    delete slots;
}

/**
 * Sets @p context's result to the text that the lookup @p find gives (null: none to read
 * through) holds for the id @p argument: NULL for none, a damaged part's sentence as the
 * error. No blob stays open after the call: an open one would keep the connection in one
 * read transaction, blind to later imports (the shell's) and holding off checkpoints.
 */
template<typename Find>
void resultText(sqlite3_context *context, sqlite3_value *argument, Find find)
{
    try {
        EventTexts::Lookup *lookup = find();
        if (!lookup) {
            sqlite3_result_error(context, "an event's texts are read through EventTexts::Function", -1);
            return;
        }
        const std::string_view text = lookup->textOf(sqlite3_value_int64(argument));
        lookup->release();
        if (text.empty())
            sqlite3_result_null(context);
        else
            sqlite3_result_text(context, text.data(), int(text.size()), SQLITE_TRANSIENT);
    } catch (const StoreError &error) {
        const QByteArray message = error.message().toUtf8();
        sqlite3_result_error(context, message.constData(), int(message.size()));
    }
}

template<EventTexts::Kind kind>
void eventText(sqlite3_context *context, int, sqlite3_value **arguments)
{
    resultText(context, arguments[0], [context] { return static_cast<Slots *>(sqlite3_user_data(context))->current[size_t(kind)]; });
}

/** @p connection's slots, registering its functions the first time. */
Slots &slotsOf(Connection &connection)
{
    sqlite3 *handle = connection.handle();
    {
        const std::lock_guard lock(slotsMutex);
        if (const auto found = slotsByHandle.find(handle); found != slotsByHandle.end())
            return *found->second;
    }
    auto *slots = new Slots{handle, {}};
    {
        const std::lock_guard lock(slotsMutex);
        slotsByHandle.emplace(handle, slots);
    }
    // The second function's registration frees the slots when the connection closes.
    int rc = sqlite3_create_function_v2(handle, "event_key", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, slots,
                                        eventText<EventTexts::Kind::DedupKeys>, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(handle, "event_properties", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, slots,
                                        eventText<EventTexts::Kind::Properties>, nullptr, nullptr, forgetSlots);
    else
        forgetSlots(slots);
    if (rc != SQLITE_OK)
        connection.fail(rc, "registering an event's text functions");
    return *slots;
}

/** The functions of a connection without Functions: lookups made again when the file changed. */
struct Standalone
{
    explicit Standalone(sqlite3 *handle)
        : connection(handle)
    {
    }
    Connection connection;
    std::array<std::unique_ptr<EventTexts::Lookup>, 2> lookups;
    int dataVersion = 0;
    sqlite3_int64 changes = -1;

    EventTexts::Lookup &lookup(EventTexts::Kind kind)
    {
        sqlite3 *handle = connection.handle();
        int version = 0;
        sqlite3_file_control(handle, "main", SQLITE_FCNTL_DATA_VERSION, &version);
        const sqlite3_int64 now = sqlite3_total_changes64(handle);
        if (version != dataVersion || now != changes) {
            lookups = {};
            dataVersion = version;
            changes = now;
        }
        std::unique_ptr<EventTexts::Lookup> &found = lookups[size_t(kind)];
        if (!found)
            found = std::make_unique<EventTexts::Lookup>(connection, kind);
        return *found;
    }
};

template<EventTexts::Kind kind>
void standaloneText(sqlite3_context *context, int, sqlite3_value **arguments)
{
    resultText(context, arguments[0], [context] { return &static_cast<Standalone *>(sqlite3_user_data(context))->lookup(kind); });
}

} // namespace

void EventTexts::registerStandalone(sqlite3 *handle)
{
    auto *standalone = new Standalone(handle);
    int rc = sqlite3_create_function_v2(handle, "event_key", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, standalone,
                                        standaloneText<Kind::DedupKeys>, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(handle, "event_properties", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, standalone,
                                        standaloneText<Kind::Properties>, nullptr, nullptr,
                                        [](void *data) { delete static_cast<Standalone *>(data); });
    else
        delete standalone;
    if (rc != SQLITE_OK)
        Connection(handle).fail(rc, "registering an event's text functions");
}

EventTexts::Function::Function(Connection &connection, Kind kind)
    : mLookup(connection, kind)
    , mSlot(&slotsOf(connection).current[size_t(kind)])
    , mPrevious(*mSlot)
{
    *mSlot = &mLookup;
}

EventTexts::Function::~Function()
{
    *mSlot = mPrevious;
}

} // namespace Funnelscope
