#pragma once

// Private to src/store: the SQLite connection behind store::Database.

#include "store/database.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

namespace eventdb::store {

struct Database::Impl {
  Impl(const std::string& path, int flags) : db(path, flags) {}
  SQLite::Database db;
  OpenMode mode = OpenMode::read_write;
};

namespace detail {

// Wraps a SQLite failure with what we were doing: "cannot store article: UNIQUE constraint...".
[[noreturn]] void rethrow(std::string_view doing, const std::exception& e);

// Binds an optional date as ISO text or NULL.
void bind_date(SQLite::Statement& st, const char* name,
               const std::optional<date::year_month_day>& d);
std::optional<date::year_month_day> column_date(const SQLite::Column& c);

} // namespace detail
} // namespace eventdb::store
