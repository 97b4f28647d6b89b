#pragma once

// Internal to src/cli: the output formats of `eventdb timeline`. Every writer takes the events
// in timeline order (date_first, date_last, id; undated last) and prints them without reading
// the clock or the environment, so the same events always give the same bytes.

#include "core/event.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eventdb::cli {

enum class TimelineFormat { text, markdown, csv, json, jsonl, html, timelinejs };

// "text", "markdown", ...; std::nullopt for an unknown name.
[[nodiscard]] std::optional<TimelineFormat> timeline_format_from_string(std::string_view s);

// What a timeline shows: the actors asked for (canonical names, for headings and role notes)
// and the events found.
struct TimelineView {
  std::vector<std::string> actors;
  std::string joiner = ", ";  // between actor names in the title: ", " (any) or " + " (--all)
  std::vector<store::StoredEvent> events;

  // "Wagner Group" or "Wagner Group + North Korea".
  [[nodiscard]] std::string title() const;
};

enum class Colour { no, yes };

// How the text format is laid out: `width` 0 means no wrapping (output is not a terminal).
struct TextStyle {
  std::size_t width = 0;
  Colour colour = Colour::no;
};

// --- helpers (unit-tested in tests/unit/cli_timeline_format_test.cpp) ---

// Where the text, markdown and HTML timelines list an event: under its year, and under its
// month when the whole span [first, last] lies in one month (month 0 otherwise: a year,
// quarter, or several months). Undated events get year 0.
struct TimelineSlot {
  int year = 0;        // 0: undated
  unsigned month = 0;  // [0, 12]; 0: not within one month
  friend bool operator==(const TimelineSlot&, const TimelineSlot&) = default;
};
[[nodiscard]] TimelineSlot timeline_slot(const core::TimeValue& t);

// The events of one slot, in timeline order.
struct TimelineGroup {
  TimelineSlot slot;
  std::vector<const store::StoredEvent*> events;  // point into the grouped vector
};
// Groups events (in timeline order) by slot, so that each heading appears once: groups come in
// the order of their first event, so years ascend and "Undated" is last. A year's longer spans
// form one group placed where the first of them starts.
[[nodiscard]] std::vector<TimelineGroup> group_by_slot(const std::vector<store::StoredEvent>& events);

// The heading of a slot below its year: "November 2022", "2022, over several months",
// "Undated".
[[nodiscard]] std::string slot_heading(TimelineSlot s);

// "arms_transfer/sale", or "arms_transfer" without a subtype.
[[nodiscard]] std::string type_label(const core::Event& e);

// How the asked-for actors take part: "Wagner Group as recipient"; "" when none of them does
// (cannot happen for a timeline's own events, but other callers may pass any event).
[[nodiscard]] std::string role_note(const core::Event& e, const std::vector<std::string>& actors);

// Width of UTF-8 text in terminal columns: one per code point (no wide characters expected).
[[nodiscard]] std::size_t display_width(std::string_view s);

// Splits `text` at spaces into lines of at most `width` columns; every line but the first
// starts with `indent` spaces, and the first line is `first_used` columns shorter (it follows
// a prefix already printed). A word longer than a line stays whole. width 0: one line.
[[nodiscard]] std::vector<std::string> wrap_text(std::string_view text, std::size_t width,
                                                 std::size_t first_used, std::size_t indent);

// Escapes &, <, >, " and ' for HTML text and attribute values.
[[nodiscard]] std::string html_escape(std::string_view s);
// A CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled.
[[nodiscard]] std::string csv_field(std::string_view s);
// A Markdown table cell: '|' escaped, line breaks turned into spaces.
[[nodiscard]] std::string markdown_cell(std::string_view s);

enum class SpanEnd { first, last };
// The date of `t` as TimelineJS wants it: year, month and day only as far as the precision
// goes ({"year": "2022", "month": "11"} for a month). std::nullopt for undated events, and for
// SpanEnd::last when the end equals the start at that precision (a single month or day).
[[nodiscard]] std::optional<nlohmann::ordered_json> timelinejs_date(const core::TimeValue& t,
                                                                   SpanEnd end);

// --- writers ---
void write_timeline_text(std::ostream& out, const TimelineView& v, TextStyle style);
void write_timeline_markdown(std::ostream& out, const TimelineView& v);
void write_timeline_csv(std::ostream& out, const TimelineView& v);
void write_timeline_json(std::ostream& out, const TimelineView& v);   // one array
void write_timeline_jsonl(std::ostream& out, const TimelineView& v);  // one object per line
void write_timeline_timelinejs(std::ostream& out, const TimelineView& v);
// One self-contained HTML page (no network: inline CSS, JS and SVG), in timeline_html.cpp.
void write_timeline_html(std::ostream& out, const TimelineView& v);

} // namespace eventdb::cli
