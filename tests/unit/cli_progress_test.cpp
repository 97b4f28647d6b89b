#include "cli/progress.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using eventdb::cli::format_eta;
using eventdb::cli::ProgressLine;
using eventdb::cli::ProgressState;
using eventdb::cli::render_progress;

TEST_CASE("render_progress shows files, megabytes, rate, ETA and articles", "[cli][progress]") {
  ProgressState s;
  s.files_done = 3;
  s.files_total = 10;
  s.bytes_done = 10'000'000;
  s.bytes_total = 40'000'000;
  s.articles = 120;
  s.seconds = 2.0;
  const auto line = render_progress(s, 120);
  CHECK(line == "[##########..............................]  3/10 files  10.0/40.0 MB  5.0 MB/s  "
                "ETA 0:06  120 articles");
  // Narrower: the bar gives up cells first.
  CHECK(render_progress(s, 100) == "[#########.............................]  3/10 files  "
                                   "10.0/40.0 MB  5.0 MB/s  ETA 0:06  120 articles");
}

TEST_CASE("render_progress fits the width by dropping parts, then shrinking the bar",
          "[cli][progress]") {
  ProgressState s;
  s.files_done = 1;
  s.files_total = 4;
  s.bytes_done = 1'000'000;
  s.bytes_total = 4'000'000;
  s.seconds = 1.0;
  for (std::size_t width : {0U, 5U, 12U, 30U, 40U, 60U, 79U, 200U}) {
    CAPTURE(width);
    CHECK(render_progress(s, width).size() <= width);
  }
  CHECK(render_progress(s, 40) == "[###............]  1/4 files  1.0/4.0 MB");
  CHECK(render_progress(s, 200).ends_with("ETA 0:03  0 articles"));
}

TEST_CASE("render_progress before any data has no rate or ETA", "[cli][progress]") {
  ProgressState s;
  s.files_total = 2;
  s.bytes_total = 5'000'000;
  s.seconds = 0.05;
  CHECK(render_progress(s, 120) ==
        "[........................................]  0/2 files  0.0/5.0 MB  -- MB/s  ETA --  "
        "0 articles");
}

TEST_CASE("render_progress follows files when the size is unknown (stdin)", "[cli][progress]") {
  ProgressState s;
  s.files_done = 1;
  s.files_total = 2;
  s.bytes_done = 3'000'000;
  s.seconds = 3;
  CHECK(render_progress(s, 120) ==
        "[####################....................]  1/2 files  3.0 MB  1.0 MB/s  ETA 0:03  "
        "0 articles");
}

TEST_CASE("format_eta writes minutes and seconds, hours when needed", "[cli][progress]") {
  CHECK(format_eta(0) == "0:00");
  CHECK(format_eta(7.4) == "0:07");
  CHECK(format_eta(754) == "12:34");
  CHECK(format_eta(3723) == "1:02:03");
  CHECK(format_eta(-5) == "0:00");
}

TEST_CASE("ProgressLine draws in place and clears, only when enabled", "[cli][progress]") {
  ProgressState s;
  s.files_total = 1;
  SECTION("disabled: silent") {
    std::ostringstream err;
    {
      ProgressLine p(err, false, 80, std::chrono::milliseconds(0));
      p.update(s);
      p.clear();
    }
    CHECK(err.str().empty());
  }
  SECTION("enabled: carriage return, line, erase; cleared at the end") {
    std::ostringstream err;
    {
      ProgressLine p(err, true, 80, std::chrono::milliseconds(0));
      p.update(s);
      CHECK(err.str().starts_with("\r[....."));
      CHECK(err.str().ends_with("0 articles\x1b[K"));
      CHECK(err.str().find('\n') == std::string::npos);
    }
    CHECK(err.str().ends_with("\r\x1b[K"));
  }
  SECTION("enabled: at most one draw per interval") {
    std::ostringstream err;
    ProgressLine p(err, true, 80, std::chrono::hours(1));
    p.update(s);
    p.update(s);
    CHECK(err.str().empty()); // the first interval has not passed
  }
}
