-- Indexes for queries that run on every interaction and must stay fast with a long review history.
-- Each comes with the EXPLAIN QUERY PLAN of its query before and after.

-- Today's counts, read on every flashcard grade (reviews made, and distinct new cards first studied):
--   SELECT COUNT(*), COUNT(DISTINCT CASE WHEN json_extract(state_before, '$.state') = 0 THEN card_id END)
--   FROM card_reviews WHERE reviewed_at >= ? AND undone_at IS NULL
-- before: SEARCH card_reviews USING INDEX card_reviews_time (reviewed_at>?)  (then reads every review row
--         of the day, with both JSON states, to test undone_at and state_before)
--         and the earlier form of the new-card count, COUNT(DISTINCT card_id) ... AND json_extract(...) = 0,
--         was planned as SCAN card_reviews USING INDEX card_reviews_card (the whole log) on an unanalysed file.
-- after:  SEARCH card_reviews USING COVERING INDEX card_reviews_day_counts (reviewed_at>?)
CREATE INDEX IF NOT EXISTS card_reviews_day_counts
  ON card_reviews (reviewed_at, undone_at, json_extract(state_before, '$.state'), card_id);

-- The latest review of a card that is not undone, checked by every undo:
--   SELECT id FROM card_reviews WHERE card_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1
-- before: SEARCH card_reviews USING INDEX card_reviews_card (card_id=?)
--         USE TEMP B-TREE FOR ORDER BY  (reads and sorts every review of the card)
-- after:  SEARCH card_reviews USING INDEX card_reviews_latest (card_id=?)  (stops at the first entry)
CREATE INDEX IF NOT EXISTS card_reviews_latest ON card_reviews (card_id) WHERE undone_at IS NULL;

-- Readiness over time: the last review in effect of a card before a moment, looked up once per card per point
-- of the dashboard's history (about 650 cards × 60 points), with the stability after that review:
--   SELECT reviewed_at || ' ' || json_extract(state_after, '$.stability') FROM card_reviews
--   WHERE card_id = ? AND undone_at IS NULL AND reviewed_at <= ? ORDER BY reviewed_at DESC, id DESC LIMIT 1
-- before: SEARCH card_reviews USING INDEX card_reviews_card (card_id=? AND reviewed_at<?)
--         (then reads the review's row, about 700 bytes, and parses its JSON, for each of 39,000 lookups;
--         the dashboard used to read every review instead: SCAN card_reviews USING INDEX card_reviews_time)
-- after:  SEARCH card_reviews USING COVERING INDEX card_reviews_memory (card_id=? AND undone_at=? AND reviewed_at<?)
--         (one step into the index; id orders reviews made in the same millisecond, and the stability is
--         kept in the index, so neither the row nor its JSON is read)
CREATE INDEX IF NOT EXISTS card_reviews_memory
  ON card_reviews (card_id, undone_at, reviewed_at, id, json_extract(state_after, '$.stability'));

-- Study activity (the one table readiness keeps, where 0003 kept none: derived data that only the triggers
-- write, so it can never disagree with card_reviews): reviews in effect per UTC quarter-hour, kept by the triggers below in the same transaction
-- as every change to card_reviews, so the dashboard sums at most 96 rows a day instead of counting every
-- review of the history (a million reviews: 2 years × 96 quarter-hours is 70,000 rows at most). Local days
-- in every zone in use begin on a quarter-hour, so these sums give each local day's count exactly; the
-- dashboard checks that for the learner's zone. A time not in the form the app writes
-- (YYYY-MM-DDTHH:MM:SS.sssZ, from 1970), possible only from an edited import file, is counted under
-- quarter -1: the dashboard then counts from the reviews themselves.
-- A quarter whose reviews were all undone or removed keeps its row at 0 (the sums skip it). ON CONFLICT IGNORE:
-- a restore copies every table, and the triggers have already rebuilt this one's rows while card_reviews was
-- copied, so the copied rows are skipped instead of failing.
--   the dashboard's count for a day, before: SELECT count(*) FROM card_reviews
--     WHERE reviewed_at >= ? AND reviewed_at < ? AND undone_at IS NULL
--     SEARCH card_reviews USING COVERING INDEX card_reviews_day_counts (reviewed_at>? AND reviewed_at<?)
--     (one step per review: every review of two years for the calendar)
--   after: SELECT total(reviews) FROM review_activity WHERE quarter >= ? AND quarter < ?
--     SEARCH review_activity USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)  (at most 96 rows a day)
CREATE TABLE IF NOT EXISTS review_activity (
  quarter INTEGER PRIMARY KEY ON CONFLICT IGNORE NOT NULL, -- UTC quarter-hours since 1970, or -1
  reviews INTEGER NOT NULL
) STRICT;

INSERT INTO review_activity (quarter, reviews)
SELECT CASE WHEN reviewed_at >= '1970' AND substr(reviewed_at, 12, 2) < '24'
              AND strftime('%Y-%m-%dT%H:%M:%fZ', reviewed_at) IS reviewed_at
            THEN unixepoch(reviewed_at) / 900 ELSE -1 END AS q, count(*)
FROM card_reviews WHERE undone_at IS NULL GROUP BY q;

CREATE TRIGGER IF NOT EXISTS card_reviews_activity_insert AFTER INSERT ON card_reviews
WHEN NEW.undone_at IS NULL
BEGIN
  INSERT INTO review_activity (quarter, reviews)
  VALUES (CASE WHEN NEW.reviewed_at >= '1970' AND substr(NEW.reviewed_at, 12, 2) < '24'
                 AND strftime('%Y-%m-%dT%H:%M:%fZ', NEW.reviewed_at) IS NEW.reviewed_at
               THEN unixepoch(NEW.reviewed_at) / 900 ELSE -1 END, 1)
  ON CONFLICT (quarter) DO UPDATE SET reviews = reviews + 1;
END;

CREATE TRIGGER IF NOT EXISTS card_reviews_activity_delete AFTER DELETE ON card_reviews
WHEN OLD.undone_at IS NULL
BEGIN
  UPDATE review_activity SET reviews = reviews - 1
  WHERE quarter = CASE WHEN OLD.reviewed_at >= '1970' AND substr(OLD.reviewed_at, 12, 2) < '24'
                         AND strftime('%Y-%m-%dT%H:%M:%fZ', OLD.reviewed_at) IS OLD.reviewed_at
                       THEN unixepoch(OLD.reviewed_at) / 900 ELSE -1 END;
END;

CREATE TRIGGER IF NOT EXISTS card_reviews_activity_update AFTER UPDATE OF reviewed_at, undone_at ON card_reviews
BEGIN
  UPDATE review_activity SET reviews = reviews - 1
  WHERE OLD.undone_at IS NULL
    AND quarter = CASE WHEN OLD.reviewed_at >= '1970' AND substr(OLD.reviewed_at, 12, 2) < '24'
                         AND strftime('%Y-%m-%dT%H:%M:%fZ', OLD.reviewed_at) IS OLD.reviewed_at
                       THEN unixepoch(OLD.reviewed_at) / 900 ELSE -1 END;
  INSERT INTO review_activity (quarter, reviews)
  SELECT CASE WHEN NEW.reviewed_at >= '1970' AND substr(NEW.reviewed_at, 12, 2) < '24'
                AND strftime('%Y-%m-%dT%H:%M:%fZ', NEW.reviewed_at) IS NEW.reviewed_at
              THEN unixepoch(NEW.reviewed_at) / 900 ELSE -1 END, 1
  WHERE NEW.undone_at IS NULL
  ON CONFLICT (quarter) DO UPDATE SET reviews = reviews + 1;
END;
