// Actors, aliases and roles: loading the shipped dictionary and reading it back.

#include "core/errors.hpp"
#include "core/time_value.hpp"
#include "store/database.hpp"
#include "store/detail/impl.hpp"

#include <fmt/format.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <map>
#include <set>
#include <unordered_map>

namespace eventdb::store {

bool Database::dictionary_current(std::string_view hash) const {
  try {
    SQLite::Statement st(m_impl->db, "SELECT value FROM meta WHERE key = 'dictionary_hash'");
    return st.executeStep() && st.getColumn(0).getString() == hash;
  } catch (const std::exception& e) {
    detail::rethrow("cannot read dictionary state", e);
  }
}

void Database::sync_dictionary(const std::vector<core::ActorRecord>& actors,
                               std::string_view hash) {
  auto& db = m_impl->db;
  try {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Two importers opening one database at once both find the dictionary stale; the second
    // to get the write lock finds it loaded and has nothing to do.
    {
      SQLite::Statement current(db, "SELECT value FROM meta WHERE key = 'dictionary_hash'");
      if (current.executeStep() && current.getColumn(0).getString() == hash) {
        return;
      }
    }
    SQLite::Statement find_key(db, "SELECT id FROM actors WHERE key = :key");
    SQLite::Statement find_name(db,
                                "SELECT id FROM actors WHERE name = :name COLLATE NOCASE AND key IS NULL");
    SQLite::Statement insert(db, "INSERT INTO actors(key, name, kind, code, origin) "
                                 "VALUES (:key, :name, :kind, :code, 'dictionary')");
    SQLite::Statement update(db, "UPDATE actors SET key = :key, name = :name, kind = :kind, "
                                 "code = :code, origin = 'dictionary' WHERE id = :id");
    SQLite::Statement merged(db, "SELECT actor_id FROM actor_aliases WHERE alias = :name COLLATE NOCASE "
                                 "AND origin = 'user' ORDER BY actor_id LIMIT 1");
    std::unordered_map<std::string, std::int64_t> id_by_name;
    std::set<std::string> folded;  // dictionary actors a user merged away
    for (const auto& a : actors) {
      std::int64_t id = 0;
      find_key.bind(":key", a.key);
      if (find_key.executeStep()) {
        id = find_key.getColumn(0).getInt64();
      }
      find_key.reset();
      if (id == 0) {
        find_name.bind(":name", a.name);
        if (find_name.executeStep()) {
          id = find_name.getColumn(0).getInt64();
        }
        find_name.reset();
      }
      if (id == 0) {
        // A user merged this actor into another (its name is now a user alias there): do not
        // bring it back. References to it in the dictionary go to the actor it was merged into.
        merged.bind(":name", a.name);
        if (merged.executeStep()) {
          id_by_name[a.name] = merged.getColumn(0).getInt64();
          folded.insert(a.name);
        }
        merged.reset();
        if (folded.contains(a.name)) {
          continue;
        }
      }
      auto& st = id == 0 ? insert : update;
      st.bind(":key", a.key);
      st.bind(":name", a.name);
      st.bind(":kind", std::string(core::to_string(a.kind)));
      if (a.code.empty()) {
        st.bind(":code");
      } else {
        st.bind(":code", a.code);
      }
      if (id != 0) {
        st.bind(":id", id);
      }
      try {
        st.exec();
      } catch (const SQLite::Exception& e) {
        throw core::StoreError(
            fmt::format("dictionary actor '{}' ({}): {}", a.name, a.key, e.what()));
      }
      st.reset();
      st.clearBindings();
      if (id == 0) {
        id = db.getLastInsertRowid();
      }
      id_by_name[a.name] = id;
    }
    SQLite::Statement parent(db, "UPDATE actors SET parent_id = :parent WHERE id = :id");
    SQLite::Statement del_alias(db, "DELETE FROM actor_aliases WHERE actor_id = :id "
                                    "AND origin = 'dictionary'");
    SQLite::Statement add_alias(db, "INSERT OR IGNORE INTO actor_aliases(alias, actor_id, facet, ambiguous) "
                                    "VALUES (:alias, :id, :facet, :ambiguous)");
    SQLite::Statement del_roles(db, "DELETE FROM actor_roles WHERE person_id = :id");
    SQLite::Statement add_role(db, "INSERT INTO actor_roles(person_id, title, org_id, date_from, date_to) "
                                   "VALUES (:id, :title, :org, :from, :to)");
    for (const auto& a : actors) {
      if (folded.contains(a.name)) {
        continue;
      }
      const auto id = id_by_name.at(a.name);
      if (auto p = id_by_name.find(a.parent); !a.parent.empty() && p != id_by_name.end()) {
        parent.bind(":parent", p->second);
        parent.bind(":id", id);
        parent.exec();
        parent.reset();
      }
      del_alias.bind(":id", id);
      del_alias.exec();
      del_alias.reset();
      for (const auto& al : a.aliases) {
        add_alias.bind(":alias", al.text);
        add_alias.bind(":id", id);
        add_alias.bind(":facet", std::string(core::to_string(al.facet)));
        add_alias.bind(":ambiguous", al.ambiguous ? 1 : 0);
        add_alias.exec();
        add_alias.reset();
      }
      del_roles.bind(":id", id);
      del_roles.exec();
      del_roles.reset();
      for (const auto& r : a.roles) {
        add_role.bind(":id", id);
        add_role.bind(":title", r.title);
        if (auto o = id_by_name.find(r.org); o != id_by_name.end()) {
          add_role.bind(":org", o->second);
        } else {
          add_role.bind(":org");
        }
        detail::bind_date(add_role, ":from", r.from);
        detail::bind_date(add_role, ":to", r.to);
        add_role.exec();
        add_role.reset();
        add_role.clearBindings();
      }
    }
    SQLite::Statement meta(db, "INSERT INTO meta(key, value) VALUES ('dictionary_hash', :h) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    meta.bind(":h", std::string(hash));
    meta.exec();
    tx.commit();
  } catch (const core::Error&) {
    throw;
  } catch (const std::exception& e) {
    detail::rethrow("cannot load the actor dictionary", e);
  }
}

namespace {

std::vector<core::ActorRecord> read_actors(SQLite::Database& db, const std::string& where,
                                           const std::string& param) {
  std::vector<core::ActorRecord> out;
  std::map<std::int64_t, std::size_t> index;
  SQLite::Statement st(db, "SELECT a.id, COALESCE(a.key, ''), a.name, a.kind, COALESCE(a.code, ''), "
                           "COALESCE(p.name, '') FROM actors a LEFT JOIN actors p ON p.id = a.parent_id " +
                               where + " ORDER BY a.id");
  if (!param.empty()) {
    st.bind(":q", param);
  }
  while (st.executeStep()) {
    core::ActorRecord r;
    r.id = st.getColumn(0).getInt64();
    r.key = st.getColumn(1).getString();
    r.name = st.getColumn(2).getString();
    r.kind = core::actor_kind_from_string(st.getColumn(3).getString()).value_or(core::ActorKind::unknown);
    r.code = st.getColumn(4).getString();
    r.parent = st.getColumn(5).getString();
    index[r.id] = out.size();
    out.push_back(std::move(r));
  }
  if (out.empty()) {
    return out;
  }
  SQLite::Statement al(db, "SELECT actor_id, alias, facet, ambiguous FROM actor_aliases ORDER BY actor_id, rowid");
  while (al.executeStep()) {
    auto it = index.find(al.getColumn(0).getInt64());
    if (it == index.end()) {
      continue;
    }
    core::ActorAlias a;
    a.text = al.getColumn(1).getString();
    a.facet = core::alias_facet_from_string(al.getColumn(2).getString()).value_or(core::AliasFacet::name);
    a.ambiguous = al.getColumn(3).getInt() != 0;
    out[it->second].aliases.push_back(std::move(a));
  }
  SQLite::Statement ro(db, "SELECT r.person_id, r.title, COALESCE(o.name, ''), r.date_from, r.date_to "
                           "FROM actor_roles r LEFT JOIN actors o ON o.id = r.org_id ORDER BY r.person_id, r.date_from");
  while (ro.executeStep()) {
    auto it = index.find(ro.getColumn(0).getInt64());
    if (it == index.end()) {
      continue;
    }
    core::ActorRole r;
    r.title = ro.getColumn(1).getString();
    r.org = ro.getColumn(2).getString();
    r.from = detail::column_date(ro.getColumn(3));
    r.to = detail::column_date(ro.getColumn(4));
    out[it->second].roles.push_back(std::move(r));
  }
  return out;
}

} // namespace

std::vector<core::ActorRecord> Database::load_actors() const {
  try {
    return read_actors(m_impl->db, "", "");
  } catch (const std::exception& e) {
    detail::rethrow("cannot read actors", e);
  }
}

std::vector<core::ActorRecord> Database::find_actors(std::string_view name_or_alias) const {
  try {
    return read_actors(m_impl->db,
                       "WHERE a.name = :q COLLATE NOCASE OR a.id IN (SELECT actor_id FROM actor_aliases "
                       "WHERE alias = :q COLLATE NOCASE)",
                       std::string(name_or_alias));
  } catch (const std::exception& e) {
    detail::rethrow("cannot look up actor", e);
  }
}

} // namespace eventdb::store
