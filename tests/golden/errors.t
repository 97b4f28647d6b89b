$ eventdb timeline Wagner
eventdb: error: {tmp}/golden.sqlite: no such database; import articles first (eventdb import FILE)
[exit 1]
$ eventdb import tests/fixtures/does-not-exist.txt
0 imported (0 replaced), 0 duplicates, 1 failed; 0 events
eventdb: error: tests/fixtures/does-not-exist.txt: no such file or directory
[exit 1]
$ eventdb import --published 2022-13-45 tests/fixtures/not_a_database.sqlite
eventdb: error: --published: '2022-13-45' is not a date (YYYY-MM-DD)
[exit 2]
$ eventdb sql "DELETE FROM articles"
eventdb: error: sql: refused: eventdb sql only reads (no writes, ATTACH, PRAGMA or extensions): not authorized
[exit 1]
$ eventdb sql "SELECT count(*) AS articles FROM articles"
articles
--------
       0
(1 row)
$ eventdb show 42
eventdb: error: no event 42
[exit 1]
$ eventdb timeline --type bogus Wagner
eventdb: error: --type: unknown event type 'bogus' (arms_transfer, sanction, casualties, force_size, funding, military_operation, accusation, statement, other)
[exit 2]
$ eventdb frobnicate
eventdb: error: unknown command 'frobnicate'
usage: eventdb [--db PATH] COMMAND ... (commands: import, timeline, sql, export, show, dates, stats, schema, actors, eval; see eventdb --help)
[exit 2]
