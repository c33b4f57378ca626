#pragma once

#include <string>
#include <vector>

namespace Funnelscope {

class Connection;

/**
 * The workspace schema and its forward-only migrations. Version N of the schema is
 * what migrations 1..N produce from an empty database; `PRAGMA user_version` records
 * how far a file has come. A migration never edits an earlier one: changing the
 * schema means appending a migration.
 */
class Schema
{
public:
    /** The schema version this build writes; files above it are refused. */
    static int currentVersion();

    /** Funnelscope's SQLite `application_id` ('FNLS'), marking a file as a workspace. */
    static constexpr int applicationId = 0x464E4C53;

    struct Index
    {
        std::string name;
        std::string create; ///< the CREATE INDEX statement
    };
    /**
     * The indexes of the events table. A bulk import into a workspace without events drops
     * them and builds them again at its end: one sorted build is many times faster than
     * keeping an index up to date row by row.
     */
    static const std::vector<Index> &eventIndexes();

    /** Applies every migration after @p fromVersion, in one transaction the caller holds. */
    static void migrate(Connection &connection, int fromVersion);
};

} // namespace Funnelscope
