#pragma once

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
 */
class EventWriter
{
public:
    EventWriter(Connection &connection, qint64 importId);
    ~EventWriter();

    /** Stores @p record; returns false when it was skipped as a duplicate. */
    bool write(const EventRecord &record);

    qint64 written() const { return mWritten; }
    qint64 duplicates() const { return mDuplicates; }

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

    struct Dictionary
    {
        IdMap ids;
        std::unique_ptr<Statement> insert;
        std::string field; // for dimension_values
    };

    qint64 idFor(Dictionary &dictionary, std::string_view value);
    void bindOptional(int index, Dictionary &dictionary, std::string_view value);
    void load(Dictionary &dictionary, std::string_view sql, const std::string &field = {});

    Connection &mConnection;
    qint64 mImportId;
    Dictionary mUsers;
    Dictionary mEventTypes;
    Dictionary mSessions;
    std::array<Dictionary, DimensionCount> mDimensions;
    Statement mInsertEvent;
    qint64 mWritten = 0;
    qint64 mDuplicates = 0;
};

} // namespace Funnelscope
