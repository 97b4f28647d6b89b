// Statements, diplomatic facts (`other`) and who makes them: sentences written for these tests.
#include "extract/actors.hpp"
#include "extract/dictionary.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"
#include "pipeline_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace eventdb;
using namespace eventdb::extract;
using namespace date::literals;
using test::actor_in;

namespace {

std::vector<core::Event> events_of(const std::string& body) {
  return test::extract_events(body, 2023_y / 3 / 15);
}

const core::Event* find_rule(const std::vector<core::Event>& events, std::string_view rule) {
  auto it = std::find_if(events.begin(), events.end(), [&](const core::Event& e) { return e.rule == rule; });
  return it == events.end() ? nullptr : &*it;
}

std::size_t count_type(const std::vector<core::Event>& events, core::EventType t) {
  return static_cast<std::size_t>(
      std::count_if(events.begin(), events.end(), [&](const core::Event& e) { return e.type == t; }));
}

} // namespace

TEST_CASE("the government of a state speaks for it", "[extract][events][statements]") {
  const auto ev = events_of("The Government of the Republic of Korea condemned the missile launch.");
  const auto* e = find_rule(ev, "statement.condemn");
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "South Korea");
  // A name after "of" that no office word heads is not the subject.
  const auto other = events_of("The spokesman for the mission of Kenya condemned the attack.");
  for (const auto& s : other) {
    CHECK(actor_in(s, core::Role::agent) != "Kenya");
  }
}

TEST_CASE("a present-tense verb after an adverb is a verb", "[extract][events][statements]") {
  const auto ev = events_of("Japan strongly condemns the launch and firmly rejects the claim.");
  const auto* c = find_rule(ev, "statement.condemn");
  REQUIRE(c);
  CHECK(actor_in(*c, core::Role::agent) == "Japan");
  // "deadly strikes on": an adjective in -ly keeps the noun.
  const auto ops = events_of("Houthi rebels carried out deadly strikes on ships in the Red Sea.");
  const auto* s = find_rule(ops, "operation.carry_out_strike");
  REQUIRE(s);
}

TEST_CASE("the object of the first of two coordinated verbs is not the second's subject",
          "[extract][events][statements]") {
  const auto ev = events_of("Poland summoned Belarusian Ambassador Pavel Latushko to the ministry on "
                            "Monday and demanded an explanation.");
  const auto* d = find_rule(ev, "statement.demand");
  REQUIRE(d);
  CHECK(actor_in(*d, core::Role::agent) == "Poland");
  const auto* s = find_rule(ev, "other.summon");
  REQUIRE(s);
  CHECK(actor_in(*s, core::Role::agent) == "Poland");
}

TEST_CASE("a count told by a speaker is sourced, not a statement", "[extract][events][statements]") {
  const auto ev = events_of("Blinken said Hamas had lost about 6,000 fighters in the fighting.");
  CHECK(count_type(ev, core::EventType::statement) == 0);
  // Nothing else understood: the count is still the fact, not a statement.
  const auto h = events_of("Colombia says about 40 hostages remain in the jungle camps.");
  CHECK(count_type(h, core::EventType::statement) == 0);
  // An assessment of another side's act still is one.
  const auto s = events_of("Antony Blinken said Iran had delivered drones to Russia.");
  CHECK(count_type(s, core::EventType::statement) == 1);
}

TEST_CASE("sanctions named again after a demonstrative are not new sanctions", "[extract][events][facts]") {
  const auto ev = events_of("China vetoed a draft that would have renewed the panel monitoring those sanctions.");
  CHECK(count_type(ev, core::EventType::sanction) == 0);
  const auto fresh = events_of("The EU imposed sanctions on Belarus on Monday.");
  CHECK(count_type(fresh, core::EventType::sanction) == 1);
}

TEST_CASE("ratifications, summons and arrests are recorded", "[extract][events][facts]") {
  auto ev = events_of("Armenia ratified the agreement on Tuesday.");
  const auto* r = find_rule(ev, "other.ratify");
  REQUIRE(r);
  CHECK(actor_in(*r, core::Role::agent) == "Armenia");
  CHECK(r->date.value == "2023-03-14");
  ev = events_of("Turkish police arrested 12 suspects linked to the Islamic State group.");
  const auto* a = find_rule(ev, "other.arrest");
  REQUIRE(a);
  CHECK(actor_in(*a, core::Role::agent) == "Türkiye");
}

TEST_CASE("a gerund after a verb taking one keeps its object", "[extract][events][arms]") {
  const auto ev = events_of("Chile is reviewing its options. It may consider supplying weapons to Ecuador.");
  const auto* e = find_rule(ev, "arms.supply");
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Chile");
  CHECK(actor_in(*e, core::Role::recipient) == "Ecuador");
  CHECK(e->modality == core::Modality::planned);
  // "infantry fighting vehicles" stays a noun phrase.
  const auto v = events_of("Ukraine received infantry fighting vehicles from Sweden.");
  REQUIRE(find_rule(v, "arms.receive"));
  CHECK(find_rule(v, "operation.fight") == nullptr);
}

TEST_CASE("military-technical cooperation not ruled out is a possible arms transfer",
          "[extract][events][arms]") {
  const auto ev = events_of("Belarus did not rule out military-technical cooperation with Iran.");
  const auto* e = find_rule(ev, "arms.mil_tech");
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::agent) == "Belarus");
  CHECK(actor_in(*e, core::Role::recipient) == "Iran");
  CHECK(e->modality == core::Modality::threatened);
  // A plain negation stays a negation.
  const auto n = events_of("Germany did not deliver tanks to Ukraine.");
  const auto* d = find_rule(n, "arms.deliver");
  REQUIRE(d);
  CHECK(d->modality == core::Modality::negated);
}

TEST_CASE("a long office title before a name: the person speaks for the office's state",
          "[extract][events][statements]") {
  const auto ev = events_of("Assistant Secretary of the Treasury for Terrorist Financing and Financial "
                            "Crimes Maria Lopez said the network would be pursued wherever it operates.");
  const auto* s = find_rule(ev, "statement.say");
  REQUIRE(s);
  CHECK(actor_in(*s, core::Role::agent) == "United States");
  REQUIRE(s->source);
  CHECK(*s->source == "Maria Lopez");
  // An unknown body's name is not cut: it speaks for itself.
  const auto body = events_of("The Financial Action Task Force said the rules would change.");
  for (const auto& e : body) {
    CHECK(actor_in(e, core::Role::agent) != "Action Task Force");
  }
}

TEST_CASE("an act being prepared is planned", "[extract][events][arms]") {
  const auto ev = events_of("Belarus is preparing to send Russia dozens of armoured vehicles.");
  const auto* e = find_rule(ev, "arms.send");
  REQUIRE(e);
  CHECK(e->modality == core::Modality::planned);
}

TEST_CASE("diplomatic facts: expulsions, recalls, broken and restored ties, exchanges, talks",
          "[extract][events][facts]") {
  struct Case {
    const char* text;
    const char* rule;
    const char* agent;
  };
  const Case cases[] = {
      {"Poland expelled 45 Russian diplomats on Tuesday.", "other.expel_diplomat", "Poland"},
      {"Niger recalled its ambassador from France.", "other.recall_ambassador", "Niger"},
      {"Ecuador broke off diplomatic relations with Mexico on Saturday.", "other.break_relations",
       "Ecuador"},
      {"Qatar and Bahrain agreed to restore diplomatic ties.", "other.restore_ties", "Bahrain"},
      {"Russia and Ukraine exchanged 95 prisoners of war each.", "other.exchange_prisoners", "Russia"},
      {"Armenia and Azerbaijan held talks in Washington on Monday.", "other.hold_talks", "Armenia"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto ev = events_of(c.text);
    const auto* e = find_rule(ev, c.rule);
    REQUIRE(e);
    CHECK(std::any_of(e->actors.begin(), e->actors.end(), [&](const core::EventActor& a) {
      return a.role == core::Role::agent && a.name == c.agent;
    }));
  }
  // Talk of talks is no meeting: "called for talks".
  const auto none = events_of("Kenya called for talks between the two sides.");
  CHECK(find_rule(none, "other.hold_talks") == nullptr);
}

TEST_CASE("a diplomatic fact someone is urged to do has not happened", "[extract][events][facts]") {
  const auto ev = events_of("Egypt urged Israel and Hamas to agree to a ceasefire.");
  CHECK(find_rule(ev, "other.agree_ceasefire") == nullptr);
  CHECK(find_rule(ev, "statement.urge") != nullptr);
  const auto done = events_of("Israel and Hamas agreed to a ceasefire on Friday.");
  CHECK(find_rule(done, "other.agree_ceasefire") != nullptr);
}

TEST_CASE("a present-tense call on someone to act is a call", "[extract][events][statements]") {
  const auto ev = events_of("Norway welcomes the decision and calls on Serbia and Kosovo to resume talks.");
  const auto* c = find_rule(ev, "statement.call_on");
  REQUIRE(c);
  CHECK(actor_in(*c, core::Role::agent) == "Norway");
}

TEST_CASE("a verb after ', and' has the sentence's subject", "[extract][events][statements]") {
  const auto ev = events_of("Chile welcomes the steps taken by Peru and Bolivia, and calls on Venezuela to "
                            "release the detainees.");
  for (const auto& e : ev) {
    CHECK(actor_in(e, core::Role::agent) != "Bolivia");
  }
  const auto* w = find_rule(ev, "statement.welcome");
  REQUIRE(w);
  CHECK(actor_in(*w, core::Role::agent) == "Chile");
  // With no actor opening the sentence, nobody named before it is the caller.
  const auto none = events_of("The statement welcomes the steps taken by Peru, and calls on Venezuela to "
                              "release the detainees.");
  for (const auto& e : none) {
    CHECK(actor_in(e, core::Role::agent) != "Peru");
  }
}

TEST_CASE("arrests naming no one are made by the setting's authorities", "[extract][events][facts]") {
  const auto ev = events_of("At least 50 people were killed in an attack in Mopti on Tuesday. "
                            "Officials said about 20 suspects had been arrested.");
  const auto* a = find_rule(ev, "other.arrest");
  REQUIRE(a);
  CHECK(actor_in(*a, core::Role::agent) == "Mali");
  // With no setting, nobody is known to have made them: no event.
  const auto none = events_of("Officials said about 20 suspects had been arrested.");
  CHECK(find_rule(none, "other.arrest") == nullptr);
}

TEST_CASE("states leaving a bloc or an alliance", "[extract][events][facts]") {
  const auto ev = events_of("In March 2023, Chad and Sudan announced that they would leave the bloc.");
  const auto* l = find_rule(ev, "other.leave_bloc");
  REQUIRE(l);
  CHECK(l->date.value == "2023-03");
}

TEST_CASE("a long list of items keeps the recipient after it", "[extract][events][arms]") {
  const auto ev = events_of("Washington approved the sale of spare parts for F-35 fighter jets and radar "
                            "equipment to Japan.");
  const auto* e = find_rule(ev, "arms.sale");
  REQUIRE(e);
  CHECK(actor_in(*e, core::Role::recipient) == "Japan");
  // A preposition far after the trigger, past plain words, is not its argument.
  const auto far = events_of("Poland announced a package of tanks on Wednesday during a visit by its "
                             "president to Ukraine.");
  for (const auto& x : far) {
    if (x.type == core::EventType::arms_transfer) {
      CHECK(actor_in(x, core::Role::recipient) != "Ukraine");
    }
  }
}

TEST_CASE("an agreement named before the verb that signs it is signed", "[extract][events][facts]") {
  const auto ev = events_of("Azerbaijan ratified the accord that Armenia and Azerbaijan signed in Washington.");
  const auto* s = find_rule(ev, "other.sign");
  REQUIRE(s);
  CHECK(std::any_of(s->actors.begin(), s->actors.end(),
                    [](const core::EventActor& a) { return a.name == "Armenia"; }));
  // "signed" with its own object, or in the passive, is not this.
  const auto passive = events_of("The agreement was signed by officials in June.");
  CHECK(find_rule(passive, "other.sign") == nullptr);
}

TEST_CASE("an act being weighed is planned; a halt is no transfer", "[extract][events][arms]") {
  const auto ev = events_of("Chile is considering supplying weapons to Ecuador.");
  const auto* e = find_rule(ev, "arms.supply");
  REQUIRE(e);
  CHECK(e->modality == core::Modality::planned);
  const auto halt = events_of("Canada will stop supplying weapons to Israel.");
  CHECK(find_rule(halt, "arms.supply") == nullptr);
}

TEST_CASE("'told' reports speech like 'said'", "[extract][events][statements]") {
  const auto ev = events_of("Finnish President Alexander Stubb told reporters that the border would stay "
                            "closed.");
  const auto* s = find_rule(ev, "statement.tell");
  REQUIRE(s);
  CHECK(actor_in(*s, core::Role::agent) == "Finland");
}

TEST_CASE("a relative clause after the speaker's name does not name the speaker",
          "[extract][events][statements]") {
  const auto ev = events_of("Sergei Lavrov, who met Antony Blinken in Geneva last year, told "
                            "reporters on Monday that Moscow would never accept the proposal.");
  const auto* s = find_rule(ev, "statement.tell");
  REQUIRE(s);
  REQUIRE(s->source);
  CHECK(*s->source == "Sergei Lavrov");
  CHECK(actor_in(*s, core::Role::agent) == "Russia");
  // An apposition still names the speaker.
  const auto ev2 = events_of("Russia's foreign minister, Sergei Lavrov, told reporters on Monday that "
                             "Moscow would never accept the proposal.");
  const auto* s2 = find_rule(ev2, "statement.tell");
  REQUIRE(s2);
  REQUIRE(s2->source);
  CHECK(*s2->source == "Sergei Lavrov");
}

TEST_CASE("a person with two roles on the day speaks for the one the text names",
          "[extract][events][statements]") {
  auto on = [](const std::string& body) {
    core::Article a;
    a.body = body;
    a.published = 2024_y / 12 / 20;  // HTS leader and Syria's de facto leader that day
    return test::shipped_pipeline().extract(a).events;
  };
  const auto ev = on("HTS leader Ahmed al-Sharaa said on Friday that the fighting was over.");
  const auto* named = find_rule(ev, "statement.say");
  REQUIRE(named);
  CHECK(actor_in(*named, core::Role::agent) == "Hayat Tahrir al-Sham");
  // With no body named before the title, the latest role speaks.
  const auto ev2 = on("Ahmed al-Sharaa said on Friday that the fighting was over.");
  const auto* plain = find_rule(ev2, "statement.say");
  REQUIRE(plain);
  CHECK(actor_in(*plain, core::Role::agent) == "Syria");
  // A body the person holds no role in does not take over: "Turkish" is no role of his.
  const auto ev3 = on("Turkey's ally, HTS leader Ahmed al-Sharaa, said on Friday that the fighting was over.");
  for (const auto& e : ev3) {
    CHECK(actor_in(e, core::Role::agent) != "Turkey");
  }
}

TEST_CASE("a name after 'it said' starts the reported clause; 'said the ministry' names the speaker",
          "[extract][events][statements]") {
  // The speaker is "it", which names no one here: no statement is recorded for Russia.
  const auto ev = events_of("The ministry released photos of a depot near Minsk, where it said Belarus "
                            "was building new barracks for the troops.");
  for (const auto& e : ev) {
    CHECK(actor_in(e, core::Role::agent) != "Belarus");
    CHECK(e.source != std::optional<std::string>("Belarus"));
  }
  // After the verb with no pronoun before it, the name is the speaker.
  const auto ev2 = events_of("\"We will not accept this,\" said Sergei Lavrov on Monday.");
  const auto* s = find_rule(ev2, "statement.say");
  REQUIRE(s);
  REQUIRE(s->source);
  CHECK(*s->source == "Sergei Lavrov");
}
