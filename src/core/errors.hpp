#pragma once

#include <stdexcept>
#include <string>

namespace eventdb::core {

// Base of every exception eventdb throws on purpose. `what()` is a complete, user-facing
// sentence fragment: cli::run prints it after "eventdb: error: ".
class Error : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// The command line was wrong (unknown flag, bad date in a flag). Exit status 2.
class UsageError : public Error {
public:
  using Error::Error;
};

// One input document cannot be read (missing file, binary data, malformed markup). The import
// loop records it, skips the document and goes on with the rest of the batch.
class InputError : public Error {
public:
  using Error::Error;
};

// The database refused an operation (cannot open, migration failed, read-only violation).
// Wraps the SQLite message and adds what we were doing.
class StoreError : public Error {
public:
  using Error::Error;
};

} // namespace eventdb::core
