#include "eventtable.h"
#include "eventorigins.h"
#include "eventrecords.h"
#include "eventsegment.h"
#include "eventtablebuilder.h"
#include "parallel.h"
#include "snapshotformat.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include "store/blobdevice.h"
#include "store/blobparts.h"
#include "store/connection.h"
#include "store/eventtexts.h"
#include "store/identitysummary.h"
#include "store/personfunction.h"
#include "store/propertyvalues.h"
#include "store/statement.h"
#include "store/stringids.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <limits>
#include <map>
#include <mutex>
#include <numeric>
#include <tuple>
#include <unordered_map>

namespace Funnelscope {

namespace {

/** Builds a dictionary-encoded column value by value. */
class ColumnBuilder
{
public:
    void append(const QString &value)
    {
        if (value.isEmpty()) {
            mColumn->codes.push_back(-1);
            return;
        }
        auto found = mCodes.constFind(value);
        if (found == mCodes.cend()) {
            found = mCodes.insert(value, qint32(mColumn->values.size()));
            mColumn->values.append(value);
        }
        mColumn->codes.push_back(*found);
    }
    std::shared_ptr<EventTable::TextColumn> take() { return std::move(mColumn); }

private:
    std::shared_ptr<EventTable::TextColumn> mColumn = std::make_shared<EventTable::TextColumn>();
    QHash<QString, qint32> mCodes;
};

} // namespace

const QStringList &EventTable::fieldColumns()
{
    static const QStringList columns = {
        QStringLiteral("device"),   QStringLiteral("channel"), QStringLiteral("country"),
        QStringLiteral("product_id"), QStringLiteral("category"), QStringLiteral("currency"),
        QStringLiteral("price"),    QStringLiteral("revenue"),
    };
    return columns;
}

void EventTable::addSourceProperty(QStringList &names, const QString &name)
{
    if (!name.isEmpty() && name != QLatin1String("event") && !fieldColumns().contains(name) && !names.contains(name))
        names.append(name);
}

QString EventTable::missingProperties(const QStringList &missing, const QStringList &properties)
{
    return QCoreApplication::translate("Funnelscope::LocalBackend", "No event has a property “%1” (fields: %2; properties: %3).")
        .arg(missing.join(QStringLiteral("”, “")), fieldColumns().join(QLatin1String(", ")), properties.join(QLatin1String(", ")));
}

QString EventTable::nameList(QStringList names)
{
    if (names.isEmpty())
        return tr("none yet; import an export first");
    names.sort();
    return names.join(QLatin1String(", "));
}

EventTable EventTable::fromRows(std::vector<Row> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.user != b.user ? a.user < b.user : a.ts < b.ts;
    });
    EventTable table;
    auto userKeys = std::make_shared<UserKeys>();
    QHash<QString, qint32> types;
    QHash<QString, qint32> sessions;
    QSet<QString> propertyNames;
    for (const Row &row : rows) {
        for (auto it = row.properties.cbegin(); it != row.properties.cend(); ++it)
            propertyNames.insert(it.key());
    }
    for (const QString &name : fieldColumns())
        propertyNames.insert(name);
    QHash<QString, ColumnBuilder> builders;
    for (const QString &name : std::as_const(propertyNames))
        builders[name];

    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        if (i == 0 || rows[i - 1].user != row.user) {
            table.mUserBegin.push_back(i);
            userKeys->append(row.user);
        }
        table.mTs.push_back(row.ts);
        auto type = types.constFind(row.event);
        if (type == types.cend()) {
            type = types.insert(row.event, qint32(table.mTypeNames.size()));
            table.mTypeNames.append(row.event);
        }
        table.mType.push_back(*type);
        if (row.session.isEmpty()) {
            table.mSession->codes.push_back(-1);
        } else {
            auto session = sessions.constFind(row.session);
            if (session == sessions.cend())
                session = sessions.insert(row.session, qint32(sessions.size()));
            table.mSession->codes.push_back(*session);
        }
        for (auto it = builders.begin(); it != builders.end(); ++it)
            it.value().append(row.properties.value(it.key()));
    }
    table.mUserBegin.push_back(rows.size());
    table.mUserKeys = std::move(userKeys);
    for (auto it = builders.begin(); it != builders.end(); ++it)
        table.mColumns.insert(it.key(), it.value().take());
    return table;
}

using namespace SnapshotFormat;

bool EventTable::hasCurrentSnapshot(Connection &connection)
{
    return EventSegment::allStored(connection);
}

QByteArray EventTable::serialize() const
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    serialize(stream);
    return bytes;
}

void EventTable::serialize(QDataStream &stream) const
{
    stream.setVersion(QDataStream::Qt_6_4);
    stream << SnapshotFormat::magic << SnapshotFormat::version;
    mUserKeys->write(stream);
    stream << mTypeNames;
    writeVector(stream, mTs);
    writeCodes(stream, mType);
    writeCodes(stream, sessions());
    std::vector<quint64> userBegin(mUserBegin.begin(), mUserBegin.end());
    writeVector(stream, userBegin);
    gatherAll();
    stream << quint32(mColumns.size());
    for (auto it = mColumns.cbegin(); it != mColumns.cend(); ++it) {
        stream << it.key() << it.value()->values;
        writeCodes(stream, it.value()->codes);
    }
}

std::optional<EventTable> EventTable::deserialize(const QByteArray &bytes)
{
    QDataStream stream(bytes);
    return deserialize(stream);
}

std::optional<EventTable> EventTable::deserialize(QDataStream &stream, size_t room, Columns columns)
{
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 storedMagic = 0;
    quint32 storedVersion = 0;
    stream >> storedMagic >> storedVersion;
    if (storedMagic != SnapshotFormat::magic || storedVersion != SnapshotFormat::version)
        return std::nullopt;
    EventTable table;
    auto userKeys = std::make_shared<UserKeys>();
    if (!userKeys->read(stream))
        return std::nullopt;
    table.mUserKeys = userKeys;
    if (!readStrings(stream, table.mTypeNames))
        return std::nullopt;
    // Left on disk (OnDemand): the sessions' codes (their width kept, for the merge) and
    // the text columns' (their values read: the merge lists them).
    const bool onDisk = columns == Columns::OnDemand;
    size_t sessionCount = 0;
    std::vector<quint64> userBegin;
    if (!readVector(stream, table.mTs, room) || !readCodes(stream, table.mType, room))
        return std::nullopt;
    if (onDisk) {
        int width = 1;
        if (!skipCodes(stream, &width, &sessionCount) || !table.mSession->codes.setBytes(width, {}))
            return std::nullopt;
    } else {
        if (!readCodes(stream, table.mSession->codes, room))
            return std::nullopt;
        sessionCount = table.mSession->codes.size();
    }
    if (!readVector(stream, userBegin))
        return std::nullopt;
    table.mUserBegin.assign(userBegin.begin(), userBegin.end());
    quint32 columnCount = 0;
    stream >> columnCount;
    for (quint32 i = 0; i < columnCount && stream.status() == QDataStream::Ok; ++i) {
        QString name;
        auto column = std::make_shared<TextColumn>();
        stream >> name;
        if (!readStrings(stream, column->values))
            return std::nullopt;
        if (onDisk) {
            int width = 1;
            size_t count = 0;
            if (!skipCodes(stream, &width, &count) || count != table.mTs.size())
                return std::nullopt;
        } else if (!readCodes(stream, column->codes) || column->codes.size() != table.mTs.size()
                   || !column->codes.allWithin(qint32(column->values.size()))) {
            return std::nullopt;
        }
        table.mColumns.insert(name, column);
    }
    const size_t events = table.mTs.size();
    if (stream.status() != QDataStream::Ok || table.mType.size() != events || sessionCount != events
        || table.mUserBegin.empty() || table.mUserBegin.front() != 0 || table.mUserBegin.back() != events
        || table.mUserBegin.size() != size_t(table.mUserKeys->size()) + 1
        || !std::is_sorted(table.mUserBegin.begin(), table.mUserBegin.end()) // each user's events a range
        || !table.mType.allWithin(qint32(table.mTypeNames.size()))) // codes that name a value (a damaged byte must not index past it)
        return std::nullopt;
    return table;
}

std::optional<CodeVector> EventTable::readColumn(QDataStream &stream, const QString &name, bool *found)
{
    *found = false;
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 storedMagic = 0;
    quint32 storedVersion = 0;
    stream >> storedMagic >> storedVersion;
    QStringList strings;
    int width = 1;
    size_t count = 0;
    if (storedMagic != SnapshotFormat::magic || storedVersion != SnapshotFormat::version || !UserKeys::skip(stream)
        || !readStrings(stream, strings) || !skipVector<qint64>(stream) || !skipCodes(stream, &width, &count))
        return std::nullopt;
    CodeVector codes;
    if (name.isEmpty()) {
        if (!readCodes(stream, codes))
            return std::nullopt;
        *found = true;
        return codes;
    }
    if (!skipCodes(stream, &width, &count) || !skipVector<quint64>(stream))
        return std::nullopt;
    quint32 columnCount = 0;
    stream >> columnCount;
    for (quint32 i = 0; i < columnCount && stream.status() == QDataStream::Ok; ++i) {
        QString columnName;
        stream >> columnName;
        if (!readStrings(stream, strings))
            return std::nullopt;
        if (columnName == name) {
            if (!readCodes(stream, codes))
                return std::nullopt;
            *found = true;
            return codes;
        }
        if (!skipCodes(stream, &width, &count))
            return std::nullopt;
    }
    if (stream.status() != QDataStream::Ok)
        return std::nullopt;
    return codes;
}

EventTable EventTable::load(Connection &connection, const std::function<bool(int)> &progress, Columns columns)
{
    const std::vector<qint64> imports = EventSegment::importIds(connection);
    std::vector<EventSegment> segments;
    segments.reserve(imports.size());
    // The first import (usually the largest: later ones append days to it) is read with
    // room for every import's events, which the merge then fills in place.
    const size_t room = imports.size() > 1
        ? size_t(std::max<qint64>(0, connection.queryInt("SELECT coalesce(sum(imported), 0) FROM imports")))
        : 0;
    // A segment naming ids the workspace does not have is damaged, as one that cannot be read.
    const qint64 lastUser = connection.queryInt("SELECT coalesce(max(id), 0) FROM users");
    for (size_t i = 0; i < imports.size(); ++i) {
        std::optional<EventSegment> segment = EventSegment::stored(connection, imports[i], i == 0 ? room : 0, false, columns);
        if (segment && std::any_of(segment->userIds.begin(), segment->userIds.end(), [lastUser](qint32 id) { return id > lastUser; }))
            segment.reset();
        if (!segment) // all there is of the import's events (schema 14)
            throw EventRecords::damaged(connection, imports[i]);
        segments.push_back(std::move(*segment));
        if (progress && !progress(int((i + 1) * 90 / imports.size())))
            return {};
    }
    Statement keyOf(connection, "SELECT key FROM users WHERE id = ?");
    return merge(
        std::move(segments), EventSegment::linkedIds(connection),
        [&keyOf](qint32 user) {
            keyOf.bind(1, qint64(user));
            const QString key = keyOf.step() ? keyOf.text(0) : QString();
            keyOf.reset();
            return key;
        },
        connection.path());
}

namespace {

/**
 * Where rows of the merged table come from: @p count rows of a segment from @p row, in
 * 8 bytes (a person's events from several imports interleave, so there can be a block
 * an event: 32 bytes each were a third of the merge's memory).
 */
class Block
{
public:
    static constexpr size_t maxCount = 0xffff;
    Block(quint32 segment, size_t row, size_t count)
        : mBits((quint64(segment) << 48) | (quint64(count) << 32) | quint64(row))
    {
    }
    quint32 segment() const { return quint32(mBits >> 48); }
    size_t count() const { return size_t((mBits >> 32) & maxCount); }
    size_t row() const { return size_t(quint32(mBits)); }
    void grow(size_t more) { mBits += quint64(more) << 32; }

private:
    quint64 mBits;
};

using Blocks = LargeVector<Block>;

void addBlock(Blocks &blocks, quint32 segment, size_t row, size_t count)
{
    if (!blocks.empty() && blocks.back().segment() == segment && blocks.back().row() + blocks.back().count() == row) {
        const size_t more = std::min(count, Block::maxCount - blocks.back().count());
        blocks.back().grow(more);
        row += more;
        count -= more;
    }
    for (; count > 0;) {
        const size_t part = std::min(count, Block::maxCount);
        blocks.emplace_back(segment, row, part);
        row += part;
        count -= part;
    }
}

/** One merged column: its segments' codes, how they map to the merged ones, its bytes. */
struct CodeGather
{
    /**
     * A column of @p rows codes @p width bytes wide; in the first segment's own bytes when
     * @p firstInOrder, its codes are the merged ones and it has the room (its blocks must
     * then be copied from the last, inPlace).
     */
    CodeGather(size_t rows, int width, std::vector<CodeVector *> sources, std::vector<std::vector<qint32>> maps, bool firstInOrder)
        : width(width)
        , sources(std::move(sources))
        , maps(std::move(maps))
    {
        // A segment whose codes are the merged ones, as wide, is copied as it is.
        for (size_t s = 0; s < this->sources.size(); ++s) {
            qint32 expected = 0;
            const bool same = this->maps.empty()
                || std::all_of(this->maps[s].begin(), this->maps[s].end(), [&expected](qint32 code) { return code == expected++; });
            copied.push_back(same && this->sources[s]->width() == width);
        }
        inPlace = firstInOrder && !this->sources.empty() && copied.front() && this->sources.front()->capacity() >= rows;
        if (inPlace)
            bytes = this->sources.front()->takeBytes();
        bytes.resize(rows * size_t(width));
    }
    /** Rows @p at.. of the merged column from @p count codes of segment @p segment from @p row. */
    void copy(size_t at, quint32 segment, size_t row, size_t count)
    {
        if (segment == 0 && inPlace) {
            std::memmove(bytes.data() + at * size_t(width), bytes.data() + row * size_t(width), count * size_t(width));
            return;
        }
        const CodeVector &codes = *sources[segment];
        if (copied[segment]) {
            std::memcpy(bytes.data() + at * size_t(width), codes.bytes().data() + row * size_t(width), count * size_t(width));
            return;
        }
        const std::vector<qint32> *map = maps.empty() ? nullptr : &maps[segment];
        for (size_t i = 0; i < count; ++i) {
            const qint32 code = codes[row + i];
            CodeVector::store(bytes.data() + (at + i) * size_t(width), width, code < 0 || !map ? code : (*map)[size_t(code)]);
        }
    }
    /** The merged codes; the segments' are freed. */
    CodeVector take()
    {
        for (CodeVector *source : sources)
            *source = CodeVector();
        CodeVector codes;
        codes.setBytes(width, std::move(bytes));
        return codes;
    }

    int width;
    std::vector<CodeVector *> sources;
    std::vector<std::vector<qint32>> maps; ///< none: the codes as they are
    std::vector<char> copied;
    bool inPlace = false; ///< bytes are the first segment's
    RawVector<char> bytes; // every byte written by copy(), so not zeroed first
};

/**
 * Codes for @p values in the merged list @p merged (@p codes: each merged value's code),
 * appending those it lacks: what each of a segment's codes becomes.
 */
std::vector<qint32> mergeValues(const QStringList &values, QStringList &merged, QHash<QString, qint32> &codes)
{
    std::vector<qint32> map;
    map.reserve(size_t(values.size()));
    for (const QString &value : values) {
        auto found = codes.constFind(value);
        if (found == codes.cend()) {
            found = codes.insert(value, qint32(merged.size()));
            merged.append(value);
        }
        map.push_back(*found);
    }
    return map;
}

} // namespace

/**
 * The columns a merge has not gathered yet: their segments' codes, and where each row of
 * the table comes from. Each is gathered once, by whichever thread asks for it first
 * (others wait for it); the blocks go when the last is gathered.
 */
struct EventTable::PendingColumns
{
    struct Column
    {
        std::once_flag once;
        std::shared_ptr<TextColumn> into;
        int width = 1;
        std::vector<CodeVector> sources;       ///< each segment's codes, empty when it lacks the column (freed once gathered)
        std::vector<std::vector<qint32>> maps; ///< each segment's codes to the merged ones (none: as they are)
        bool onDisk = false;                   ///< the sources are read from the workspace's file when gathered
    };

    PendingColumns(Blocks blocks, size_t rows)
        : blocks(std::move(blocks))
        , rows(rows)
    {
        // Where every stride-th block's rows begin, for a part to find its first row; and
        // whether the first segment's blocks take its rows in their order.
        size_t firstEnd = 0;
        for (size_t b = 0, at = 0; b < this->blocks.size(); at += this->blocks[b++].count()) {
            if (b % stride == 0)
                strideRow.push_back(at);
            if (this->blocks[b].segment() == 0) {
                firstInOrder = firstInOrder && this->blocks[b].row() >= firstEnd;
                firstEnd = this->blocks[b].row() + this->blocks[b].count();
            }
        }
    }

    /** Calls @p copy(block, row) for every block, in parts on the processor's cores (each part writes rows of its own). */
    template<typename Copy>
    void forBlocks(const Copy &copy) const
    {
        if (blocks.empty())
            return; // a workspace without events: no stride row to start from
        Parallel::forRanges(blocks.size(), [&](int, size_t begin, size_t end) {
            size_t at = strideRow[begin / stride];
            for (size_t b = begin - begin % stride; b < begin; ++b)
                at += blocks[b].count();
            for (size_t b = begin; b < end; at += blocks[b++].count())
                copy(blocks[b], at);
        });
    }
    /**
     * Calls @p copy(block, row) for every block: in parts on the cores (forBlocks()), or
     * @p inPlace from the last to the first on this thread, where the first segment's rows
     * are moved up within its own column (firstInOrder).
     */
    template<typename Copy>
    void fill(const Copy &copy, bool inPlace) const
    {
        if (!inPlace) {
            forBlocks(copy);
            return;
        }
        size_t at = rows;
        for (size_t b = blocks.size(); b-- > 0;) {
            at -= blocks[b].count();
            copy(blocks[b], at);
        }
    }
    CodeVector gather(CodeGather gather) const
    {
        fill([&gather](const Block &block, size_t at) { gather.copy(at, block.segment(), block.row(), block.count()); }, gather.inPlace);
        return gather.take();
    }
    /**
     * Reads the sources of @p column (text column @p name, or the sessions when empty) from
     * the segments in the workspace's file, through a connection of its own.
     */
    void readSources(Column &column, const QString &name) const
    {
        Connection connection(path, Connection::Mode::ReadOnly);
        for (size_t s = 0; s < importIds.size(); ++s) {
            const std::unique_ptr<QIODevice> parts = BlobParts::reader(connection, "event_segments", importIds[s]);
            std::optional<CodeVector> codes;
            bool found = false;
            if (parts) {
                QDataStream stream(parts.get());
                codes = EventTable::readColumn(stream, name, &found);
            }
            // A code must name one of the values the merge listed (a damaged byte must not index past them).
            if (!codes
                || (found
                    && (codes->size() != segmentRows[s]
                        || (!column.maps.empty() && !codes->allWithin(qint32(column.maps[s].size()))))))
                throw EventRecords::damaged(connection, importIds[s]);
            column.sources[s] = std::move(*codes);
        }
    }
    /** Gathers column @p name if it is still pending. */
    void gather(const QString &name)
    {
        const auto found = columns.find(name);
        if (found != columns.end())
            gather(*found->second, name);
    }
    /** Gathers the sessions if they are still pending. */
    void gatherSessions()
    {
        if (sessions)
            gather(*sessions, QString());
    }
    void gather(Column &column, const QString &name)
    {
        std::call_once(column.once, [this, &column, &name] {
            if (column.onDisk)
                readSources(column, name); // when it throws, the next call tries again
            std::vector<CodeVector *> sources(column.sources.size());
            for (size_t s = 0; s < sources.size(); ++s) {
                if (column.sources[s].empty()) // a segment without the column (every segment has events): none for them
                    column.sources[s].assign(segmentRows[s]);
                sources[s] = &column.sources[s];
            }
            column.into->codes = gather(CodeGather(rows, column.width, std::move(sources), std::move(column.maps), firstInOrder));
            freeStorage(column.sources);
            if (--left == 0) {
                blocks = {};
                strideRow = {};
            }
        });
    }
    void gatherAll()
    {
        for (const auto &entry : columns)
            gather(entry.first);
        gatherSessions();
    }

    static constexpr size_t stride = 1024;
    Blocks blocks;
    std::vector<size_t> strideRow;
    size_t rows;
    /**
     * Whether the first segment's rows come in their own order (no id of it counts for a
     * person numbered before another of its ids): filled from the back, each of its rows
     * is moved up before a later block is written over it, so a merge can fill its columns
     * in place (CodeGather).
     */
    bool firstInOrder = true;
    std::vector<size_t> segmentRows;
    std::unordered_map<QString, std::unique_ptr<Column>> columns; ///< not changed once made
    std::unique_ptr<Column> sessions; ///< the sessions, when pending (their into's codes are the table's)
    std::atomic<size_t> left{0};
    QString path;                 ///< the workspace's file, for the columns on disk
    std::vector<qint64> importIds; ///< each segment's import, for the columns on disk
};

EventTable EventTable::merge(std::vector<EventSegment> segments, const std::unordered_map<qint32, qint32> &linked,
                             const std::function<QString(qint32)> &keyOf, const QString &workspacePath)
{
    const auto personOf = [&linked](qint32 user) {
        const auto found = linked.find(user);
        return found == linked.end() ? user : found->second;
    };
    for (const EventSegment &segment : segments)
        segment.table.gatherAll(); // a merged table as a segment (tests)
    // Imports without events (identity calls only, every row a duplicate) add nothing.
    segments.erase(std::remove_if(segments.begin(), segments.end(), [](const EventSegment &segment) { return segment.table.size() == 0; }),
                   segments.end());
    // A block names its segment in 16 bits and a row in 32 (ids are 32 bits already).
    if (segments.size() > 0xffff)
        throw StoreError(StoreError::Kind::Internal,
                         QCoreApplication::translate("Funnelscope::EventTable",
                                                     "This workspace holds more than 65,535 imports with events, more than "
                                                     "a report can merge: remove older imports on the Data page."));
    // One segment whose ids are all their own persons is the table as it is.
    if (segments.size() == 1
        && std::none_of(segments.front().userIds.begin(), segments.front().userIds.end(),
                        [&linked](qint32 user) { return linked.count(user) > 0; })) {
        if (!segments.front().columnsOnDisk)
            return std::move(segments.front().table);
        // Its rows as they are: one block (of at most 65,535 rows) after another.
        EventTable &table = segments.front().table;
        Blocks blocks;
        addBlock(blocks, 0, 0, table.size());
        auto pending = std::make_shared<PendingColumns>(std::move(blocks), table.size());
        pending->segmentRows.push_back(table.size());
        pendColumns(table, segments, pending, workspacePath);
        return std::move(table);
    }

    EventTable table;
    // Names and values: the first segment's codes, then what later ones add.
    std::vector<std::vector<qint32>> typeMaps;
    {
        QHash<QString, qint32> codes;
        for (const EventSegment &segment : segments)
            typeMaps.push_back(mergeValues(segment.table.mTypeNames, table.mTypeNames, codes));
    }
    // The ids' events of every segment, ordered by person, then segment, then id
    // (a counting sort by person keeps the order they come in).
    struct Run
    {
        qint32 person;
        quint32 segment;
        qint32 user; // in the segment's table
    };
    // In large blocks, as all of a merge's working memory: a fresh 4 KB page costs more
    // than its bytes' copying on some hosts (DESIGN.md, "Large blocks in huge pages").
    LargeVector<Run> runs;
    size_t ids = 0;
    for (const EventSegment &segment : segments)
        ids += size_t(segment.table.userCount());
    runs.reserve(ids); // grown run by run, its copies' fresh pages were a tenth of a merge
    qint32 maxPerson = -1;
    for (size_t s = 0; s < segments.size(); ++s) {
        for (int u = 0; u < segments[s].table.userCount(); ++u) {
            const qint32 person = personOf(segments[s].userIds[size_t(u)]);
            runs.push_back({person, quint32(s), u});
            maxPerson = std::max(maxPerson, person);
        }
    }
    LargeVector<quint32> start(size_t(maxPerson) + 2, 0);
    for (const Run &run : runs)
        ++start[size_t(run.person) + 1];
    for (size_t p = 1; p < start.size(); ++p)
        start[p] += start[p - 1];
    LargeVector<quint32> order(runs.size());
    {
        LargeVector<quint32> next(start.begin(), start.end() - 1);
        for (size_t r = 0; r < runs.size(); ++r)
            order[next[size_t(runs[r].person)]++] = quint32(r);
    }

    // A person without an event under their own id (an identify call linked ids to them)
    // has the key keyOf() gives, asked on this thread before the persons are split.
    std::unordered_map<qint32, QString> keysOf;
    {
        std::vector<char> ownEvents(size_t(maxPerson) + 1, 0);
        for (const Run &run : runs) {
            if (segments[run.segment].userIds[size_t(run.user)] == run.person)
                ownEvents[size_t(run.person)] = 1;
        }
        for (size_t p = 0; p + 1 < start.size(); ++p) {
            if (start[p] != start[p + 1] && !ownEvents[p])
                keysOf.emplace(qint32(p), keyOf(qint32(p)));
        }
    }
    size_t events = 0;
    size_t keyText = 0;
    for (const EventSegment &segment : segments) {
        events += segment.table.size();
        keyText += segment.table.mUserKeys->textSize();
    }

    /** What a range of persons adds to the table, made on a core of its own. */
    struct Piece
    {
        Blocks blocks;
        LargeVector<size_t> userBegin; ///< from the piece's first row
        UserKeys keys;
        size_t rows = 0;
    };
    std::array<Piece, Parallel::maxParts> pieces;
    const int parts = Parallel::forRanges(start.size() - 1, [&](int part, size_t begin, size_t end) {
        Piece &piece = pieces[size_t(part)];
        // An id's rows are one block or join the one before; a person's interleaved ids and
        // imports add one a change of span, at most one a row: room for that many (only the
        // pages written are made), as growing the blocks copied them into fresh pages.
        piece.blocks.reserve(runs.size() + events + events / Block::maxCount);
        piece.userBegin.reserve(part == 0 ? size_t(maxPerson) + 2 : end - begin); // the first is the table's
        piece.keys.reserve(part == 0 ? size_t(maxPerson) + 1 : end - begin);
        piece.keys.reserveText(keyText);
        /** A person's rows in one segment: one id's events there, in time order. */
        struct Span
        {
            quint32 segment;
            size_t row;
            size_t end;
        };
        std::vector<Span> spans;
        for (size_t p = begin; p < end; ++p) {
            if (start[p] == start[p + 1])
                continue;
            piece.userBegin.push_back(piece.rows);
            int keyUser = -1;
            quint32 keySegment = 0;
            spans.clear();
            for (quint32 i = start[p]; i < start[p + 1]; ++i) {
                const Run &run = runs[order[i]];
                const EventSegment &segment = segments[run.segment];
                if (keyUser < 0 && segment.userIds[size_t(run.user)] == qint32(p)) {
                    keyUser = run.user;
                    keySegment = run.segment;
                }
                spans.push_back({run.segment, segment.table.userBegin(run.user), segment.table.userEnd(run.user)});
                piece.rows += spans.back().end - spans.back().row;
            }
            // A person's events from several ids or imports: in time order, and at the same
            // time in the order of the spans (a merge of sorted runs; as a stable sort would).
            if (spans.size() == 1) {
                addBlock(piece.blocks, spans.front().segment, spans.front().row, spans.front().end - spans.front().row);
            } else {
                for (;;) {
                    Span *first = nullptr;
                    qint64 firstTs = 0;
                    for (Span &span : spans) {
                        if (span.row == span.end)
                            continue;
                        const qint64 ts = segments[span.segment].table.mTs[span.row];
                        if (!first || ts < firstTs) {
                            first = &span;
                            firstTs = ts;
                        }
                    }
                    if (!first)
                        break;
                    // Its events up to the next span's next event go as one block.
                    size_t until = first->row + 1;
                    const RawVector<qint64> &ts = segments[first->segment].table.mTs;
                    // An event of a later span at the same time comes after, of an earlier one before.
                    qint64 limit = std::numeric_limits<qint64>::max();
                    bool stopAtLimit = false;
                    for (const Span &span : spans) {
                        if (&span == first || span.row == span.end)
                            continue;
                        const qint64 next = segments[span.segment].table.mTs[span.row];
                        if (next < limit) {
                            limit = next;
                            stopAtLimit = &span < first;
                        } else if (next == limit && &span < first) {
                            stopAtLimit = true;
                        }
                    }
                    while (until < first->end && (ts[until] < limit || (ts[until] == limit && !stopAtLimit)))
                        ++until;
                    addBlock(piece.blocks, first->segment, first->row, until - first->row);
                    first->row = until;
                }
            }
            if (keyUser >= 0)
                piece.keys.append(*segments[keySegment].table.mUserKeys, keyUser);
            else
                piece.keys.append(keysOf.at(qint32(p)));
        }
    });

    // The pieces joined in person order, after the first (which has the room for all).
    Blocks blocks = std::move(pieces.front().blocks);
    auto userKeys = std::make_shared<UserKeys>(std::move(pieces.front().keys));
    table.mUserBegin = std::move(pieces.front().userBegin);
    size_t rows = pieces.front().rows;
    for (int part = 1; part < parts; ++part) {
        Piece &piece = pieces[size_t(part)];
        blocks.insert(blocks.end(), piece.blocks.begin(), piece.blocks.end());
        for (const size_t begin : piece.userBegin)
            table.mUserBegin.push_back(rows + begin);
        userKeys->append(piece.keys);
        rows += piece.rows;
        piece = {};
    }
    table.mUserBegin.push_back(rows);
    table.mUserKeys = std::move(userKeys);
    freeStorage(runs);
    freeStorage(order);
    freeStorage(start);

    // Column by column, each segment's freed once gathered (the table is never held twice).
    // Times, names and sessions now; the other columns when a report first asks for one
    // (column()): a funnel without breakdowns reads none of them.
    auto pending = std::make_shared<PendingColumns>(std::move(blocks), rows);
    for (const EventSegment &segment : segments)
        pending->segmentRows.push_back(segment.table.size());
    // The first segment read with room for every event (load()) is filled in place: no
    // third copy of the times in fresh pages, which cost more than the copying on some hosts.
    const bool tsInPlace = pending->firstInOrder && !segments.empty() && segments.front().table.mTs.capacity() >= rows;
    if (tsInPlace)
        table.mTs = std::move(segments.front().table.mTs);
    table.mTs.resize(rows);
    qint64 *const to = table.mTs.data();
    pending->fill(
        [&](const Block &block, size_t at) {
            const qint64 *from = tsInPlace && block.segment() == 0 ? to : segments[block.segment()].table.mTs.data();
            std::memmove(to + at, from + block.row(), block.count() * sizeof(qint64));
        },
        tsInPlace);
    for (EventSegment &segment : segments)
        freeStorage(segment.table.mTs);
    std::vector<CodeVector *> sources(segments.size());
    for (size_t s = 0; s < segments.size(); ++s)
        sources[s] = &segments[s].table.mType;
    table.mType = pending->gather(
        CodeGather(rows, CodeVector::widthFor(qint32(table.mTypeNames.size())), sources, std::move(typeMaps), pending->firstInOrder));
    pendColumns(table, segments, pending, workspacePath);
    return table;
}

void EventTable::pendColumns(EventTable &table, std::vector<EventSegment> &segments, const std::shared_ptr<PendingColumns> &pending,
                             const QString &workspacePath)
{
    const size_t rows = table.size();
    // Every segment of a load is read the same way.
    const bool onDisk = !segments.empty() && segments.front().columnsOnDisk;
    if (onDisk) {
        pending->path = workspacePath;
        for (const EventSegment &segment : segments)
            pending->importIds.push_back(segment.importId);
    }
    // Made aside and set last: @p table may be the one segment's own table.
    int sessionWidth = 1;
    for (const EventSegment &segment : segments)
        sessionWidth = std::max(sessionWidth, segment.table.mSession->codes.width());
    auto sessions = std::make_shared<TextColumn>();
    if (onDisk) {
        pending->sessions = std::make_unique<PendingColumns::Column>();
        pending->sessions->into = sessions;
        pending->sessions->width = sessionWidth;
        pending->sessions->sources.resize(segments.size());
        pending->sessions->onDisk = true;
    } else {
        std::vector<CodeVector *> sources(segments.size());
        for (size_t s = 0; s < segments.size(); ++s)
            sources[s] = &segments[s].table.mSession->codes;
        sessions->codes = pending->gather(CodeGather(rows, sessionWidth, sources, {}, pending->firstInOrder));
    }
    QStringList columnNames = fieldColumns();
    for (const EventSegment &segment : segments) {
        for (auto it = segment.table.mColumns.cbegin(); it != segment.table.mColumns.cend(); ++it) {
            if (!columnNames.contains(it.key()))
                columnNames.append(it.key());
        }
    }
    QHash<QString, std::shared_ptr<TextColumn>> columns;
    for (const QString &name : std::as_const(columnNames)) {
        auto column = std::make_shared<TextColumn>();
        auto later = std::make_unique<PendingColumns::Column>();
        later->into = column;
        QHash<QString, qint32> codes;
        later->maps.resize(segments.size());
        later->sources.resize(segments.size());
        for (size_t s = 0; s < segments.size(); ++s) {
            const auto found = segments[s].table.mColumns.find(name);
            if (found == segments[s].table.mColumns.end())
                continue; // none for its events, made when gathered
            later->sources[s] = std::move(found.value()->codes);
            later->maps[s] = mergeValues(found.value()->values, column->values, codes);
        }
        later->width = CodeVector::widthFor(qint32(column->values.size()));
        later->onDisk = onDisk;
        pending->columns.emplace(name, std::move(later));
        columns.insert(name, column);
    }
    table.mSession = std::move(sessions);
    table.mSessionsOnDisk = onDisk;
    table.mColumns = std::move(columns);
    pending->left = pending->columns.size() + (pending->sessions ? 1 : 0);
    if (pending->left > 0)
        table.mPending = pending;
}

const CodeVector &EventTable::gatheredSessions() const
{
    mPending->gatherSessions();
    return mSession->codes;
}

EventTable EventTable::loadRows(Connection &connection, const std::function<bool(int)> &progress)
{
    return stepRows(connection, std::nullopt, progress, nullptr);
}

EventTable EventTable::stepRows(Connection &connection, std::optional<qint64> importId,
                                const std::function<bool(int)> &progress, std::vector<qint32> *userIds,
                                EventOrigins *origins)
{
    EventTable table;
    const qint64 total = importId ? connection.queryInt("SELECT imported FROM imports WHERE id = " + std::to_string(*importId))
                                  : connection.queryInt("SELECT count(*) FROM events");
    table.mTs.reserve(size_t(total));
    table.mType.reserve(size_t(total));
    table.mSession->codes.reserve(size_t(total));

    // Event names and dimension values come as codes: their own ids, renumbered densely.
    QHash<qint64, qint32> typeCodes;
    {
        Statement types(connection, "SELECT id, name FROM event_types ORDER BY id");
        while (types.step()) {
            typeCodes.insert(types.int64(0), qint32(table.mTypeNames.size()));
            table.mTypeNames.append(types.text(1));
        }
    }
    struct Dimension
    {
        const char *field;
        std::shared_ptr<TextColumn> column = std::make_shared<TextColumn>();
        QHash<qint64, qint32> codes;
    };
    std::vector<Dimension> dimensions;
    for (const EventEncoder::Dictionary dictionary : EventTableBuilder::dimensionDictionaries)
        dimensions.push_back({EventEncoder::dimensionField(dictionary)});
    {
        Statement values(connection, "SELECT id, field, value FROM dimension_values ORDER BY id");
        while (values.step()) {
            const std::string_view field = values.utf8(1);
            for (Dimension &dimension : dimensions) {
                if (field == dimension.field) {
                    dimension.codes.insert(values.int64(0), qint32(dimension.column->values.size()));
                    dimension.column->values.append(values.text(2));
                }
            }
        }
    }
    auto price = std::make_shared<TextColumn>();
    auto revenue = std::make_shared<TextColumn>();
    QHash<double, qint32> priceCodes;
    QHash<double, qint32> revenueCodes;
    const auto numberCode = [](TextColumn &column, QHash<double, qint32> &codes, double value) {
        auto found = codes.constFind(value);
        if (found == codes.cend()) {
            found = codes.insert(value, qint32(column.values.size()));
            column.values.append(QString::number(value, 'g', 15));
        }
        return *found;
    };

    // The table's order (DESIGN.md): person, time, import, the id the event came under, event id.
    // person_of() only for the persons' table: a segment's users are the ids themselves, and
    // a segment may be stepped while a statement runs (EventRecords), when SQLite refuses
    // to register a function again.
    const std::optional<PersonFunction> persons = userIds ? std::nullopt : std::optional<PersonFunction>(std::in_place, connection);
    const std::string columns = "e.ts, e.event_type_id, e.session_id, e.device_id, e.channel_id, e.country_id, "
                                "e.product_id, e.category_id, e.currency_id, e.price, e.revenue, e.anonymous_id FROM events e ";
    Statement events(connection,
                     userIds ? std::string("SELECT e.user_id, e.id - ") + EventOrigins::firstIdSql + ", " + columns
                                   + "WHERE e.import_id = ?1 ORDER BY e.user_id, e.ts, e.id"
                             : "SELECT person_of(e.user_id) AS person, NULL, " + columns
                                 + (importId ? "WHERE e.import_id = ?1 " : "")
                                 + "ORDER BY person, e.ts, e.import_id, e.user_id, e.id");
    if (importId)
        events.bind(1, *importId);
    Statement keyOf(connection, "SELECT key FROM users WHERE id = ?");
    auto userKeys = std::make_shared<UserKeys>();
    qint64 lastUser = -1;
    size_t row = 0;
    while (events.step()) {
        const qint64 user = events.int64(0);
        if (user != lastUser) {
            table.mUserBegin.push_back(row);
            keyOf.bind(1, user);
            userKeys->append(keyOf.step() ? keyOf.text(0) : QString());
            keyOf.reset();
            lastUser = user;
            if (userIds)
                userIds->push_back(qint32(user));
        }
        table.mTs.push_back(events.int64(2));
        table.mType.push_back(typeCodes.value(events.int64(3), -1));
        table.mSession->codes.push_back(events.isNull(4) ? -1 : qint32(events.int64(4)));
        for (size_t d = 0; d < dimensions.size(); ++d) {
            const int column = 5 + int(d);
            dimensions[d].column->codes.push_back(
                events.isNull(column) ? -1 : dimensions[d].codes.value(events.int64(column), -1));
        }
        price->codes.push_back(events.isNull(11) ? -1 : numberCode(*price, priceCodes, events.real(11)));
        revenue->codes.push_back(events.isNull(12) ? -1 : numberCode(*revenue, revenueCodes, events.real(12)));
        if (origins) {
            origins->idOffsets.push_back(quint32(events.int64(1)));
            origins->anonymousIds.push_back(events.isNull(13) ? -1 : qint32(events.int64(13)));
        }
        ++row;
        if (progress && (row & 0xffff) == 0 && total > 0 && !progress(int(qint64(row) * 100 / total)))
            return {};
    }
    table.mUserBegin.push_back(row);
    table.mUserKeys = std::move(userKeys);
    for (size_t d = 0; d < dimensions.size(); ++d)
        table.mColumns.insert(QLatin1String(dimensionColumns[d]), dimensions[d].column);
    table.mColumns.insert(QStringLiteral("price"), price);
    table.mColumns.insert(QStringLiteral("revenue"), revenue);
    return table;
}

void EventTable::gatherAll() const
{
    if (mPending)
        mPending->gatherAll();
}

const EventTable::TextColumn *EventTable::column(const QString &name) const
{
    const auto found = mColumns.constFind(name);
    if (found == mColumns.cend())
        return nullptr;
    if (mPending)
        mPending->gather(name);
    return found->get();
}

const QStringList &EventTable::sessionProperties()
{
    static const QStringList names{QStringLiteral("landing_page"), QStringLiteral("session_channel")};
    return names;
}

const QStringList &EventTable::pageProperties()
{
    static const QStringList names{QStringLiteral("page"), QStringLiteral("page_location"), QStringLiteral("url"),
                                   QStringLiteral("page_path")};
    return names;
}

void EventTable::addSessionColumn(const QString &name, const TextColumn &source)
{
    ColumnBuilder builder;
    std::vector<QString> values(size());
    const CodeVector &sessionOf = sessions();
    std::map<qint64, QString> firsts; // a person's sessions: its first value
    for (int user = 0; user < userCount(); ++user) {
        firsts.clear();
        // A session: the source's session id, else events at most 30 minutes apart.
        qint64 gapSession = -1;
        std::vector<qint64> keys;
        keys.reserve(userEnd(user) - userBegin(user));
        for (size_t row = userBegin(user); row < userEnd(user); ++row) {
            if (sessionOf[row] >= 0) {
                keys.push_back(sessionOf[row]);
                continue;
            }
            const bool continues = row > userBegin(user) && sessionOf[row - 1] < 0 && mTs[row] - mTs[row - 1] <= sessionGapMs;
            if (!continues)
                --gapSession;
            keys.push_back(gapSession);
        }
        for (size_t row = userBegin(user); row < userEnd(user); ++row) {
            const qint32 code = source.codes[row];
            if (code >= 0)
                firsts.try_emplace(keys[row - userBegin(user)], source.values[code]);
        }
        for (size_t row = userBegin(user); row < userEnd(user); ++row) {
            const auto found = firsts.find(keys[row - userBegin(user)]);
            builder.append(found == firsts.end() ? QString() : found->second);
        }
    }
    mColumns.insert(name, builder.take());
}

bool EventTable::loadProperty(Connection &connection, const QString &name)
{
    return loadProperties(connection, {name}).isEmpty();
}

QStringList EventTable::loadProperties(Connection &connection, const QStringList &names)
{
    // The source properties in one pass over the events (landing_page: each of the page
    // properties it may come from, so a workspace without pages is read once, not four times).
    QStringList source;
    for (const QString &name : names) {
        if (mColumns.contains(name) || name == QLatin1String("session_channel"))
            continue;
        for (const QString &wanted : name == QLatin1String("landing_page") ? pageProperties() : QStringList{name}) {
            if (!mColumns.contains(wanted) && !source.contains(wanted))
                source.append(wanted);
        }
    }
    if (!source.isEmpty())
        readSourceProperties(connection, source);

    QStringList missing;
    for (const QString &name : names) {
        if (mColumns.contains(name))
            continue;
        const QString from = name == QLatin1String("session_channel") ? QStringLiteral("channel")
            : name == QLatin1String("landing_page")
            ? [this] {
                  for (const QString &page : pageProperties()) {
                      if (mColumns.contains(page))
                          return page;
                  }
                  return QString();
              }()
            : QString();
        if (const TextColumn *values = from.isEmpty() ? nullptr : column(from))
            addSessionColumn(name, *values);
        else
            missing.append(name);
    }
    return missing;
}

void EventTable::readSourceProperties(Connection &connection, const QStringList &names)
{
    // The values are read in the order of the events' ids (PropertyValues: json_extract's
    // text) and put in the table's order (person, time, import, id the event came under,
    // event id) here, by a counting sort by person: SQLite sorting ten million rows by
    // person took a breakdown by a source property 16 s. 21 bytes an event meanwhile.
    const std::vector<qint32> persons = IdentitySummary::personsOf(connection);
    const auto personOf = [&persons](qint64 user) {
        return user >= 0 && size_t(user) < persons.size() ? persons[size_t(user)] : qint32(user);
    };
    struct Property
    {
        CodeVector codes; // into values, -1 for none (a byte an event for a few hundred values)
        StringIds distinct;
        std::vector<QString> values;
        std::string_view last;
        qint32 lastCode = -1;
    };
    std::vector<Property> properties(size_t(names.size()));
    PropertyValues reader(connection, names);
    std::vector<qint64> times;
    std::vector<quint64> ties; // the import, then the id the event came under
    times.reserve(size());
    ties.reserve(size());
    qint32 maxPerson = -1;
    Statement select(connection, "SELECT user_id, ts, import_id, properties FROM events ORDER BY id");
    while (select.step()) {
        const qint64 user = select.int64(0);
        if (times.size() == size() || user < 0 || user > std::numeric_limits<qint32>::max())
            return; // not the events this table holds (the workspace changed since)
        maxPerson = std::max(maxPerson, personOf(user));
        times.push_back(select.int64(1));
        ties.push_back((quint64(select.int64(2)) << 32) | quint64(user));
        const std::vector<std::string_view> &texts = reader.of(select.isNull(3) ? std::string_view() : select.utf8(3));
        for (size_t p = 0; p < properties.size(); ++p) {
            Property &property = properties[p];
            qint32 code = -1;
            const std::string_view text = texts[p];
            if (!text.empty()) {
                if (property.lastCode >= 0 && text == property.last) {
                    code = property.lastCode;
                } else {
                    qint64 found = property.distinct.find(text, &property.last);
                    if (found < 0) {
                        found = qint64(property.values.size());
                        property.last = property.distinct.insert(text, found);
                        property.values.push_back(QString::fromUtf8(text.data(), qsizetype(text.size())));
                    }
                    code = property.lastCode = qint32(found);
                }
            }
            property.codes.push_back(code);
        }
    }
    const bool any = std::any_of(properties.begin(), properties.end(), [](const Property &property) { return !property.values.empty(); });
    if (times.size() != size() || !any || maxPerson < 0)
        return;

    const auto personAt = [&](size_t i) { return size_t(personOf(qint64(quint32(ties[i])))); };
    std::vector<quint32> start(size_t(maxPerson) + 2, 0);
    for (size_t i = 0; i < ties.size(); ++i)
        ++start[personAt(i) + 1];
    for (size_t p = 1; p < start.size(); ++p)
        start[p] += start[p - 1];
    std::vector<quint32> order(times.size());
    {
        std::vector<quint32> next(start.begin(), start.end() - 1);
        for (size_t i = 0; i < ties.size(); ++i)
            order[next[personAt(i)]++] = quint32(i);
    }
    const auto before = [&](quint32 a, quint32 b) { return std::tie(times[a], ties[a]) < std::tie(times[b], ties[b]); };
    for (size_t p = 0; p + 1 < start.size(); ++p) {
        const auto begin = order.begin() + qsizetype(start[p]);
        const auto end = order.begin() + qsizetype(start[p + 1]);
        if (end - begin > 1 && !std::is_sorted(begin, end, before))
            std::stable_sort(begin, end, before); // at the same time, import and id: in the order of the event ids
    }
    // The same events in the same order, or the values would go to other events.
    for (size_t row = 0; row < order.size(); ++row) {
        if (times[order[row]] != mTs[row])
            return;
    }
    freeStorage(times);
    freeStorage(ties);

    // Values numbered as they first come in the table's order, as every column's are.
    for (qsizetype p = 0; p < names.size(); ++p) {
        Property &property = properties[size_t(p)];
        if (property.values.empty())
            continue; // no event has it
        auto column = std::make_shared<TextColumn>();
        std::vector<qint32> renumbered(property.values.size(), -1);
        column->codes.reserve(order.size());
        for (const quint32 i : order) {
            qint32 code = property.codes[i];
            if (code >= 0) {
                qint32 &to = renumbered[size_t(code)];
                if (to < 0) {
                    to = qint32(column->values.size());
                    column->values.append(property.values[size_t(code)]);
                }
                code = to;
            }
            column->codes.push_back(code);
        }
        property.codes = {};
        mColumns.insert(names[p], column);
    }
}

qint64 EventTable::lastTs() const
{
    return mTs.empty() ? 0 : *std::max_element(mTs.begin(), mTs.end());
}

} // namespace Funnelscope
