#include "core/time_value.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace eventdb::core;
using namespace date::literals;

TEST_CASE("parse_iso_date accepts real calendar days", "[core][date]") {
  const auto d = parse_iso_date("2022-12-22");
  REQUIRE(d);
  CHECK(*d == 2022_y / date::December / 22);
  CHECK(parse_iso_date("2024-02-29"));
}

TEST_CASE("parse_iso_date rejects impossible and malformed dates", "[core][date]") {
  const auto bad = GENERATE(as<std::string>{}, "2022-02-30", "2023-02-29", "99999-99-99",
                            "2022-1-5", "2022-13-01", "", "20221222", "2022-12-22T00:00",
                            "abcd-ef-gh");
  CAPTURE(bad);
  CHECK_FALSE(parse_iso_date(bad));
}

TEST_CASE("parse_partial_date gives the days a year, month or day covers", "[core][date]") {
  const auto y = parse_partial_date("2022");
  REQUIRE(y);
  CHECK(y->first == 2022_y / date::January / 1);
  CHECK(y->last == 2022_y / date::December / 31);
  const auto m = parse_partial_date("2024-02");
  REQUIRE(m);
  CHECK(m->last == 2024_y / date::February / 29);
  CHECK_FALSE(parse_partial_date("2022-13"));
  CHECK_FALSE(parse_partial_date("22"));
}

TEST_CASE("make_month covers the whole month at month grain", "[core][date]") {
  const auto t = make_month(2022_y / date::November);
  CHECK(t.value == "2022-11");
  CHECK(t.grain == Grain::month);
  CHECK(iso(*t.first) == "2022-11-01");
  CHECK(iso(*t.last) == "2022-11-30");
}

TEST_CASE("make_week numbers ISO weeks across year ends", "[core][date]") {
  // 2020-12-28 is the Monday of ISO week 53 of 2020; 2021-01-04 starts week 1 of 2021.
  CHECK(make_week(date::sys_days{2020_y / date::December / 28}).value == "2020-W53");
  CHECK(make_week(date::sys_days{2021_y / date::January / 4}).value == "2021-W01");
  CHECK(make_week(date::sys_days{2022_y / date::December / 19}).value == "2022-W51");
}

TEST_CASE("make_quarter and make_decade cover their spans", "[core][date]") {
  const auto q = make_quarter(2023_y, 3);
  CHECK(q.value == "2023-Q3");
  CHECK(iso(*q.first) == "2023-07-01");
  CHECK(iso(*q.last) == "2023-09-30");
  const auto d = make_decade(1990_y);
  CHECK(d.value == "1990s");
  CHECK(iso(*d.last) == "1999-12-31");
}

TEST_CASE("make_span writes ranges at the coarsest exact unit", "[core][date]") {
  CHECK(make_span(2014_y / 1 / 1, 2016_y / 12 / 31, Grain::range).value == "2014..2016");
  CHECK(make_span(2022_y / 9 / 1, 2022_y / 12 / 31, Grain::approx).value == "~2022-09..2022-12");
  CHECK(make_span(2022_y / 12 / 1, 2022_y / 12 / 22, Grain::approx).value ==
        "~2022-12-01..2022-12-22");
}

TEST_CASE("grain and basis names round-trip", "[core][date]") {
  for (auto g : {Grain::day, Grain::week, Grain::month, Grain::quarter, Grain::year,
                 Grain::decade, Grain::range, Grain::approx, Grain::unknown}) {
    CHECK(grain_from_string(to_string(g)) == g);
  }
  CHECK_FALSE(grain_from_string("fortnight"));
  CHECK(basis_from_string("published") == DateBasis::published);
}

TEST_CASE("dates are written zero-padded by hand for any year", "[core][date]") {
  CHECK(make_day(2022_y / 12 / 22).value == "2022-12-22");
  CHECK(make_day(date::year{5} / 1 / 2).value == "0005-01-02");
  CHECK(make_day(date::year{-44} / 3 / 15).value == "-044-03-15");
  CHECK(make_day(date::year{12345} / 6 / 7).value == "12345-06-07");
  CHECK(make_year(date::year{987}).value == "0987");
  CHECK(make_month(date::year{-1} / date::May).value == "-001-05");
  CHECK(make_quarter(date::year{33}, 1).value == "0033-Q1");
  CHECK(make_decade(date::year{0}).value == "0000s");
  CHECK(make_week(date::sys_days{2026_y / date::March / 2}).value == "2026-W10");
  CHECK(make_span(date::year{-5} / 1 / 1, date::year{7} / 12 / 31, Grain::range).value ==
        "-5..7");
}

TEST_CASE("hand-written dates match fmt's zero-padded formatting", "[core][date]") {
  // fmt is only the reference here: iso() and make_*() no longer call it.
  for (int y : {-32767, -1000, -999, -10, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 2024, 9999,
                10000, 32767}) {
    for (unsigned m : {1U, 9U, 10U, 12U}) {
      const date::year_month_day d{date::year{y}, date::month{m}, date::day{m}};
      CAPTURE(y, m);
      CHECK(iso(d) == fmt::format("{:04}-{:02}-{:02}", y, m, m));
      CHECK(make_month(d.year() / d.month()).value == fmt::format("{:04}-{:02}", y, m));
    }
    CHECK(make_year(date::year{y}).value == fmt::format("{:04}", y));
  }
}
