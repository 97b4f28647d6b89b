// Time-expression finder (issue #3).
//
// How it works: the text is cut into tokens (words, numbers, punctuation) that keep their byte
// offsets. At each token every rule is tried and the longest match wins; the scan then resumes
// after it, so matches never overlap. Each rule resolves its match immediately against
//   - the anchor (publication date),
//   - the text's tense (future when a future cue such as "will" or "is due to" occurs), and
//   - the reference date: the first day of the last explicit date found earlier in the text,
//     used by "the previous day", "a year earlier", "the following week".
// All calendar arithmetic goes through date::sys_days (days), date::year_month (months) and
// date::weekday; every constructed year_month_day is checked with ok() before use.
#include "extract/dates.hpp"
#include "extract/string_table.hpp"

#include <date/date.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eventdb::extract {

namespace {

using core::Grain;
using core::TimeValue;
using Ymd = date::year_month_day;
using Days = date::sys_days;
using Span = std::pair<Days, Days>;

enum class Tense : std::uint8_t { past, future };
enum class Kind : std::uint8_t { word, number, punct };

// ---------------------------------------------------------------------------------------------
// Lexical tables. Everything the rules know about English is here, not in the rules.

struct NamedNumber {
  std::string_view name;
  int value;
};

constexpr std::array<std::string_view, 12> k_months = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

constexpr std::array<NamedNumber, 12> k_month_abbrs = {{{"jan", 1},
                                                        {"feb", 2},
                                                        {"mar", 3},
                                                        {"apr", 4},
                                                        {"jun", 6},
                                                        {"jul", 7},
                                                        {"aug", 8},
                                                        {"sep", 9},
                                                        {"sept", 9},
                                                        {"oct", 10},
                                                        {"nov", 11},
                                                        {"dec", 12}}};

// Monday first, as ISO weeks; index i is date::weekday{(i + 1) % 7}.
constexpr std::array<std::string_view, 7> k_weekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

constexpr std::array<NamedNumber, 24> k_count_words = {
    {{"a", 1},       {"an", 1},        {"one", 1},      {"two", 2},       {"three", 3},
     {"four", 4},    {"five", 5},      {"six", 6},      {"seven", 7},     {"eight", 8},
     {"nine", 9},    {"ten", 10},      {"eleven", 11},  {"twelve", 12},   {"thirteen", 13},
     {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"eighteen", 18}, {"twenty", 20},
     {"thirty", 30}, {"forty", 40},    {"fifty", 50},   {"hundred", 100}}};

constexpr std::array<NamedNumber, 8> k_quarter_ordinals = {{{"first", 1},
                                                            {"second", 2},
                                                            {"third", 3},
                                                            {"fourth", 4},
                                                            {"1st", 1},
                                                            {"2nd", 2},
                                                            {"3rd", 3},
                                                            {"4th", 4}}};

// Words after which a bare month name ("in March") is a date, not a verb, noun or modal.
constexpr std::array<std::string_view, 12> k_bare_month_cues = {
    "in", "since", "until", "till", "by", "from", "during", "before", "after", "through", "throughout",
    "mid"};

// Lower-case words that some rule of Finder::core_at accepts as its first token. The other
// first tokens are numbers, the "'" of "'90s", capitalised words (months, weekdays, holidays,
// "Q3"), count words, quarter ordinals and season names, which come from their own tables:
// core_at tries no rule at any other token. A rule given a new first word must list it here.
constexpr std::array<std::string_view, 29> k_rule_start_words = {
    "the",       "last",      "past",     "next",     "coming", "this",   "late",    "early",
    "yesterday", "today",     "tonight",  "overnight", "tomorrow", "earlier", "later",  "current",
    "previous",  "mid",       "middle",   "start",    "beginning", "end",  "close",   "first",
    "second",    "fiscal",    "recently", "lately",   "recent"};

// What the Finder asks of a word at every token, from one lookup: its value as a count word
// (k_count_words) and as a quarter ordinal (k_quarter_ordinals), 0 if none, and whether it is
// in k_rule_start_words.
struct WordFacts {
  int count = 0;
  int quarter = 0;
  bool rule_start = false;
};

const WordFacts* word_facts(std::string_view w);
// Words after which a four-digit number is a count, not a year ("about 2000 people").
constexpr std::array<std::string_view, 14> k_count_cues = {
    "about",   "some",  "nearly", "almost", "approximately", "than",  "least",
    "roughly", "around", "over",  "number", "no",             "total", "estimated"};

// Capitalised words that may open a sentence before a bare year ("In 2016, ..."); any other
// capitalised word before a number makes it a name ("Room 2016", "Resolution 2270").
constexpr std::array<std::string_view, 16> k_year_openers = {
    "in",  "since", "by",  "before", "after", "from",    "until", "till",
    "the", "of",    "for", "during", "and",   "between", "through", "to"};

// Words after a four-digit number that make it a count or a clock time.
constexpr std::array<std::string_view, 40> k_count_units = {
    "people",   "persons",   "votes",    "troops",    "soldiers", "fighters", "civilians",
    "tons",     "tonnes",    "km",       "kilometres", "kilometers", "miles",  "metres",
    "meters",   "feet",      "dollars",  "euros",     "rounds",   "missiles", "shells",
    "units",    "vehicles",  "tanks",    "residents", "refugees", "cases",    "deaths",
    "casualties", "men",     "women",    "children",  "percent",  "points",   "seats",
    "gmt",      "utc",       "hours",    "hrs",       "barrels"};

// Words that may follow "on the 22nd" (anything else makes it "the 22nd floor").
constexpr std::array<std::string_view, 12> k_after_nth = {
    "and", "when", "at", "in", "after", "before", "but", "as", "to", "or", "while", "with"};

enum class HolidayRule : std::uint8_t { fixed, nth_weekday, last_weekday, easter };
struct Holiday {
  std::string_view words;  // lower-case tokens separated by spaces ("new year ' s day")
  HolidayRule rule;
  unsigned month;          // [1, 12]
  int day;                 // fixed: day of month; nth_weekday: n; easter: offset in days
  unsigned weekday;        // nth_weekday/last_weekday: 0 = Sunday
  bool us_only;            // dropped after a possessive ("Ukraine's Independence Day")
};

constexpr std::array<Holiday, 26> k_holidays = {{
    {"christmas eve", HolidayRule::fixed, 12, 24, 0, false},
    {"christmas day", HolidayRule::fixed, 12, 25, 0, false},
    {"christmas", HolidayRule::fixed, 12, 25, 0, false},
    {"boxing day", HolidayRule::fixed, 12, 26, 0, false},
    {"new year ' s eve", HolidayRule::fixed, 12, 31, 0, false},
    {"new years eve", HolidayRule::fixed, 12, 31, 0, false},
    {"new year ' s day", HolidayRule::fixed, 1, 1, 0, false},
    {"new years day", HolidayRule::fixed, 1, 1, 0, false},
    {"new year ' s", HolidayRule::fixed, 1, 1, 0, false},
    {"independence day", HolidayRule::fixed, 7, 4, 0, true},
    {"fourth of july", HolidayRule::fixed, 7, 4, 0, false},
    {"halloween", HolidayRule::fixed, 10, 31, 0, false},
    {"valentine ' s day", HolidayRule::fixed, 2, 14, 0, false},
    {"veterans day", HolidayRule::fixed, 11, 11, 0, false},
    {"armistice day", HolidayRule::fixed, 11, 11, 0, false},
    {"remembrance day", HolidayRule::fixed, 11, 11, 0, false},
    {"bastille day", HolidayRule::fixed, 7, 14, 0, false},
    {"international women ' s day", HolidayRule::fixed, 3, 8, 0, false},
    {"juneteenth", HolidayRule::fixed, 6, 19, 0, false},
    {"thanksgiving day", HolidayRule::nth_weekday, 11, 4, 4, true},
    {"thanksgiving", HolidayRule::nth_weekday, 11, 4, 4, true},
    {"memorial day", HolidayRule::last_weekday, 5, 0, 1, true},
    {"labor day", HolidayRule::nth_weekday, 9, 1, 1, true},
    {"easter sunday", HolidayRule::easter, 3, 0, 0, false},
    {"easter", HolidayRule::easter, 3, 0, 0, false},
    {"good friday", HolidayRule::easter, 3, -2, 0, false},
}};

// Bit (c & 63) for each first byte c of a table's words. A word whose first byte's bit is not
// set starts no entry, so most tokens are turned away without scanning the table.
constexpr std::uint64_t initial_bit(char c) {
  return std::uint64_t{1} << (static_cast<unsigned char>(c) & 63u);
}
template <class Table, class Words>
constexpr std::uint64_t initials(const Table& table, Words words) {
  std::uint64_t mask = 0;
  for (const auto& e : table) {
    mask |= initial_bit(words(e).front());
  }
  return mask;
}
bool may_start(std::uint64_t mask, std::string_view w) {
  return !w.empty() && (mask & initial_bit(w.front())) != 0;
}
constexpr auto k_name = [](const NamedNumber& e) { return e.name; };
constexpr std::uint64_t k_month_initials =
    initials(k_months, [](std::string_view m) { return m; }) | initials(k_month_abbrs, k_name);
constexpr std::uint64_t k_holiday_initials =
    initials(k_holidays, [](const Holiday& h) { return h.words; });

// a == b, testing the length and first byte before calling memcmp: the word tables are
// searched at nearly every token, and nearly every entry differs from the token.
bool same(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || a.front() == b.front()) && a == b;
}

template <std::size_t N>
bool in(const std::array<std::string_view, N>& table, std::string_view w) {
  return std::any_of(table.begin(), table.end(), [w](std::string_view e) { return same(e, w); });
}

template <std::size_t N>
std::optional<int> lookup(const std::array<NamedNumber, N>& table, std::string_view w) {
  for (const auto& e : table) {
    if (same(e.name, w)) {
      return e.value;
    }
  }
  return std::nullopt;
}

const WordFacts* word_facts(std::string_view w) {
  static const StringMap<WordFacts> facts = [] {
    StringMap<WordFacts> m;
    for (const auto& e : k_count_words) {
      m[e.name];
    }
    for (const auto& e : k_quarter_ordinals) {
      m[e.name];
    }
    for (auto e : k_rule_start_words) {
      m[e].rule_start = true;
    }
    // The same answers as lookup(), which gives the first entry of a table with that name.
    for (auto& [name, f] : m) {
      f.count = lookup(k_count_words, name).value_or(0);
      f.quarter = lookup(k_quarter_ordinals, name).value_or(0);
    }
    return m;
  }();
  const auto it = facts.find(w);
  return it == facts.end() ? nullptr : &it->second;
}

// ---------------------------------------------------------------------------------------------
// Tokens

struct Token {
  Kind kind = Kind::punct;
  std::size_t start = 0;  // byte offsets into the text
  std::size_t end = 0;
  std::string_view lower;  // words lower-cased; dashes become "-", curly quotes "'" (a view
                           // into the Finder's lower-cased copy of the text, or a literal)
  bool cap = false;       // word starts with an upper-case letter
  bool all_caps = false;
  bool space_before = true;
  long value = -1;          // numbers: value of the digits; -1 if grouped, decimal or huge
  std::size_t digits = 0;   // numbers: how many leading digits
  std::string_view suffix;  // numbers: letters glued after the digits ("nd", "s"), lower-cased
};

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower_char(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// `lowered` receives s lower-cased byte for byte: the tokens' `lower` and `suffix` are views
// into it, so that no token owns a string.
std::vector<Token> tokenise(std::string_view s, std::string& lowered) {
  lowered.assign(s);
  for (char& l : lowered) {
    l = lower_char(l);
  }
  const std::string_view low = lowered;
  std::vector<Token> out;
  const std::size_t n = s.size();
  out.reserve(n / 5 + 4);  // about one token per five or six bytes of news text
  bool space = true;
  std::size_t i = 0;
  while (i < n) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      ++i;
      continue;
    }
    Token t;
    t.start = i;
    t.space_before = space;
    space = false;
    if (is_alpha(c)) {
      std::size_t j = i;
      bool upper = true;
      while (j < n && is_alpha(s[j])) {
        upper = upper && !(s[j] >= 'a' && s[j] <= 'z');
        ++j;
      }
      t.lower = low.substr(i, j - i);
      t.kind = Kind::word;
      t.cap = c >= 'A' && c <= 'Z';
      t.all_caps = upper;
      t.end = j;
    } else if (is_digit(c)) {
      std::size_t j = i;
      while (j < n && is_digit(s[j])) {
        ++j;
      }
      t.kind = Kind::number;
      t.digits = j - i;
      bool plain = true;
      // "50,000" is one number: a comma followed by exactly three digits.
      while (j + 3 < n + 0 && s[j] == ',' && is_digit(s[j + 1]) && is_digit(s[j + 2]) &&
             is_digit(s[j + 3]) && (j + 4 >= n || !is_digit(s[j + 4]))) {
        j += 4;
        plain = false;
      }
      if (j + 1 < n && s[j] == '.' && is_digit(s[j + 1])) {  // "7.8"
        ++j;
        while (j < n && is_digit(s[j])) {
          ++j;
        }
        plain = false;
      }
      const std::size_t suffix_start = j;
      while (j < n && is_alpha(s[j])) {
        ++j;
      }
      t.suffix = low.substr(suffix_start, j - suffix_start);
      if (plain && t.digits <= 9) {
        long v = 0;
        for (std::size_t k = i; k < i + t.digits; ++k) {
          v = v * 10 + (s[k] - '0');
        }
        t.value = v;
      }
      t.end = j;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      const auto lead = static_cast<unsigned char>(c);
      std::size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      len = std::min(len, n - i);
      const std::string_view cp = s.substr(i, len);
      if (cp == "\xE2\x80\x93" || cp == "\xE2\x80\x94" || cp == "\xE2\x80\x92" ||
          cp == "\xE2\x88\x92") {  // en dash, em dash, figure dash, minus
        t.lower = "-";
      } else if (cp == "\xE2\x80\x98" || cp == "\xE2\x80\x99") {  // curly single quotes
        t.lower = "'";
      } else if (cp == "\xC2\xA0" || cp == "\xE2\x80\x89" || cp == "\xE2\x80\xAF") {
        space = true;  // non-breaking and thin spaces
        i += len;
        continue;
      }
      t.end = i + len;
    } else {
      t.lower = low.substr(i, 1);
      t.end = i + 1;
    }
    i = t.end;
    out.push_back(std::move(t));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers (all through the date library)

std::optional<Ymd> make_ymd(int y, unsigned m, unsigned d) {
  const Ymd r{date::year{y}, date::month{m}, date::day{d}};
  if (!r.ok()) {
    return std::nullopt;
  }
  return r;
}

Days last_of_month(date::year_month ym) { return Days{ym / date::last}; }

Days iso_monday(Days d) { return d - (date::weekday{d} - date::Monday); }

// `d` moved by `n` months; the day is clamped to the month's end (Mar 31 - 1 month = Feb 28).
Days add_months(Days d, int n) {
  const Ymd x{d};
  const date::year_month ym = date::year_month{x.year(), x.month()} + date::months{n};
  Ymd r = ym / x.day();
  if (!r.ok()) {
    r = ym / date::last;
  }
  return Days{r};
}

Days add_years(Days d, int n) { return add_months(d, 12 * n); }

TimeValue span_value(Days a, Days b, Grain g) { return core::make_span(Ymd{a}, Ymd{b}, g); }

// Easter Sunday (Gregorian), anonymous computus; returns month/day of year y.
std::optional<Ymd> easter(int y) {
  const int a = y % 19;
  const int b = y / 100;
  const int c = y % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return make_ymd(y, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::optional<Ymd> holiday_day(const Holiday& h, int y) {
  switch (h.rule) {
  case HolidayRule::fixed:
    return make_ymd(y, h.month, static_cast<unsigned>(h.day));
  case HolidayRule::nth_weekday: {
    const Ymd r{date::year{y} / date::month{h.month} /
                date::weekday{h.weekday}[static_cast<unsigned>(h.day)]};
    return r.ok() ? std::optional<Ymd>{r} : std::nullopt;
  }
  case HolidayRule::last_weekday: {
    const Ymd r{date::year{y} / date::month{h.month} /
                date::weekday_last{date::weekday{h.weekday}}};
    return r.ok() ? std::optional<Ymd>{r} : std::nullopt;
  }
  case HolidayRule::easter: {
    const auto e = easter(y);
    if (!e) {
      return std::nullopt;
    }
    return Ymd{Days{*e} + date::days{h.day}};
  }
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Candidates

enum class Item : std::uint8_t { other, year, month, day, day_range };

struct Cand {
  std::size_t begin = 0;  // token range [begin, end)
  std::size_t end = 0;
  TimeValue v;
  // What was written, so ranges can share a year between their ends ("from March to May 2022").
  Item item = Item::other;
  bool has_year = false;
  unsigned month = 0;  // [1, 12] for month/day items
  unsigned day = 0;
  unsigned day2 = 0;   // day_range end
  bool sets_ref = true;  // can serve as the reference for "the previous day"
  bool reject = false;   // looks like a date but is impossible ("February 30, 2022"): skip it
};
using OptCand = std::optional<Cand>;

enum class Unit : std::uint8_t { day, week, month, quarter, year, decade, hour };

std::optional<Unit> unit_of(std::string_view w) {
  if (w == "day" || w == "days") {
    return Unit::day;
  }
  if (w == "week" || w == "weeks") {
    return Unit::week;
  }
  if (w == "month" || w == "months") {
    return Unit::month;
  }
  if (w == "quarter" || w == "quarters") {
    return Unit::quarter;
  }
  if (w == "year" || w == "years") {
    return Unit::year;
  }
  if (w == "decade" || w == "decades") {
    return Unit::decade;
  }
  if (w == "hour" || w == "hours") {
    return Unit::hour;
  }
  return std::nullopt;
}

Days shift(Days d, Unit u, int n) {
  switch (u) {
  case Unit::day:
    return d + date::days{n};
  case Unit::week:
    return d + date::days{7 * n};
  case Unit::month:
    return add_months(d, n);
  case Unit::quarter:
    return add_months(d, 3 * n);
  case Unit::year:
    return add_years(d, n);
  case Unit::decade:
    return add_years(d, 10 * n);
  case Unit::hour:  // whole days touched by n hours
    return d + date::days{n >= 0 ? (n + 23) / 24 : -((-n + 23) / 24)};
  }
  return d;
}

// The calendar unit (day, ISO week, month, quarter, year) that contains `d`.
TimeValue unit_containing(Days d, Unit u) {
  const Ymd x{d};
  switch (u) {
  case Unit::day:
  case Unit::hour:
    return core::make_day(x);
  case Unit::week:
    return core::make_week(iso_monday(d));
  case Unit::month:
    return core::make_month(date::year_month{x.year(), x.month()});
  case Unit::quarter:
    return core::make_quarter(x.year(), (unsigned(x.month()) - 1) / 3 + 1);
  case Unit::year:
  case Unit::decade:  // "a decade ago" names a year, not a decade
    return core::make_year(x.year());
  }
  return core::make_day(x);
}

// ---------------------------------------------------------------------------------------------

class Finder {
public:
  Finder(std::string_view text, std::optional<Ymd> anchor, std::optional<Ymd> previous = {})
      : m_text(text), m_t(tokenise(text, m_lowered)) {
    if (previous && previous->ok()) {
      m_previous = Days{*previous};
    }
    m_n = m_t.size();
    // Count words and quarter ordinals are asked for at every token (several times for count
    // words), and whether a rule may start there before every rule: one lookup per word.
    m_count_word.resize(m_n);
    m_quarter_ordinal.resize(m_n);
    m_may_start.resize(m_n);
    for (std::size_t i = 0; i < m_n; ++i) {
      const Token& t = m_t[i];
      switch (t.kind) {
      case Kind::number:
        m_may_start[i] = 1;
        break;
      case Kind::punct:
        m_may_start[i] = t.lower == "'" ? 1 : 0;  // "'90s"
        break;
      case Kind::word: {
        const WordFacts* f = word_facts(t.lower);
        if (f) {
          m_count_word[i] = f->count;
          m_quarter_ordinal[i] = f->quarter;
        }
        m_may_start[i] = t.cap || (f && (f->count != 0 || f->quarter != 0 || f->rule_start)) ||
                                 season_start(t.lower)
                             ? 1
                             : 0;
        break;
      }
      }
    }
    if (anchor && anchor->ok()) {
      m_anchor = Days{*anchor};
    }
    m_tense = detect_tense();
  }

  // The tokens view m_lowered, which a copy or move of a short string would not keep.
  Finder(const Finder&) = delete;
  Finder& operator=(const Finder&) = delete;

  std::vector<DateMatch> run() {
    std::vector<DateMatch> out;
    std::size_t i = 0;
    while (i < m_t.size()) {
      OptCand best = top_at(i);
      if (!best) {
        ++i;
        continue;
      }
      if (best->reject) {
        i = best->end;
        continue;
      }
      DateMatch m;
      m.start = m_t[best->begin].start;
      m.end = m_t[best->end - 1].end;
      m.value = std::move(best->v);
      m.value.text = std::string(m_text.substr(m.start, m.end - m.start));
      if (m.value.known() && best->sets_ref) {
        m_ref = Days{*m.value.first};
      }
      out.push_back(std::move(m));
      i = best->end;
    }
    return out;
  }

private:
  std::string_view m_text;
  std::string m_lowered;  // m_text lower-cased: the tokens' text (declared before m_t)
  std::vector<Token> m_t;
  std::size_t m_n = 0;  // m_t.size(), which never changes: ok_at() runs dozens of times a token
  std::vector<int> m_count_word;  // value of k_count_words for each token, 0 if none
  std::vector<int> m_quarter_ordinal;  // value of k_quarter_ordinals for each word, 0 if none
  std::vector<char> m_may_start;       // 1 where some rule of core_at may start
  std::optional<Days> m_anchor;
  std::optional<Days> m_ref;
  std::optional<Days> m_previous;  // the last day named before this text (find_dates' `previous`)
  Tense m_tense = Tense::past;

  // --- token tests ---------------------------------------------------------------------------
  [[nodiscard]] bool ok_at(std::size_t i) const { return i < m_n; }
  // word() and punct() run dozens of times per token, nearly always with a literal: inlined,
  // the comparison with a literal of known length compiles to a length test and a load or two.
  [[nodiscard, gnu::always_inline]] bool word(std::size_t i, std::string_view w) const {
    return ok_at(i) && m_t[i].kind == Kind::word && m_t[i].lower.size() == w.size() &&
           std::memcmp(m_t[i].lower.data(), w.data(), w.size()) == 0;
  }
  [[nodiscard, gnu::always_inline]] bool punct(std::size_t i, std::string_view p) const {
    return ok_at(i) && m_t[i].kind == Kind::punct && m_t[i].lower.size() == p.size() &&
           std::memcmp(m_t[i].lower.data(), p.data(), p.size()) == 0;
  }
  [[nodiscard]] bool glued(std::size_t i) const { return ok_at(i) && !m_t[i].space_before; }
  [[nodiscard]] std::string_view lower(std::size_t i) const {
    return ok_at(i) ? std::string_view{m_t[i].lower} : std::string_view{};
  }
  [[nodiscard]] bool is_word(std::size_t i) const { return ok_at(i) && m_t[i].kind == Kind::word; }
  [[nodiscard]] bool prev_word(std::size_t i, std::string_view w) const {
    return i > 0 && word(i - 1, w);
  }
  [[nodiscard]] bool sentence_start(std::size_t i) const {
    if (i == 0) {
      return true;
    }
    const auto& p = m_t[i - 1];
    return p.kind == Kind::punct &&
           (p.lower == "." || p.lower == "!" || p.lower == "?" || p.lower == "\"" ||
            p.lower == ":" || p.lower == "-" || p.lower == "(" || p.lower == "'");
  }

  // Matches the space-separated lower-case words of `phrase` at i; returns the end or 0.
  [[nodiscard]] std::size_t phrase_at(std::size_t i, std::string_view phrase) const {
    // Tokens hold no spaces, so token k matches when the phrase starts with its text followed
    // by a space or the end. Runs for many phrases at every token: no search for the space.
    std::size_t k = i;
    while (!phrase.empty()) {
      if (!ok_at(k)) {
        return 0;
      }
      const std::string_view w = m_t[k].lower;
      if (w.size() > phrase.size() || (w.size() < phrase.size() && phrase[w.size()] != ' ') ||
          (!w.empty() && w.front() != phrase.front()) || !phrase.starts_with(w)) {
        return 0;
      }
      ++k;
      phrase = w.size() == phrase.size() ? std::string_view{} : phrase.substr(w.size() + 1);
    }
    return k;
  }

  // A month name at i: full names must be capitalised; abbreviations ("Dec.") also.
  // Returns {month, next token, abbreviated}.
  struct MonthAt {
    unsigned month;
    std::size_t next;
    bool abbr;
  };
  [[nodiscard]] std::optional<MonthAt> month_at(std::size_t i) const {
    if (!is_word(i) || !m_t[i].cap) {
      return std::nullopt;
    }
    const auto& w = m_t[i].lower;
    if (!may_start(k_month_initials, w)) {
      return std::nullopt;
    }
    for (std::size_t k = 0; k < k_months.size(); ++k) {
      if (same(k_months[k], w)) {
        return MonthAt{static_cast<unsigned>(k + 1), i + 1, false};
      }
    }
    if (auto m = lookup(k_month_abbrs, w)) {
      std::size_t next = i + 1;
      if (punct(next, ".") && glued(next)) {
        ++next;
      }
      return MonthAt{static_cast<unsigned>(*m), next, true};
    }
    return std::nullopt;
  }

  // A day of the month: 1-31, one or two digits, optional ordinal suffix.
  [[nodiscard]] unsigned day_at(std::size_t i, bool need_ordinal = false) const {
    if (!ok_at(i) || m_t[i].kind != Kind::number || m_t[i].value < 1 || m_t[i].value > 31 ||
        m_t[i].digits > 2) {
      return 0;
    }
    const auto& s = m_t[i].suffix;
    const bool ordinal = s == "st" || s == "nd" || s == "rd" || s == "th";
    if (!(ordinal || (s.empty() && !need_ordinal))) {
      return 0;
    }
    // "3:00", "3.5" and "3-year" are not days.
    if (punct(i + 1, ":") && glued(i + 1)) {
      return 0;
    }
    return static_cast<unsigned>(m_t[i].value);
  }

  [[nodiscard]] int year_at(std::size_t i) const {
    if (!ok_at(i) || m_t[i].kind != Kind::number || m_t[i].digits != 4 || !m_t[i].suffix.empty() ||
        m_t[i].value < 1000 || m_t[i].value > 2999) {
      return 0;
    }
    return static_cast<int>(m_t[i].value);
  }

  [[nodiscard]] std::optional<unsigned> weekday_at(std::size_t i) const {
    if (!is_word(i) || !m_t[i].cap) {
      return std::nullopt;
    }
    for (std::size_t k = 0; k < k_weekdays.size(); ++k) {
      if (k_weekdays[k] == m_t[i].lower) {
        return static_cast<unsigned>((k + 1) % 7);
      }
    }
    return std::nullopt;
  }

  // A count: digits or a number word. Returns {n, next}.
  [[nodiscard]] std::optional<std::pair<int, std::size_t>> count_at(std::size_t i) const {
    if (!ok_at(i)) {
      return std::nullopt;
    }
    if (m_t[i].kind == Kind::number && m_t[i].suffix.empty() && m_t[i].value >= 1 &&
        m_t[i].value <= 999) {
      return std::pair{static_cast<int>(m_t[i].value), i + 1};
    }
    if (is_word(i) && m_count_word[i] != 0) {
      return std::pair{m_count_word[i], i + 1};
    }
    return std::nullopt;
  }

  // --- tense ---------------------------------------------------------------------------------
  [[nodiscard]] Tense detect_tense() const {
    for (std::size_t i = 0; i < m_t.size(); ++i) {
      const std::string_view w = m_t[i].lower;  // views compare lengths first
      if (m_t[i].kind == Kind::word) {
        if (w == "will" || w == "shall" || w == "upcoming") {
          return Tense::future;
        }
        if (w == "next" && !prev_word(i, "the")) {
          return Tense::future;
        }
        if ((w == "ll" || w == "t") && i > 0 && punct(i - 1, "'") && glued(i) &&
            (w == "ll" || prev_word(i - 1, "won"))) {
          return Tense::future;
        }
        const bool be = w == "is" || w == "are" || w == "re" || w == "s";
        if (be && is_word(i + 1) && word(i + 2, "to")) {
          const std::string_view n = m_t[i + 1].lower;
          if (n == "due" || n == "set" || n == "expected" || n == "scheduled" || n == "going" ||
              n == "slated" || n == "poised") {
            return Tense::future;
          }
        }
        // "is scheduled for March 17", "are set for Monday"
        if (be && is_word(i + 1) && word(i + 2, "for")) {
          const std::string_view n = m_t[i + 1].lower;
          if (n == "scheduled" || n == "set" || n == "slated" || n == "planned") {
            return Tense::future;
          }
        }
        if ((w == "plans" || w == "plan" || w == "intends" || w == "aims") && word(i + 1, "to")) {
          return Tense::future;
        }
      }
    }
    return Tense::past;
  }

  // --- resolution helpers --------------------------------------------------------------------

  // Picks the year whose span suits the tense: in the past, the latest span starting on or
  // before the anchor; in the future, the earliest span ending on or after it.
  template <class SpanOf> [[nodiscard]] std::optional<int> pick_year(SpanOf span_of, Tense t) const {
    const int ay = int(Ymd{*m_anchor}.year());
    std::optional<int> best;
    Days best_first{};
    for (int y = ay - 9; y <= ay + 9; ++y) {
      const std::optional<Span> s = span_of(y);
      if (!s) {
        continue;
      }
      if (t == Tense::past) {
        if (s->first <= *m_anchor && (!best || s->first > best_first)) {
          best = y;
          best_first = s->first;
        }
      } else if (s->second >= *m_anchor && (!best || s->first < best_first)) {
        best = y;
        best_first = s->first;
      }
    }
    return best;
  }

  // The value of a written calendar item in year y; nullopt if that day does not exist.
  [[nodiscard]] static std::optional<TimeValue> item_value(Item it, unsigned m, unsigned d,
                                                           unsigned d2, int y) {
    switch (it) {
    case Item::year:
      return core::make_year(date::year{y});
    case Item::month:
      return core::make_month(date::year{y} / date::month{m});
    case Item::day:
      if (auto x = make_ymd(y, m, d)) {
        return core::make_day(*x);
      }
      return std::nullopt;
    case Item::day_range: {
      auto a = make_ymd(y, m, d);
      auto b = make_ymd(y, m, d2);
      if (a && b) {
        return core::make_span(*a, *b, Grain::range);
      }
      return std::nullopt;
    }
    case Item::other:
      break;
    }
    return std::nullopt;
  }

  static std::optional<Span> span_of(const std::optional<TimeValue>& v) {
    if (!v || !v->known()) {
      return std::nullopt;
    }
    return Span{Days{*v->first}, Days{*v->last}};
  }

  // Builds the candidate for a month/day item, resolving a missing year by tense.
  [[nodiscard]] OptCand item_cand(std::size_t b, std::size_t e, Item it, unsigned m, unsigned d,
                                  unsigned d2, std::optional<int> year, Tense t) const {
    Cand c;
    c.begin = b;
    c.end = e;
    c.item = it;
    c.month = m;
    c.day = d;
    c.day2 = d2;
    c.has_year = year.has_value();
    if (year) {
      auto v = item_value(it, m, d, d2, *year);
      if (!v) {
        c.reject = true;  // "February 30, 2022": not a date at all, and not a year either
        return c;
      }
      c.v = std::move(*v);
      return c;
    }
    // No year: must at least exist in some year (Feb 29 does, Feb 30 does not).
    if (it == Item::day || it == Item::day_range) {
      if (!make_ymd(2000, m, std::max(d, d2))) {
        return std::nullopt;
      }
    }
    if (!m_anchor) {
      return c;  // grain unknown
    }
    auto y = pick_year([&](int yy) { return span_of(item_value(it, m, d, d2, yy)); }, t);
    if (!y) {
      return std::nullopt;
    }
    c.v = *item_value(it, m, d, d2, *y);
    return c;
  }

  [[nodiscard]] static Cand make_cand(std::size_t b, std::size_t e, TimeValue v,
                                      bool sets_ref = true) {
    Cand c;
    c.begin = b;
    c.end = e;
    c.v = std::move(v);
    c.sets_ref = sets_ref;
    return c;
  }

  // The year written after a month ("March 2022", "March of 2022", "Dec. 22, 2022").
  [[nodiscard]] std::optional<std::pair<int, std::size_t>> trailing_year(std::size_t i) const {
    std::size_t k = i;
    if (punct(k, ",") || word(k, "of")) {
      ++k;
    }
    if (const int y = year_at(k); y != 0 && !punct(k + 1, "%")) {
      return std::pair{y, k + 1};
    }
    return std::nullopt;
  }

  // Is the match [b, e) the date of a dateline ("WASHINGTON, Dec. 22 (Reuters) -")?
  [[nodiscard]] bool is_dateline(std::size_t b, std::size_t e) const {
    if (b < 2 || b > 10 || !punct(b - 1, ",")) {
      return false;
    }
    if (!(punct(e, "(") || punct(e, "-"))) {
      return false;
    }
    if (!is_word(0) || !m_t[0].all_caps || m_t[0].lower.size() < 2) {
      return false;
    }
    for (std::size_t k = 0; k + 1 < b; ++k) {
      if (m_t[k].kind == Kind::number) {
        return false;
      }
    }
    return true;
  }

  // --- rules ---------------------------------------------------------------------------------

  // Every rule that can start at i; the longest wins. Range rules call core_at for their ends.
  [[nodiscard]] OptCand top_at(std::size_t i) const {
    OptCand best = core_at(i, m_tense, false);
    if (best && best->reject) {
      return best;
    }
    keep_longer(best, range_at(i));
    return best;
  }

  static void keep_longer(OptCand& best, OptCand c) {
    if (c && (!best || c->end > best->end || (c->end == best->end && c->begin < best->begin))) {
      best = std::move(c);
    }
  }

  [[nodiscard]] OptCand core_at(std::size_t i, Tense t, bool bare_month) const {
    // Most tokens ("said", "troops", ",") start no rule: see k_rule_start_words.
    if (!ok_at(i) || m_may_start[i] == 0) {
      return std::nullopt;
    }
    OptCand best;
    keep_longer(best, numeric_at(i));
    keep_longer(best, month_first_at(i, t, bare_month));
    keep_longer(best, day_first_at(i, t));
    keep_longer(best, nth_at(i, t));
    keep_longer(best, year_at_rule(i));
    keep_longer(best, weekday_rule(i, t));
    keep_longer(best, relative_day_at(i));
    keep_longer(best, relative_period_at(i));
    keep_longer(best, ago_at(i));
    keep_longer(best, ref_relative_at(i));
    keep_longer(best, part_at(i, t));
    keep_longer(best, quarter_at(i, t));
    keep_longer(best, season_at(i, t));
    keep_longer(best, decade_at(i));
    keep_longer(best, holiday_at(i, t));
    keep_longer(best, vague_at(i));
    keep_longer(best, modified_month_at(i));
    return best;
  }

  // 2022-12-22 and 12/22/2022 (US order unless the first number cannot be a month).
  [[nodiscard]] OptCand numeric_at(std::size_t i) const {
    if (const int y = year_at(i); y != 0 && punct(i + 1, "-") && glued(i + 1) && glued(i + 2) &&
                                  ok_at(i + 2) && m_t[i + 2].digits == 2 && punct(i + 3, "-") &&
                                  glued(i + 3) && glued(i + 4) && ok_at(i + 4) &&
                                  m_t[i + 4].digits == 2 && m_t[i + 4].suffix.empty()) {
      const auto d = make_ymd(y, static_cast<unsigned>(m_t[i + 2].value),
                              static_cast<unsigned>(m_t[i + 4].value));
      if (d && m_t[i + 2].value > 0 && m_t[i + 4].value > 0) {
        Cand c = make_cand(i, i + 5, core::make_day(*d));
        c.item = Item::day;
        c.has_year = true;
        return c;
      }
      Cand bad;
      bad.begin = i;
      bad.end = i + 5;
      bad.reject = true;
      return bad;
    }
    if (ok_at(i + 4) && m_t[i].kind == Kind::number && m_t[i].digits <= 2 &&
        m_t[i].suffix.empty() && punct(i + 1, "/") && glued(i + 1) && glued(i + 2) &&
        m_t[i + 2].kind == Kind::number && m_t[i + 2].digits <= 2 && m_t[i + 2].suffix.empty() &&
        punct(i + 3, "/") && glued(i + 3) && glued(i + 4) && year_at(i + 4) != 0) {
      if (punct(i + 5, "/") && glued(i + 5)) {
        return std::nullopt;
      }
      auto a = static_cast<unsigned>(m_t[i].value);
      auto b = static_cast<unsigned>(m_t[i + 2].value);
      if (a > 12) {
        std::swap(a, b);  // only day/month order is possible
      }
      if (auto d = make_ymd(year_at(i + 4), a, b)) {
        Cand c = make_cand(i, i + 5, core::make_day(*d));
        c.item = Item::day;
        c.has_year = true;
        return c;
      }
    }
    return std::nullopt;
  }

  // "Dec. 22, 2022", "December 22", "Dec 22nd", "March 3-5", "March 2022", "in March".
  [[nodiscard]] OptCand month_first_at(std::size_t i, Tense t, bool bare_month) const {
    const auto m = month_at(i);
    if (!m) {
      return std::nullopt;
    }
    std::size_t k = m->next;
    if (const unsigned d = day_at(k); d != 0 && !punct(k + 1, "%") && !word(k + 1, "percent")) {
      ++k;
      unsigned d2 = 0;
      if (punct(k, "-") && day_at(k + 1) > d) {
        d2 = day_at(k + 1);
        k += 2;
      }
      std::optional<int> year;
      if (auto ty = trailing_year(k); ty && !word(k, "of")) {
        year = ty->first;
        k = ty->second;
      }
      Tense tt = t;
      if (!year && is_dateline(i, k)) {
        tt = Tense::past;  // a dateline never announces a future day
      }
      return item_cand(i, k, d2 != 0 ? Item::day_range : Item::day, m->month, d, d2, year, tt);
    }
    if (auto ty = trailing_year(k)) {
      return item_cand(i, ty->second, Item::month, m->month, 0, 0, ty->first, t);
    }
    if (m->abbr) {
      return std::nullopt;
    }
    // "the toll for November": "for" is a cue too, except before May ("support for May").
    const bool cue = bare_month || (i > 0 && is_word(i - 1) && in(k_bare_month_cues, lower(i - 1))) ||
                     (i > 0 && word(i - 1, "for") && m->month != 5);
    if (!cue) {
      return std::nullopt;
    }
    return item_cand(i, k, Item::month, m->month, 0, 0, std::nullopt, t);
  }

  // "22 December 2022", "22nd of December", "the 22nd of December", "22-24 December".
  [[nodiscard]] OptCand day_first_at(std::size_t i, Tense t) const {
    std::size_t b = i;
    std::size_t k = i;
    if (word(k, "the")) {
      ++k;
    }
    const unsigned d = day_at(k);
    if (d == 0 || (k > 0 && (punct(k - 1, "$") || (punct(k - 1, "-") && glued(k))))) {
      return std::nullopt;
    }
    ++k;
    unsigned d2 = 0;
    if (punct(k, "-") && day_at(k + 1) > d) {
      d2 = day_at(k + 1);
      k += 2;
    }
    const bool of = word(k, "of");
    if (of) {
      ++k;
    }
    if (word(b, "the") && !of) {
      return std::nullopt;
    }
    const auto m = month_at(k);
    if (!m) {
      return std::nullopt;
    }
    k = m->next;
    std::optional<int> year;
    if (auto ty = trailing_year(k); ty && !word(k, "of")) {
      year = ty->first;
      k = ty->second;
    }
    return item_cand(b, k, d2 != 0 ? Item::day_range : Item::day, m->month, d, d2, year, t);
  }

  // "on the 22nd": a day of the current, previous or next month.
  [[nodiscard]] OptCand nth_at(std::size_t i, Tense t) const {
    if (!word(i, "the") || i == 0 ||
        !(word(i - 1, "on") || word(i - 1, "by") || word(i - 1, "until") ||
          word(i - 1, "since"))) {
      return std::nullopt;
    }
    const unsigned d = day_at(i + 1, true);
    if (d == 0) {
      return std::nullopt;
    }
    if (is_word(i + 2) && !in(k_after_nth, lower(i + 2))) {
      return std::nullopt;
    }
    if (!m_anchor) {
      return make_cand(i, i + 2, TimeValue{});
    }
    const Ymd a{*m_anchor};
    const date::year_month here{a.year(), a.month()};
    std::optional<Days> best;
    for (int off = -3; off <= 3; ++off) {
      const auto ym = here + date::months{off};
      const Ymd x = ym / date::day{d};
      if (!x.ok()) {
        continue;
      }
      const Days dd{x};
      if (t == Tense::past ? (dd <= *m_anchor && (!best || dd > *best))
                           : (dd >= *m_anchor && (!best || dd < *best))) {
        best = dd;
      }
    }
    if (!best) {
      return std::nullopt;
    }
    return make_cand(i, i + 2, core::make_day(Ymd{*best}));
  }

  // A bare year ("in 2016", "the 2016 election") or a span of years ("2014-16").
  [[nodiscard]] OptCand year_at_rule(std::size_t i) const {
    const int y = year_at(i);
    if (y == 0 || y < 1800 || y > 2199 || !plausible_year(i)) {
      return std::nullopt;
    }
    // "2014-16", "2014-2016"
    if (punct(i + 1, "-") && ok_at(i + 2) && m_t[i + 2].kind == Kind::number &&
        m_t[i + 2].suffix.empty()) {
      int y2 = 0;
      if (m_t[i + 2].digits == 4) {
        y2 = year_at(i + 2);
      } else if (m_t[i + 2].digits == 2 && glued(i + 2)) {
        y2 = y / 100 * 100 + static_cast<int>(m_t[i + 2].value);
      }
      if (y2 > y && y2 - y < 100) {
        Cand c = make_cand(i, i + 3,
                           core::make_span(date::year{y} / 1 / 1, date::year{y2} / 12 / 31,
                                           Grain::range));
        return c;
      }
    }
    Cand c = make_cand(i, i + 1, core::make_year(date::year{y}));
    c.item = Item::year;
    c.has_year = true;
    return c;
  }

  [[nodiscard]] bool plausible_year(std::size_t i) const {
    if (punct(i + 1, "%") || (ok_at(i + 1) && in(k_count_units, lower(i + 1)))) {
      return false;
    }
    if (punct(i + 1, ":") && glued(i + 1)) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    const auto& p = m_t[i - 1];
    if (p.kind == Kind::number) {
      return false;
    }
    if (p.kind == Kind::punct && (p.lower == "$" || p.lower == "#" || p.lower == "/" ||
                                  p.lower == "\xE2\x82\xAC" || p.lower == "\xC2\xA3")) {
      return false;
    }
    if (p.kind == Kind::punct && p.lower == "-" && !p.space_before && !m_t[i].space_before) {
      return i >= 2 && m_t[i - 2].kind == Kind::word && m_t[i - 2].lower == "mid";
    }
    if (p.kind == Kind::punct && p.lower.empty() && p.end - p.start > 1) {
      return false;  // a currency sign such as the euro or pound
    }
    if (p.kind == Kind::word) {
      if (in(k_count_cues, p.lower)) {
        return false;
      }
      // "Resolution 2016", "Flight 1900": a capitalised name that is not a month or sentence start.
      if (p.cap && !month_at(i - 1) && !weekday_at(i - 1) &&
          !(sentence_start(i - 1) && in(k_year_openers, p.lower))) {
        return false;
      }
    }
    return true;
  }

  // Weekdays: "Friday", "last Friday", "next Friday", "late on Wednesday", "Friday night",
  // "Friday, March 3".
  [[nodiscard]] OptCand weekday_rule(std::size_t i, Tense t) const {
    std::size_t k = i;
    enum class Mod : std::uint8_t { none, last, next, this_week } mod = Mod::none;
    if (word(k, "last") || word(k, "past")) {
      mod = Mod::last;
      ++k;
    } else if (word(k, "next") || word(k, "coming")) {
      mod = Mod::next;
      ++k;
    } else if (word(k, "this")) {
      mod = Mod::this_week;
      ++k;
      if (word(k, "coming")) {
        mod = Mod::next;
        ++k;
      } else if (word(k, "past")) {
        mod = Mod::last;
        ++k;
      }
    } else if (word(k, "late") || word(k, "early")) {
      ++k;
      if (word(k, "on")) {
        ++k;
      }
    }
    const auto wd = weekday_at(k);
    if (!wd) {
      return std::nullopt;
    }
    ++k;
    if (mod == Mod::none) {
      // "Friday, March 3" / "Friday 3 March": the written date wins.
      std::size_t j = punct(k, ",") ? k + 1 : k;
      OptCand date = month_first_at(j, t, false);
      keep_longer(date, day_first_at(j, t));
      if (date && date->item != Item::month) {
        date->begin = i;
        return date;
      }
    }
    if (word(k, "morning") || word(k, "afternoon") || word(k, "evening") || word(k, "night") ||
        word(k, "overnight")) {
      ++k;
    }
    if (!m_anchor) {
      return make_cand(i, k, TimeValue{});
    }
    const Days a = *m_anchor;
    const date::weekday target{*wd};
    Days d = a;
    switch (mod) {
    case Mod::none:
      d = t == Tense::past ? a - (date::weekday{a} - target) : a + (target - date::weekday{a});
      break;
    case Mod::last: {
      auto back = date::weekday{a} - target;
      d = a - (back == date::days{0} ? date::days{7} : back);
      break;
    }
    case Mod::next: {
      auto fwd = target - date::weekday{a};
      d = a + (fwd == date::days{0} ? date::days{7} : fwd);
      break;
    }
    case Mod::this_week:
      d = iso_monday(a) + (target - date::Monday);
      break;
    }
    return make_cand(i, k, core::make_day(Ymd{d}));
  }

  // yesterday, today, tomorrow, tonight, overnight, this morning, last night ...
  [[nodiscard]] OptCand relative_day_at(std::size_t i) const {
    std::size_t k = i;
    int off = 0;
    bool found = false;
    if (std::size_t e = phrase_at(i, "the day before yesterday")) {
      k = e, off = -2, found = true;
    } else if (std::size_t e2 = phrase_at(i, "the day after tomorrow")) {
      k = e2, off = 2, found = true;
    } else if (word(i, "yesterday")) {
      k = i + 1, off = -1, found = true;
    } else if (word(i, "today") || word(i, "tonight") || word(i, "overnight")) {
      // "USA Today", "Russia Today": a capitalised Today after a name is a title.
      if (m_t[i].cap && i > 0 && !sentence_start(i) && is_word(i - 1) && m_t[i - 1].cap) {
        return std::nullopt;
      }
      k = i + 1, off = 0, found = true;
    } else if (word(i, "tomorrow")) {
      k = i + 1, off = 1, found = true;
    } else if ((word(i, "earlier") || word(i, "later")) && word(i + 1, "today")) {
      k = i + 2, off = 0, found = true;
    } else if (word(i, "this") && (word(i + 1, "morning") || word(i + 1, "afternoon") ||
                                   word(i + 1, "evening"))) {
      k = i + 2, off = 0, found = true;
    } else if (word(i, "last") && (word(i + 1, "night") || word(i + 1, "evening"))) {
      k = i + 2, off = -1, found = true;
    }
    if (!found) {
      return std::nullopt;
    }
    if ((off == -1 || off == 1) && k == i + 1 &&
        (word(k, "morning") || word(k, "afternoon") || word(k, "evening") || word(k, "night"))) {
      ++k;
    }
    if (!m_anchor) {
      return make_cand(i, k, TimeValue{});
    }
    return make_cand(i, k, core::make_day(Ymd{*m_anchor + date::days{off}}));
  }

  // last/this/next week|month|quarter|year|weekend, earlier/later this week|month|year,
  // the past/next N days|weeks|months|years|hours.
  [[nodiscard]] OptCand relative_period_at(std::size_t i) const {
    std::size_t k = i;
    // earlier this month / later this year
    if ((word(k, "earlier") || word(k, "later")) && word(k + 1, "this") && ok_at(k + 2)) {
      const auto u = unit_of(lower(k + 2));
      if (!u || (*u != Unit::week && *u != Unit::month && *u != Unit::year &&
                 *u != Unit::quarter)) {
        return std::nullopt;
      }
      if (!m_anchor) {
        return make_cand(i, k + 3, TimeValue{});
      }
      const TimeValue whole = unit_containing(*m_anchor, *u);
      const Days a = *m_anchor;
      return word(k, "earlier")
                 ? make_cand(i, k + 3, span_value(Days{*whole.first}, a, Grain::range))
                 : make_cand(i, k + 3, span_value(a, Days{*whole.last}, Grain::range));
    }
    // the past/last/next/coming N units, the past week
    {
      std::size_t j = k;
      const bool the = word(j, "the");
      if (the) {
        ++j;
      }
      const bool back = word(j, "past") || (the && word(j, "last"));
      const bool fwd = the && (word(j, "next") || word(j, "coming"));
      if (back || fwd) {
        ++j;
        int n = 1;
        bool vague = false;
        if (word(j, "few") || word(j, "several")) {
          vague = true;
          ++j;
        } else if (auto c = count_at(j); c && !word(j, "a") && !word(j, "an")) {
          n = c->first;
          j = c->second;
        }
        if (const auto u = ok_at(j) ? unit_of(lower(j)) : std::nullopt) {
          const bool plural = lower(j).back() == 's';
          if (plural && n == 1 && !vague) {
            vague = true;  // "the coming days", "the past weeks"
          }
          if (vague && !plural) {
            return std::nullopt;
          }
          // "the next week" after an explicit date is "the following week" (ref rule); so is
          // "the next day" after a day named in an earlier sentence.
          if (fwd && !vague && n == 1 && !plural && (m_ref || (m_previous && *u == Unit::day))) {
            return std::nullopt;
          }
          if (!m_anchor) {
            return make_cand(i, j + 1, TimeValue{}, false);
          }
          const Days a = *m_anchor;
          if (vague) {
            return make_cand(i, j + 1, vague_window(*u, fwd), false);
          }
          const Days other = shift(a, *u, fwd ? n : -n);
          return make_cand(i, j + 1,
                           fwd ? span_value(a, other, Grain::approx)
                               : span_value(other, a, Grain::approx),
                           false);
        }
        // "the coming days/weeks"
      }
    }
    // "over the weekend": the latest weekend begun by the anchor (past) or the next (future).
    if (word(k, "the") && word(k + 1, "weekend")) {
      if (!m_anchor) {
        return make_cand(i, k + 2, TimeValue{});
      }
      const Days a = *m_anchor;
      const Days sat = m_tense == Tense::past ? a - (date::weekday{a} - date::Saturday)
                                              : a + (date::Sunday - date::weekday{a}) - date::days{1};
      return make_cand(i, k + 2, span_value(sat, sat + date::days{1}, Grain::range));
    }
    int dir = 0;
    if (word(k, "last") || word(k, "previous")) {
      dir = -1;
    } else if (word(k, "this") || word(k, "current")) {
      dir = 0;
    } else if (word(k, "next")) {
      dir = 1;
    } else {
      return std::nullopt;
    }
    if (word(k + 1, "weekend")) {
      if (!m_anchor) {
        return make_cand(i, k + 2, TimeValue{});
      }
      const Days sat = iso_monday(*m_anchor) + date::days{5 + 7 * dir};
      return make_cand(i, k + 2, span_value(sat, sat + date::days{1}, Grain::range));
    }
    const auto u = ok_at(k + 1) ? unit_of(lower(k + 1)) : std::nullopt;
    if (!u || *u == Unit::hour || *u == Unit::decade || lower(k + 1).back() == 's') {
      return std::nullopt;
    }
    if (word(k, "previous") && !prev_word(i, "the")) {
      return std::nullopt;
    }
    if (!m_anchor) {
      return make_cand(i, k + 2, TimeValue{});
    }
    return make_cand(i, k + 2, unit_containing(shift(*m_anchor, *u, dir), *u));
  }

  // Forward or backward window for "the past few weeks", "in the coming days".
  [[nodiscard]] TimeValue vague_window(Unit u, bool forward) const {
    const Days a = *m_anchor;
    Days other = a;
    switch (u) {
    case Unit::day:
    case Unit::hour:
      other = a + date::days{forward ? 7 : -7};
      break;
    case Unit::week:
      other = a + date::days{forward ? 21 : -21};
      break;
    case Unit::month:
    case Unit::quarter:
      other = add_months(a, forward ? 3 : -3);
      break;
    case Unit::year:
    case Unit::decade:
      other = add_years(a, forward ? 3 : -3);
      break;
    }
    return forward ? span_value(a, other, Grain::approx) : span_value(other, a, Grain::approx);
  }

  // "in recent weeks", "recently", "lately", "in the coming days".
  [[nodiscard]] OptCand vague_at(std::size_t i) const {
    if (word(i, "recently") || word(i, "lately")) {
      if (!m_anchor) {
        return make_cand(i, i + 1, TimeValue{}, false);
      }
      return make_cand(i, i + 1, span_value(*m_anchor - date::days{30}, *m_anchor, Grain::approx),
                       false);
    }
    std::size_t k = i;
    bool forward = false;
    if (word(k, "recent")) {
      ++k;
    } else if (word(k, "the") && word(k + 1, "coming")) {
      forward = true;
      k += 2;
    } else {
      return std::nullopt;
    }
    const auto u = ok_at(k) ? unit_of(lower(k)) : std::nullopt;
    if (!u || lower(k).back() != 's' || *u == Unit::hour) {
      return std::nullopt;
    }
    if (!m_anchor) {
      return make_cand(i, k + 1, TimeValue{}, false);
    }
    return make_cand(i, k + 1, vague_window(*u, forward), false);
  }

  // "two months ago", "a year ago" (grain of the unit).
  [[nodiscard]] OptCand ago_at(std::size_t i) const {
    const auto c = count_at(i);
    if (!c) {
      return std::nullopt;
    }
    const std::size_t k = c->second;
    const auto u = ok_at(k) ? unit_of(lower(k)) : std::nullopt;
    if (!u || !word(k + 1, "ago")) {
      return std::nullopt;
    }
    if (!m_anchor) {
      return make_cand(i, k + 2, TimeValue{});
    }
    return make_cand(i, k + 2, unit_containing(shift(*m_anchor, *u, -c->first), *u));
  }

  // Relative to the last explicit date: "the previous day", "a year earlier", "the following
  // week", "two days later", "the day before", "the next day", "the same day".
  [[nodiscard]] OptCand ref_relative_at(std::size_t i) const {
    std::size_t k = i;
    int dir = 0;
    Unit u = Unit::day;
    int n = 1;
    if (word(k, "the") && ok_at(k + 2) &&
        (word(k + 1, "previous") || word(k + 1, "following") || word(k + 1, "next") ||
         word(k + 1, "same") || word(k + 1, "preceding"))) {
      const auto uu = unit_of(lower(k + 2));
      if (!uu || *uu == Unit::hour || lower(k + 2).back() == 's') {
        return std::nullopt;
      }
      if (word(k + 1, "next") && *uu != Unit::day && !m_ref) {
        return std::nullopt;  // "the next week" with no date before: a forward window
      }
      u = *uu;
      dir = word(k + 1, "same") ? 0 : (word(k + 1, "previous") || word(k + 1, "preceding")) ? -1 : 1;
      k += 3;
    } else if (word(k, "the") && word(k + 1, "day") &&
               (word(k + 2, "before") || word(k + 2, "after")) &&
               !(word(k + 3, "yesterday") || word(k + 3, "tomorrow")) && !is_word(k + 3) &&
               !(ok_at(k + 3) && m_t[k + 3].kind == Kind::number)) {
      dir = word(k + 2, "before") ? -1 : 1;
      k += 3;
    } else if (auto c = count_at(k)) {
      const std::size_t j = c->second;
      const auto uu = ok_at(j) ? unit_of(lower(j)) : std::nullopt;
      if (!uu || *uu == Unit::hour ||
          !(word(j + 1, "earlier") || word(j + 1, "later") || word(j + 1, "before") ||
            word(j + 1, "after"))) {
        return std::nullopt;
      }
      // "a day before the vote" is not anchored to a date.
      if ((word(j + 1, "before") || word(j + 1, "after")) && ok_at(j + 2) && !punct(j + 2, ",") &&
          !punct(j + 2, ".")) {
        return std::nullopt;
      }
      u = *uu;
      n = c->first;
      dir = (word(j + 1, "earlier") || word(j + 1, "before")) ? -1 : 1;
      k = j + 2;
    } else {
      return std::nullopt;
    }
    // With no date earlier in this text, the last day named before it (the previous sentence's).
    const std::optional<Days> base = m_ref ? m_ref : m_previous ? m_previous : m_anchor;
    if (!base) {
      return make_cand(i, k, TimeValue{}, false);
    }
    return make_cand(i, k, unit_containing(shift(*base, u, dir * n), u), false);
  }

  // A period that early/mid/late and start/end/half can apply to: a month (with or without
  // year), a year, "the year", "this/last/next month|year", "the month".
  struct Period {
    Days first;
    Days last;
    bool is_year;
    std::size_t next;
  };
  [[nodiscard]] std::optional<Period> period_at(std::size_t k, Tense t, bool* unknown) const {
    if (const auto m = month_at(k); m && !m->abbr) {
      std::optional<int> year;
      std::size_t e = m->next;
      if (auto ty = trailing_year(e)) {
        year = ty->first;
        e = ty->second;
      }
      const OptCand c = item_cand(k, e, Item::month, m->month, 0, 0, year, t);
      if (!c || c->reject) {
        return std::nullopt;
      }
      if (!c->v.known()) {
        *unknown = true;
        return Period{Days{}, Days{}, false, e};
      }
      return Period{Days{*c->v.first}, Days{*c->v.last}, false, e};
    }
    if (const int y = year_at(k); y >= 1800 && y <= 2199) {
      return Period{Days{date::year{y} / 1 / 1}, Days{date::year{y} / 12 / 31}, true, k + 1};
    }
    int dir = 0;
    if (word(k, "the") || word(k, "this")) {
      dir = 0;
    } else if (word(k, "last")) {
      dir = -1;
    } else if (word(k, "next")) {
      dir = 1;
    } else {
      return std::nullopt;
    }
    const bool year = word(k + 1, "year");
    const bool month = word(k + 1, "month");
    if (!year && !month) {
      return std::nullopt;
    }
    if (!m_anchor) {
      *unknown = true;
      return Period{Days{}, Days{}, year, k + 2};
    }
    const TimeValue v = unit_containing(shift(*m_anchor, year ? Unit::year : Unit::month, dir),
                                        year ? Unit::year : Unit::month);
    return Period{Days{*v.first}, Days{*v.last}, year, k + 2};
  }

  // early/mid/late + period, "mid-March", "the end of the year", "the start of the month",
  // "the first half of 2022".
  [[nodiscard]] OptCand part_at(std::size_t i, Tense t) const {
    std::size_t k = i;
    int part = -1;  // 0 early, 1 mid, 2 late
    bool whole_month_for_year = false;  // start/end of a year: January/December
    if (word(k, "early") || word(k, "mid") || word(k, "late") || word(k, "middle")) {
      part = word(k, "early") ? 0 : word(k, "late") ? 2 : 1;
      ++k;
      if (punct(k, "-") && glued(k)) {
        ++k;
      } else if (word(k - 1, "middle")) {
        return std::nullopt;
      }
      if (word(k, "in")) {
        ++k;
      }
    } else {
      std::size_t j = k;
      if (word(j, "the")) {
        ++j;
      }
      if ((word(j, "start") || word(j, "beginning") || word(j, "end") || word(j, "middle") ||
           word(j, "close")) &&
          word(j + 1, "of")) {
        part = (word(j, "start") || word(j, "beginning")) ? 0 : word(j, "middle") ? 1 : 2;
        whole_month_for_year = true;
        k = j + 2;
      } else if ((word(j, "first") || word(j, "second")) && word(j + 1, "half") &&
                 word(j + 2, "of")) {
        part = word(j, "first") ? 3 : 4;
        k = j + 3;
      } else {
        return std::nullopt;
      }
    }
    // Decades: "the early 1990s".
    if (part <= 2 && ok_at(k) && m_t[k].kind == Kind::number && m_t[k].suffix == "s" &&
        m_t[k].digits == 4 && m_t[k].value % 10 == 0) {
      const int y0 = static_cast<int>(m_t[k].value);
      const std::array<std::pair<int, int>, 3> parts = {{{0, 3}, {4, 6}, {7, 9}}};
      const auto [a, b] = parts.at(static_cast<std::size_t>(part));
      return make_cand(i, k + 1,
                       core::make_span(date::year{y0 + a} / 1 / 1, date::year{y0 + b} / 12 / 31,
                                       Grain::range));
    }
    bool unknown = false;
    const auto p = period_at(k, t, &unknown);
    if (!p) {
      return std::nullopt;
    }
    if (unknown) {
      return make_cand(i, p->next, TimeValue{});
    }
    const Ymd f{p->first};
    if (p->is_year) {
      if (part == 3 || part == 4) {
        const date::month m0 = part == 3 ? date::January : date::July;
        return make_cand(i, p->next,
                         core::make_span(f.year() / m0 / 1,
                                         Ymd{f.year() / (m0 + date::months{5}) / date::last},
                                         Grain::range));
      }
      if (whole_month_for_year && part != 1) {
        return make_cand(i, p->next,
                         core::make_month(f.year() / (part == 0 ? date::January : date::December)));
      }
      // early Jan-Apr, mid May-Aug, late Sep-Dec
      const date::month m0{static_cast<unsigned>(1 + 4 * part)};
      return make_cand(i, p->next,
                       core::make_span(f.year() / m0 / 1,
                                       Ymd{f.year() / (m0 + date::months{3}) / date::last},
                                       Grain::range));
    }
    if (part >= 3) {
      return std::nullopt;  // "the first half of March": not supported
    }
    const date::year_month ym{f.year(), f.month()};
    const std::array<unsigned, 3> first_day = {1, 11, 21};
    const Ymd a = ym / date::day{first_day.at(static_cast<std::size_t>(part))};
    const Ymd b = part == 2 ? Ymd{ym / date::last} : ym / date::day{first_day.at(static_cast<std::size_t>(part)) + 9};
    return make_cand(i, p->next, core::make_span(a, b, Grain::range));
  }

  // "Q3 2023", "the third quarter", "third-quarter", "the first quarter of next year",
  // "fiscal 2023".
  [[nodiscard]] OptCand quarter_at(std::size_t i, Tense t) const {
    std::size_t k = i;
    unsigned q = 0;
    if (word(k, "q") && m_t[k].cap && ok_at(k + 1) && glued(k + 1) &&
        m_t[k + 1].kind == Kind::number && m_t[k + 1].suffix.empty() && m_t[k + 1].value >= 1 &&
        m_t[k + 1].value <= 4) {
      q = static_cast<unsigned>(m_t[k + 1].value);
      k += 2;
    } else {
      if (word(k, "fiscal")) {
        std::size_t j = k + 1;
        if (word(j, "year")) {
          ++j;
        }
        if (const int y = year_at(j)) {
          return make_cand(i, j + 1, core::make_year(date::year{y}));
        }
        return std::nullopt;
      }
      if (word(k, "the")) {
        ++k;
      }
      std::optional<int> ord;
      if (is_word(k)) {
        if (m_quarter_ordinal[k] != 0) {
          ord = m_quarter_ordinal[k];
        }
      } else if (ok_at(k) && m_t[k].kind == Kind::number) {
        // "3rd": the number as written. The table's numerals have one digit, so only 1-9 can
        // match, and those need no formatting.
        const auto& tk = m_t[k];
        if (tk.value >= 1 && tk.value <= 9) {
          std::string s(1, static_cast<char>('0' + tk.value));
          s += tk.suffix;
          ord = lookup(k_quarter_ordinals, s);
        }
      }
      if (!ord) {
        return std::nullopt;
      }
      ++k;
      if (punct(k, "-") && glued(k)) {
        ++k;
      }
      if (!word(k, "quarter")) {
        return std::nullopt;
      }
      q = static_cast<unsigned>(*ord);
      ++k;
    }
    // Year: "of 2023", "2023", "of next year", "of this year", "of last year".
    std::optional<int> year;
    std::size_t e = k;
    {
      std::size_t j = k;
      const bool of = word(j, "of");
      if (of || punct(j, ",")) {
        ++j;
      }
      if (const int y = year_at(j)) {
        year = y;
        e = j + 1;
      } else if (of && (word(j, "this") || word(j, "next") || word(j, "last") || word(j, "the")) &&
                 word(j + 1, "year")) {
        if (!m_anchor) {
          return make_cand(i, j + 2, TimeValue{});
        }
        const int dir = word(j, "next") ? 1 : word(j, "last") ? -1 : 0;
        year = int(Ymd{*m_anchor}.year()) + dir;
        e = j + 2;
      }
    }
    if (year) {
      return make_cand(i, e, core::make_quarter(date::year{*year}, q));
    }
    if (!m_anchor) {
      return make_cand(i, e, TimeValue{});
    }
    const auto y = pick_year(
        [&](int yy) { return span_of(core::make_quarter(date::year{yy}, q)); }, t);
    if (!y) {
      return std::nullopt;
    }
    return make_cand(i, e, core::make_quarter(date::year{*y}, q));
  }

  // Meteorological northern seasons; winter Y runs from December Y to February Y+1.
  static std::optional<unsigned> season_start(std::string_view w) {
    if (w == "spring") {
      return 3;
    }
    if (w == "summer") {
      return 6;
    }
    if (w == "autumn" || w == "fall") {
      return 9;
    }
    if (w == "winter") {
      return 12;
    }
    return std::nullopt;
  }

  static Span season_span(unsigned m0, int y) {
    const date::year_month first{date::year{y}, date::month{m0}};
    return {Days{first / 1}, last_of_month(first + date::months{2})};
  }

  [[nodiscard]] OptCand season_at(std::size_t i, Tense t) const {
    std::size_t k = i;
    int mod = -2;  // -2 bare, -1 last, 0 this, 1 next
    if (word(k, "last") || word(k, "past")) {
      mod = -1;
      ++k;
    } else if (word(k, "this")) {
      mod = 0;
      ++k;
    } else if (word(k, "next") || word(k, "coming")) {
      mod = 1;
      ++k;
    } else if (word(k, "the")) {
      ++k;
    }
    const auto m0 = is_word(k) ? season_start(lower(k)) : std::nullopt;
    if (!m0) {
      return std::nullopt;
    }
    std::size_t e = k + 1;
    // "summer 2022", "the summer of 2022", "winter of 2022-23"
    std::optional<int> year;
    {
      std::size_t j = e;
      if (word(j, "of")) {
        ++j;
      }
      if (const int y = year_at(j); y != 0 && mod == -2) {
        year = y;
        e = j + 1;
        if (*m0 == 12 && punct(e, "-") && ok_at(e + 1) && m_t[e + 1].kind == Kind::number &&
            (m_t[e + 1].value == (y + 1) % 100 || m_t[e + 1].value == y + 1)) {
          e += 2;
        }
      }
    }
    if (!year && word(e, "of")) {
      return std::nullopt;  // "the fall of Kabul"
    }
    if (!year && mod == -2) {
      // A bare season needs a preposition: "in the spring", "during winter", "over the summer".
      const std::size_t p = i;
      if (p == 0 || !(word(p - 1, "in") || word(p - 1, "during") || word(p - 1, "over") ||
                      word(p - 1, "through") || word(p - 1, "since") || word(p - 1, "until") ||
                      word(p - 1, "by") || word(p - 1, "throughout"))) {
        return std::nullopt;
      }
    }
    if (year) {
      const Span s = season_span(*m0, *year);
      return make_cand(i, e, span_value(s.first, s.second, Grain::range));
    }
    if (!m_anchor) {
      return make_cand(i, e, TimeValue{});
    }
    const Days a = *m_anchor;
    const int ay = int(Ymd{a}.year());
    std::optional<Span> best;
    for (int y = ay - 2; y <= ay + 1; ++y) {
      const Span s = season_span(*m0, y);
      bool better = false;
      switch (mod) {
      case -2:
        better = t == Tense::past ? (s.first <= a && (!best || s.first > best->first))
                                  : (s.second >= a && (!best || s.first < best->first));
        break;
      case -1:
        better = s.second < a && (!best || s.first > best->first);
        break;
      case 0:  // the season containing the anchor, else this year's coming one
        better = s.second >= a && (!best || s.first < best->first);
        break;
      default:
        better = s.first > a && (!best || s.first < best->first);
        break;
      }
      if (better) {
        best = s;
      }
    }
    if (!best) {
      return std::nullopt;
    }
    return make_cand(i, e, span_value(best->first, best->second, Grain::range));
  }

  // "the 1990s", "1990s", "the '90s".
  [[nodiscard]] OptCand decade_at(std::size_t i) const {
    std::size_t k = i;
    if (word(k, "the")) {
      ++k;
    }
    int y0 = 0;
    if (ok_at(k) && m_t[k].kind == Kind::number && m_t[k].suffix == "s" && m_t[k].digits == 4 &&
        m_t[k].value % 10 == 0 && m_t[k].value >= 1000) {
      y0 = static_cast<int>(m_t[k].value);
    } else if (punct(k, "'") && ok_at(k + 1) && glued(k + 1) && m_t[k + 1].kind == Kind::number &&
               m_t[k + 1].digits == 2 && m_t[k + 1].suffix == "s" && m_t[k + 1].value % 10 == 0) {
      y0 = 1900 + static_cast<int>(m_t[k + 1].value);  // "'90s": the twentieth century
      ++k;
    } else {
      return std::nullopt;
    }
    return make_cand(i, k + 1, core::make_decade(date::year{y0}));
  }

  [[nodiscard]] OptCand holiday_at(std::size_t i, Tense t) const {
    std::size_t k = i;
    int mod = -2;
    if (word(k, "last")) {
      mod = -1;
      ++k;
    } else if (word(k, "this")) {
      mod = 0;
      ++k;
    } else if (word(k, "next")) {
      mod = 1;
      ++k;
    }
    if (!is_word(k) || !m_t[k].cap || !may_start(k_holiday_initials, m_t[k].lower)) {
      return std::nullopt;
    }
    for (const Holiday& h : k_holidays) {
      std::size_t e = phrase_at(k, h.words);
      if (e == 0) {
        continue;
      }
      // "Ukraine's Independence Day" is not the Fourth of July.
      if (h.us_only && k >= 2 && word(k - 1, "s") && punct(k - 2, "'")) {
        return std::nullopt;
      }
      std::optional<int> year;
      if (mod == -2) {
        std::size_t j = e;
        if (word(j, "of") || punct(j, ",")) {
          ++j;
        }
        if (const int y = year_at(j)) {
          year = y;
          e = j + 1;
        }
      }
      if (year) {
        const auto d = holiday_day(h, *year);
        if (!d) {
          return std::nullopt;
        }
        return make_cand(i, e, core::make_day(*d));
      }
      if (!m_anchor) {
        return make_cand(i, e, TimeValue{});
      }
      const Days a = *m_anchor;
      const int ay = int(Ymd{a}.year());
      std::optional<Days> best;
      for (int y = ay - 2; y <= ay + 2; ++y) {
        const auto d = holiday_day(h, y);
        if (!d) {
          continue;
        }
        const Days dd{*d};
        bool better = false;
        switch (mod) {
        case -2:
          better = t == Tense::past ? (dd <= a && (!best || dd > *best))
                                    : (dd >= a && (!best || dd < *best));
          break;
        case -1:
          better = dd < a && (!best || dd > *best);
          break;
        case 0:
          better = y == ay;
          break;
        default:
          better = dd > a && (!best || dd < *best);
          break;
        }
        if (better) {
          best = dd;
        }
      }
      if (!best) {
        return std::nullopt;
      }
      return make_cand(i, e, core::make_day(Ymd{*best}));
    }
    return std::nullopt;
  }

  // "last March", "next June", "this May".
  [[nodiscard]] OptCand modified_month_at(std::size_t i) const {
    int mod = 0;
    if (word(i, "last")) {
      mod = -1;
    } else if (word(i, "next")) {
      mod = 1;
    } else if (!word(i, "this")) {
      return std::nullopt;
    }
    const auto m = month_at(i + 1);
    if (!m || m->abbr || day_at(m->next) != 0) {
      return std::nullopt;
    }
    if (!m_anchor) {
      return make_cand(i, m->next, TimeValue{});
    }
    const Days a = *m_anchor;
    const int ay = int(Ymd{a}.year());
    if (mod == 0) {
      return make_cand(i, m->next, core::make_month(date::year{ay} / date::month{m->month}));
    }
    std::optional<TimeValue> best;
    for (int y = ay - 1; y <= ay + 1; ++y) {
      TimeValue v = core::make_month(date::year{y} / date::month{m->month});
      const Days f{*v.first};
      const Days l{*v.last};
      if (mod < 0 ? (l < a && (!best || f > Days{*best->first}))
                  : (f > a && (!best || f < Days{*best->first}))) {
        best = std::move(v);
      }
    }
    return make_cand(i, m->next, *best);
  }

  // --- ranges --------------------------------------------------------------------------------

  [[nodiscard]] OptCand range_at(std::size_t i) const {
    if (word(i, "between") || word(i, "from")) {
      const bool between = word(i, "between");
      // "between 1 and 5 June", "from 3 to 7 April 2023": the first end borrows the month.
      if (const unsigned d1 = day_at(i + 1);
          d1 != 0 && (between ? word(i + 2, "and") : (word(i + 2, "to") || punct(i + 2, "-")))) {
        OptCand b = day_first_at(i + 3, m_tense);
        if (b && !b->reject && b->item == Item::day && b->day > d1) {
          b->begin = i;
          b->item = Item::day_range;
          b->day2 = b->day;
          b->day = d1;
          if (!b->v.known()) {
            return make_cand(i, b->end, TimeValue{});
          }
          const Ymd last{*b->v.first};
          const Ymd first{last.year(), last.month(), date::day{d1}};
          return make_cand(i, b->end, core::make_span(first, last, Grain::range));
        }
      }
      OptCand a = core_at(i + 1, m_tense, true);
      if (!a || a->reject) {
        return std::nullopt;
      }
      const std::size_t sep = a->end;
      if (between ? !word(sep, "and")
                  : !(word(sep, "to") || word(sep, "until") || word(sep, "till") ||
                      word(sep, "through") || punct(sep, "-"))) {
        return std::nullopt;
      }
      OptCand b = core_at(sep + 1, m_tense, true);
      // "from March 3 to 5", "from March 3 to 5, 2022"
      if ((!b || b->end == sep + 1) && a->item == Item::day && day_at(sep + 1) > a->day &&
          !is_word(sep + 2)) {
        std::optional<int> year;
        std::size_t e = sep + 2;
        if (auto ty = trailing_year(e); ty && !a->has_year) {
          year = ty->first;
          e = ty->second;
        } else if (a->has_year && a->v.known()) {
          year = int(Ymd{*a->v.first}.year());
        }
        b = item_cand(sep + 1, e, Item::day, a->month, day_at(sep + 1), 0, year, m_tense);
      }
      if (!b || b->reject) {
        return std::nullopt;
      }
      return combine(i, *a, *b);
    }
    if (word(i, "since")) {
      OptCand a = core_at(i + 1, Tense::past, true);
      if (!a || a->reject || a->v.grain == Grain::approx) {
        return std::nullopt;
      }
      if (!m_anchor || !a->v.known()) {
        return make_cand(i, a->end, TimeValue{});
      }
      const Days f{*a->v.first};
      if (f > *m_anchor) {
        return std::nullopt;
      }
      return make_cand(i, a->end, span_value(f, *m_anchor, Grain::range));
    }
    if (word(i, "until") || word(i, "till") || word(i, "by") || word(i, "through")) {
      OptCand a = core_at(i + 1, m_tense, true);
      if (!a || a->reject || !a->v.known() || !m_anchor || a->v.grain == Grain::approx) {
        return std::nullopt;  // the bare expression is still found at i + 1
      }
      const Days l{*a->v.last};
      if (l <= *m_anchor) {
        return std::nullopt;
      }
      return make_cand(i, a->end, span_value(*m_anchor, l, Grain::range));
    }
    return std::nullopt;
  }

  // Joins the two ends of "between X and Y" / "from X to Y", sharing a written year.
  [[nodiscard]] OptCand combine(std::size_t i, Cand a, Cand b) const {
    const auto calendar = [](const Cand& c) {
      return c.item == Item::month || c.item == Item::day || c.item == Item::day_range;
    };
    if (calendar(a) && calendar(b) && !a.has_year && b.has_year) {
      const int yb = int(Ymd{*b.v.first}.year());
      auto v = item_value(a.item, a.month, a.day, a.day2, yb);
      if (v && Days{*v->first} > Days{*b.v.first}) {
        v = item_value(a.item, a.month, a.day, a.day2, yb - 1);
      }
      if (!v) {
        return std::nullopt;
      }
      a.v = std::move(*v);
    } else if (calendar(a) && calendar(b) && !a.has_year && !b.has_year && m_anchor) {
      // Choose the year of the whole span by tense.
      const auto whole = [&](int y) -> std::optional<Span> {
        auto va = item_value(a.item, a.month, a.day, a.day2, y);
        if (!va) {
          return std::nullopt;
        }
        auto vb = item_value(b.item, b.month, b.day, b.day2, y);
        if (vb && Days{*vb->last} < Days{*va->first}) {
          vb = item_value(b.item, b.month, b.day, b.day2, y + 1);
        }
        if (!vb) {
          return std::nullopt;
        }
        return Span{Days{*va->first}, Days{*vb->last}};
      };
      const auto y = pick_year(whole, m_tense);
      if (!y) {
        return std::nullopt;
      }
      a.v = *item_value(a.item, a.month, a.day, a.day2, *y);
      auto vb = item_value(b.item, b.month, b.day, b.day2, *y);
      if (!vb || Days{*vb->last} < Days{*a.v.first}) {
        vb = item_value(b.item, b.month, b.day, b.day2, *y + 1);
      }
      if (!vb) {
        return std::nullopt;
      }
      b.v = std::move(*vb);
    } else if (calendar(a) && calendar(b) && a.has_year && !b.has_year) {
      const int ya = int(Ymd{*a.v.first}.year());
      auto vb = item_value(b.item, b.month, b.day, b.day2, ya);
      if (vb && Days{*vb->last} < Days{*a.v.first}) {
        vb = item_value(b.item, b.month, b.day, b.day2, ya + 1);
      }
      if (!vb) {
        return std::nullopt;
      }
      b.v = std::move(*vb);
    }
    if (!a.v.known() || !b.v.known()) {
      return make_cand(i, b.end, TimeValue{});
    }
    const Days f{*a.v.first};
    const Days l{*b.v.last};
    if (l < f) {
      return std::nullopt;
    }
    return make_cand(i, b.end, span_value(f, l, Grain::range));
  }
};

} // namespace

std::vector<DateMatch> find_dates(std::string_view text, std::optional<date::year_month_day> anchor,
                                  std::optional<date::year_month_day> previous) {
  Finder f(text, anchor, previous);
  return f.run();
}

} // namespace eventdb::extract
