#pragma once

// The progress line of `eventdb import` on a terminal. render_progress is a pure function of
// the counters, so it is unit tested; ProgressLine decides when to draw and clears the line.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>

namespace eventdb::cli {

struct ProgressState {
  std::size_t files_done = 0;
  std::size_t files_total = 0;
  std::uint64_t bytes_done = 0;  // bytes of input behind the articles stored so far
  std::uint64_t bytes_total = 0; // sum of the file sizes (0 when unknown, e.g. stdin)
  std::size_t articles = 0;      // articles stored (imported or replaced) so far
  double seconds = 0;            // since the import started
};

// One line, at most `width` columns (ASCII only), e.g.
//   "[#######.............]  3/10 files  12.4/40.0 MB  6.2 MB/s  ETA 0:05  120 articles"
// The bar and the ETA follow bytes when the total is known, else files. The rate and ETA show
// "--" until a tenth of a second has passed or while nothing was read. Parts are dropped from
// the right (then the bar shrinks) when the width is small.
[[nodiscard]] std::string render_progress(const ProgressState& s, std::size_t width);

// "0:07", "12:34", "1:02:03".
[[nodiscard]] std::string format_eta(double seconds);

// Draws render_progress on `err` in place ("\r" + line + erase to end of line), at most
// every `interval`, only when `enabled` (stderr is a terminal and not --quiet). clear()
// removes the line before other output and at the end; the next update() draws it again.
class ProgressLine {
public:
  using Clock = std::chrono::steady_clock;

  ProgressLine(std::ostream& err, bool enabled, std::size_t width = 80,
               Clock::duration interval = std::chrono::milliseconds(100));
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;
  ~ProgressLine();

  // Redraws when the interval has passed since the last draw (or the line was cleared).
  void update(ProgressState s);
  // Erases the line if it is drawn.
  void clear();
  [[nodiscard]] double seconds() const;

private:
  std::ostream& m_err;
  bool m_enabled;
  std::size_t m_width;
  Clock::duration m_interval;
  Clock::time_point m_start;
  Clock::time_point m_last_draw;
  bool m_drawn = false;
};

} // namespace eventdb::cli
