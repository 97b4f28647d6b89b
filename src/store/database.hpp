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
  // Each group (the ids one named actor resolved to) must take part too: `timeline --all`.
  std::vector<std::vector<std::int64_t>> all_of;
  std::optional<core::Role> role;  // actor_ids (and all_of) must play this role: `--as`
  // Who said it: the source's name or an alias of it, or its last name ("Kirby"), ignoring
  // case. Empty: any source, and events without one.
  std::string source;
  std::optional<std::size_t> limit;  // the first N events in date order
};

// What `eventdb stats` prints. Counts are sorted by count (descending), then label.
struct CountRow {
  std::string label;     // type, month "2022-11", actor name, article title
  std::int64_t id = 0;   // article or actor id; 0 for types and months
  std::int64_t count = 0;
};

struct DatabaseStats {
  std::int64_t articles = 0;
  std::int64_t events = 0;
  std::int64_t actors = 0;            // every actor, dictionary included
  std::int64_t actors_in_events = 0;  // actors taking part in at least one event
  std::int64_t size_bytes = 0;        // page_count * page_size
  std::vector<CountRow> by_type;
  std::vector<CountRow> by_month;     // month of date_first, in month order; undated as ""
  std::vector<CountRow> top_actors;   // at most `top` of them
  std::vector<CountRow> by_article;   // in article id order
};

// Filters of `eventdb actors [QUERY]`.
struct ActorListQuery {
  std::string text;                      // substring of a name or alias; empty: any
  std::optional<core::ActorKind> kind;   // only this kind
  bool all = false;                      // include actors without events
};

// One line of `eventdb actors`.
struct ActorSummary {
  std::int64_t id = 0;
  std::string name;
  core::ActorKind kind = core::ActorKind::unknown;
  std::string code;
  std::int64_t events = 0;
};

// An alias with where it came from.
struct StoredAlias {
  core::ActorAlias alias;
  std::string origin;  // 'dictionary' or 'user'
};

// What `eventdb actors show` prints.
struct ActorDetails {
  core::ActorRecord record;          // aliases in record.aliases as well
  std::string origin;                // 'dictionary', 'text' or 'user'
  std::vector<StoredAlias> aliases;  // sorted by alias text
  std::int64_t events = 0;
  std::optional<date::year_month_day> first;  // earliest date_first of its events
  std::optional<date::year_month_day> last;   // latest date_last of its events
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
// SQLite fails. One Database must not be used by two threads at once (its connection is
// opened without SQLite's per-connection mutex); give each thread its own.
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
  // text earlier), replaces their dictionary aliases and their roles, records `hash`. One
  // transaction. User changes survive: aliases with origin 'user' are kept, and a dictionary
  // actor whose name is a user alias of another actor (it was merged away) is not re-created.
  void sync_dictionary(const std::vector<core::ActorRecord>& actors, std::string_view hash);
  // Every actor with its aliases and roles, for the recognisers.
  [[nodiscard]] std::vector<core::ActorRecord> load_actors() const;
  // Actors whose name or alias equals `name_or_alias`, ignoring case.
  [[nodiscard]] std::vector<core::ActorRecord> find_actors(std::string_view name_or_alias) const;

  // --- actor administration (eventdb actors; src/store/actors.cpp) ---
  // Actors whose name or any alias contains `q.text` ignoring ASCII case (empty: all), of
  // `q.kind` when given, with their event counts (events linking them in event_actors). Only
  // actors with at least one event unless `q.all`. Sorted by events descending, then name.
  [[nodiscard]] std::vector<ActorSummary> list_actors(const ActorListQuery& q) const;
  // The actor `name_or_alias` names (ignoring case): the actor with that name, else the one
  // with that alias (unambiguous aliases first, then the oldest actor). std::nullopt if none.
  [[nodiscard]] std::optional<core::ActorRecord> find_actor(std::string_view name_or_alias) const;
  // Everything `eventdb actors show` prints about the actor `name_or_alias` names (as
  // find_actor picks it). std::nullopt when no actor has that name or alias.
  [[nodiscard]] std::optional<ActorDetails> actor_details(std::string_view name_or_alias) const;
  // Creates a user actor (origin 'user') with `actor.name`, `kind`, `parent` (a name or alias
  // of an existing actor) and `aliases` (stored with origin 'user'). An actor found in text
  // (origin 'text') with the same name is upgraded in place rather than duplicated, and
  // text actors named exactly like one of the aliases are merged into it (their stored events
  // move). Throws core::Error when another actor has the name, an alias is claimed by another
  // actor (naming it; two ambiguous aliases may coexist) or the parent is unknown. Returns
  // the actor's id. One transaction: on error nothing changes.
  std::int64_t add_actor(const core::ActorRecord& actor);
  // Adds `alias` (origin 'user') to the actor `name_or_alias` names. A text actor named
  // exactly `alias.text` is merged into it, so its stored events follow. Adding an alias the
  // actor already has changes nothing. Throws core::Error when the actor is unknown ("no actor
  // named 'X'") or another actor claims the alias (naming it).
  void add_alias(std::string_view name_or_alias, const core::ActorAlias& alias);
  // Folds the actor `from` into `into` (either given by name or alias): event links, event
  // sources and locations, children, roles and aliases move to `into`, `from`'s name becomes a
  // user alias of `into`, and `from` is deleted. A later dictionary sync does not re-create
  // it. Throws core::Error when either actor is unknown or both are the same actor. One
  // transaction.
  void merge_actors(std::string_view from, std::string_view into);

  // --- articles and events ---
  // Stores an article and its events. The same body (by content hash) is a duplicate and
  // changes nothing; the same URL with a different body replaces the earlier article and its
  // events. Actors named by events that are not in the database are created (kind from
  // `new_actors` when listed there, else unknown).
  // Outside a batch: one transaction. Inside a batch (begin_batch): one savepoint of the
  // batch's transaction; when it throws, the article is rolled back whole and the batch stays
  // open with the articles saved before it (the caller commits or rolls them back).
  SaveResult save_article(const core::Article& article, const std::vector<core::Event>& events,
                          const std::vector<core::ActorRecord>& new_actors);

  // Batches: several save_article calls in one write transaction, so commit, WAL and FTS5
  // work is paid once per batch rather than once per article (issue #8). begin_batch() takes
  // the write lock (waiting for other writers like save_article does); commit_batch() makes
  // the batch's articles durable and visible; rollback_batch() (also run by the destructor)
  // drops them. Each article is still whole or absent after a crash: a killed batch is
  // absent. Hold a batch briefly (import commits every few hundred milliseconds): other
  // writers wait for it. Throws core::StoreError; after a failed commit the batch is gone.
  void begin_batch();
  void commit_batch();
  void rollback_batch() noexcept;
  [[nodiscard]] bool in_batch() const;

  [[nodiscard]] std::vector<StoredEvent> timeline(const TimelineQuery& q) const;
  [[nodiscard]] std::vector<StoredEvent> all_events() const;
  [[nodiscard]] std::optional<StoredEvent> event(std::int64_t id) const;
  [[nodiscard]] std::optional<core::Article> article(std::int64_t id) const;

  // Counts for `eventdb stats` (src/store/stats.cpp); `top` caps top_actors.
  [[nodiscard]] DatabaseStats stats(std::size_t top) const;

  // Runs one read-only statement. Throws core::StoreError when the statement would write,
  // attach a database, load an extension or change a pragma, when there is more than one
  // statement, or when SQLite reports an error.
  [[nodiscard]] SqlResult query(std::string_view sql) const;

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

} // namespace eventdb::store
