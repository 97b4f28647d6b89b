#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace eventdb::core {

// ASCII-only helpers: our keywords, headers and lexicon keys are ASCII, and leaving other
// bytes untouched keeps UTF-8 intact.
[[nodiscard]] std::string to_lower_ascii(std::string_view s);
[[nodiscard]] std::string_view trim(std::string_view s);
[[nodiscard]] bool iequals(std::string_view a, std::string_view b);
[[nodiscard]] bool starts_with_icase(std::string_view s, std::string_view prefix);
// Splits on `sep`, keeping empty fields ("a||b" gives three).
[[nodiscard]] std::vector<std::string_view> split(std::string_view s, char sep);

// Length of the well-formed multi-byte UTF-8 sequence starting at s[i], in [2, 4]; 0 when
// the bytes there are ASCII or not well-formed (overlong, surrogate, above U+10FFFF, cut short).
[[nodiscard]] std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
[[nodiscard]] bool is_valid_utf8(std::string_view s);

// Replaces typographic punctuation with ASCII so rules can be written once: curly quotes,
// primes, en and em dashes kept as-is but NBSP and thin spaces become ' '. Byte offsets
// change, so run it before offsets are taken (the importers do).
[[nodiscard]] std::string normalise_spaces(std::string_view s);

// A stable 64-bit FNV-1a hash as 16 hex digits; used to recognise re-imported content.
[[nodiscard]] std::string content_hash(std::string_view s);

// Calls `row(fields, line_no)` for each data line of a tab-separated file: the first data line
// is the header and is skipped, as are blank lines and lines starting with '#'. CR before LF is
// dropped. `line_no` is 1-based, for error messages.
void for_each_tsv_row(std::string_view text,
                      const std::function<void(const std::vector<std::string_view>&, std::size_t)>& row);

} // namespace eventdb::core
