#pragma once

// Internal to src/cli: each command registers itself on the CLI11 app and, when chosen, runs
// with the shared context. One file per command (cmd_*.cpp).

#include "cli/app.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>

namespace eventdb::store {
class Database;
}

namespace eventdb::cli {

struct Context {
  Io& io;
  std::string db_path;
  std::function<int()> action;  // set by the chosen command's callback
};

// Opens the database for writing, loading the shipped actor dictionary when it changed.
[[nodiscard]] std::unique_ptr<store::Database> open_for_writing(const Context& ctx);
// Opens an existing database read-only. Throws core::Error if it does not exist.
[[nodiscard]] std::unique_ptr<store::Database> open_for_reading(const Context& ctx);

void add_import(CLI::App& app, Context& ctx);
void add_timeline(CLI::App& app, Context& ctx);
void add_sql(CLI::App& app, Context& ctx);
void add_export(CLI::App& app, Context& ctx);
void add_show(CLI::App& app, Context& ctx);
void add_dates(CLI::App& app, Context& ctx);
void add_stats(CLI::App& app, Context& ctx);
void add_schema(CLI::App& app, Context& ctx);
void add_actors(CLI::App& app, Context& ctx);
void add_eval(CLI::App& app, Context& ctx);

} // namespace eventdb::cli
