#pragma once

#include "core/actor.hpp"
#include "core/article.hpp"
#include "core/event.hpp"

#include <date/date.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eventdb::store {

enum class OpenMode { read_write, read_only };

// An article as stored, as far as event listings need it.
struct ArticleRef {
  std::int64_t id = 0;
  std::string title;
  std::string url;
  std::optional<date::year_month_day> published;
};

struct StoredEvent {
  core::Event event;
  ArticleRef article;
};

enum class SaveOutcome { imported, duplicate, replaced };

struct SaveResult {
  SaveOutcome outcome = SaveOutcome::imported;
  std::int64_t article_id = 0;  // the new article, or the existing one for a duplicate
  std::size_t events = 0;
};

// Filters of `eventdb timeline`. Dates compare against the span an event covers: an event
// is kept when [date_first, date_last] overlaps [from, to]. Undated events are kept only when
// neither bound is given.
struct TimelineQuery {
  std::vector<std::int64_t> actor_ids;  // events involving any of them
  std::vector<core::EventType> types;   // empty: all
  std::optional<date::year_month_day> from;
  std::optional<date::year_month_day> to;
};

// A value in a `eventdb sql` result.
struct SqlValue {
  enum class Type { null, integer, real, text, blob } type = Type::null;
  std::int64_t integer = 0;
  double real = 0;
  std::string text;  // text, or blob bytes
};

struct SqlResult {
  std::vector<std::string> columns;
  std::vector<std::vector<SqlValue>> rows;
};

// The eventdb database: the only code that speaks SQL. Opening read-write applies pending
// migrations from schema/*.sql (each in its own transaction, tracked by PRAGMA user_version),
// turns on foreign keys and WAL. Every method throws core::StoreError with context when
// SQLite fails.
class Database {
public:
  // Opens (and for read_write creates) the database at `path` (":memory:" for tests).
  // Throws core::StoreError when it cannot be opened, is not an eventdb database, or was
  // written by a newer eventdb (user_version above the known migrations).
  Database(const std::string& path, OpenMode mode);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Number of migrations applied (PRAGMA user_version).
  [[nodiscard]] int schema_version() const;

  // --- dictionary ---
  // True when the dictionary data with this hash was loaded already.
  [[nodiscard]] bool dictionary_current(std::string_view hash) const;
  // Loads the shipped dictionary: upserts actors by key (adopting same-named actors found in
  // text earlier), replaces their aliases and roles, records `hash`. One transaction.
  void sync_dictionary(const std::vector<core::ActorRecord>& actors, std::string_view hash);
  // Every actor with its aliases and roles, for the recognisers.
  [[nodiscard]] std::vector<core::ActorRecord> load_actors() const;
  // Actors whose name or alias equals `name_or_alias`, ignoring case.
  [[nodiscard]] std::vector<core::ActorRecord> find_actors(std::string_view name_or_alias) const;

  // --- articles and events ---
  // Stores an article and its events in one transaction. The same body (by content hash) is
  // a duplicate and changes nothing; the same URL with a different body replaces the earlier
  // article and its events. Actors named by events that are not in the database are created
  // (kind from `new_actors` when listed there, else unknown).
  SaveResult save_article(const core::Article& article, const std::vector<core::Event>& events,
                          const std::vector<core::ActorRecord>& new_actors);

  [[nodiscard]] std::vector<StoredEvent> timeline(const TimelineQuery& q) const;
  [[nodiscard]] std::vector<StoredEvent> all_events() const;
  [[nodiscard]] std::optional<StoredEvent> event(std::int64_t id) const;
  [[nodiscard]] std::optional<core::Article> article(std::int64_t id) const;

  // Runs one read-only statement. Throws core::StoreError when the statement would write,
  // attach a database, load an extension or change a pragma, when there is more than one
  // statement, or when SQLite reports an error.
  [[nodiscard]] SqlResult query(std::string_view sql) const;

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

} // namespace eventdb::store
