// The floor of `eventdb import`: the same articles read the same way (importers::read_path) and
// stored in SQLite with the same articles table and FTS5 index as the eventdb schema, with the
// transaction policy of `eventdb import` (batches of up to 500 articles or 250 ms, a savepoint
// per article, new rows added to the FTS index once per batch, as schema/0004 and
// store::Database do) and the connection settings eventdb uses (WAL, synchronous=NORMAL), but
// no extraction and no events. bench/run.sh reports eventdb's import time as a multiple of
// this program's time.
// Usage: eventdb_floor DB PATH...   (DB must not exist; prints "articles bytes seconds")
#include "core/text.hpp"
#include "importers/reader.hpp"

#include <fmt/format.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <chrono>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <vector>

namespace {

// The articles table, its FTS5 index and the delete trigger, as in schema/0001_init.sql after
// schema/0004 (which dropped the insert trigger: the writer indexes new rows per batch).
constexpr const char* k_schema = R"sql(
CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  content_hash  TEXT NOT NULL UNIQUE,
  url           TEXT,
  title         TEXT NOT NULL DEFAULT '',
  author        TEXT NOT NULL DEFAULT '',
  published     TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  published_utc TEXT,
  origin        TEXT NOT NULL DEFAULT '',
  imported_at   TEXT NOT NULL,
  body          TEXT NOT NULL
) STRICT;
CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id');
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
)sql";

// The batch limits of src/cli/cmd_import.cpp.
constexpr std::size_t k_batch_articles = 500;
constexpr auto k_batch_time = std::chrono::milliseconds(250);

} // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    fmt::print(stderr, "usage: eventdb_floor DB PATH...\n");
    return 2;
  }
  try {
    const auto start = std::chrono::steady_clock::now();
    SQLite::Database db(argv[1], SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec(k_schema);
    SQLite::Statement dup(db, "SELECT id FROM articles WHERE content_hash = :h");
    SQLite::Statement same_url(db, "DELETE FROM articles WHERE url = :u");
    SQLite::Statement ins(db, "INSERT INTO articles(content_hash, url, title, author, published, "
                              "published_utc, origin, imported_at, body) VALUES (:h, :url, :title, "
                              ":author, :published, :utc, :origin, :now, :body)");
    SQLite::Statement find_url(db, "SELECT 1 FROM articles WHERE url = :u");
    SQLite::Statement max_id(db, "SELECT coalesce(max(id), 0) FROM articles");
    SQLite::Statement index(db, "INSERT INTO articles_fts(rowid, title, body) "
                                "SELECT id, title, body FROM articles WHERE id > :after");
    std::optional<std::int64_t> fts_after;  // rows above it are not indexed yet
    const auto flush_fts = [&] {
      if (fts_after) {
        index.bind(":after", *fts_after);
        index.exec();
        index.reset();
        fts_after.reset();
      }
    };
    std::optional<SQLite::Transaction> tx;
    std::size_t in_batch = 0;
    auto deadline = std::chrono::steady_clock::now();
    const auto commit = [&] {
      if (tx) {
        flush_fts();
        tx->commit();
        tx.reset();
      }
      in_batch = 0;
    };
    std::size_t articles = 0;
    std::size_t bytes = 0;
    const std::vector<std::string> paths(argv + 2, argv + argc);
    for (const auto& path : eventdb::importers::expand_paths(paths)) {
      auto read = eventdb::importers::read_path(path, eventdb::importers::Format::detect);
      for (const auto& a : read.articles) {
        // The same statements eventdb's save_article runs for an article without events.
        if (!tx) {
          tx.emplace(db, SQLite::TransactionBehavior::IMMEDIATE);
          deadline = std::chrono::steady_clock::now() + k_batch_time;
        }
        db.exec("SAVEPOINT save_article");
        const auto hash = eventdb::core::content_hash(a.body);
        dup.bind(":h", hash);
        const bool is_dup = dup.executeStep();
        dup.reset();
        if (is_dup) {
          db.exec("RELEASE save_article");
          continue;
        }
        if (!a.url.empty()) {
          find_url.bind(":u", a.url);
          const bool exists = find_url.executeStep();
          find_url.reset();
          if (exists) {
            flush_fts();
            same_url.bind(":u", a.url);
            same_url.exec();
            same_url.reset();
          }
        }
        if (!fts_after) {
          max_id.executeStep();
          fts_after = max_id.getColumn(0).getInt64();
          max_id.reset();
        }
        ins.bind(":h", hash);
        if (a.url.empty()) {
          ins.bind(":url");
        } else {
          ins.bind(":url", a.url);
        }
        ins.bind(":title", a.title);
        ins.bind(":author", a.author);
        if (a.published) {
          ins.bind(":published",
                   fmt::format("{:04}-{:02}-{:02}", static_cast<int>(a.published->year()),
                               static_cast<unsigned>(a.published->month()),
                               static_cast<unsigned>(a.published->day())));
        } else {
          ins.bind(":published");
        }
        if (a.published_utc.empty()) {
          ins.bind(":utc");
        } else {
          ins.bind(":utc", a.published_utc);
        }
        ins.bind(":origin", a.origin);
        ins.bind(":now", "2026-01-01T00:00:00Z");
        ins.bind(":body", a.body);
        ins.exec();
        ins.reset();
        db.exec("RELEASE save_article");
        ++articles;
        bytes += a.body.size();
        if (++in_batch >= k_batch_articles || std::chrono::steady_clock::now() >= deadline) {
          commit();
        }
      }
    }
    commit();
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    fmt::print("{} {} {:.3f}\n", articles, bytes, took.count());
  } catch (const std::exception& e) {
    fmt::print(stderr, "eventdb_floor: {}\n", e.what());
    return 1;
  }
  return 0;
}
