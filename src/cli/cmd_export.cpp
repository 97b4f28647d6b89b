// eventdb export: every event as JSON Lines.

#include "cli/commands.hpp"
#include "cli/render.hpp"
#include "core/errors.hpp"
#include "store/database.hpp"

#include <fmt/ostream.h>

namespace eventdb::cli {

namespace {

int do_export(const std::string& format, Context& ctx) {
  if (format != "jsonl") {
    throw core::UsageError(fmt::format("--format: unknown format '{}' (jsonl)", format));
  }
  auto db = open_for_reading(ctx);
  for (const auto& e : db->all_events()) {
    fmt::print(ctx.io.out, "{}\n",
               event_json(e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  return 0;
}

} // namespace

void add_export(CLI::App& app, Context& ctx) {
  auto format = std::make_shared<std::string>("jsonl");
  auto* cmd = app.add_subcommand("export", "Every event, one JSON object per line");
  cmd->add_option("--format", *format, "jsonl");
  cmd->callback([format, &ctx] { ctx.action = [format, &ctx] { return do_export(*format, ctx); }; });
}

} // namespace eventdb::cli
