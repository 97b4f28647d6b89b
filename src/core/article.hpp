#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

namespace eventdb::core {

// One news article as the importers hand it to the pipeline. `body` is the plain text,
// paragraphs separated by a blank line ("\n\n"), valid UTF-8, no NUL bytes.
struct Article {
  std::string title;
  std::string url;
  std::string author;
  std::optional<date::year_month_day> published;  // calendar date in the article's own zone
  std::string published_utc;  // full instant "2022-12-23T04:30:00Z" when the input had one
  std::string body;
  std::string origin;  // where it was read from: a path, "path#item 3", "-" for stdin
};

} // namespace eventdb::core
