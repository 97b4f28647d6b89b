#include "importers/reader.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "importers/encoding.hpp"
#include "importers/feed.hpp"
#include "importers/html.hpp"
#include "importers/json.hpp"
#include "importers/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

namespace eventdb::importers {

namespace {

namespace fs = std::filesystem;

using core::InputError;

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::string_view skip_space(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && is_space(s[i])) {
    ++i;
  }
  return s.substr(i);
}

bool contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

std::string read_stream(std::istream& in, std::string_view origin) {
  std::string data;
  std::array<char, 64 * 1024> buf{};
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    const auto n = static_cast<std::size_t>(in.gcount());
    if (data.size() + n > k_max_input_bytes) {
      throw InputError(
          fmt::format("{}: input is larger than 1 GiB; split it before importing", origin));
    }
    data.append(buf.data(), n);
  }
  if (in.bad()) {
    throw InputError(fmt::format("{}: read error", origin));
  }
  return data;
}

bool is_hidden(const fs::path& p) {
  const auto name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// Opens a regular file for reading, after the checks read_path documents.
std::ifstream open_checked(const std::string& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    if (ec && ec != std::errc::no_such_file_or_directory) {
      throw InputError(fmt::format("{}: {}", path, ec.message()));
    }
    throw InputError(fmt::format("{}: no such file or directory", path));
  }
  if (fs::is_directory(status)) {
    throw InputError(fmt::format("{}: is a directory", path));
  }
  if (fs::is_regular_file(status)) {
    const auto size = fs::file_size(path, ec);
    if (!ec && size > k_max_input_bytes) {
      throw InputError(fmt::format(
          "{}: file is larger than 1 GiB ({} bytes); split it before importing", path, size));
    }
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const auto why = std::generic_category().message(errno);
    throw InputError(fmt::format("{}: cannot open: {}", path, why));
  }
  return in;
}

// Appends up to `limit` bytes from `in` to `data`, reporting each block to `on_bytes`.
void read_some(std::istream& in, std::string& data, std::size_t limit, std::string_view origin,
               const ByteCounter& on_bytes) {
  std::array<char, 64 * 1024> buf{};
  std::size_t got = 0;
  while (in && got < limit) {
    const auto want = std::min(buf.size(), limit - got);
    in.read(buf.data(), static_cast<std::streamsize>(want));
    const auto n = static_cast<std::size_t>(in.gcount());
    data.append(buf.data(), n);
    got += n;
    if (n > 0 && on_bytes) {
      on_bytes(n);
    }
  }
  if (in.bad()) {
    throw InputError(fmt::format("{}: read error", origin));
  }
}

// UTF-16 and binary input cannot be read at all (read_bytes steps 1 and 2).
void refuse_unreadable(std::string_view bytes, std::string_view origin) {
  if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
    throw InputError(
        fmt::format("{}: UTF-16 text is not supported; convert it to UTF-8 first", origin));
  }
  if (looks_binary(bytes)) {
    throw InputError(fmt::format("{}: binary data, not an article", origin));
  }
}

void deliver(ReadResult&& r, const ArticleSink& sink, ReadResult& diagnostics) {
  diagnostics.warnings.insert(diagnostics.warnings.end(), r.warnings.begin(), r.warnings.end());
  diagnostics.errors.insert(diagnostics.errors.end(), r.errors.begin(), r.errors.end());
  for (auto& a : r.articles) {
    sink(std::move(a));
  }
}

// JSON Lines read line by line: memory holds one line plus one block.
void read_json_lines_stream(std::string buf, std::istream& in, std::string_view origin,
                            const ArticleSink& sink, ReadResult& diagnostics,
                            const ByteCounter& on_bytes) {
  constexpr std::size_t k_block = std::size_t{1} << 20;
  constexpr std::size_t k_max_line = std::size_t{16} << 20;
  std::size_t pos = 0;
  std::size_t line_no = 0;
  std::size_t records = 0;
  bool skipping = false; // inside a line over k_max_line
  bool eof = false;
  const auto take_line = [&](std::string_view line) {
    ++line_no;
    if (skipping) {
      skipping = false;
      return;
    }
    if (core::trim(line).empty()) {
      return;
    }
    ++records;
    const auto text =
        repair_encoding(line, fmt::format("{}#line {}", origin, line_no), diagnostics.warnings);
    read_json_line(text, line_no, origin, sink, diagnostics);
  };
  for (;;) {
    const auto nl = buf.find('\n', pos);
    if (nl != std::string::npos) {
      take_line(std::string_view(buf).substr(pos, nl - pos));
      pos = nl + 1;
      if (pos >= buf.size() / 2) {
        buf.erase(0, pos);
        pos = 0;
      }
      continue;
    }
    if (!skipping && buf.size() - pos > k_max_line) {
      ++records;
      diagnostics.errors.push_back(
          fmt::format("{}: line {}: line longer than 16 MiB", origin, line_no + 1));
      skipping = true;
    }
    if (skipping) {
      buf.erase(0, buf.size());
      pos = 0;
    }
    if (eof) {
      if (pos < buf.size()) {
        take_line(std::string_view(buf).substr(pos));
      }
      break;
    }
    const auto before = buf.size();
    read_some(in, buf, k_block, origin, on_bytes);
    eof = buf.size() - before < k_block;
  }
  if (records == 0) {
    diagnostics.warnings.push_back(fmt::format("{}: no records", origin));
  }
}

} // namespace

std::optional<Format> format_from_string(std::string_view s) {
  const auto l = core::to_lower_ascii(s);
  if (l == "auto") {
    return Format::detect;
  }
  if (l == "text") {
    return Format::text;
  }
  if (l == "html") {
    return Format::html;
  }
  if (l == "rss" || l == "atom" || l == "feed") {
    return Format::rss;
  }
  if (l == "json" || l == "jsonl") {
    return Format::json;
  }
  return std::nullopt;
}

Format detect_format(std::string_view text) {
  const auto start = skip_space(text);
  // Lower-case ASCII of the first 4 KiB is enough to see the root element past a prolog,
  // a doctype or a leading comment.
  const auto head = core::to_lower_ascii(start.substr(0, 4096));
  if (head.empty()) {
    return Format::text;
  }
  if (head[0] == '{' || head[0] == '[') {
    const auto next = skip_space(std::string_view(head).substr(1));
    const char want_a = head[0] == '{' ? '"' : '{';
    const char want_b = head[0] == '{' ? '}' : ']';
    if (!next.empty() && (next[0] == want_a || next[0] == want_b)) {
      return Format::json;
    }
    return Format::text;
  }
  if (head[0] != '<') {
    return Format::text;
  }
  if (starts_with(head, "<?xml")) {
    const bool page =
        contains(head, "<html") && !contains(head, "<rss") && !contains(head, "<feed");
    return page ? Format::html : Format::rss;
  }
  if (starts_with(head, "<rss") || starts_with(head, "<feed") || starts_with(head, "<rdf:rdf")) {
    return Format::rss;
  }
  // A leading comment may hide a feed ("<!-- generator -->\n<rss ...>").
  if (starts_with(head, "<!--") && !contains(head, "<html") &&
      (contains(head, "<rss") || contains(head, "<feed"))) {
    return Format::rss;
  }
  // "<!doctype html", "<html", "<p>", "<div ...>" or a comment: markup.
  if (head.size() > 1 && (head[1] == '!' || (head[1] >= 'a' && head[1] <= 'z'))) {
    return Format::html;
  }
  return Format::text;
}

ReadResult read_bytes(std::string_view bytes, std::string_view origin, Format format) {
  refuse_unreadable(bytes, origin);
  if (starts_with(bytes, k_utf8_bom)) {
    bytes.remove_prefix(k_utf8_bom.size());
  }
  if (core::trim(bytes).empty()) {
    throw InputError(fmt::format("{}: empty file", origin));
  }

  ReadResult result;
  const std::string text = repair_encoding(bytes, origin, result.warnings);

  if (format == Format::detect) {
    format = detect_format(text);
  }
  ReadResult part;
  switch (format) {
  case Format::detect:
  case Format::text:
    part.articles.push_back(read_text(text, origin, part.warnings));
    break;
  case Format::html:
    part.articles.push_back(read_html(text, origin, part.warnings));
    break;
  case Format::rss:
    part = read_feed(text, origin);
    break;
  case Format::json:
    part = read_json(text, origin);
    break;
  }
  for (auto& a : part.articles) {
    result.articles.push_back(std::move(a));
  }
  result.warnings.insert(result.warnings.end(), part.warnings.begin(), part.warnings.end());
  result.errors.insert(result.errors.end(), part.errors.begin(), part.errors.end());
  return result;
}

ReadResult read_path(const std::string& path, Format format) {
  if (path == "-") {
    const auto data = read_stream(std::cin, "-");
    return read_bytes(data, "-", format);
  }
  auto in = open_checked(path);
  const auto data = read_stream(in, path);
  return read_bytes(data, path, format);
}

void read_path_streaming(const std::string& path, Format format, const ArticleSink& sink,
                         ReadResult& diagnostics, const StreamOptions& options) {
  if (path == "-") {
    read_stream_streaming(std::cin, "-", format, sink, diagnostics, options);
    return;
  }
  auto in = open_checked(path);
  read_stream_streaming(in, path, format, sink, diagnostics, options);
}

void read_stream_streaming(std::istream& in, std::string_view origin, Format format,
                           const ArticleSink& sink, ReadResult& diagnostics,
                           const StreamOptions& options) {
  // The head decides: an input that fits in it is read whole, exactly like read_bytes.
  // At least 64 KiB, so the format can be detected and a binary file recognised.
  constexpr std::size_t k_min_head = std::size_t{64} << 10;
  std::string head;
  read_some(in, head, std::max(options.stream_above + 1, k_min_head), origin, options.on_bytes);
  if (head.size() <= options.stream_above) {
    deliver(read_bytes(head, origin, format), sink, diagnostics);
    return;
  }
  refuse_unreadable(head, origin);
  if (starts_with(head, k_utf8_bom)) {
    head.erase(0, k_utf8_bom.size());
  }
  if (format == Format::detect) {
    format = detect_format(head);
  }
  if (format == Format::rss) {
    read_feed_stream(std::move(head), in, origin, sink, diagnostics, options.on_bytes);
    return;
  }
  if (format == Format::json) {
    const auto first = skip_space(head);
    const auto nl = first.find('\n');
    std::vector<std::string> ignored; // the line's own warnings come when it is read
    if (nl != std::string_view::npos &&
        is_json_lines_record(repair_encoding(first.substr(0, nl), origin, ignored))) {
      read_json_lines_stream(std::move(head), in, origin, sink, diagnostics, options.on_bytes);
      return;
    }
  }
  // Text, HTML, a JSON array or wrapper object: one document, read whole.
  read_some(in, head, k_max_input_bytes + 1 - std::min(head.size(), k_max_input_bytes), origin,
            options.on_bytes);
  if (head.size() > k_max_input_bytes) {
    throw InputError(
        fmt::format("{}: input is larger than 1 GiB; split it before importing", origin));
  }
  deliver(read_bytes(head, origin, format), sink, diagnostics);
}

std::vector<std::string> expand_paths(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    if (p == "-") {
      out.push_back(p);
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(p, ec);
    if (!fs::exists(status)) {
      throw InputError(fmt::format("{}: no such file or directory", p));
    }
    if (!fs::is_directory(status)) {
      out.push_back(p); // named explicitly: kept even when hidden
      continue;
    }
    std::vector<std::string> found;
    try {
      for (auto it = fs::recursive_directory_iterator(p); it != fs::recursive_directory_iterator();
           ++it) {
        if (is_hidden(it->path())) {
          if (it->is_directory()) {
            it.disable_recursion_pending();
          }
          continue;
        }
        if (it->is_regular_file()) {
          found.push_back(it->path().string());
        }
      }
    } catch (const fs::filesystem_error& e) {
      throw InputError(fmt::format("{}: {}", p, e.code().message()));
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

} // namespace eventdb::importers
