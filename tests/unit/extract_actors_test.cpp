#include "extract/actors.hpp"
#include "core/text.hpp"
#include "extract/dictionary.hpp"
#include "extract/lexicon.hpp"
#include "extract/sentences.hpp"
#include "extract/tokens.hpp"
#include "importers/reader.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

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

TEST_CASE("parse_dictionary refuses two actors with one name", "[extract][actors][dictionary]") {
  const std::string twice = "key\tkind\tname\tcode\tparent\taliases\n"
                            "ml_army\tgovernment_body\tMalian Armed Forces\t\tmli\tFAMa\n"
                            "mli_army\tgovernment_body\tMalian Armed Forces\t\tmli\t\n";
  CHECK_THROWS_WITH(parse_dictionary({{"data/actors.tsv", twice}}, ""),
                    Catch::Contains("data/actors.tsv:3") &&
                        Catch::Contains("already the name of 'ml_army'"));
}

namespace {

// The shipped dictionary, for rules that need real people and roles.
const Gazetteer& full_gazetteer() {
  static const Gazetteer g(builtin_dictionary());
  return g;
}

ActorResolver dated_resolver(date::year_month_day day) {
  return ActorResolver(full_gazetteer(), Lexicon::builtin(), day);
}

} // namespace

TEST_CASE("a title before a name is not part of the person's name", "[extract][actors]") {
  using namespace date::literals;
  auto r = dated_resolver(2023_y / 3 / 1);
  const auto m = r.resolve(tokenize("Foreign Secretary James Cleverly said on Tuesday."));
  REQUIRE(m.size() == 1);
  CHECK(m[0].name == "James Cleverly");
  CHECK(m[0].text == "James Cleverly");
  CHECK(m[0].kind == core::ActorKind::person);
}

TEST_CASE("a title before an unknown name makes a person without the title",
          "[extract][actors]") {
  auto r = resolver();
  const auto m = r.resolve(tokenize("Defence Minister Jane Roebuck said it was over."));
  REQUIRE(!m.empty());
  CHECK(m[0].name == "Jane Roebuck");
  CHECK(m[0].kind == core::ActorKind::person);
}

TEST_CASE("Mr. or Ms. with a surname refers to the person named before",
          "[extract][actors][coref]") {
  auto r = resolver();
  (void)r.resolve(tokenize("John Kirby spoke."));
  for (const auto* sentence : {"Mr. Kirby added that it was over.", "Mr Kirby added more."}) {
    CAPTURE(sentence);
    const auto m = r.resolve(tokenize(sentence));
    REQUIRE(!m.empty());
    CHECK(m[0].name == "John Kirby");
    CHECK(m[0].text.starts_with("Mr"));
    CHECK(m[0].coreference);
  }
}

TEST_CASE("plural demonyms reach their state", "[extract][actors]") {
  auto r = resolver();
  CHECK(names(r, "Americans were told") == std::vector<std::string>{"United States"});
}

TEST_CASE("a possessive state name is recognised", "[extract][actors]") {
  auto r = dated_resolver(date::year_month_day{date::year{2023}, date::month{1}, date::day{5}});
  const auto m = r.resolve(tokenize("Russia's army advanced."));
  REQUIRE(!m.empty());
  CHECK(m[0].name == "Russia");
  CHECK(m[0].text == "Russia");
}

TEST_CASE("a hyphenated demonym is recognised", "[extract][actors]") {
  auto r = dated_resolver(date::year_month_day{date::year{2023}, date::month{1}, date::day{5}});
  const auto m = r.resolve(tokenize("Russian-backed forces attacked."));
  REQUIRE(!m.empty());
  CHECK(m[0].name == "Russia");
  CHECK(m[0].facet == core::AliasFacet::demonym);
}

TEST_CASE("the ministry refers to the latest government body", "[extract][actors][coref]") {
  auto r = dated_resolver(date::year_month_day{date::year{2023}, date::month{1}, date::day{5}});
  (void)r.resolve(tokenize("The Russian Defence Ministry said troops withdrew."));
  const auto m = r.resolve(tokenize("The ministry gave no figures."));
  REQUIRE(m.size() == 1);
  CHECK(m[0].kind == core::ActorKind::government_body);
  CHECK(m[0].coreference);
}

TEST_CASE("the council refers to the latest council", "[extract][actors][coref]") {
  auto r = dated_resolver(date::year_month_day{date::year{2023}, date::month{1}, date::day{5}});
  (void)r.resolve(tokenize("The UN Security Council met on Monday."));
  const auto m = r.resolve(tokenize("The council adopted a resolution."));
  REQUIRE(m.size() == 1);
  CHECK(m[0].name == "United Nations Security Council");
}

TEST_CASE("the company refers to the latest company", "[extract][actors][coref]") {
  auto r = dated_resolver(date::year_month_day{date::year{2023}, date::month{1}, date::day{5}});
  (void)r.resolve(tokenize("Lockheed Martin builds the launchers."));
  const auto m = r.resolve(tokenize("The company said output would double."));
  REQUIRE(m.size() == 1);
  CHECK(m[0].name == "Lockheed Martin");
}

TEST_CASE("It or They opening a sentence refers to the organisation that opened the one before",
          "[extract][actors][coref]") {
  auto r = resolver();
  (void)r.resolve(tokenize("The Wagner Group recruited convicts."));
  const auto it = r.resolve(tokenize("It denied the reports."));
  REQUIRE(it.size() == 1);
  CHECK(it[0].name == "Wagner Group");
  const auto they = r.resolve(tokenize("They later withdrew."));
  REQUIRE(they.size() == 1);
  CHECK(they[0].name == "Wagner Group");
}

TEST_CASE("It is not resolved as an expletive, inside a sentence or after a non-actor subject",
          "[extract][actors][coref]") {
  auto r = resolver();
  (void)r.resolve(tokenize("The Wagner Group recruited convicts."));
  CHECK(r.resolve(tokenize("It is unclear how many.")).empty());
  (void)r.resolve(tokenize("The Wagner Group recruited convicts."));
  CHECK(names(r, "Officials said it had withdrawn.").empty());
  (void)r.resolve(tokenize("The text was drafted by the U.S. delegation."));
  CHECK(names(r, "It urged a ceasefire.").empty());
}

TEST_CASE("it never refers to a person", "[extract][actors][coref]") {
  auto r = resolver();
  (void)r.resolve(tokenize("John Kirby spoke."));
  CHECK(r.resolve(tokenize("It ended.")).empty());
}

TEST_CASE("a role description reaches the holder on the article date", "[extract][actors][roles]") {
  using namespace date::literals;
  auto r2022 = dated_resolver(2022_y / 12 / 22);
  const auto m = r2022.resolve(tokenize("the foreign secretary said on Monday"));
  REQUIRE(m.size() == 1);
  CHECK(m[0].name == "James Cleverly");
  CHECK(m[0].text == "the foreign secretary");
  auto r2024 = dated_resolver(2024_y / 3 / 1);
  CHECK(names(r2024, "the foreign secretary said on Monday") ==
        std::vector<std::string>{"David Cameron"});
}

TEST_CASE("a role description with a state qualifier picks that state's office holder",
          "[extract][actors][roles]") {
  using namespace date::literals;
  auto r = dated_resolver(2024_y / 11 / 5);
  CHECK(names(r, "the U.S. secretary of state warned") ==
        std::vector<std::string>{"Antony Blinken"});
  CHECK(names(r, "Russia's foreign minister replied") ==
        std::vector<std::string>{"Sergei Lavrov"});
}

TEST_CASE("a role held by many is resolved by the state mentioned last",
          "[extract][actors][roles]") {
  using namespace date::literals;
  auto r = dated_resolver(2024_y / 11 / 5);
  (void)r.resolve(tokenize("Russia rejected the offer."));
  CHECK(names(r, "The foreign minister replied.") == std::vector<std::string>{"Sergei Lavrov"});
}

TEST_CASE("a role description is not resolved without an article date",
          "[extract][actors][roles]") {
  auto r = ActorResolver(full_gazetteer(), Lexicon::builtin(), std::nullopt);
  CHECK(names(r, "the foreign secretary said").empty());
}

TEST_CASE("an ambiguous alias prefers the actor already mentioned", "[extract][actors]") {
  using F = core::AliasFacet;
  const Gazetteer g({actor("Mike Johnson", core::ActorKind::person, {{"Johnson", F::name, true}}),
                     actor("Boris Johnson", core::ActorKind::person, {{"Johnson", F::name, true}})});
  ActorResolver r(g, Lexicon::builtin(), std::nullopt);
  (void)r.resolve(tokenize("Boris Johnson spoke."));
  CHECK(names(r, "Later Johnson left.") == std::vector<std::string>{"Boris Johnson"});
}

TEST_CASE("an ambiguous alias prefers the person in office on the article date",
          "[extract][actors][roles]") {
  using namespace date::literals;
  using F = core::AliasFacet;
  auto boris = actor("Boris Johnson", core::ActorKind::person, {{"Johnson", F::name, true}});
  boris.roles.push_back({"Prime Minister", "United Kingdom", 2019_y / 7 / 24, 2022_y / 9 / 6});
  auto mike = actor("Mike Johnson", core::ActorKind::person, {{"Johnson", F::name, true}});
  mike.roles.push_back({"Speaker", "United States", 2023_y / 10 / 25, std::nullopt});
  const Gazetteer g({boris, mike});
  ActorResolver r2021(g, Lexicon::builtin(), 2021_y / 5 / 1);
  CHECK(names(r2021, "Johnson said so.") == std::vector<std::string>{"Boris Johnson"});
  ActorResolver r2024(g, Lexicon::builtin(), 2024_y / 5 / 1);
  CHECK(names(r2024, "Johnson said so.") == std::vector<std::string>{"Mike Johnson"});
}

TEST_CASE("a place mention carries its country through its parents", "[extract][actors]") {
  using namespace date::literals;
  auto r = dated_resolver(2023_y / 1 / 5);
  const auto m = r.resolve(tokenize("fighting in Bakhmut"));
  REQUIRE(m.size() == 1);
  CHECK(m[0].country == "Ukraine");
}

namespace {

// Every mention the resolver finds in a sample article, read sentence by sentence as the
// pipeline does: (text, canonical name).
std::vector<std::pair<std::string, std::string>> article_mentions(const std::string& file) {
  const auto read = importers::read_path("sample_data/" + file, importers::Format::text);
  REQUIRE(read.articles.size() == 1);
  const auto& article = read.articles.front();
  ActorResolver r(full_gazetteer(), Lexicon::builtin(), article.published);
  std::vector<std::pair<std::string, std::string>> out;
  std::string_view body = article.body;
  for (const auto& s : split_sentences(body)) {
    for (const auto& m : r.resolve(tokenize(body.substr(s.start, s.end - s.start)))) {
      out.emplace_back(m.text, m.name);
    }
  }
  return out;
}

} // namespace

TEST_CASE("sample articles: every expected actor mention is found",
          "[extract][actors][sample_data]") {
  std::ifstream in("tests/fixtures/actor_mentions.tsv");
  REQUIRE(in);
  std::stringstream buf;
  buf << in.rdbuf();
  const auto text = buf.str();
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> cache;
  std::size_t rows = 0;
  core::for_each_tsv_row(text, [&](const auto& c, std::size_t line) {
    REQUIRE(c.size() == 3);
    const std::string file(c[0]);
    const std::string mention(c[1]);
    const std::string expected(c[2]);
    CAPTURE(line, file, mention, expected);
    auto it = cache.find(file);
    if (it == cache.end()) {
      it = cache.emplace(file, article_mentions(file)).first;
    }
    const auto found = std::any_of(it->second.begin(), it->second.end(), [&](const auto& m) {
      return m.first == mention && m.second == expected;
    });
    CHECK(found);
    if (!found) {
      std::vector<std::string> same_text;
      for (const auto& [t, n] : it->second) {
        if (t == mention) {
          same_text.push_back(n);
        }
      }
      CAPTURE(same_text);
      CHECK(same_text.empty());  // shows what the mention resolved to instead
    }
    ++rows;
  });
  CHECK(rows >= 60);
}

TEST_CASE("a role description in apposition names the person just mentioned",
          "[extract][actors][roles]") {
  using namespace date::literals;
  auto r = dated_resolver(2022_y / 12 / 22);
  CHECK(names(r, "John Kirby, the foreign secretary, said so.") ==
        std::vector<std::string>{"John Kirby", "John Kirby"});
}

TEST_CASE("an indefinite role description is not resolved", "[extract][actors][roles]") {
  using namespace date::literals;
  auto r = dated_resolver(2022_y / 12 / 22);
  CHECK(names(r, "after a foreign secretary resigned") == std::vector<std::string>{});
}

TEST_CASE("dictionary lookup finds the longest alias whatever follows it", "[extract][actors]") {
  const auto& g = small_gazetteer();
  CHECK(g.may_start("white"));
  CHECK(g.may_start("wagner"));
  CHECK_FALSE(g.may_start("house"));
  // "White House" is a key, "White House press" is not: the search stops at the words no key
  // continues with, and a key's own prefix ("Wagner" of "Wagner Group") still matches alone.
  for (std::string_view text : {"White House press office", "White House", "Wagner fighters",
                                "Wagner Group fighters", "Wagner Group"}) {
    CAPTURE(text);
    const auto tokens = tokenize(text);
    const auto found = g.lookup(tokens, 0);
    REQUIRE(found.size() == 1);
    CHECK(found[0].length == (text.starts_with("Wagner fighters") ? 1u : 2u));
  }
  CHECK(g.lookup(tokenize("the White House"), 0).empty());
  CHECK(g.lookup(tokenize("White"), 0).empty());
}
