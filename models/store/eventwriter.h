#pragma once

#include "dedupset.h"
#include "eventrecord.h"
#include "statement.h"

#include <array>
#include <memory>
#include <string>
#include <unordered_map>

namespace Funnelscope {

class Connection;

/**
 * Writes events into the store inside the caller's transaction, storing each repeated
 * string (user, event name, session, device, ...) once and referring to it by id.
 * Lookups go through in-memory maps preloaded from the workspace, so a bulk import
 * touches the dictionary tables only for values it has not seen. A record whose dedup
 * key is already stored is skipped and counted.
 *
 * In bulk mode (for a workspace without events) the events' indexes are dropped, rows
 * are appended with nothing else to maintain, duplicates are found in memory (DedupSet,
 * checked against the stored key), and finish() builds the indexes again, sorted.
 */
class EventWriter
{
public:
    enum class Mode { Incremental, Bulk };
    /** The dictionaries' ids of the last event written. */
    struct Ids
    {
        qint64 user = 0;
        qint64 type = 0;
        qint64 session = -1;                ///< -1: none
        std::array<qint64, 6> dimensions{}; ///< device, channel, country, product, category, currency; -1: none
    };
    /** What a dictionary holds, by id. */
    enum class Dictionary { Users, EventTypes, Device, Channel, Country, Product, Category, Currency };

    EventWriter(Connection &connection, qint64 importId, Mode mode = Mode::Incremental);
    ~EventWriter();

    /** Stores @p record; returns false when it was skipped as a duplicate. */
    bool write(const EventRecord &record);
    /** Completes the import's writing (bulk mode: builds the indexes); before the commit. */
    void finish();

    qint64 written() const { return mWritten; }
    qint64 duplicates() const { return mDuplicates; }
    const Ids &lastIds() const { return mLastIds; }
    /** Every entry of a dictionary (loaded or added), sorted by id. */
    std::vector<std::pair<qint64, std::string>> entries(Dictionary which) const;

private:
    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const noexcept
        {
            return std::hash<std::string_view>{}(text);
        }
    };
    using IdMap = std::unordered_map<std::string, qint64, StringHash, std::equal_to<>>;

    enum Dimension { Anonymous, Device, Channel, Country, Product, Category, Currency, DimensionCount };

    struct Values
    {
        IdMap ids;
        std::unique_ptr<Statement> insert;
        std::string field; // for dimension_values
    };

    qint64 idFor(Values &dictionary, std::string_view value);
    qint64 bindOptional(int index, Values &dictionary, std::string_view value);
    void load(Values &dictionary, std::string_view sql, const std::string &field = {});
    bool storedBefore(std::string_view dedupKey);

    Connection &mConnection;
    qint64 mImportId;
    Mode mMode;
    Values mUsers;
    Values mEventTypes;
    Values mSessions;
    std::array<Values, DimensionCount> mDimensions;
    std::unique_ptr<Statement> mInsertEvent;
    std::unique_ptr<Statement> mStoredKey; // bulk: the dedup key of an event by id
    DedupSet mDedup;                       // bulk
    qint64 mFirstRowId = 0;                // bulk
    Ids mLastIds;
    qint64 mWritten = 0;
    qint64 mDuplicates = 0;
};

} // namespace Funnelscope
