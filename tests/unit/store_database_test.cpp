#include "core/embedded.hpp"
#include "core/errors.hpp"
#include "core/time_value.hpp"
#include "store/database.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <string>
#include <thread>

#include <unistd.h>
#include <vector>

using namespace eventdb;
using namespace date::literals;

namespace {

// A database path of this test process's own, with no file left from an earlier run:
// several builds of the suite may run at once on one machine.
std::filesystem::path fresh_path(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("eventdb_store_tests_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    std::filesystem::remove(path.string() + suffix);
  }
  return path;
}

core::Article article(std::string body, std::string url = {}) {
  core::Article a;
  a.title = "Test";
  a.body = std::move(body);
  a.url = std::move(url);
  a.published = 2022_y / 12 / 22;
  a.origin = "test.txt";
  return a;
}

core::Event event(core::EventType type, core::TimeValue date, std::string agent,
                  std::string recipient) {
  core::Event e;
  e.type = type;
  e.subtype = "delivery";
  e.date = std::move(date);
  e.actors.push_back({agent, agent, core::ActorKind::state, core::Role::agent});
  e.actors.push_back({recipient, recipient, core::ActorKind::armed_group, core::Role::recipient});
  e.quantities.push_back({100e6, "USD", "spending", core::Approx::more_than, "month", "$100M"});
  e.items = {"rockets"};
  e.rule = "test.rule";
  e.evidence = {"A sentence.", 0, 11};
  return e;
}

std::int64_t actor_id(const store::Database& db, const std::string& name) {
  const auto found = db.find_actors(name);
  REQUIRE(found.size() == 1);
  return found[0].id;
}

} // namespace

TEST_CASE("a new database gets every migration", "[store]") {
  store::Database db(":memory:", store::OpenMode::read_write);
  CHECK(db.schema_version() >= 1);
  const auto r = db.query("SELECT name FROM sqlite_schema WHERE type = 'view' AND name = 'timeline'");
  CHECK(r.rows.size() == 1);
}

TEST_CASE("save_article stores events with actors, quantities and money in minor units", "[store]") {
  store::Database db(":memory:", store::OpenMode::read_write);
  const auto r = db.save_article(article("Body one."),
                                 {event(core::EventType::arms_transfer,
                                        core::make_month(2022_y / date::November), "North Korea",
                                        "Wagner Group")},
                                 {});
  CHECK(r.outcome == store::SaveOutcome::imported);
  CHECK(r.events == 1);
  const auto all = db.all_events();
  REQUIRE(all.size() == 1);
  const auto& e = all[0].event;
  CHECK(e.date.value == "2022-11");
  CHECK(core::iso(*e.date.last) == "2022-11-30");
  REQUIRE(e.actors.size() == 2);
  CHECK(e.actors[1].role == core::Role::recipient);
  CHECK(e.items == std::vector<std::string>{"rockets"});
  const auto minor = db.query("SELECT minor_units FROM quantities");
  REQUIRE(minor.rows.size() == 1);
  CHECK(minor.rows[0][0].integer == 10'000'000'000);
}

TEST_CASE("the same body is a duplicate and writes nothing", "[store]") {
  store::Database db(":memory:", store::OpenMode::read_write);
  (void)db.save_article(article("Same body."), {}, {});
  const auto again = db.save_article(article("Same body."), {}, {});
  CHECK(again.outcome == store::SaveOutcome::duplicate);
  CHECK(db.query("SELECT count(*) FROM articles").rows[0][0].integer == 1);
}

TEST_CASE("the same URL with a new body replaces the article and its events", "[store]") {
  store::Database db(":memory:", store::OpenMode::read_write);
  const auto ev = event(core::EventType::arms_transfer, core::make_day(2022_y / 12 / 1), "Iran", "Russia");
  (void)db.save_article(article("Version one.", "https://example.org/a"), {ev, ev}, {});
  const auto r = db.save_article(article("Version two.", "https://example.org/a"), {ev}, {});
  CHECK(r.outcome == store::SaveOutcome::replaced);
  CHECK(db.query("SELECT count(*) FROM articles").rows[0][0].integer == 1);
  CHECK(db.query("SELECT count(*) FROM events").rows[0][0].integer == 1);
}

TEST_CASE("timeline sorts by date and filters by overlap and type", "[store]") {
  store::Database db(":memory:", store::OpenMode::read_write);
  (void)db.save_article(
      article("Body."),
      {event(core::EventType::arms_transfer, core::make_day(2022_y / 12 / 22), "Iran", "Russia"),
       event(core::EventType::sanction, core::make_month(2022_y / date::November), "Iran", "Russia"),
       event(core::EventType::arms_transfer, core::make_year(2021_y), "Iran", "Russia")},
      {});
  store::TimelineQuery q;
  q.actor_ids = {actor_id(db, "Russia")};
  auto all = db.timeline(q);
  REQUIRE(all.size() == 3);
  CHECK(all[0].event.date.value == "2021");
  CHECK(all[1].event.date.value == "2022-11");
  CHECK(all[2].event.date.value == "2022-12-22");
  q.from = 2022_y / 11 / 15;
  CHECK(db.timeline(q).size() == 2);  // November overlaps the 15th onwards
  q.types = {core::EventType::sanction};
  CHECK(db.timeline(q).size() == 1);
}

TEST_CASE("find_actors matches names and aliases ignoring case", "[store]") {
  store::Database db(":memory:", store::OpenMode::read_write);
  core::ActorRecord us;
  us.key = "usa";
  us.name = "United States";
  us.kind = core::ActorKind::state;
  us.aliases = {{"U.S.", core::AliasFacet::name, false}, {"White House", core::AliasFacet::gov, false}};
  db.sync_dictionary({us}, "h1");
  CHECK(db.dictionary_current("h1"));
  CHECK_FALSE(db.dictionary_current("h2"));
  CHECK(db.find_actors("white house").size() == 1);
  CHECK(db.find_actors("UNITED STATES").size() == 1);
  CHECK(db.find_actors("Mars").empty());
}

TEST_CASE("sync_dictionary adopts an actor first seen in text", "[store]") {
  store::Database db(":memory:", store::OpenMode::read_write);
  (void)db.save_article(article("Body."),
                        {event(core::EventType::other, core::make_day(2022_y / 1 / 1), "Atlantis", "Mu")},
                        {});
  core::ActorRecord a;
  a.key = "atlantis";
  a.name = "Atlantis";
  a.kind = core::ActorKind::state;
  db.sync_dictionary({a}, "h");
  const auto found = db.find_actors("Atlantis");
  REQUIRE(found.size() == 1);
  CHECK(found[0].key == "atlantis");
  CHECK(db.query("SELECT count(*) FROM event_actors WHERE actor_id = " + std::to_string(found[0].id))
            .rows[0][0].integer == 1);
}

TEST_CASE("query refuses writes, ATTACH, pragmas and extensions", "[store][sql]") {
  store::Database db(":memory:", store::OpenMode::read_write);
  const auto bad = GENERATE(as<std::string>{}, "DELETE FROM articles", "DROP TABLE events",
                            "INSERT INTO meta VALUES ('a', 'b')", "ATTACH ':memory:' AS x",
                            "PRAGMA writable_schema = 1", "SELECT load_extension('x')",
                            "SELECT 1; DELETE FROM articles", "PRAGMA user_version = 9",
                            "UPDATE sqlite_master SET sql = '' WHERE 0");
  CAPTURE(bad);
  CHECK_THROWS_AS(db.query(bad), core::StoreError);
  CHECK(db.schema_version() >= 1);
}

TEST_CASE("query returns typed values and column names", "[store][sql]") {
  store::Database db(":memory:", store::OpenMode::read_write);
  const auto r = db.query("SELECT 1 AS one, 2.5 AS half, 'x' AS txt, NULL AS missing");
  CHECK(r.columns == std::vector<std::string>{"one", "half", "txt", "missing"});
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].type == store::SqlValue::Type::integer);
  CHECK(r.rows[0][1].real == 2.5);
  CHECK(r.rows[0][2].text == "x");
  CHECK(r.rows[0][3].type == store::SqlValue::Type::null);
  CHECK(db.query("PRAGMA table_info(events)").rows.size() > 10);
}

TEST_CASE("opening a file that is not a database fails with a clear error", "[store]") {
  const std::string path = "tests/fixtures/not_a_database.bin";
  REQUIRE(std::filesystem::exists(path));  // never let SQLite create it instead
  CHECK_THROWS_WITH(store::Database(path, store::OpenMode::read_write),
                    Catch::Contains("not_a_database.bin") && Catch::Contains("not an eventdb database"));
}

TEST_CASE("query can search the full-text indexes", "[store][sql]") {
  store::Database db(":memory:", store::OpenMode::read_write);
  (void)db.save_article(article("Shelling continued near Bakhmut overnight."), {}, {});
  const auto r = db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Bakhmut'");
  CHECK(r.rows.size() == 1);
}

TEST_CASE("query refuses every way of writing through eventdb sql", "[store][sql]") {
  const auto path = fresh_path("eventdb_sql_lockdown.sqlite");
  std::filesystem::remove(path);
  {
    store::Database rw(path.string(), store::OpenMode::read_write);
    rw.save_article(article("Body one."), {}, {});
  }
  const auto copy = fresh_path("eventdb_sql_lockdown_copy.sqlite");
  std::filesystem::remove(copy);
  const auto bad = GENERATE_COPY(as<std::string>{},
      "VACUUM", "VACUUM INTO '" + copy.string() + "'", "SELECT writefile('/tmp/x', 'y')",
      "SELECT readfile('/etc/passwd')", "WITH x AS (SELECT 1) DELETE FROM articles",
      "WITH x AS (SELECT 1) INSERT INTO meta SELECT 'k', 'v' FROM x",
      "UPDATE articles SET title = 'x'", "REPLACE INTO meta VALUES ('a', 'b')",
      "CREATE TABLE t(x)", "CREATE TEMP TABLE t(x)", "CREATE TEMP VIEW v AS SELECT 1",
      "CREATE TEMP TRIGGER tr AFTER INSERT ON articles BEGIN SELECT 1; END", "DETACH main",
      "PRAGMA journal_mode = delete", "PRAGMA writable_schema = ON",
      "PRAGMA foreign_keys = OFF", "PRAGMA query_only = 0", "PRAGMA wal_checkpoint(TRUNCATE)",
      "PRAGMA optimize", "REINDEX", "ANALYZE", "BEGIN",
      "SAVEPOINT s", "SELECT load_extension('libc.so.6')", "SELECT fts3_tokenizer('x')",
      "ATTACH 'file:x?mode=memory' AS y", "SELECT 1; UPDATE articles SET title = 'x'",
      "INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')");
  CAPTURE(bad);
  for (const auto mode : {store::OpenMode::read_only, store::OpenMode::read_write}) {
    store::Database db(path.string(), mode);
    CHECK_THROWS_AS(db.query(bad), core::StoreError);
    CHECK(db.query("SELECT count(*) FROM articles").rows[0][0].integer == 1);
    CHECK(db.query("SELECT title FROM articles").rows[0][0].text == "Test");
  }
  CHECK_FALSE(std::filesystem::exists(copy));
  std::filesystem::remove(path);
}

TEST_CASE("a read-only database refuses writes even without the authorizer", "[store][sql]") {
  const auto path = fresh_path("eventdb_read_only.sqlite");
  std::filesystem::remove(path);
  { store::Database rw(path.string(), store::OpenMode::read_write); }
  store::Database ro(path.string(), store::OpenMode::read_only);
  // The importer's write path fails on a read-only connection with a StoreError.
  CHECK_THROWS_AS(ro.save_article(article("Body."), {}, {}), core::StoreError);
  std::filesystem::remove(path);
}

TEST_CASE("two connections racing on one article store it once and the loser reports a duplicate",
          "[store][concurrency]") {
  const auto path = fresh_path("eventdb_race.sqlite");
  std::filesystem::remove(path);
  store::Database a(path.string(), store::OpenMode::read_write);
  store::Database b(path.string(), store::OpenMode::read_write);
  const auto first = a.save_article(article("The same body.", "https://example.org/1"), {}, {});
  const auto second = b.save_article(article("The same body.", "https://example.org/1"), {}, {});
  CHECK(first.outcome == store::SaveOutcome::imported);
  CHECK(second.outcome == store::SaveOutcome::duplicate);
  CHECK(second.article_id == first.article_id);
  CHECK(a.query("SELECT count(*) FROM articles").rows[0][0].integer == 1);
  std::filesystem::remove(path);
}

TEST_CASE("save_article waits for another writer instead of failing with 'database is locked'",
          "[store][concurrency]") {
  const auto path = fresh_path("eventdb_busy.sqlite");
  std::filesystem::remove(path);
  store::Database a(path.string(), store::OpenMode::read_write);
  store::Database b(path.string(), store::OpenMode::read_write);
  std::vector<std::thread> writers;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t) {
    writers.emplace_back([&, t] {
      store::Database own(path.string(), store::OpenMode::read_write);
      for (int i = 0; i < 25; ++i) {
        try {
          // Threads 0/1 and 2/3 write the same bodies: half of the saves are duplicates.
          own.save_article(article("Body " + std::to_string((t / 2) * 100 + i) + "."), {}, {});
        } catch (const std::exception&) {
          ++failures;
        }
      }
    });
  }
  for (auto& w : writers) {
    w.join();
  }
  CHECK(failures == 0);
  CHECK(a.query("SELECT count(*) FROM articles").rows[0][0].integer == 50);
  std::filesystem::remove(path);
}

TEST_CASE("a batch stores its articles when committed and detects duplicates inside it",
          "[store][batch]") {
  store::Database db(":memory:", store::OpenMode::read_write);
  db.begin_batch();
  CHECK(db.in_batch());
  const auto first = db.save_article(article("Shelling near Bakhmut.", "https://example.org/1"),
                                     {event(core::EventType::arms_transfer, core::TimeValue{}, "Iran", "Hezbollah")}, {});
  const auto again = db.save_article(article("Shelling near Bakhmut.", "https://example.org/1"), {}, {});
  const auto second = db.save_article(article("Drones over Kherson."), {}, {});
  CHECK(first.outcome == store::SaveOutcome::imported);
  CHECK(again.outcome == store::SaveOutcome::duplicate);
  CHECK(again.article_id == first.article_id);
  CHECK(second.outcome == store::SaveOutcome::imported);
  db.commit_batch();
  CHECK_FALSE(db.in_batch());
  CHECK(db.query("SELECT count(*) FROM articles").rows[0][0].integer == 2);
  // The full-text indexes got the batch's rows at the commit.
  CHECK(db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Bakhmut'").rows.size() == 1);
  CHECK(db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Kherson'").rows.size() == 1);
  CHECK(db.query("SELECT rowid FROM events_fts WHERE events_fts MATCH 'sentence'").rows.size() == 1);
}

TEST_CASE("a rolled-back batch leaves nothing behind", "[store][batch]") {
  store::Database db(":memory:", store::OpenMode::read_write);
  db.begin_batch();
  (void)db.save_article(article("Body one."), {event(core::EventType::sanction, core::TimeValue{}, "Japan", "Russia")}, {});
  db.rollback_batch();
  CHECK(db.query("SELECT count(*) FROM articles").rows[0][0].integer == 0);
  CHECK(db.query("SELECT count(*) FROM events").rows[0][0].integer == 0);
  CHECK(db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'one'").rows.empty());
  // The next article is stored and indexed normally.
  (void)db.save_article(article("Body two."), {}, {});
  CHECK(db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'two'").rows.size() == 1);
}

TEST_CASE("an article that fails inside a batch is rolled back alone", "[store][batch]") {
  store::Database db(":memory:", store::OpenMode::read_write);
  db.begin_batch();
  (void)db.save_article(article("Kept before."), {event(core::EventType::sanction, core::TimeValue{}, "Japan", "Russia")}, {});
  // Items that are not UTF-8 cannot be written as JSON: the article fails after its row, its
  // actors and (maybe) some events were written.
  auto bad = event(core::EventType::arms_transfer, core::TimeValue{}, "Iran", "Hezbollah");
  bad.items = {"\xff\xfe"};
  CHECK_THROWS_AS(db.save_article(article("Failed body."),
                                  {event(core::EventType::sanction, core::TimeValue{}, "Canada", "Belarus"), bad}, {}),
                  core::StoreError);
  CHECK(db.in_batch());
  (void)db.save_article(article("Kept after."), {}, {});
  db.commit_batch();
  const auto titles = db.query("SELECT body FROM articles ORDER BY id");
  REQUIRE(titles.rows.size() == 2);
  CHECK(titles.rows[0][0].text == "Kept before.");
  CHECK(titles.rows[1][0].text == "Kept after.");
  CHECK(db.query("SELECT count(*) FROM events").rows[0][0].integer == 1);
  CHECK(db.query("SELECT count(*) FROM actors WHERE name IN ('Canada', 'Belarus') AND origin = 'text'")
            .rows[0][0].integer == 0);
  CHECK(db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'failed'").rows.empty());
  CHECK(db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'kept'").rows.size() == 2);
}

TEST_CASE("replacing an article inside the batch that stored it keeps the indexes right",
          "[store][batch]") {
  store::Database db(":memory:", store::OpenMode::read_write);
  db.begin_batch();
  (void)db.save_article(article("Version one about Bakhmut.", "https://example.org/a"), {}, {});
  (void)db.save_article(article("Unrelated text on Odesa."), {}, {});
  const auto r = db.save_article(article("Version two about Kherson.", "https://example.org/a"), {}, {});
  CHECK(r.outcome == store::SaveOutcome::replaced);
  db.commit_batch();
  CHECK(db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Bakhmut'").rows.empty());
  const auto hit = db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Kherson'");
  REQUIRE(hit.rows.size() == 1);
  CHECK(hit.rows[0][0].integer == r.article_id);
  CHECK(db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Odesa'").rows.size() == 1);
  CHECK(db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'version'").rows.size() == 1);
}

TEST_CASE("a batch holds the write lock until it commits", "[store][batch][concurrency]") {
  const auto path = fresh_path("eventdb_batch_lock.sqlite");
  std::filesystem::remove(path);
  store::Database a(path.string(), store::OpenMode::read_write);
  store::Database reader(path.string(), store::OpenMode::read_only);
  a.begin_batch();
  (void)a.save_article(article("Body one."), {}, {});
  // Readers see the last commit, not the open batch.
  CHECK(reader.query("SELECT count(*) FROM articles").rows[0][0].integer == 0);
  std::thread other([&] {
    store::Database b(path.string(), store::OpenMode::read_write);
    (void)b.save_article(article("Body two."), {}, {});  // waits for the batch
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  a.commit_batch();
  other.join();
  CHECK(reader.query("SELECT count(*) FROM articles").rows[0][0].integer == 2);
  std::filesystem::remove(path);
}

TEST_CASE("timeline lists undated events last, each event once, and stops at the limit",
          "[store][timeline]") {
  store::Database db(":memory:", store::OpenMode::read_write);
  // Russia is both agent and recipient of the first event: two links, one timeline entry.
  (void)db.save_article(
      article("Body."),
      {event(core::EventType::statement, core::TimeValue{}, "Russia", "Russia"),
       event(core::EventType::arms_transfer, core::make_day(2022_y / 12 / 22), "Iran", "Russia"),
       event(core::EventType::sanction, core::make_month(2022_y / date::November), "Russia", "Iran"),
       event(core::EventType::funding, core::TimeValue{}, "Iran", "Russia")},
      {});
  const auto russia = actor_id(db, "Russia");
  const auto iran = actor_id(db, "Iran");
  store::TimelineQuery q;
  q.actor_ids = {russia};
  auto all = db.timeline(q);
  REQUIRE(all.size() == 4);
  CHECK(all[0].event.date.value == "2022-11");
  CHECK(all[1].event.date.value == "2022-12-22");
  CHECK(all[2].event.type == core::EventType::statement);  // undated, by id
  CHECK(all[3].event.type == core::EventType::funding);
  CHECK(all[2].event.actors.size() == 2);
  q.limit = 3;
  const auto page = db.timeline(q);
  REQUIRE(page.size() == 3);
  CHECK(page[2].event.type == core::EventType::statement);
  q.limit = 0;
  CHECK(db.timeline(q).empty());
  // Two actors (merged by one sort) give the same order, still each event once.
  q.limit.reset();
  q.actor_ids = {iran, russia, russia};
  const auto both = db.timeline(q);
  REQUIRE(both.size() == 4);
  for (std::size_t i = 0; i < both.size(); ++i) {
    CHECK(both[i].event.id == all[i].event.id);
  }
  q.role = core::Role::recipient;
  q.actor_ids = {russia};
  CHECK(db.timeline(q).size() == 3);
}

TEST_CASE("migration 0004 gives existing actor links their event's dates and keeps FTS whole",
          "[store][timeline]") {
  const auto path = fresh_path("eventdb_migration_0004.sqlite");
  std::filesystem::remove(path);
  {
    // A database as eventdb left it at schema version 3, with one article and three events.
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    int version = 0;
    for (const auto& f : core::embedded_files()) {
      if (f.name.starts_with("schema/") && version < 3) {
        raw.exec(std::string(f.content));
        ++version;
      }
    }
    REQUIRE(version == 3);
    raw.exec("PRAGMA user_version = 3");
    raw.exec("INSERT INTO articles(id, content_hash, title, imported_at, body) "
             "VALUES (1, 'h', 'Old', '2026-01-01T00:00:00Z', 'Strikes near Bakhmut.')");
    raw.exec("INSERT INTO actors(id, name, kind, origin) VALUES (1, 'Russia', 'state', 'text')");
    raw.exec("INSERT INTO events(id, article_id, type, modality, date_value, date_grain, date_first, "
             "date_last, date_basis, rule, sentence, span_start, span_end) VALUES "
             "(1, 1, 'statement', 'asserted', '', 'unknown', NULL, NULL, 'text', 'r', 'Undated.', 0, 8), "
             "(2, 1, 'statement', 'asserted', '2022-12', 'month', '2022-12-01', '2022-12-31', 'text', 'r', 'December.', 0, 9), "
             "(3, 1, 'statement', 'asserted', '2022-11-05', 'day', '2022-11-05', '2022-11-05', 'text', 'r', 'November.', 0, 9)");
    raw.exec("INSERT INTO event_actors(event_id, position, actor_id, role, mention) VALUES "
             "(1, 0, 1, 'agent', 'Russia'), (2, 0, 1, 'agent', 'Russia'), (3, 0, 1, 'agent', 'Moscow')");
  }
  store::Database db(path.string(), store::OpenMode::read_write);
  CHECK(db.schema_version() >= 4);
  CHECK(db.query("SELECT count(*) FROM event_actors ea JOIN events e ON e.id = ea.event_id "
                 "WHERE ea.date_first IS e.date_first AND ea.date_last IS e.date_last")
            .rows[0][0].integer == 3);
  store::TimelineQuery q;
  q.actor_ids = {1};
  const auto t = db.timeline(q);
  REQUIRE(t.size() == 3);
  CHECK(t[0].event.id == 3);
  CHECK(t[1].event.id == 2);
  CHECK(t[2].event.id == 1);
  // Rows written by the triggers before 0004 and by the importer after it are both indexed.
  (void)db.save_article(article("Drones over Kherson."), {}, {});
  CHECK(db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Bakhmut'").rows.size() == 1);
  CHECK(db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Kherson'").rows.size() == 1);
  CHECK(db.query("SELECT rowid FROM events_fts WHERE events_fts MATCH 'November'").rows.size() == 1);
  std::filesystem::remove(path);
}

TEST_CASE("migration 0005 keeps links, quantities and evidence in clustered tables",
          "[store]") {
  const auto path = fresh_path("eventdb_migration_0005.sqlite");
  std::filesystem::remove(path);
  {
    // A database as eventdb left it at schema version 4: one event with two actor links (given
    // out of position order), a quantity and a later mention.
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    int version = 0;
    for (const auto& f : core::embedded_files()) {
      if (f.name.starts_with("schema/") && version < 4) {
        raw.exec(std::string(f.content));
        ++version;
      }
    }
    REQUIRE(version == 4);
    raw.exec("PRAGMA user_version = 4");
    raw.exec("INSERT INTO articles(id, content_hash, title, imported_at, body) "
             "VALUES (1, 'h', 'Old', '2026-01-01T00:00:00Z', 'Russia sanctioned Iran.')");
    raw.exec("INSERT INTO actors(id, name, kind, origin) VALUES (1, 'Russia', 'state', 'text'), "
             "(2, 'Iran', 'state', 'text')");
    raw.exec("INSERT INTO events(id, article_id, type, modality, date_value, date_grain, date_first, "
             "date_last, date_basis, rule, sentence, span_start, span_end) VALUES "
             "(1, 1, 'sanction', 'asserted', '2022-12', 'month', '2022-12-01', '2022-12-31', 'text', 'r', "
             "'Russia sanctioned Iran.', 0, 23)");
    raw.exec("INSERT INTO event_actors(event_id, position, actor_id, role, mention, date_first, date_last) "
             "VALUES (1, 1, 2, 'target', 'Iran', '2022-12-01', '2022-12-31'), "
             "(1, 0, 1, 'agent', 'Moscow', '2022-12-01', '2022-12-31')");
    raw.exec("INSERT INTO quantities(event_id, position, value, minor_units, unit, what, approx) "
             "VALUES (1, 0, 5.5, 550, 'USD', 'assets', 'approximate')");
    raw.exec("INSERT INTO event_evidence(event_id, position, sentence, span_start, span_end) "
             "VALUES (1, 0, 'Iran was sanctioned.', 24, 44)");
    // Since 0004 the writer, not a trigger, adds new rows to the full-text indexes.
    raw.exec("INSERT INTO articles_fts(rowid, title, body) SELECT id, title, body FROM articles");
    raw.exec("INSERT INTO events_fts(rowid, sentence) SELECT id, sentence FROM events");
  }
  store::Database db(path.string(), store::OpenMode::read_write);
  CHECK(db.schema_version() >= 5);
  for (const char* table : {"event_actors", "quantities", "event_evidence"}) {
    CAPTURE(table);
    const auto sql = db.query("SELECT sql FROM sqlite_schema WHERE name = '" + std::string(table) + "'");
    REQUIRE(sql.rows.size() == 1);
    CHECK(sql.rows[0][0].text.find("WITHOUT ROWID") != std::string::npos);
  }
  const auto links = db.query("SELECT position, actor_id, role, mention, date_first, date_last "
                              "FROM event_actors WHERE event_id = 1");
  REQUIRE(links.rows.size() == 2);
  CHECK(links.rows[0][3].text == "Moscow");  // clustered on (event_id, position)
  CHECK(links.rows[1][3].text == "Iran");
  CHECK(links.rows[1][5].text == "2022-12-31");
  const auto ev = db.event(1);
  REQUIRE(ev);
  REQUIRE(ev->event.quantities.size() == 1);
  CHECK(ev->event.quantities[0].value == 5.5);
  CHECK(ev->event.quantities[0].what == "assets");
  REQUIRE(ev->event.more_evidence.size() == 1);
  CHECK(ev->event.more_evidence[0].start == 24);
  // The views still read the renamed tables.
  const auto v = db.query("SELECT imposed_by, target FROM v_sanctions");
  REQUIRE(v.rows.size() == 1);
  CHECK(v.rows[0][0].text == "Russia");
  CHECK(v.rows[0][1].text == "Iran");
  // Deleting the article still cascades to the clustered tables.
  {
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA foreign_keys = ON");
    raw.exec("DELETE FROM articles WHERE id = 1");
  }
  CHECK(db.query("SELECT (SELECT count(*) FROM event_actors) + (SELECT count(*) FROM quantities) + "
                 "(SELECT count(*) FROM event_evidence)").rows[0][0].integer == 0);
  std::filesystem::remove(path);
}

TEST_CASE("stats gives the size of the database file", "[store][stats]") {
  const auto path = fresh_path("eventdb_stats_size.sqlite");
  {
    store::Database rw(path.string(), store::OpenMode::read_write);
    rw.save_article(article("Body one."), {}, {});
  }
  // With every connection closed, the WAL is checkpointed into the file.
  const store::Database ro(path.string(), store::OpenMode::read_only);
  const auto s = ro.stats(5);
  CHECK(s.articles == 1);
  CHECK(s.size_bytes > 0);
  CHECK(static_cast<std::uintmax_t>(s.size_bytes) == std::filesystem::file_size(path));
}
