// Sanctions, arms transfers, accusations, statements and other facts: rules added for issue #5.
// Every sentence here is written for the test.
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
  return test::extract_events(body, 2024_y / 5 / 8);
}

std::vector<const core::Event*> of_type(const std::vector<core::Event>& events, core::EventType t) {
  std::vector<const core::Event*> out;
  for (const auto& e : events) {
    if (e.type == t) {
      out.push_back(&e);
    }
  }
  return out;
}

} // namespace

TEST_CASE("restrictions and penalties imposed or suspended are sanctions",
          "[extract][events][facts]") {
  auto ev = events_of("Canada imposed new restrictions on Belarus on Monday.");
  auto s = of_type(ev, core::EventType::sanction);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->rule == "sanction.impose_restriction");
  CHECK(actor_in(*s[0], core::Role::agent) == "Canada");
  CHECK(actor_in(*s[0], core::Role::target) == "Belarus");

  ev = events_of("Japan suspended restrictions on Syria in March.");
  s = of_type(ev, core::EventType::sanction);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->subtype == "suspended");
  CHECK(s[0]->date.value == "2024-03");

  ev = events_of("Beijing imposed penalties on four American drone makers.");
  s = of_type(ev, core::EventType::sanction);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) == "China");
}

TEST_CASE("an export ban names its target after to or from", "[extract][events][facts]") {
  const auto ev = events_of("Australia banned exports of aluminium to Russia last year.");
  const auto s = of_type(ev, core::EventType::sanction);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) == "Australia");
  CHECK(actor_in(*s[0], core::Role::target) == "Russia");
}

TEST_CASE("a sanction naming nobody takes the parties of the notice's earlier sanction",
          "[extract][events][facts]") {
  const auto ev = events_of(
      "Switzerland imposed sanctions on Iran on Tuesday. A further 12 individuals and 4 entities "
      "are made subject to an asset freeze.");
  const auto s = of_type(ev, core::EventType::sanction);
  REQUIRE(s.size() == 2);
  CHECK(actor_in(*s[1], core::Role::agent) == "Switzerland");
  CHECK(actor_in(*s[1], core::Role::target) == "Iran");
  // Counts of people and of listed entities belong to the sanction.
  REQUIRE(s[1]->quantities.size() == 2);
  CHECK(s[1]->quantities[0].value == 12);
  CHECK(s[1]->quantities[1].unit == "entity");
}

TEST_CASE("a denial of a transfer is the transfer denied, not a separate accusation",
          "[extract][events][facts]") {
  const auto ev = events_of("Belarus denied that it had sold any drones to Russia.");
  const auto a = of_type(ev, core::EventType::arms_transfer);
  REQUIRE(a.size() == 1);
  CHECK(a[0]->modality == core::Modality::denied);
  CHECK(of_type(ev, core::EventType::accusation).empty());
  // A denial of wrongdoing stays an accusation denied.
  const auto d = events_of("Serbia denied the allegations on Friday.");
  const auto acc = of_type(d, core::EventType::accusation);
  REQUIRE(acc.size() == 1);
  CHECK(acc[0]->modality == core::Modality::denied);
}

TEST_CASE("arms deals and UAVs are arms transfers", "[extract][events][facts]") {
  auto ev = events_of("Turkey delivered several UAVs to Ukraine in April.");
  auto a = of_type(ev, core::EventType::arms_transfer);
  REQUIRE(a.size() == 1);
  CHECK(actor_in(*a[0], core::Role::recipient) == "Ukraine");
  ev = events_of("Egypt's arms deal with Russia was signed in 2019.");
  a = of_type(ev, core::EventType::arms_transfer);
  REQUIRE(a.size() == 1);
  CHECK(a[0]->rule == "arms.deal");
  CHECK(actor_in(*a[0], core::Role::agent) == "Egypt");
}

TEST_CASE("an attributive participle is not a verb event", "[extract][events][facts]") {
  // "armed groups": no one armed anyone.
  const auto ev = events_of("The United Nations said armed groups attacked a convoy in Chad.");
  CHECK(of_type(ev, core::EventType::arms_transfer).empty());
  // A finite verb still fires: "Iran armed the militia with rockets".
  const auto v = events_of("Iran armed Hezbollah with rockets.");
  CHECK(of_type(v, core::EventType::arms_transfer).size() == 1);
}

TEST_CASE("a relative clause between subject and verb is skipped", "[extract][events][facts]") {
  const auto ev = events_of("Norway, which had pressed Sweden for months, welcomed the decision.");
  const auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) == "Norway");
}

TEST_CASE("vetoes, broken ties, asylum and investigations are other facts",
          "[extract][events][facts]") {
  auto ev = events_of("China vetoed the draft resolution on Thursday.");
  auto o = of_type(ev, core::EventType::other);
  REQUIRE(o.size() == 1);
  CHECK(o[0]->subtype == "veto");
  CHECK(actor_in(*o[0], core::Role::agent) == "China");

  ev = events_of("Niger cut diplomatic ties with Ukraine in August.");
  o = of_type(ev, core::EventType::other);
  REQUIRE(o.size() == 1);
  CHECK(o[0]->subtype == "diplomatic_break");
  CHECK(actor_in(*o[0], core::Role::target) == "Ukraine");

  ev = events_of("The International Criminal Court opened an investigation into the killings.");
  o = of_type(ev, core::EventType::other);
  REQUIRE(o.size() == 1);
  CHECK(o[0]->subtype == "investigation");
}

TEST_CASE("a dateline with a dash names no actor", "[extract][events][facts]") {
  const auto ev = events_of("LONDON \u2014 Britain imposed sanctions on Iran on Monday.");
  const auto s = of_type(ev, core::EventType::sanction);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) == "United Kingdom");
}

TEST_CASE("criticism, acknowledgements and claims of responsibility are statements",
          "[extract][events][facts]") {
  auto ev = events_of("Hungary criticised Poland over the vote on Monday.");
  auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->subtype == "criticism");
  CHECK(actor_in(*s[0], core::Role::agent) == "Hungary");
  CHECK(actor_in(*s[0], core::Role::target) == "Poland");

  ev = events_of("Hezbollah claimed responsibility for the rocket fire.");
  s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->subtype == "claim_responsibility");

  ev = events_of("Venezuela acknowledged the transfer last week.");
  s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->subtype == "confirmation");
}

TEST_CASE("a negated statement is not recorded", "[extract][events][facts]") {
  const auto ev = events_of("Moldova has not confirmed the report.");
  CHECK(of_type(ev, core::EventType::statement).empty());
}

TEST_CASE("'it' after a reporting verb is the state that reports", "[extract][events][facts]") {
  const auto ev = events_of("Finland said it would donate 12 howitzers to Ukraine.");
  const auto a = of_type(ev, core::EventType::arms_transfer);
  REQUIRE(a.size() == 1);
  CHECK(actor_in(*a[0], core::Role::agent) == "Finland");
  CHECK(actor_in(*a[0], core::Role::recipient) == "Ukraine");
}

TEST_CASE("a denied transfer and an asserted one do not merge", "[extract][events][facts]") {
  const auto ev = events_of(
      "Belarus delivered drones to Russia in March. Belarus later denied that it had delivered "
      "any drones to Russia.");
  const auto a = of_type(ev, core::EventType::arms_transfer);
  REQUIRE(a.size() == 2);
  CHECK(a[0]->modality == core::Modality::asserted);
  CHECK(a[1]->modality == core::Modality::denied);
}

TEST_CASE("secondary sanctions threatened on those who deal with designated parties",
          "[extract][events][facts]") {
  const auto ev = events_of(
      "The European Union imposed sanctions on Iran on Monday. Banks that deal with the listed "
      "firms could be exposed to sanctions.");
  const auto s = of_type(ev, core::EventType::sanction);
  REQUIRE(s.size() == 2);
  CHECK(s[1]->subtype == "secondary_sanctions");
  CHECK(s[1]->modality == core::Modality::threatened);
  CHECK(actor_in(*s[1], core::Role::agent) == "European Union");
}

TEST_CASE("support, evacuations and cancelled agreements are other facts",
          "[extract][events][facts]") {
  auto ev = events_of("Denmark and Norway provided support to the operation.");
  auto o = of_type(ev, core::EventType::other);
  REQUIRE(o.size() == 1);
  CHECK(o[0]->subtype == "support");
  CHECK(o[0]->actors.size() == 2);

  ev = events_of("Chad cancelled its defence agreement with France in November.");
  o = of_type(ev, core::EventType::other);
  REQUIRE(o.size() == 1);
  CHECK(o[0]->subtype == "agreement_cancellation");
  CHECK(actor_in(*o[0], core::Role::target) == "France");

  ev = events_of("Turkey evacuated its citizens from Lebanon on Sunday.");
  o = of_type(ev, core::EventType::other);
  REQUIRE(o.size() == 1);
  CHECK(o[0]->subtype == "evacuation");
}

TEST_CASE("a leader acting for their state in a diplomatic act stands for the state",
          "[extract][events][facts]") {
  const auto ev = events_of("Vladimir Putin signed a treaty with Belarus on Friday.");
  const auto o = of_type(ev, core::EventType::other);
  REQUIRE(o.size() == 1);
  CHECK(actor_in(*o[0], core::Role::agent) == "Russia");
  CHECK(o[0]->source == "Vladimir Putin");
}

TEST_CASE("words inside modifiers are no triggers", "[extract][events][facts]") {
  // "anti-ship" names a kind of missile, not a shipment.
  auto ev = events_of("Yemen showed anti-ship missiles at a parade on Sunday.");
  CHECK(of_type(ev, core::EventType::arms_transfer).empty());
  // A gerund after a preposition with no object is a noun: "attacks on shipping".
  ev = events_of("Iran warned against shipping.");
  CHECK(of_type(ev, core::EventType::arms_transfer).empty());
  // ... and so is one modifying a noun that closes the phrase: "shipping lanes".
  ev = events_of("Yemen fired missiles toward shipping lanes in the Red Sea.");
  CHECK(of_type(ev, core::EventType::arms_transfer).empty());
  // A gerund with an object stays a verb.
  ev = events_of("Chad accused Libya of supplying weapons to the rebels.");
  CHECK(of_type(ev, core::EventType::arms_transfer).size() == 1);
}

TEST_CASE("a leader imposing sanctions stands for the state", "[extract][events][facts]") {
  const auto ev = events_of("Joe Biden imposed sanctions on Cuba in 2023.");
  const auto s = of_type(ev, core::EventType::sanction);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) == "United States");
  CHECK(s[0]->source == "Joe Biden");
}

TEST_CASE("a body's spokesperson or officials make the body the speaker",
          "[extract][events][facts]") {
  const auto ev = events_of("A Pentagon spokesperson said the review would take weeks.");
  const auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) == "United States");
}

TEST_CASE("the subject of a subordinate clause right before its verb", "[extract][events][facts]") {
  const auto ev = events_of("Prices rose a day after Canada tightened restrictions on Iran.");
  const auto s = of_type(ev, core::EventType::sanction);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) == "Canada");
  CHECK(actor_in(*s[0], core::Role::target) == "Iran");
}

TEST_CASE("a counterfactual 'would have' did not happen", "[extract][events][facts]") {
  const auto ev = events_of("China vetoed a text that would have condemned Myanmar.");
  CHECK(of_type(ev, core::EventType::statement).empty());
  CHECK(of_type(ev, core::EventType::other).size() == 1);
}

TEST_CASE("'threatened to' is the modality of the fact threatened", "[extract][events][facts]") {
  const auto ev = events_of("Canada threatened to impose sanctions on Belarus on Monday.");
  CHECK(of_type(ev, core::EventType::statement).empty());
  const auto s = of_type(ev, core::EventType::sanction);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->modality == core::Modality::threatened);
  CHECK(actor_in(*s[0], core::Role::agent) == "Canada");
}

TEST_CASE("a statement nobody made is not recorded", "[extract][events][facts]") {
  const auto ev = events_of("The text urged Ethiopia to allow humanitarian access.");
  CHECK(of_type(ev, core::EventType::statement).empty());
}

TEST_CASE("a statement is dated when it was made, not by what it says",
          "[extract][events][facts]") {
  const auto ev = events_of(
      "The Kremlin declined to comment on Tuesday, saying the agreement was signed in 2019.");
  const auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) == "Russia");
  CHECK(s[0]->date.value == "2024-05-07");
}

TEST_CASE("a statement participle continues the statement before it", "[extract][events][facts]") {
  const auto ev = events_of("Kenya welcomed the ruling, describing it as a victory for peace.");
  const auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->subtype == "approval");
  // Alone, "described ... as" is an assessment.
  const auto d = events_of("Ghana described the attack as an act of terror.");
  const auto a = of_type(d, core::EventType::statement);
  REQUIRE(a.size() == 1);
  CHECK(a[0]->rule == "statement.describe_as");
}

TEST_CASE("an accusation is dated when it was made", "[extract][events][facts]") {
  const auto ev = events_of(
      "In late April, Armenia alleged that Azerbaijan had shelled a village on March 3.");
  const auto a = of_type(ev, core::EventType::accusation);
  REQUIRE(a.size() == 1);
  CHECK(a[0]->date.first.has_value());
  CHECK(a[0]->date.text == "late April");
}

TEST_CASE("a body named right before a noun trigger owns it", "[extract][events][facts]") {
  // "Treasury designations": by the Treasury; the -tions ending makes it a noun.
  const auto ev = events_of("A new round of Treasury designations hit shipping firms in May.");
  const auto s = of_type(ev, core::EventType::sanction);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->rule == "sanction.designation");
  CHECK(actor_in(*s[0], core::Role::agent) == "United States Department of the Treasury");
  // A state before "sanctions" is not their owner: "Iran sanctions" target Iran.
  const auto t = events_of("Iran sanctions were eased in 2016.");
  for (const auto* e : of_type(t, core::EventType::sanction)) {
    CHECK(actor_in(*e, core::Role::agent) != "Iran");
  }
}

TEST_CASE("national armed forces named by their soldiers", "[extract][events][facts]") {
  const auto ev = events_of("Niger accused Malian soldiers of crossing the border.");
  const auto a = of_type(ev, core::EventType::accusation);
  REQUIRE(a.size() == 1);
  CHECK(actor_in(*a[0], core::Role::target) == "Malian Armed Forces");
}

TEST_CASE("a named official reporting another side's act makes a statement too",
          "[extract][events][facts]") {
  auto ev = events_of("Josep Borrell said Russia had attacked Odesa on Monday.");
  auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) == "European Union");
  CHECK(of_type(ev, core::EventType::military_operation).size() == 1);
  // Announcing their own side's act is the act itself, not a separate statement.
  ev = events_of("Joe Biden said the United States would send 31 tanks to Ukraine.");
  CHECK(of_type(ev, core::EventType::statement).empty());
  CHECK(of_type(ev, core::EventType::arms_transfer).size() == 1);
}

TEST_CASE("coups and ended missions are other facts", "[extract][events][facts]") {
  auto ev = events_of("The army's coup in Niger in July 2023 ousted the president.");
  auto o = of_type(ev, core::EventType::other);
  REQUIRE(o.size() == 1);
  CHECK(o[0]->subtype == "coup");
  CHECK(actor_in(*o[0], core::Role::target) == "Niger");
  CHECK(o[0]->date.value == "2023-07");

  ev = events_of("The United Nations Security Council voted in June to end the MINUSMA mission.");
  o = of_type(ev, core::EventType::other);
  REQUIRE(o.size() == 1);
  CHECK(o[0]->subtype == "mission_termination");
  CHECK(actor_in(*o[0], core::Role::agent) == "United Nations Security Council");
}

TEST_CASE("a statement noun that another statement is about is not a new statement",
          "[extract][events][facts]") {
  const auto ev = events_of("Canada concurred with the American assessment on Tuesday.");
  const auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->rule == "statement.concur");
}

TEST_CASE("an unknown official speaks for the state of their office", "[extract][events][facts]") {
  auto ev = events_of("Bolivia's deputy ambassador, Marta Quispe, said the text was unbalanced.");
  auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) == "Bolivia");
  CHECK(s[0]->source == "Marta Quispe");

  ev = events_of("Tomas Berg, the Swedish envoy to the talks, said the meeting had failed.");
  s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) == "Sweden");
}

TEST_CASE("an office of a state acts for it", "[extract][events][facts]") {
  const auto ev = events_of("Chile's envoy to the UN also criticised the resolution.");
  const auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) == "Chile");
}

TEST_CASE("an announcement with nothing else in the sentence is a statement",
          "[extract][events][facts]") {
  const auto ev = events_of("In June, the Wagner Group announced that its work in Mali was over.");
  const auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->subtype == "announcement");
  CHECK(actor_in(*s[0], core::Role::agent) == "Wagner Group");
}

TEST_CASE("a compound noun trigger matches after a name", "[extract][events][facts]") {
  const auto ev = events_of("EU restrictive measures now apply to 1,800 people.");
  const auto s = of_type(ev, core::EventType::sanction);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) == "European Union");
  REQUIRE(s[0]->quantities.size() == 1);
  CHECK(s[0]->quantities[0].value == 1800);
}

TEST_CASE("aid with an amount and no weapons is funding only", "[extract][events][facts]") {
  auto ev = events_of("The new aid brings Japan's security assistance to Ukraine to $2 billion.");
  CHECK(of_type(ev, core::EventType::arms_transfer).empty());
  CHECK(of_type(ev, core::EventType::funding).size() == 1);
  // With weapons named, the transfer stays.
  ev = events_of("Japan will give Ukraine 20 drones in a $50 million aid package.");
  CHECK_FALSE(of_type(ev, core::EventType::arms_transfer).empty());
}

TEST_CASE("'said on Thursday' after the speaker is the reporting verb",
          "[extract][events][facts]") {
  const auto ev = events_of("Kremlin spokesman Dmitry Peskov said on Thursday that the talks had "
                            "stalled.");
  const auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->date.value == "2024-05-02");
  CHECK(actor_in(*s[0], core::Role::agent) == "Russia");
}

TEST_CASE("restricting sales or exports is a sanction", "[extract][events][facts]") {
  const auto ev = events_of("Norway will restrict the export of dual-use goods to Belarus.");
  const auto s = of_type(ev, core::EventType::sanction);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->subtype == "export_restriction");
  CHECK(actor_in(*s[0], core::Role::agent) == "Norway");
  CHECK(s[0]->modality == core::Modality::planned);
}

TEST_CASE("a named speaker's remark is a statement when its other words name nobody",
          "[extract][events][facts]") {
  const auto ev = events_of(
      "Foreign Secretary David Lammy said the package was the largest since the invasion.");
  const auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) == "United Kingdom");
}

TEST_CASE("a threat to block another side's measure is not that measure's threat",
          "[extract][events][facts]") {
  const auto ev = events_of("Hungary has threatened to block the renewal of EU sanctions.");
  const auto t = of_type(ev, core::EventType::statement);
  REQUIRE(t.size() == 1);
  CHECK(actor_in(*t[0], core::Role::agent) == "Hungary");
  for (const auto* s : of_type(ev, core::EventType::sanction)) {
    CHECK(s->modality != core::Modality::threatened);
  }
}

TEST_CASE("counted items do not push a preposition out of reach", "[extract][events][facts]") {
  const auto ev = events_of(
      "Estonia agreed to buy nearly 300 armoured vehicles and more than 20 howitzers from "
      "France.");
  const auto a = of_type(ev, core::EventType::arms_transfer);
  REQUIRE(a.size() == 1);
  CHECK(actor_in(*a[0], core::Role::agent) == "France");
  CHECK(actor_in(*a[0], core::Role::recipient) == "Estonia");
}

TEST_CASE("ordering weapons is a purchase", "[extract][events][facts]") {
  const auto ev = events_of("Romania ordered 54 tanks from the United States in 2023.");
  const auto a = of_type(ev, core::EventType::arms_transfer);
  REQUIRE(a.size() == 1);
  CHECK(a[0]->rule == "arms.order");
  CHECK(actor_in(*a[0], core::Role::agent) == "United States");
}

TEST_CASE("a vetoed text demanded nothing", "[extract][events][facts]") {
  const auto ev = events_of("France vetoed a resolution demanding new elections in Chad.");
  CHECK(of_type(ev, core::EventType::statement).empty());
  REQUIRE(of_type(ev, core::EventType::other).size() == 1);
}

TEST_CASE("the source of a statement is its own agent's speaker", "[extract][events][facts]") {
  const auto ev = events_of(
      "Iran accused Israel of sabotage, while Qatar said it was deeply disappointed.");
  const auto a = of_type(ev, core::EventType::accusation);
  REQUIRE(a.size() == 1);
  CHECK(actor_in(*a[0], core::Role::agent) == "Iran");
  CHECK_FALSE(a[0]->source == std::optional<std::string>("Qatar"));
}

TEST_CASE("an official's office names its state in an apposition", "[extract][events][facts]") {
  const auto ev = events_of("Peter Lund, the deputy U.S. ambassador, said the vote was a mistake.");
  const auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) == "United States");
}

TEST_CASE("double objects, parts of packages and package contents", "[extract][events][facts]") {
  auto ev = events_of(
      "Canada will give Ukraine armoured vehicles as part of a $50 million military aid package.");
  auto a = of_type(ev, core::EventType::arms_transfer);
  REQUIRE_FALSE(a.empty());
  CHECK(actor_in(*a[0], core::Role::agent) == "Canada");
  CHECK(actor_in(*a[0], core::Role::recipient) == "Ukraine");
  const auto f = of_type(ev, core::EventType::funding);
  REQUIRE(f.size() == 1);
  CHECK(actor_in(*f[0], core::Role::agent) == "Canada");

  // Counted weapons with nobody named continue the previous transfer.
  ev = events_of("Spain will send Ukraine tanks. The package includes six launchers.");
  a = of_type(ev, core::EventType::arms_transfer);
  REQUIRE(a.size() == 2);
  CHECK(actor_in(*a[1], core::Role::agent) == "Spain");
  CHECK(actor_in(*a[1], core::Role::recipient) == "Ukraine");
}

TEST_CASE("a date explained by a when-clause belongs to that clause", "[extract][events][facts]") {
  const auto ev = events_of(
      "Canada will impose sanctions on those responsible for the attacks on the coast in "
      "March, when dozens of people were killed.");
  const auto s = of_type(ev, core::EventType::sanction);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->date.basis == core::DateBasis::published);
}

TEST_CASE("a statement verb after reported speech is the speaker's", "[extract][events][facts]") {
  const auto ev = events_of(
      "Moldova's foreign ministry said the shipment proved that Russia was arming separatists, "
      "and urged partners to respond.");
  const auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(actor_in(*s[0], core::Role::agent) != "Russia");
}

TEST_CASE("taking hostages is an other fact", "[extract][events][facts]") {
  const auto ev = events_of("Al-Shabaab fighters stormed the hotel on Friday and took 40 hostages.");
  const auto o = of_type(ev, core::EventType::other);
  REQUIRE(o.size() == 1);
  CHECK(o[0]->subtype == "hostage_taking");
}

TEST_CASE("officials named by their state order evacuations for it", "[extract][events][facts]") {
  const auto ev = events_of("Georgian-backed officials ordered evacuations from three villages.");
  const auto o = of_type(ev, core::EventType::other);
  REQUIRE(o.size() == 1);
  CHECK(o[0]->subtype == "evacuation");
  CHECK(actor_in(*o[0], core::Role::agent) == "Georgia");
}

TEST_CASE("calling a measure illegal is a condemnation", "[extract][events][facts]") {
  const auto ev = events_of("Belarus called the new measures illegitimate on Tuesday.");
  const auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->subtype == "condemnation");
  CHECK(actor_in(*s[0], core::Role::agent) == "Belarus");
}

TEST_CASE("a statement inside another's that-clause is its content", "[extract][events][facts]") {
  const auto ev = events_of("A Hamas official warned that Israel would pay a heavy price.");
  const auto s = of_type(ev, core::EventType::statement);
  REQUIRE(s.size() == 1);
  CHECK(s[0]->rule == "statement.warn");
  CHECK(actor_in(*s[0], core::Role::agent) == "Hamas");
  CHECK(actor_in(*s[0], core::Role::target) == "Israel");
}

TEST_CASE("an adjective after a name leaves the name a participant", "[extract][events][facts]") {
  const auto ev = events_of(
      "Minsk rejected the report on Friday, calling claims of arms dealings with Iran baseless.");
  const auto a = of_type(ev, core::EventType::arms_transfer);
  REQUIRE(a.size() == 1);
  CHECK(a[0]->modality == core::Modality::denied);
  CHECK(actor_in(*a[0], core::Role::recipient) == "Iran");
  CHECK(of_type(ev, core::EventType::accusation).empty());
}

TEST_CASE("an allegation and a report of the same transfer stay two claims",
          "[extract][events][facts]") {
  const auto ev = events_of(
      "NATO accused Belarus of supplying Russia with ammunition. Officials say Belarus has since "
      "shipped artillery shells to Russia.");
  const auto a = of_type(ev, core::EventType::arms_transfer);
  REQUIRE(a.size() == 2);
  CHECK(a[0]->modality == core::Modality::alleged);
  CHECK(a[1]->modality == core::Modality::asserted);
}

TEST_CASE("arms listed after ', including' belong to the package; one transfer per pair of parties",
          "[extract][events][facts]") {
  // A package with a sum and its weapons named after the clause: one funding event and one
  // arms transfer carrying the weapons.
  const auto ev = events_of("Canada will send a new aid package worth 500 million dollars to Ukraine by "
                            "the end of June, including Leopard tanks and ammunition.");
  const auto arms = of_type(ev, core::EventType::arms_transfer);
  REQUIRE(arms.size() == 1);
  CHECK(actor_in(*arms[0], core::Role::agent) == "Canada");
  CHECK(actor_in(*arms[0], core::Role::recipient) == "Ukraine");
  CHECK(std::find(arms[0]->items.begin(), arms[0]->items.end(), "tanks") != arms[0]->items.end());
  CHECK(of_type(ev, core::EventType::funding).size() == 1);
  // "such as" lists items too.
  const auto ev2 = events_of("The Netherlands will send a further package to Ukraine, such as drones "
                             "and artillery shells.");
  REQUIRE(of_type(ev2, core::EventType::arms_transfer).size() == 1);
  // Money listed with things that are not arms stays funding only.
  const auto ev3 = events_of("Norway will send an aid package worth 200 million dollars to Sudan, "
                             "including food and tents.");
  CHECK(of_type(ev3, core::EventType::arms_transfer).empty());
  CHECK(of_type(ev3, core::EventType::funding).size() == 1);
  // Two transfers between different parties stay two.
  const auto ev4 = events_of("Iran sent drones to Russia, and North Korea shipped artillery shells to Russia.");
  CHECK(of_type(ev4, core::EventType::arms_transfer).size() == 2);
}

TEST_CASE("whoever takes delivery of arms receives them", "[extract][events][facts]") {
  const auto ev = events_of("Belarus took delivery of Russian tanks last month.");
  const auto arms = of_type(ev, core::EventType::arms_transfer);
  REQUIRE(arms.size() == 1);
  CHECK(actor_in(*arms[0], core::Role::recipient) == "Belarus");
  CHECK(actor_in(*arms[0], core::Role::agent) == "Russia");
  const auto ev2 = events_of("Serbia has taken delivery of six Chinese air defence systems, the defence "
                             "ministry said on Friday.");
  const auto arms2 = of_type(ev2, core::EventType::arms_transfer);
  REQUIRE(arms2.size() == 1);
  CHECK(actor_in(*arms2[0], core::Role::recipient) == "Serbia");
  // Taking delivery of things that are not arms is no transfer.
  CHECK(of_type(events_of("Poland took delivery of new passenger trains in March."),
                core::EventType::arms_transfer)
            .empty());
}

TEST_CASE("arms named right before a participle ('weapons supplied to Kyiv') leave the sentence's "
          "subject out of the transfer", "[extract][events][facts]") {
  const auto ev = events_of("Germany paid for the weapons supplied to Ukraine last year.");
  for (const auto* a : of_type(ev, core::EventType::arms_transfer)) {
    CHECK(actor_in(*a, core::Role::recipient) == "Ukraine");
    for (const auto& x : a->actors) {
      CHECK(x.name != "Germany");
    }
  }
  // "by" still names who supplied them.
  const auto ev2 = events_of("Russia fired missiles supplied by North Korea at Kharkiv.");
  const auto arms = of_type(ev2, core::EventType::arms_transfer);
  REQUIRE(arms.size() == 1);
  CHECK(actor_in(*arms[0], core::Role::agent) == "North Korea");
  // A past tense with its own subject keeps it.
  const auto ev3 = events_of("The United States shipped tanks to Poland in May.");
  const auto arms3 = of_type(ev3, core::EventType::arms_transfer);
  REQUIRE(arms3.size() == 1);
  CHECK(actor_in(*arms3[0], core::Role::agent) == "United States");
}
