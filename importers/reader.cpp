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

// Control characters that never occur in text: everything below 0x20 except tab, LF, CR, FF
// and ESC (terminal colour codes in pasted text), plus DEL.
bool is_odd_control(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Binary data: a NUL byte anywhere, a well-known binary signature, or more than 5% odd
// control characters in the first 64 KiB (text files have almost none).
bool looks_binary(std::string_view bytes) {
  if (bytes.find('\0') != std::string_view::npos) {
    return true;
  }
  static constexpr std::array<std::string_view, 7> k_magic = {"%PDF-",
                                                              "PK\x03\x04",
                                                              "\x1F\x8B",
                                                              "\x89PNG",
                                                              "GIF8",
                                                              "\xFF\xD8\xFF",
                                                              "\x7F"
                                                              "ELF"};
  for (const auto m : k_magic) {
    if (starts_with(bytes, m)) {
      return true;
    }
  }
  const auto sample = bytes.substr(0, 64 * 1024);
  std::size_t odd = 0;
  for (const char c : sample) {
    odd += is_odd_control(static_cast<unsigned char>(c)) ? 1 : 0;
  }
  return odd > 4 && odd * 20 > sample.size();
}

// CRLF and lone CR become LF; the few remaining odd control characters become spaces, so
// the body never carries bytes that upset terminals, XML parsers or SQLite users.
std::string clean_line_ends(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\r') {
      if (i + 1 >= s.size() || s[i + 1] != '\n') {
        out += '\n';
      }
    } else if (is_odd_control(static_cast<unsigned char>(c))) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
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
  if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
    throw InputError(
        fmt::format("{}: UTF-16 text is not supported; convert it to UTF-8 first", origin));
  }
  if (looks_binary(bytes)) {
    throw InputError(fmt::format("{}: binary data, not an article", origin));
  }
  if (starts_with(bytes, k_utf8_bom)) {
    bytes.remove_prefix(k_utf8_bom.size());
  }
  if (core::trim(bytes).empty()) {
    throw InputError(fmt::format("{}: empty file", origin));
  }

  ReadResult result;
  std::string text;
  if (core::is_valid_utf8(bytes)) {
    text = clean_line_ends(bytes);
  } else if (!has_utf8_multibyte(bytes) && is_windows_1252(bytes)) {
    // No UTF-8 sequence at all and every byte defined in cp1252: a legacy Windows file.
    text = clean_line_ends(decode_windows_1252(bytes));
    result.warnings.push_back(fmt::format("{}: not valid UTF-8; read as Windows-1252", origin));
  } else {
    std::size_t replaced = 0;
    text = clean_line_ends(replace_invalid_utf8(bytes, replaced));
    result.warnings.push_back(fmt::format(
        "{}: not valid UTF-8; replaced {} invalid byte(s) with U+FFFD", origin, replaced));
  }

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
  const auto data = read_stream(in, path);
  return read_bytes(data, path, format);
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
