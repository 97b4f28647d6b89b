// eventdb schema: the database schema as the migrations write it, comments included (the
// comments are the documentation of every table, column and view).

#include "cli/commands.hpp"
#include "core/embedded.hpp"

#include <fmt/ostream.h>

namespace eventdb::cli {

namespace {

enum class SchemaPart { all, list };

int do_schema(SchemaPart part, Context& ctx) {
  // Migrations are embedded in name order (schema/0001_init.sql, schema/0002_...).
  for (const auto& f : core::embedded_files()) {
    if (!f.name.starts_with("schema/") || !f.name.ends_with(".sql")) {
      continue;
    }
    if (part == SchemaPart::list) {
      const auto first_line = f.content.substr(0, f.content.find('\n'));
      fmt::print(ctx.io.out, "{}  {}\n", f.name,
                 first_line.starts_with("-- ") ? first_line.substr(3) : std::string_view{});
      continue;
    }
    fmt::print(ctx.io.out, "-- ===== {} =====\n{}{}", f.name, f.content,
               f.content.ends_with('\n') ? "\n" : "\n\n");
  }
  return 0;
}

} // namespace

void add_schema(CLI::App& app, Context& ctx) {
  auto list = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand("schema", "The database schema (tables, views, indexes) with its comments");
  cmd->add_flag("--list", *list, "Only the migrations' names and first lines");
  cmd->callback([list, &ctx] { ctx.action = [list, &ctx] { return do_schema(*list ? SchemaPart::list : SchemaPart::all, ctx); }; });
}

} // namespace eventdb::cli
