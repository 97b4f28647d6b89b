$ eventdb import tests/fixtures/import_folder
imported tests/fixtures/import_folder/feeds/2022/world.rss#item 1 as article 1: 2 events
imported tests/fixtures/import_folder/feeds/2022/world.rss#item 2 as article 2: 1 events
imported tests/fixtures/import_folder/feeds/north.jsonl#line 1 as article 3: 0 events
imported tests/fixtures/import_folder/feeds/north.jsonl#line 3 as article 4: 1 events
imported tests/fixtures/import_folder/wire/eu_sanctions.txt as article 5: 1 events
imported tests/fixtures/import_folder/wire/page.html as article 6: 1 events
6 imported (0 replaced), 0 duplicates, 4 failed; 6 events
eventdb: error: tests/fixtures/import_folder/broken/archive.bin: binary data, not an article
eventdb: error: tests/fixtures/import_folder/broken/deeper/truncated.xml: not valid XML at line 13, column 37 (offset 599): Start-end tags mismatch
eventdb: error: tests/fixtures/import_folder/broken/empty.txt: empty file
eventdb: error: tests/fixtures/import_folder/feeds/north.jsonl: line 2: not valid JSON: parse error at line 1, column 103: syntax error while parsing object - unexpected end of input; expected '}'
[exit 1]
$ eventdb import --quiet --jobs 3 tests/fixtures/import_folder
0 imported (0 replaced), 6 duplicates, 4 failed; 0 events
eventdb: tests/fixtures/import_folder/feeds/2022/world.rss#item 1: already imported as article 1; skipped
eventdb: tests/fixtures/import_folder/feeds/2022/world.rss#item 2: already imported as article 2; skipped
eventdb: tests/fixtures/import_folder/feeds/north.jsonl#line 1: already imported as article 3; skipped
eventdb: tests/fixtures/import_folder/feeds/north.jsonl#line 3: already imported as article 4; skipped
eventdb: tests/fixtures/import_folder/wire/eu_sanctions.txt: already imported as article 5; skipped
eventdb: tests/fixtures/import_folder/wire/page.html: already imported as article 6; skipped
eventdb: error: tests/fixtures/import_folder/broken/archive.bin: binary data, not an article
eventdb: error: tests/fixtures/import_folder/broken/deeper/truncated.xml: not valid XML at line 13, column 37 (offset 599): Start-end tags mismatch
eventdb: error: tests/fixtures/import_folder/broken/empty.txt: empty file
eventdb: error: tests/fixtures/import_folder/feeds/north.jsonl: line 2: not valid JSON: parse error at line 1, column 103: syntax error while parsing object - unexpected end of input; expected '}'
[exit 1]
$ eventdb sql "SELECT id, title, url FROM articles ORDER BY id"
id  title                                               url
--  --------------------------------------------------  --------------------------------------------------------
 1  U.S. adds shipping firms to sanctions list          https://eastline.example.com/world/us-shipping-sanctions
 2  Fighting kills 40 people in Sudan                   https://eastline.example.com/world/sudan-fighting
 3  Finland moves to close border crossings             https://north.example.com/finland-border
 4  Germany pledges tanks                               https://north.example.com/germany-tanks
 5  EU adopts new sanctions on Russian arms suppliers   https://wire.example.com/world/eu-arms-suppliers
 6  Britain sends more air defence missiles to Ukraine  https://daily.example.co.uk/world/uk-air-defence
(6 rows)
