-- Calculators: the learner's own prices for price-sheet rates, named scenarios and the last inputs of each
-- calculator. Rows refer to price sheets and calculators by their stable ids.

-- One row per overridden rate; deleting the row restores the sheet's price.
CREATE TABLE price_overrides (
  sheet_id   TEXT NOT NULL,
  rate_key   TEXT NOT NULL,
  value      REAL NOT NULL CHECK (value >= 0),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (sheet_id, rate_key)
) STRICT;

-- Named inputs of one calculator (inputs: JSON, checked against the calculator's schema when saved and read).
-- Names are unique per calculator, ignoring case.
CREATE TABLE calculator_scenarios (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  calculator_id TEXT NOT NULL,
  name          TEXT NOT NULL COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 80),
  inputs        TEXT NOT NULL CHECK (json_valid(inputs)),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (calculator_id, name)
) STRICT;

-- What each calculator's form last held, so it reopens where the learner left it.
CREATE TABLE calculator_last_inputs (
  calculator_id TEXT PRIMARY KEY NOT NULL,
  inputs        TEXT NOT NULL CHECK (json_valid(inputs)),
  updated_at    TEXT NOT NULL
) STRICT;
