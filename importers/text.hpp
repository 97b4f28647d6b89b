#pragma once

#include "core/article.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace eventdb::importers {

// Plain-text articles larger than this are refused (16 MiB, as HTML pages and JSON lines).
inline constexpr std::size_t k_max_text_bytes = std::size_t{16} << 20;

// Reads a plain-text article. The file may start with header lines "Key: value" (Title,
// Source or URL, Published or Date, Author; keys case-insensitive), ended by a blank line;
// everything after is the body. The block is recognised only when the first line is such a
// header with a known key; otherwise the whole text is body. Inside the block a line that
// is not "Key: value" ends the block and starts the body; unknown keys are ignored. Source
// counts as the URL only when it looks like one (http:// or https://).
// `Published`/`Date` accept every form parse_timestamp() reads; an unreadable date adds the
// warning "{origin}: cannot read publication date '{value}'", a missing one
// "{origin}: no publication date"; neither is an error.
// Line endings are normalised and paragraphs are kept, separated by a blank line.
// Precondition: `bytes` is valid UTF-8 (read_bytes repairs it first).
// Throws core::InputError "{origin}: text article larger than 16 MiB ..." for bigger input.
[[nodiscard]] core::Article read_text(std::string_view bytes, std::string_view origin,
                                      std::vector<std::string>& warnings);

// Normalises plain text to the Article::body form: CR/CRLF become LF, NBSP and thin spaces
// become ' ', runs of spaces and tabs collapse, lines within a paragraph are joined with a
// space, paragraphs (separated by one or more blank lines) are joined with "\n\n", and
// leading/trailing blank lines are dropped. Returns "" for blank input.
[[nodiscard]] std::string text_to_paragraphs(std::string_view text);

} // namespace eventdb::importers
