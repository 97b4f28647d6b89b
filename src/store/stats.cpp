// Counts for `eventdb stats`: what the database holds, by type, month, actor and article.

#include "core/errors.hpp"
#include "store/database.hpp"
#include "store/detail/impl.hpp"

#include <fmt/format.h>

#include <SQLiteCpp/SQLiteCpp.h>

namespace eventdb::store {

namespace {

std::int64_t count(SQLite::Database& db, const char* sql) {
  return db.execAndGet(sql).getInt64();
}

// Reads (label, id, count) rows.
std::vector<CountRow> rows(SQLite::Statement& st) {
  std::vector<CountRow> out;
  while (st.executeStep()) {
    out.push_back({st.getColumn(0).getString(), st.getColumn(1).getInt64(),
                   st.getColumn(2).getInt64()});
  }
  return out;
}

} // namespace

DatabaseStats Database::stats(std::size_t top) const {
  auto& db = m_impl->db;
  DatabaseStats s;
  try {
    s.articles = count(db, "SELECT count(*) FROM articles");
    s.events = count(db, "SELECT count(*) FROM events");
    s.actors = count(db, "SELECT count(*) FROM actors");
    s.actors_in_events = count(db, "SELECT count(DISTINCT actor_id) FROM event_actors");
    // pragma functions rather than PRAGMA statements: they also work on a read-only handle.
    s.size_bytes = count(db, "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
    {
      SQLite::Statement st(db, "SELECT type, 0, count(*) AS n FROM events GROUP BY type "
                               "ORDER BY n DESC, type");
      s.by_type = rows(st);
    }
    {
      // Undated events (date_first NULL) come last, with an empty label.
      SQLite::Statement st(db, "SELECT COALESCE(substr(date_first, 1, 7), '') AS m, 0, count(*) "
                               "FROM events GROUP BY m ORDER BY m = '', m");
      s.by_month = rows(st);
    }
    {
      SQLite::Statement st(db, "SELECT a.name, a.id, count(DISTINCT ea.event_id) AS n "
                               "FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                               "GROUP BY a.id ORDER BY n DESC, a.name COLLATE NOCASE, a.id LIMIT :top");
      st.bind(":top", static_cast<std::int64_t>(top));
      s.top_actors = rows(st);
    }
    {
      SQLite::Statement st(db, "SELECT ar.title, ar.id, count(e.id) FROM articles ar "
                               "LEFT JOIN events e ON e.article_id = ar.id GROUP BY ar.id ORDER BY ar.id");
      s.by_article = rows(st);
    }
  } catch (const std::exception& e) {
    detail::rethrow("cannot count events", e);
  }
  return s;
}

} // namespace eventdb::store
