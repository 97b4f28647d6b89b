-- Who added an alias: the shipped dictionary, or a user through `eventdb actors add/alias/merge`.
-- A dictionary sync replaces only 'dictionary' aliases, so user additions survive upgrades.
-- (SQLite accepts ADD COLUMN with a constant DEFAULT and a CHECK on a STRICT table; existing rows
-- get 'dictionary'.)
ALTER TABLE actor_aliases ADD COLUMN origin TEXT NOT NULL DEFAULT 'dictionary'
  CHECK (origin IN ('dictionary', 'user'));
