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

// True when the brackets of the JSON text `s` nest at most `max_depth` deep (strings and
// escapes skipped). Checked before parsing so hostile input cannot exhaust the stack.
[[nodiscard]] bool json_nesting_within(std::string_view s, std::size_t max_depth);

} // namespace eventdb::importers
