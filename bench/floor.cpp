// The floor of `eventdb import`: the same articles read the same way (importers::read_path) and
// stored in SQLite with the same articles table and FTS5 index as schema/0001_init.sql, one
// transaction per article, with the connection settings eventdb uses (WAL, synchronous=NORMAL),
// but no extraction and no events. bench/run.sh reports eventdb's import time as a multiple of
// this program's time.
// Usage: eventdb_floor DB PATH...   (DB must not exist; prints "articles bytes seconds")
#include "core/text.hpp"
#include "importers/reader.hpp"

#include <fmt/format.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <chrono>
#include <exception>
#include <string>
#include <vector>

namespace {

// The articles table, its FTS5 index and the triggers that keep it in sync, as in
// schema/0001_init.sql.
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
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
)sql";

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
    std::size_t articles = 0;
    std::size_t bytes = 0;
    const std::vector<std::string> paths(argv + 2, argv + argc);
    for (const auto& path : eventdb::importers::expand_paths(paths)) {
      auto read = eventdb::importers::read_path(path, eventdb::importers::Format::detect);
      for (const auto& a : read.articles) {
        // The same statements eventdb's save_article runs for an article without events.
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        const auto hash = eventdb::core::content_hash(a.body);
        dup.bind(":h", hash);
        const bool is_dup = dup.executeStep();
        dup.reset();
        if (is_dup) {
          continue;
        }
        if (!a.url.empty()) {
          same_url.bind(":u", a.url);
          same_url.exec();
          same_url.reset();
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
        tx.commit();
        ++articles;
        bytes += a.body.size();
      }
    }
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    fmt::print("{} {} {:.3f}\n", articles, bytes, took.count());
  } catch (const std::exception& e) {
    fmt::print(stderr, "eventdb_floor: {}\n", e.what());
    return 1;
  }
  return 0;
}
