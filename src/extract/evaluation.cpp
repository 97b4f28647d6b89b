#include "extract/evaluation.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace eventdb::extract {

namespace {

// The canonical name an actor name stands for: the gazetteer's actor when the name is one of
// its names or aliases, else the name itself; lowercased for comparison.
std::string canonical(const std::string& name, const Gazetteer& gazetteer) {
  if (const auto* a = gazetteer.find(name)) {
    return core::to_lower_ascii(a->name);
  }
  const auto toks = tokenize(name);
  if (!toks.empty()) {
    // Skip a leading "the": "the Kremlin".
    const std::size_t start = toks.front().lower == "the" && toks.size() > 1 ? 1 : 0;
    const auto cands = gazetteer.lookup(toks, start);
    for (const auto& c : cands) {
      if (c.length + start == toks.size()) {
        return core::to_lower_ascii(gazetteer.actors()[c.actor].name);
      }
    }
  }
  return core::to_lower_ascii(name);
}

// The names an event's actors stand for: each actor, and for government bodies (ministries,
// armed forces) also their state, as CAMEO codes "Russian forces" to Russia.
std::set<std::string> actor_set(const core::Event& e, const Gazetteer& g) {
  std::set<std::string> out;
  for (const auto& a : e.actors) {
    const auto name = canonical(a.name, g);
    out.insert(name);
    for (std::size_t i = 0; i < g.actors().size(); ++i) {
      const auto& rec = g.actors()[i];
      if (rec.kind == core::ActorKind::government_body && core::to_lower_ascii(rec.name) == name &&
          !g.country_of(i).empty()) {
        out.insert(core::to_lower_ascii(g.country_of(i)));
        break;
      }
    }
  }
  return out;
}

bool overlap(const core::TimeValue& a, const core::TimeValue& b) {
  if (!a.known() || !b.known()) {
    return true;
  }
  return !(*a.last < *b.first || *b.last < *a.first);
}

bool same_quantity(const core::Quantity& a, const core::Quantity& b) {
  const double scale = std::max(1.0, std::fabs(a.value));
  return a.unit == b.unit && std::fabs(a.value - b.value) / scale < 1e-6;
}

// True when the prediction comes from the gold event's evidence sentence (or one of its
// merged mentions does).
bool same_sentence(const core::Event& g, const core::Event& p) {
  const auto& gs = g.evidence.sentence;
  auto same = [&gs](const std::string& s) {
    return !gs.empty() && !s.empty() &&
           (s.find(gs) != std::string::npos || gs.find(s) != std::string::npos);
  };
  return same(p.evidence.sentence) ||
         std::any_of(p.more_evidence.begin(), p.more_evidence.end(),
                     [&](const core::Evidence& x) { return same(x.sentence); });
}

} // namespace

void evaluate_article(const std::string& article, const std::vector<core::Event>& gold,
                      const std::vector<core::Event>& predicted, const Gazetteer& gazetteer,
                      EvalReport& report) {
  std::vector<std::set<std::string>> pred_actors;
  for (const auto& p : predicted) {
    pred_actors.push_back(actor_set(p, gazetteer));
    report.by_type[p.type].predicted++;
    report.overall.predicted++;
  }
  std::vector<bool> used(predicted.size(), false);
  // Two passes: first each gold event takes a prediction from its own sentence, then the
  // rest take any compatible prediction, so that taking the first candidate cannot steal
  // another gold event's own prediction. Within a pass, an exact date is preferred.
  std::vector<int> match(gold.size(), -1);
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t gi = 0; gi < gold.size(); ++gi) {
      const auto& g = gold[gi];
      if (match[gi] >= 0) {
        continue;
      }
      const auto ga = actor_set(g, gazetteer);
      int best = -1;
      for (std::size_t i = 0; i < predicted.size(); ++i) {
        const auto& p = predicted[i];
        if (used[i] || p.type != g.type || !overlap(p.date, g.date)) {
          continue;
        }
        if (pass == 0 && !same_sentence(g, p)) {
          continue;
        }
        // A gold event that names no actor ("226 people killed") matches on type and date.
        const bool shares = ga.empty() ||
                            std::any_of(ga.begin(), ga.end(), [&](const std::string& n) {
                              return pred_actors[i].count(n) > 0;
                            });
        if (!shares) {
          continue;
        }
        if (best < 0 || (p.date.value == g.date.value &&
                         predicted[static_cast<std::size_t>(best)].date.value != g.date.value)) {
          best = static_cast<int>(i);
        }
      }
      if (best >= 0) {
        match[gi] = best;
        used[static_cast<std::size_t>(best)] = true;
      }
    }
  }
  for (std::size_t gi = 0; gi < gold.size(); ++gi) {
    const auto& g = gold[gi];
    report.by_type[g.type].gold++;
    report.overall.gold++;
    if (match[gi] < 0) {
      report.missed.push_back({article, g});
      continue;
    }
    const auto& p = predicted[static_cast<std::size_t>(match[gi])];
    report.by_type[g.type].matched++;
    report.overall.matched++;
    if (p.date.value == g.date.value && p.date.grain == g.date.grain) {
      report.dates_exact++;
    }
    for (const auto& gq : g.quantities) {
      report.gold_quantities++;
      if (std::any_of(p.quantities.begin(), p.quantities.end(),
                      [&](const core::Quantity& pq) { return same_quantity(pq, gq); })) {
        report.found_quantities++;
      }
    }
  }
  for (std::size_t i = 0; i < predicted.size(); ++i) {
    if (!used[i]) {
      report.spurious.push_back({article, predicted[i]});
    }
  }
}

} // namespace eventdb::extract
