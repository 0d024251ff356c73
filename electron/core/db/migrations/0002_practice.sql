-- Practice: flashcard scheduling (FSRS), quiz answers and mock exams.
-- Rows refer to content by its stable id and are never deleted when an item leaves the bundle.

-- One row per card the learner has reviewed, suspended or buried; a card without a row is new.
-- The FSRS columns are exactly the fields of a ts-fsrs Card (dates as ISO 8601 UTC text).
CREATE TABLE card_states (
  card_id        TEXT PRIMARY KEY NOT NULL,
  due            TEXT NOT NULL,
  stability      REAL NOT NULL,
  difficulty     REAL NOT NULL,
  elapsed_days   INTEGER NOT NULL,
  scheduled_days INTEGER NOT NULL,
  learning_steps INTEGER NOT NULL,
  reps           INTEGER NOT NULL,
  lapses         INTEGER NOT NULL,
  state          INTEGER NOT NULL CHECK (state IN (0, 1, 2, 3)), -- New, Learning, Review, Relearning
  last_review    TEXT,
  suspended      INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
  buried_until   TEXT,
  updated_at     TEXT NOT NULL
) STRICT;

CREATE INDEX card_states_due ON card_states (due) WHERE suspended = 0;

-- Every graded review. state_before/state_after hold the card's row as JSON (every column of card_states
-- but card_id), so the scheduler and statistics can be rebuilt from history and undo is exact.
-- created_row = 1 when the review created the card's row (undo then removes it again).
-- An undone review is kept and marked with undone_at.
CREATE TABLE card_reviews (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  card_id      TEXT NOT NULL,
  grade        INTEGER NOT NULL CHECK (grade IN (1, 2, 3, 4)), -- Again, Hard, Good, Easy
  reviewed_at  TEXT NOT NULL,
  elapsed_ms   INTEGER NOT NULL CHECK (elapsed_ms >= 0),
  state_before TEXT NOT NULL,
  state_after  TEXT NOT NULL,
  created_row  INTEGER NOT NULL DEFAULT 0 CHECK (created_row IN (0, 1)),
  undone_at    TEXT
) STRICT;

CREATE INDEX card_reviews_time ON card_reviews (reviewed_at);
CREATE INDEX card_reviews_card ON card_reviews (card_id, reviewed_at);

-- Mock exams: the drawn paper, the learner's progress through it and, once submitted, its result.
-- question_ids: JSON array in exam order; answers: JSON object question id -> array of option ids;
-- flags: JSON array of question ids; question_time_ms: JSON object question id -> ms spent;
-- domain_results: JSON array of { domain, correct, total }.
CREATE TABLE mock_exams (
  id               TEXT PRIMARY KEY NOT NULL,
  seed             INTEGER NOT NULL,
  started_at       TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('in_progress', 'paused', 'submitted')),
  time_limit_ms    INTEGER NOT NULL CHECK (time_limit_ms > 0),
  time_used_ms     INTEGER NOT NULL DEFAULT 0 CHECK (time_used_ms >= 0),
  question_ids     TEXT NOT NULL,
  answers          TEXT NOT NULL DEFAULT '{}',
  flags            TEXT NOT NULL DEFAULT '[]',
  question_time_ms TEXT NOT NULL DEFAULT '{}',
  current_index    INTEGER NOT NULL DEFAULT 0,
  updated_at       TEXT NOT NULL,
  submitted_at     TEXT,
  raw_correct      INTEGER,
  scaled_score     INTEGER CHECK (scaled_score IS NULL OR scaled_score BETWEEN 100 AND 1000),
  passed           INTEGER CHECK (passed IS NULL OR passed IN (0, 1)),
  domain_results   TEXT
) STRICT;

CREATE INDEX mock_exams_started ON mock_exams (started_at);
CREATE INDEX mock_exams_status ON mock_exams (status);

-- Every answered question, from quizzes, retries of mistakes and submitted mock exams.
-- chosen: JSON array of option ids (empty when a mock question was left unanswered).
CREATE TABLE quiz_answers (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  question_id TEXT NOT NULL,
  chosen      TEXT NOT NULL,
  correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
  answered_at TEXT NOT NULL,
  elapsed_ms  INTEGER NOT NULL CHECK (elapsed_ms >= 0),
  source      TEXT NOT NULL CHECK (source IN ('quiz', 'mock', 'retry')),
  mock_id     TEXT REFERENCES mock_exams (id),
  CHECK ((source = 'mock') = (mock_id IS NOT NULL))
) STRICT;

CREATE INDEX quiz_answers_question ON quiz_answers (question_id, answered_at);
CREATE INDEX quiz_answers_time ON quiz_answers (answered_at);
CREATE INDEX quiz_answers_mock ON quiz_answers (mock_id) WHERE mock_id IS NOT NULL;
