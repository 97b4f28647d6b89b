#include "extract/quantities.hpp"
#include "extract/string_table.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

namespace eventdb::extract {

namespace {

struct Word {
  std::string_view word;
  double value;
};

constexpr std::array<Word, 21> k_number_words = {{
    {"one", 1},     {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
    {"six", 6},     {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
    {"eleven", 11}, {"twelve", 12},    {"fifteen", 15},  {"twenty", 20},   {"thirty", 30},
    {"forty", 40},  {"fifty", 50},     {"hundred", 100}, {"dozen", 12},    {"a", 1},
    {"an", 1},
}};

constexpr std::array<Word, 8> k_scales = {{{"thousand", 1e3},
                                           {"million", 1e6},
                                           {"billion", 1e9},
                                           {"trillion", 1e12},
                                           {"mln", 1e6},
                                           {"bn", 1e9},
                                           {"m", 1e6},
                                           {"k", 1e3}}};

// Vague plurals, counted at their floor as ACLED does.
// A plural means at least two of the unit: "hundreds" is at least 200, as the gold set's
// annotation rules count it (sample_data/SOURCES.md).
constexpr std::array<Word, 5> k_vague = {{{"dozens", 24},
                                          {"scores", 40},
                                          {"hundreds", 200},
                                          {"thousands", 2000},
                                          {"millions", 2e6}}};

struct Qualifier {
  std::array<std::string_view, 3> words;
  core::Approx approx;
};

constexpr std::array<Qualifier, 19> k_qualifiers = {{
    {{"more", "than", ""}, core::Approx::more_than},
    {{"over", "", ""}, core::Approx::more_than},
    {{"upwards", "of", ""}, core::Approx::more_than},
    {{"in", "excess", "of"}, core::Approx::more_than},
    {{"at", "least", ""}, core::Approx::at_least},
    {{"no", "fewer", "than"}, core::Approx::at_least},
    {{"up", "to", ""}, core::Approx::at_most},
    {{"as", "many", "as"}, core::Approx::at_most},
    {{"as", "much", "as"}, core::Approx::at_most},
    {{"at", "most", ""}, core::Approx::at_most},
    {{"less", "than", ""}, core::Approx::less_than},
    {{"fewer", "than", ""}, core::Approx::less_than},
    {{"under", "", ""}, core::Approx::less_than},
    {{"about", "", ""}, core::Approx::approximate},
    {{"around", "", ""}, core::Approx::approximate},
    {{"approximately", "", ""}, core::Approx::approximate},
    {{"roughly", "", ""}, core::Approx::approximate},
    {{"nearly", "", ""}, core::Approx::approximate},
    {{"almost", "", ""}, core::Approx::approximate},
}};

constexpr std::array<std::string_view, 4> k_more_approx = {"some", "estimated", "an", "approx"};

double lookup(std::string_view w, const auto& table, double fallback) {
  for (const auto& e : table) {
    if (e.word == w) {
      return e.value;
    }
  }
  return fallback;
}

// The vague plurals are searched at every token: a word whose first byte is
// the first byte of no entry (bit c & 63 of the table's mask) is turned away without a scan.
constexpr std::uint64_t initial_bit(char c) {
  return std::uint64_t{1} << (static_cast<unsigned char>(c) & 63u);
}
template <std::size_t N>
constexpr std::uint64_t initials(const std::array<Word, N>& table) {
  std::uint64_t mask = 0;
  for (const auto& e : table) {
    mask |= initial_bit(e.word.front());
  }
  return mask;
}
bool may_be_in(std::uint64_t initials_mask, std::string_view w) {
  return !w.empty() && (initials_mask & initial_bit(w.front())) != 0;
}
constexpr std::uint64_t k_vague_initials = initials(k_vague);

// Strips thousands separators and parses a decimal number.
std::optional<double> parse_numeral(std::string_view s) {
  std::string digits;
  for (char c : s) {
    if (c == ',') {
      continue;
    }
    if ((c >= '0' && c <= '9') || c == '.') {
      digits += c;
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty() || digits.size() > 18) {
    return std::nullopt;
  }
  double v = 0;
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (ec != std::errc() || p != digits.data() + digits.size()) {
    return std::nullopt;
  }
  return v;
}

// "100m", "1.2bn", "5k": a numeral with a glued scale suffix.
std::optional<double> parse_glued(std::string_view s) {
  std::size_t k = 0;
  while (k < s.size() && ((s[k] >= '0' && s[k] <= '9') || s[k] == ',' || s[k] == '.')) {
    ++k;
  }
  if (k == 0 || k == s.size()) {
    return std::nullopt;
  }
  const double scale = lookup(s.substr(k), k_scales, 0);
  if (scale == 0) {
    return std::nullopt;
  }
  auto v = parse_numeral(s.substr(0, k));
  if (!v) {
    return std::nullopt;
  }
  return *v * scale;
}

bool is_period_word(std::string_view w, std::string& period) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> k_periods = {{
      {"day", "day"}, {"week", "week"}, {"month", "month"}, {"year", "year"},
      {"daily", "day"}, {"weekly", "week"}, {"monthly", "month"}, {"annually", "year"}}};
  for (const auto& [word, p] : k_periods) {
    if (w == word) {
      period = std::string(p);
      return true;
    }
  }
  return false;
}

} // namespace

std::optional<double> parse_number(std::string_view lower) {
  if (lower.empty()) {
    return std::nullopt;
  }
  if (lower.front() >= '0' && lower.front() <= '9') {
    return parse_numeral(lower);
  }
  // Asked at nearly every token: one StringMap lookup (most words fail its shape test at once)
  // instead of a scan of the table.
  static const StringMap<double> number_words = [] {
    StringMap<double> m;
    for (const auto& e : k_number_words) {
      m.emplace(e.word, e.value);
    }
    return m;
  }();
  const auto it = number_words.find(lower);
  if (it == number_words.end() || lower == "a" || lower == "an") {
    return std::nullopt;
  }
  return it->second;
}

std::vector<QuantityMatch> find_quantities(const std::vector<Token>& tokens,
                                           const std::vector<bool>& skip,
                                           const Lexicon& lexicon) {
  std::vector<QuantityMatch> out;
  const std::size_t n = tokens.size();
  std::size_t i = 0;
  while (i < n) {
    if (i < skip.size() && skip[i]) {
      ++i;
      continue;
    }
    std::size_t start = i;
    std::size_t j = i;
    std::optional<double> value;
    std::string currency;
    bool vague = false;
    bool from_word = false;
    // "$" prefix
    if (tokens[j].text == "$" && j + 1 < n) {
      currency = "USD";
      ++j;
    } else if ((tokens[j].text == "\u20AC" || tokens[j].text == "\u00A3") && j + 1 < n) {
      currency = tokens[j].text == "\u20AC" ? "EUR" : "GBP";
      ++j;
    }
    if (tokens[j].kind == TokenKind::number) {
      value = parse_numeral(tokens[j].lower);
      if (!value) {
        value = parse_glued(tokens[j].lower);
      }
      // A numeral glued to anything else ("22nd", "F-16" pieces) is not a quantity.
      ++j;
    } else if (tokens[j].lower == "tens" && j + 2 < n && tokens[j + 1].lower == "of" &&
               (tokens[j + 2].lower == "thousands" || tokens[j + 2].lower == "millions")) {
      value = tokens[j + 2].lower == "thousands" ? 2e4 : 2e7;
      vague = true;
      j += 3;
    } else if (may_be_in(k_vague_initials, tokens[j].lower) &&
               lookup(tokens[j].lower, k_vague, 0) > 0) {
      value = lookup(tokens[j].lower, k_vague, 0);
      vague = true;
      ++j;
      if (j < n && tokens[j].lower == "of") {
        ++j;
      }
    } else if ((tokens[j].lower == "a" || tokens[j].lower == "one") && j + 1 < n &&
               tokens[j + 1].lower == "dozen") {
      value = 12;
      from_word = true;
      j += 2;
    } else if (auto w = parse_number(tokens[j].lower); w && tokens[j].kind == TokenKind::word) {
      value = w;
      from_word = true;
      ++j;
    }
    if (!value || (i < skip.size() && skip[i])) {
      i = start + 1;
      continue;
    }
    // Number preceded by a hyphen or letters is a designation ("F-16", "S-300"), not a count.
    if (start > 0 && tokens[start - 1].text == "-" && tokens[start - 1].end == tokens[start].start) {
      i = j;
      continue;
    }
    // Scale words: "1.1 billion", "100 million".
    while (j < n && lookup(tokens[j].lower, k_scales, 0) > 0 && tokens[j].lower.size() > 1) {
      *value *= lookup(tokens[j].lower, k_scales, 0);
      ++j;
    }
    QuantityMatch q;
    q.quantity.value = *value;
    q.quantity.approx = vague ? core::Approx::at_least : core::Approx::exact;
    // Percent.
    if (j < n && (tokens[j].text == "%" || tokens[j].lower == "percent" ||
                  (tokens[j].lower == "per" && j + 1 < n && tokens[j + 1].lower == "cent"))) {
      q.quantity.unit = "percent";
      j += tokens[j].lower == "per" ? 2 : 1;
      q.has_unit_word = true;
    } else if (!currency.empty()) {
      q.quantity.unit = currency;
      q.cls = UnitClass::money;
      q.has_unit_word = true;
    }
    // Unit word, possibly after one or two modifiers: "10,000 skilled contractors",
    // "1,000 Wagner fighters", "86.2 billion rubles".
    if (q.quantity.unit.empty() || q.quantity.unit == "USD") {
      for (std::size_t k = j; k < n && k <= j + 2; ++k) {
        if (tokens[k].kind != TokenKind::word && tokens[k].text != "\u201C" &&
            tokens[k].text != "\"") {
          break;
        }
        if (const auto* u = lexicon.unit(tokens[k].lower)) {
          if (q.quantity.unit.empty()) {
            q.quantity.unit = u->unit;
            q.cls = u->cls;
            q.has_unit_word = true;
          }
          q.quantity.what = tokens[k].lower;
          j = k + 1;
          // Closing quote after a quoted unit word ("contractors").
          if (j < n && (tokens[j].text == "\u201D" || tokens[j].text == "\"")) {
            ++j;
          }
          break;
        }
      }
    }
    // Qualifier before: "more than", "about", "at least".
    for (const auto& qual : k_qualifiers) {
      std::size_t len = qual.words[2].empty() ? (qual.words[1].empty() ? 1 : 2) : 3;
      if (start < len) {
        continue;
      }
      bool ok = true;
      for (std::size_t w = 0; w < len; ++w) {
        ok = ok && tokens[start - len + w].lower == qual.words[w];
      }
      if (ok) {
        q.quantity.approx = qual.approx;
        start -= len;
        break;
      }
    }
    if (start > 0 && q.quantity.approx == core::Approx::exact) {
      for (auto w : k_more_approx) {
        if (tokens[start - 1].lower == w && w != "an") {
          q.quantity.approx = core::Approx::approximate;
          --start;
          break;
        }
      }
    }
    // Rate after: "each month", "per month", "a month", "every month", "monthly".
    std::string period;
    if (j + 1 < n && (tokens[j].lower == "each" || tokens[j].lower == "per" ||
                      tokens[j].lower == "a" || tokens[j].lower == "every") &&
        is_period_word(tokens[j + 1].lower, period)) {
      q.quantity.per = period;
      j += 2;
    } else if (j < n && is_period_word(tokens[j].lower, period) && period != tokens[j].lower) {
      q.quantity.per = period;
      ++j;
    }
    // A percent tells what it is a share of: "90% of whom were convicts".
    if (q.quantity.unit == "percent" && q.quantity.what.empty()) {
      for (std::size_t k = j; k < n && k <= j + 4; ++k) {
        if (const auto* u = lexicon.unit(tokens[k].lower); u && u->cls == UnitClass::person) {
          q.quantity.what = tokens[k].lower;
          break;
        }
      }
    }
    q.first = start;
    q.last = j;
    // The words themselves: tokens are views into one sentence, so the span is contiguous.
    q.quantity.text = std::string(tokens[q.first].text.data(),
                                  tokens[q.last - 1].end - tokens[q.first].start);
    // Spelled-out numbers count only with a unit word: "one of the reasons" is not a count.
    if (from_word && !q.has_unit_word) {
      i = j;
      continue;
    }
    out.push_back(std::move(q));
    i = j;
  }
  return out;
}

} // namespace eventdb::extract
