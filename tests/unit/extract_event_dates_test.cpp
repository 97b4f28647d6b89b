// Event dates that depend on the sentences before: "a day later", "33 of them". Every sentence
// here is written for the test.
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

namespace {

std::vector<core::Event> events_of(const std::string& body) {
  return test::extract_events(body, 2024_y / 3 / 10);
}

const core::Event* with_subtype(const std::vector<core::Event>& events, core::EventType t,
                                std::string_view subtype) {
  const auto it = std::find_if(events.begin(), events.end(), [&](const core::Event& e) {
    return e.type == t && e.subtype == subtype;
  });
  return it == events.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("a day later counts from the day the previous sentence named", "[extract][events][dates]") {
  const auto events = events_of(
      "On March 4, Russian forces shelled the port of Odesa. "
      "A day later, a drone strike on Kharkiv killed three civilians.");
  const auto* killed = with_subtype(events, core::EventType::casualties, "killed");
  REQUIRE(killed != nullptr);
  CHECK(killed->date.value == "2024-03-05");
  CHECK(killed->date.basis == core::DateBasis::text);
}

TEST_CASE("a count of them happened when the previous sentence's event did",
          "[extract][events][dates]") {
  const auto events = events_of(
      "On March 6, Russia launched 40 drones at Ukrainian cities. "
      "The Ukrainian air force said it shot down 31 of them.");
  const auto it = std::find_if(events.begin(), events.end(), [](const core::Event& e) {
    return e.type == core::EventType::military_operation && e.evidence.sentence.find("31") != std::string::npos;
  });
  REQUIRE(it != events.end());
  CHECK(it->date.value == "2024-03-06");
  // Without "of them" the sentence keeps its own (publication) date.
  const auto own = events_of(
      "On March 6, Russia launched 40 drones at Ukrainian cities. "
      "The Ukrainian air force said it shot down 12 missiles.");
  const auto it2 = std::find_if(own.begin(), own.end(), [](const core::Event& e) {
    return e.type == core::EventType::military_operation && e.evidence.sentence.find("12") != std::string::npos;
  });
  REQUIRE(it2 != own.end());
  CHECK(it2->date.basis == core::DateBasis::published);
}

TEST_CASE("an operation's inherited agent is never a force of the country it hits",
          "[extract][events][dates]") {
  const auto events = events_of(
      "On March 6, the Ukrainian Air Force shot down 20 drones over Kyiv. "
      "A day later, a missile strike on Ukraine's port of Odesa damaged a grain terminal.");
  const auto it = std::find_if(events.begin(), events.end(), [](const core::Event& e) {
    return e.type == core::EventType::military_operation && e.evidence.sentence.find("Odesa") != std::string::npos;
  });
  REQUIRE(it != events.end());
  CHECK(it->date.value == "2024-03-07");
  CHECK(std::none_of(it->actors.begin(), it->actors.end(), [](const core::EventActor& a) {
    return a.role == core::Role::agent && a.name == "Ukrainian Air Force";
  }));
}

TEST_CASE("a sentence's one date after a preposition dates joined triggers before it",
          "[extract][events][dates]") {
  const auto events = events_of(
      "The army lost an average of 210 soldiers killed and wounded a day, some 6,300 for January.");
  const auto it = std::find_if(events.begin(), events.end(), [](const core::Event& e) {
    return e.type == core::EventType::casualties;
  });
  REQUIRE(it != events.end());
  CHECK(it->date.value == "2024-01");
  // A year that modifies a noun is not the event's date.
  const auto pact = events_of(
      "Troops moved into the buffer zone as officials said the 1974 disengagement accord had lapsed.");
  for (const auto& e : pact) {
    CHECK(e.date.value != "1974");
  }
}

TEST_CASE("a clause led by 'two days after' is dated that long before the day named last",
          "[extract][events][dates]") {
  const auto events = events_of(
      "On March 8, a bridge near Zaporizhzhia collapsed. The collapse came two days after the "
      "army said its units had shelled the bridge and killed 12 soldiers.");
  const auto it = std::find_if(events.begin(), events.end(), [](const core::Event& e) {
    return e.type == core::EventType::casualties;
  });
  REQUIRE(it != events.end());
  CHECK(it->date.value == "2024-03-06");
  // The trigger itself the clause's verb: "two days after Russian forces shelled Kherson".
  const auto shelled = events_of("Talks resumed in Istanbul two days after Russian forces shelled Kherson.");
  const auto s = std::find_if(shelled.begin(), shelled.end(), [](const core::Event& e) {
    return e.type == core::EventType::military_operation;
  });
  REQUIRE(s != shelled.end());
  CHECK(s->date.value == "2024-03-08");
  // A phrase opening the sentence ends at its comma: the main clause is not shifted.
  const auto arrest = events_of("Two days after the vote, gunmen killed 5 guards near Kano.");
  const auto a = std::find_if(arrest.begin(), arrest.end(), [](const core::Event& e) {
    return e.type == core::EventType::casualties;
  });
  REQUIRE(a != arrest.end());
  CHECK(a->date.basis == core::DateBasis::published);
  // "a day after the vote": a noun, no clause, no shift.
  const auto vote = events_of("Troops killed 12 soldiers near the border a day after the vote.");
  const auto v = std::find_if(vote.begin(), vote.end(), [](const core::Event& e) {
    return e.type == core::EventType::casualties;
  });
  REQUIRE(v != vote.end());
  CHECK(v->date.value == "2024-03-10");
}

TEST_CASE("victims of 'the attack' fell when the attack just told happened", "[extract][events][dates]") {
  const auto events = events_of("On March 3, gunmen attacked a market in Borno state. "
                                "The attack killed 14 people, officials said.");
  const auto it = std::find_if(events.begin(), events.end(), [](const core::Event& e) {
    return e.type == core::EventType::casualties;
  });
  REQUIRE(it != events.end());
  CHECK(it->date.value == "2024-03-03");
  // No reference to an operation: the sentence keeps the publication date.
  const auto other = events_of("On March 3, gunmen attacked a market in Borno state. "
                               "Floods killed 14 people, officials said.");
  const auto o = std::find_if(other.begin(), other.end(), [](const core::Event& e) {
    return e.type == core::EventType::casualties;
  });
  REQUIRE(o != other.end());
  CHECK(o->date.basis == core::DateBasis::published);
}

TEST_CASE("victims a later sentence says had been killed, actively told, fell in the attack",
          "[extract][events][dates]") {
  const auto events = events_of(
      "Gunmen stormed a hotel in Mogadishu on March 7, killing at least 9 people. "
      "In a statement, the group said its fighters had killed or wounded 60 soldiers.");
  const auto it = std::find_if(events.begin(), events.end(), [](const core::Event& e) {
    return e.type == core::EventType::casualties && e.evidence.sentence.starts_with("In a statement");
  });
  REQUIRE(it != events.end());
  CHECK(it->date.value == "2024-03-07");
}
