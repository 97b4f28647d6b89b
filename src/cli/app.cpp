#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "core/embedded.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "extract/dictionary.hpp"
#include "store/database.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <filesystem>
#include <ostream>

namespace eventdb::cli {

std::unique_ptr<store::Database> open_for_writing(const Context& ctx) {
  auto db = std::make_unique<store::Database>(ctx.db_path, store::OpenMode::read_write);
  const auto hash = extract::dictionary_hash();
  if (!db->dictionary_current(hash)) {
    db->sync_dictionary(extract::builtin_dictionary(), hash);
  }
  return db;
}

std::unique_ptr<store::Database> open_for_reading(const Context& ctx) {
  if (ctx.db_path != ":memory:" && !std::filesystem::exists(ctx.db_path)) {
    throw core::Error(fmt::format("{}: no such database; import articles first (eventdb import FILE)",
                                  ctx.db_path));
  }
  return std::make_unique<store::Database>(ctx.db_path, store::OpenMode::read_only);
}

int run(const std::vector<std::string>& args, Io& io) {
  CLI::App app{"eventdb: turns news articles into a database of dated events", "eventdb"};
  app.require_subcommand(1);
  app.fallthrough();
  app.set_help_all_flag("--help-all", "Show help for every command");
  Context ctx{io, io.default_db, {}};
  app.add_option("--db", ctx.db_path, "Database file (default $EVENTDB_DB or eventdb.sqlite)");
  add_import(app, ctx);
  add_timeline(app, ctx);
  add_sql(app, ctx);
  add_export(app, ctx);
  add_show(app, ctx);
  add_dates(app, ctx);
  add_stats(app, ctx);
  add_schema(app, ctx);
  add_actors(app, ctx);
  add_eval(app, ctx);
  // Name an unknown command instead of CLI11's generic "A subcommand is required".
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--db") {
      ++i;
      continue;
    }
    if (!args[i].starts_with("-")) {
      const auto subs = app.get_subcommands([](const CLI::App*) { return true; });
      const bool known = std::any_of(subs.begin(), subs.end(),
                                     [&](const CLI::App* sub) { return sub->check_name(args[i]); });
      if (!known) {
        fmt::print(io.err, "eventdb: error: unknown command '{}'\n", args[i]);
        std::vector<std::string> names;
        for (const auto* sub : subs) {
          names.push_back(sub->get_name());
        }
        fmt::print(io.err, "usage: eventdb [--db PATH] COMMAND ... (commands: {}; see eventdb --help)\n",
                   fmt::join(names, ", "));
        return 2;
      }
      break;
    }
  }
  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    fmt::print(io.out, "{}", app.help());
    // Help of the chosen subcommand, if any.
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    fmt::print(io.out, "{}", app.help("", CLI::AppFormatMode::All));
    return 0;
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      return 0;
    }
    fmt::print(io.err, "eventdb: error: {}\n", e.what());
    fmt::print(io.err, "usage: eventdb [--db PATH] COMMAND ... (see eventdb --help)\n");
    return 2;
  }
  if (!ctx.action) {
    fmt::print(io.err, "usage: eventdb [--db PATH] COMMAND ...\n");
    return 2;
  }
  try {
    return ctx.action();
  } catch (const core::UsageError& e) {
    fmt::print(io.err, "eventdb: error: {}\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    fmt::print(io.err, "eventdb: error: {}\n", e.what());
    return 1;
  }
}

} // namespace eventdb::cli
