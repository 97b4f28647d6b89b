#pragma once

#include "core/article.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eventdb::importers {

enum class Format { detect, text, html, rss, json };

// Inputs larger than this are refused by read_path (1 GiB).
inline constexpr std::size_t k_max_input_bytes = std::size_t{1} << 30;

// Parses "text", "html", "rss" (also "atom", "feed"), "json" (also "jsonl") and "auto"
// (Format::detect), case-insensitively; std::nullopt for anything else.
[[nodiscard]] std::optional<Format> format_from_string(std::string_view s);

// Guesses the format of decoded text from its first bytes (leading whitespace skipped):
// "<?xml" (unless an <html> element follows), "<rss", "<feed", "<rdf:RDF" -> rss;
// "<!doctype html", "<html" or any other leading tag -> html; '{' followed by '"' or '}', or
// '[' followed by '{' or ']' -> json; anything else -> text. Never returns Format::detect.
[[nodiscard]] Format detect_format(std::string_view text);

// What reading one input (a file, or standard input) gave: the articles, warnings about them
// (repaired encoding, no publication date), and errors for the parts that could not be read
// (one malformed feed item, one bad JSON line). Each message starts with the origin.
struct ReadResult {
  std::vector<core::Article> articles;
  std::vector<std::string> warnings;
  std::vector<std::string> errors;
};

// Turns the bytes of one input into articles. `origin` names the input in messages and in
// Article::origin. With Format::detect the format is chosen from the content. Throws
// core::InputError when nothing at all can be read (binary data, empty input, malformed
// document); a partly broken feed or JSON file returns the good items plus errors.
// Before any reader runs: UTF-16 and binary input (NUL bytes, known binary signatures, >5%
// control characters) are refused, a UTF-8 BOM is stripped, invalid UTF-8 is repaired
// (Windows-1252 when it decodes cleanly as such, else U+FFFD per bad byte; both warn), CRLF
// becomes LF and stray control characters become spaces. See docs/importers.md.
[[nodiscard]] ReadResult read_bytes(std::string_view bytes, std::string_view origin, Format format);

// Reads the file at `path` ("-" for standard input) and calls read_bytes.
// Throws core::InputError naming the path when it cannot be opened or read, is a directory,
// or is larger than k_max_input_bytes.
[[nodiscard]] ReadResult read_path(const std::string& path, Format format);

// Expands command-line paths: files are kept, directories are walked recursively (sorted, so
// imports are deterministic; hidden files skipped), "-" is kept. A missing path throws
// core::InputError.
[[nodiscard]] std::vector<std::string> expand_paths(const std::vector<std::string>& paths);

} // namespace eventdb::importers
