#include "core/time_value.hpp"

#include <array>
#include <cassert>
#include <charconv>

namespace eventdb::core {

namespace {

constexpr std::array<std::string_view, 9> k_grain_names = {
    "day", "week", "month", "quarter", "year", "decade", "range", "approx", "unknown"};

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Appends v in decimal, zero-padded so that sign and digits take at least `width` characters:
// the same text as fmt's "{:0N}" (-5 at width 4 is "-005"), without a format string to parse.
// Dates are written for every event, so this is on the extraction's hot path.
void append_padded(std::string& out, long v, int width) {
  if (v >= 0 && v < 100 && width == 2) {  // months, days and weeks: the common case
    out += static_cast<char>('0' + v / 10);
    out += static_cast<char>('0' + v % 10);
    return;
  }
  if (v >= 0 && v < 10000 && width == 4) {  // years
    for (long unit = 1000; unit > 0; unit /= 10) {
      out += static_cast<char>('0' + v / unit % 10);
    }
    return;
  }
  std::array<char, 24> buf{};
  const auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  std::string_view digits{buf.data(), static_cast<std::size_t>(res.ptr - buf.data())};
  if (v < 0) {
    out += '-';
    digits.remove_prefix(1);
    --width;
  }
  for (int i = static_cast<int>(digits.size()); i < width; ++i) {
    out += '0';
  }
  out += digits;
}

void append_ym(std::string& out, date::year_month_day d) {
  append_padded(out, int(d.year()), 4);
  out += '-';
  append_padded(out, unsigned(d.month()), 2);
}

void append_iso(std::string& out, date::year_month_day d) {
  append_ym(out, d);
  out += '-';
  append_padded(out, unsigned(d.day()), 2);
}

std::string ym_text(date::year_month_day d) {
  std::string out;
  append_ym(out, d);
  return out;
}

// Writes a span at the coarsest unit that describes both ends exactly: whole years print as
// "2014..2016", whole months as "2022-09..2022-12", anything else day by day.
std::string span_text(date::year_month_day a, date::year_month_day b) {
  const bool whole_years = a.month() == date::January && a.day() == date::day{1} &&
                           b.month() == date::December && b.day() == date::day{31};
  std::string out;
  if (whole_years) {
    append_padded(out, int(a.year()), 0);
    out += "..";
    append_padded(out, int(b.year()), 0);
    return out;
  }
  const bool whole_months =
      a.day() == date::day{1} && b == date::year_month_day{b.year() / b.month() / date::last};
  if (whole_months) {
    append_ym(out, a);
    out += "..";
    append_ym(out, b);
    return out;
  }
  append_iso(out, a);
  out += "..";
  append_iso(out, b);
  return out;
}

} // namespace

std::string_view to_string(Grain g) { return k_grain_names.at(static_cast<std::size_t>(g)); }

std::string_view to_string(DateBasis b) { return b == DateBasis::text ? "text" : "published"; }

std::optional<Grain> grain_from_string(std::string_view s) {
  for (std::size_t i = 0; i < k_grain_names.size(); ++i) {
    if (k_grain_names[i] == s) {
      return static_cast<Grain>(i);
    }
  }
  return std::nullopt;
}

std::optional<DateBasis> basis_from_string(std::string_view s) {
  if (s == "text") {
    return DateBasis::text;
  }
  if (s == "published") {
    return DateBasis::published;
  }
  return std::nullopt;
}

std::optional<date::year_month_day> parse_iso_date(std::string_view s) {
  // Hand-split rather than date::parse("%F"): %F accepts one-digit months and years of any
  // width, and we want exactly YYYY-MM-DD.
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
    return std::nullopt;
  }
  const auto y = s.substr(0, 4);
  const auto m = s.substr(5, 2);
  const auto d = s.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) {
    return std::nullopt;
  }
  const date::year_month_day ymd{date::year{to_int(y)}, date::month{unsigned(to_int(m))},
                                 date::day{unsigned(to_int(d))}};
  if (!ymd.ok()) {
    return std::nullopt;
  }
  return ymd;
}

std::string iso(date::year_month_day d) {
  assert(d.ok() && "iso() needs a valid calendar date");
  std::string out;
  out.reserve(10);
  append_iso(out, d);
  return out;
}

std::optional<DaySpan> parse_partial_date(std::string_view s) {
  if (s.size() == 4 && all_digits(s)) {
    const date::year y{to_int(s)};
    return DaySpan{y / date::January / 1, y / date::December / 31};
  }
  if (s.size() == 7 && s[4] == '-' && all_digits(s.substr(0, 4)) && all_digits(s.substr(5))) {
    const date::year_month ym{date::year{to_int(s.substr(0, 4))},
                              date::month{unsigned(to_int(s.substr(5)))}};
    if (!ym.ok()) {
      return std::nullopt;
    }
    return DaySpan{ym / 1, date::year_month_day{ym / date::last}};
  }
  if (auto d = parse_iso_date(s)) {
    return DaySpan{*d, *d};
  }
  return std::nullopt;
}

TimeValue make_day(date::year_month_day d) {
  TimeValue t;
  t.grain = Grain::day;
  t.value = iso(d);
  t.first = d;
  t.last = d;
  return t;
}

TimeValue make_month(date::year_month ym) {
  TimeValue t;
  t.grain = Grain::month;
  t.first = ym / 1;
  t.last = date::year_month_day{ym / date::last};
  t.value = ym_text(*t.first);
  return t;
}

TimeValue make_year(date::year y) {
  TimeValue t;
  t.grain = Grain::year;
  t.first = y / date::January / 1;
  t.last = y / date::December / 31;
  append_padded(t.value, int(y), 4);
  return t;
}

TimeValue make_quarter(date::year y, unsigned q) {
  assert(q >= 1 && q <= 4 && "quarter out of range");
  TimeValue t;
  t.grain = Grain::quarter;
  const date::month m0{(q - 1) * 3 + 1};
  t.first = y / m0 / 1;
  t.last = date::year_month_day{y / (m0 + date::months{2}) / date::last};
  append_padded(t.value, int(y), 4);
  t.value += "-Q";
  append_padded(t.value, q, 0);
  return t;
}

TimeValue make_week(date::sys_days monday) {
  TimeValue t;
  t.grain = Grain::week;
  t.first = date::year_month_day{monday};
  t.last = date::year_month_day{monday + date::days{6}};
  // ISO week-numbering year is the year of the week's Thursday.
  const date::year_month_day thursday{monday + date::days{3}};
  const date::sys_days jan1{thursday.year() / date::January / 1};
  const auto week_no = (date::sys_days{thursday} - jan1).count() / 7 + 1;
  append_padded(t.value, int(thursday.year()), 4);
  t.value += "-W";
  append_padded(t.value, week_no, 2);
  return t;
}

TimeValue make_decade(date::year first_year) {
  TimeValue t;
  t.grain = Grain::decade;
  t.first = first_year / date::January / 1;
  t.last = (first_year + date::years{9}) / date::December / 31;
  append_padded(t.value, int(first_year), 4);
  t.value += 's';
  return t;
}

TimeValue make_span(date::year_month_day first, date::year_month_day last, Grain g) {
  assert(first.ok() && last.ok() && "make_span needs valid dates");
  TimeValue t;
  t.grain = g;
  t.first = first;
  t.last = last;
  t.value = span_text(first, last);
  if (g == Grain::approx) {
    t.value = "~" + t.value;
  }
  return t;
}

} // namespace eventdb::core
