// eventdb actors: list, show, add, alias and merge actors. Changes apply to the events already
// stored (merges move their links) and to the next import (it reads the actors from the
// database).

#include "cli/commands.hpp"
#include "extract/dictionary.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "core/time_value.hpp"
#include "store/database.hpp"

#include <fmt/ostream.h>

#include <algorithm>

namespace eventdb::cli {

namespace {

constexpr const char* k_kinds =
    "state, government_body, organisation, armed_group, company, person, place";

struct ActorsOptions {
  // list
  std::string query;
  std::string kind;
  bool all = false;
  // show, alias, merge, add
  std::string name;
  std::string other;  // alias text (alias) or INTO (merge)
  std::vector<std::string> aliases;
  std::string parent;
};

// "--kind K": one of the kinds a user may give (not "unknown").
core::ActorKind parse_kind(const std::string& text) {
  const auto kind = core::actor_kind_from_string(core::trim(text));
  if (!kind || *kind == core::ActorKind::unknown) {
    throw core::UsageError(fmt::format("--kind: unknown kind '{}' ({})", text, k_kinds));
  }
  return *kind;
}

// An alias as written on the command line: "?" marks it ambiguous and a "demonym:",
// "capital:" or "gov:" prefix sets its facet, as in data/actors.tsv.
core::ActorAlias parse_alias(std::string_view text) {
  auto alias = extract::parse_alias(text);
  if (alias.text.empty()) {
    throw core::UsageError(fmt::format("'{}' is not an alias (empty)", text));
  }
  return alias;
}

std::string date_or_dash(const std::optional<date::year_month_day>& d) {
  return d ? core::iso(*d) : std::string("-");
}

int do_list(const ActorsOptions& o, Context& ctx) {
  store::ActorListQuery q;
  q.text = o.query;
  q.all = o.all;
  if (!o.kind.empty()) {
    const auto kind = core::actor_kind_from_string(core::trim(o.kind));
    if (!kind) {
      throw core::UsageError(fmt::format("--kind: unknown kind '{}' ({}, unknown)", o.kind, k_kinds));
    }
    q.kind = kind;
  }
  auto db = open_for_reading(ctx);
  const auto rows = db->list_actors(q);
  std::size_t name_w = 4;
  std::size_t kind_w = 4;
  for (const auto& r : rows) {
    name_w = std::max(name_w, r.name.size());
    kind_w = std::max(kind_w, core::to_string(r.kind).size());
  }
  if (!rows.empty()) {
    fmt::print(ctx.io.out, "{:<{}}  {:<{}}  {:<4}  {:>6}\n", "name", name_w, "kind", kind_w, "code",
               "events");
  }
  for (const auto& r : rows) {
    fmt::print(ctx.io.out, "{:<{}}  {:<{}}  {:<4}  {:>6}\n", r.name, name_w, core::to_string(r.kind),
               kind_w, r.code, r.events);
  }
  fmt::print(ctx.io.out, "{} actor{}{}\n", rows.size(), rows.size() == 1 ? "" : "s",
             o.all ? "" : " with events (--all lists every actor)");
  return 0;
}

int do_show(const ActorsOptions& o, Context& ctx) {
  auto db = open_for_reading(ctx);
  const auto d = db->actor_details(o.name);
  if (!d) {
    throw core::Error(fmt::format("no actor named '{}'", o.name));
  }
  const auto& r = d->record;
  auto& out = ctx.io.out;
  fmt::print(out, "{}\n", r.name);
  fmt::print(out, "  kind:    {}\n", core::to_string(r.kind));
  if (!r.code.empty()) {
    fmt::print(out, "  code:    {}\n", r.code);
  }
  if (!r.parent.empty()) {
    fmt::print(out, "  parent:  {}\n", r.parent);
  }
  fmt::print(out, "  origin:  {}\n", d->origin);
  if (d->aliases.empty()) {
    fmt::print(out, "  aliases: none\n");
  } else {
    fmt::print(out, "  aliases:\n");
    for (const auto& a : d->aliases) {
      std::vector<std::string> notes{std::string(core::to_string(a.alias.facet))};
      if (a.alias.ambiguous) {
        notes.emplace_back("ambiguous");
      }
      if (a.origin != "dictionary") {
        notes.push_back(a.origin);
      }
      fmt::print(out, "    {} ({})\n", a.alias.text, fmt::join(notes, ", "));
    }
  }
  if (!r.roles.empty()) {
    fmt::print(out, "  roles:\n");
    for (const auto& role : r.roles) {
      fmt::print(out, "    {}{}{}, {}..{}\n", role.title, role.org.empty() ? "" : ", ", role.org,
                 role.from ? core::iso(*role.from) : "", role.to ? core::iso(*role.to) : "");
    }
  }
  fmt::print(out, "  events:  {}", d->events);
  if (d->events > 0) {
    fmt::print(out, ", first {}, last {}", date_or_dash(d->first), date_or_dash(d->last));
  }
  fmt::print(out, "\n");
  return 0;
}

int do_add(const ActorsOptions& o, Context& ctx) {
  core::ActorRecord rec;
  rec.name = std::string(core::trim(o.name));
  rec.kind = parse_kind(o.kind);
  rec.parent = o.parent;
  for (const auto& a : o.aliases) {
    rec.aliases.push_back(parse_alias(a));
  }
  auto db = open_for_writing(ctx);
  (void)db->add_actor(rec);
  fmt::print(ctx.io.out, "added {} ({}){}\n", rec.name, core::to_string(rec.kind),
             rec.aliases.empty() ? "" : fmt::format(" with {} alias{}", rec.aliases.size(),
                                                    rec.aliases.size() == 1 ? "" : "es"));
  return 0;
}

int do_alias(const ActorsOptions& o, Context& ctx) {
  const auto alias = parse_alias(o.other);
  auto db = open_for_writing(ctx);
  db->add_alias(o.name, alias);
  const auto rec = db->find_actor(o.name);
  fmt::print(ctx.io.out, "'{}' now names {}\n", alias.text, rec ? rec->name : o.name);
  return 0;
}

int do_merge(const ActorsOptions& o, Context& ctx) {
  auto db = open_for_writing(ctx);
  const auto from = db->find_actor(o.name);
  const auto into = db->find_actor(o.other);
  db->merge_actors(o.name, o.other);
  fmt::print(ctx.io.out, "merged {} into {}\n", from ? from->name : o.name,
             into ? into->name : o.other);
  return 0;
}

} // namespace

void add_actors(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<ActorsOptions>();
  auto* cmd = app.add_subcommand("actors", "List, show, add, alias and merge actors");
  cmd->add_option("query", opts->query, "Only actors whose name or alias contains this (case ignored)");
  cmd->add_option("--kind", opts->kind, "Only actors of this kind");
  cmd->add_flag("--all", opts->all, "Also actors without events");
  cmd->require_subcommand(0, 1);

  auto* show = cmd->add_subcommand("show", "An actor's kind, parent, aliases, roles and events");
  show->add_option("name", opts->name, "Name or alias (case is ignored)")->required();
  show->callback([opts, &ctx] { ctx.action = [opts, &ctx] { return do_show(*opts, ctx); }; });

  auto* add = cmd->add_subcommand("add", "Add a user actor");
  add->add_option("name", opts->name, "Canonical name")->required();
  add->add_option("--kind", opts->kind, k_kinds)->required();
  add->add_option("--alias", opts->aliases, "Another name (repeatable; ?, demonym:, capital:, gov: as in data/actors.tsv)");
  add->add_option("--parent", opts->parent, "Name or alias of the owning actor");
  add->callback([opts, &ctx] { ctx.action = [opts, &ctx] { return do_add(*opts, ctx); }; });

  auto* alias = cmd->add_subcommand("alias", "Add an alias to an actor");
  alias->add_option("name", opts->name, "Name or alias of the actor")->required();
  alias->add_option("alias", opts->other, "The new alias")->required();
  alias->callback([opts, &ctx] { ctx.action = [opts, &ctx] { return do_alias(*opts, ctx); }; });

  auto* merge = cmd->add_subcommand("merge", "Fold actor FROM into actor INTO");
  merge->add_option("from", opts->name, "The actor that disappears")->required();
  merge->add_option("into", opts->other, "The actor that stays")->required();
  merge->callback([opts, &ctx] { ctx.action = [opts, &ctx] { return do_merge(*opts, ctx); }; });

  // Sub-commands run their callbacks first; the listing is the default.
  cmd->callback([opts, &ctx] {
    if (!ctx.action) {
      ctx.action = [opts, &ctx] { return do_list(*opts, ctx); };
    }
  });
}

} // namespace eventdb::cli
