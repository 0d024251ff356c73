-- The foundation: settings and reading progress.
CREATE TABLE settings (
  key        TEXT PRIMARY KEY NOT NULL,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE note_reads (
  note_id TEXT PRIMARY KEY NOT NULL,
  read_at TEXT NOT NULL
) STRICT;
