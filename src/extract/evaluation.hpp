#pragma once

#include "core/event.hpp"
#include "extract/actors.hpp"

#include <map>
#include <string>
#include <vector>

namespace eventdb::extract {

// Counts for one event type (or all types together).
struct Score {
  std::size_t gold = 0;
  std::size_t predicted = 0;
  std::size_t matched = 0;
  [[nodiscard]] double precision() const { return predicted ? double(matched) / double(predicted) : 0.0; }
  [[nodiscard]] double recall() const { return gold ? double(matched) / double(gold) : 0.0; }
  [[nodiscard]] double f1() const {
    const double p = precision();
    const double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

// One gold event that found no partner, or one predicted event that matched nothing.
struct Miss {
  std::string article;
  core::Event event;
};

struct EvalReport {
  std::map<core::EventType, Score> by_type;
  Score overall;
  std::size_t dates_exact = 0;       // matched events whose date value and grain equal gold's
  std::size_t gold_quantities = 0;   // quantities of matched gold events
  std::size_t found_quantities = 0;  // of those, found with the same value and unit
  std::vector<Miss> missed;          // gold events not found
  std::vector<Miss> spurious;        // predicted events matching no gold event
};

// Compares the events predicted for one article with its gold events and adds the counts to
// `report`. A predicted event matches a gold one when the types are equal, they share at least
// one actor (any role; names compared through the gazetteer's aliases, ignoring case; a
// government body such as a ministry or an armed force also stands for its state) and their
// date spans overlap (an unknown date overlaps anything); a gold event that names no actor
// matches on type and date alone. Matching is one-to-one, greedy in
// gold order, preferring the candidate that also agrees on the date value.
void evaluate_article(const std::string& article, const std::vector<core::Event>& gold,
                      const std::vector<core::Event>& predicted, const Gazetteer& gazetteer,
                      EvalReport& report);

} // namespace eventdb::extract
