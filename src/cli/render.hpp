#pragma once

// Internal to src/cli: how events are shown to people (one-line summaries) and to programs
// (the export JSON shape documented in README.md).

#include "core/event.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace eventdb::cli {

// "2022-11", "2022-12-22", "~2022-11-24..2022-12-22"; "undated" when unknown.
[[nodiscard]] std::string date_label(const core::TimeValue& t);

// "≈50,000 person", ">$100M/month", "1,000 killed".
[[nodiscard]] std::string quantity_label(const core::Quantity& q);

// One line: "North Korea → Wagner Group: rockets, missiles (planned) — John Kirby".
[[nodiscard]] std::string summary(const core::Event& e);

// The event in the export shape: id, type, subtype, modality, date, actors, source,
// quantities, items, location, codes, evidence, article.
[[nodiscard]] nlohmann::ordered_json event_json(const store::StoredEvent& e);

} // namespace eventdb::cli
