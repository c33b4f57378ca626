#include "schema.h"

#include "eventmodule.h"

#include "connection.h"
#include "importtypecounts.h"
#include "statement.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <string_view>

namespace Funnelscope {

namespace {

// Version 1. Dimension values (device, channel, country, product, category, currency,
// anonymous id) are stored once in dimension_values and referred to by id; events keep
// every unmapped source column in `properties`, a JSON object, so nothing is lost.
// Foreign keys are declared where a cascade or a check is worth its cost on bulk
// insert (imports); dictionary ids are maintained by EventWriter.
constexpr std::string_view migration1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE event_types (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE users (
    id  INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE        -- the id as the source wrote it
);

CREATE TABLE sessions (
    id  INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE
);

CREATE TABLE dimension_values (
    id    INTEGER PRIMARY KEY,
    field TEXT NOT NULL,            -- device, channel, country, product, category, currency, anonymous_id
    value TEXT NOT NULL,
    UNIQUE (field, value)
);

CREATE TABLE imports (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT NOT NULL,
    file_path    TEXT,
    file_size    INTEGER,
    sha256       TEXT,
    format       TEXT NOT NULL,     -- preset or reader: csv, ndjson, ga4, ..., demo
    mapping      TEXT,              -- JSON: field -> column or constant
    timezone     TEXT,
    rows_read    INTEGER NOT NULL DEFAULT 0,
    imported     INTEGER NOT NULL DEFAULT 0,
    rejected     INTEGER NOT NULL DEFAULT 0,
    duplicates   INTEGER NOT NULL DEFAULT 0,
    started_at   INTEGER NOT NULL,  -- UTC ms
    finished_at  INTEGER,
    status       TEXT NOT NULL DEFAULT 'done' CHECK (status IN ('running', 'done'))
);
CREATE INDEX imports_sha256 ON imports (sha256);

CREATE TABLE rejected_rows (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    line      INTEGER NOT NULL,
    reason    TEXT NOT NULL,
    content   TEXT
);
CREATE INDEX rejected_rows_import ON rejected_rows (import_id);

CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    import_id     INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    ts            INTEGER NOT NULL,  -- UTC, milliseconds since 1970-01-01
    user_id       INTEGER NOT NULL,  -- users.id
    event_type_id INTEGER NOT NULL,  -- event_types.id
    session_id    INTEGER,           -- sessions.id
    anonymous_id  INTEGER,           -- dimension_values.id (field anonymous_id)
    device_id     INTEGER,           -- dimension_values.id ...
    channel_id    INTEGER,
    country_id    INTEGER,
    product_id    INTEGER,
    category_id   INTEGER,
    price         REAL,
    revenue       REAL,
    currency_id   INTEGER,
    dedup_key     TEXT,              -- before schema 12; since, in key_texts (EventTexts)
    properties    TEXT               -- before schema 13: JSON object of the other source columns; since, in property_texts
);
CREATE INDEX events_user_ts ON events (user_id, ts);
CREATE INDEX events_type_user_ts ON events (event_type_id, user_id, ts);
CREATE INDEX events_import ON events (import_id);
CREATE UNIQUE INDEX events_dedup ON events (dedup_key) WHERE dedup_key IS NOT NULL;

CREATE TABLE dictionary_events (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT,
    description   TEXT,
    stage         TEXT CHECK (stage IN ('discovery', 'consideration', 'conversion', 'retention', 'advocacy')),
    tier          INTEGER CHECK (tier IN (1, 2)),
    owner         TEXT,
    status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'deprecated')),
    counting      TEXT NOT NULL DEFAULT 'every' CHECK (counting IN ('every', 'once_per_session')),
    last_reviewed TEXT,              -- ISO date
    tags          TEXT,              -- JSON array of strings
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE dictionary_parameters (
    id             INTEGER PRIMARY KEY,
    event_id       INTEGER NOT NULL REFERENCES dictionary_events (id) ON DELETE CASCADE,
    name           TEXT NOT NULL COLLATE NOCASE,
    type           TEXT NOT NULL CHECK (type IN ('string', 'integer', 'number', 'boolean', 'timestamp')),
    required       INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
    allowed_values TEXT,             -- JSON array
    pattern        TEXT,
    description    TEXT,
    example        TEXT,
    UNIQUE (event_id, name)
);

-- Append-only: every dictionary change, each entry chained to the previous by hash.
CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,    -- UTC ms
    who         TEXT NOT NULL,
    action      TEXT NOT NULL,       -- create, edit, rename, deprecate, delete, undo, import
    entity      TEXT NOT NULL,       -- event, parameter
    entity_name TEXT NOT NULL,
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT,
    reason      TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change log is append-only: its entries cannot be changed');
END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change log is append-only: its entries cannot be deleted');
END;

CREATE TABLE assessments (
    id        INTEGER PRIMARY KEY,
    taken_at  INTEGER NOT NULL,      -- UTC ms
    taken_by  TEXT NOT NULL,
    matrix_id TEXT NOT NULL,
    notes     TEXT
);

CREATE TABLE assessment_scores (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    dimension     TEXT NOT NULL,
    current_stage REAL,              -- half steps allowed: 1, 1.5, 2, ...
    target_stage  REAL,
    note          TEXT,
    evidence      TEXT,
    PRIMARY KEY (assessment_id, dimension)
) WITHOUT ROWID;

CREATE TABLE annotations (
    id         INTEGER PRIMARY KEY,
    ts         INTEGER NOT NULL,     -- the moment annotated, UTC ms
    text       TEXT NOT NULL,
    created_by TEXT,
    created_at INTEGER NOT NULL
);

CREATE TABLE saved_reports (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('funnel', 'cohort')),
    name       TEXT NOT NULL,
    query      TEXT NOT NULL,        -- JSON
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (kind, name)
);

INSERT INTO meta (key, value) VALUES ('timezone', 'UTC');
)sql";

// Version 2: a columnar snapshot of the events (EventTable) so a fresh process loads its
// reports' data at memory speed, and a content version that every change of the events
// bumps (the snapshot's key).
constexpr std::string_view migration2 = R"sql(
CREATE TABLE snapshots (
    name  TEXT PRIMARY KEY,
    stamp TEXT NOT NULL,
    data  BLOB NOT NULL
);
INSERT INTO meta (key, value) VALUES ('content_version', '0');
)sql";

// Version 3: the events have no index. Reports read the snapshot; an import finds
// duplicates in memory (DedupSet) and only appends rows; removing an import scans.
// Keeping four indexes up to date row by row cost most of an import's time.
constexpr std::string_view migration3 = R"sql(
DROP INDEX events_user_ts;
DROP INDEX events_type_user_ts;
DROP INDEX events_import;
DROP INDEX events_dedup;
)sql";

// Version 4: persons (DESIGN.md). Ids live in two namespaces, known user ids and
// anonymous (device, cookie) ids, so an anonymous "1732" is not the customer "1732".
// events.user_id is the id an event counts under (the known user's when the source gave
// one, else the anonymous one); events.anonymous_id, the anonymous id it also carried, is
// now a users.id (it was a dimension value). identity_links holds, per import, which id
// belongs to which known user; user_persons resolves every id to its person.
// Before version 4 an event without a user id was stored under its anonymous id: users
// none of whose events carry another anonymous id than their key become anonymous ids.
constexpr std::string_view migration4 = R"sql(
CREATE TABLE users_v4 (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL,            -- the id as the source wrote it
    anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    UNIQUE (anonymous, key)
);
INSERT INTO users_v4 (id, key) SELECT id, key FROM users;
DROP TABLE users;
ALTER TABLE users_v4 RENAME TO users;

CREATE TEMP TABLE v4_anonymous_values AS
    SELECT id, value FROM dimension_values WHERE field = 'anonymous_id';
CREATE TEMP TABLE v4_known AS
    SELECT DISTINCT e.user_id AS id FROM events e JOIN users u ON u.id = e.user_id
    LEFT JOIN temp.v4_anonymous_values a ON a.id = e.anonymous_id
    WHERE a.value IS NULL OR a.value <> u.key;
UPDATE users SET anonymous = 1
    WHERE id NOT IN (SELECT id FROM temp.v4_known) AND key IN (SELECT value FROM temp.v4_anonymous_values);
INSERT OR IGNORE INTO users (key, anonymous) SELECT value, 1 FROM temp.v4_anonymous_values;
CREATE TEMP TABLE v4_anonymous_users (value_id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL);
INSERT INTO temp.v4_anonymous_users
    SELECT a.id, u.id FROM temp.v4_anonymous_values a JOIN users u ON u.anonymous = 1 AND u.key = a.value;
UPDATE events SET anonymous_id = (SELECT user_id FROM temp.v4_anonymous_users WHERE value_id = events.anonymous_id)
    WHERE anonymous_id IS NOT NULL;
DELETE FROM dimension_values WHERE field = 'anonymous_id';
DROP TABLE temp.v4_anonymous_values;
DROP TABLE temp.v4_known;
DROP TABLE temp.v4_anonymous_users;

CREATE TABLE identity_links (
    alias_id  INTEGER NOT NULL,         -- users.id: an id the person had before (mostly anonymous)
    person_id INTEGER NOT NULL,         -- users.id: the known user it belongs to
    import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    PRIMARY KEY (alias_id, person_id, import_id)
) WITHOUT ROWID;
INSERT INTO identity_links (alias_id, person_id, import_id)
    SELECT DISTINCT anonymous_id, user_id, import_id FROM events
    WHERE anonymous_id IS NOT NULL AND anonymous_id <> user_id;

-- Every id and the person it counts for: the one known user it was linked to (by any
-- import), else itself (never linked, or linked to several: a shared device). With
-- identity stitching off (meta), every id is its own person.
CREATE VIEW user_persons (user_id, person_id) AS
    SELECT u.id,
           CASE WHEN (SELECT value FROM meta WHERE key = 'identity_stitching') = 'off' THEN u.id
                ELSE coalesce(l.person_id, u.id) END
    FROM users u LEFT JOIN (
        SELECT alias_id, min(person_id) AS person_id FROM identity_links
        GROUP BY alias_id HAVING count(DISTINCT person_id) = 1
    ) l ON l.alias_id = u.id;

ALTER TABLE imports ADD COLUMN identity_calls INTEGER NOT NULL DEFAULT 0;
INSERT INTO meta (key, value) VALUES ('identity_stitching', 'on');
UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'content_version';
)sql";

// Version 5: insights can be saved next to funnels and cohorts (the maturity evidence for
// Analytics & Reporting counts them).
constexpr std::string_view migration5 = R"sql(
CREATE TABLE saved_reports_v5 (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('funnel', 'cohort', 'insights')),
    name       TEXT NOT NULL,
    query      TEXT NOT NULL,        -- JSON
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (kind, name)
);
INSERT INTO saved_reports_v5 SELECT id, kind, name, query, created_at, updated_at FROM saved_reports;
DROP TABLE saved_reports;
ALTER TABLE saved_reports_v5 RENAME TO saved_reports;
)sql";

// Version 6: annotations mark a day or a range of days (ts .. end_ts) with a category and
// an optional colour, as the funnel trend, the cohort charts and the PDF show them.
constexpr std::string_view migration6 = R"sql(
ALTER TABLE annotations ADD COLUMN end_ts INTEGER;
ALTER TABLE annotations ADD COLUMN category TEXT NOT NULL DEFAULT 'other'
    CHECK (category IN ('campaign', 'site_change', 'tracking_change', 'other'));
ALTER TABLE annotations ADD COLUMN colour TEXT;
UPDATE annotations SET end_ts = ts + 86400000 WHERE end_ts IS NULL;
)sql";

// Version 7: the reports' columns are kept per import (EventSegment), written by the import
// itself, instead of one snapshot of every event that an import into a workspace with
// events rebuilt from all its rows, and the dedup keys of its events, which the next
// import read from every stored event. Removing an import removes its segment.
constexpr std::string_view migration7 = R"sql(
-- Both in parts of at most 8 MB (BlobParts: a blob holds at most 1 GB).
CREATE TABLE event_segments (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    part      INTEGER NOT NULL,
    data      BLOB NOT NULL,            -- EventSegment::write()
    UNIQUE (import_id, part)
);
CREATE TABLE event_keys (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    part      INTEGER NOT NULL,
    data      BLOB NOT NULL,            -- the events' dedup keys (EventWriter::recordImport()); none: read the rows
    UNIQUE (import_id, part)
);
DROP TABLE snapshots;
)sql";

// Version 8: ids' and sessions' keys are unique by the import's dictionaries (EventEncoder
// reads them all and is the one writer), not by an index: the two indexes held every key a
// second time (75 MB at 10M events) and took a random B-tree insert for each new one. An
// import's events are one range of ids, kept with it so that removing it deletes the range.
constexpr std::string_view migration8 = R"sql(
ALTER TABLE imports ADD COLUMN first_event_id INTEGER;  -- its events' ids (EventWriter::recordImport())
ALTER TABLE imports ADD COLUMN last_event_id INTEGER;
DROP VIEW user_persons;
CREATE TABLE users_v8 (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL,            -- the id as the source wrote it; unique per namespace
    anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1))
);
INSERT INTO users_v8 (id, key, anonymous) SELECT id, key, anonymous FROM users;
DROP TABLE users;
ALTER TABLE users_v8 RENAME TO users;
CREATE TABLE sessions_v8 (
    id  INTEGER PRIMARY KEY,
    key TEXT NOT NULL                   -- unique
);
INSERT INTO sessions_v8 (id, key) SELECT id, key FROM sessions;
DROP TABLE sessions;
ALTER TABLE sessions_v8 RENAME TO sessions;
CREATE VIEW user_persons (user_id, person_id) AS
    SELECT u.id,
           CASE WHEN (SELECT value FROM meta WHERE key = 'identity_stitching') = 'off' THEN u.id
                ELSE coalesce(l.person_id, u.id) END
    FROM users u LEFT JOIN (
        SELECT alias_id, min(person_id) AS person_id FROM identity_links
        GROUP BY alias_id HAVING count(DISTINCT person_id) = 1
    ) l ON l.alias_id = u.id;
)sql";

// Version 9: each import's events counted by event name as it writes them (with their
// first and last time, and how many carry a device or channel, or an anonymous id), so the
// workspace's summary and the maturity evidence add up a few rows per import instead of
// reading every event (4.5 s at 10M events, on every opening of the window and after every
// import). An import counted before this version is counted here, once, from its rows.
constexpr std::string_view migration9 = R"sql(
CREATE TABLE import_types (
    import_id     INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    event_type_id INTEGER NOT NULL,     -- event_types.id
    events        INTEGER NOT NULL,
    first_ts      INTEGER NOT NULL,
    last_ts       INTEGER NOT NULL,
    with_context  INTEGER NOT NULL,     -- of them with a device or a channel
    anonymous     INTEGER NOT NULL,     -- of them with an anonymous id
    PRIMARY KEY (import_id, event_type_id)
) WITHOUT ROWID;
ALTER TABLE imports ADD COLUMN types_counted INTEGER NOT NULL DEFAULT 0; -- 1: its rows of import_types are all its events
)sql";

/**
 * Version 9's counts of the imports before it, from their rows in one pass (SQL's GROUP
 * BY sorted every event first: 9 s at 10M events, in the window's "Opening…").
 */
void countImportTypes(Connection &connection)
{
    std::map<qint64, ImportTypeCounts> imports;
    ImportTypeCounts *counts = nullptr;
    qint64 current = -1;
    Statement select(connection, "SELECT import_id, event_type_id, ts, device_id IS NOT NULL OR channel_id IS NOT NULL, "
                                 "anonymous_id IS NOT NULL FROM events");
    while (select.step()) {
        if (!counts || select.int64(0) != current) {
            current = select.int64(0);
            counts = &imports[current];
        }
        counts->add(select.int64(1), select.int64(2), select.int64(3) != 0, select.int64(4) != 0);
    }
    for (const auto &[importId, counted] : imports)
        counted.store(connection, importId);
    connection.exec("UPDATE imports SET types_counted = 1");
}

// Version 10: each import's events counted by the id they came under (import_users), so
// the persons' summary reads a few bytes a shopper instead of every event (1 s at 10M
// events, on every opening of the window and after every import). Imports from before
// are read from their rows, as before.
constexpr std::string_view migration10 = R"sql(
CREATE TABLE import_users (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    part      INTEGER NOT NULL,
    data      BLOB NOT NULL,            -- (users.id, events) as two 32-bit numbers each, by id (EventWriter::recordImport())
    UNIQUE (import_id, part)
);
ALTER TABLE imports ADD COLUMN users_counted INTEGER NOT NULL DEFAULT 0; -- 1: import_users holds all its events
)sql";

// Version 11: the users' and sessions' keys kept a second time, as each import's parts
// (DictionaryParts), so that the next import reads its dictionaries as a few blobs instead
// of millions of rows. They are complete while meta holds 'dictionary_parts' (the first
// import after this version, or after a removal, stores every key again).
constexpr std::string_view migration11 = R"sql(
CREATE TABLE user_parts (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    part      INTEGER NOT NULL,
    data      BLOB NOT NULL,            -- the users the import added: (id * 2 + anonymous, length, key) each
    UNIQUE (import_id, part)
);
CREATE TABLE session_parts (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    part      INTEGER NOT NULL,
    data      BLOB NOT NULL,            -- the sessions the import added: (id, length, key) each
    UNIQUE (import_id, part)
);
)sql";

// Version 12: the events' dedup keys leave their rows for each import's parts (EventTexts),
// front-coded in the order of the events' ids: the rows' longest text (a source's event id)
// at half its size, and one column less for each of the import's inserts. The rows of
// imports from before keep theirs, and are read where an import has no part.
constexpr std::string_view migration12 = R"sql(
CREATE TABLE key_texts (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    part      INTEGER NOT NULL,
    data      BLOB NOT NULL,            -- the events' dedup keys by id (EventTexts); none: no event has one
    UNIQUE (import_id, part)
);
)sql";

// Version 13: the events' other source columns (JSON) leave their rows as the dedup keys
// did (EventTexts, Kind::Properties); rows from before keep theirs.
constexpr std::string_view migration13 = R"sql(
CREATE TABLE property_texts (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    part      INTEGER NOT NULL,
    data      BLOB NOT NULL,            -- the events' properties by id (EventTexts); none: no event has any
    UNIQUE (import_id, part)
);
)sql";

// Version 14: the events without their rows. Each import's segment with its origins, its
// texts and its range of ids hold every column of every event (EventModule::keepRowsAside()
// makes them from the rows where an import from before has not got them); the rows, the
// file's largest table (563 MB of 1,122 at 11.8M events), are dropped, and `events` is the
// virtual table that gives them back from there (EventRecords, module funnelscope_events),
// for the app's own readers and for a person with the sqlite3 shell (`.load`, README).
// Workspace::open() compacts the file after (VACUUM).
constexpr std::string_view migration14 = R"sql(
DROP TABLE events;
CREATE VIRTUAL TABLE events USING funnelscope_events;
)sql";

constexpr std::array<std::string_view, 14> migrations = {migration1, migration2, migration3, migration4, migration5,
                                                          migration6, migration7, migration8, migration9, migration10,
                                                          migration11, migration12, migration13, migration14};

} // namespace

const QStringList &Schema::objects()
{
    static const QStringList names = {
        QStringLiteral("meta"), QStringLiteral("event_types"), QStringLiteral("users"), QStringLiteral("sessions"),
        QStringLiteral("dimension_values"), QStringLiteral("imports"), QStringLiteral("rejected_rows"),
        QStringLiteral("events"), QStringLiteral("dictionary_events"), QStringLiteral("dictionary_parameters"),
        QStringLiteral("change_log"), QStringLiteral("assessments"), QStringLiteral("assessment_scores"),
        QStringLiteral("annotations"), QStringLiteral("saved_reports"), QStringLiteral("event_segments"), QStringLiteral("event_keys"),
        QStringLiteral("import_types"), QStringLiteral("import_users"), QStringLiteral("identity_links"), QStringLiteral("user_persons"),
        QStringLiteral("user_parts"), QStringLiteral("session_parts"), QStringLiteral("key_texts"),
        QStringLiteral("property_texts"),
    };
    return names;
}

int Schema::currentVersion()
{
    return int(migrations.size());
}

void Schema::migrate(Connection &connection, int fromVersion, int toVersion)
{
    for (int version = fromVersion + 1; version <= std::min(toVersion, currentVersion()); ++version) {
        if (version == 14)
            EventModule::keepRowsAside(connection);
        connection.exec(migrations[size_t(version - 1)]);
        if (version == 9)
            countImportTypes(connection);
        connection.exec("PRAGMA user_version = " + std::to_string(version));
    }
    connection.exec("PRAGMA application_id = " + std::to_string(applicationId));
}

} // namespace Funnelscope
