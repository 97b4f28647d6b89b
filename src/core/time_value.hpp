#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace eventdb::core {

// How precise a date is. `range` covers several units (2014..2016), `approx` a vague window
// ("in recent weeks"), `unknown` means no time could be given at all.
enum class Grain { day, week, month, quarter, year, decade, range, approx, unknown };

// Where an event's date came from: a time expression in the text, or the article's
// publication date standing in because the text gave none.
enum class DateBasis { text, published };

// A resolved time expression: the value at its own precision plus the first and last day it
// covers. `value` is ISO-like text at the grain: "2022-12-22" (day), "2022-W51" (week),
// "2022-11" (month), "2022-Q3" (quarter), "2022" (year), "1990s" (decade),
// "2014..2016" (range), "~2022-11-24..2022-12-22" (approx), "" (unknown).
// Invariant: when grain != unknown, first and last are ok() and first <= last.
struct TimeValue {
  std::string value;
  Grain grain = Grain::unknown;
  std::optional<date::year_month_day> first;
  std::optional<date::year_month_day> last;
  std::string text;  // the words in the article, "last month"; empty when basis == published
  DateBasis basis = DateBasis::text;

  [[nodiscard]] bool known() const { return grain != Grain::unknown && first && last; }
};

[[nodiscard]] std::string_view to_string(Grain g);
[[nodiscard]] std::string_view to_string(DateBasis b);
// Parses the names printed by to_string; std::nullopt for anything else.
[[nodiscard]] std::optional<Grain> grain_from_string(std::string_view s);
[[nodiscard]] std::optional<DateBasis> basis_from_string(std::string_view s);

// Parses "YYYY-MM-DD" strictly (four-digit year, real calendar day). std::nullopt otherwise:
// "2022-02-30", "99999-99-99" and "2022-1-5" are all rejected.
[[nodiscard]] std::optional<date::year_month_day> parse_iso_date(std::string_view s);

// Formats an ok() date as "YYYY-MM-DD". Precondition: d.ok() (asserted).
[[nodiscard]] std::string iso(date::year_month_day d);

// A partial ISO date as users type it in --from/--to: "2022", "2022-11" or "2022-11-05".
// Returns the first and last day it covers, std::nullopt if it is not one of these forms.
struct DaySpan {
  date::year_month_day first;
  date::year_month_day last;
};
[[nodiscard]] std::optional<DaySpan> parse_partial_date(std::string_view s);

// Builds a TimeValue of a single grain from its first day: day, week (ISO week starting
// Monday `first`), month, quarter, year or decade. Fills value, first and last.
[[nodiscard]] TimeValue make_day(date::year_month_day d);
[[nodiscard]] TimeValue make_month(date::year_month ym);
[[nodiscard]] TimeValue make_year(date::year y);
[[nodiscard]] TimeValue make_quarter(date::year y, unsigned q);  // q in [1, 4]
[[nodiscard]] TimeValue make_week(date::sys_days monday);
[[nodiscard]] TimeValue make_decade(date::year first_year);      // first_year % 10 == 0
// A span of days at grain `range` or `approx`; value is written from the span and grain.
[[nodiscard]] TimeValue make_span(date::year_month_day first, date::year_month_day last, Grain g);

} // namespace eventdb::core
