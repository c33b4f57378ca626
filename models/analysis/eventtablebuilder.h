#pragma once

#include "eventtable.h"
#include "store/eventencoder.h"

#include <QTemporaryFile>

#include <array>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

class QIODevice;

namespace Funnelscope {

/**
 * Builds an import's EventSegment from the events as the import writes them, by their
 * dictionary ids, so an import stores its segment without reading the events back. The
 * segment equals EventSegment::fromRows() of the same import, origins (EventOrigins)
 * included: events sorted by (user id,
 * time, event id), event names and dimension values coded by the order of their ids in
 * the workspace; prices and revenues are coded in the order they arrive (fromRows codes
 * them in the table's order: the codes differ, the values they stand for do not).
 *
 * Memory stays small whatever the number of events: the columns go to a temporary file
 * as they come, 64K events at a time; write() reads back one column at a time and
 * streams the segment out, sorted, without ever holding the table.
 */
class EventTableBuilder
{
public:
    static constexpr size_t dimensionCount = EventTable::dimensionColumns.size();
    /** The encoder's dictionaries of EventTable::dimensionColumns, in that order. */
    static constexpr std::array<EventEncoder::Dictionary, dimensionCount> dimensionDictionaries = {
        EventEncoder::Dictionary::Device,  EventEncoder::Dictionary::Channel,  EventEncoder::Dictionary::Country,
        EventEncoder::Dictionary::Product, EventEncoder::Dictionary::Category, EventEncoder::Dictionary::Currency,
    };

    /** Keeps the columns in a temporary file in @p directory. */
    explicit EventTableBuilder(const QString &directory);
    ~EventTableBuilder();

    /** Events must come in the order of their ids. Ids of -1 mean none. */
    void append(const EventEncoder::Encoded &event);
    /**
     * Leaves out the @p index-th event appended (0-based; a duplicate the writer skipped).
     * May be called from another thread than append(), in increasing order.
     */
    void drop(size_t index) { mDropped.push_back(index); }
    size_t size() const { return mCount; }
    /** False when the temporary file could not be written (the disk is full): no snapshot then. */
    bool ok() const { return !mFailed; }

    /**
     * Writes the segment (EventSegment::write()'s format) to @p device, reading the
     * dictionaries from @p encoder, which it frees as soon as it has read them. Returns
     * false when the temporary file or @p device failed. The builder is left empty.
     */
    bool write(std::unique_ptr<EventEncoder> encoder, QIODevice &device);
    /**
     * The events of the last write() counted by the id they came under: (users.id,
     * events) pairs, by id (IdentitySummary::keepUserCounts()). Made from what the segment
     * holds anyway, after its columns are freed, so they add nothing to the import's peak.
     */
    std::vector<quint32> takeUserCounts() { return std::move(mUserCounts); }
    /**
     * Whether an event came with an id past 2,147,483,647 (a dictionary's, in a workspace
     * whose ids were made by hand): a segment holds 32-bit codes, so write() fails.
     */
    bool idsTooLarge() const { return mIdsTooLarge; }

private:
    static constexpr size_t chunkEvents = size_t(1) << 16;
    // The columns as spilled: times (8 bytes), then codes: user, type, session, the
    // dimensions, price, revenue and the anonymous id (CodeVector widths, 1 to 4 bytes).
    enum Column : size_t {
        Ts, User, Type, Session, FirstDimension, Price = FirstDimension + dimensionCount, Revenue, Anonymous, ColumnCount
    };
    struct Chunk
    {
        qint64 offset = 0; ///< in the spill file
        int width = 0;
        size_t count = 0;
    };
    /** A number column as codes into its distinct values (in the order they arrive). */
    struct Numbers
    {
        std::vector<double> values;
        std::unordered_map<double, qint32> index;
        double last = 0;
        qint32 lastCode = -1;
        qint32 code(const std::optional<double> &value);
    };

    void spill();
    RawVector<qint64> readTimes();
    CodeVector readCodes(Column column);
    bool readChunk(const Chunk &chunk, char *to);

    QTemporaryFile mSpill;
    bool mFailed = false;
    size_t mCount = 0;
    std::array<std::vector<Chunk>, ColumnCount> mChunks;
    std::vector<qint64> mTs; // the chunk being filled
    // The chunk being filled, 4 bytes a code (not Ts): made as narrow as they allow when
    // spilled, not widened code by code as they come.
    std::array<std::vector<qint32>, ColumnCount> mCodes;
    std::vector<char> mNarrow; // a column of the chunk as spilled
    bool mIdsTooLarge = false;
    Numbers mPrice;
    Numbers mRevenue;
    std::vector<size_t> mDropped;
    std::vector<quint32> mUserCounts;
};

} // namespace Funnelscope
