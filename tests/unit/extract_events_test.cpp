#include "extract/actors.hpp"
#include "extract/dictionary.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"
#include "pipeline_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>

using namespace eventdb;
using namespace eventdb::extract;
using namespace date::literals;
using test::actor_in;

namespace {

std::vector<core::Event> events_of(const std::string& body,
                                 std::optional<date::year_month_day> published = 2023_y / 3 / 15) {
  return test::extract_events(body, published);
}

const core::Event* find_type(const std::vector<core::Event>& events, core::EventType t) {
  auto it = std::find_if(events.begin(), events.end(), [&](const core::Event& e) { return e.type == t; });
  return it == events.end() ? nullptr : &*it;
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

// --- casualties: victims, settings and linked operations (issue #5) -------------------------

TEST_CASE("uncounted victims are where the sentence sets them", "[extract][events][casualties]") {
  // A state after "in", then the country of a place named anywhere in the sentence.
  auto ev = events_of("At least 40 people were killed in Lebanon on Tuesday, officials said.");
  auto* e = find_type(ev, core::EventType::casualties);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::affected) == "Lebanon");
  ev = events_of("Dozens of people were injured when a fuel depot caught fire near Kharkiv.");
  e = find_type(ev, core::EventType::casualties);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::affected) == "Ukraine");
}

TEST_CASE("the speaker of a casualty count is not its victim", "[extract][events][casualties]") {
  const auto ev = events_of("Ukraine's interior minister said nine residents died in the blaze.");
  for (const auto& e : ev) {
    if (e.type == core::EventType::casualties) {
      CHECK(actor_in(e, core::Role::affected) != "Ukraine's interior minister");
      for (const auto& a : e.actors) {
        CHECK(a.kind != core::ActorKind::person);
      }
    }
  }
}

TEST_CASE("killed and wounded counts of one sentence are one fact", "[extract][events][casualties]") {
  const auto ev = events_of("Health officials in Gaza said 15 people had been killed and 40 wounded.");
  const auto n = std::count_if(ev.begin(), ev.end(), [](const core::Event& e) {
    return e.type == core::EventType::casualties;
  });
  CHECK(n == 1);
  const auto* e = find_type(ev, core::EventType::casualties);
  REQUIRE(e);
  CHECK(e->subtype == "killed_and_wounded");
  CHECK(e->quantities.size() == 2);
}

TEST_CASE("casualties of an operation take its agent and target", "[extract][events][casualties]") {
  const auto ev = events_of("Russian forces shelled Kherson on Sunday, killing seven civilians.");
  const auto* e = find_type(ev, core::EventType::casualties);
  const auto* op = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  REQUIRE(op);
  CHECK(!actor_in(*op, core::Role::agent).empty());
  CHECK(actor_in(*e, core::Role::agent) == actor_in(*op, core::Role::agent));
  CHECK(actor_in(*e, core::Role::affected) == "Ukraine");
}

TEST_CASE("a date in a since-clause runs to the publication date", "[extract][events][dates]") {
  const auto ev = events_of(
      "More than 2,000 soldiers have been killed in Sudan since the fighting began in April 2023.",
      2024_y / 1 / 10);
  const auto* e = find_type(ev, core::EventType::casualties);
  REQUIRE(e);
  CHECK(e->date.grain == core::Grain::range);
  CHECK(e->date.value == "2023-04..2024-01-10");
}

TEST_CASE("later victims without a name stay in the article's setting", "[extract][events][casualties]") {
  const auto ev = events_of(
      "Shelling hit a market in Donetsk on Friday. Local officials said 12 people had died.");
  const auto* e = find_type(ev, core::EventType::casualties);
  REQUIRE(e);
  CHECK(!actor_in(*e, core::Role::affected).empty());
}

TEST_CASE("a force size without a name counts the forces counted last", "[extract][events][force_size]") {
  const auto ev = events_of(
      "Poland plans to expand its army to 300,000 soldiers, the defence ministry said. "
      "Officials in Germany welcomed the plan. That would be an increase of 100,000 troops.");
  int with_poland = 0;
  for (const auto& e : ev) {
    if (e.type == core::EventType::force_size) {
      CHECK(actor_in(e, core::Role::affected) != "Germany");
      with_poland += actor_in(e, core::Role::affected) == "Poland";
    }
  }
  CHECK(with_poland >= 1);
}

// --- military operations: what happened, who, where ----------------------------------------

namespace {
long count_type(const std::vector<core::Event>& ev, core::EventType t) {
  return std::count_if(ev.begin(), ev.end(), [&](const core::Event& e) { return e.type == t; });
}
} // namespace

TEST_CASE("operations named in passing or as conditions are not events", "[extract][events][operations]") {
  using core::EventType;
  CHECK(count_type(events_of("Canada has imposed sanctions on 40 Russian firms since the invasion of "
                             "Ukraine."),
                   EventType::military_operation) == 0);
  CHECK(count_type(events_of("The alliance pledged to defend Estonia if Russia attacked it."),
                   EventType::military_operation) == 0);
  CHECK(count_type(events_of("The launchers fire rockets that can strike targets 70 km away, "
                             "Poland said."),
                   EventType::military_operation) == 0);
  CHECK(count_type(events_of("Italy will send 20 armoured fighting vehicles to Ukraine."),
                   EventType::military_operation) == 0);
  // The same words as a report of what happened still count.
  CHECK(count_type(events_of("Russia attacked Kharkiv with drones on Monday."),
                   EventType::military_operation) == 1);
  CHECK(count_type(events_of("Weeks after Ukrainian forces launched an incursion into Russia, "
                             "the army regrouped."),
                   EventType::military_operation) == 1);
}

TEST_CASE("a capture of a place targets its country; a leader acts for its forces", "[extract][events][operations]") {
  const auto ev = events_of("Armed men led by the group al-Shabaab seized Baidoa on Friday.");
  const auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "al-Shabaab");
  CHECK(actor_in(*e, core::Role::target) == "Somalia");
}

TEST_CASE("one person fleeing is not a displacement", "[extract][events][casualties]") {
  CHECK(count_type(events_of("The deposed president fled to Moscow with his family in Syria."),
                   core::EventType::casualties) == 0);
  CHECK(count_type(events_of("About 20,000 people fled Sudan last month."),
                   core::EventType::casualties) == 1);
}

TEST_CASE("each of several operations in a sentence takes its own date", "[extract][events][operations]") {
  const auto ev = events_of("Rebel fighters took Kidal by Oct. 2, captured Gao on Tuesday and entered "
                            "Timbuktu on Friday.",
                            2023_y / 10 / 14);
  std::vector<std::string> dates;
  for (const auto& e : ev) {
    if (e.type == core::EventType::military_operation) {
      dates.push_back(e.date.value);
    }
  }
  CHECK(dates == std::vector<std::string>{"2023-10-02", "2023-10-10", "2023-10-13"});
}

TEST_CASE("an operation without its agent continues the one just told", "[extract][events][operations]") {
  const auto ev = events_of("Hezbollah fighters attacked Israeli positions near Metula on Monday. "
                            "The offensive spread to the Golan Heights on Tuesday.");
  int with_agent = 0;
  for (const auto& e : ev) {
    if (e.type == core::EventType::military_operation) {
      with_agent += actor_in(e, core::Role::agent) == "Hezbollah";
    }
  }
  CHECK(with_agent == 2);
}

TEST_CASE("counted people belong to their owner", "[extract][events][casualties]") {
  auto ev = events_of("Kenya said nine of its soldiers died in an ambush on Sunday.");
  auto* e = find_type(ev, core::EventType::casualties);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::affected) == "Kenya");
  ev = events_of("A spokesman said the raid killed 12 of Hezbollah's fighters.");
  e = find_type(ev, core::EventType::casualties);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::affected) == "Hezbollah");
}

TEST_CASE("an unnamed force belongs to the state a sentence opens with", "[extract][events][force_size]") {
  const auto ev = events_of("Egypt has deployed warships off Somalia. Chad, which borders Sudan, "
                            "has kept about 2,000 troops on the frontier.");
  const auto* e = find_type(ev, core::EventType::force_size);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::affected) == "Chad");
}

TEST_CASE("aid without an amount is not a funding event", "[extract][events][funding]") {
  CHECK(count_type(events_of("The two leaders promised to come to each other's aid if attacked."),
                   core::EventType::funding) == 0);
  CHECK(count_type(events_of("Japan announced $500 million in aid for Ukraine on Friday."),
                   core::EventType::funding) == 1);
  const auto ev = events_of("Sweden said on Monday it was suspending all development aid to Mali.");
  const auto* e = find_type(ev, core::EventType::funding);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Sweden");
  CHECK(actor_in(*e, core::Role::affected) == "Mali");
}

TEST_CASE("'it' stands for the speaker only as its own verb's subject", "[extract][events][operations]") {
  const auto ev = events_of("Norway said it was freezing aid to the government until Ethiopia "
                            "withdraws its troops from Tigray.");
  for (const auto& e : ev) {
    if (e.type == core::EventType::military_operation) {
      CHECK(actor_in(e, core::Role::agent) != "Norway");
    }
  }
}

TEST_CASE("victims without a name are set where the story is, not with foreign dead",
          "[extract][events][casualties]") {
  const auto ev = events_of("Fighting continued around Goma on Monday. Kenya said three of its "
                            "soldiers died. Aid agencies said 5,000 people had been displaced.");
  const core::Event* displaced = nullptr;
  for (const auto& e : ev) {
    if (e.type == core::EventType::casualties && e.subtype == "displaced") {
      displaced = &e;
    }
  }
  REQUIRE(displaced);
  CHECK(actor_in(*displaced, core::Role::affected) == "Democratic Republic of the Congo");
}

TEST_CASE("casualty reports: owners, counts and dates across one sentence", "[extract][events][casualties]") {
  // Victims named between a count and a word for people.
  auto ev = events_of("Rebels said they had killed 30 Chadian soldiers and 12 Wagner fighters.");
  auto* e = find_type(ev, core::EventType::casualties);
  REQUIRE(e);
  std::set<std::string> affected;
  for (const auto& a : e->actors) {
    if (a.role == core::Role::affected) {
      affected.insert(a.name);
    }
  }
  CHECK(affected.count("Chad") == 1);
  CHECK(affected.count("Wagner Group") == 1);
  // Two triggers, one count: one event.
  ev = events_of("Officials said Hamas had lost about 6,000 fighters killed in Rafah.");
  CHECK(count_type(ev, core::EventType::casualties) == 1);
  // A count right before the verb is its subject, not a name further back.
  ev = events_of("The war between the army and the RSF has killed thousands, and more than 2 "
                 "million people have been forced from their homes.");
  for (const auto& x : ev) {
    if (x.type == core::EventType::casualties && x.subtype == "displaced") {
      CHECK(actor_in(x, core::Role::affected) != "Rapid Support Forces");
    }
  }
  // Killed in the operation's sentence, on the operation's day.
  ev = events_of("Gunmen attacked a police post in Niger's capital on Tuesday, killing 11 people.",
                 2024_y / 3 / 14);
  e = find_type(ev, core::EventType::casualties);
  REQUIRE(e);
  CHECK(e->date.value == "2024-03-12");
  CHECK(actor_in(*e, core::Role::affected) == "Niger");
}

TEST_CASE("operations: own objects, opening phrases and owned targets", "[extract][events][operations]") {
  auto ev = events_of("Malian troops carried out an operation near Gao on Sunday.");
  auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Malian Armed Forces");
  ev = events_of("In eastern Syria, U.S. forces carried out airstrikes on Islamic State targets.");
  e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::target) == "Islamic State");
  for (const auto& a : e->actors) {
    CHECK(!(a.role == core::Role::agent && a.name == "Syria"));
  }
  ev = events_of("Ethiopia said its troops had moved into Baidoa.");
  e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Ethiopia");
}

TEST_CASE("a count of named forces is their size", "[extract][events][force_size]") {
  auto ev = events_of("About 3,000 Rwandan troops were operating in North Kivu, the experts said.");
  auto* e = find_type(ev, core::EventType::force_size);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::affected) == "Rwanda");
  REQUIRE(e->quantities.size() == 1);
  CHECK(e->quantities[0].value == 3000);
  // Counted as dead, they are casualties only.
  ev = events_of("About 300 Rwandan troops were killed in North Kivu, the experts said.");
  CHECK(count_type(ev, core::EventType::force_size) == 0);
  CHECK(count_type(ev, core::EventType::casualties) == 1);
}

TEST_CASE("a sentence's one date told before the trigger dates it", "[extract][events][dates]") {
  const auto ev = events_of("The last order, signed in March 2021, had fixed the army at 900,000, an "
                            "increase of 40,000 troops.");
  const auto* e = find_type(ev, core::EventType::force_size);
  REQUIRE(e);
  CHECK(e->date.value == "2021-03");
}

TEST_CASE("Mali's armed forces are in the dictionary", "[extract][events][operations]") {
  const auto ev = events_of("Malian soldiers attacked a rebel base near Kidal on Monday.");
  const auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Malian Armed Forces");
}

TEST_CASE("operations: nationality adjectives, places in relative clauses, launches and destruction",
          "[extract][events][operations]") {
  auto ev = events_of("Russian forces repelled a large Ukrainian offensive near Avdiivka.");
  bool offensive = false;
  for (const auto& e : ev) {
    offensive = offensive || (e.type == core::EventType::military_operation &&
                              e.subtype == "offensive" &&
                              actor_in(e, core::Role::agent) == "Ukraine");
  }
  CHECK(offensive);
  ev = events_of("Residents returned to Kharkiv, which was shelled in the spring of 2022.");
  auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::target) == "Ukraine");
  ev = events_of("Russia launched 90 drones and 12 missiles at Ukraine overnight.");
  e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Russia");
  ev = events_of("Houthi fighters destroyed two drones over Yemen on Friday.");
  e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Houthis");
  // Without weapons, "destroyed" is no operation: "the storm destroyed the harvest".
  CHECK(count_type(events_of("Floods destroyed crops across Pakistan last month."),
                   core::EventType::military_operation) == 0);
}

TEST_CASE("dates of casualties: past facts and unnamed attackers", "[extract][events][dates]") {
  // A past fact with a yearless month is not in the future, whatever "will" says elsewhere.
  auto ev = events_of("The EU will sanction those behind the massacre in April, when dozens of "
                      "villagers were killed.",
                      2024_y / 6 / 10);
  auto* e = find_type(ev, core::EventType::casualties);
  REQUIRE(e);
  CHECK(e->date.value == "2024-04");
  // The attack's day, even with unnamed attackers.
  ev = events_of("Gunmen attacked a market in Burkina Faso on Sunday, killing 40 people.",
                 2024_y / 6 / 12);
  e = find_type(ev, core::EventType::casualties);
  REQUIRE(e);
  CHECK(e->date.value == "2024-06-09");
  CHECK(actor_in(*e, core::Role::affected) == "Burkina Faso");
  // "the deaths of N people" counts the dead.
  ev = events_of("Officials confirmed the deaths of 23 people in Colombia.");
  e = find_type(ev, core::EventType::casualties);
  REQUIRE(e);
  CHECK(e->subtype == "killed");
}

TEST_CASE("'N of them' is a part of the count before it", "[extract][events][casualties]") {
  const auto ev = events_of("The mission counted the deaths of 400 civilians, 90 of them children, "
                            "and the injury of 700 others in Tigray.");
  for (const auto& e : ev) {
    for (const auto& q : e.quantities) {
      if (q.value == 90) {
        CHECK(q.what == "killed");
      }
    }
  }
}

TEST_CASE("aid with no one named goes to the article's country", "[extract][events][funding]") {
  const auto ev = events_of("Fighting around Kharkiv displaced 20,000 people last month. The 2023 plan "
                            "seeks $400 million to help them.");
  const auto* e = find_type(ev, core::EventType::funding);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::recipient) == "Ukraine");
}

TEST_CASE("a sentence opening with 'That' keeps the date of the fact before", "[extract][events][force_size]") {
  const auto ev = events_of("Egypt expanded its army to 500,000 troops in May 2021. That represents an "
                            "increase of 30,000 troops.");
  int dated = 0;
  for (const auto& e : ev) {
    if (e.type == core::EventType::force_size) {
      dated += e.date.value == "2021-05";
    }
  }
  CHECK(dated == 2);
}

TEST_CASE("capitals are places; weapons used to attack are no attack", "[extract][events][operations]") {
  auto ev = events_of("The first Turkish soldiers landed in Tripoli in January 2020.");
  CHECK(count_type(ev, core::EventType::military_operation) == 1);
  ev = events_of("The sanctions target the components Iran uses to attack shipping, the EU said.");
  CHECK(count_type(ev, core::EventType::military_operation) == 0);
}

TEST_CASE("verbs without an object have no passive", "[extract][events][operations]") {
  const auto ev = events_of("The first Russian soldiers arrived in Bangui in 2018.");
  const auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(!actor_in(*e, core::Role::agent).empty());
  CHECK(actor_in(*e, core::Role::target).empty());
}

TEST_CASE("operations: owners of what was hit, 'the strikes' after their agent, denials",
          "[extract][events][operations]") {
  auto ev = events_of("Israeli jets struck Hezbollah positions in southern Lebanon on Monday.");
  auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::target) == "Hezbollah");
  ev = events_of("French jets struck militant camps in Mali on Monday. Officials said the strikes "
                 "destroyed 12 vehicles.");
  int french = 0;
  for (const auto& x : ev) {
    french += x.type == core::EventType::military_operation &&
              actor_in(x, core::Role::agent) == "France";
  }
  CHECK(french >= 1);
  CHECK(count_type(events_of("The army denied shelling hospitals in Khartoum."),
                   core::EventType::military_operation) == 0);
  CHECK(count_type(events_of("Officials condemned the strikes."),
                   core::EventType::military_operation) == 0);
}

TEST_CASE("bare counts and owned forces", "[extract][events][casualties]") {
  // A count that names something else is no count of people.
  CHECK(count_type(events_of("Germany's car industry lost 20,000 jobs last year."),
                   core::EventType::casualties) == 0);
  // A bare count followed by "more" still counts people.
  CHECK(count_type(events_of("About 600,000 more have fled to Chad since April."),
                   core::EventType::casualties) == 1);
  // "its air defences" belong to the speaker.
  const auto ev = events_of("Kyiv said its air defences shot down 30 of 35 drones overnight.");
  const auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Ukraine");
}

TEST_CASE("clashes, and announcing aid is giving it", "[extract][events][funding]") {
  auto ev = events_of("Hezbollah said its fighters clashed with Israeli soldiers near the border.");
  auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Hezbollah");
  ev = events_of("Norway announced $20 million in humanitarian aid for Sudan.");
  e = find_type(ev, core::EventType::funding);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Norway");
}

TEST_CASE("forces owned through 'its' carry out noun operations", "[extract][events][operations]") {
  const auto ev = events_of("Turkey said its troops had launched ground raids into northern Iraq.");
  const auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "T\u00FCrkiye");
  CHECK(actor_in(*e, core::Role::target) == "Iraq");
}

TEST_CASE("ambushes, and victims told in the past perfect keep the attack's day", "[extract][events][casualties]") {
  auto ev = events_of("Al-Shabaab fighters ambushed a Kenyan convoy near Lamu on Sunday.");
  auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "al-Shabaab");
  ev = events_of("Gunmen attacked a market in Niger on Sunday, killing 30 people. A local official "
                 "said 45 others had been wounded.",
                 2024_y / 6 / 12);
  int on_sunday = 0;
  for (const auto& x : ev) {
    on_sunday += x.type == core::EventType::casualties && x.date.value == "2024-06-09";
  }
  CHECK(on_sunday == 2);
}

TEST_CASE("people a funding event pays for are its count", "[extract][events][funding]") {
  const auto ev = events_of("The UN appealed for $300 million to help 2 million people in Haiti.");
  const auto* e = find_type(ev, core::EventType::funding);
  REQUIRE(e);
  CHECK(std::any_of(e->quantities.begin(), e->quantities.end(), [](const core::Quantity& q) {
    return q.unit == "person" && q.value == 2e6;
  }));
}

TEST_CASE("the object of an earlier verb is not the next operation's agent", "[extract][events][operations]") {
  auto ev = events_of("Hezbollah fighters crossed the border, entered Metula and opened fire.");
  bool metula_agent = false;
  for (const auto& e : ev) {
    metula_agent = metula_agent || (e.type == core::EventType::military_operation &&
                                    actor_in(e, core::Role::agent) == "Metula");
  }
  CHECK_FALSE(metula_agent);
  // "accused X of attacking": X acted.
  ev = events_of("Kyiv accused Russia of shelling Kherson on Monday.");
  const auto* e = find_type(ev, core::EventType::military_operation);
  if (e) {
    CHECK(actor_in(*e, core::Role::agent) != "Ukraine");
  }
}

TEST_CASE("an unnamed force belongs to the nearest owner in its clause", "[extract][events][force_size]") {
  const auto ev = events_of("Iran condemned the move. Separately, the EU said it would spend more, "
                            "and NATO said allied troops would hold drills involving 90,000 soldiers.");
  const auto* e = find_type(ev, core::EventType::force_size);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::affected) == "North Atlantic Treaty Organization");
}

TEST_CASE("an aid package sent by a pronoun's state reaches the recipient past its sum",
          "[extract][events][funding]") {
  const auto ev = events_of("Norway said on Tuesday that it would send a new package of "
                            "humanitarian aid worth 120 million euros to Moldova.");
  const auto* e = find_type(ev, core::EventType::funding);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Norway");
  CHECK(actor_in(*e, core::Role::recipient) == "Moldova");
  // A state named as the verb's subject, through the light verb "provide".
  const auto ev2 = events_of("Canada will provide an aid package worth $40 million to Haiti.");
  const auto* e2 = find_type(ev2, core::EventType::funding);
  REQUIRE(e2);
  CHECK(actor_in(*e2, core::Role::agent) == "Canada");
  CHECK(actor_in(*e2, core::Role::recipient) == "Haiti");
}

TEST_CASE("an operation named with its own onset and date is told, not mentioned in passing",
          "[extract][events][operation]") {
  const auto ev = events_of("Israeli troops have stayed in the buffer zone since their offensive "
                            "began on 12 January.");
  const auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Israel Defense Forces");
  CHECK(e->date.first == 2023_y / 1 / 12);
  // Past the noun's own phrase and a relative pronoun.
  const auto ev2 = events_of("Ukrainian troops have held the town since their incursion into Kursk, which "
                             "began on 6 August, according to Ukrainian officials.");
  const auto* e2 = find_type(ev2, core::EventType::military_operation);
  REQUIRE(e2);
  CHECK(e2->date.first == 2022_y / 8 / 6);
  // Without a verb of onset and a date it stays background.
  CHECK_FALSE(find_type(events_of("Food prices have doubled since the offensive."),
                        core::EventType::military_operation));
}

TEST_CASE("a participle after 'and' with a count after it is a verb of the same subject",
          "[extract][events][casualties]") {
  const auto ev = events_of("Artillery fire destroyed a clinic in Kherson and wounded seven people.");
  const auto* e = find_type(ev, core::EventType::casualties);
  REQUIRE(e);
  REQUIRE(e->quantities.size() == 1);
  CHECK(e->quantities[0].value == 7);
  // "armed foreign fighters" stays a description, not a verb.
  CHECK_FALSE(find_type(events_of("Residents saw wounded foreign fighters near the border."),
                        core::EventType::casualties));
}

TEST_CASE("money given for a year is dated by when it was given; 'It' continues the funding",
          "[extract][events][funding]") {
  const auto ev = events_of("On 2 March, President Andrzej Duda signed Poland's budget for 2024 and "
                            "2025 into law. It allocates $40 billion to defence.");
  const auto* e = find_type(ev, core::EventType::funding);
  REQUIRE(e);
  CHECK(e->date.value == "2023-03-02");
  const auto it = std::find_if(ev.begin(), ev.end(), [](const core::Event& x) {
    return x.type == core::EventType::funding && x.evidence.sentence.starts_with("It allocates");
  });
  REQUIRE(it != ev.end());
  CHECK(it->date.value == "2023-03-02");
  CHECK(actor_in(*it, core::Role::agent) == "Poland");
  // Without a funding event just before, "It" gives no one, and a sum nobody gives or
  // receives is no event.
  const auto ev2 = events_of("The storm hit the coast on Friday. It allocates $40 billion to the army.");
  CHECK_FALSE(find_type(ev2, core::EventType::funding));
}

TEST_CASE("money or arms with no giver and no receiver make no event", "[extract][events][funding]") {
  // Nobody named, nobody told before: a price tag, not a transfer.
  CHECK_FALSE(find_type(events_of("Analysts said the package was valued at about $300 million."),
                        core::EventType::funding));
  CHECK_FALSE(find_type(events_of("The shipment of rifles and ammunition was worth $2 million."),
                        core::EventType::arms_transfer));
  // The same sums with parties are kept.
  const auto ev = events_of("Canada announced an aid package worth $300 million for Ukraine on Tuesday.");
  const auto* e = find_type(ev, core::EventType::funding);
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Canada");
  const auto ev2 = events_of("Belarus shipped rifles and ammunition to Russia in May 2023.");
  const auto* e2 = find_type(ev2, core::EventType::arms_transfer);
  REQUIRE(e2);
  CHECK(actor_in(*e2, core::Role::recipient) == "Russia");
}

TEST_CASE("'their fighters' with no owner in the sentence are the previous sentence's subject's",
          "[extract][events][operation]") {
  const auto ev2 = events_of("The Houthis fired missiles at a tanker in the Red Sea on Sunday. "
                             "On Monday, their fighters seized a cargo ship near the port.");
  const auto it = std::find_if(ev2.begin(), ev2.end(), [](const core::Event& e) {
    return e.type == core::EventType::military_operation && e.evidence.sentence.starts_with("On Monday");
  });
  REQUIRE(it != ev2.end());
  CHECK(actor_in(*it, core::Role::agent) == "Houthis");
  CHECK(it->date.value == "2023-03-13");
  // Nobody named before: no one to give the operation to, so there is no event.
  const auto ev3 = events_of("Heavy rain fell overnight. On Monday, their fighters seized a cargo ship.");
  CHECK_FALSE(find_type(ev3, core::EventType::military_operation));
}

TEST_CASE("bodies recovered or buried are a count of the dead; other 'bodies' are not",
          "[extract][events][casualties]") {
  const auto ev = events_of("Rescue teams recovered 31 bodies from a collapsed building in Kharkiv.");
  const auto* e = find_type(ev, core::EventType::casualties);
  REQUIRE(e);
  CHECK(e->subtype == "killed");
  REQUIRE(e->quantities.size() == 1);
  CHECK(e->quantities[0].value == 31);
  const auto ev2 = events_of("About 900 bodies had been buried in Khartoum by volunteers.");
  REQUIRE(find_type(ev2, core::EventType::casualties));
  CHECK_FALSE(find_type(events_of("The two bodies signed a cooperation accord in Geneva."),
                        core::EventType::casualties));
  CHECK_FALSE(find_type(events_of("Inspectors found that the oversight body of 12 members had quit."),
                        core::EventType::casualties));
}

TEST_CASE("forces controlling a share of a place hold territory", "[extract][events][operation]") {
  const auto ev = events_of("Officials said Hamas fighters still controlled about 40% of Rafah.");
  const auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(e->subtype == "territorial_control");
  CHECK(actor_in(*e, core::Role::agent) == "Hamas");
  // Who holds a place, told in a relative clause, describes the actor.
  CHECK_FALSE(find_type(events_of("Hamas, which has controlled Rafah for years, rejected the plan."),
                        core::EventType::military_operation));
  // Nor a place named later in the clause: "controls 40% of the market in Cairo".
  const auto market = events_of("Hamas fighters attacked a post. The firm controls 40% of the "
                                "cement market in Rafah.");
  CHECK(std::none_of(market.begin(), market.end(), [](const core::Event& x) {
    return x.type == core::EventType::military_operation &&
           x.evidence.sentence.starts_with("The firm");
  }));
  // Control of something that is not a place is not territory.
  CHECK_FALSE(find_type(events_of("The central bank controlled about 40% of the bond market."),
                        core::EventType::military_operation));
}

TEST_CASE("a counted deployment is a force size, not also a deployment operation",
          "[extract][events][force_size]") {
  const auto ev = events_of("About 4,000 Rwandan soldiers remain deployed in North Kivu.");
  REQUIRE(find_type(ev, core::EventType::force_size));
  CHECK_FALSE(find_type(ev, core::EventType::military_operation));
  // Without a count the deployment stays an operation.
  const auto ev2 = events_of("Rwanda deployed troops to North Kivu on Monday.");
  CHECK(find_type(ev2, core::EventType::military_operation));
}

TEST_CASE("holding a share of unnamed land is territorial control, even in a relative clause",
          "[extract][events][operation]") {
  const auto ev = events_of("Kenyan troops have held a slice of Somali territory since January.");
  const auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(e->subtype == "territorial_control");
  CHECK(e->rule == "operation.hold");
  CHECK(actor_in(*e, core::Role::agent) == "Kenya");
  CHECK(e->date.first == 2023_y / 1 / 1);
  // A relative clause holding part of a region tells the front line.
  CHECK(find_type(events_of("Shelling hit Sumy, near Ukrainian forces, who still hold part of the "
                            "border district."),
                  core::EventType::military_operation));
  // Holding talks, a meeting or part of a market is no control of land.
  for (const char* s : {"Kenya held talks with Somalia in Nairobi on Monday.",
                        "Kenya held part of its annual summit in Mombasa.",
                        "The firm holds part of the country's cement market.",
                        "Kenya, which holds Mombasa, rejected the plan."}) {
    CAPTURE(s);
    CHECK_FALSE(find_type(events_of(s), core::EventType::military_operation));
  }
}

TEST_CASE("an assault on a place is an attack; an assault rifle or an assault charge is not",
          "[extract][events][operation]") {
  const auto ev = events_of("Sudanese troops pressed their assault on Omdurman last week.");
  const auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(e->rule == "operation.assault_n");
  CHECK(actor_in(*e, core::Role::agent) == "Sudan");
  for (const char* s : {"The man was charged with assault in Nairobi on Friday.",
                        "The shipment to Nairobi included 40 assault rifles.",
                        "It was the largest aerial assault of the year.",
                        "Rebels assaulted a journalist in Goma on Friday."}) {
    CAPTURE(s);
    CHECK_FALSE(find_type(events_of(s), core::EventType::military_operation));
  }
}

TEST_CASE("fighting or clashes between two forces name both sides", "[extract][events][operation]") {
  const auto ev = events_of("Fighting between Israeli troops and Hezbollah resumed on Sunday.");
  const auto* e = find_type(ev, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(e->rule == "operation.fighting_between");
  CHECK(e->date.value == "2023-03-12");
  CHECK(std::count_if(e->actors.begin(), e->actors.end(),
                      [](const core::EventActor& a) { return a.role == core::Role::agent; }) == 2);
  const auto clashes = events_of("Police said clashes between Hamas (the ruling group) and Fatah "
                                 "supporters broke out in Gaza.");
  const auto* c = find_type(clashes, core::EventType::military_operation);
  REQUIRE(c);
  CHECK(c->rule == "operation.clash_between");
  CHECK(c->actors.size() >= 2);
  // Trade, talks or a gap "between" two states is no fighting.
  for (const char* s : {"Trade between China and Russia grew last year.",
                        "Talks between Iran and the United States resumed in Oman."}) {
    CAPTURE(s);
    CHECK_FALSE(find_type(events_of(s), core::EventType::military_operation));
  }
}

TEST_CASE("advancing into unnamed land is an offensive; into a final or a ranking is not",
          "[extract][events][operation]") {
  const auto ev = events_of("Syrian troops advanced into the western district overnight, a monitor said.");
  REQUIRE(find_type(ev, core::EventType::military_operation));
  CHECK(find_type(ev, core::EventType::military_operation)->rule == "operation.advance");
  const auto ev2 = events_of("Rwandan troops pushed into the southern districts of the province.");
  const auto* e = find_type(ev2, core::EventType::military_operation);
  REQUIRE(e);
  CHECK(e->rule == "operation.push_into");
  CHECK(actor_in(*e, core::Role::agent) == "Rwanda");
  for (const char* s : {"The Iranian team advanced into the final on Sunday.",
                        "Turkey's economy advanced into the region's top five."}) {
    CAPTURE(s);
    CHECK_FALSE(find_type(events_of(s), core::EventType::military_operation));
  }
}
