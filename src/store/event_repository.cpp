// Writing articles with their events, and reading events back.

#include "core/errors.hpp"
#include "core/text.hpp"
#include "core/time_value.hpp"
#include "store/database.hpp"
#include "store/detail/impl.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

namespace eventdb::store {

namespace {

bool is_currency(std::string_view unit) {
  return unit.size() == 3 && unit[0] >= 'A' && unit[0] <= 'Z' && unit[1] >= 'A' &&
         unit[1] <= 'Z' && unit[2] >= 'A' && unit[2] <= 'Z';
}

constexpr const char* k_find_actor = "SELECT id FROM actors WHERE name = :n COLLATE NOCASE";
constexpr const char* k_find_alias = "SELECT actor_id FROM actor_aliases WHERE alias = :n COLLATE NOCASE "
                                     "ORDER BY ambiguous, actor_id LIMIT 1";
constexpr const char* k_insert_events =
    "INSERT INTO events(article_id, type, subtype, modality, date_value, date_grain, date_first, "
    "date_last, date_text, date_basis, source_actor_id, source_name, location_actor_id, items, "
    "cameo, plover, rule, sentence, span_start, span_end) VALUES ";
// Rows per multi-row INSERT into events: 20 parameters each, far below SQLite's 32766.
constexpr std::size_t k_events_per_insert = 100;
constexpr const char* k_insert_actor = "INSERT INTO actors(name, kind, origin) VALUES (:n, :k, 'text')";

// The prepared statements actor_id() runs, from Database::Impl's cache: preparing them for
// every actor of every event cost more than running them. `known` remembers the answers
// within one write transaction (Database::Impl::actor_ids).
struct ActorStatements {
  SQLite::Statement& find;
  SQLite::Statement& alias;
  SQLite::Statement& insert;
  std::unordered_map<std::string, std::int64_t>& known;
};

std::int64_t lookup_actor(SQLite::Database& db, const ActorStatements& st, const std::string& name,
                          core::ActorKind kind);

std::int64_t actor_id(SQLite::Database& db, const ActorStatements& st, const std::string& name,
                      core::ActorKind kind) {
  if (const auto it = st.known.find(name); it != st.known.end()) {
    return it->second;
  }
  const auto id = lookup_actor(db, st, name, kind);
  st.known.emplace(name, id);
  return id;
}

std::int64_t lookup_actor(SQLite::Database& db, const ActorStatements& st, const std::string& name,
                          core::ActorKind kind) {
  auto& find = st.find;
  find.tryReset();
  find.bind(":n", name);
  if (find.executeStep()) {
    const auto id = find.getColumn(0).getInt64();
    find.reset();
    return id;
  }
  auto& alias = st.alias;
  alias.tryReset();
  alias.bind(":n", name);
  if (alias.executeStep()) {
    const auto id = alias.getColumn(0).getInt64();
    alias.reset();
    return id;
  }
  auto& ins = st.insert;
  ins.tryReset();
  ins.bind(":n", name);
  ins.bind(":k", std::string(core::to_string(kind)));
  ins.exec();
  return db.getLastInsertRowid();
}

// Thrown inside save_article when the insert lost a race on articles.content_hash.
struct HashConflict {};

std::string now_utc() {
  // Only for the imported_at audit column; never used to resolve dates.
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  const auto day = std::chrono::floor<date::days>(now);
  const date::hh_mm_ss<std::chrono::seconds> tod{now - day};
  return fmt::format("{}T{:02}:{:02}:{:02}Z", core::iso(date::year_month_day{day}),
                     tod.hours().count(), tod.minutes().count(), tod.seconds().count());
}

// The columns read_event_row() reads, the joins they need after `events e`, and both from
// events alone.
constexpr const char* k_event_select =
    "e.id, e.type, e.subtype, e.modality, e.date_value, e.date_grain, e.date_first, e.date_last, "
    "e.date_text, e.date_basis, e.source_name, e.items, e.cameo, e.plover, e.rule, e.sentence, "
    "e.span_start, e.span_end, l.name, COALESCE(lp.name, ''), "
    "ar.id, ar.title, COALESCE(ar.url, ''), ar.published ";
constexpr const char* k_event_joins =
    "JOIN articles ar ON ar.id = e.article_id "
    "LEFT JOIN actors l ON l.id = e.location_actor_id LEFT JOIN actors lp ON lp.id = l.parent_id ";
const std::string k_event_columns = std::string(k_event_select) + "FROM events e " + k_event_joins;

StoredEvent read_event_row(SQLite::Statement& st) {
  StoredEvent s;
  auto& e = s.event;
  e.id = st.getColumn(0).getInt64();
  e.type = core::event_type_from_string(st.getColumn(1).getString()).value_or(core::EventType::other);
  e.subtype = st.getColumn(2).getString();
  e.modality = core::modality_from_string(st.getColumn(3).getString()).value_or(core::Modality::asserted);
  e.date.value = st.getColumn(4).getString();
  e.date.grain = core::grain_from_string(st.getColumn(5).getString()).value_or(core::Grain::unknown);
  e.date.first = detail::column_date(st.getColumn(6));
  e.date.last = detail::column_date(st.getColumn(7));
  e.date.text = st.getColumn(8).getString();
  e.date.basis = core::basis_from_string(st.getColumn(9).getString()).value_or(core::DateBasis::text);
  if (!st.getColumn(10).isNull()) {
    e.source = st.getColumn(10).getString();
  }
  const auto items = nlohmann::json::parse(st.getColumn(11).getString(), nullptr, false);
  if (items.is_array()) {
    for (const auto& it : items) {
      if (it.is_string()) {
        e.items.push_back(it.get<std::string>());
      }
    }
  }
  e.cameo = st.getColumn(12).getString();
  e.plover = st.getColumn(13).getString();
  e.rule = st.getColumn(14).getString();
  e.evidence.sentence = st.getColumn(15).getString();
  e.evidence.start = static_cast<std::size_t>(st.getColumn(16).getInt64());
  e.evidence.end = static_cast<std::size_t>(st.getColumn(17).getInt64());
  if (!st.getColumn(18).isNull()) {
    e.location = core::Location{st.getColumn(18).getString(), st.getColumn(19).getString()};
  }
  s.article.id = st.getColumn(20).getInt64();
  s.article.title = st.getColumn(21).getString();
  s.article.url = st.getColumn(22).getString();
  s.article.published = detail::column_date(st.getColumn(23));
  return s;
}

// Fills actors, quantities and extra evidence of the events in `events` (by id).
void fill_details(SQLite::Database& db, std::vector<StoredEvent>& events) {
  if (events.empty()) {
    return;
  }
  std::map<std::int64_t, std::size_t> index;
  for (std::size_t i = 0; i < events.size(); ++i) {
    index[events[i].event.id] = i;
  }
  nlohmann::json ids = nlohmann::json::array();
  for (const auto& [id, pos] : index) {
    ids.push_back(id);
  }
  const auto ids_text = ids.dump();
  SQLite::Statement ac(db, "SELECT ea.event_id, a.name, ea.mention, a.kind, ea.role FROM event_actors ea "
                           "JOIN actors a ON a.id = ea.actor_id "
                           "WHERE ea.event_id IN (SELECT value FROM json_each(:ids)) "
                           "ORDER BY ea.event_id, ea.position");
  ac.bind(":ids", ids_text);
  while (ac.executeStep()) {
    auto& e = events[index.at(ac.getColumn(0).getInt64())].event;
    core::EventActor a;
    a.name = ac.getColumn(1).getString();
    a.mention = ac.getColumn(2).getString();
    a.kind = core::actor_kind_from_string(ac.getColumn(3).getString()).value_or(core::ActorKind::unknown);
    a.role = core::role_from_string(ac.getColumn(4).getString()).value_or(core::Role::agent);
    e.actors.push_back(std::move(a));
  }
  SQLite::Statement qs(db, "SELECT event_id, value, unit, what, approx, per, text FROM quantities "
                           "WHERE event_id IN (SELECT value FROM json_each(:ids)) "
                           "ORDER BY event_id, position");
  qs.bind(":ids", ids_text);
  while (qs.executeStep()) {
    auto& e = events[index.at(qs.getColumn(0).getInt64())].event;
    core::Quantity q;
    q.value = qs.getColumn(1).getDouble();
    q.unit = qs.getColumn(2).getString();
    q.what = qs.getColumn(3).getString();
    q.approx = core::approx_from_string(qs.getColumn(4).getString()).value_or(core::Approx::exact);
    q.per = qs.getColumn(5).getString();
    q.text = qs.getColumn(6).getString();
    e.quantities.push_back(std::move(q));
  }
  SQLite::Statement ev(db, "SELECT event_id, sentence, span_start, span_end FROM event_evidence "
                           "WHERE event_id IN (SELECT value FROM json_each(:ids)) "
                           "ORDER BY event_id, position");
  ev.bind(":ids", ids_text);
  while (ev.executeStep()) {
    auto& e = events[index.at(ev.getColumn(0).getInt64())].event;
    e.more_evidence.push_back(core::Evidence{ev.getColumn(1).getString(),
                                             static_cast<std::size_t>(ev.getColumn(2).getInt64()),
                                             static_cast<std::size_t>(ev.getColumn(3).getInt64())});
  }
}

} // namespace

SaveResult Database::save_article(const core::Article& article,
                                  const std::vector<core::Event>& events,
                                  const std::vector<core::ActorRecord>& new_actors) {
  auto& db = m_impl->db;
  SaveResult result;
  const auto hash = core::content_hash(article.body);
  // One attempt is one whole write transaction. BEGIN IMMEDIATE takes the write lock first, so
  // the duplicate check and the insert see the same state: of two importers racing on one
  // article, the second finds the first's row and reports a duplicate. When the lock cannot
  // be had (SQLITE_BUSY after the busy timeout), the transaction has rolled back and the
  // whole attempt runs again (detail::retry_busy). content_hash is UNIQUE as a last guard: a
  // writer that skipped the check loses on the constraint and the retry reports a duplicate.
  // Inside a batch the write lock is held already, and the article is one savepoint of the
  // batch's transaction instead.
  const bool batch = m_impl->in_batch;
  bool hash_conflict_seen = false;
  auto attempt = [&] {
    result = SaveResult{};
    std::optional<SQLite::Transaction> tx;
    if (!batch) {
      m_impl->fts_articles_after.reset();  // a busy retry starts over
      m_impl->fts_events_after.reset();
      m_impl->actor_ids.clear();  // other writers may have changed actors since the last one
      tx.emplace(db, SQLite::TransactionBehavior::IMMEDIATE);
    }
    {
      auto& dup = m_impl->statement("SELECT id FROM articles WHERE content_hash = :h");
      dup.bind(":h", hash);
      const bool found = dup.executeStep();
      if (found) {
        result.article_id = dup.getColumn(0).getInt64();
      }
      dup.reset();
      if (found) {
        result.outcome = SaveOutcome::duplicate;
        return;  // the transaction rolls back: nothing was written
      }
    }
    if (!article.url.empty()) {
      auto& find_url = m_impl->statement("SELECT 1 FROM articles WHERE url = :u");
      find_url.bind(":u", article.url);
      const bool exists = find_url.executeStep();
      find_url.reset();
      if (exists) {
        // The delete triggers remove the old rows from the FTS indexes, so rows still waiting
        // to be indexed (this batch's) are indexed first.
        m_impl->flush_fts();
        auto& same_url = m_impl->statement("DELETE FROM articles WHERE url = :u");
        same_url.bind(":u", article.url);
        if (same_url.exec() > 0) {
          result.outcome = SaveOutcome::replaced;
        }
      }
    }
    m_impl->note_fts_pending();
    auto& ins = m_impl->statement("INSERT INTO articles(content_hash, url, title, author, published, "
                              "published_utc, origin, imported_at, body) VALUES (:h, :url, :title, "
                              ":author, :published, :utc, :origin, :now, :body)");
    ins.bind(":h", hash);
    if (article.url.empty()) {
      ins.bind(":url");
    } else {
      ins.bind(":url", article.url);
    }
    ins.bind(":title", article.title);
    ins.bind(":author", article.author);
    detail::bind_date(ins, ":published", article.published);
    if (article.published_utc.empty()) {
      ins.bind(":utc");
    } else {
      ins.bind(":utc", article.published_utc);
    }
    ins.bind(":origin", article.origin);
    ins.bind(":now", now_utc());
    ins.bind(":body", article.body);
    try {
      ins.exec();
    } catch (const SQLite::Exception& e) {
      if (!hash_conflict_seen && (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE) &&
          std::string_view(e.what()).find("content_hash") != std::string_view::npos) {
        hash_conflict_seen = true;
        throw HashConflict{};
      }
      throw;
    }
    result.article_id = db.getLastInsertRowid();

    std::map<std::string, core::ActorKind> kinds;
    for (const auto& a : new_actors) {
      kinds.emplace(a.name, a.kind);
    }
    auto kind_of = [&](const std::string& name, core::ActorKind k) {
      auto it = kinds.find(name);
      return it != kinds.end() ? it->second : k;
    };
    ActorStatements actor_st{m_impl->statement(k_find_actor), m_impl->statement(k_find_alias),
                             m_impl->statement(k_insert_actor), m_impl->actor_ids};
    // date_first and date_last repeat the event's, for the timeline index (migration 0004).
    auto& ea = m_impl->statement("INSERT INTO event_actors(event_id, position, actor_id, role, mention, "
                                 "date_first, date_last) VALUES (:e, :p, :a, :role, :mention, :df, :dl)");
    auto& qs = m_impl->statement("INSERT INTO quantities(event_id, position, value, minor_units, unit, what, "
                             "approx, per, text) VALUES (:e, :p, :v, :minor, :unit, :what, :approx, :per, :text)");
    auto& evid = m_impl->statement("INSERT INTO event_evidence(event_id, position, sentence, span_start, "
                               "span_end) VALUES (:e, :p, :sentence, :s, :end)");
    // Actor ids first, in the order the per-event INSERTs used to ask for them (source, place,
    // then the event's actors), so actors first seen in text get the same ids as before.
    struct EventActorIds {
      std::optional<std::int64_t> source;
      std::optional<std::int64_t> location;
      std::vector<std::int64_t> actors;
    };
    std::vector<EventActorIds> actor_ids(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
      const auto& e = events[i];
      if (e.source) {
        actor_ids[i].source = actor_id(db, actor_st, *e.source, kind_of(*e.source, core::ActorKind::unknown));
      }
      if (e.location) {
        actor_ids[i].location = actor_id(db, actor_st, e.location->name, core::ActorKind::place);
      }
      for (const auto& a : e.actors) {
        actor_ids[i].actors.push_back(actor_id(db, actor_st, a.name, kind_of(a.name, a.kind)));
      }
    }
    // The events go in multi-row INSERTs of up to k_events_per_insert rows. SQLite opens a
    // statement savepoint for every INSERT that fires the events_fts trigger, and FTS5 writes
    // its pending index to disk at each savepoint: one INSERT per event wrote one FTS segment
    // (and a statement journal) per event, a third of the import time. The rows of one INSERT
    // get consecutive ids (INTEGER PRIMARY KEY without explicit ids: max(id) + 1 each).
    // Each event's days as ISO text, formatted once: the event row and each of its actor links
    // (about three per event) store them. Empty: NULL.
    std::vector<std::pair<std::string, std::string>> days(events.size());
    auto iso_or_empty = [](const std::optional<date::year_month_day>& d) {
      return d && d->ok() ? core::iso(*d) : std::string();
    };
    for (std::size_t i = 0; i < events.size(); ++i) {
      days[i] = {iso_or_empty(events[i].date.first), iso_or_empty(events[i].date.last)};
    }
    auto bind_day = [](SQLite::Statement& st, auto col, const std::string& day) {
      if (day.empty()) {
        st.bind(col);
      } else {
        st.bind(col, day);
      }
    };
    std::vector<std::int64_t> event_ids(events.size());
    for (std::size_t chunk = 0; chunk < events.size(); chunk += k_events_per_insert) {
      const std::size_t n = std::min(k_events_per_insert, events.size() - chunk);
      std::string sql = k_insert_events;
      for (std::size_t r = 0; r < n; ++r) {
        sql += r == 0 ? "(" : ", (";
        sql += "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
      }
      auto& ev = m_impl->statement(sql);
      int col = 0;
      for (std::size_t r = chunk; r < chunk + n; ++r) {
        const auto& e = events[r];
        ev.bind(++col, result.article_id);
        ev.bind(++col, std::string(core::to_string(e.type)));
        ev.bind(++col, e.subtype);
        ev.bind(++col, std::string(core::to_string(e.modality)));
        ev.bind(++col, e.date.value);
        ev.bind(++col, std::string(core::to_string(e.date.grain)));
        bind_day(ev, ++col, days[r].first);
        bind_day(ev, ++col, days[r].second);
        ev.bind(++col, e.date.text);
        ev.bind(++col, std::string(core::to_string(e.date.basis)));
        if (e.source) {
          ev.bind(++col, *actor_ids[r].source);
          ev.bind(++col, *e.source);
        } else {
          ev.bind(++col);
          ev.bind(++col);
        }
        if (actor_ids[r].location) {
          ev.bind(++col, *actor_ids[r].location);
        } else {
          ev.bind(++col);
        }
        ev.bind(++col, nlohmann::json(e.items).dump());
        ev.bind(++col, e.cameo);
        ev.bind(++col, e.plover);
        ev.bind(++col, e.rule);
        ev.bind(++col, e.evidence.sentence);
        ev.bind(++col, static_cast<std::int64_t>(e.evidence.start));
        ev.bind(++col, static_cast<std::int64_t>(e.evidence.end));
      }
      ev.exec();
      const auto last = db.getLastInsertRowid();
      for (std::size_t r = 0; r < n; ++r) {
        event_ids[chunk + r] = last - static_cast<std::int64_t>(n - 1 - r);
      }
    }
    for (std::size_t i = 0; i < events.size(); ++i) {
      const auto& e = events[i];
      const auto event_id = event_ids[i];
      int pos = 0;
      for (const auto& a : e.actors) {
        ea.bind(":e", event_id);
        ea.bind(":p", pos++);
        ea.bind(":a", actor_ids[i].actors[static_cast<std::size_t>(pos) - 1]);
        ea.bind(":role", std::string(core::to_string(a.role)));
        ea.bind(":mention", a.mention);
        bind_day(ea, ":df", days[i].first);
        bind_day(ea, ":dl", days[i].second);
        ea.exec();
        ea.reset();
      }
      pos = 0;
      for (const auto& q : e.quantities) {
        qs.bind(":e", event_id);
        qs.bind(":p", pos++);
        qs.bind(":v", q.value);
        if (is_currency(q.unit) && std::isfinite(q.value) && std::fabs(q.value) < 9e16) {
          qs.bind(":minor", static_cast<std::int64_t>(std::llround(q.value * 100)));
        } else {
          qs.bind(":minor");
        }
        qs.bind(":unit", q.unit);
        qs.bind(":what", q.what);
        qs.bind(":approx", std::string(core::to_string(q.approx)));
        qs.bind(":per", q.per);
        qs.bind(":text", q.text);
        qs.exec();
        qs.reset();
      }
      pos = 0;
      for (const auto& x : e.more_evidence) {
        evid.bind(":e", event_id);
        evid.bind(":p", pos++);
        evid.bind(":sentence", x.sentence);
        evid.bind(":s", static_cast<std::int64_t>(x.start));
        evid.bind(":end", static_cast<std::int64_t>(x.end));
        evid.exec();
        evid.reset();
      }
      ++result.events;
    }
    if (tx) {
      m_impl->flush_fts();
      tx->commit();
    }
  };
  // The pending FTS rows as they were before this article, restored when it rolls back.
  const auto fts_before = std::pair(m_impl->fts_articles_after, m_impl->fts_events_after);
  const auto restore_fts = [&] {
    m_impl->fts_articles_after = fts_before.first;
    m_impl->fts_events_after = fts_before.second;
    m_impl->actor_ids.clear();  // it may hold actors the rollback removed
  };
  try {
    if (batch) {
      db.exec("SAVEPOINT save_article");
      try {
        try {
          attempt();
        } catch (const HashConflict&) {
          db.exec("ROLLBACK TO save_article");
          restore_fts();
          attempt();
        }
        db.exec("RELEASE save_article");
      } catch (...) {
        restore_fts();
        try {
          db.exec("ROLLBACK TO save_article");
          db.exec("RELEASE save_article");
        } catch (const std::exception&) {
          rollback_batch();  // the savepoint could not be undone: drop the whole batch
        }
        throw;
      }
    } else {
      detail::retry_busy([&] {
        try {
          attempt();
        } catch (const HashConflict&) {
          attempt();  // sees the other writer's row: a duplicate
        }
      });
    }
  } catch (const core::Error&) {
    if (!batch) {
      restore_fts();
    }
    throw;
  } catch (const std::exception& e) {
    if (!batch) {
      restore_fts();
    }
    detail::rethrow(fmt::format("cannot store article {}", article.origin), e);
  }
  return result;
}

void Database::begin_batch() {
  if (m_impl->in_batch) {
    return;
  }
  try {
    // IMMEDIATE: the write lock now, waiting (busy timeout, then retries) for other writers.
    detail::retry_busy([&] { m_impl->db.exec("BEGIN IMMEDIATE"); });
  } catch (const std::exception& e) {
    detail::rethrow("cannot start a write transaction", e);
  }
  m_impl->in_batch = true;
  m_impl->fts_articles_after.reset();
  m_impl->fts_events_after.reset();
  m_impl->actor_ids.clear();  // other writers may have changed actors since the last batch
}

void Database::commit_batch() {
  if (!m_impl->in_batch) {
    return;
  }
  try {
    m_impl->flush_fts();
    m_impl->db.exec("COMMIT");
  } catch (const std::exception& e) {
    rollback_batch();
    detail::rethrow("cannot commit imported articles", e);
  }
  m_impl->in_batch = false;
}

void Database::rollback_batch() noexcept {
  if (!m_impl->in_batch) {
    return;
  }
  m_impl->in_batch = false;
  m_impl->fts_articles_after.reset();
  m_impl->fts_events_after.reset();
  m_impl->actor_ids.clear();
  try {
    m_impl->db.exec("ROLLBACK");
  } catch (const std::exception&) {
    // SQLite rolls back by itself when it fails this way (I/O error, full disk).
  }
}

bool Database::in_batch() const {
  return m_impl->in_batch;
}

std::vector<StoredEvent> Database::timeline(const TimelineQuery& q) const {
  auto& db = m_impl->db;
  try {
    const std::set<std::int64_t> ids(q.actor_ids.begin(), q.actor_ids.end());
    nlohmann::json actor_ids(std::vector<std::int64_t>(ids.begin(), ids.end()));
    nlohmann::json types = nlohmann::json::array();
    for (auto t : q.types) {
      types.push_back(std::string(core::to_string(t)));
    }
    nlohmann::json all_of = q.all_of;
    // The events are read through the actors' links, h: event_actors repeats each event's
    // date_first and date_last, and event_actors_actor_date(actor_id, date_first, date_last,
    // event_id) gives one actor's links in timeline order. So for one actor the rows come
    // straight from the index in order and --limit stops the walk early; several actors are
    // merged by one sort. CROSS JOIN keeps SQLite from driving the join from events instead.
    // The dated events come first, then the undated ones (date_first NULL), as in
    // ORDER BY date_first IS NULL, date_first, date_last, id; a date filter excludes undated
    // events. An event linked to the actors twice gives adjacent rows; the loop skips the
    // repeats.
    const std::string actor_match =
        ids.size() == 1 ? "h.actor_id = :actor" : "h.actor_id IN (SELECT value FROM json_each(:actors))";
    const auto sql = [&](bool dated) {
      return std::string("SELECT ") + k_event_select +
             "FROM event_actors h CROSS JOIN events e ON e.id = h.event_id " + k_event_joins +
             "WHERE " + actor_match + (dated ? " AND h.date_first IS NOT NULL" : " AND h.date_first IS NULL") +
             " AND (:role IS NULL OR h.role = :role) "
             "AND NOT EXISTS (SELECT 1 FROM json_each(:all_of) g WHERE NOT EXISTS "
             "(SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.actor_id IN "
             "(SELECT value FROM json_each(g.value)) AND (:role IS NULL OR x.role = :role))) "
             "AND (json_array_length(:types) = 0 OR e.type IN (SELECT value FROM json_each(:types))) "
             "AND (:from IS NULL OR h.date_last >= :from) "
             "AND (:to IS NULL OR h.date_first <= :to) "
             "AND (:source = '' OR e.source_name = :source COLLATE NOCASE "
             "OR substr(e.source_name, -length(:source) - 1) = (' ' || :source) COLLATE NOCASE "
             "OR e.source_actor_id IN (SELECT id FROM actors WHERE name = :source COLLATE NOCASE "
             "UNION SELECT actor_id FROM actor_aliases WHERE alias = :source COLLATE NOCASE)) "
             "ORDER BY h.date_first, h.date_last, h.event_id";
    };
    std::vector<StoredEvent> out;
    if (ids.empty() || (q.limit && *q.limit == 0)) {
      return out;
    }
    for (const bool dated : {true, false}) {
      if (!dated && (q.from || q.to)) {
        break;  // undated events never match a date filter
      }
      SQLite::Statement st(db, sql(dated));
      if (ids.size() == 1) {
        st.bind(":actor", *ids.begin());
      } else {
        st.bind(":actors", actor_ids.dump());
      }
      st.bind(":all_of", all_of.dump());
      if (q.role) {
        st.bind(":role", std::string(core::to_string(*q.role)));
      } else {
        st.bind(":role");
      }
      st.bind(":types", types.dump());
      detail::bind_date(st, ":from", q.from);
      detail::bind_date(st, ":to", q.to);
      st.bind(":source", q.source);
      while ((!q.limit || out.size() < *q.limit) && st.executeStep()) {
        if (!out.empty() && out.back().event.id == st.getColumn(0).getInt64()) {
          continue;
        }
        out.push_back(read_event_row(st));
      }
    }
    fill_details(db, out);
    return out;
  } catch (const std::exception& e) {
    detail::rethrow("cannot read timeline", e);
  }
}

std::vector<StoredEvent> Database::all_events() const {
  auto& db = m_impl->db;
  try {
    SQLite::Statement st(db, std::string("SELECT ") + k_event_columns + "ORDER BY e.id");
    std::vector<StoredEvent> out;
    while (st.executeStep()) {
      out.push_back(read_event_row(st));
    }
    fill_details(db, out);
    return out;
  } catch (const std::exception& e) {
    detail::rethrow("cannot read events", e);
  }
}

std::optional<StoredEvent> Database::event(std::int64_t id) const {
  auto& db = m_impl->db;
  try {
    SQLite::Statement st(db, std::string("SELECT ") + k_event_columns + "WHERE e.id = :id");
    st.bind(":id", id);
    if (!st.executeStep()) {
      return std::nullopt;
    }
    std::vector<StoredEvent> out{read_event_row(st)};
    fill_details(db, out);
    return out.front();
  } catch (const std::exception& e) {
    detail::rethrow(fmt::format("cannot read event {}", id), e);
  }
}

std::optional<core::Article> Database::article(std::int64_t id) const {
  auto& db = m_impl->db;
  try {
    SQLite::Statement st(db, "SELECT title, COALESCE(url, ''), author, published, "
                             "COALESCE(published_utc, ''), body, origin FROM articles WHERE id = :id");
    st.bind(":id", id);
    if (!st.executeStep()) {
      return std::nullopt;
    }
    core::Article a;
    a.title = st.getColumn(0).getString();
    a.url = st.getColumn(1).getString();
    a.author = st.getColumn(2).getString();
    a.published = detail::column_date(st.getColumn(3));
    a.published_utc = st.getColumn(4).getString();
    a.body = st.getColumn(5).getString();
    a.origin = st.getColumn(6).getString();
    return a;
  } catch (const std::exception& e) {
    detail::rethrow(fmt::format("cannot read article {}", id), e);
  }
}

} // namespace eventdb::store
