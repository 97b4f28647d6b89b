// Golden transcripts: tests/golden/*.t hold "$ eventdb ARGS" lines, each followed by the
// expected output (stdout, then stderr, then "[exit N]" when the status is not 0). Every file
// runs against a fresh database in a temporary folder, in-process through cli::run, so
// sanitizers see the whole command line. The temporary path prints as {tmp}.
// UPDATE_GOLDEN=1 rewrites the files with what the commands print now; review the diff.

#include "cli/app.hpp"

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

// Splits a command line on spaces, honouring double quotes ("a b" is one argument).
std::vector<std::string> split_args(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false;
  bool have = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\\' && quoted && i + 1 < line.size() && line[i + 1] == '"') {
      cur += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
      have = true;
    } else if (c == ' ' && !quoted) {
      if (have) {
        out.push_back(cur);
      }
      cur.clear();
      have = false;
    } else {
      cur += c;
      have = true;
    }
  }
  if (have) {
    out.push_back(cur);
  }
  return out;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size()) {
    s.replace(pos, from.size(), to);
  }
  return s;
}

struct Step {
  std::string command;  // after "$ "
  std::string expected;
};

std::vector<Step> parse(const std::string& text) {
  std::vector<Step> steps;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("$ ", 0) == 0) {
      steps.push_back({line.substr(2), {}});
    } else if (!steps.empty()) {
      steps.back().expected += line + "\n";
    }
  }
  return steps;
}

std::string run_step(const std::string& command, const fs::path& tmp) {
  auto args = split_args(replace_all(command, "{tmp}", tmp.string()));
  REQUIRE(!args.empty());
  REQUIRE(args.front() == "eventdb");
  args.erase(args.begin());
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  eventdb::cli::Io io{in, out, err};
  io.default_db = (tmp / "golden.sqlite").string();
  const int status = eventdb::cli::run(args, io);
  std::string text = out.str() + err.str();
  if (status != 0) {
    text += fmt::format("[exit {}]\n", status);
  }
  text = replace_all(text, tmp.string(), "{tmp}");
  // The file size of a database depends on how the import's write batches fell (they close
  // after 500 articles or 250 ms, and each batch adds its own FTS5 segments), so it differs
  // between a fast and a sanitizer build. `eventdb stats` prints it; the transcript keeps the
  // line and masks the number; the store test "stats gives the size of the database file"
  // checks the value.
  static const std::regex size_line(R"((^|\n)size: +[0-9,]+ bytes \([0-9.]+ MiB\))");
  return std::regex_replace(text, size_line, "$1size:      {bytes}");
}

} // namespace

TEST_CASE("golden transcripts of the command line", "[golden][cli]") {
  const bool update = std::getenv("UPDATE_GOLDEN") != nullptr;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator("tests/golden")) {
    if (entry.path().extension() == ".t") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  for (const auto& file : files) {
    SECTION(file.filename().string()) {
      const auto tmp = fs::temp_directory_path() /
                       fmt::format("eventdb-golden-{}-{}", file.stem().string(), ::getpid());
      fs::remove_all(tmp);
      fs::create_directories(tmp);
      std::ifstream f(file);
      std::stringstream buf;
      buf << f.rdbuf();
      std::string rewritten;
      for (const auto& step : parse(buf.str())) {
        const auto actual = run_step(step.command, tmp);
        if (update) {
          rewritten += "$ " + step.command + "\n" + actual;
        } else {
          CAPTURE(file.string(), step.command);
          CHECK(actual == step.expected);
        }
      }
      if (update) {
        std::ofstream(file) << rewritten;
      }
      fs::remove_all(tmp);
    }
  }
}
