#include "importers/text.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "importers/timestamp.hpp"

#include <fmt/format.h>

#include <array>
#include <optional>

namespace eventdb::importers {

namespace {

enum class Key { title, source, url, published, author };

std::optional<Key> key_from_name(std::string_view name) {
  struct Known {
    std::string_view name;
    Key key;
  };
  static constexpr std::array<Known, 6> k_keys = {{{"title", Key::title},
                                                   {"source", Key::source},
                                                   {"url", Key::url},
                                                   {"published", Key::published},
                                                   {"date", Key::published},
                                                   {"author", Key::author}}};
  for (const auto& k : k_keys) {
    if (core::iequals(name, k.name)) {
      return k.key;
    }
  }
  return std::nullopt;
}

struct Header {
  std::string_view name;
  std::string_view value;
};

// "Key: value" where Key is one to three words of letters, digits, '-' or '_'. Such
// restraint keeps a body line like "WASHINGTON: The Senate..." out only when it has a key we
// know; the caller checks that.
std::optional<Header> split_header(std::string_view line) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) {
    return std::nullopt;
  }
  const auto name = core::trim(line.substr(0, colon));
  if (name.empty()) {
    return std::nullopt;
  }
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == ' ';
    if (!ok) {
      return std::nullopt;
    }
  }
  return Header{name, core::trim(line.substr(colon + 1))};
}

bool looks_like_url(std::string_view v) {
  return core::starts_with_icase(v, "http://") || core::starts_with_icase(v, "https://");
}

bool is_blank_line(std::string_view line) { return core::trim(line).empty(); }

// Appends `line` to `out` with runs of spaces and tabs collapsed to one space.
void append_collapsed(std::string& out, std::string_view line) {
  bool space = !out.empty() && out.back() == ' ';
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
      if (!space && !out.empty()) {
        out += ' ';
        space = true;
      }
    } else {
      out += c;
      space = false;
    }
  }
}

} // namespace

std::string text_to_paragraphs(std::string_view text) {
  const auto normal = core::normalise_spaces(text);
  std::string out;
  std::string para;
  const auto flush = [&] {
    while (!para.empty() && para.back() == ' ') {
      para.pop_back();
    }
    if (!para.empty()) {
      if (!out.empty()) {
        out += "\n\n";
      }
      out += para;
      para.clear();
    }
  };
  for (const auto line : core::split(normal, '\n')) {
    if (is_blank_line(line)) {
      flush();
      continue;
    }
    if (!para.empty()) {
      para += ' ';
    }
    append_collapsed(para, core::trim(line));
  }
  flush();
  return out;
}

core::Article read_text(std::string_view bytes, std::string_view origin,
                        std::vector<std::string>& warnings) {
  if (bytes.size() > k_max_text_bytes) {
    // Extraction takes seconds per MiB: a bigger "article" is a dump, not a story.
    throw core::InputError(fmt::format(
        "{}: text article larger than 16 MiB ({} bytes); split it before importing", origin,
        bytes.size()));
  }
  core::Article article;
  article.origin = std::string(origin);
  const auto normal = core::normalise_spaces(bytes);
  const auto lines = core::split(normal, '\n');

  std::size_t body_start = 0;
  std::string source_url;
  std::optional<std::string_view> date_text;
  bool in_header = false;
  if (!lines.empty()) {
    if (const auto first = split_header(lines[0]); first && key_from_name(first->name)) {
      in_header = true;
    }
  }
  while (in_header && body_start < lines.size()) {
    const auto line = lines[body_start];
    if (is_blank_line(line)) {
      ++body_start; // the blank line closing the block
      break;
    }
    const auto h = split_header(line);
    if (!h) {
      break; // not a header: the body starts here
    }
    ++body_start;
    const auto key = key_from_name(h->name);
    if (!key) {
      continue; // unknown keys (Section, Tags, ...) are allowed and ignored
    }
    switch (*key) {
    case Key::title:
      article.title = h->value;
      break;
    case Key::url:
      article.url = h->value;
      break;
    case Key::source:
      if (looks_like_url(h->value)) {
        source_url = h->value;
      }
      break;
    case Key::published:
      if (!date_text) {
        date_text = h->value;
      }
      break;
    case Key::author:
      article.author = h->value;
      break;
    }
  }
  if (article.url.empty()) {
    article.url = source_url;
  }

  if (date_text) {
    if (const auto ts = parse_timestamp(*date_text)) {
      article.published = ts->local_date;
      article.published_utc = ts->utc;
    } else {
      // Clipped: a hostile header line could be megabytes long.
      warnings.push_back(
          fmt::format("{}: cannot read publication date '{}'", origin, date_text->substr(0, 80)));
    }
  } else {
    warnings.push_back(fmt::format("{}: no publication date", origin));
  }

  std::size_t offset = 0;
  for (std::size_t i = 0; i < body_start; ++i) {
    offset += lines[i].size() + 1;
  }
  if (offset < normal.size()) {
    article.body = text_to_paragraphs(std::string_view(normal).substr(offset));
  }
  return article;
}

} // namespace eventdb::importers
