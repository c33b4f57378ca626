#include "eventtablebuilder.h"

#include "eventorigins.h"
#include "parallel.h"
#include "snapshotformat.h"

#include <QDataStream>
#include <QDir>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <tuple>

namespace Funnelscope {

namespace {

using Entries = std::vector<std::pair<qint64, std::string_view>>;

/** Dense codes for ids: the rank of each id among a dictionary's sorted ids. */
class Ranks
{
public:
    explicit Ranks(const Entries &entries)
    {
        qint64 maxId = 0;
        for (const auto &entry : entries)
            maxId = std::max(maxId, entry.first);
        mCodes.assign(size_t(maxId) + 1, -1);
        for (size_t i = 0; i < entries.size(); ++i)
            mCodes[size_t(entries[i].first)] = qint32(i);
    }
    qint32 operator()(qint32 id) const { return id < 0 || size_t(id) >= mCodes.size() ? -1 : mCodes[size_t(id)]; }

private:
    std::vector<qint32> mCodes;
};

QStringList texts(const Entries &entries)
{
    QStringList result;
    result.reserve(qsizetype(entries.size()));
    for (const auto &entry : entries)
        result.append(QString::fromUtf8(entry.second.data(), qsizetype(entry.second.size())));
    return result;
}

/**
 * Calls @p fill(begin, end, to) for the rows [0, @p count) a piece at a time, the rows of a
 * piece split across the cores (Parallel::forRanges(): a row's value is gathered from a
 * column in the order of arrival, a cache miss each, and the import's last phase has a
 * core to spare), @p to being where the piece's row @p begin goes in a buffer of
 * @p rowBytes a row; writes each piece to @p stream.
 */
template<typename Fill>
void writePieces(QDataStream &stream, size_t count, size_t rowBytes, Fill fill)
{
    constexpr size_t piece = size_t(1) << 18; // 2 MB of times: the import's peak is at its end
    RawVector<char> buffer(std::min(count, piece) * rowBytes); // its pages made in one call (not zeroed a fault at a time)
    for (size_t begin = 0; begin < count; begin += piece) {
        const size_t end = std::min(count, begin + piece);
        Parallel::forRanges(end - begin, [&](int, size_t from, size_t to) {
            fill(begin + from, begin + to, buffer.data() + from * rowBytes);
        });
        stream.writeRawData(buffer.data(), int((end - begin) * rowBytes));
    }
}

template<typename From, typename To>
void writeGatheredAs(QDataStream &stream, size_t count, const CodeVector &from, const quint32 *order, const Ranks *ranks)
{
    const auto *source = reinterpret_cast<const From *>(from.bytes().data());
    writePieces(stream, count, sizeof(To), [source, order, ranks](size_t begin, size_t end, char *to) {
        for (size_t row = begin; row < end; ++row, to += sizeof(To)) {
            const qint32 code = source[order[row]];
            const To value = To(ranks ? (*ranks)(code) : code);
            std::memcpy(to, &value, sizeof value);
        }
    });
}

template<typename From>
void writeGatheredFrom(QDataStream &stream, size_t count, int width, const CodeVector &from, const quint32 *order, const Ranks *ranks)
{
    switch (width) {
    case 1: return writeGatheredAs<From, qint8>(stream, count, from, order, ranks);
    case 2: return writeGatheredAs<From, qint16>(stream, count, from, order, ranks);
    default: return writeGatheredAs<From, qint32>(stream, count, from, order, ranks);
    }
}

/**
 * Writes the codes of @p from in @p order (arrival index by row), each through @p ranks
 * when given, @p width bytes each, with both widths known in the loop (a width's switch
 * per code read and per code written was most of the import's last phase).
 */
void writeGathered(QDataStream &stream, size_t count, int width, const CodeVector &from, const quint32 *order,
                   const Ranks *ranks = nullptr)
{
    SnapshotFormat::writeCodesHeader(stream, width, count);
    switch (from.width()) {
    case 1: return writeGatheredFrom<qint8>(stream, count, width, from, order, ranks);
    case 2: return writeGatheredFrom<qint16>(stream, count, width, from, order, ranks);
    default: return writeGatheredFrom<qint32>(stream, count, width, from, order, ranks);
    }
}

} // namespace

EventTableBuilder::EventTableBuilder(const QString &directory)
    : mSpill(QDir(directory).filePath(QStringLiteral(".funnelscope-import-XXXXXX")))
{
    mFailed = !mSpill.open();
    mTs.reserve(chunkEvents);
    for (size_t column = User; column < ColumnCount; ++column)
        mCodes[column].reserve(chunkEvents);
}

EventTableBuilder::~EventTableBuilder() = default;

qint32 EventTableBuilder::Numbers::code(const std::optional<double> &value)
{
    if (!value || std::isnan(*value))
        return -1;
    if (lastCode < 0 || *value != last) { // runs of one value are common (a product's price)
        auto found = index.find(*value);
        if (found == index.end()) {
            found = index.emplace(*value, qint32(values.size())).first;
            values.push_back(*value);
        }
        last = *value;
        lastCode = found->second;
    }
    return lastCode;
}

void EventTableBuilder::append(const EventEncoder::Encoded &event)
{
    using Dictionary = EventEncoder::Dictionary;
    // Ids are -1 (none) to 2^31 - 1: one outside is remembered, not cut to 32 bits.
    bool beyond = false;
    const auto code = [&beyond](qint64 id) {
        beyond = beyond || quint64(id + 1) > (quint64(1) << 31);
        return qint32(id);
    };
    mTs.push_back(event.timestampMs);
    mCodes[User].push_back(code(event.id(Dictionary::Users)));
    mCodes[Type].push_back(code(event.id(Dictionary::EventTypes)));
    mCodes[Session].push_back(code(event.id(Dictionary::Sessions)));
    for (size_t d = 0; d < dimensionCount; ++d)
        mCodes[FirstDimension + d].push_back(code(event.id(dimensionDictionaries[d])));
    mCodes[Price].push_back(mPrice.code(event.price));
    mCodes[Revenue].push_back(mRevenue.code(event.revenue));
    mCodes[Anonymous].push_back(code(event.id(Dictionary::AnonymousUsers)));
    if (beyond) {
        mIdsTooLarge = true;
        mFailed = true;
    }
    ++mCount;
    if (mTs.size() == chunkEvents)
        spill();
}

void EventTableBuilder::spill()
{
    if (mTs.empty())
        return;
    const auto put = [this](Column column, const char *bytes, size_t size, int width) {
        mChunks[column].push_back({mSpill.pos(), width, mTs.size()});
        mFailed = mFailed || mSpill.write(bytes, qint64(size)) != qint64(size);
    };
    if (!mFailed) {
        put(Ts, reinterpret_cast<const char *>(mTs.data()), mTs.size() * sizeof(qint64), int(sizeof(qint64)));
        for (size_t column = User; column < ColumnCount; ++column) {
            const std::vector<qint32> &codes = mCodes[column];
            const auto [low, high] = std::minmax_element(codes.begin(), codes.end());
            const int width = std::max(CodeVector::widthFor(*low), CodeVector::widthFor(*high));
            mNarrow.resize(codes.size() * size_t(width));
            switch (width) {
            case 1: std::copy(codes.begin(), codes.end(), reinterpret_cast<qint8 *>(mNarrow.data())); break;
            case 2: std::copy(codes.begin(), codes.end(), reinterpret_cast<qint16 *>(mNarrow.data())); break;
            default: std::memcpy(mNarrow.data(), codes.data(), mNarrow.size()); break;
            }
            put(Column(column), mNarrow.data(), mNarrow.size(), width);
        }
    }
    mTs.clear();
    for (std::vector<qint32> &codes : mCodes)
        codes.clear();
}

bool EventTableBuilder::readChunk(const Chunk &chunk, char *to)
{
    const qint64 bytes = qint64(chunk.count) * chunk.width;
    mFailed = mFailed || !mSpill.seek(chunk.offset) || mSpill.read(to, bytes) != bytes;
    return !mFailed;
}

RawVector<qint64> EventTableBuilder::readTimes()
{
    RawVector<qint64> times;
    times.resize(mCount); // every element read below (not zeroed first: 95 MB at 10M events)
    size_t at = 0;
    for (const Chunk &chunk : mChunks[Ts]) {
        if (!readChunk(chunk, reinterpret_cast<char *>(times.data() + at)))
            break;
        at += chunk.count;
    }
    std::fill(times.begin() + qsizetype(std::min(at, mCount)), times.end(), 0); // a failed read (write() fails)
    return times;
}

CodeVector EventTableBuilder::readCodes(Column column)
{
    // As wide as the widest piece from the start, each piece read into its place; one
    // narrower (the first ids of a dictionary) is widened on the way.
    int width = 1;
    for (const Chunk &chunk : mChunks[column])
        width = std::max(width, chunk.width);
    RawVector<char> bytes;
    bytes.resize(mCount * size_t(width));
    RawVector<char> narrow;
    size_t at = 0;
    for (const Chunk &chunk : mChunks[column]) {
        char *to = bytes.data() + at * size_t(width);
        if (chunk.width == width) {
            if (!readChunk(chunk, to))
                break;
        } else {
            narrow.resize(chunk.count * size_t(chunk.width));
            CodeVector piece;
            if (!readChunk(chunk, narrow.data()) || !piece.setBytes(chunk.width, std::move(narrow)))
                break;
            for (size_t i = 0; i < piece.size(); ++i)
                CodeVector::store(to + i * size_t(width), width, piece[i]);
            narrow = piece.takeBytes();
        }
        at += chunk.count;
    }
    CodeVector codes;
    if (at != mCount || !codes.setBytes(width, std::move(bytes))) {
        mFailed = true; // write() fails; until then, codes of none to sort and write
        codes.assign(mCount, CodeVector::highestOf(width));
    }
    return codes;
}

bool EventTableBuilder::write(std::unique_ptr<EventEncoder> encoder, QIODevice &device)
{
    using Dictionary = EventEncoder::Dictionary;
    encoder->clear(Dictionary::Sessions); // the snapshot has their ids only
    spill();
    mSpill.flush();
    // A segment's users are the ids the events came under (EventSegment). Duplicates the
    // writer skipped are left out: their id is set to none.
    CodeVector users = readCodes(User);
    for (const size_t index : mDropped)
        users.set(index, -1);
    const size_t count = mCount - mDropped.size();
    const std::vector<size_t> dropped = std::move(mDropped); // in increasing order
    mDropped = {};
    if (mFailed)
        return false;

    // Sorted by user id, then time, then event id (the order of arrival): counting sort
    // by user keeps arrival order within a user, a stable sort by time finishes it.
    qint32 maxUser = 0;
    for (size_t i = 0; i < mCount; ++i)
        maxUser = std::max(maxUser, users[i]);
    RawVector<quint32> start(size_t(maxUser) + 2, 0);
    for (size_t i = 0; i < mCount; ++i) {
        if (users[i] >= 0)
            ++start[size_t(users[i]) + 1];
    }
    for (size_t u = 1; u < start.size(); ++u)
        start[u] += start[u - 1];
    RawVector<quint32> order(count); // each written below; its pages made in one call, not a fault each
    {
        std::vector<quint32> next(start.begin(), start.end() - 1);
        for (size_t i = 0; i < mCount; ++i) {
            if (users[i] >= 0)
                order[next[size_t(users[i])]++] = quint32(i);
        }
    }
    users = {};

    QDataStream stream(&device);
    stream.setVersion(QDataStream::Qt_6_4);
    // The users with events (in id order) and their keys; then the users' dictionary
    // (the biggest) is freed, and the rest of the encoder with it once the small ones are read.
    RawVector<quint64> userBegin; // large blocks, their pages made in one call
    RawVector<qint32> userIds;
    {
        // Known users and anonymous ids: one sequence of ids.
        RawVector<std::string_view> userKeys(start.size() - 1);
        for (const Dictionary users : {Dictionary::Users, Dictionary::AnonymousUsers}) {
            encoder->forEachEntry(users, [&userKeys](qint64 id, std::string_view key) {
                if (size_t(id) < userKeys.size())
                    userKeys[size_t(id)] = key;
            });
        }
        UserKeys withEvents;
        size_t characters = 0; // at most, and exactly for ASCII keys
        for (size_t u = 0; u + 1 < start.size(); ++u)
            characters += start[u] == start[u + 1] ? 0 : userKeys[u].size();
        withEvents.reserve(userKeys.size());
        withEvents.reserveText(characters);
        userBegin.reserve(userKeys.size() + 1); // not grown by doubling, each a fresh block copied
        userIds.reserve(userKeys.size());
        for (size_t u = 0; u + 1 < start.size(); ++u) {
            if (start[u] == start[u + 1])
                continue;
            userBegin.push_back(start[u]);
            userIds.push_back(qint32(u));
            const std::string_view key = userKeys[u];
            withEvents.appendUtf8(key);
        }
        stream << SnapshotFormat::magic << SnapshotFormat::version;
        withEvents.write(stream);
        userBegin.push_back(count);
    }
    const Entries eventTypes = encoder->entryViews(Dictionary::EventTypes);
    const QStringList typeNames = texts(eventTypes);
    const Ranks typeRanks(eventTypes);
    std::array<QStringList, dimensionCount> dimensionValues;
    std::vector<Ranks> dimensionRanks;
    for (size_t d = 0; d < dimensionCount; ++d) {
        const Entries entries = encoder->entryViews(dimensionDictionaries[d]);
        dimensionValues[d] = texts(entries);
        dimensionRanks.emplace_back(entries);
    }
    encoder.reset();
    stream << typeNames;

    {
        const RawVector<qint64> ts = readTimes();
        const auto byTime = [&ts](quint32 a, quint32 b) { return ts[a] < ts[b]; };
        for (size_t u = 0; u + 1 < start.size(); ++u) {
            const auto begin = order.begin() + qsizetype(start[u]);
            const auto end = order.begin() + qsizetype(start[u + 1]);
            if (!std::is_sorted(begin, end, byTime))
                std::stable_sort(begin, end, byTime);
        }
        freeStorage(start);
        stream << quint64(count);
        writePieces(stream, count, sizeof(qint64), [&ts, &order](size_t begin, size_t end, char *to) {
            for (size_t row = begin; row < end; ++row, to += sizeof(qint64)) {
                const qint64 time = ts[order[row]];
                std::memcpy(to, &time, sizeof time);
            }
        });
    }
    {
        const CodeVector types = readCodes(Type);
        writeGathered(stream, count, CodeVector::widthFor(qint32(typeNames.size())), types, order.data(), &typeRanks);
    }
    {
        const CodeVector sessions = readCodes(Session);
        qint32 maxSession = 0;
        for (size_t i = 0; i < sessions.size(); ++i)
            maxSession = std::max(maxSession, sessions[i]);
        writeGathered(stream, count, CodeVector::widthFor(maxSession), sessions, order.data());
    }
    SnapshotFormat::writeVector(stream, userBegin);

    stream << quint32(dimensionCount + 2);
    for (size_t d = 0; d < dimensionCount; ++d) {
        const CodeVector ids = readCodes(Column(FirstDimension + d));
        stream << QString::fromLatin1(EventTable::dimensionColumns[d]) << dimensionValues[d];
        writeGathered(stream, count, CodeVector::widthFor(qint32(dimensionValues[d].size())), ids, order.data(), &dimensionRanks[d]);
    }
    // Numbers keep the codes they got on arrival.
    for (auto [name, column, numbers] : {std::tuple{"price", Price, &mPrice}, std::tuple{"revenue", Revenue, &mRevenue}}) {
        QStringList values;
        values.reserve(qsizetype(numbers->values.size()));
        for (const double value : numbers->values)
            values.append(QString::number(value, 'g', 15));
        const CodeVector codes = readCodes(column);
        stream << QString::fromLatin1(name) << values;
        writeGathered(stream, count, CodeVector::widthFor(qint32(values.size())), codes, order.data());
        *numbers = {};
    }
    SnapshotFormat::writeVector(stream, userIds);
    {
        // An event's id is its import's first plus the events kept before it (a dropped
        // duplicate takes none).
        const CodeVector anonymous = readCodes(Anonymous);
        EventOrigins::Writer origins(stream);
        for (size_t u = 0; u < userIds.size(); ++u) {
            for (size_t row = userBegin[u]; row < userBegin[u + 1]; ++row) {
                const quint32 arrival = order[row];
                const size_t before = dropped.empty() ? 0 : size_t(std::lower_bound(dropped.begin(), dropped.end(), size_t(arrival)) - dropped.begin());
                origins.add(userIds[u], quint32(arrival - before), anonymous[arrival]);
            }
        }
        origins.finish();
    }
    mSpill.close();
    mUserCounts.clear();
    mUserCounts.reserve(userIds.size() * 2);
    for (size_t u = 0; u < userIds.size(); ++u) {
        mUserCounts.push_back(quint32(userIds[u]));
        mUserCounts.push_back(quint32(userBegin[u + 1] - userBegin[u]));
    }
    return !mFailed && stream.status() == QDataStream::Ok;
}

} // namespace Funnelscope
