// The DuckDB side of the benchmark (`make bench`): the same work as the sqlite_*.sql files,
// through DuckDB's Node.js bindings (@duckdb/node-api, installed by `make bench` into the
// build folder; never needed by the app or `make test`). Run as:
//   node duckdb.js import DB CSV   the shop CSV into a table, then a checkpoint
//   node duckdb.js funnel DB       the users reaching each of the 4 steps, a line each
//   node duckdb.js cohort DB       "cohort_start|k|users" lines of the weekly grid
// with the semantics the SQL files describe (DESIGN.md: the ordered funnel within 7 days,
// every start a chain, the earliest next step; cohorts by ISO week of the first event, UTC).
'use strict';
const { DuckDBInstance } = require('@duckdb/node-api');

const funnelSql = `
WITH e AS (
    SELECT user_id, event_name, "timestamp" AS ts FROM events
    WHERE event_name IN ('product_view', 'add_to_cart', 'begin_checkout', 'purchase')
), starts AS (
    SELECT user_id, ts AS t1, ts + INTERVAL 7 DAY AS deadline FROM e WHERE event_name = 'product_view'
), second AS (
    SELECT s.user_id, s.t1, s.deadline, min(x.ts) AS t2
    FROM starts s JOIN e x ON x.user_id = s.user_id AND x.event_name = 'add_to_cart' AND x.ts >= s.t1 AND x.ts <= s.deadline
    GROUP BY s.user_id, s.t1, s.deadline
), third AS (
    SELECT s.user_id, s.t1, s.deadline, min(x.ts) AS t3
    FROM second s JOIN e x ON x.user_id = s.user_id AND x.event_name = 'begin_checkout' AND x.ts >= s.t2 AND x.ts <= s.deadline
    GROUP BY s.user_id, s.t1, s.deadline, s.t2
), fourth AS (
    SELECT s.user_id
    FROM third s JOIN e x ON x.user_id = s.user_id AND x.event_name = 'purchase' AND x.ts >= s.t3 AND x.ts <= s.deadline
)
SELECT (SELECT count(DISTINCT user_id) FROM starts)
UNION ALL SELECT (SELECT count(DISTINCT user_id) FROM second)
UNION ALL SELECT (SELECT count(DISTINCT user_id) FROM third)
UNION ALL SELECT (SELECT count(DISTINCT user_id) FROM fourth)`;

const cohortSql = `
WITH weeks AS (
    SELECT DISTINCT user_id, date_diff('day', DATE '1970-01-05', CAST("timestamp" AS DATE)) // 7 AS week FROM events
), cohorts AS (
    SELECT user_id, min(week) AS cohort FROM weeks GROUP BY user_id
)
SELECT strftime(DATE '1970-01-05' + INTERVAL (c.cohort * 7) DAY, '%Y-%m-%d'), w.week - c.cohort, count(*)
FROM weeks w JOIN cohorts c USING (user_id)
WHERE w.week - c.cohort BETWEEN 0 AND 11
GROUP BY c.cohort, w.week - c.cohort
ORDER BY c.cohort, w.week - c.cohort`;

async function main() {
    const [command, database, csv] = process.argv.slice(2);
    const instance = await DuckDBInstance.create(database);
    const connection = await instance.connect();
    await connection.run("SET TimeZone = 'UTC'");
    if (command === 'import') {
        await connection.run(`CREATE TABLE events AS SELECT * FROM read_csv('${csv.replace(/'/g, "''")}', header = true)`);
        await connection.run('CHECKPOINT');
        return;
    }
    const reader = await connection.runAndReadAll(command === 'funnel' ? funnelSql : cohortSql);
    process.stdout.write(reader.getRows().map(row => row.map(String).join('|')).join('\n') + '\n');
}

main().catch(error => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
});
