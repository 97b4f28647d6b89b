#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace eventdb::cli {

// The process environment as the commands see it. Tests build one with string streams, so
// the whole command line runs in-process (and under sanitizers).
struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  std::string default_db = "eventdb.sqlite";  // --db default ($EVENTDB_DB or eventdb.sqlite)
  bool out_is_terminal = false;
  bool err_is_terminal = false;  // import draws its progress bar only then
};

// Runs one eventdb command line (args without the program name). Returns the exit status:
// 0 success, 1 failure, 2 usage error. Never throws: every error is printed to io.err as
// "eventdb: error: ...".
[[nodiscard]] int run(const std::vector<std::string>& args, Io& io);

} // namespace eventdb::cli
