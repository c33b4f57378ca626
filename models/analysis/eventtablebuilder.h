#pragma once

#include "eventtable.h"

#include <array>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace Funnelscope {

/**
 * Builds the EventTable of a workspace from the events as an import writes them, by
 * their dictionary ids, so a bulk import stores the snapshot without reading the events
 * back. The result equals EventTable::loadRows() of the same workspace: events sorted by
 * (user id, time, event id), event names and dimension values coded by the order of
 * their ids, prices and revenues coded in the order they first appear.
 */
class EventTableBuilder
{
public:
    /** A dictionary's entries (id, text), sorted by id. */
    using Entries = std::vector<std::pair<qint64, std::string>>;
    static constexpr size_t dimensionCount = 6; ///< device, channel, country, product, category, currency

    struct Dictionaries
    {
        Entries users;
        Entries eventTypes;
        std::array<Entries, dimensionCount> dimensions;
    };

    /** Events must come in the order of their ids. Ids of -1 (and NaN numbers) mean none. */
    void append(qint64 ts, qint64 user, qint64 type, qint64 session,
                const std::array<qint64, dimensionCount> &dimensions, double price, double revenue);
    size_t size() const { return mSize; }

    /** The table; the builder is left empty. */
    EventTable build(const Dictionaries &dictionaries);

private:
    struct Event
    {
        qint64 ts;
        double price;
        double revenue;
        qint32 user;
        qint32 type;
        qint32 session;
        std::array<qint32, dimensionCount> dimensions;
    };
    // In blocks that never move: no copying as the import grows.
    static constexpr size_t blockEvents = 1 << 16;
    const Event &at(size_t i) const { return mBlocks[i / blockEvents][i % blockEvents]; }
    std::vector<std::unique_ptr<Event[]>> mBlocks;
    size_t mSize = 0;
};

} // namespace Funnelscope
