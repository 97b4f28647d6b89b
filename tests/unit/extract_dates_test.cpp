#include "extract/dates.hpp"

#include "core/time_value.hpp"

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using eventdb::core::Grain;
using eventdb::extract::DateMatch;
using eventdb::extract::find_dates;

std::optional<date::year_month_day> day(std::string_view iso) {
  return eventdb::core::parse_iso_date(iso);
}

// The match whose text is exactly `expr`, if any.
std::optional<DateMatch> match_for(const std::vector<DateMatch>& ms, std::string_view expr) {
  for (const auto& m : ms) {
    if (m.value.text == expr) {
      return m;
    }
  }
  return std::nullopt;
}

std::string first_text(const eventdb::core::TimeValue& v) {
  return v.first ? eventdb::core::iso(*v.first) : std::string{};
}
std::string last_text(const eventdb::core::TimeValue& v) {
  return v.last ? eventdb::core::iso(*v.last) : std::string{};
}

// Finds `expr` in `text` (published `pub`) and returns "value|grain|first|last", or "none".
std::string resolve(std::string_view text, std::string_view expr, std::string_view pub) {
  const auto ms = find_dates(text, pub.empty() ? std::nullopt : day(pub));
  const auto m = match_for(ms, expr);
  if (!m) {
    std::string found;
    for (const auto& x : ms) {
      found += fmt::format("[{}]", x.value.text);
    }
    return fmt::format("none (found {})", found);
  }
  return fmt::format("{}|{}|{}|{}", m->value.value, eventdb::core::to_string(m->value.grain),
                     first_text(m->value), last_text(m->value));
}

struct Row {
  int line = 0;
  std::string category, published, sentence, expression, value, grain, first, last;
};

std::vector<std::string> split_tabs(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == '\t') {
      out.push_back(cur);
      cur.clear();
    } else if (c != '\r') {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

std::vector<Row> load_cases() {
  std::ifstream in("tests/fixtures/dates_cases.tsv");
  std::vector<Row> rows;
  std::string line;
  int no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (no == 1 || line.empty() || line[0] == '#') {
      continue;
    }
    auto f = split_tabs(line);
    f.resize(8);
    rows.push_back(Row{no, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]});
  }
  return rows;
}

} // namespace

// --- one behaviour per test case ----------------------------------------------------------------

TEST_CASE("dateline gives the day, in the past, and a dateline without a date gives nothing",
          "[extract][date]") {
  CHECK(resolve("WASHINGTON, Dec. 22 (Reuters) - The Senate voted.", "Dec. 22", "2022-12-22") ==
        "2022-12-22|day|2022-12-22|2022-12-22");
  // A future cue later in the story does not move the dateline into next year.
  CHECK(resolve("LONDON, Jan. 3 (Reuters) - Talks will resume next month.", "Jan. 3",
                "2023-01-04") == "2023-01-03|day|2023-01-03|2023-01-03");
  CHECK(find_dates("KYIV, Ukraine (AP) \xE2\x80\x94 Air raid sirens sounded.", day("2022-12-22"))
            .empty());
}

TEST_CASE("absolute dates in the common news forms", "[extract][date]") {
  const char* pub = "2023-05-01";
  CHECK(resolve("It happened on Dec. 22, 2022.", "Dec. 22, 2022", pub) ==
        "2022-12-22|day|2022-12-22|2022-12-22");
  CHECK(resolve("It happened on 22 December 2022.", "22 December 2022", pub) ==
        "2022-12-22|day|2022-12-22|2022-12-22");
  CHECK(resolve("Filed 12/22/2022 in court.", "12/22/2022", pub) ==
        "2022-12-22|day|2022-12-22|2022-12-22");
  CHECK(resolve("Filed 22/12/2022 in court.", "22/12/2022", pub) ==
        "2022-12-22|day|2022-12-22|2022-12-22");
  CHECK(resolve("The log dated 2022-12-22 shows it.", "2022-12-22", pub) ==
        "2022-12-22|day|2022-12-22|2022-12-22");
}

TEST_CASE("a date without a year takes the year the tense implies", "[extract][date]") {
  // Written in January: past tense means last year's March, future tense this year's.
  CHECK(resolve("The deal was signed on March 3.", "March 3", "2023-01-10") ==
        "2022-03-03|day|2022-03-03|2022-03-03");
  CHECK(resolve("The deal will be signed on March 3.", "March 3", "2023-01-10") ==
        "2023-03-03|day|2023-03-03|2023-03-03");
  CHECK(resolve("Talks are due to resume on Jan. 5.", "Jan. 5", "2022-12-22") ==
        "2023-01-05|day|2023-01-05|2023-01-05");
}

TEST_CASE("weekdays follow the tense; last and next are strict", "[extract][date]") {
  // 2022-12-22 is a Thursday.
  CHECK(resolve("He spoke on Thursday.", "Thursday", "2022-12-22") ==
        "2022-12-22|day|2022-12-22|2022-12-22");
  CHECK(resolve("He spoke on Monday.", "Monday", "2022-12-22") ==
        "2022-12-19|day|2022-12-19|2022-12-19");
  CHECK(resolve("He will speak on Monday.", "Monday", "2022-12-22") ==
        "2022-12-26|day|2022-12-26|2022-12-26");
  CHECK(resolve("He spoke last Thursday.", "last Thursday", "2022-12-22") ==
        "2022-12-15|day|2022-12-15|2022-12-15");
  CHECK(resolve("He speaks next Thursday.", "next Thursday", "2022-12-22") ==
        "2022-12-29|day|2022-12-29|2022-12-29");
}

TEST_CASE("relative days and parts of days are day grain", "[extract][date]") {
  CHECK(resolve("Shelling resumed yesterday.", "yesterday", "2024-03-01") ==
        "2024-02-29|day|2024-02-29|2024-02-29");
  CHECK(resolve("Sirens sounded last night.", "last night", "2023-01-01") ==
        "2022-12-31|day|2022-12-31|2022-12-31");
  CHECK(resolve("The strike came late on Wednesday.", "late on Wednesday", "2022-12-22") ==
        "2022-12-21|day|2022-12-21|2022-12-21");
}

TEST_CASE("last week is the previous ISO week, across year ends", "[extract][date]") {
  CHECK(resolve("Talks stalled last week.", "last week", "2021-01-04") ==
        "2020-W53|week|2020-12-28|2021-01-03");
  CHECK(resolve("Talks stalled this week.", "this week", "2022-01-02") ==
        "2021-W52|week|2021-12-27|2022-01-02");
}

TEST_CASE("last month on March 31 is all of February, leap years included", "[extract][date]") {
  CHECK(resolve("Prices rose last month.", "last month", "2023-03-31") ==
        "2023-02|month|2023-02-01|2023-02-28");
  CHECK(resolve("Prices rose last month.", "last month", "2024-03-31") ==
        "2024-02|month|2024-02-01|2024-02-29");
  CHECK(resolve("A year earlier it had fallen.", "A year earlier", "2024-02-29") ==
        "2023|year|2023-01-01|2023-12-31");
}

TEST_CASE("N units ago is at the grain of the unit", "[extract][date]") {
  CHECK(resolve("It began two months ago.", "two months ago", "2022-12-22") ==
        "2022-10|month|2022-10-01|2022-10-31");
  CHECK(resolve("It began three days ago.", "three days ago", "2022-12-22") ==
        "2022-12-19|day|2022-12-19|2022-12-19");
}

TEST_CASE("reference-relative expressions use the last explicit date", "[extract][date]") {
  CHECK(resolve("He was arrested on March 3, 2021, and released the following day.",
                "the following day", "2022-12-22") == "2021-03-04|day|2021-03-04|2021-03-04");
  CHECK(resolve("He was released the previous day.", "the previous day", "2022-12-22") ==
        "2022-12-21|day|2022-12-21|2022-12-21");
}

TEST_CASE("parts of periods become ranges", "[extract][date]") {
  CHECK(resolve("Fighting flared in early March 2022.", "early March 2022", "2022-12-22") ==
        "2022-03-01..2022-03-10|range|2022-03-01|2022-03-10");
  CHECK(resolve("Fighting flared in late February 2024.", "late February 2024", "2024-12-22") ==
        "2024-02-21..2024-02-29|range|2024-02-21|2024-02-29");
  CHECK(resolve("Output grew in the first half of 2022.", "the first half of 2022", "2022-12-22") ==
        "2022-01..2022-06|range|2022-01-01|2022-06-30");
}

TEST_CASE("quarters, seasons and decades", "[extract][date]") {
  CHECK(resolve("Sales fell in Q3 2023.", "Q3 2023", "2023-12-01") ==
        "2023-Q3|quarter|2023-07-01|2023-09-30");
  CHECK(resolve("Sales fell in the winter of 2022.", "the winter of 2022", "2023-12-01") ==
        "2022-12..2023-02|range|2022-12-01|2023-02-28");
  CHECK(resolve("It was built in the 1990s.", "the 1990s", "2023-12-01") ==
        "1990s|decade|1990-01-01|1999-12-31");
}

TEST_CASE("ranges share a written year between their ends", "[extract][date]") {
  CHECK(resolve("Prices rose from March to May 2022.", "from March to May 2022", "2023-12-01") ==
        "2022-03..2022-05|range|2022-03-01|2022-05-31");
  CHECK(resolve("It ran from March 3 to 5, 2022.", "from March 3 to 5, 2022", "2023-12-01") ==
        "2022-03-03..2022-03-05|range|2022-03-03|2022-03-05");
  CHECK(resolve("Troops have massed since February 2022.", "since February 2022", "2022-12-22") ==
        "2022-02-01..2022-12-22|range|2022-02-01|2022-12-22");
}

TEST_CASE("vague recent periods are approx windows ending at publication", "[extract][date]") {
  CHECK(resolve("Attacks grew in recent weeks.", "recent weeks", "2022-12-22") ==
        "~2022-12-01..2022-12-22|approx|2022-12-01|2022-12-22");
  CHECK(resolve("Two died in the past 24 hours.", "the past 24 hours", "2022-12-22") ==
        "~2022-12-21..2022-12-22|approx|2022-12-21|2022-12-22");
}

TEST_CASE("holidays resolve by tense", "[extract][date]") {
  CHECK(resolve("Shops closed on Christmas Day.", "Christmas Day", "2023-01-10") ==
        "2022-12-25|day|2022-12-25|2022-12-25");
  CHECK(resolve("The parade will be held on Independence Day.", "Independence Day",
                "2023-01-10") == "2023-07-04|day|2023-07-04|2023-07-04");
}

TEST_CASE("without an anchor relative expressions are unknown but absolute ones resolve",
          "[extract][date]") {
  CHECK(resolve("He spoke last week.", "last week", "") == "|unknown||");
  CHECK(resolve("He spoke on Dec. 22, 2022.", "Dec. 22, 2022", "") ==
        "2022-12-22|day|2022-12-22|2022-12-22");
}

TEST_CASE("numbers that are not dates are not reported", "[extract][date]") {
  const auto pub = day("2022-12-22");
  for (const char* s :
       {"About 50,000 fighters joined.", "It cost $100 million.", "Turnout was 90%.",
        "Resolution 2270 was adopted.", "They sent F-16 jets and S-300 systems.",
        "He won 2,016 votes.", "The service runs 24/7.", "A 7.8 magnitude quake hit.",
        "City won 4-3.", "The march on the capital began.", "May God help us.",
        "The Sun reported it."}) {
    CAPTURE(s);
    CHECK(find_dates(s, pub).empty());
  }
}

TEST_CASE("impossible calendar dates are rejected, never crash", "[extract][date]") {
  const auto pub = day("2023-01-31");
  CHECK(find_dates("It was signed on February 30, 2022.", pub).empty());
  CHECK(find_dates("Filed 13/13/2022.", pub).empty());
  CHECK(find_dates("The log dated 2022-02-30 shows it.", pub).empty());
  CHECK(resolve("Bills rose last month.", "last month", "2023-01-31") ==
        "2022-12|month|2022-12-01|2022-12-31");
  // Feb 29 without a year in a past sentence: the latest Feb 29 before publication.
  CHECK(resolve("He was born on Feb. 29.", "Feb. 29", "2023-01-31") ==
        "2020-02-29|day|2020-02-29|2020-02-29");
  // Odd bytes and empty text.
  CHECK(find_dates("", pub).empty());
  CHECK_NOTHROW(find_dates("\xFF\xFE 2022-13-45 31/31/3100 99999999999 Q9", pub));
}

TEST_CASE("matches are sorted and never overlap", "[extract][date]") {
  const auto ms = find_dates(
      "On March 3, 2022, a week after the invasion, troops left; by 2023 they returned, "
      "and last week they left again.",
      day("2023-05-10"));
  REQUIRE(ms.size() >= 3);
  for (std::size_t i = 1; i < ms.size(); ++i) {
    CHECK(ms[i - 1].end <= ms[i].start);
  }
}

// --- the table ------------------------------------------------------------------------------------

TEST_CASE("dates_cases.tsv: every row resolves as written", "[extract][date][table]") {
  const auto rows = load_cases();
  REQUIRE(rows.size() >= 330);
  int positives = 0;
  int exact = 0;
  int gaps = 0;
  int gaps_exact = 0;
  int negatives = 0;
  int false_positives = 0;
  std::map<std::string, std::pair<int, int>> per_category;
  for (const auto& r : rows) {
    CAPTURE(r.line, r.category, r.published, r.sentence, r.expression);
    const auto anchor = r.published.empty() ? std::nullopt : day(r.published);
    const auto ms = find_dates(r.sentence, anchor);
    if (r.category == "negative") {
      ++negatives;
      const auto pos = r.sentence.find(r.expression);
      REQUIRE(pos != std::string::npos);
      bool overlap = false;
      std::string found;
      for (const auto& m : ms) {
        if (m.start < pos + r.expression.size() && m.end > pos) {
          overlap = true;
          found += fmt::format("[{}]", m.value.text);
        }
      }
      CAPTURE(found);
      false_positives += overlap ? 1 : 0;
      CHECK_FALSE(overlap);
      continue;
    }
    ++positives;
    const bool gap = r.category.find("_known_gap") != std::string::npos;
    const auto m = match_for(ms, r.expression);
    const std::string want = fmt::format("{}|{}|{}|{}", r.value, r.grain, r.first, r.last);
    const std::string got =
        m ? fmt::format("{}|{}|{}|{}", m->value.value, eventdb::core::to_string(m->value.grain),
                        first_text(m->value), last_text(m->value))
          : std::string{"none"};
    const bool ok = got == want;
    auto& cat = per_category[r.category];
    ++cat.first;
    cat.second += ok ? 1 : 0;
    if (gap) {
      ++gaps;
      gaps_exact += ok ? 1 : 0;
      exact += ok ? 1 : 0;
      continue;
    }
    exact += ok ? 1 : 0;
    CHECK(got == want);
  }
  const double accuracy = positives == 0 ? 0.0 : 100.0 * exact / positives;
  std::string table;
  for (const auto& [name, c] : per_category) {
    table += fmt::format("  {:<24} {:>3}/{:<3}\n", name, c.second, c.first);
  }
  WARN(fmt::format("dates_cases.tsv: {} positives, {} exact ({:.1f}%), {} known gaps ({} exact), "
                   "{} negatives, {} false positives\n{}",
                   positives, exact, accuracy, gaps, gaps_exact, negatives, false_positives,
                   table));
  CHECK(positives >= 300);
  CHECK(negatives >= 30);
  CHECK(accuracy >= 95.0);
  CHECK(false_positives == 0);
}

TEST_CASE("punctuation starts no date except the apostrophe of a decade", "[extract][dates]") {
  // core_at skips punctuation tokens other than "'": dates right after punctuation and the
  // "'90s" form must still be found.
  const auto ms = find_dates("In '90s deals (March 3, 2022) and \"yesterday\" -- 2019-05-04.",
                             day("2022-12-22"));
  const auto decade = match_for(ms, "'90s");
  REQUIRE(decade);
  CHECK(decade->value.value == "1990s");
  const auto march = match_for(ms, "March 3, 2022");
  REQUIRE(march);
  CHECK(march->value.value == "2022-03-03");
  const auto yesterday = match_for(ms, "yesterday");
  REQUIRE(yesterday);
  CHECK(yesterday->value.value == "2022-12-21");
  const auto numeric = match_for(ms, "2019-05-04");
  REQUIRE(numeric);
  CHECK(numeric->value.value == "2019-05-04");
  CHECK(ms.size() == 4);
}

TEST_CASE("a date is found whatever word of the start list begins it", "[extract][dates]") {
  // Finder::core_at tries its rules only at tokens that may start one (k_rule_start_words,
  // capitalised words, numbers, count words, ordinals, seasons): one expression per kind of
  // first token, each of which must still be found in full.
  const auto expr = GENERATE(as<std::string>{}, "the 1990s", "last March", "past week",
                             "next Friday", "coming Monday", "this spring", "late Friday",
                             "early 2020", "yesterday", "today", "tonight", "overnight",
                             "tomorrow", "earlier this month", "later today", "current month",
                             "mid-2021", "start of 2021", "beginning of 2021", "end of 2021",
                             "close of 2021", "first half of 2021", "second quarter of 2021",
                             "fiscal 2023", "recently", "lately", "recent weeks", "two days ago",
                             "third quarter", "'90s", "Q3 2021", "March 3");
  CAPTURE(expr);
  const auto ms = find_dates("It happened " + expr + ", officials said.", day("2022-12-22"));
  REQUIRE(ms.size() == 1);
  CHECK(ms.front().value.text == expr);
}

TEST_CASE("a day counted from a date comes from the text before when the sentence has none",
          "[extract][date]") {
  const auto pub = day("2023-03-10");
  const auto before = day("2023-03-04");
  // "A day later" after a sentence that named March 4 is March 5, not the day after publication.
  const auto later = find_dates("Two days later, the bridge was hit again.", pub, before);
  REQUIRE(later.size() == 1);
  CHECK(later[0].value.value == "2023-03-06");
  const auto next = find_dates("The port reopened the following day.", pub, before);
  REQUIRE(next.size() == 1);
  CHECK(next[0].value.value == "2023-03-05");
  const auto next_day = find_dates("The next day, the port reopened.", pub, before);
  REQUIRE(next_day.size() == 1);
  CHECK(next_day[0].value.value == "2023-03-05");
  // A date in the sentence itself still comes first.
  const auto own = find_dates("On March 7 the talks began, and a day later they broke down.", pub,
                              before);
  REQUIRE(own.size() == 2);
  CHECK(own[1].value.value == "2023-03-08");
  // With nothing before, the publication date.
  const auto none = find_dates("A day later, the bridge was hit again.", pub);
  REQUIRE(none.size() == 1);
  CHECK(none[0].value.value == "2023-03-11");
  // "for May" stays a name ("support for May"), "for October" is a month.
  CHECK(find_dates("Backing for May grew among MPs.", pub).empty());
}
