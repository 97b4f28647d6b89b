#include "extract/evaluation.hpp"

#include <catch2/catch.hpp>

using namespace eventdb;
using namespace eventdb::extract;
using namespace date::literals;

namespace {

const Gazetteer& gazetteer() {
  static const Gazetteer g({[] {
    core::ActorRecord r;
    r.name = "United States";
    r.kind = core::ActorKind::state;
    r.aliases = {{"U.S.", core::AliasFacet::name, false}, {"White House", core::AliasFacet::gov, false}};
    return r;
  }()});
  return g;
}

core::Event ev(core::EventType type, core::TimeValue date, std::vector<std::string> actors) {
  core::Event e;
  e.type = type;
  e.date = std::move(date);
  for (auto& a : actors) {
    e.actors.push_back({a, a, core::ActorKind::unknown, core::Role::agent});
  }
  return e;
}

} // namespace

TEST_CASE("evaluation matches on type, a shared actor through aliases and overlapping dates",
          "[extract][eval]") {
  EvalReport r;
  const auto gold = ev(core::EventType::sanction, core::make_month(2022_y / 12), {"United States"});
  auto pred = ev(core::EventType::sanction, core::make_day(2022_y / 12 / 22), {"White House"});
  evaluate_article("a", {gold}, {pred}, gazetteer(), r);
  CHECK(r.overall.matched == 1);
  CHECK(r.overall.f1() == Approx(1.0));
  CHECK(r.dates_exact == 0);  // overlapping but not the same value
}

TEST_CASE("evaluation does not match other types, other actors or disjoint dates",
          "[extract][eval]") {
  EvalReport r;
  const auto gold = ev(core::EventType::sanction, core::make_month(2022_y / 12), {"United States"});
  evaluate_article("a", {gold},
                   {ev(core::EventType::funding, core::make_month(2022_y / 12), {"United States"}),
                    ev(core::EventType::sanction, core::make_month(2022_y / 12), {"Russia"}),
                    ev(core::EventType::sanction, core::make_month(2021_y / 12), {"United States"})},
                   gazetteer(), r);
  CHECK(r.overall.matched == 0);
  CHECK(r.overall.predicted == 3);
  CHECK(r.missed.size() == 1);
  CHECK(r.spurious.size() == 3);
  CHECK(r.overall.precision() == 0.0);
}

TEST_CASE("evaluation matches one to one and counts quantity recall", "[extract][eval]") {
  EvalReport r;
  auto gold = ev(core::EventType::casualties, core::make_day(2022_y / 12 / 1), {});
  gold.quantities.push_back({1000, "person", "", core::Approx::exact, "", ""});
  auto pred = ev(core::EventType::casualties, core::make_day(2022_y / 12 / 1), {"Wagner Group"});
  pred.quantities.push_back({1000, "person", "killed", core::Approx::exact, "", ""});
  evaluate_article("a", {gold, gold}, {pred}, gazetteer(), r);
  CHECK(r.overall.matched == 1);  // one prediction cannot match two gold events
  CHECK(r.overall.recall() == Approx(0.5));
  CHECK(r.found_quantities == 1);
  CHECK(r.gold_quantities == 1);
  CHECK(r.dates_exact == 1);
}

TEST_CASE("evaluation lets a government body stand for its state", "[extract][eval]") {
  core::ActorRecord ru;
  ru.name = "Russia";
  ru.kind = core::ActorKind::state;
  core::ActorRecord forces;
  forces.name = "Armed Forces of the Russian Federation";
  forces.kind = core::ActorKind::government_body;
  forces.parent = "Russia";
  const Gazetteer g({ru, forces});
  EvalReport r;
  const auto gold = ev(core::EventType::military_operation, core::make_day(2023_y / 1 / 14), {"Russia"});
  const auto pred = ev(core::EventType::military_operation, core::make_day(2023_y / 1 / 14),
                       {"Armed Forces of the Russian Federation"});
  evaluate_article("a", {gold}, {pred}, g, r);
  CHECK(r.overall.matched == 1);
}

TEST_CASE("evaluation prefers the prediction from the gold event's own sentence", "[extract][eval]") {
  EvalReport r;
  auto gold_a = ev(core::EventType::statement, core::make_day(2022_y / 12 / 1), {"United States"});
  gold_a.evidence.sentence = "The White House condemned the strike.";
  auto gold_b = ev(core::EventType::statement, core::make_day(2022_y / 12 / 1), {"Germany"});
  gold_b.evidence.sentence = "Germany and the U.S. welcomed the vote.";
  auto pred_b = ev(core::EventType::statement, core::make_day(2022_y / 12 / 1),
                   {"Germany", "United States"});
  pred_b.evidence.sentence = gold_b.evidence.sentence;
  auto pred_a = gold_a;
  // Taking the first candidate would pair gold_a with pred_b and leave gold_b unmatched.
  evaluate_article("a", {gold_a, gold_b}, {pred_b, pred_a}, gazetteer(), r);
  CHECK(r.overall.matched == 2);
  CHECK(r.missed.empty());
}
