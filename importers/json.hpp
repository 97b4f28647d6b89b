#pragma once

#include "importers/reader.hpp"

#include <cstddef>
#include <string_view>

namespace eventdb::importers {

// Reads JSON news records: a JSON array of objects (origin "{origin}#item N"), JSON Lines,
// one object per line (origin "{origin}#line N"), a pretty-printed single object, or a
// wrapper object holding an array under "articles", "items", "entries", "data" or "results".
// Fields: title (or headline); url or link; published, date, publishedAt, published_at or
// pubDate (any form parse_timestamp reads); author (a string, an object with "name", or an
// array of these); text, body or content (plain text; HTML if it holds markup), else html,
// else description or summary. Unknown fields are ignored.
// A bad record is an error "{origin}: line N: why" (or "item N: why") and the others are
// kept; blank lines are skipped. Bad records: not valid JSON, not an object, a known field
// of the wrong type, no title and no text, nesting deeper than 64 levels, a line over 16 MiB,
// a number too large for a double. None of these can crash. An array that is not valid JSON
// as a whole throws core::InputError "{origin}: not valid JSON: {why}".
// Precondition: `text` is valid UTF-8.
[[nodiscard]] ReadResult read_json(std::string_view text, std::string_view origin);

// Reads one JSON Lines record (line `line_no`, from 1; origin "{origin}#line N"): calls `sink`
// with the article, or adds "{origin}: line N: why" to out.errors. Warnings go to
// out.warnings. The streaming reader calls this line by line. Precondition: valid UTF-8.
void read_json_line(std::string_view line, std::size_t line_no, std::string_view origin,
                    const ArticleSink& sink, ReadResult& out);

// True when `line` (the first non-blank line of a file) is a JSON Lines record on its own:
// one complete JSON object that is not a wrapper of an article array. The streaming reader
// reads such files line by line.
[[nodiscard]] bool is_json_lines_record(std::string_view line);

// True when the brackets of the JSON text `s` nest at most `max_depth` deep (strings and
// escapes skipped). Checked before parsing so hostile input cannot exhaust the stack.
[[nodiscard]] bool json_nesting_within(std::string_view s, std::size_t max_depth);

} // namespace eventdb::importers
