#pragma once

// Private to src/store: the SQLite connection behind store::Database.

#include "store/database.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <functional>
#include <memory>
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
