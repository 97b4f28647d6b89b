#pragma once

// Private to src/store: the SQLite connection behind store::Database.

#include "store/database.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace eventdb::store {

struct Database::Impl {
  Impl(const std::string& path, int flags) : db(path, flags) {}
  SQLite::Database db;
  OpenMode mode = OpenMode::read_write;
  // Prepared statements reused across calls (save_article runs the same ones for every
  // article), keyed by their SQL. Declared after `db`, so they are finalised before it closes.
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> statements;

  // An open begin_batch() transaction.
  bool in_batch = false;
  // Full-text indexing of new rows is deferred to the end of the transaction (migration
  // 0004 dropped the insert triggers): rows with an id above these are not yet in
  // articles_fts / events_fts. Unset: nothing pending. See event_repository.cpp.
  std::optional<std::int64_t> fts_articles_after;
  std::optional<std::int64_t> fts_events_after;
  // Actor name -> id as save_article resolved it in the current write transaction (cleared
  // when one starts or rolls back: only a transaction holding the write lock may trust it).
  std::unordered_map<std::string, std::int64_t> actor_ids;

  // Notes that new rows follow: the current largest ids, unless rows are pending already.
  // Rows get max(id) + 1, so everything inserted until the next flush_fts() is above them
  // (save_article flushes before it deletes a replaced article, whose ids may be reused).
  void note_fts_pending() {
    if (fts_articles_after) {
      return;
    }
    fts_articles_after = max_id("SELECT coalesce(max(id), 0) FROM articles");
    fts_events_after = max_id("SELECT coalesce(max(id), 0) FROM events");
  }

  // Adds the pending rows to articles_fts and events_fts: one INSERT per index, so FTS5
  // writes one segment per flush instead of one (or more) per article. Runs in the write
  // transaction that inserted the rows, just before it commits.
  void flush_fts() {
    if (!fts_articles_after) {
      return;
    }
    auto& a = statement("INSERT INTO articles_fts(rowid, title, body) "
                        "SELECT id, title, body FROM articles WHERE id > ?");
    a.bind(1, *fts_articles_after);
    a.exec();
    auto& e = statement("INSERT INTO events_fts(rowid, sentence) "
                        "SELECT id, sentence FROM events WHERE id > ?");
    e.bind(1, fts_events_after.value_or(0));
    e.exec();
    fts_articles_after.reset();
    fts_events_after.reset();
  }

  std::int64_t max_id(const std::string& sql) {
    auto& st = statement(sql);
    st.executeStep();
    const auto id = st.getColumn(0).getInt64();
    st.reset();
    return id;
  }

  // The cached statement for `sql`, prepared on first use, handed back reset with its
  // bindings cleared. Callers reset a SELECT after reading it, so no statement keeps a read
  // transaction open between calls.
  SQLite::Statement& statement(const std::string& sql) {
    auto& st = statements[sql];
    if (!st) {
      st = std::make_unique<SQLite::Statement>(db, sql);
    } else {
      st->tryReset();  // the error of a failed last step was reported then; not again here
      st->clearBindings();
    }
    return *st;
  }
};

namespace detail {

// Wraps a SQLite failure with what we were doing: "cannot store article: UNIQUE constraint...".
[[noreturn]] void rethrow(std::string_view doing, const std::exception& e);

// How long a connection waits for another writer's lock before SQLite reports SQLITE_BUSY.
inline constexpr int k_busy_timeout_ms = 10000;

// True for SQLITE_BUSY and SQLITE_LOCKED (and their extended codes): another connection holds
// a lock; the whole transaction may be retried.
[[nodiscard]] bool is_busy(const std::exception& e);

// Runs `attempt` (one whole write transaction) and runs it again, after a randomised,
// growing pause, while it fails with is_busy(); at most `k_busy_attempts` times in all.
// Other exceptions, and the last busy failure, propagate.
inline constexpr int k_busy_attempts = 12;
void retry_busy(const std::function<void()>& attempt);

// Binds an optional date as ISO text or NULL.
void bind_date(SQLite::Statement& st, const char* name,
               const std::optional<date::year_month_day>& d);
std::optional<date::year_month_day> column_date(const SQLite::Column& c);

} // namespace detail
} // namespace eventdb::store
