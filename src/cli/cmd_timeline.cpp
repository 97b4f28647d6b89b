// eventdb timeline ACTOR...: the events of one or more actors in date order, as text for
// people or as markdown, CSV, JSON, JSON Lines, a self-contained HTML page or TimelineJS JSON.

#include "cli/commands.hpp"
#include "cli/render.hpp"
#include "cli/timeline_format.hpp"
#include "core/errors.hpp"
#include "core/time_value.hpp"
#include "store/database.hpp"

#include <fmt/ostream.h>

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <sys/ioctl.h>
#include <unistd.h>

namespace eventdb::cli {

namespace {

struct TimelineOptions {
  std::vector<std::string> actors;
  bool all = false;
  std::string role;
  std::vector<std::string> types;
  std::string from;
  std::string to;
  std::string source;
  std::optional<std::size_t> limit;
  std::string format = "text";
  std::string output;
};

std::optional<date::year_month_day> bound(const std::string& text, const char* flag, bool end) {
  if (text.empty()) {
    return std::nullopt;
  }
  const auto span = core::parse_partial_date(text);
  if (!span) {
    throw core::UsageError(fmt::format("{}: '{}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", flag, text));
  }
  return end ? span->last : span->first;
}

// Columns of the terminal on stdout: $COLUMNS when set, else the tty's size. 0 when stdout
// is not a terminal (piped output is never wrapped).
std::size_t terminal_width(const Io& io) {
  if (!io.out_is_terminal) {
    return 0;
  }
  if (const char* env = std::getenv("COLUMNS"); env && *env) {
    std::size_t n = 0;
    const std::string_view s(env);
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec == std::errc() && ptr == s.data() + s.size() && n > 0) {
      return n;
    }
  }
  winsize ws{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
    return ws.ws_col;
  }
  return 80;
}

store::TimelineQuery make_query(const TimelineOptions& o) {
  store::TimelineQuery q;
  q.from = bound(o.from, "--from", false);
  q.to = bound(o.to, "--to", true);
  for (const auto& t : o.types) {
    const auto type = core::event_type_from_string(t);
    if (!type) {
      throw core::UsageError(fmt::format(
          "--type: unknown event type '{}' (arms_transfer, sanction, casualties, force_size, "
          "funding, military_operation, accusation, statement, other)", t));
    }
    q.types.push_back(*type);
  }
  if (!o.role.empty()) {
    q.role = core::role_from_string(o.role);
    if (!q.role) {
      throw core::UsageError(
          fmt::format("--as: unknown role '{}' (agent, recipient, target, affected)", o.role));
    }
  }
  q.source = o.source;
  q.limit = o.limit;
  return q;
}

int do_timeline(const TimelineOptions& o, Context& ctx) {
  auto q = make_query(o);
  const auto format = timeline_format_from_string(o.format);
  if (!format) {
    throw core::UsageError(fmt::format(
        "--format: unknown format '{}' (text, markdown, csv, json, jsonl, html, timelinejs)", o.format));
  }
  auto db = open_for_reading(ctx);
  TimelineView view;
  view.joiner = o.all ? " + " : ", ";
  for (const auto& name : o.actors) {
    const auto found = db->find_actors(name);
    if (found.empty()) {
      fmt::print(ctx.io.err,
                 "eventdb: error: no actor named '{}' (try eventdb sql \"SELECT name FROM actors\")\n", name);
      return 1;
    }
    std::vector<std::int64_t> group;
    for (const auto& a : found) {
      q.actor_ids.push_back(a.id);
      group.push_back(a.id);
      if (std::find(view.actors.begin(), view.actors.end(), a.name) == view.actors.end()) {
        view.actors.push_back(a.name);
      }
    }
    if (o.all) {
      q.all_of.push_back(std::move(group));
    }
  }
  view.events = db->timeline(q);

  std::ofstream file;
  if (!o.output.empty()) {
    file.open(o.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      throw core::Error(fmt::format("--output: cannot write {}", o.output));
    }
  }
  std::ostream& out = o.output.empty() ? ctx.io.out : file;
  switch (*format) {
  case TimelineFormat::text: {
    TextStyle style;
    if (o.output.empty()) {
      style.width = terminal_width(ctx.io);
      const char* no_color = std::getenv("NO_COLOR");
      style.colour = ctx.io.out_is_terminal && !(no_color && *no_color) ? Colour::yes : Colour::no;
    }
    write_timeline_text(out, view, style);
    break;
  }
  case TimelineFormat::markdown: write_timeline_markdown(out, view); break;
  case TimelineFormat::csv: write_timeline_csv(out, view); break;
  case TimelineFormat::json: write_timeline_json(out, view); break;
  case TimelineFormat::jsonl: write_timeline_jsonl(out, view); break;
  case TimelineFormat::html: write_timeline_html(out, view); break;
  case TimelineFormat::timelinejs: write_timeline_timelinejs(out, view); break;
  }
  if (file.is_open()) {
    file.close();
    if (!file) {
      throw core::Error(fmt::format("--output: cannot write {}", o.output));
    }
  }
  return 0;
}

} // namespace

void add_timeline(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<TimelineOptions>();
  auto* cmd = app.add_subcommand("timeline", "Events involving one or more actors, in date order");
  cmd->add_option("actor", opts->actors, "Actor names or aliases (case is ignored)")->required();
  cmd->add_flag("--all", opts->all, "Only events involving every named actor (default: any)");
  cmd->add_option("--as", opts->role, "Only events where the actors are agent, recipient, target or affected");
  cmd->add_option("--type", opts->types, "Only events of this type (repeatable)")->allow_extra_args(false);
  cmd->add_option("--from", opts->from, "Only events ending on or after (YYYY, YYYY-MM, YYYY-MM-DD)");
  cmd->add_option("--to", opts->to, "Only events starting on or before");
  cmd->add_option("--source", opts->source, "Only events said by this source (name, alias or last name)");
  cmd->add_option("--limit", opts->limit, "At most N events (the first in date order)");
  cmd->add_option("--format", opts->format, "text, markdown, csv, json, jsonl, html or timelinejs");
  cmd->add_option("-o,--output", opts->output, "Write to FILE instead of stdout");
  cmd->callback([opts, &ctx] { ctx.action = [opts, &ctx] { return do_timeline(*opts, ctx); }; });
}

} // namespace eventdb::cli
