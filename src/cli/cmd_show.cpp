// eventdb show EVENT_ID: one event with its evidence, rule and article.

#include "cli/commands.hpp"
#include "cli/render.hpp"
#include "core/errors.hpp"
#include "core/time_value.hpp"
#include "store/database.hpp"

#include <fmt/ostream.h>

namespace eventdb::cli {

namespace {

int do_show(std::int64_t id, Context& ctx) {
  auto db = open_for_reading(ctx);
  const auto s = db->event(id);
  if (!s) {
    fmt::print(ctx.io.err, "eventdb: error: no event {}\n", id);
    return 1;
  }
  const auto& e = s->event;
  auto& out = ctx.io.out;
  fmt::print(out, "event {}: {}{}\n", e.id, core::to_string(e.type),
             e.subtype.empty() ? "" : "/" + e.subtype);
  fmt::print(out, "  date:      {} (grain {}, {} .. {}, {}{})\n", date_label(e.date),
             core::to_string(e.date.grain), e.date.first ? core::iso(*e.date.first) : "?",
             e.date.last ? core::iso(*e.date.last) : "?",
             e.date.basis == core::DateBasis::text ? "from text" : "publication date",
             e.date.text.empty() ? "" : fmt::format(": \"{}\"", e.date.text));
  fmt::print(out, "  modality:  {}\n", core::to_string(e.modality));
  for (const auto& a : e.actors) {
    fmt::print(out, "  {:<10} {} ({}; \"{}\")\n", fmt::format("{}:", core::to_string(a.role)),
               a.name, core::to_string(a.kind), a.mention);
  }
  for (const auto& q : e.quantities) {
    fmt::print(out, "  quantity:  {} (\"{}\")\n", quantity_label(q), q.text);
  }
  if (!e.items.empty()) {
    fmt::print(out, "  items:     {}\n", fmt::join(e.items, ", "));
  }
  if (e.location) {
    fmt::print(out, "  location:  {}\n", e.location->name);
  }
  if (e.source) {
    fmt::print(out, "  source:    {}\n", *e.source);
  }
  fmt::print(out, "  codes:     CAMEO {} / PLOVER {}\n", e.cameo.empty() ? "-" : e.cameo,
             e.plover.empty() ? "-" : e.plover);
  fmt::print(out, "  rule:      {}\n", e.rule);
  fmt::print(out, "  evidence:  \"{}\" (bytes {}..{})\n", e.evidence.sentence, e.evidence.start,
             e.evidence.end);
  for (const auto& x : e.more_evidence) {
    fmt::print(out, "  also:      \"{}\" (bytes {}..{})\n", x.sentence, x.start, x.end);
  }
  fmt::print(out, "  article:   {} \"{}\"{}{}\n", s->article.id, s->article.title,
             s->article.published ? fmt::format(", published {}", core::iso(*s->article.published)) : "",
             s->article.url.empty() ? "" : fmt::format(", {}", s->article.url));
  return 0;
}

} // namespace

void add_show(CLI::App& app, Context& ctx) {
  auto id = std::make_shared<std::int64_t>(0);
  auto* cmd = app.add_subcommand("show", "One event with its evidence sentence and article");
  cmd->add_option("event_id", *id, "Event id (see timeline or export)")->required();
  cmd->callback([id, &ctx] { ctx.action = [id, &ctx] { return do_show(*id, ctx); }; });
}

} // namespace eventdb::cli
