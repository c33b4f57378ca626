-- The weekly retention grid: a user's cohort is the ISO week (from Monday, UTC) of their
-- first event; cell (c, k) counts the cohort's users with any event in week c + k.
-- Prints "cohort_start|k|users" lines for k = 0..11. Week numbers count Mondays since
-- 1970-01-05.
WITH weeks AS (
    SELECT user_id, (CAST(julianday(substr(ts, 1, 10)) - 2440587.5 AS INTEGER) - 4) / 7 AS week
    FROM events GROUP BY user_id, week
), cohorts AS (
    SELECT user_id, min(week) AS cohort FROM weeks GROUP BY user_id
)
SELECT date('1970-01-05', '+' || (c.cohort * 7) || ' days'), w.week - c.cohort, count(*)
FROM weeks w JOIN cohorts c USING (user_id)
WHERE w.week - c.cohort BETWEEN 0 AND 11
GROUP BY c.cohort, w.week - c.cohort
ORDER BY c.cohort, w.week - c.cohort;
