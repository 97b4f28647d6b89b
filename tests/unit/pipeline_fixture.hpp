// The shipped pipeline (dictionary and lexicon built into the binary) and small helpers the
// extraction tests share.
#pragma once

#include "core/event.hpp"
#include "extract/actors.hpp"
#include "extract/dictionary.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

namespace eventdb::test {

inline const extract::Pipeline& shipped_pipeline() {
  static const extract::Gazetteer gazetteer(extract::builtin_dictionary());
  static const extract::Pipeline p(gazetteer, extract::Lexicon::builtin());
  return p;
}

// The events of a one-article body published on `published` (none: undated).
inline std::vector<core::Event> extract_events(const std::string& body,
                                               std::optional<date::year_month_day> published) {
  core::Article a;
  a.body = body;
  a.published = published;
  return shipped_pipeline().extract(a).events;
}

// The name of the first actor of `e` in `role`, empty if none.
inline std::string actor_in(const core::Event& e, core::Role role) {
  for (const auto& a : e.actors) {
    if (a.role == role) {
      return a.name;
    }
  }
  return {};
}

} // namespace eventdb::test
