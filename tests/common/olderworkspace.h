#pragma once

// A workspace as Funnelscope wrote it before schema 14: its events as rows. Tests make a
// current workspace (imports, the demo), then turn it back with putRowsBack(), and see the
// migration bring it forward again; the rows come from the events table as it reads now
// (the segments), so what the migration keeps can be compared with what was there.

#include "store/connection.h"

#include <string>

namespace Funnelscope::OlderWorkspace {

/** What the older workspace lacks beside its rows. */
enum Without : unsigned {
    Nothing = 0,
    Texts = 1,    ///< the dedup keys and properties in the rows, as before schemas 12 and 13
    Origins = 2,  ///< no segments at all (before schema 7; or stored before their origins)
};

/**
 * Puts the events of @p db back into rows of schema 1's table, keeps less beside them
 * (@p without), and marks the file as schema @p version (at most 13; the tables of the
 * versions after it are the caller's to drop).
 */
inline void putRowsBack(Connection &db, unsigned without = Texts | Origins, int version = 13)
{
    db.exec("CREATE TABLE events_rows (id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL REFERENCES imports (id) "
            "ON DELETE CASCADE, ts INTEGER NOT NULL, user_id INTEGER NOT NULL, event_type_id INTEGER NOT NULL, "
            "session_id INTEGER, anonymous_id INTEGER, device_id INTEGER, channel_id INTEGER, country_id INTEGER, "
            "product_id INTEGER, category_id INTEGER, price REAL, revenue REAL, currency_id INTEGER, dedup_key TEXT, "
            "properties TEXT)");
    db.exec(std::string("INSERT INTO events_rows SELECT id, import_id, ts, user_id, event_type_id, session_id, "
                        "anonymous_id, device_id, channel_id, country_id, product_id, category_id, price, revenue, "
                        "currency_id, ")
            + ((without & Texts) ? "dedup_key, properties" : "NULL, NULL") + " FROM events");
    db.exec("DROP TABLE events");
    db.exec("ALTER TABLE events_rows RENAME TO events");
    if (without & Texts)
        db.exec("DELETE FROM key_texts; DELETE FROM property_texts");
    if (without & Origins)
        db.exec("DELETE FROM event_segments");
    db.exec("PRAGMA user_version = " + std::to_string(version));
}

} // namespace Funnelscope::OlderWorkspace
