#include "store/database.hpp"

#include "core/embedded.hpp"
#include "core/errors.hpp"
#include "core/time_value.hpp"
#include "store/detail/impl.hpp"

#include <fmt/format.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <vector>

namespace eventdb::store {

namespace detail {

void rethrow(std::string_view doing, const std::exception& e) {
  throw core::StoreError(fmt::format("{}: {}", doing, e.what()));
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
  const int flags = mode == OpenMode::read_only
                        ? SQLite::OPEN_READONLY
                        : (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  try {
    m_impl = std::make_unique<Impl>(path, flags);
  } catch (const std::exception& e) {
    detail::rethrow(fmt::format("cannot open database {}", path), e);
  }
  m_impl->mode = mode;
  auto& db = m_impl->db;
  try {
    db.setBusyTimeout(10000);
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
      db.exec("PRAGMA journal_mode = WAL");
    }
    for (std::size_t i = static_cast<std::size_t>(version); i < steps.size(); ++i) {
      try {
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        // Another process may have migrated while we waited for the write lock.
        if (db.execAndGet("PRAGMA user_version").getInt() > static_cast<int>(i)) {
          continue;
        }
        db.exec(std::string(steps[i].content));
        db.exec(fmt::format("PRAGMA user_version = {}", i + 1));
        tx.commit();
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

Database::~Database() = default;

int Database::schema_version() const {
  return m_impl->db.execAndGet("PRAGMA user_version").getInt();
}

} // namespace eventdb::store
