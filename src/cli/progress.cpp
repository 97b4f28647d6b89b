#include "cli/progress.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <cmath>
#include <ostream>
#include <vector>

namespace eventdb::cli {

namespace {

constexpr double k_mb = 1e6;

std::string mb(std::uint64_t bytes) {
  return fmt::format("{:.1f}", static_cast<double>(bytes) / k_mb);
}

} // namespace

std::string format_eta(double seconds) {
  const auto total = static_cast<std::uint64_t>(std::max(0.0, std::round(seconds)));
  const auto h = total / 3600;
  const auto m = (total / 60) % 60;
  const auto sec = total % 60;
  if (h > 0) {
    return fmt::format("{}:{:02}:{:02}", h, m, sec);
  }
  return fmt::format("{}:{:02}", m, sec);
}

std::string render_progress(const ProgressState& s, std::size_t width) {
  const bool by_bytes = s.bytes_total > 0;
  double fraction = 0;
  if (by_bytes) {
    fraction = static_cast<double>(s.bytes_done) / static_cast<double>(s.bytes_total);
  } else if (s.files_total > 0) {
    fraction = static_cast<double>(s.files_done) / static_cast<double>(s.files_total);
  }
  fraction = std::clamp(fraction, 0.0, 1.0);

  const bool timed = s.seconds >= 0.1 && s.bytes_done > 0;
  const double rate = timed ? static_cast<double>(s.bytes_done) / s.seconds : 0;
  std::string eta = "ETA --";
  if (fraction >= 1.0) {
    eta = "ETA 0:00";
  } else if (timed && fraction > 0) {
    eta = "ETA " + format_eta(s.seconds * (1 - fraction) / fraction);
  }

  std::vector<std::string> parts;
  parts.push_back(fmt::format("{}/{} files", s.files_done, s.files_total));
  parts.push_back(by_bytes ? fmt::format("{}/{} MB", mb(s.bytes_done), mb(s.bytes_total))
                           : fmt::format("{} MB", mb(s.bytes_done)));
  parts.push_back(timed ? fmt::format("{:.1f} MB/s", rate / k_mb) : std::string("-- MB/s"));
  parts.push_back(eta);
  parts.push_back(fmt::format("{} articles", s.articles));

  // Drop parts from the right until the text and a bar of at least 10 cells fit.
  constexpr std::size_t k_min_bar = 10;
  std::string text;
  while (!parts.empty()) {
    text = fmt::format("  {}", fmt::join(parts, "  "));
    if (text.size() + k_min_bar + 2 <= width) {
      break;
    }
    parts.pop_back();
  }
  if (parts.empty()) {
    text.clear();
  }
  if (width < k_min_bar + 2) {
    return text.substr(0, width);
  }
  const auto cells = std::min<std::size_t>(width - text.size() - 2, 40);
  const auto full = static_cast<std::size_t>(fraction * static_cast<double>(cells));
  return fmt::format("[{}{}]{}", std::string(full, '#'), std::string(cells - full, '.'), text);
}

ProgressLine::ProgressLine(std::ostream& err, bool enabled, std::size_t width,
                           Clock::duration interval)
    : m_err(err), m_enabled(enabled), m_width(width), m_interval(interval), m_start(Clock::now()),
      m_last_draw(m_start) {}

ProgressLine::~ProgressLine() {
  try {
    clear();
  } catch (...) { // NOLINT(bugprone-empty-catch): destructors never throw
  }
}

void ProgressLine::update(ProgressState s) {
  if (!m_enabled) {
    return;
  }
  const auto now = Clock::now();
  // At most one draw per interval; imports that finish within the first one never show a bar.
  if (now - m_last_draw < m_interval) {
    return;
  }
  s.seconds = std::chrono::duration<double>(now - m_start).count();
  // The last column stays empty so the terminal never wraps.
  fmt::print(m_err, "\r{}\x1b[K", render_progress(s, m_width > 0 ? m_width - 1 : 0));
  m_err.flush();
  m_last_draw = now;
  m_drawn = true;
}

void ProgressLine::clear() {
  if (m_drawn) {
    fmt::print(m_err, "\r\x1b[K");
    m_err.flush();
    m_drawn = false;
  }
}

double ProgressLine::seconds() const {
  return std::chrono::duration<double>(Clock::now() - m_start).count();
}

} // namespace eventdb::cli
