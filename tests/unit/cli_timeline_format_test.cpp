#include "cli/timeline_format.hpp"

#include "core/time_value.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace eventdb;
using namespace date::literals;

namespace {

store::StoredEvent stored(std::int64_t id, core::TimeValue date,
                          core::EventType type = core::EventType::sanction) {
  store::StoredEvent s;
  s.event.id = id;
  s.event.type = type;
  s.event.date = std::move(date);
  s.event.actors.push_back({"Wagner Group", "the group", core::ActorKind::armed_group, core::Role::target});
  s.event.evidence = {"Officials said <b> & \"more\".", 0, 10};
  s.article = {7, "A <title>", "https://example.org/a?x=1&y=2", 2022_y / 12 / 22};
  return s;
}

} // namespace

TEST_CASE("timeline_slot puts an event in its month when its span lies within one month", "[cli][timeline]") {
  CHECK(cli::timeline_slot(core::make_month(2022_y / date::November)) == cli::TimelineSlot{2022, 11});
  CHECK(cli::timeline_slot(core::make_day(2022_y / 12 / 22)) == cli::TimelineSlot{2022, 12});
  CHECK(cli::timeline_slot(core::make_span(2022_y / 12 / 1, 2022_y / 12 / 22, core::Grain::approx)) ==
        cli::TimelineSlot{2022, 12});
}

TEST_CASE("timeline_slot puts longer spans under the year they start in", "[cli][timeline]") {
  CHECK(cli::timeline_slot(core::make_year(2022_y)) == cli::TimelineSlot{2022, 0});
  CHECK(cli::timeline_slot(core::make_quarter(2022_y, 3)) == cli::TimelineSlot{2022, 0});
  CHECK(cli::timeline_slot(core::make_span(2014_y / 1 / 1, 2016_y / 12 / 31, core::Grain::range)) ==
        cli::TimelineSlot{2014, 0});
}

TEST_CASE("timeline_slot gives undated events year 0", "[cli][timeline]") {
  CHECK(cli::timeline_slot(core::TimeValue{}) == cli::TimelineSlot{0, 0});
}

TEST_CASE("slot_heading names the month, the longer spans of a year, or Undated", "[cli][timeline]") {
  CHECK(cli::slot_heading({2022, 11}) == "November 2022");
  CHECK(cli::slot_heading({2022, 0}) == "2022 (longer than a month)");
  CHECK(cli::slot_heading({0, 0}) == "Undated");
}

TEST_CASE("group_by_slot lists each heading once, in the order of its first event", "[cli][timeline]") {
  const std::vector<store::StoredEvent> events = {
      stored(1, core::make_month(2022_y / date::February)),
      stored(2, core::make_span(2022_y / 2 / 1, 2022_y / 9 / 8, core::Grain::range)),
      stored(3, core::make_day(2022_y / 2 / 24)),
      stored(4, core::make_day(2023_y / 1 / 5)),
      stored(5, core::TimeValue{})};
  const auto groups = cli::group_by_slot(events);
  REQUIRE(groups.size() == 4);
  CHECK(groups[0].slot == cli::TimelineSlot{2022, 2});
  REQUIRE(groups[0].events.size() == 2);
  CHECK(groups[0].events[1]->event.id == 3);
  CHECK(groups[1].slot == cli::TimelineSlot{2022, 0});
  CHECK(groups[2].slot == cli::TimelineSlot{2023, 1});
  CHECK(groups[3].slot == cli::TimelineSlot{0, 0});
}

TEST_CASE("timelinejs_date keeps only the components the precision has", "[cli][timeline]") {
  const auto month = core::make_month(2022_y / date::November);
  CHECK(cli::timelinejs_date(month, cli::SpanEnd::first)->dump() == R"({"year":"2022","month":"11"})");
  CHECK_FALSE(cli::timelinejs_date(month, cli::SpanEnd::last));
  const auto day = core::make_day(2022_y / 12 / 5);
  CHECK(cli::timelinejs_date(day, cli::SpanEnd::first)->dump() == R"({"year":"2022","month":"12","day":"5"})");
  const auto years = core::make_span(2014_y / 1 / 1, 2016_y / 12 / 31, core::Grain::range);
  CHECK(cli::timelinejs_date(years, cli::SpanEnd::first)->dump() == R"({"year":"2014"})");
  CHECK(cli::timelinejs_date(years, cli::SpanEnd::last)->dump() == R"({"year":"2016"})");
  const auto approx = core::make_span(2022_y / 12 / 1, 2022_y / 12 / 22, core::Grain::approx);
  CHECK(cli::timelinejs_date(approx, cli::SpanEnd::last)->dump() == R"({"year":"2022","month":"12","day":"22"})");
  CHECK_FALSE(cli::timelinejs_date(core::TimeValue{}, cli::SpanEnd::first));
}

TEST_CASE("wrap_text breaks at spaces within the width and indents continuation lines", "[cli][timeline]") {
  const auto lines = cli::wrap_text("North Korea \u2192 Wagner Group: rockets and missiles", 22, 4, 2);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "North Korea \u2192");
  CHECK(lines[1] == "  Wagner Group:");
  CHECK(lines[2] == "  rockets and missiles");
  for (std::size_t i = 1; i < lines.size(); ++i) {
    CHECK(cli::display_width(lines[i]) <= 22);
  }
}

TEST_CASE("wrap_text with width 0 does not wrap, and keeps over-long words whole", "[cli][timeline]") {
  CHECK(cli::wrap_text("a b c", 0, 70, 4) == std::vector<std::string>{"a b c"});
  CHECK(cli::wrap_text("supercalifragilistic", 5, 0, 1) == std::vector<std::string>{"supercalifragilistic"});
}

TEST_CASE("display_width counts code points, not bytes", "[cli][timeline]") {
  CHECK(cli::display_width("\u2248" "50,000") == 7);
  CHECK(cli::display_width("") == 0);
}

TEST_CASE("escaping for HTML, CSV and Markdown", "[cli][timeline]") {
  CHECK(cli::html_escape("<a href=\"x\">R&D's</a>") == "&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;");
  CHECK(cli::csv_field("plain") == "plain");
  CHECK(cli::csv_field("a, \"b\"") == "\"a, \"\"b\"\"\"");
  CHECK(cli::csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(cli::markdown_cell("a|b\nc") == "a\\|b c");
}

TEST_CASE("role_note says how the asked-for actors take part", "[cli][timeline]") {
  const auto s = stored(1, core::make_day(2022_y / 12 / 22));
  CHECK(cli::role_note(s.event, {"Wagner Group"}) == "Wagner Group as target");
  CHECK(cli::role_note(s.event, {"Russia"}).empty());
}

TEST_CASE("the HTML report escapes article text and links only web URLs", "[cli][timeline]") {
  cli::TimelineView v;
  v.actors = {"Wagner <Group>"};
  v.events = {stored(1, core::make_month(2022_y / date::November))};
  v.events.push_back(stored(2, core::make_day(2022_y / 12 / 1)));
  v.events.back().article.url = "javascript:alert(1)";
  std::ostringstream out;
  cli::write_timeline_html(out, v);
  const auto html = out.str();
  CHECK(html.find("Wagner &lt;Group&gt;") != std::string::npos);
  CHECK(html.find("Officials said &lt;b&gt; &amp; &quot;more&quot;.") != std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("href=\"https://example.org/a?x=1&amp;y=2\"") != std::string::npos);
  CHECK(html.find("javascript:alert") == std::string::npos);
  CHECK(html.find("<script src") == std::string::npos);
}

TEST_CASE("the text timeline wraps to the width and colours only when asked", "[cli][timeline]") {
  cli::TimelineView v;
  v.actors = {"Wagner Group"};
  v.events = {stored(1, core::make_month(2022_y / date::November))};
  std::ostringstream plain;
  cli::write_timeline_text(plain, v, {});
  CHECK(plain.str().find('\x1b') == std::string::npos);
  std::ostringstream narrow;
  cli::write_timeline_text(narrow, v, {40, cli::Colour::yes});
  CHECK(narrow.str().find("\x1b[35m") != std::string::npos);  // sanction is magenta
  std::istringstream lines(plain.str());
  std::istringstream narrow_lines(narrow.str());
  std::size_t plain_count = 0;
  std::size_t narrow_count = 0;
  for (std::string l; std::getline(lines, l);) {
    ++plain_count;
  }
  for (std::string l; std::getline(narrow_lines, l);) {
    ++narrow_count;
  }
  CHECK(narrow_count > plain_count);
}
