// eventdb import as a whole: the ordered queue of the parallel import, the same database for
// any --jobs, and batched transactions that keep each article whole.

#include "cli/app.hpp"
#include "cli/import_queue.hpp"

#include <fmt/format.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

struct Run {
  int status = 0;
  std::string out;
  std::string err;
};

Run run_cli(const std::vector<std::string>& args, bool err_is_terminal = false) {
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  eventdb::cli::Io io{in, out, err};
  io.err_is_terminal = err_is_terminal;
  Run r;
  r.status = eventdb::cli::run(args, io);
  r.out = out.str();
  r.err = err.str();
  return r;
}

struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& name)
      : path(fs::temp_directory_path() / fmt::format("eventdb-{}-{}", name, ::getpid())) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

std::vector<std::string> sample_files() {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator("sample_data")) {
    if (e.path().extension() == ".txt") {
      files.push_back(e.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace

TEST_CASE("OrderedQueue returns items in push order and bounds what is in flight",
          "[cli][import]") {
  constexpr std::size_t k_window = 5;
  constexpr int k_items = 300;
  eventdb::cli::OrderedQueue<int> q(k_window);
  std::atomic<int> pushed{0};
  std::atomic<int> consumed{0};
  std::atomic<int> max_in_flight{0};
  std::thread producer([&] {
    for (int i = 0; i < k_items; ++i) {
      REQUIRE(q.push(i));
      const int now = ++pushed - consumed.load();
      int seen = max_in_flight.load();
      while (now > seen && !max_in_flight.compare_exchange_weak(seen, now)) {
      }
    }
    q.close();
  });
  std::vector<std::thread> workers;
  for (int w = 0; w < 4; ++w) {
    workers.emplace_back([&q, w] {
      while (auto job = q.take()) {
        // Finish out of order: later workers are slower on some items.
        if ((job->second + w) % 7 == 0) {
          std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        q.finish(job->first, job->second * 2);
      }
    });
  }
  std::vector<int> got;
  while (auto v = q.next()) {
    got.push_back(*v);
    ++consumed;
  }
  producer.join();
  for (auto& t : workers) {
    t.join();
  }
  REQUIRE(got.size() == k_items);
  for (int i = 0; i < k_items; ++i) {
    CHECK(got[static_cast<std::size_t>(i)] == 2 * i);
  }
  // The producer counts its push before the consumer counts the item out, so it can see
  // one more than the window.
  CHECK(max_in_flight.load() <= static_cast<int>(k_window) + 1);
}

TEST_CASE("OrderedQueue cancel wakes a blocked producer and consumer", "[cli][import]") {
  eventdb::cli::OrderedQueue<int> q(1);
  REQUIRE(q.push(1));
  std::atomic<bool> second_push{true};
  std::thread producer([&] { second_push = q.push(2); }); // blocks: window full
  std::thread consumer([&] { CHECK_FALSE(q.next()); });   // blocks: nothing finished
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  q.cancel();
  producer.join();
  consumer.join();
  CHECK_FALSE(second_push.load());
  CHECK_FALSE(q.take());
}

TEST_CASE("import --jobs 1 and --jobs 4 build the same database", "[cli][import]") {
  const TempDir tmp("jobs");
  const auto files = sample_files();
  REQUIRE(files.size() >= 10);
  std::vector<Run> imports;
  std::vector<Run> exports;
  std::vector<Run> articles;
  for (const auto* jobs : {"1", "4"}) {
    const auto db = (tmp.path / fmt::format("jobs{}.sqlite", jobs)).string();
    std::vector<std::string> args{"--db", db, "import", "--jobs", jobs};
    args.insert(args.end(), files.begin(), files.end());
    imports.push_back(run_cli(args));
    exports.push_back(run_cli({"--db", db, "export"}));
    articles.push_back(run_cli({"--db", db, "sql",
                                "SELECT id, origin, title, url, published, content_hash FROM "
                                "articles ORDER BY id",
                                "--format", "csv"}));
  }
  CHECK(imports[0].status == 0);
  CHECK(imports[0].out == imports[1].out);
  CHECK(imports[0].err == imports[1].err);
  REQUIRE(exports[0].status == 0);
  CHECK_FALSE(exports[0].out.empty());
  CHECK(exports[0].out == exports[1].out); // event ids, article ids, everything
  REQUIRE(articles[0].status == 0);
  CHECK(articles[0].out == articles[1].out);
  // The import lines appear in input order.
  CHECK(imports[1].out.find(files[0]) < imports[1].out.find(files[1]));
}

TEST_CASE("import --quiet draws no progress bar even on a terminal", "[cli][import]") {
  const TempDir tmp("quiet");
  const auto db = (tmp.path / "q.sqlite").string();
  auto args = sample_files();
  args.insert(args.begin(), {"--db", db, "import", "--quiet", "--jobs", "2"});
  const auto r = run_cli(args, /*err_is_terminal=*/true);
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  CHECK(r.err.find('\r') == std::string::npos);
}

TEST_CASE("import --jobs must be at least 1", "[cli][import]") {
  const TempDir tmp("jobs0");
  const auto db = (tmp.path / "j.sqlite").string();
  CHECK(run_cli({"--db", db, "import", "--jobs", "0", "sample_data"}).status == 2);
}

TEST_CASE("a failure while storing one article leaves no part of it", "[cli][import][store]") {
  const TempDir tmp("poison");
  const auto write = [&](const std::string& name, const std::string& title) {
    std::ofstream(tmp.path / name)
        << "Title: " << title << "\nPublished: 2023-01-25\n\n"
        << "Germany will send 14 Leopard 2 tanks to Ukraine, "
        << "Chancellor Olaf Scholz said on Wednesday about " << name << ".\n";
  };
  write("a.txt", "Good one");
  write("b.txt", "Poison");
  write("c.txt", "Good two");
  const auto db = (tmp.path / "p.sqlite").string();
  // Create the schema, then make inserting an event of the "Poison" article fail: the
  // article row is already written in that transaction when the error comes.
  REQUIRE(run_cli({"--db", db, "import", "--quiet", (tmp.path / "a.txt").string()}).status == 0);
  {
    SQLite::Database sql(db, SQLite::OPEN_READWRITE);
    sql.exec("CREATE TRIGGER poison BEFORE INSERT ON events WHEN NEW.article_id IN "
             "(SELECT id FROM articles WHERE title = 'Poison') "
             "BEGIN SELECT RAISE(ABORT, 'forced failure'); END");
  }
  const auto r = run_cli({"--db", db, "import", "--jobs", "3", tmp.path.string()});
  CHECK(r.status == 1);
  CHECK(r.err.find("forced failure") != std::string::npos);

  SQLite::Database sql(db, SQLite::OPEN_READONLY);
  const auto count = [&](const char* q) { return sql.execAndGet(q).getInt(); };
  CHECK(count("SELECT count(*) FROM articles WHERE title = 'Poison'") == 0);
  CHECK(count("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Poison'") == 0);
  CHECK(count("SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)") ==
        0);
  CHECK(count("SELECT count(*) FROM event_actors WHERE event_id NOT IN (SELECT id FROM events)") ==
        0);
  CHECK(count("SELECT count(*) FROM quantities WHERE event_id NOT IN (SELECT id FROM events)") ==
        0);
  // The article before it stays; the import stops at the failure.
  CHECK(count("SELECT count(*) FROM articles WHERE title = 'Good one'") == 1);
  CHECK(count("SELECT count(*) FROM events") > 0);
}

TEST_CASE("a failing article keeps the articles stored before it in the same batch",
          "[cli][import][store]") {
  const TempDir tmp("batch");
  const auto write = [&](const std::string& name, const std::string& title) {
    std::ofstream(tmp.path / name)
        << "Title: " << title << "\nPublished: 2023-01-25\n\n"
        << "Germany will send 14 Leopard 2 tanks to Ukraine, "
        << "Chancellor Olaf Scholz said on Wednesday about " << name << ".\n";
  };
  const auto db = (tmp.path / "p.sqlite").string();
  write("setup.txt", "Setup");
  REQUIRE(run_cli({"--db", db, "import", "--quiet", (tmp.path / "setup.txt").string()}).status == 0);
  fs::remove(tmp.path / "setup.txt");
  {
    SQLite::Database sql(db, SQLite::OPEN_READWRITE);
    sql.exec("CREATE TRIGGER poison BEFORE INSERT ON events WHEN NEW.article_id IN "
             "(SELECT id FROM articles WHERE title = 'Poison') "
             "BEGIN SELECT RAISE(ABORT, 'forced failure'); END");
  }
  // a1 and a2 are new and go into the same write batch as the poison that follows them; a2
  // repeats a1's body, a duplicate inside the batch.
  write("a1.txt", "Good one");
  std::filesystem::copy_file(tmp.path / "a1.txt", tmp.path / "a2.txt");
  write("b.txt", "Poison");
  const auto r = run_cli({"--db", db, "import", tmp.path.string()});
  CHECK(r.status == 1);
  CHECK(r.err.find("forced failure") != std::string::npos);
  CHECK(r.out.find("a1.txt as article 2:") != std::string::npos);
  CHECK(r.err.find("a2.txt: already imported as article 2; skipped") != std::string::npos);

  SQLite::Database sql(db, SQLite::OPEN_READWRITE);
  const auto count = [&](const char* q) { return sql.execAndGet(q).getInt(); };
  CHECK(count("SELECT count(*) FROM articles WHERE title = 'Good one'") == 1);
  CHECK(count("SELECT count(*) FROM articles WHERE title = 'Poison'") == 0);
  CHECK(count("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'a1'") == 1);
  CHECK(count("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'a1'") ==
        count("SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id "
              "WHERE a.title = 'Good one'"));
  CHECK(count("SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id "
              "WHERE a.title = 'Good one'") > 0);
  // The full-text indexes hold exactly the stored rows.
  CHECK_NOTHROW(sql.exec("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"));
  CHECK_NOTHROW(sql.exec("INSERT INTO events_fts(events_fts) VALUES ('integrity-check')"));
}
