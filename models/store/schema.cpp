#include "schema.h"

#include "connection.h"

#include <array>
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
    dedup_key     TEXT,
    properties    TEXT               -- JSON object of the other source columns
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

constexpr std::array<std::string_view, 3> migrations = {migration1, migration2, migration3};

} // namespace

int Schema::currentVersion()
{
    return int(migrations.size());
}

void Schema::migrate(Connection &connection, int fromVersion)
{
    for (int version = fromVersion + 1; version <= currentVersion(); ++version) {
        connection.exec(migrations[size_t(version - 1)]);
        connection.exec("PRAGMA user_version = " + std::to_string(version));
    }
    connection.exec("PRAGMA application_id = " + std::to_string(applicationId));
}

} // namespace Funnelscope
