#include "importtypecounts.h"

#include "connection.h"
#include "statement.h"

namespace Funnelscope {

void ImportTypeCounts::store(Connection &connection, qint64 importId) const
{
    Statement insert(connection, "INSERT INTO import_types (import_id, event_type_id, events, first_ts, last_ts, "
                                 "with_context, anonymous) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (size_t type = 0; type < mCounts.size(); ++type) {
        const Count &count = mCounts[type];
        if (count.events == 0)
            continue;
        int column = 0;
        for (const qint64 value : {importId, qint64(type), count.events, count.first, count.last, count.withContext, count.anonymous})
            insert.bind(++column, value);
        insert.exec();
        insert.reset();
    }
    Statement done(connection, "UPDATE imports SET types_counted = 1 WHERE id = ?");
    done.bind(1, importId);
    done.exec();
}

} // namespace Funnelscope
