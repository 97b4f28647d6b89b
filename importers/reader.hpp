#pragma once

#include "core/article.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
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

// Receives the articles of a streaming read one by one, in input order.
using ArticleSink = std::function<void(core::Article&&)>;

// Receives the number of bytes just read from the input (called after every block).
using ByteCounter = std::function<void(std::size_t)>;

// Inputs up to this size are read whole (read_bytes); larger feeds and JSON Lines files are
// streamed record by record by read_path_streaming.
inline constexpr std::size_t k_stream_above_bytes = std::size_t{8} << 20; // 8 MiB

struct StreamOptions {
  std::size_t stream_above = k_stream_above_bytes; // tests lower it to exercise streaming
  ByteCounter on_bytes;                            // progress; may be empty
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

// Like read_path, but hands each article to `sink` as soon as it is read, in input order, and
// adds warnings and errors to `diagnostics` (its `articles` stay untouched). Memory stays
// bounded for large inputs: a file larger than options.stream_above that is an RSS/Atom feed
// is split into <item>/<entry> chunks while it is read (each parsed with the root element's
// start tags around it, so memory is bounded by the largest item), and JSON Lines are read
// line by line. Encoding repair then works per item or line, so its warnings name the item
// ("{origin}#item N: not valid UTF-8; ..."). Smaller inputs, JSON arrays and wrapper objects,
// text and HTML are read whole and behave exactly like read_path. Throws core::InputError
// when nothing can be read (before any article was passed to `sink`); a problem found later
// in a streamed file (a truncated feed) is an error in `diagnostics`.
void read_path_streaming(const std::string& path, Format format, const ArticleSink& sink,
                         ReadResult& diagnostics, const StreamOptions& options = {});

// read_path_streaming on an open stream; `origin` names it in messages.
void read_stream_streaming(std::istream& in, std::string_view origin, Format format,
                           const ArticleSink& sink, ReadResult& diagnostics,
                           const StreamOptions& options = {});

// Expands command-line paths: files are kept, directories are walked recursively (sorted, so
// imports are deterministic; hidden files skipped), "-" is kept. A missing path throws
// core::InputError.
[[nodiscard]] std::vector<std::string> expand_paths(const std::vector<std::string>& paths);

} // namespace eventdb::importers
