#include "extract/actors.hpp"
#include "extract/dictionary.hpp"
#include "extract/lexicon.hpp"
#include "extract/tokens.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace eventdb;
using namespace eventdb::extract;

namespace {

core::ActorRecord actor(std::string name, core::ActorKind kind,
                        std::vector<core::ActorAlias> aliases = {}) {
  core::ActorRecord r;
  r.name = std::move(name);
  r.kind = kind;
  r.aliases = std::move(aliases);
  return r;
}

const Gazetteer& small_gazetteer() {
  using F = core::AliasFacet;
  static const Gazetteer g({
      actor("United States", core::ActorKind::state,
            {{"U.S.", F::name, false}, {"US", F::name, false}, {"American", F::demonym, false},
             {"Washington", F::capital, false}, {"White House", F::gov, false}}),
      actor("Wagner Group", core::ActorKind::armed_group, {{"Wagner", F::name, false}}),
      actor("John Kirby", core::ActorKind::person),
      actor("Georgia", core::ActorKind::state, {{"Georgia", F::name, true}}),
      actor("Bakhmut", core::ActorKind::place),
  });
  return g;
}

std::vector<std::string> names(ActorResolver& r, std::string_view sentence) {
  std::vector<std::string> out;
  for (const auto& m : r.resolve(tokenize(sentence))) {
    out.push_back(m.name);
  }
  return out;
}

ActorResolver resolver() {
  return ActorResolver(small_gazetteer(), Lexicon::builtin(), std::nullopt);
}

} // namespace

TEST_CASE("aliases, demonyms and metonyms reach their actor", "[extract][actors]") {
  auto r = resolver();
  CHECK(names(r, "The White House said Washington and American officials agreed.") ==
        std::vector<std::string>{"United States", "United States", "United States"});
}

TEST_CASE("all-caps aliases match case-sensitively", "[extract][actors]") {
  auto r = resolver();
  CHECK(names(r, "The US said").size() == 1);
  CHECK(names(r, "Let us go").empty());
}

TEST_CASE("longest match wins", "[extract][actors]") {
  auto r = resolver();
  const auto m = r.resolve(tokenize("the Wagner Group fought"));
  REQUIRE(m.size() == 1);
  CHECK(m[0].text == "Wagner Group");
}

TEST_CASE("possessives and hyphenated forms are recognised", "[extract][actors]") {
  auto r = resolver();
  CHECK(names(r, "Wagner's fighters and American-made rockets") ==
        std::vector<std::string>{"Wagner Group", "United States"});
}

TEST_CASE("a surname refers to the person named before", "[extract][actors][coref]") {
  auto r = resolver();
  (void)r.resolve(tokenize("Spokesperson John Kirby spoke."));
  const auto m = r.resolve(tokenize("Kirby added that it was over."));
  REQUIRE(m.size() == 1);
  CHECK(m[0].name == "John Kirby");
  CHECK(m[0].coreference);
}

TEST_CASE("a definite description refers to the latest compatible actor",
          "[extract][actors][coref]") {
  auto r = resolver();
  (void)r.resolve(tokenize("The Wagner Group recruited convicts in the U.S. story."));
  const auto m = r.resolve(tokenize("The group denied it."));
  REQUIRE(m.size() == 1);
  CHECK(m[0].name == "Wagner Group");
}

TEST_CASE("he and she refer to the latest person", "[extract][actors][coref]") {
  auto r = resolver();
  (void)r.resolve(tokenize("John Kirby spoke."));
  const auto m = r.resolve(tokenize("he added"));
  REQUIRE(m.size() == 1);
  CHECK(m[0].name == "John Kirby");
}

TEST_CASE("unknown names become actors, persons after a title", "[extract][actors]") {
  auto r = resolver();
  const auto m = r.resolve(tokenize("It was confirmed by President Hakainde Hichilema today."));
  REQUIRE(m.size() == 1);
  CHECK(m[0].name == "Hakainde Hichilema");
  CHECK(m[0].kind == core::ActorKind::person);
}

TEST_CASE("places are recognised with their kind", "[extract][actors]") {
  auto r = resolver();
  const auto m = r.resolve(tokenize("fighting in Bakhmut"));
  REQUIRE(m.size() == 1);
  CHECK(m[0].kind == core::ActorKind::place);
}

TEST_CASE("the shipped dictionary parses and has no alias claimed twice",
          "[extract][actors][dictionary]") {
  const auto dict = builtin_dictionary();
  REQUIRE(dict.size() > 1000);
  std::map<std::string, std::set<std::string>> owners;  // alias -> actors (unambiguous only)
  std::size_t persons = 0;
  std::size_t states = 0;
  for (const auto& a : dict) {
    persons += a.kind == core::ActorKind::person;
    states += a.kind == core::ActorKind::state;
    for (const auto& al : a.aliases) {
      if (!al.ambiguous) {
        owners[al.text].insert(a.name);
      }
    }
  }
  CHECK(persons >= 200);
  CHECK(states >= 197);
  for (const auto& [alias, who] : owners) {
    CAPTURE(alias);
    CHECK(who.size() == 1);
  }
}

TEST_CASE("roles are time-bound", "[extract][actors][dictionary]") {
  using namespace date::literals;
  const auto dict = builtin_dictionary();
  const auto it = std::find_if(dict.begin(), dict.end(),
                               [](const core::ActorRecord& a) { return a.name == "James Cleverly"; });
  REQUIRE(it != dict.end());
  const auto* r2022 = core::role_on(*it, 2022_y / 12 / 22);
  REQUIRE(r2022);
  CHECK(r2022->title == "Foreign Secretary");
  const auto* r2024 = core::role_on(*it, 2024_y / 3 / 1);
  REQUIRE(r2024);
  CHECK(r2024->title == "Home Secretary");
}

TEST_CASE("parse_dictionary reports malformed rows with file and line",
          "[extract][actors][dictionary]") {
  const std::string bad = "key\tkind\tname\tcode\tparent\taliases\nx\tplanet\tMars\t\t\t\n";
  CHECK_THROWS_WITH(parse_dictionary({{"data/actors.tsv", bad}}, ""),
                    Catch::Contains("data/actors.tsv:2") && Catch::Contains("planet"));
}
