// Runs extract::find_dates over tests/fixtures/dates_cases.tsv and prints, per category, how
// many expressions were detected and resolved exactly, plus single-threaded sentences/second.
// Same scoring as bench/dates-vs-chrono/chrono.mjs (see docs/dates.md):
//   detected: some match overlaps the expected expression in the sentence;
//   exact:    an overlapping match covers exactly the expected first..last days
//             (strict: also the same value and grain text, reported separately);
//   negatives: a false positive is any match overlapping the tricky substring.
// Usage: eventdb_dates_bench [cases.tsv] [repetitions]
#include "core/time_value.hpp"
#include "extract/dates.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

struct Row {
  std::string category, published, sentence, expression, value, grain, first, last;
  std::optional<date::year_month_day> anchor;
};

std::vector<std::string> split_tabs(const std::string& s) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == '\t') {
      out.emplace_back();
    } else if (c != '\r') {
      out.back().push_back(c);
    }
  }
  return out;
}

struct Score {
  int rows = 0;
  int detected = 0;
  int exact = 0;
  int strict = 0;
};

std::string base_category(const std::string& c) {
  const auto p = c.find("_known_gap");
  return p == std::string::npos ? c : c.substr(0, p);
}

} // namespace

int main(int argc, char** argv) {
  const std::string path = argc > 1 ? argv[1] : "tests/fixtures/dates_cases.tsv";
  const int reps = argc > 2 ? std::atoi(argv[2]) : 200;
  std::ifstream in(path);
  if (!in) {
    fmt::print(stderr, "eventdb_dates_bench: cannot read {}\n", path);
    return 1;
  }
  std::vector<Row> rows;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      continue;
    }
    if (line.empty() || line[0] == '#') {
      continue;
    }
    auto f = split_tabs(line);
    f.resize(8);
    Row r{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], std::nullopt};
    if (!r.published.empty()) {
      r.anchor = eventdb::core::parse_iso_date(r.published);
    }
    rows.push_back(std::move(r));
  }

  std::map<std::string, Score> scores;
  Score total;
  int negatives = 0;
  int false_positives = 0;
  for (const auto& r : rows) {
    const auto ms = eventdb::extract::find_dates(r.sentence, r.anchor);
    const auto pos = r.sentence.find(r.expression);
    const auto end = pos == std::string::npos ? pos : pos + r.expression.size();
    bool detected = false;
    bool exact = false;
    bool strict = false;
    for (const auto& m : ms) {
      if (pos == std::string::npos || m.start >= end || m.end <= pos) {
        continue;
      }
      detected = true;
      const auto& v = m.value;
      const std::string first = v.first ? eventdb::core::iso(*v.first) : "";
      const std::string last = v.last ? eventdb::core::iso(*v.last) : "";
      if (first == r.first && last == r.last) {
        exact = true;
        if (v.value == r.value && eventdb::core::to_string(v.grain) == r.grain &&
            v.text == r.expression) {
          strict = true;
        }
      }
    }
    if (r.category == "negative") {
      ++negatives;
      false_positives += detected ? 1 : 0;
      continue;
    }
    for (Score* s : {&scores[base_category(r.category)], &total}) {
      ++s->rows;
      s->detected += detected ? 1 : 0;
      s->exact += exact ? 1 : 0;
      s->strict += strict ? 1 : 0;
    }
  }

  const auto pct = [](int a, int b) { return b == 0 ? 0.0 : 100.0 * a / b; };
  fmt::print("eventdb find_dates on {}\n", path);
  fmt::print("{:<18} {:>5} {:>10} {:>8} {:>8}\n", "category", "cases", "detected", "exact",
             "strict");
  for (const auto& [name, s] : scores) {
    fmt::print("{:<18} {:>5} {:>9.1f}% {:>7.1f}% {:>7.1f}%\n", name, s.rows,
               pct(s.detected, s.rows), pct(s.exact, s.rows), pct(s.strict, s.rows));
  }
  fmt::print("{:<18} {:>5} {:>9.1f}% {:>7.1f}% {:>7.1f}%\n", "ALL", total.rows,
             pct(total.detected, total.rows), pct(total.exact, total.rows),
             pct(total.strict, total.rows));
  fmt::print("negatives: {} rows, {} false positives\n", negatives, false_positives);

  std::size_t sink = 0;
  const auto t0 = std::chrono::steady_clock::now();
  for (int k = 0; k < reps; ++k) {
    for (const auto& r : rows) {
      sink += eventdb::extract::find_dates(r.sentence, r.anchor).size();
    }
  }
  const std::chrono::duration<double> dt = std::chrono::steady_clock::now() - t0;
  const double n = static_cast<double>(rows.size()) * reps;
  fmt::print("throughput: {:.0f} sentences/s ({} sentences x {} reps in {:.3f} s, {} matches)\n",
             n / dt.count(), rows.size(), reps, dt.count(), sink);
  return 0;
}
