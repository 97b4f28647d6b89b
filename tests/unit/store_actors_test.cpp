#include "core/errors.hpp"
#include "core/time_value.hpp"
#include "store/database.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace eventdb;
using namespace date::literals;

namespace {

core::ActorRecord dict_actor(std::string key, std::string name, core::ActorKind kind,
                             std::vector<core::ActorAlias> aliases = {}, std::string parent = {}) {
  core::ActorRecord r;
  r.key = std::move(key);
  r.name = std::move(name);
  r.kind = kind;
  r.aliases = std::move(aliases);
  r.parent = std::move(parent);
  return r;
}

std::vector<core::ActorRecord> small_dictionary() {
  using F = core::AliasFacet;
  return {dict_actor("rus", "Russia", core::ActorKind::state, {{"Russian Federation", F::name, false}}),
          dict_actor("wagner_group", "Wagner Group", core::ActorKind::armed_group,
                     {{"PMC Wagner", F::name, false}, {"Wagner", F::name, false}}, "Russia"),
          dict_actor("prk", "North Korea", core::ActorKind::state, {{"DPRK", F::name, false}}),
          dict_actor("concord", "Concord Management", core::ActorKind::company, {}, "Russia")};
}

// A database with the small dictionary loaded.
std::unique_ptr<store::Database> fresh() {
  auto db = std::make_unique<store::Database>(":memory:", store::OpenMode::read_write);
  db->sync_dictionary(small_dictionary(), "h1");
  return db;
}

core::Article article(std::string body) {
  core::Article a;
  a.title = "Test";
  a.body = std::move(body);
  a.published = 2022_y / 12 / 22;
  a.origin = "test.txt";
  return a;
}

core::Event event(std::string agent, std::string recipient, date::year_month_day day) {
  core::Event e;
  e.type = core::EventType::arms_transfer;
  e.date = core::make_day(day);
  e.actors.push_back({agent, agent, core::ActorKind::unknown, core::Role::agent});
  e.actors.push_back({recipient, recipient, core::ActorKind::unknown, core::Role::recipient});
  e.rule = "test.rule";
  e.evidence = {"A sentence.", 0, 11};
  return e;
}

std::size_t timeline_size(const store::Database& db, const std::string& name) {
  const auto a = db.find_actor(name);
  REQUIRE(a);
  store::TimelineQuery q;
  q.actor_ids = {a->id};
  return db.timeline(q).size();
}

bool has_alias(const core::ActorRecord& r, const std::string& text) {
  return std::any_of(r.aliases.begin(), r.aliases.end(),
                     [&](const core::ActorAlias& a) { return a.text == text; });
}

} // namespace

TEST_CASE("migration 0003 gives aliases an origin that defaults to dictionary", "[store][actors]") {
  auto db = fresh();
  const auto r = db->query("SELECT DISTINCT origin FROM actor_aliases");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].text == "dictionary");
}

TEST_CASE("a dictionary sync keeps aliases added by users", "[store][actors]") {
  auto db = fresh();
  db->add_alias("Wagner Group", {"Vagner", core::AliasFacet::name, true});
  db->sync_dictionary(small_dictionary(), "h2");
  const auto w = db->find_actor("Wagner Group");
  REQUIRE(w);
  CHECK(has_alias(*w, "Vagner"));
  CHECK(has_alias(*w, "PMC Wagner"));
}

TEST_CASE("an alias reaches its actor by find_actor", "[store][actors]") {
  auto db = fresh();
  db->add_alias("wagner", {"PMC W", core::AliasFacet::name, false});
  const auto w = db->find_actor("pmc w");
  REQUIRE(w);
  CHECK(w->name == "Wagner Group");
}

TEST_CASE("an alias claimed by another actor is refused, naming that actor", "[store][actors]") {
  auto db = fresh();
  CHECK_THROWS_WITH(db->add_alias("North Korea", {"Wagner", core::AliasFacet::name, false}),
                    Catch::Contains("Wagner Group"));
  CHECK_THROWS_WITH(db->add_alias("North Korea", {"Russia", core::AliasFacet::name, false}),
                    Catch::Contains("'Russia'"));
}

TEST_CASE("an unknown actor is reported by name", "[store][actors]") {
  auto db = fresh();
  CHECK_THROWS_WITH(db->add_alias("Atlantis", {"X", core::AliasFacet::name, false}),
                    "no actor named 'Atlantis'");
  CHECK_THROWS_WITH(db->merge_actors("Atlantis", "Russia"), "no actor named 'Atlantis'");
  CHECK_FALSE(db->actor_details("Atlantis"));
}

TEST_CASE("aliasing a text actor's name merges it and moves its stored events",
          "[store][actors]") {
  auto db = fresh();
  (void)db->save_article(article("one"), {event("Prigozhin's Concord", "Wagner Group", 2022_y / 11 / 1)},
                         {});
  REQUIRE(db->find_actor("Prigozhin's Concord"));
  db->add_alias("Concord Management", {"Prigozhin's Concord", core::AliasFacet::name, false});
  const auto c = db->find_actor("Prigozhin's Concord");
  REQUIRE(c);
  CHECK(c->name == "Concord Management");
  CHECK(timeline_size(*db, "Concord Management") == 1);
  CHECK(db->query("SELECT count(*) FROM actors WHERE origin = 'text'").rows[0][0].integer == 0);
}

TEST_CASE("merge moves events, aliases and the name, and deletes the source actor",
          "[store][actors]") {
  auto db = fresh();
  (void)db->save_article(article("one"), {event("Kadyrov's forces", "Russia", 2022_y / 3 / 1)}, {});
  (void)db->save_article(article("two"), {event("Wagner Group", "Russia", 2022_y / 4 / 1)}, {});
  db->add_actor(dict_actor("", "Akhmat", core::ActorKind::armed_group, {}, "Russia"));
  db->merge_actors("Kadyrov's forces", "Akhmat");
  CHECK(timeline_size(*db, "Akhmat") == 1);
  const auto a = db->find_actor("kadyrov's forces");
  REQUIRE(a);
  CHECK(a->name == "Akhmat");
  CHECK(db->query("SELECT count(*) FROM actors WHERE name = 'Kadyrov''s forces'").rows[0][0].integer == 0);
}

TEST_CASE("a merged dictionary actor is not re-created by the next sync", "[store][actors]") {
  auto db = fresh();
  db->merge_actors("PMC Wagner", "Russia");
  db->sync_dictionary(small_dictionary(), "h2");
  const auto w = db->find_actor("Wagner Group");
  REQUIRE(w);
  CHECK(w->name == "Russia");
  CHECK(has_alias(*w, "PMC Wagner"));
}

TEST_CASE("merging an actor into itself is refused", "[store][actors]") {
  auto db = fresh();
  CHECK_THROWS_WITH(db->merge_actors("PMC Wagner", "Wagner"), Catch::Contains("same actor"));
}

TEST_CASE("add_actor creates a user actor with aliases and parent", "[store][actors]") {
  auto db = fresh();
  db->add_actor(dict_actor("", "Jaish al-Adl", core::ActorKind::armed_group,
                           {{"Army of Justice", core::AliasFacet::name, false}}, "Russia"));
  const auto d = db->actor_details("army of justice");
  REQUIRE(d);
  CHECK(d->record.name == "Jaish al-Adl");
  CHECK(d->record.parent == "Russia");
  CHECK(d->origin == "user");
  REQUIRE(d->aliases.size() == 1);
  CHECK(d->aliases[0].origin == "user");
}

TEST_CASE("add_actor refuses an existing name and an unknown parent", "[store][actors]") {
  auto db = fresh();
  CHECK_THROWS_WITH(db->add_actor(dict_actor("", "russia", core::ActorKind::state)),
                    Catch::Contains("exists already"));
  CHECK_THROWS_WITH(db->add_actor(dict_actor("", "X", core::ActorKind::state, {}, "Atlantis")),
                    "no actor named 'Atlantis'");
  CHECK_FALSE(db->find_actor("X"));
}

TEST_CASE("add_actor upgrades an actor first seen in text", "[store][actors]") {
  auto db = fresh();
  (void)db->save_article(article("one"), {event("Jaish al-Adl", "Russia", 2022_y / 3 / 1)}, {});
  db->add_actor(dict_actor("", "Jaish al-Adl", core::ActorKind::armed_group));
  const auto d = db->actor_details("Jaish al-Adl");
  REQUIRE(d);
  CHECK(d->origin == "user");
  CHECK(d->record.kind == core::ActorKind::armed_group);
  CHECK(d->events == 1);
}

TEST_CASE("list_actors filters by text and kind and sorts by event count", "[store][actors]") {
  auto db = fresh();
  (void)db->save_article(article("one"), {event("North Korea", "Wagner Group", 2022_y / 11 / 1)}, {});
  (void)db->save_article(article("two"), {event("Russia", "Wagner Group", 2022_y / 12 / 1)}, {});
  const auto all = db->list_actors({});
  REQUIRE(all.size() == 3);
  CHECK(all[0].name == "Wagner Group");
  CHECK(all[0].events == 2);
  CHECK(all[1].name == "North Korea");  // ties sort by name
  store::ActorListQuery q;
  q.text = "dprk";
  REQUIRE(db->list_actors(q).size() == 1);
  q = {};
  q.kind = core::ActorKind::company;
  CHECK(db->list_actors(q).empty());
  q.all = true;
  CHECK(db->list_actors(q).size() == 1);
}

TEST_CASE("actor_details reports event count and date range", "[store][actors]") {
  auto db = fresh();
  (void)db->save_article(article("one"), {event("North Korea", "Wagner Group", 2022_y / 11 / 1)}, {});
  (void)db->save_article(article("two"), {event("Russia", "Wagner Group", 2022_y / 12 / 5)}, {});
  const auto d = db->actor_details("PMC Wagner");
  REQUIRE(d);
  CHECK(d->events == 2);
  CHECK(d->first == 2022_y / 11 / 1);
  CHECK(d->last == 2022_y / 12 / 5);
}
