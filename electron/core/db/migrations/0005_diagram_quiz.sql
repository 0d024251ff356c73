-- Diagram quizzes: every checked attempt at naming the boxes of an interactive architecture diagram.
-- Rows refer to the diagram by its stable content id and are kept when a diagram leaves the bundle.
-- answers: JSON array of { nodeId, given, expected, correct }, one per box, in the diagram's order.
CREATE TABLE diagram_quiz_results (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  diagram_id TEXT NOT NULL,
  correct    INTEGER NOT NULL CHECK (correct >= 0),
  total      INTEGER NOT NULL CHECK (total > 0),
  answers    TEXT NOT NULL,
  taken_at   TEXT NOT NULL,
  CHECK (correct <= total)
) STRICT;

CREATE INDEX diagram_quiz_results_diagram ON diagram_quiz_results (diagram_id, taken_at);
CREATE INDEX diagram_quiz_results_time ON diagram_quiz_results (taken_at);
