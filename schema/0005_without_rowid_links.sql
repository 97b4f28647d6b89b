-- eventdb schema, version 5: leaner import writes (issue #8, docs/performance.md).

-- event_actors, quantities and event_evidence become WITHOUT ROWID tables clustered on their
-- primary key (event_id, position). As rowid tables each row was written twice: once in the
-- table and once in the primary-key index (sqlite_autoindex_..._1), which every lookup by
-- event used anyway. Now the table is that index: one B-tree insert less per row, and reads
-- by event find the whole row in one place. Columns, keys, checks, foreign keys and indexes
-- are unchanged, and rows of one event still come in `position` order.
-- legacy_alter_table: the RENAME below must not rewrite or re-check the views that name these
-- tables (they name the final table names, which exist again after the RENAME).
PRAGMA legacy_alter_table = ON;

CREATE TABLE event_actors_new (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,                   -- order within the event
  actor_id INTEGER NOT NULL REFERENCES actors(id),
  role     TEXT NOT NULL CHECK (role IN ('agent', 'recipient', 'target', 'affected')),
  mention  TEXT NOT NULL,                      -- the words used ('Washington')
  date_first TEXT
    CHECK (date_first IS NULL OR date_first GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  date_last TEXT
    CHECK (date_last IS NULL OR date_last GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  PRIMARY KEY (event_id, position)
) STRICT, WITHOUT ROWID;
INSERT INTO event_actors_new(event_id, position, actor_id, role, mention, date_first, date_last)
  SELECT event_id, position, actor_id, role, mention, date_first, date_last FROM event_actors;
DROP TABLE event_actors;
ALTER TABLE event_actors_new RENAME TO event_actors;
CREATE INDEX event_actors_actor_date ON event_actors(actor_id, date_first, date_last, event_id);

CREATE TABLE quantities_new (
  event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  value       REAL NOT NULL,
  minor_units INTEGER,                         -- money only: amount in cents (value * 100)
  unit        TEXT NOT NULL,                   -- person, USD, RUB, percent, missile, ...
  what        TEXT NOT NULL DEFAULT '',        -- killed, contractors, spending, ...
  approx      TEXT NOT NULL CHECK (approx IN ('exact', 'approximate', 'at_least', 'more_than',
                                               'at_most', 'less_than')),
  per         TEXT NOT NULL DEFAULT '',        -- rate period ('month')
  text        TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (event_id, position)
) STRICT, WITHOUT ROWID;
INSERT INTO quantities_new(event_id, position, value, minor_units, unit, what, approx, per, text)
  SELECT event_id, position, value, minor_units, unit, what, approx, per, text FROM quantities;
DROP TABLE quantities;
ALTER TABLE quantities_new RENAME TO quantities;

CREATE TABLE event_evidence_new (              -- later mentions of the same fact
  event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  sentence   TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  PRIMARY KEY (event_id, position)
) STRICT, WITHOUT ROWID;
INSERT INTO event_evidence_new(event_id, position, sentence, span_start, span_end)
  SELECT event_id, position, sentence, span_start, span_end FROM event_evidence;
DROP TABLE event_evidence;
ALTER TABLE event_evidence_new RENAME TO event_evidence;

PRAGMA legacy_alter_table = OFF;
