// `eventdb sql`: one read-only statement, guarded twice: the connection is opened read-only
// and an authorizer refuses anything that is not reading (ATTACH, PRAGMA, load_extension).

#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/database.hpp"
#include "store/detail/impl.hpp"

#include <fmt/format.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <array>
#include <cstring>

namespace eventdb::store {

namespace {

// Pragmas that only read; every other pragma is refused.
constexpr std::array<std::string_view, 9> k_read_pragmas = {
    "table_info", "table_xinfo", "index_list", "index_info", "foreign_key_list",
    "table_list", "user_version", "function_list", "data_version"};

int authorize(void*, int action, const char* a, const char* b, const char*, const char*) {
  switch (action) {
  case SQLITE_SELECT:
  case SQLITE_READ:
  case SQLITE_RECURSIVE:
    return SQLITE_OK;
  case SQLITE_UPDATE:
    // FTS5 asks for this while connecting to its shadow tables ("events_fts MATCH ...").
    // A user's own UPDATE of the schema table is still refused by sqlite3_stmt_readonly.
    return std::string_view(a ? a : "") == "sqlite_master" ? SQLITE_OK : SQLITE_DENY;
  case SQLITE_FUNCTION: {
    const std::string_view fn = b ? b : "";
    if (fn == "load_extension" || fn == "writefile" || fn == "readfile" || fn == "edit" ||
        fn == "fts3_tokenizer") {
      return SQLITE_DENY;
    }
    return SQLITE_OK;
  }
  case SQLITE_PRAGMA: {
    const std::string lower = core::to_lower_ascii(a ? a : "");
    for (auto p : k_read_pragmas) {
      if (lower == p && !(p == "user_version" && b != nullptr)) {
        return SQLITE_OK;
      }
    }
    return SQLITE_DENY;
  }
  default:
    return SQLITE_DENY;
  }
}

} // namespace

SqlResult Database::query(std::string_view sql) const {
  auto& db = m_impl->db;
  const std::string text(core::trim(sql));
  if (text.empty()) {
    throw core::StoreError("sql: empty statement");
  }
  SqlResult result;
  sqlite3_set_authorizer(db.getHandle(), authorize, nullptr);
  struct Reset {
    sqlite3* h;
    ~Reset() { sqlite3_set_authorizer(h, nullptr, nullptr); }
  } reset{db.getHandle()};
  // Prepare with the C API to see the tail: a second statement is refused, not ignored.
  sqlite3_stmt* raw = nullptr;
  const char* tail = nullptr;
  const int rc = sqlite3_prepare_v2(db.getHandle(), text.c_str(), static_cast<int>(text.size()),
                                    &raw, &tail);
  if (rc != SQLITE_OK) {
    std::string msg = sqlite3_errmsg(db.getHandle());
    sqlite3_finalize(raw);
    if (rc == SQLITE_AUTH || msg.find("not authorized") != std::string::npos) {
      throw core::StoreError(fmt::format(
          "sql: refused: eventdb sql only reads (no writes, ATTACH, PRAGMA or extensions): {}", msg));
    }
    throw core::StoreError(fmt::format("sql: {}", msg));
  }
  struct Finalize {
    sqlite3_stmt* s;
    ~Finalize() { sqlite3_finalize(s); }
  } fin{raw};
  if (raw == nullptr) {
    throw core::StoreError("sql: empty statement");
  }
  std::string_view rest = tail ? core::trim(std::string_view(tail)) : std::string_view();
  while (rest.starts_with(";")) {
    rest = core::trim(rest.substr(1));
  }
  if (!rest.empty()) {
    throw core::StoreError("sql: only one statement at a time");
  }
  if (!sqlite3_stmt_readonly(raw)) {
    throw core::StoreError("sql: refused: the statement would change the database; eventdb sql only reads");
  }
  const int ncol = sqlite3_column_count(raw);
  for (int c = 0; c < ncol; ++c) {
    result.columns.emplace_back(sqlite3_column_name(raw, c));
  }
  for (;;) {
    const int step = sqlite3_step(raw);
    if (step == SQLITE_DONE) {
      break;
    }
    if (step != SQLITE_ROW) {
      throw core::StoreError(fmt::format("sql: {}", sqlite3_errmsg(db.getHandle())));
    }
    std::vector<SqlValue> row;
    for (int c = 0; c < ncol; ++c) {
      SqlValue v;
      switch (sqlite3_column_type(raw, c)) {
      case SQLITE_INTEGER:
        v.type = SqlValue::Type::integer;
        v.integer = sqlite3_column_int64(raw, c);
        break;
      case SQLITE_FLOAT:
        v.type = SqlValue::Type::real;
        v.real = sqlite3_column_double(raw, c);
        break;
      case SQLITE_TEXT:
        v.type = SqlValue::Type::text;
        v.text.assign(reinterpret_cast<const char*>(sqlite3_column_text(raw, c)),
                      static_cast<std::size_t>(sqlite3_column_bytes(raw, c)));
        break;
      case SQLITE_BLOB:
        v.type = SqlValue::Type::blob;
        v.text.assign(static_cast<const char*>(sqlite3_column_blob(raw, c)),
                      static_cast<std::size_t>(sqlite3_column_bytes(raw, c)));
        break;
      default:
        break;
      }
      row.push_back(std::move(v));
    }
    result.rows.push_back(std::move(row));
  }
  return result;
}

} // namespace eventdb::store
