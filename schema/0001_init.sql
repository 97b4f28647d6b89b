-- eventdb schema, version 1. Never edited once landed: later changes go in 0002_*.sql etc.
-- Dates are ISO text (YYYY-MM-DD) checked by GLOB; every table is STRICT.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,   -- 'dictionary_hash': hash of the dictionary data last loaded
  value TEXT NOT NULL
) STRICT;

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  content_hash  TEXT NOT NULL UNIQUE,          -- hash of the normalised body: re-imports are no-ops
  url           TEXT,
  title         TEXT NOT NULL DEFAULT '',
  author        TEXT NOT NULL DEFAULT '',
  published     TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  published_utc TEXT,                          -- full instant when the input had one
  origin        TEXT NOT NULL DEFAULT '',      -- file it was read from
  imported_at   TEXT NOT NULL,
  body          TEXT NOT NULL
) STRICT;
CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;

CREATE TABLE actors (
  id        INTEGER PRIMARY KEY,
  key       TEXT UNIQUE,                       -- dictionary key ('usa', 'wagner_group'); NULL if found in text
  name      TEXT NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('state', 'government_body', 'organisation', 'armed_group',
                                          'company', 'person', 'place', 'unknown')),
  code      TEXT,                              -- ISO 3166-1 alpha-3 for states
  parent_id INTEGER REFERENCES actors(id),     -- state of a ministry, country of a place
  origin    TEXT NOT NULL CHECK (origin IN ('dictionary', 'text', 'user'))
) STRICT;
CREATE UNIQUE INDEX actors_name ON actors(name COLLATE NOCASE);

CREATE TABLE actor_aliases (
  alias     TEXT NOT NULL,
  actor_id  INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  facet     TEXT NOT NULL DEFAULT 'name' CHECK (facet IN ('name', 'demonym', 'capital', 'gov')),
  ambiguous INTEGER NOT NULL DEFAULT 0 CHECK (ambiguous IN (0, 1)),
  PRIMARY KEY (alias, actor_id)
) STRICT;
CREATE INDEX actor_aliases_nocase ON actor_aliases(alias COLLATE NOCASE);
CREATE INDEX actor_aliases_actor ON actor_aliases(actor_id);

CREATE TABLE actor_roles (
  person_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  title     TEXT NOT NULL,
  org_id    INTEGER REFERENCES actors(id),
  date_from TEXT,                              -- first day of the role (YYYY-MM-DD)
  date_to   TEXT                               -- last day, NULL while ongoing
) STRICT;
CREATE INDEX actor_roles_person ON actor_roles(person_id);

CREATE TABLE events (
  id           INTEGER PRIMARY KEY,
  article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  type         TEXT NOT NULL CHECK (type IN ('arms_transfer', 'sanction', 'casualties', 'force_size',
                                             'funding', 'military_operation', 'accusation',
                                             'statement', 'other')),
  subtype      TEXT NOT NULL DEFAULT '',
  modality     TEXT NOT NULL CHECK (modality IN ('asserted', 'planned', 'threatened', 'alleged',
                                                 'denied', 'negated')),
  date_value   TEXT NOT NULL DEFAULT '',       -- '2022-11', '2022-12-22', '2014..2016', ''
  date_grain   TEXT NOT NULL CHECK (date_grain IN ('day', 'week', 'month', 'quarter', 'year', 'decade',
                                                   'range', 'approx', 'unknown')),
  date_first   TEXT CHECK (date_first IS NULL OR date_first GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  date_last    TEXT CHECK (date_last IS NULL OR date_last GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  date_text    TEXT NOT NULL DEFAULT '',       -- the time expression ('last month')
  date_basis   TEXT NOT NULL CHECK (date_basis IN ('text', 'published')),
  source_actor_id INTEGER REFERENCES actors(id),
  source_name  TEXT,                           -- who said it
  location_actor_id INTEGER REFERENCES actors(id),
  items        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(items)),
  cameo        TEXT NOT NULL DEFAULT '',
  plover       TEXT NOT NULL DEFAULT '',
  rule         TEXT NOT NULL,                  -- id of the lexicon rule that fired
  sentence     TEXT NOT NULL,                  -- evidence
  span_start   INTEGER NOT NULL,               -- byte offsets of the sentence in articles.body
  span_end     INTEGER NOT NULL
) STRICT;
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date_first, id);
CREATE INDEX events_type_date ON events(type, date_first);

CREATE TABLE event_actors (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,                   -- order within the event
  actor_id INTEGER NOT NULL REFERENCES actors(id),
  role     TEXT NOT NULL CHECK (role IN ('agent', 'recipient', 'target', 'affected')),
  mention  TEXT NOT NULL,                      -- the words used ('Washington')
  PRIMARY KEY (event_id, position)
) STRICT;
CREATE INDEX event_actors_actor ON event_actors(actor_id, event_id);

CREATE TABLE quantities (
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
) STRICT;

CREATE TABLE event_evidence (                  -- later mentions of the same fact
  event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  sentence   TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  PRIMARY KEY (event_id, position)
) STRICT;

-- Full-text search over article text and event evidence (external content, kept in sync).
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE VIRTUAL TABLE events_fts USING fts5(sentence, content='events', content_rowid='id');
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, sentence) VALUES (new.id, new.sentence);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence);
END;

-- One row per (event, actor): what `eventdb timeline` reads.
CREATE VIEW timeline AS
SELECT e.id          AS event_id,
       e.date_value, e.date_grain, e.date_first, e.date_last, e.date_basis,
       e.type, e.subtype, e.modality,
       a.name        AS actor,
       ea.role,
       ea.mention,
       e.source_name AS source,
       e.sentence,
       ar.id         AS article_id,
       ar.title      AS article_title,
       ar.url        AS article_url,
       ar.published  AS article_published
FROM events e
JOIN event_actors ea ON ea.event_id = e.id
JOIN actors a        ON a.id = ea.actor_id
JOIN articles ar     ON ar.id = e.article_id;
