#pragma once

#include "eventtable.h"
#include "store/eventencoder.h"

#include <array>
#include <optional>
#include <unordered_map>
#include <string>
#include <utility>
#include <vector>

namespace Funnelscope {

/**
 * Builds the EventTable of a workspace from the events as an import writes them, by
 * their dictionary ids, so a bulk import stores the snapshot without reading the events
 * back. The result equals EventTable::loadRows() of the same workspace: events sorted by
 * (user id, time, event id), event names and dimension values coded by the order of
 * their ids; prices and revenues are coded in the order they arrive (loadRows codes them
 * in the table's order: the codes differ, the values they stand for do not).
 */
class EventTableBuilder
{
public:
    /** A dictionary's entries (id, text), sorted by id. */
    using Entries = std::vector<std::pair<qint64, std::string>>;
    static constexpr size_t dimensionCount = EventTable::dimensionColumns.size();
    /** The encoder's dictionaries of EventTable::dimensionColumns, in that order. */
    static constexpr std::array<EventEncoder::Dictionary, dimensionCount> dimensionDictionaries = {
        EventEncoder::Dictionary::Device,  EventEncoder::Dictionary::Channel,  EventEncoder::Dictionary::Country,
        EventEncoder::Dictionary::Product, EventEncoder::Dictionary::Category, EventEncoder::Dictionary::Currency,
    };

    struct Dictionaries
    {
        Entries users;
        Entries eventTypes;
        std::array<Entries, dimensionCount> dimensions;

        /** What build() needs of @p encoder's dictionaries. */
        static Dictionaries of(const EventEncoder &encoder);
    };

    /** Room for @p count events (an estimate: more may come). */
    void reserve(size_t count);
    /** Events must come in the order of their ids. Ids of -1 mean none. */
    void append(const EventEncoder::Encoded &event);
    /**
     * Leaves out the @p index-th event appended (0-based; a duplicate the writer skipped).
     * May be called from another thread than append(), in increasing order.
     */
    void drop(size_t index) { mDropped.push_back(index); }
    size_t size() const { return mTs.size(); }

    /** The table; the builder is left empty. */
    EventTable build(const Dictionaries &dictionaries);

private:
    // As columns, ids as narrow as they allow (CodeVector): 30 to 40 bytes an event.
    std::vector<qint64> mTs;
    CodeVector mUser;
    CodeVector mType;
    CodeVector mSession;
    std::array<CodeVector, dimensionCount> mDimensions;
    /** A number column as codes into its distinct values (in the order they arrive). */
    struct Numbers
    {
        CodeVector codes;
        std::vector<double> values;
        std::unordered_map<double, qint32> index;
        double last = 0;
        qint32 lastCode = -1;
        void append(const std::optional<double> &value);
    };
    Numbers mPrice;
    Numbers mRevenue;
    std::vector<size_t> mDropped;
};

} // namespace Funnelscope
