#include "extract/actors.hpp"
#include "extract/dictionary.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>

using namespace eventdb;
using namespace eventdb::extract;
using namespace date::literals;

namespace {

const Pipeline& pipeline() {
  static const Gazetteer gazetteer(builtin_dictionary());
  static const Pipeline p(gazetteer, Lexicon::builtin());
  return p;
}

std::vector<core::Event> events_of(const std::string& body,
                                 std::optional<date::year_month_day> published = 2023_y / 3 / 15) {
  core::Article a;
  a.body = body;
  a.published = published;
  return pipeline().extract(a).events;
}

const core::Event* find_type(const std::vector<core::Event>& events, core::EventType t) {
  auto it = std::find_if(events.begin(), events.end(), [&](const core::Event& e) { return e.type == t; });
  return it == events.end() ? nullptr : &*it;
}

std::string actor_in(const core::Event& e, core::Role role) {
  for (const auto& a : e.actors) {
    if (a.role == role) {
      return a.name;
    }
  }
  return {};
}

} // namespace

TEST_CASE("an active verb gives agent, recipient, items and the clause's date", "[extract][events]") {
  const auto ev = events_of("Iran delivered hundreds of drones to Russia last month.");
  const auto* e = find_type(ev, core::EventType::arms_transfer);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Iran");
  CHECK(actor_in(*e, core::Role::recipient) == "Russia");
  CHECK(e->items == std::vector<std::string>{"drones"});
  CHECK(e->date.value == "2023-02");
  CHECK(e->date.basis == core::DateBasis::text);
  CHECK(e->rule == "arms.deliver");
}

TEST_CASE("the passive voice swaps subject and agent", "[extract][events]") {
  const auto ev = events_of("New sanctions were imposed on Belarus by the European Union.");
  const auto* e = find_type(ev, core::EventType::sanction);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::target) == "Belarus");
  CHECK(actor_in(*e, core::Role::agent) == "European Union");
}

TEST_CASE("a possessive nominalisation names the agent", "[extract][events]") {
  const auto ev = events_of("Officials condemned Iran's sale of missiles to Russia.");
  const auto* e = find_type(ev, core::EventType::arms_transfer);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Iran");
  CHECK(actor_in(*e, core::Role::recipient) == "Russia");
}

TEST_CASE("a relative clause names the subject of its verb", "[extract][events]") {
  const auto ev = events_of("The drones went to Hamas, which paid for the equipment.");
  const auto* e = find_type(ev, core::EventType::funding);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Hamas");
}

TEST_CASE("modality comes from modals, threats and negation", "[extract][events]") {
  CHECK(find_type(events_of("The European Union will impose sanctions on Iran."),
                  core::EventType::sanction)->modality == core::Modality::planned);
  CHECK(find_type(events_of("Iran did not deliver missiles to Russia."),
                  core::EventType::arms_transfer)->modality == core::Modality::negated);
  CHECK(find_type(events_of("Russia threatened to impose sanctions on Latvia."),
                  core::EventType::sanction)->modality == core::Modality::threatened);
  CHECK(find_type(events_of("Hamas was accused of war crimes."), core::EventType::accusation)
            ->modality == core::Modality::alleged);
}

TEST_CASE("casualty counts attach with what was counted", "[extract][events]") {
  const auto ev = events_of("At least 30 civilians were killed in Kharkiv on Tuesday.");
  const auto* e = find_type(ev, core::EventType::casualties);
  REQUIRE(e);
  REQUIRE(e->quantities.size() == 1);
  CHECK(e->quantities[0].value == 30);
  CHECK(e->quantities[0].approx == core::Approx::at_least);
  CHECK(e->quantities[0].what == "killed");
  REQUIRE(e->location);
  CHECK(e->location->name == "Kharkiv");
  CHECK(e->date.value == "2023-03-14");
}

TEST_CASE("the speaker becomes the source", "[extract][events]") {
  const auto ev = events_of("Russia fired missiles at Odesa, Antony Blinken said.");
  const auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  REQUIRE(e->source);
  CHECK(*e->source == "Antony Blinken");
  const auto ev2 = events_of("According to the Pentagon, Russia seized Soledar.");
  const auto* e2 = find_type(ev2, core::EventType::military_operation);
  REQUIRE(e2);
  REQUIRE(e2->source);
  CHECK(e2->source->find("Defense") != std::string::npos);
}

TEST_CASE("a statement without a named agent is the speaker's country's", "[extract][events]") {
  const auto ev = events_of("\u201CWe condemn the attack on Kyiv,\u201D Antony Blinken said.");
  const auto* e = find_type(ev, core::EventType::statement);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "United States");
}

TEST_CASE("without a time expression the publication date stands in", "[extract][events]") {
  const auto ev = events_of("Germany sent tanks to Ukraine.");
  const auto* e = find_type(ev, core::EventType::arms_transfer);
  REQUIRE(e);
  CHECK(e->date.basis == core::DateBasis::published);
  CHECK(e->date.value == "2023-03-15");
  const auto undated = events_of("Germany sent tanks to Ukraine last week.", std::nullopt);
  const auto* u = find_type(undated, core::EventType::arms_transfer);
  REQUIRE(u);
  CHECK(u->date.grain == core::Grain::unknown);
}

TEST_CASE("arms rules need an arms item", "[extract][events]") {
  CHECK_FALSE(find_type(events_of("Russia sold its stake in the port to China."),
                        core::EventType::arms_transfer));
}

TEST_CASE("repeated mentions of one fact merge and keep both evidence spans", "[extract][events]") {
  const auto ev = events_of("Iran sold drones to Russia in January. Officials said Iran delivered "
                          "the drones to Russia.");
  REQUIRE(std::count_if(ev.begin(), ev.end(), [](const core::Event& e) {
            return e.type == core::EventType::arms_transfer;
          }) == 1);
  const auto* e = find_type(ev, core::EventType::arms_transfer);
  CHECK(e->date.value == "2023-01");
  CHECK(e->more_evidence.size() == 1);
}

TEST_CASE("evidence spans point into the article body", "[extract][events]") {
  const std::string body = "Intro line.\n\nGermany sent tanks to Ukraine.";
  const auto ev = events_of(body);
  REQUIRE_FALSE(ev.empty());
  const auto& e = ev.front();
  CHECK(body.substr(e.evidence.start, e.evidence.end - e.evidence.start) == e.evidence.sentence);
}

TEST_CASE("every trigger rule is documented in docs/events.md", "[extract][events][docs]") {
  std::ifstream in("docs/events.md");
  REQUIRE(in);
  const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const auto& r : Lexicon::builtin().rules()) {
    CAPTURE(r.id);
    CHECK(doc.find("`" + r.id + "`") != std::string::npos);
  }
}

TEST_CASE("a malformed trigger line is reported with its line number", "[extract][events]") {
  const std::string triggers = "id\tpattern\tpos\ttype\tsubtype\tmodality\tslots\trequires\tcameo\t"
                               "plover\tfamily\nx\tsell\tv\tgossip\t\t\t\t\t\t\t\n";
  CHECK_THROWS_WITH(Lexicon(triggers, "", "", ""),
                    Catch::Contains("triggers.tsv:2") && Catch::Contains("gossip"));
}

TEST_CASE("lexicon word classes answer by name, by id and through lemmas", "[extract][events]") {
  const std::string words = "class\twords\nreporting\tsay tell\ndeterminer\tthe a\n"
                            "stop\tthe\n";
  const Lexicon lex("", "form\tlemma\nsaid\tsay\n", "", words);
  CHECK(lex.is("reporting", "say"));
  CHECK(lex.is("stop", "the"));
  CHECK(lex.is("determiner", "the"));
  CHECK_FALSE(lex.is("reporting", "the"));
  CHECK_FALSE(lex.is("nonexistent", "say"));
  CHECK_FALSE(lex.is("reporting", "says"));  // is() takes the word as written
  // Through lemmas: the irregular table and the regular candidates.
  CHECK(lex.lemma_is("reporting", "said"));
  CHECK(lex.lemma_is("reporting", "says"));
  CHECK(lex.lemma_is("reporting", "telling"));
  CHECK_FALSE(lex.lemma_is("reporting", "sailed"));
  CHECK_FALSE(lex.lemma_is("nonexistent", "says"));
  std::vector<std::string> all;
  lex.append_lemmas("said", all);
  lex.append_lemmas("tells", all);
  CHECK(all == std::vector<std::string>{"say", "said", "tells", "tell"});
  CHECK(lex.lemmas("said") == std::vector<std::string>{"say", "said"});
  // Ids: looked up once, tested many times.
  const auto det = lex.class_id("determiner");
  REQUIRE(det != Lexicon::k_no_class);
  CHECK(lex.class_id("nonexistent") == Lexicon::k_no_class);
  CHECK(Lexicon::in_class(lex.classes_of("the"), det));
  CHECK(Lexicon::in_class(lex.classes_of("the"), lex.class_id("stop")));
  CHECK_FALSE(Lexicon::in_class(lex.classes_of("say"), det));
  CHECK(lex.classes_of("unknown").empty());
  CHECK_FALSE(Lexicon::in_class(lex.classes_of("the"), Lexicon::k_no_class));
}
