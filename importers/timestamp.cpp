#include "importers/timestamp.hpp"

#include "core/text.hpp"

#include <fmt/format.h>

#include <array>
#include <chrono>
#include <cstddef>

namespace eventdb::importers {

// Why a hand-written scanner instead of date::parse: date::parse accepts one-digit fields and
// years of any width, cannot make the weekday, the seconds or the zone optional within one
// pattern, and knows no zone abbreviations. The scanner does the syntax; date's types do the
// calendar checks (ok()) and the arithmetic.

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_blank(char c) { return c == ' ' || c == '\t'; }

class Cursor {
public:
  explicit Cursor(std::string_view s) : m_s(s) {}

  [[nodiscard]] bool done() const { return m_pos >= m_s.size(); }
  [[nodiscard]] char peek() const { return done() ? '\0' : m_s[m_pos]; }
  [[nodiscard]] std::size_t pos() const { return m_pos; }
  void reset(std::size_t p) { m_pos = p; }

  bool eat(char c) {
    if (peek() == c && !done()) {
      ++m_pos;
      return true;
    }
    return false;
  }

  bool skip_blanks() {
    const auto start = m_pos;
    while (!done() && is_blank(m_s[m_pos])) {
      ++m_pos;
    }
    return m_pos != start;
  }

  // Reads between `min` and `max` digits (at most 9, so the value fits in an int).
  std::optional<int> number(std::size_t min, std::size_t max) {
    const auto start = m_pos;
    int v = 0;
    while (!done() && is_digit(m_s[m_pos]) && m_pos - start < max) {
      v = v * 10 + (m_s[m_pos] - '0');
      ++m_pos;
    }
    const auto n = m_pos - start;
    if (n < min || (!done() && is_digit(m_s[m_pos]))) {
      m_pos = start;
      return std::nullopt;
    }
    return v;
  }

  std::string_view word() {
    const auto start = m_pos;
    while (!done() && is_alpha(m_s[m_pos])) {
      ++m_pos;
    }
    return m_s.substr(start, m_pos - start);
  }

private:
  std::string_view m_s;
  std::size_t m_pos = 0;
};

struct Clock {
  int hour = 0;   // [0, 23]
  int minute = 0; // [0, 59]
  int second = 0; // [0, 59]; a leap second 60 is read as 59
};

// Offset east of UTC in minutes, [-1439, 1439].
using Offset = std::optional<int>;

std::optional<unsigned> month_from_name(std::string_view w) {
  static constexpr std::array<std::string_view, 12> k_names = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  const auto lw = core::to_lower_ascii(w);
  if (lw.size() < 3) {
    return std::nullopt;
  }
  for (std::size_t i = 0; i < k_names.size(); ++i) {
    const auto& name = k_names[i];
    if (lw == name || lw == name.substr(0, 3) || (i == 8 && lw == "sept")) {
      return static_cast<unsigned>(i + 1);
    }
  }
  return std::nullopt;
}

bool is_weekday_name(std::string_view w) {
  static constexpr std::array<std::string_view, 7> k_days = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  const auto lw = core::to_lower_ascii(w);
  for (const auto& d : k_days) {
    if (lw == d || lw == d.substr(0, 3) || (lw.size() >= 3 && d.starts_with(lw))) {
      return true;
    }
  }
  return false;
}

// "HH:MM" or "HH:MM:SS" with optional ".fff" (fraction dropped: we keep whole seconds).
std::optional<Clock> read_clock(Cursor& c) {
  const auto start = c.pos();
  Clock t;
  const auto h = c.number(1, 2);
  if (!h || !c.eat(':')) {
    c.reset(start);
    return std::nullopt;
  }
  const auto m = c.number(2, 2);
  if (!m) {
    c.reset(start);
    return std::nullopt;
  }
  t.hour = *h;
  t.minute = *m;
  if (c.eat(':')) {
    const auto sec = c.number(2, 2);
    if (!sec) {
      c.reset(start);
      return std::nullopt;
    }
    t.second = *sec;
    if (c.eat('.') || c.eat(',')) {
      if (!is_digit(c.peek())) {
        c.reset(start);
        return std::nullopt;
      }
      while (is_digit(c.peek())) {
        c.eat(c.peek());
      }
    }
  }
  if (t.hour > 23 || t.minute > 59 || t.second > 60) {
    c.reset(start);
    return std::nullopt;
  }
  if (t.second == 60) {
    t.second = 59;
  }
  return t;
}

// "+05:30", "+0530", "+05", "-0500", "Z". Returns false on malformed text.
bool read_numeric_offset(Cursor& c, Offset& out) {
  if (c.eat('Z') || c.eat('z')) {
    out = 0;
    return true;
  }
  const char sign = c.peek();
  if (sign != '+' && sign != '-') {
    return false;
  }
  c.eat(sign);
  const auto start = c.pos();
  int hours = 0;
  int minutes = 0;
  if (const auto hhmm = c.number(4, 4)) {
    hours = *hhmm / 100;
    minutes = *hhmm % 100;
  } else if (const auto hh = c.number(2, 2)) {
    hours = *hh;
    if (c.eat(':')) {
      const auto mm = c.number(2, 2);
      if (!mm) {
        return false;
      }
      minutes = *mm;
    }
  } else {
    c.reset(start);
    return false;
  }
  if (hours > 23 || minutes > 59) {
    return false;
  }
  out = (sign == '-' ? -1 : 1) * (hours * 60 + minutes);
  return true;
}

// Zone names of RFC 822 plus UTC; single military letters read as UTC (RFC 5322 4.3: their
// signs were published wrongly, so their only safe meaning is "unknown offset").
Offset zone_from_name(std::string_view w) {
  struct Zone {
    std::string_view name;
    int minutes;
  };
  static constexpr std::array<Zone, 12> k_zones = {{{"gmt", 0},
                                                    {"ut", 0},
                                                    {"utc", 0},
                                                    {"est", -300},
                                                    {"edt", -240},
                                                    {"cst", -360},
                                                    {"cdt", -300},
                                                    {"mst", -420},
                                                    {"mdt", -360},
                                                    {"pst", -480},
                                                    {"pdt", -420},
                                                    {"z", 0}}};
  const auto lw = core::to_lower_ascii(w);
  for (const auto& z : k_zones) {
    if (lw == z.name) {
      return z.minutes;
    }
  }
  if (lw.size() == 1 && lw[0] != 'j') {
    return 0;
  }
  return std::nullopt;
}

// Reads what may follow a time: nothing, a numeric offset, or a zone name, optionally
// followed by a parenthesised comment. Returns false when something unreadable is left.
bool read_zone_and_end(Cursor& c, Offset& zone) {
  c.skip_blanks();
  if (c.done()) {
    return true;
  }
  if (c.peek() == '+' || c.peek() == '-') {
    if (!read_numeric_offset(c, zone)) {
      return false;
    }
  } else if (is_alpha(c.peek())) {
    const auto w = c.word();
    zone = zone_from_name(w);
    if (!zone) {
      return false;
    }
    // "GMT+2" / "UTC-05:00"
    if ((c.peek() == '+' || c.peek() == '-') && *zone == 0) {
      if (!read_numeric_offset(c, zone)) {
        return false;
      }
    }
  }
  c.skip_blanks();
  if (c.eat('(')) {
    while (!c.done() && c.peek() != ')') {
      c.eat(c.peek());
    }
    if (!c.eat(')')) {
      return false;
    }
    c.skip_blanks();
  }
  return c.done();
}

std::optional<Timestamp> make(date::year_month_day ymd, std::optional<Clock> clock, Offset zone) {
  if (!ymd.ok()) {
    return std::nullopt;
  }
  Timestamp t;
  t.local_date = ymd;
  if (clock && zone) {
    const auto local = date::sys_days{ymd} + std::chrono::hours{clock->hour} +
                       std::chrono::minutes{clock->minute} + std::chrono::seconds{clock->second};
    t.utc = format_utc(local - std::chrono::minutes{*zone});
  }
  return t;
}

date::year_month_day ymd_of(int y, int m, int d) {
  return date::year_month_day{date::year{y}, date::month{static_cast<unsigned>(m)},
                              date::day{static_cast<unsigned>(d)}};
}

// 2022-12-22, 2022-12-22T23:30:00.123-05:00, 2022-12-22 23:30Z
std::optional<Timestamp> parse_iso(std::string_view s) {
  Cursor c(s);
  const auto y = c.number(4, 4);
  if (!y || !c.eat('-')) {
    return std::nullopt;
  }
  const auto m = c.number(2, 2);
  if (!m || !c.eat('-')) {
    return std::nullopt;
  }
  const auto d = c.number(2, 2);
  if (!d) {
    return std::nullopt;
  }
  const auto ymd = ymd_of(*y, *m, *d);
  if (c.done()) {
    return make(ymd, std::nullopt, std::nullopt);
  }
  if (!(c.eat('T') || c.eat('t') || c.eat(' '))) {
    return std::nullopt;
  }
  const auto clock = read_clock(c);
  if (!clock) {
    return std::nullopt;
  }
  Offset zone;
  if (!read_zone_and_end(c, zone)) {
    return std::nullopt;
  }
  return make(ymd, clock, zone);
}

int expand_year(int y, std::size_t digits) {
  // RFC 5322 4.3: two-digit years 00-49 are 20xx, 50-99 are 19xx; three digits add 1900.
  if (digits == 2) {
    return y < 50 ? 2000 + y : 1900 + y;
  }
  if (digits == 3) {
    return 1900 + y;
  }
  return y;
}

std::optional<int> read_year(Cursor& c) {
  const auto start = c.pos();
  const auto y = c.number(2, 4);
  if (!y) {
    return std::nullopt;
  }
  return expand_year(*y, c.pos() - start);
}

// Optional time and zone after the date of an RFC 822 or month-first stamp.
std::optional<Timestamp> finish(Cursor& c, date::year_month_day ymd) {
  c.skip_blanks();
  if (c.done()) {
    return make(ymd, std::nullopt, std::nullopt);
  }
  const auto clock = read_clock(c);
  if (!clock) {
    return std::nullopt;
  }
  Offset zone;
  if (!read_zone_and_end(c, zone)) {
    return std::nullopt;
  }
  return make(ymd, clock, zone);
}

// [Thu,] 22 Dec 2022 [23:30[:00]] [zone]   and   [Thursday,] December 22, 2022 [time zone]
std::optional<Timestamp> parse_words(std::string_view s) {
  Cursor c(s);
  if (is_alpha(c.peek())) {
    const auto save = c.pos();
    const auto w = c.word();
    if (is_weekday_name(w)) {
      c.eat('.');
      c.eat(',');
      c.skip_blanks();
    } else {
      c.reset(save);
    }
  }
  if (is_digit(c.peek())) {
    const auto d = c.number(1, 2);
    if (!d) {
      return std::nullopt;
    }
    if (!(c.skip_blanks() || c.eat('-'))) {
      return std::nullopt;
    }
    const auto m = month_from_name(c.word());
    c.eat('.');
    if (!m || !(c.skip_blanks() || c.eat('-'))) {
      return std::nullopt;
    }
    const auto y = read_year(c);
    if (!y) {
      return std::nullopt;
    }
    return finish(c, ymd_of(*y, static_cast<int>(*m), *d));
  }
  const auto m = month_from_name(c.word());
  c.eat('.');
  if (!m || !c.skip_blanks()) {
    return std::nullopt;
  }
  const auto d = c.number(1, 2);
  if (!d) {
    return std::nullopt;
  }
  c.eat(',');
  c.skip_blanks();
  const auto y = c.number(4, 4);
  if (!y) {
    return std::nullopt;
  }
  return finish(c, ymd_of(*y, static_cast<int>(*m), *d));
}

} // namespace

std::optional<Timestamp> parse_timestamp(std::string_view s) {
  s = core::trim(s);
  // Longer than any real stamp: refuse early so hostile input costs nothing.
  if (s.empty() || s.size() > 100) {
    return std::nullopt;
  }
  if (s.size() >= 5 && is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]) &&
      s[4] == '-') {
    return parse_iso(s);
  }
  return parse_words(s);
}

std::string format_utc(date::sys_seconds t) {
  const auto day = date::floor<date::days>(t);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss<std::chrono::seconds> tod{t - day};
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", int(ymd.year()), unsigned(ymd.month()),
                     unsigned(ymd.day()), tod.hours().count(), tod.minutes().count(),
                     tod.seconds().count());
}

} // namespace eventdb::importers
