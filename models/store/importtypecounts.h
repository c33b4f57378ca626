#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace Funnelscope {

class Connection;

/**
 * One import's events counted by event name (the rows of import_types): how many, their
 * first and last time, how many carry a device or a channel, how many came under an
 * anonymous id. The writer adds each event it stores (EventWriter), the import's report
 * reads the counts back, and version 9's migration counts an older import from its rows;
 * store() writes them and marks the import counted (imports.types_counted), which is what
 * lets the workspace's summary add up these rows instead of reading every event.
 */
class ImportTypeCounts
{
public:
    struct Count
    {
        qint64 events = 0;
        qint64 first = 0; ///< ms since the epoch, UTC
        qint64 last = 0;
        qint64 withContext = 0;
        qint64 anonymous = 0;
    };

    /** Counts an event of the event name @p type (event_types.id; a negative one is not counted). */
    void add(qint64 type, qint64 timestampMs, bool withContext, bool anonymous)
    {
        if (type < 0)
            return;
        if (size_t(type) >= mCounts.size())
            mCounts.resize(size_t(type) + 1);
        Count &count = mCounts[size_t(type)];
        if (count.events++ == 0) {
            count.first = count.last = timestampMs;
        } else {
            count.first = std::min(count.first, timestampMs);
            count.last = std::max(count.last, timestampMs);
        }
        count.withContext += withContext;
        count.anonymous += anonymous;
    }
    /** The events counted of the event name @p type. */
    qint64 events(qint64 type) const
    {
        return type >= 0 && size_t(type) < mCounts.size() ? mCounts[size_t(type)].events : 0;
    }
    /** Writes the counts as import @p importId's rows of import_types and marks it counted. */
    void store(Connection &connection, qint64 importId) const;

private:
    std::vector<Count> mCounts; // by event_types.id
};

} // namespace Funnelscope
