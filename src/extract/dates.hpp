#pragma once

#include "core/time_value.hpp"

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace eventdb::extract {

// One time expression found in a text: byte span [start, end) and its resolved value.
struct DateMatch {
  std::size_t start = 0;
  std::size_t end = 0;
  core::TimeValue value;  // value.text is the matched words
};

// Finds the time expressions in `text` (normally one sentence; a line of `eventdb dates`).
// Relative expressions ("last month", "on Friday", "March 3" with no year) are resolved against
// `anchor`, normally the article's publication date, taking the sentence's tense into account;
// with no anchor they come back with grain unknown (never resolved against the clock).
// Matches are sorted by start and never overlap. Never throws on odd text; numbers that are not
// dates ("50,000 fighters", "F-16", "Resolution 2270") are not reported.
// `previous` is the last day named before `text` (the previous sentence's): "a day later",
// "the next day" with no date earlier in `text` count from it rather than from `anchor`.
[[nodiscard]] std::vector<DateMatch> find_dates(std::string_view text,
                                                std::optional<date::year_month_day> anchor,
                                                std::optional<date::year_month_day> previous = {});

} // namespace eventdb::extract
