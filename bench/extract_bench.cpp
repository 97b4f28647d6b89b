// The cost of extraction alone: reads articles with the importers (folders, text, HTML, feeds,
// JSON Lines), then runs extract::Pipeline::extract over all of them on one thread, with the
// shipped dictionary and no database. Prints the article text per second of CPU and of wall
// time, articles/s and events/s. Reading is not timed.
// Usage: eventdb_extract_bench [--repeat N] PATH...
#include "extract/dictionary.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"
#include "importers/reader.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

namespace {

double cpu_seconds() {
  return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char** argv) {
  int repeat = 1;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
    } else if (arg == "-h" || arg == "--help") {
      fmt::print("usage: eventdb_extract_bench [--repeat N] PATH...\n");
      return 0;
    } else {
      paths.emplace_back(arg);
    }
  }
  if (paths.empty() || repeat < 1) {
    fmt::print(stderr, "usage: eventdb_extract_bench [--repeat N] PATH...\n");
    return 2;
  }
  try {
    std::vector<eventdb::core::Article> articles;
    std::size_t bytes = 0;
    for (const auto& path : eventdb::importers::expand_paths(paths)) {
      auto read = eventdb::importers::read_path(path, eventdb::importers::Format::detect);
      for (auto& a : read.articles) {
        bytes += a.body.size();
        articles.push_back(std::move(a));
      }
    }
    const eventdb::extract::Gazetteer gazetteer(eventdb::extract::builtin_dictionary());
    const eventdb::extract::Pipeline pipeline(gazetteer, eventdb::extract::Lexicon::builtin());
    std::size_t events = 0;
    const double cpu_start = cpu_seconds();
    const auto wall_start = std::chrono::steady_clock::now();
    for (int r = 0; r < repeat; ++r) {
      for (const auto& a : articles) {
        events += pipeline.extract(a).events.size();
      }
    }
    const double cpu = cpu_seconds() - cpu_start;
    const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - wall_start;
    const double n = static_cast<double>(repeat);
    const double mb = n * static_cast<double>(bytes) / 1e6;
    fmt::print("articles {}  bytes {}  events {}  repeat {}\n", articles.size(), bytes,
               events / static_cast<std::size_t>(repeat), repeat);
    fmt::print("cpu {:.3f} s  wall {:.3f} s\n", cpu, wall.count());
    fmt::print("{:.2f} MB/cpu-s  {:.2f} MB/s  {:.0f} articles/s  {:.0f} events/s\n", mb / cpu,
               mb / wall.count(), n * static_cast<double>(articles.size()) / wall.count(),
               static_cast<double>(events) / wall.count());
  } catch (const std::exception& e) {
    fmt::print(stderr, "eventdb_extract_bench: {}\n", e.what());
    return 1;
  }
  return 0;
}
