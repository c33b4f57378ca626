#pragma once

#include <QStringList>

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

    /** The tables and views a workspace of the current version has (a missing one means it is damaged). */
    static const QStringList &objects();

    /**
     * Applies every migration after @p fromVersion up to @p toVersion (default: the
     * current one; tests build older files with less), in one transaction the caller holds.
     */
    static void migrate(Connection &connection, int fromVersion, int toVersion = currentVersion());
};

} // namespace Funnelscope
