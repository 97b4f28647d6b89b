// Actor administration behind `eventdb actors`: listing, details, user actors and aliases,
// merging. Changes reach events already stored by moving their links; nothing is re-imported.

#include "core/errors.hpp"
#include "core/text.hpp"
#include "core/time_value.hpp"
#include "store/database.hpp"
#include "store/detail/impl.hpp"

#include <fmt/format.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>

namespace eventdb::store {

namespace {

struct ActorRow {
  std::int64_t id = 0;
  std::string name;
  std::string origin;
};

std::optional<ActorRow> actor_row(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement st(db, "SELECT id, name, origin FROM actors WHERE id = :id");
  st.bind(":id", id);
  if (!st.executeStep()) {
    return std::nullopt;
  }
  return ActorRow{st.getColumn(0).getInt64(), st.getColumn(1).getString(),
                  st.getColumn(2).getString()};
}

// The actor a name or alias designates: the name first, then unambiguous aliases, then the
// oldest actor (lowest id) among ambiguous ones.
std::optional<ActorRow> resolve(SQLite::Database& db, std::string_view name_or_alias) {
  const std::string q(core::trim(name_or_alias));
  SQLite::Statement by_name(db, "SELECT id FROM actors WHERE name = :q COLLATE NOCASE");
  by_name.bind(":q", q);
  if (by_name.executeStep()) {
    return actor_row(db, by_name.getColumn(0).getInt64());
  }
  SQLite::Statement by_alias(db, "SELECT actor_id FROM actor_aliases WHERE alias = :q COLLATE NOCASE "
                                 "ORDER BY ambiguous, actor_id LIMIT 1");
  by_alias.bind(":q", q);
  if (by_alias.executeStep()) {
    return actor_row(db, by_alias.getColumn(0).getInt64());
  }
  return std::nullopt;
}

ActorRow resolve_or_throw(SQLite::Database& db, std::string_view name_or_alias) {
  if (auto r = resolve(db, name_or_alias)) {
    return *r;
  }
  throw core::Error(fmt::format("no actor named '{}'", name_or_alias));
}

// Another actor (not `self`) that already answers to `text`: by name always, by alias unless
// both the existing and the new alias are marked ambiguous.
std::optional<ActorRow> claimant(SQLite::Database& db, const std::string& text, std::int64_t self,
                                 bool ambiguous) {
  SQLite::Statement by_name(db, "SELECT id FROM actors WHERE name = :q COLLATE NOCASE AND id != :self");
  by_name.bind(":q", text);
  by_name.bind(":self", self);
  if (by_name.executeStep()) {
    return actor_row(db, by_name.getColumn(0).getInt64());
  }
  SQLite::Statement by_alias(db, "SELECT actor_id FROM actor_aliases WHERE alias = :q COLLATE NOCASE "
                                 "AND actor_id != :self AND (ambiguous = 0 OR :amb = 0) "
                                 "ORDER BY actor_id LIMIT 1");
  by_alias.bind(":q", text);
  by_alias.bind(":self", self);
  by_alias.bind(":amb", ambiguous ? 1 : 0);
  if (by_alias.executeStep()) {
    return actor_row(db, by_alias.getColumn(0).getInt64());
  }
  return std::nullopt;
}

void insert_alias(SQLite::Database& db, std::int64_t id, const core::ActorAlias& alias) {
  // An alias equal to the actor's own name adds nothing (the name always matches), unless it
  // marks the name ambiguous ("?Georgia").
  SQLite::Statement own(db, "SELECT 1 FROM actors WHERE id = :id AND name = :a COLLATE NOCASE");
  own.bind(":id", id);
  own.bind(":a", alias.text);
  if (own.executeStep() && !alias.ambiguous) {
    return;
  }
  SQLite::Statement st(db, "INSERT OR IGNORE INTO actor_aliases(alias, actor_id, facet, ambiguous, origin) "
                           "SELECT :a, :id, :facet, :amb, 'user' WHERE NOT EXISTS (SELECT 1 FROM "
                           "actor_aliases WHERE actor_id = :id AND alias = :a COLLATE NOCASE)");
  st.bind(":a", alias.text);
  st.bind(":id", id);
  st.bind(":facet", std::string(core::to_string(alias.facet)));
  st.bind(":amb", alias.ambiguous ? 1 : 0);
  st.exec();
}

// Moves everything that points at `from` to `into` and deletes `from`. No transaction of its
// own: callers hold one.
void fold(SQLite::Database& db, const ActorRow& from, const ActorRow& into) {
  const auto exec = [&](const char* sql) {
    SQLite::Statement st(db, sql);
    for (const auto& [param, id] : {std::pair{":from", from.id}, std::pair{":into", into.id}}) {
      if (st.getIndex(param) != 0) {
        st.bind(param, id);
      }
    }
    st.exec();
  };
  exec("UPDATE event_actors SET actor_id = :into WHERE actor_id = :from");
  exec("UPDATE events SET location_actor_id = :into WHERE location_actor_id = :from");
  {
    SQLite::Statement st(db, "UPDATE events SET source_actor_id = :into, source_name = :name "
                             "WHERE source_actor_id = :from");
    st.bind(":from", from.id);
    st.bind(":into", into.id);
    st.bind(":name", into.name);
    st.exec();
  }
  exec("UPDATE actors SET parent_id = :into WHERE parent_id = :from AND id != :into");
  exec("UPDATE actors SET parent_id = NULL WHERE id = :into AND parent_id = :from");
  exec("UPDATE actor_roles SET person_id = :into WHERE person_id = :from");
  exec("UPDATE actor_roles SET org_id = :into WHERE org_id = :from");
  // Aliases move as user aliases, so a dictionary sync of `into` keeps them.
  exec("INSERT OR IGNORE INTO actor_aliases(alias, actor_id, facet, ambiguous, origin) "
       "SELECT f.alias, :into, f.facet, f.ambiguous, 'user' FROM actor_aliases f "
       "WHERE f.actor_id = :from AND NOT EXISTS (SELECT 1 FROM actor_aliases t WHERE "
       "t.actor_id = :into AND t.alias = f.alias COLLATE NOCASE) AND NOT EXISTS (SELECT 1 FROM "
       "actors i WHERE i.id = :into AND i.name = f.alias COLLATE NOCASE)");
  exec("DELETE FROM actors WHERE id = :from");
  insert_alias(db, into.id, core::ActorAlias{from.name, core::AliasFacet::name, false});
}

// Adds `alias` to `target`, merging a text actor of exactly that name, or refusing when
// another actor claims it.
void claim_alias(SQLite::Database& db, const ActorRow& target, const core::ActorAlias& alias) {
  if (alias.text.empty()) {
    throw core::Error(fmt::format("empty alias for '{}'", target.name));
  }
  while (auto other = claimant(db, alias.text, target.id, alias.ambiguous)) {
    if (other->origin == "text" && core::to_lower_ascii(other->name) ==
                                       core::to_lower_ascii(alias.text)) {
      fold(db, *other, target);
      continue;
    }
    throw core::Error(fmt::format("alias '{}' already names '{}'", alias.text, other->name));
  }
  insert_alias(db, target.id, alias);
}

} // namespace

std::vector<ActorSummary> Database::list_actors(const ActorListQuery& q) const {
  try {
    SQLite::Statement st(
        m_impl->db,
        "SELECT a.id, a.name, a.kind, COALESCE(a.code, ''), "
        "(SELECT count(DISTINCT ea.event_id) FROM event_actors ea WHERE ea.actor_id = a.id) AS n "
        "FROM actors a WHERE (:kind IS NULL OR a.kind = :kind) AND (:q = '' OR "
        "instr(lower(a.name), lower(:q)) > 0 OR EXISTS (SELECT 1 FROM actor_aliases al WHERE "
        "al.actor_id = a.id AND instr(lower(al.alias), lower(:q)) > 0)) "
        "AND (:all = 1 OR n > 0) ORDER BY n DESC, a.name COLLATE NOCASE, a.id");
    if (q.kind) {
      st.bind(":kind", std::string(core::to_string(*q.kind)));
    } else {
      st.bind(":kind");
    }
    st.bind(":q", std::string(core::trim(q.text)));
    st.bind(":all", q.all ? 1 : 0);
    std::vector<ActorSummary> out;
    while (st.executeStep()) {
      ActorSummary s;
      s.id = st.getColumn(0).getInt64();
      s.name = st.getColumn(1).getString();
      s.kind = core::actor_kind_from_string(st.getColumn(2).getString()).value_or(core::ActorKind::unknown);
      s.code = st.getColumn(3).getString();
      s.events = st.getColumn(4).getInt64();
      out.push_back(std::move(s));
    }
    return out;
  } catch (const std::exception& e) {
    detail::rethrow("cannot list actors", e);
  }
}

std::optional<core::ActorRecord> Database::find_actor(std::string_view name_or_alias) const {
  std::optional<ActorRow> row;
  try {
    row = resolve(m_impl->db, name_or_alias);
  } catch (const std::exception& e) {
    detail::rethrow("cannot look up actor", e);
  }
  if (!row) {
    return std::nullopt;
  }
  for (auto& r : find_actors(row->name)) {
    if (r.id == row->id) {
      return std::move(r);
    }
  }
  return std::nullopt;
}

std::optional<ActorDetails> Database::actor_details(std::string_view name_or_alias) const {
  auto rec = find_actor(name_or_alias);
  if (!rec) {
    return std::nullopt;
  }
  auto& db = m_impl->db;
  try {
    ActorDetails d;
    d.record = std::move(*rec);
    {
      SQLite::Statement st(db, "SELECT origin FROM actors WHERE id = :id");
      st.bind(":id", d.record.id);
      if (st.executeStep()) {
        d.origin = st.getColumn(0).getString();
      }
    }
    {
      SQLite::Statement st(db, "SELECT alias, facet, ambiguous, origin FROM actor_aliases "
                               "WHERE actor_id = :id ORDER BY alias COLLATE NOCASE, alias");
      st.bind(":id", d.record.id);
      while (st.executeStep()) {
        StoredAlias a;
        a.alias.text = st.getColumn(0).getString();
        a.alias.facet = core::alias_facet_from_string(st.getColumn(1).getString())
                            .value_or(core::AliasFacet::name);
        a.alias.ambiguous = st.getColumn(2).getInt() != 0;
        a.origin = st.getColumn(3).getString();
        d.aliases.push_back(std::move(a));
      }
    }
    {
      SQLite::Statement st(db, "SELECT count(DISTINCT e.id), min(e.date_first), max(e.date_last) "
                               "FROM event_actors ea JOIN events e ON e.id = ea.event_id "
                               "WHERE ea.actor_id = :id");
      st.bind(":id", d.record.id);
      if (st.executeStep()) {
        d.events = st.getColumn(0).getInt64();
        d.first = detail::column_date(st.getColumn(1));
        d.last = detail::column_date(st.getColumn(2));
      }
    }
    return d;
  } catch (const std::exception& e) {
    detail::rethrow(fmt::format("cannot read actor '{}'", name_or_alias), e);
  }
}

std::int64_t Database::add_actor(const core::ActorRecord& actor) {
  auto& db = m_impl->db;
  const std::string name(core::trim(actor.name));
  if (name.empty()) {
    throw core::Error("an actor needs a name");
  }
  try {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    std::optional<std::int64_t> parent;
    if (!actor.parent.empty()) {
      parent = resolve_or_throw(db, actor.parent).id;
    }
    std::int64_t id = 0;
    SQLite::Statement same(db, "SELECT id, origin FROM actors WHERE name = :n COLLATE NOCASE");
    same.bind(":n", name);
    if (same.executeStep()) {
      if (same.getColumn(1).getString() != "text") {
        throw core::Error(fmt::format("an actor named '{}' exists already", name));
      }
      // First seen in text: the user now says what it is.
      id = same.getColumn(0).getInt64();
      SQLite::Statement up(db, "UPDATE actors SET name = :n, kind = :k, parent_id = :p, "
                               "origin = 'user' WHERE id = :id");
      up.bind(":n", name);
      up.bind(":k", std::string(core::to_string(actor.kind)));
      if (parent) {
        up.bind(":p", *parent);
      } else {
        up.bind(":p");
      }
      up.bind(":id", id);
      up.exec();
    } else {
      if (auto other = claimant(db, name, 0, false); other && other->origin != "text") {
        throw core::Error(fmt::format("'{}' is already an alias of '{}'", name, other->name));
      }
      SQLite::Statement ins(db, "INSERT INTO actors(name, kind, code, parent_id, origin) "
                                "VALUES (:n, :k, :code, :p, 'user')");
      ins.bind(":n", name);
      ins.bind(":k", std::string(core::to_string(actor.kind)));
      if (actor.code.empty()) {
        ins.bind(":code");
      } else {
        ins.bind(":code", actor.code);
      }
      if (parent) {
        ins.bind(":p", *parent);
      } else {
        ins.bind(":p");
      }
      ins.exec();
      id = db.getLastInsertRowid();
    }
    const ActorRow self{id, name, "user"};
    for (const auto& al : actor.aliases) {
      claim_alias(db, self, al);
    }
    tx.commit();
    return id;
  } catch (const core::Error&) {
    throw;
  } catch (const std::exception& e) {
    detail::rethrow(fmt::format("cannot add actor '{}'", name), e);
  }
}

void Database::add_alias(std::string_view name_or_alias, const core::ActorAlias& alias) {
  auto& db = m_impl->db;
  try {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    const auto target = resolve_or_throw(db, name_or_alias);
    claim_alias(db, target, alias);
    tx.commit();
  } catch (const core::Error&) {
    throw;
  } catch (const std::exception& e) {
    detail::rethrow(fmt::format("cannot add alias '{}'", alias.text), e);
  }
}

void Database::merge_actors(std::string_view from, std::string_view into) {
  auto& db = m_impl->db;
  try {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    const auto f = resolve_or_throw(db, from);
    const auto t = resolve_or_throw(db, into);
    if (f.id == t.id) {
      throw core::Error(fmt::format("'{}' and '{}' are the same actor ('{}')", from, into, t.name));
    }
    fold(db, f, t);
    tx.commit();
  } catch (const core::Error&) {
    throw;
  } catch (const std::exception& e) {
    detail::rethrow(fmt::format("cannot merge '{}' into '{}'", from, into), e);
  }
}

} // namespace eventdb::store
