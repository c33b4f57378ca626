-- The sqlite3 side of the benchmark: the shop CSV into a typed table, with the two
-- indexes a funnel and a cohort query need. Run as: sqlite3 DB < sqlite_import.sql
-- with the CSV path substituted for @CSV@ by the benchmark.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE events (
    event_id   TEXT,
    user_id    TEXT NOT NULL,
    session_id TEXT,
    event_name TEXT NOT NULL,
    ts         TEXT NOT NULL,
    device     TEXT,
    channel    TEXT,
    country    TEXT,
    product_id TEXT,
    category   TEXT,
    price      REAL,
    revenue    REAL
);
.import --csv --skip 1 @CSV@ events
CREATE INDEX events_event_user_ts ON events (event_name, user_id, ts);
CREATE INDEX events_user_ts ON events (user_id, ts);
