#include "cli/timeline_format.hpp"

#include "cli/render.hpp"
#include "core/time_value.hpp"

#include <fmt/ostream.h>

#include <algorithm>
#include <array>
#include <ostream>

namespace eventdb::cli {

namespace {

constexpr std::array<std::string_view, 12> k_month_names = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// ANSI SGR codes per event type, in EventType order (arms_transfer ... other).
constexpr std::array<std::string_view, 9> k_type_sgr = {"31", "35", "1;31", "33", "32",
                                                        "34", "95", "36",   "90"};

std::string paint(std::string_view text, std::string_view sgr, Colour c) {
  if (c == Colour::no || sgr.empty()) {
    return std::string(text);
  }
  return fmt::format("\x1b[{}m{}\x1b[0m", sgr, text);
}

std::string pad_right(std::string_view s, std::size_t width) {
  const auto w = display_width(s);
  return std::string(s) + std::string(w < width ? width - w : 0, ' ');
}

// The one-line summary without the trailing "— source", for formats with a source column.
std::string summary_without_source(const core::Event& e) {
  core::Event copy = e;
  copy.source.reset();
  return summary(copy);
}

std::string actors_with_roles(const core::Event& e) {
  std::vector<std::string> parts;
  for (const auto& a : e.actors) {
    parts.push_back(fmt::format("{} ({})", a.name, core::to_string(a.role)));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

std::string quantities_text(const core::Event& e) {
  std::vector<std::string> parts;
  for (const auto& q : e.quantities) {
    parts.push_back(quantity_label(q));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

bool is_month_end(date::year_month_day d) {
  return d.day() == date::year_month_day{d.year() / d.month() / date::last}.day();
}

enum class Level { year, month, day };

// The precision TimelineJS should show for an event's date.
Level date_level(const core::TimeValue& t) {
  switch (t.grain) {
  case core::Grain::day:
  case core::Grain::week: return Level::day;
  case core::Grain::month:
  case core::Grain::quarter: return Level::month;
  case core::Grain::year:
  case core::Grain::decade: return Level::year;
  case core::Grain::range:
  case core::Grain::approx:
  case core::Grain::unknown: break;
  }
  // A range or approximate window: as coarse as its edges allow ("2014..2016" stays years).
  const auto& f = *t.first;
  const auto& l = *t.last;
  if (f.day() == date::day{1} && is_month_end(l)) {
    if (f.month() == date::January && l.month() == date::December) {
      return Level::year;
    }
    return Level::month;
  }
  return Level::day;
}

nlohmann::ordered_json date_parts(date::year_month_day d, Level level) {
  nlohmann::ordered_json j;
  j["year"] = fmt::format("{}", int(d.year()));
  if (level != Level::year) {
    j["month"] = fmt::format("{}", unsigned(d.month()));
  }
  if (level == Level::day) {
    j["day"] = fmt::format("{}", unsigned(d.day()));
  }
  return j;
}

// Iterates the events grouped by year and slot, calling on_year(year) and on_slot(slot) when
// they change, then on_event(event).
template <class OnYear, class OnSlot, class OnEvent>
void for_each_grouped(const TimelineView& v, OnYear on_year, OnSlot on_slot, OnEvent on_event) {
  std::optional<int> year;
  for (const auto& g : group_by_slot(v.events)) {
    if (!year || *year != g.slot.year) {
      on_year(g.slot.year);
      year = g.slot.year;
    }
    on_slot(g.slot);
    for (const auto* s : g.events) {
      on_event(*s);
    }
  }
}

std::string article_note(const store::StoredEvent& s) {
  return fmt::format("article {} \"{}\"{}", s.article.id, s.article.title,
                     s.article.published ? fmt::format(" ({})", core::iso(*s.article.published)) : "");
}

} // namespace

std::optional<TimelineFormat> timeline_format_from_string(std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, TimelineFormat>, 7> k_names = {{
      {"text", TimelineFormat::text},
      {"markdown", TimelineFormat::markdown},
      {"csv", TimelineFormat::csv},
      {"json", TimelineFormat::json},
      {"jsonl", TimelineFormat::jsonl},
      {"html", TimelineFormat::html},
      {"timelinejs", TimelineFormat::timelinejs},
  }};
  for (const auto& [name, f] : k_names) {
    if (name == s) {
      return f;
    }
  }
  return std::nullopt;
}

std::string TimelineView::title() const {
  return fmt::format("{}", fmt::join(actors, joiner));
}

TimelineSlot timeline_slot(const core::TimeValue& t) {
  if (!t.known()) {
    return {};
  }
  const auto& f = *t.first;
  const auto& l = *t.last;
  if (f.year() == l.year() && f.month() == l.month()) {
    return {int(f.year()), unsigned(f.month())};
  }
  return {int(f.year()), 0};
}

std::vector<TimelineGroup> group_by_slot(const std::vector<store::StoredEvent>& events) {
  std::vector<TimelineGroup> groups;
  for (const auto& s : events) {
    const auto slot = timeline_slot(s.event.date);
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const TimelineGroup& g) { return g.slot == slot; });
    if (it == groups.end()) {
      groups.push_back({slot, {}});
      it = std::prev(groups.end());
    }
    it->events.push_back(&s);
  }
  return groups;
}

std::string slot_heading(TimelineSlot s) {
  if (s.year == 0) {
    return "Undated";
  }
  if (s.month == 0) {
    return fmt::format("{} (longer than a month)", s.year);
  }
  return fmt::format("{} {}", k_month_names.at(s.month - 1), s.year);
}

std::string type_label(const core::Event& e) {
  return e.subtype.empty() ? std::string(core::to_string(e.type))
                           : fmt::format("{}/{}", core::to_string(e.type), e.subtype);
}

std::string role_note(const core::Event& e, const std::vector<std::string>& actors) {
  std::vector<std::string> parts;
  for (const auto& a : e.actors) {
    if (std::find(actors.begin(), actors.end(), a.name) == actors.end()) {
      continue;
    }
    auto part = fmt::format("{} as {}", a.name, core::to_string(a.role));
    if (std::find(parts.begin(), parts.end(), part) == parts.end()) {
      parts.push_back(std::move(part));
    }
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::size_t display_width(std::string_view s) {
  // Count bytes that start a code point (not UTF-8 continuation bytes 10xxxxxx).
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::vector<std::string> wrap_text(std::string_view text, std::size_t width,
                                   std::size_t first_used, std::size_t indent) {
  if (width == 0) {
    return {std::string(text)};
  }
  std::vector<std::string> lines(1);
  std::size_t used = first_used;  // columns taken on the current line
  bool line_empty = true;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ') {
      ++pos;
    }
    if (pos >= text.size()) {
      break;
    }
    auto end = text.find(' ', pos);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    const auto word = text.substr(pos, end - pos);
    const auto w = display_width(word);
    if (!line_empty && used + 1 + w > width) {
      lines.push_back(std::string(indent, ' '));
      used = indent;
      line_empty = true;
    }
    if (!line_empty) {
      lines.back() += ' ';
      ++used;
    }
    lines.back() += word;
    used += w;
    line_empty = false;
    pos = end;
  }
  return lines;
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += c;
    }
  }
  return out;
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    return std::string(s);
  }
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') {
      out += '"';
    }
    out += c;
  }
  return out + "\"";
}

std::string markdown_cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::optional<nlohmann::ordered_json> timelinejs_date(const core::TimeValue& t, SpanEnd end) {
  if (!t.known()) {
    return std::nullopt;
  }
  const auto level = date_level(t);
  auto start = date_parts(*t.first, level);
  if (end == SpanEnd::first) {
    return start;
  }
  auto last = date_parts(*t.last, level);
  if (last == start) {
    return std::nullopt;
  }
  return last;
}

void write_timeline_text(std::ostream& out, const TimelineView& v, TextStyle style) {
  fmt::print(out, "{}: {}\n", v.title(), plural(v.events.size(), "event"));
  std::size_t date_w = 7;
  std::size_t type_w = 0;
  for (const auto& s : v.events) {
    date_w = std::max(date_w, display_width(date_label(s.event.date)));
    type_w = std::max(type_w, display_width(type_label(s.event)));
  }
  const std::size_t indent = 4 + date_w + 2;
  for_each_grouped(
      v,
      [&](int year) {
        fmt::print(out, "\n{}\n", paint(year == 0 ? "Undated" : fmt::format("{}", year), "1", style.colour));
      },
      [&](TimelineSlot slot) {
        if (slot.year != 0) {
          fmt::print(out, "  {}\n", paint(slot_heading(slot), "1", style.colour));
        }
      },
      [&](const store::StoredEvent& s) {
        const auto& e = s.event;
        const auto type = type_label(e);
        const auto prefix_w = indent + type_w + 2;
        const auto lines = wrap_text(summary(e), style.width, prefix_w, indent);
        fmt::print(out, "    {}  {}  {}\n", pad_right(date_label(e.date), date_w),
                   paint(pad_right(type, type_w), k_type_sgr.at(static_cast<std::size_t>(e.type)),
                         style.colour),
                   lines.front());
        for (std::size_t i = 1; i < lines.size(); ++i) {
          fmt::print(out, "{}\n", lines[i]);
        }
        auto note = role_note(e, v.actors);
        note += fmt::format("{}event #{} \u00B7 {}", note.empty() ? "" : " \u00B7 ", e.id,
                            article_note(s));
        for (const auto& line : wrap_text(note, style.width, indent, indent)) {
          fmt::print(out, "{}{}\n", line.starts_with(' ') ? "" : std::string(indent, ' '),
                     paint(line, "2", style.colour));
        }
      });
}

void write_timeline_markdown(std::ostream& out, const TimelineView& v) {
  fmt::print(out, "# Timeline: {}\n\n{}.\n", markdown_cell(v.title()), plural(v.events.size(), "event"));
  for_each_grouped(
      v,
      [&](int year) {
        fmt::print(out, "\n## {}\n", year == 0 ? std::string("Undated") : fmt::format("{}", year));
      },
      [&](TimelineSlot slot) {
        if (slot.year != 0) {
          fmt::print(out, "\n### {}\n", slot_heading(slot));
        }
        fmt::print(out, "\n| Date | Type | Event | Role | Source | Article |\n"
                        "|---|---|---|---|---|---|\n");
      },
      [&](const store::StoredEvent& s) {
        const auto& e = s.event;
        const auto title = markdown_cell(s.article.title.empty() ? "(untitled)" : s.article.title);
        const auto link = s.article.url.empty()
                              ? title
                              : fmt::format("[{}](<{}>)", title, markdown_cell(s.article.url));
        fmt::print(out, "| {} | {} | {} | {} | {} | {} (article {}, event #{}) |\n",
                   markdown_cell(date_label(e.date)), markdown_cell(type_label(e)),
                   markdown_cell(summary_without_source(e)), markdown_cell(role_note(e, v.actors)),
                   markdown_cell(e.source.value_or("")), link, s.article.id, e.id);
      });
}

void write_timeline_csv(std::ostream& out, const TimelineView& v) {
  fmt::print(out, "id,date_value,grain,first,last,type,subtype,modality,actors,quantities,source,"
                  "article_id,article_title,sentence\n");
  for (const auto& s : v.events) {
    const auto& e = s.event;
    const std::array<std::string, 14> fields = {
        fmt::format("{}", e.id),
        e.date.value,
        std::string(core::to_string(e.date.grain)),
        e.date.first ? core::iso(*e.date.first) : "",
        e.date.last ? core::iso(*e.date.last) : "",
        std::string(core::to_string(e.type)),
        e.subtype,
        std::string(core::to_string(e.modality)),
        actors_with_roles(e),
        quantities_text(e),
        e.source.value_or(""),
        fmt::format("{}", s.article.id),
        s.article.title,
        e.evidence.sentence};
    std::vector<std::string> quoted;
    for (const auto& f : fields) {
      quoted.push_back(csv_field(f));
    }
    fmt::print(out, "{}\n", fmt::join(quoted, ","));
  }
}

void write_timeline_json(std::ostream& out, const TimelineView& v) {
  if (v.events.empty()) {
    fmt::print(out, "[]\n");
    return;
  }
  fmt::print(out, "[\n");
  for (std::size_t i = 0; i < v.events.size(); ++i) {
    fmt::print(out, "{}{}\n",
               event_json(v.events[i]).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
               i + 1 < v.events.size() ? "," : "");
  }
  fmt::print(out, "]\n");
}

void write_timeline_jsonl(std::ostream& out, const TimelineView& v) {
  for (const auto& s : v.events) {
    fmt::print(out, "{}\n", event_json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

void write_timeline_timelinejs(std::ostream& out, const TimelineView& v) {
  nlohmann::ordered_json doc;
  std::size_t undated = 0;
  doc["title"] = {{"text",
                   {{"headline", fmt::format("Timeline: {}", v.title())},
                    {"text", fmt::format("{} from eventdb", plural(v.events.size(), "event"))}}}};
  doc["events"] = nlohmann::ordered_json::array();
  for (const auto& s : v.events) {
    const auto& e = s.event;
    const auto start = timelinejs_date(e.date, SpanEnd::first);
    if (!start) {
      ++undated;  // TimelineJS cannot place an event without a start date
      continue;
    }
    nlohmann::ordered_json j;
    j["start_date"] = *start;
    if (const auto end = timelinejs_date(e.date, SpanEnd::last)) {
      j["end_date"] = *end;
    }
    j["display_date"] = date_label(e.date);
    const auto headline = fmt::format("{}: {}", type_label(e), summary_without_source(e));
    j["headline"] = headline;
    std::string text = fmt::format("<blockquote>{}</blockquote>", html_escape(e.evidence.sentence));
    text += "<p>";
    if (e.source) {
      text += fmt::format("\u2014 {} \u00B7 ", html_escape(*e.source));
    }
    const auto title = html_escape(s.article.title.empty() ? "(untitled)" : s.article.title);
    if (s.article.url.starts_with("http://") || s.article.url.starts_with("https://")) {
      text += fmt::format("<a href=\"{}\">{}</a>", html_escape(s.article.url), title);
    } else {
      text += title;
    }
    text += fmt::format(" (article {}, event #{})</p>", s.article.id, e.id);
    j["text"] = {{"headline", headline}, {"text", text}};
    j["group"] = std::string(core::to_string(e.type));
    j["unique_id"] = fmt::format("event-{}", e.id);
    doc["events"].push_back(std::move(j));
  }
  if (undated > 0) {
    doc["title"]["text"]["text"] =
        fmt::format("{} from eventdb ({} undated, not shown)", plural(v.events.size(), "event"), undated);
  }
  fmt::print(out, "{}\n", doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace eventdb::cli
