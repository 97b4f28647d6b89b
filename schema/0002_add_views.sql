-- eventdb schema, version 2: read-only views for `eventdb sql`, one per question people ask.
-- Names in these views are canonical actor names (actors.name); lists are comma-joined in the
-- order the sentence gave them. Dates keep their precision: date_value is the label
-- ('2022-11', '~2022-09..2022-12', '2014..2016'), date_first/date_last the days it covers.
-- docs/queries.md has worked examples.

-- One row per event, with its actors by role, its numbers and where it was read.
CREATE VIEW v_events AS
SELECT e.id AS event_id,
       e.date_value, e.date_grain, e.date_first, e.date_last, e.date_basis,
       e.type, e.subtype, e.modality,
       (SELECT group_concat(name, ', ') FROM (SELECT a.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
         WHERE ea.event_id = e.id AND ea.role = 'agent' ORDER BY ea.position)) AS agents,
       (SELECT group_concat(name, ', ') FROM (SELECT a.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
         WHERE ea.event_id = e.id AND ea.role = 'recipient' ORDER BY ea.position)) AS recipients,
       (SELECT group_concat(name, ', ') FROM (SELECT a.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
         WHERE ea.event_id = e.id AND ea.role = 'target' ORDER BY ea.position)) AS targets,
       (SELECT group_concat(name, ', ') FROM (SELECT a.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
         WHERE ea.event_id = e.id AND ea.role = 'affected' ORDER BY ea.position)) AS affected,
       -- '>100000000 USD/month', '≈50000 person (fighters)': qualifier sign, value, unit, what, rate
       (SELECT group_concat(q, '; ') FROM (SELECT
           CASE approx WHEN 'approximate' THEN '≈' WHEN 'at_least' THEN '≥' WHEN 'more_than' THEN '>'
                       WHEN 'at_most' THEN '≤' WHEN 'less_than' THEN '<' ELSE '' END
           || CASE WHEN value = CAST(value AS INTEGER) THEN CAST(CAST(value AS INTEGER) AS TEXT)
                   ELSE CAST(value AS TEXT) END
           || ' ' || unit
           || CASE WHEN what <> '' THEN ' (' || what || ')' ELSE '' END
           || CASE WHEN per <> '' THEN '/' || per ELSE '' END AS q
         FROM quantities WHERE event_id = e.id ORDER BY position)) AS quantities,
       (SELECT group_concat(value, ', ') FROM json_each(e.items)) AS items,
       l.name        AS place,
       e.source_name AS source,
       ar.id         AS article_id,
       ar.title      AS article_title,
       ar.url        AS article_url,
       ar.published  AS article_published,
       e.sentence
FROM events e
JOIN articles ar    ON ar.id = e.article_id
LEFT JOIN actors l  ON l.id = e.location_actor_id;

-- Sanctions: one row per (event, target). measure is the subtype ('asset_freeze', 'ban', ...);
-- imposed_by lists the agents. A sanction with no named target has one row with target NULL.
CREATE VIEW v_sanctions AS
SELECT v.event_id, v.date_value, v.date_grain, v.date_first, v.date_last,
       v.subtype AS measure, v.modality,
       v.agents  AS imposed_by,
       t.name    AS target,
       v.source, v.article_id, v.article_title, v.sentence
FROM v_events v
LEFT JOIN event_actors ea ON ea.event_id = v.event_id AND ea.role = 'target'
LEFT JOIN actors t        ON t.id = ea.actor_id
WHERE v.type = 'sanction';

-- Arms transfers: one row per (event, recipient). supplier lists the agents, items the weapons.
CREATE VIEW v_arms_transfers AS
SELECT v.event_id, v.date_value, v.date_grain, v.date_first, v.date_last,
       v.subtype, v.modality,
       v.agents AS supplier,
       r.name   AS recipient,
       v.items, v.quantities,
       v.source, v.article_id, v.article_title, v.sentence
FROM v_events v
LEFT JOIN event_actors ea ON ea.event_id = v.event_id AND ea.role = 'recipient'
LEFT JOIN actors r        ON r.id = ea.actor_id
WHERE v.type = 'arms_transfer';

-- Casualty figures: one row per number (an event without a number has one row, value NULL).
-- approx says how the number was qualified ('approximate', 'at_least', 'more_than', ...).
CREATE VIEW v_casualties AS
SELECT v.event_id, v.date_value, v.date_grain, v.date_first, v.date_last,
       v.subtype, v.modality,
       v.affected, v.agents AS caused_by, v.place,
       q.value, q.unit, q.approx, q.what, q.text AS figure_text,
       v.source, v.article_id, v.article_title, v.sentence
FROM v_events v
LEFT JOIN quantities q ON q.event_id = v.event_id
WHERE v.type = 'casualties';

-- "Who said it" lookups: `v_events WHERE source = ...` and moving an actor's events when
-- actors are merged (EXPLAIN QUERY PLAN showed full scans of events for both).
CREATE INDEX events_source_name ON events(source_name) WHERE source_name IS NOT NULL;
CREATE INDEX events_source_actor ON events(source_actor_id) WHERE source_actor_id IS NOT NULL;
