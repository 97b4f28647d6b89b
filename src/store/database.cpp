#include "store/database.hpp"

#include "core/embedded.hpp"
#include "core/errors.hpp"
#include "core/time_value.hpp"
#include "store/detail/impl.hpp"

#include <fmt/format.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>
#include <vector>

namespace eventdb::store {

namespace detail {

void rethrow(std::string_view doing, const std::exception& e) {
  throw core::StoreError(fmt::format("{}: {}", doing, e.what()));
}

bool is_busy(const std::exception& e) {
  const auto* sql = dynamic_cast<const SQLite::Exception*>(&e);
  if (sql == nullptr) {
    return false;
  }
  // Primary codes live in the low byte of extended ones (SQLITE_BUSY_SNAPSHOT, ...).
  const int code = sql->getErrorCode() & 0xff;
  const int extended = sql->getExtendedErrorCode() & 0xff;
  return code == SQLITE_BUSY || code == SQLITE_LOCKED || extended == SQLITE_BUSY ||
         extended == SQLITE_LOCKED;
}

void retry_busy(const std::function<void()>& attempt) {
  // The busy timeout already waits inside SQLite; this loop covers the cases where SQLite
  // gives up without waiting (a deadlock between two would-be writers, WAL recovery, a stale
  // snapshot) or the wait ran out. Randomised pauses keep two importers from retrying in step.
  thread_local std::minstd_rand rng{std::random_device{}()};
  int pause_ms = 5;
  for (int i = 1;; ++i) {
    try {
      attempt();
      return;
    } catch (const std::exception& e) {
      if (i >= k_busy_attempts || !is_busy(e)) {
        throw;
      }
    }
    std::uniform_int_distribution<int> jitter(pause_ms / 2, pause_ms);
    std::this_thread::sleep_for(std::chrono::milliseconds(jitter(rng)));
    pause_ms = std::min(pause_ms * 2, 1000);  // [5, 1000] ms
  }
}

void bind_date(SQLite::Statement& st, const char* name,
               const std::optional<date::year_month_day>& d) {
  if (d && d->ok()) {
    st.bind(name, core::iso(*d));
  } else {
    st.bind(name);
  }
}

std::optional<date::year_month_day> column_date(const SQLite::Column& c) {
  if (c.isNull()) {
    return std::nullopt;
  }
  return core::parse_iso_date(c.getString());
}

} // namespace detail

namespace {

// The embedded migrations in order: "schema/0001_init.sql", "schema/0002_...".
std::vector<core::EmbeddedFile> migrations() {
  std::vector<core::EmbeddedFile> out;
  for (const auto& f : core::embedded_files()) {
    if (f.name.starts_with("schema/") && f.name.ends_with(".sql")) {
      out.push_back(f);
    }
  }
  return out;
}

} // namespace

Database::Database(const std::string& path, OpenMode mode) {
  // SQLite's allocation statistics take a global mutex on every malloc; nothing reads them.
  // This must precede SQLite's initialisation (the first connection); later it is refused,
  // harmlessly.
  static const int no_memstatus = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)no_memstatus;
  // NOMUTEX: a Database is used by one thread at a time (import's writer thread owns its own),
  // so SQLite need not lock the connection around every call.
  const int flags = SQLite::OPEN_NOMUTEX | (mode == OpenMode::read_only
                                                ? SQLite::OPEN_READONLY
                                                : (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
  try {
    m_impl = std::make_unique<Impl>(path, flags);
  } catch (const std::exception& e) {
    detail::rethrow(fmt::format("cannot open database {}", path), e);
  }
  m_impl->mode = mode;
  auto& db = m_impl->db;
  try {
    db.setBusyTimeout(detail::k_busy_timeout_ms);
    db.exec("PRAGMA foreign_keys = ON");
    const auto steps = migrations();
    const int version = db.execAndGet("PRAGMA user_version").getInt();
    if (version > static_cast<int>(steps.size())) {
      throw core::StoreError(fmt::format(
          "{}: database schema version {} is newer than this eventdb ({}); upgrade eventdb", path,
          version, steps.size()));
    }
    if (mode == OpenMode::read_only) {
      if (version < static_cast<int>(steps.size())) {
        throw core::StoreError(fmt::format(
            "{}: not an eventdb database or needs migrating; run an import first", path));
      }
      return;
    }
    if (path != ":memory:") {
      // WAL: readers (timeline, sql) see a snapshot and never block the importer, and a killed
      // import leaves at most an uncommitted tail in the -wal file, discarded on next open.
      // Switching a new file to WAL needs a moment of exclusive access, which SQLite reports
      // as busy without waiting when another process is creating the same database.
      detail::retry_busy([&] { db.exec("PRAGMA journal_mode = WAL"); });
      // Under WAL, NORMAL syncs at checkpoints rather than at every commit (one commit per
      // article): the database stays consistent after a power cut, which may lose the last
      // articles imported; it never corrupts them. FULL made import wait on fsync per article.
      db.exec("PRAGMA synchronous = NORMAL");
      // A 64 MB page cache for writers (the default is 2 MB): an import batch dirties more
      // pages than 2 MB, which SQLite then spilled to the WAL mid-transaction, and the random
      // content_hash and url index inserts re-read pages the small cache had dropped. Pages
      // are allocated as used, so small databases do not pay for it.
      db.exec("PRAGMA cache_size = -65536");
      // Checkpoint the WAL into the database every 32 MB of WAL rather than every 4 MB (the
      // default 1000 pages): pages that several batches change (index pages, the last pages
      // of each table) are copied once per checkpoint. Measured at 10k articles: 15-30% less
      // system time, about 3% of the import's CPU (docs/performance.md).
      db.exec("PRAGMA wal_autocheckpoint = 8192");
    }
    for (std::size_t i = static_cast<std::size_t>(version); i < steps.size(); ++i) {
      try {
        detail::retry_busy([&] {
          SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
          // Another process may have migrated while we waited for the write lock.
          if (db.execAndGet("PRAGMA user_version").getInt() > static_cast<int>(i)) {
            return;
          }
          db.exec(std::string(steps[i].content));
          db.exec(fmt::format("PRAGMA user_version = {}", i + 1));
          tx.commit();
        });
      } catch (const SQLite::Exception& e) {
        detail::rethrow(fmt::format("{}: migration {} failed", path, steps[i].name), e);
      }
    }
  } catch (const SQLite::Exception& e) {
    if (std::string_view(e.what()).find("not a database") != std::string_view::npos) {
      throw core::StoreError(fmt::format("{}: not an eventdb database (file is not SQLite)", path));
    }
    detail::rethrow(fmt::format("cannot open database {}", path), e);
  }
}

Database::~Database() {
  if (m_impl) {
    rollback_batch();
  }
}

int Database::schema_version() const {
  return m_impl->db.execAndGet("PRAGMA user_version").getInt();
}

} // namespace eventdb::store
