#include "cli/app.hpp"

#include <cstdlib>
#include <iostream>
#include <unistd.h>

int main(int argc, char** argv) {
  eventdb::cli::Io io{std::cin, std::cout, std::cerr};
  if (const char* db = std::getenv("EVENTDB_DB"); db && *db) {
    io.default_db = db;
  }
  io.out_is_terminal = isatty(STDOUT_FILENO) != 0;
  io.err_is_terminal = isatty(STDERR_FILENO) != 0;
  return eventdb::cli::run(std::vector<std::string>(argv + 1, argv + argc), io);
}
