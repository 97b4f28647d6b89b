-- eventdb schema, version 4: faster imports and timelines (issue #8, docs/performance.md).

-- New rows are added to the full-text indexes by the writer, once per write transaction
-- (store::Database flushes `INSERT INTO ..._fts SELECT ... WHERE id > last indexed id` before
-- it commits), instead of by a trigger per row: FTS5 writes its pending index at every
-- statement savepoint, so per-row triggers wrote a segment per statement. The delete triggers
-- stay. A program that inserts rows with plain SQL must add them to the indexes itself.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER events_fts_insert;

-- The timeline of an actor, in date order, straight from one index: event_actors repeats its
-- event's date_first and date_last (written with the link; events' dates never change), so
-- `timeline ACTOR --limit N` reads N entries of event_actors_actor_date instead of sorting all
-- the actor's events. The index also serves every `actor_id = ?` lookup of the old one.
ALTER TABLE event_actors ADD COLUMN date_first TEXT
  CHECK (date_first IS NULL OR date_first GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE event_actors ADD COLUMN date_last TEXT
  CHECK (date_last IS NULL OR date_last GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
UPDATE event_actors SET (date_first, date_last) =
  (SELECT e.date_first, e.date_last FROM events e WHERE e.id = event_actors.event_id);
DROP INDEX event_actors_actor;
CREATE INDEX event_actors_actor_date ON event_actors(actor_id, date_first, date_last, event_id);
