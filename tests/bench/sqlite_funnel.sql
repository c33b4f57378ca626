-- The 4-step ordered funnel product_view → add_to_cart → begin_checkout → purchase within
-- 7 days, by users, as DESIGN.md defines it: every product_view starts a chain; each next
-- step is the earliest matching event at or after the previous step's, while it is at most
-- 7 days after the start; a user's level is the best over all starts. Prints the users
-- reaching each step, one line per step. (Timestamps are ISO text with milliseconds and Z,
-- so text order is time order; the demo never has two events of a user at the same
-- millisecond, so "at or after" needs no tie-break.)
WITH starts AS (
    SELECT user_id, ts AS t1, strftime('%Y-%m-%dT%H:%M:%fZ', ts, '+7 days') AS deadline
    FROM events WHERE event_name = 'product_view'
), second AS (
    SELECT user_id, deadline,
           (SELECT min(e.ts) FROM events e WHERE e.event_name = 'add_to_cart' AND e.user_id = s.user_id
                AND e.ts >= s.t1 AND e.ts <= s.deadline) AS t2
    FROM starts s
), third AS (
    SELECT user_id, deadline, t2,
           (SELECT min(e.ts) FROM events e WHERE e.event_name = 'begin_checkout' AND e.user_id = s.user_id
                AND e.ts >= s.t2 AND e.ts <= s.deadline) AS t3
    FROM second s WHERE t2 IS NOT NULL
), fourth AS (
    SELECT user_id,
           (SELECT min(e.ts) FROM events e WHERE e.event_name = 'purchase' AND e.user_id = s.user_id
                AND e.ts >= s.t3 AND e.ts <= s.deadline) AS t4
    FROM third s WHERE t3 IS NOT NULL
)
SELECT (SELECT count(DISTINCT user_id) FROM starts)
UNION ALL SELECT (SELECT count(DISTINCT user_id) FROM second WHERE t2 IS NOT NULL)
UNION ALL SELECT (SELECT count(DISTINCT user_id) FROM third WHERE t3 IS NOT NULL)
UNION ALL SELECT (SELECT count(DISTINCT user_id) FROM fourth WHERE t4 IS NOT NULL);
