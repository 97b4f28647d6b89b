#include "importers/json.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "importers/html.hpp"
#include "importers/text.hpp"
#include "importers/timestamp.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <array>
#include <optional>

namespace eventdb::importers {

namespace {

using nlohmann::json;

constexpr std::size_t k_max_depth = 64;
constexpr std::size_t k_max_line_bytes = std::size_t{16} << 20; // 16 MiB

// One record's problem; becomes "{origin}: line N: why".
struct RecordError {
  std::string why;
};

// nlohmann's messages start with "[json.exception.parse_error.101] " and may quote a whole
// token; keep the readable part, clipped.
std::string short_message(const std::exception& e) {
  std::string_view m = e.what();
  if (!m.empty() && m.front() == '[') {
    const auto close = m.find("] ");
    if (close != std::string_view::npos) {
      m.remove_prefix(close + 2);
    }
  }
  if (m.size() > 160) {
    return fmt::format("{}...", m.substr(0, 160));
  }
  return std::string(m);
}

// The first of `names` present in `obj`; a present field that is null counts as absent.
const json* field(const json& obj, std::initializer_list<std::string_view> names,
                  std::string_view& found) {
  for (const auto n : names) {
    const auto it = obj.find(n);
    if (it != obj.end() && !it->is_null()) {
      found = n;
      return &*it;
    }
  }
  return nullptr;
}

std::string string_field(const json& obj, std::initializer_list<std::string_view> names) {
  std::string_view name;
  const auto* v = field(obj, names, name);
  if (v == nullptr) {
    return {};
  }
  if (!v->is_string()) {
    throw RecordError{fmt::format("field '{}' must be a string", name)};
  }
  return v->get<std::string>();
}

std::string author_of(const json& a, int depth) {
  if (depth > 3) {
    return {};
  }
  if (a.is_string()) {
    return a.get<std::string>();
  }
  if (a.is_object()) {
    const auto it = a.find("name");
    return it != a.end() && it->is_string() ? it->get<std::string>() : std::string{};
  }
  if (a.is_array()) {
    std::vector<std::string> names;
    for (const auto& x : a) {
      auto n = author_of(x, depth + 1);
      if (!n.empty()) {
        names.push_back(std::move(n));
      }
    }
    return fmt::format("{}", fmt::join(names, ", "));
  }
  return {};
}

// Plain text that turns out to hold markup goes through the HTML extractor.
std::string body_from(std::string_view text) {
  return looks_like_html(text) ? html_to_text(text) : text_to_paragraphs(text);
}

core::Article to_article(const json& rec, const std::string& item_origin,
                         std::vector<std::string>& warnings) {
  if (!rec.is_object()) {
    throw RecordError{"not a JSON object"};
  }
  core::Article a;
  a.origin = item_origin;
  a.title =
      std::string(core::trim(core::normalise_spaces(string_field(rec, {"title", "headline"}))));
  a.url = std::string(core::trim(string_field(rec, {"url", "link"})));
  if (const auto it = rec.find("author"); it != rec.end()) {
    a.author = author_of(*it, 0);
  }

  const auto text = string_field(rec, {"text", "body", "content"});
  if (!core::trim(text).empty()) {
    a.body = body_from(text);
  } else if (const auto html = string_field(rec, {"html"}); !html.empty()) {
    a.body = html_to_text(html);
  } else {
    a.body = body_from(string_field(rec, {"description", "summary"}));
  }
  if (a.title.empty() && a.body.empty()) {
    throw RecordError{"no title or text"};
  }

  std::string_view date_name;
  const auto* date_value =
      field(rec, {"published", "date", "publishedAt", "published_at", "pubDate"}, date_name);
  if (date_value == nullptr) {
    warnings.push_back(fmt::format("{}: no publication date", item_origin));
  } else if (!date_value->is_string()) {
    warnings.push_back(
        fmt::format("{}: cannot read publication date in field '{}'", item_origin, date_name));
  } else {
    const auto& s = date_value->get_ref<const std::string&>();
    if (const auto ts = parse_timestamp(s)) {
      a.published = ts->local_date;
      a.published_utc = ts->utc;
    } else {
      warnings.push_back(fmt::format("{}: cannot read publication date '{}'", item_origin,
                                     std::string_view(s).substr(0, 80)));
    }
  }
  return a;
}

// Parses one JSON text after the depth check; throws RecordError with a short reason.
json parse_checked(std::string_view s) {
  if (!json_nesting_within(s, k_max_depth)) {
    throw RecordError{fmt::format("nested deeper than {} levels", k_max_depth)};
  }
  try {
    return json::parse(s);
  } catch (const json::exception& e) {
    // parse_error, and out_of_range for a number too large for a double.
    throw RecordError{fmt::format("not valid JSON: {}", short_message(e))};
  }
}

void add_records(const json& array, std::string_view origin, ReadResult& out) {
  std::size_t n = 0;
  for (const auto& rec : array) {
    ++n;
    const auto item_origin = fmt::format("{}#item {}", origin, n);
    try {
      out.articles.push_back(to_article(rec, item_origin, out.warnings));
    } catch (const RecordError& e) {
      out.errors.push_back(fmt::format("{}: item {}: {}", origin, n, e.why));
    }
  }
  if (n == 0) {
    out.warnings.push_back(fmt::format("{}: no records", origin));
  }
}

// A wrapper object such as {"status": "ok", "articles": [...]}: the array inside.
const json* wrapped_array(const json& obj) {
  for (const auto* key : {"articles", "items", "entries", "data", "results"}) {
    const auto it = obj.find(key);
    if (it != obj.end() && it->is_array()) {
      return &*it;
    }
  }
  return nullptr;
}

ReadResult read_lines(std::string_view text, std::string_view origin) {
  ReadResult out;
  std::size_t line_no = 0;
  std::size_t records = 0;
  const ArticleSink keep = [&out](core::Article&& a) { out.articles.push_back(std::move(a)); };
  for (const auto line : core::split(text, '\n')) {
    ++line_no;
    if (core::trim(line).empty()) {
      continue;
    }
    ++records;
    read_json_line(line, line_no, origin, keep, out);
  }
  if (records == 0) {
    out.warnings.push_back(fmt::format("{}: no records", origin));
  }
  return out;
}

} // namespace

bool json_nesting_within(std::string_view s, std::size_t max_depth) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\') {
        ++i; // skip the escaped character
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) {
        return false;
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return true;
}

ReadResult read_json(std::string_view text, std::string_view origin) {
  const auto body = core::trim(text);
  if (!body.empty() && body.front() == '[') {
    json doc;
    try {
      doc = parse_checked(body);
    } catch (const RecordError& e) {
      throw core::InputError(fmt::format("{}: {}", origin, e.why));
    }
    ReadResult out;
    add_records(doc, origin, out);
    return out;
  }
  // A wrapper object ({"articles": [...]}) or one object spread over several lines
  // (pretty-printed) is read whole; otherwise the text is JSON Lines. A JSON Lines file
  // fails this parse at its second line, so the attempt costs one line.
  if (!body.empty() && body.front() == '{' && json_nesting_within(body, k_max_depth)) {
    const auto doc = json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (!doc.is_discarded() && doc.is_object()) {
      ReadResult out;
      if (const auto* arr = wrapped_array(doc)) {
        add_records(*arr, origin, out);
        return out;
      }
      if (body.find('\n') != std::string_view::npos) {
        add_records(json::array({doc}), origin, out);
        return out;
      }
    }
  }
  return read_lines(text, origin);
}

void read_json_line(std::string_view line, std::size_t line_no, std::string_view origin,
                    const ArticleSink& sink, ReadResult& out) {
  const auto item_origin = fmt::format("{}#line {}", origin, line_no);
  std::optional<core::Article> article;
  try {
    if (line.size() > k_max_line_bytes) {
      throw RecordError{"line longer than 16 MiB"};
    }
    const auto rec = parse_checked(line);
    article = to_article(rec, item_origin, out.warnings);
  } catch (const RecordError& e) {
    out.errors.push_back(fmt::format("{}: line {}: {}", origin, line_no, e.why));
    return;
  }
  sink(std::move(*article));
}

bool is_json_lines_record(std::string_view line) {
  line = core::trim(line);
  if (line.empty() || line.front() != '{' || line.find('\n') != std::string_view::npos ||
      !json_nesting_within(line, k_max_depth)) {
    return false;
  }
  const auto doc = json::parse(line, nullptr, /*allow_exceptions=*/false);
  return !doc.is_discarded() && doc.is_object() && wrapped_array(doc) == nullptr;
}

} // namespace eventdb::importers
