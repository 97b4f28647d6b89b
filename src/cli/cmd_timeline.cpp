// eventdb timeline ACTOR: the events of one actor in date order.

#include "cli/commands.hpp"
#include "cli/render.hpp"
#include "core/errors.hpp"
#include "core/time_value.hpp"
#include "store/database.hpp"

#include <fmt/ostream.h>

#include <set>

namespace eventdb::cli {

namespace {

struct TimelineOptions {
  std::string actor;
  std::string from;
  std::string to;
  std::vector<std::string> types;
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

int do_timeline(const TimelineOptions& o, Context& ctx) {
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
  auto db = open_for_reading(ctx);
  const auto actors = db->find_actors(o.actor);
  if (actors.empty()) {
    fmt::print(ctx.io.err, "eventdb: error: no actor named '{}' (try eventdb sql \"SELECT name FROM actors\")\n", o.actor);
    return 1;
  }
  std::vector<std::string> names;
  for (const auto& a : actors) {
    q.actor_ids.push_back(a.id);
    names.push_back(a.name);
  }
  const auto events = db->timeline(q);
  fmt::print(ctx.io.out, "{}: {} event{}\n", fmt::join(names, ", "), events.size(),
             events.size() == 1 ? "" : "s");
  for (const auto& s : events) {
    const auto& e = s.event;
    const std::string type = e.subtype.empty()
                                 ? std::string(core::to_string(e.type))
                                 : fmt::format("{}/{}", core::to_string(e.type), e.subtype);
    fmt::print(ctx.io.out, "{:<12} {:<30} {}\n", date_label(e.date), type, summary(e));
    fmt::print(ctx.io.out, "{:<12} {:<30} #{} in article {} \"{}\"{}\n", "", "", e.id,
               s.article.id, s.article.title,
               s.article.published ? fmt::format(" ({})", core::iso(*s.article.published)) : "");
  }
  return 0;
}

} // namespace

void add_timeline(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<TimelineOptions>();
  auto* cmd = app.add_subcommand("timeline", "Events involving an actor, in date order");
  cmd->add_option("actor", opts->actor, "Actor name or alias (case is ignored)")->required();
  cmd->add_option("--from", opts->from, "Only events ending on or after (YYYY, YYYY-MM, YYYY-MM-DD)");
  cmd->add_option("--to", opts->to, "Only events starting on or before");
  cmd->add_option("--type", opts->types, "Only events of this type (repeatable)");
  cmd->callback([opts, &ctx] { ctx.action = [opts, &ctx] { return do_timeline(*opts, ctx); }; });
}

} // namespace eventdb::cli
