// eventdb import: read articles, extract their events, store them in batched transactions.
//
// Threads (import_queue.hpp has the hand-over):
//   reader   (1 thread)  expands nothing itself; streams each file with
//                        importers::read_path_streaming and pushes articles, and the notes
//                        (warnings, errors) read before them, in input order;
//   workers  (--jobs N)  run extract::Pipeline::extract on articles;
//   writer   (the calling thread) takes the items back in input order, prints every message
//                        and stores each article (store::Database is used by this thread only).
// Everything printed and everything stored happens on the writer in input order, so the
// database (article ids, event ids) and the output are the same whatever N is.
//
// Thread safety: the workers share `const extract::Pipeline&`, which holds const references
// to the Gazetteer and the Lexicon. Both are built before any thread starts and are only
// read afterwards: extract() is const, neither class has mutable members, and the only
// statics in src/extract are const tables (function-local statics are initialised once,
// thread-safely, since C++11; Lexicon::builtin() runs before the threads start anyway). Each
// item (Article, Extraction) is owned by exactly one thread at a time: the queue moves it
// under its mutex. The reader is the only thread that touches std::cin and the files;
// ctx.io.out/err are written only by the writer.

#include "cli/commands.hpp"
#include "cli/import_queue.hpp"
#include "cli/progress.hpp"
#include "core/errors.hpp"
#include "core/time_value.hpp"
#include "extract/actors.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"
#include "importers/reader.hpp"
#include "store/database.hpp"

#include <fmt/ostream.h>

#include <chrono>
#include <exception>
#include <filesystem>
#include <thread>

namespace eventdb::cli {

namespace {

struct ImportOptions {
  std::vector<std::string> paths;
  std::string published;
  std::string url;
  std::string title;
  std::string format = "auto";
  bool quiet = false;
  unsigned jobs = 0; // 0: one per core
};

// What travels from the reader through the workers to the writer.
// Write batches (see the writer loop in do_import).
constexpr std::size_t k_batch_articles = 500;
constexpr auto k_batch_time = std::chrono::milliseconds(250);

// The open write batch: what it stored, and what to print once it is committed.
struct Batch {
  struct Message {
    bool to_err = false;
    std::string text;
  };
  std::chrono::steady_clock::time_point deadline;
  std::size_t articles = 0;
  std::size_t imported = 0;
  std::size_t replaced = 0;
  std::size_t duplicates = 0;
  std::size_t events = 0;
  std::vector<Message> messages;
  void say(bool to_err, std::string text) { messages.push_back(Message{to_err, std::move(text)}); }
};

struct ImportItem {
  enum class Kind { article, notes, file_end };
  Kind kind = Kind::notes;
  core::Article article;             // kind article
  extract::Extraction extraction;    // filled by a worker
  std::vector<std::string> warnings; // kind notes
  std::vector<std::string> errors;   // kind notes
  std::uint64_t bytes = 0;           // input bytes read when the item was queued
  std::exception_ptr failure;        // an unexpected exception in the reader or a worker
};

using Queue = OrderedQueue<ImportItem>;

// Unwinds the reader when the writer gave up (the queue was cancelled).
struct Cancelled {};

// Overrides from the command line; applied by the reader before extraction.
struct Overrides {
  std::optional<date::year_month_day> published;
  std::string url;
  std::string title;
};

void read_all(const std::vector<std::string>& files, importers::Format format,
              const Overrides& overrides, Queue& q) {
  std::uint64_t bytes = 0;
  const auto push = [&](ImportItem&& item) {
    item.bytes = bytes;
    if (!q.push(std::move(item))) {
      throw Cancelled{};
    }
  };
  try {
    importers::StreamOptions options;
    options.on_bytes = [&bytes](std::size_t n) { bytes += n; };
    for (const auto& path : files) {
      importers::ReadResult notes;
      const auto flush_notes = [&] {
        if (!notes.warnings.empty() || !notes.errors.empty()) {
          ImportItem item;
          item.warnings = std::move(notes.warnings);
          item.errors = std::move(notes.errors);
          notes.warnings.clear();
          notes.errors.clear();
          push(std::move(item));
        }
      };
      const importers::ArticleSink sink = [&](core::Article&& a) {
        flush_notes(); // what was said before this article is printed before it
        if (overrides.published) {
          a.published = overrides.published;
        }
        if (!overrides.url.empty()) {
          a.url = overrides.url;
        }
        if (!overrides.title.empty()) {
          a.title = overrides.title;
        }
        ImportItem item;
        item.kind = ImportItem::Kind::article;
        item.article = std::move(a);
        push(std::move(item));
      };
      try {
        importers::read_path_streaming(path, format, sink, notes, options);
      } catch (const core::InputError& e) {
        notes.errors.emplace_back(e.what());
      }
      flush_notes();
      ImportItem end;
      end.kind = ImportItem::Kind::file_end;
      push(std::move(end));
    }
  } catch (const Cancelled&) {
    return;
  } catch (...) {
    ImportItem item;
    item.failure = std::current_exception();
    q.push(std::move(item)); // dropped if cancelled: the writer is gone anyway
  }
  q.close();
}

void work(const extract::Pipeline& pipeline, Queue& q) {
  while (auto job = q.take()) {
    auto& [seq, item] = *job;
    if (item.kind == ImportItem::Kind::article) {
      try {
        item.extraction = pipeline.extract(item.article);
      } catch (...) {
        item.failure = std::current_exception();
      }
    }
    q.finish(seq, std::move(item));
  }
}

// Owns the threads: cancels the queue and joins them on every exit path, so an exception
// in the writer never leaves a thread running or blocked.
class Threads {
public:
  explicit Threads(Queue& q) : m_queue(q) {}
  Threads(const Threads&) = delete;
  Threads& operator=(const Threads&) = delete;
  ~Threads() {
    m_queue.cancel();
    for (auto& t : m_threads) {
      t.join();
    }
  }
  template <class F> void start(F&& f) { m_threads.emplace_back(std::forward<F>(f)); }

private:
  Queue& m_queue;
  std::vector<std::thread> m_threads;
};

std::uint64_t total_size(const std::vector<std::string>& files) {
  std::uint64_t total = 0;
  for (const auto& f : files) {
    std::error_code ec;
    const auto size = f == "-" ? 0 : std::filesystem::file_size(f, ec);
    total += ec ? 0 : size;
  }
  return total;
}

int do_import(const ImportOptions& o, Context& ctx) {
  Overrides overrides;
  if (!o.published.empty()) {
    overrides.published = core::parse_iso_date(o.published);
    if (!overrides.published) {
      throw core::UsageError(
          fmt::format("--published: '{}' is not a date (YYYY-MM-DD)", o.published));
    }
  }
  overrides.url = o.url;
  overrides.title = o.title;
  const auto format = importers::format_from_string(o.format);
  if (!format) {
    throw core::UsageError(
        fmt::format("--format: unknown format '{}' (auto, text, html, rss, json)", o.format));
  }
  const unsigned jobs = o.jobs > 0 ? o.jobs : std::max(1U, std::thread::hardware_concurrency());
  auto db = open_for_writing(ctx);
  const extract::Gazetteer gazetteer(db->load_actors());
  const extract::Pipeline pipeline(gazetteer, extract::Lexicon::builtin());
  std::size_t imported = 0;
  std::size_t duplicates = 0;
  std::size_t replaced = 0;
  std::size_t events = 0;
  std::vector<std::string> failures;
  std::vector<std::string> files;
  try {
    files = importers::expand_paths(o.paths);
  } catch (const core::InputError& e) {
    failures.emplace_back(e.what());
  }

  ProgressLine progress(ctx.io.err, ctx.io.err_is_terminal && !o.quiet);
  ProgressState state;
  state.files_total = files.size();
  state.bytes_total = total_size(files);

  // The window bounds the articles in memory: a few per worker keeps them all busy.
  Queue queue(std::size_t{4} * jobs + 4);
  // Articles are stored in batches: one write transaction holds up to k_batch_articles
  // articles, or what came in k_batch_time, whichever is first; when its time is up while
  // the writer waits for extraction, it is committed then. Each article is a
  // savepoint of the batch: a crash loses at most the open batch (every article whole or
  // absent), and a failing article is rolled back alone. What is printed about an article
  // waits for its batch's commit, so nothing is reported stored that is not.
  Batch batch;
  const auto commit = [&] {
    if (!db->in_batch() && batch.articles > 0) {
      batch = Batch{}; // the store rolled the batch back after an I/O failure: nothing to report
      return;
    }
    if (!db->in_batch() && batch.messages.empty()) {
      return;
    }
    db->commit_batch();
    for (const auto& m : batch.messages) {
      if (m.to_err || ctx.io.out_is_terminal) {
        progress.clear(); // stdout shares the terminal with the bar
      }
      fmt::print(m.to_err ? ctx.io.err : ctx.io.out, "{}", m.text);
    }
    imported += batch.imported;
    replaced += batch.replaced;
    duplicates += batch.duplicates;
    events += batch.events;
    batch = Batch{};
    state.articles = imported;
    progress.update(state);
  };
  {
    Threads threads(queue);
    threads.start([&] { read_all(files, *format, overrides, queue); });
    for (unsigned i = 0; i < jobs; ++i) {
      threads.start([&] { work(pipeline, queue); });
    }
    try {
      while (true) {
        if (db->in_batch() && !queue.wait_ready_until(batch.deadline)) {
          commit();
        }
        auto item = queue.next();
        if (!item) {
          break;
        }
        if (item->failure) {
          std::rethrow_exception(item->failure); // Threads cancels and joins the rest
        }
        state.bytes_done = item->bytes;
        switch (item->kind) {
        case ImportItem::Kind::notes:
          for (const auto& w : item->warnings) {
            // A missing date is reported below, after --published had its say.
            if (w.ends_with(": no publication date")) {
              continue;
            }
            batch.say(true, fmt::format("eventdb: warning: {}\n", w));
          }
          failures.insert(failures.end(), item->errors.begin(), item->errors.end());
          break;
        case ImportItem::Kind::file_end:
          ++state.files_done;
          break;
        case ImportItem::Kind::article: {
          const auto& article = item->article;
          if (!article.published) {
            batch.say(true, fmt::format("eventdb: warning: {}: no publication date; relative dates "
                                        "stay unresolved (give --published YYYY-MM-DD)\n",
                                        article.origin));
          }
          if (!db->in_batch()) {
            db->begin_batch();
            batch.deadline = std::chrono::steady_clock::now() + k_batch_time;
          }
          const auto& extraction = item->extraction;
          const auto result = db->save_article(article, extraction.events, extraction.new_actors);
          ++batch.articles;
          switch (result.outcome) {
          case store::SaveOutcome::duplicate:
            ++batch.duplicates;
            batch.say(true, fmt::format("eventdb: {}: already imported as article {}; skipped\n",
                                        article.origin, result.article_id));
            break;
          case store::SaveOutcome::replaced:
            ++batch.replaced;
            [[fallthrough]];
          case store::SaveOutcome::imported:
            ++batch.imported;
            batch.events += result.events;
            if (!o.quiet) {
              batch.say(false, fmt::format("imported {} as article {}: {} events\n", article.origin,
                                           result.article_id, result.events));
            }
            break;
          }
          break;
        }
        }
        if (batch.articles >= k_batch_articles ||
            (db->in_batch() && std::chrono::steady_clock::now() >= batch.deadline) ||
            (!db->in_batch() && !batch.messages.empty())) {
          commit();
        }
      }
      commit();
    } catch (...) {
      // Keep what was stored before the failure (a failed article rolled back by itself).
      try {
        commit();
      } catch (const std::exception&) {
        db->rollback_batch(); // the first failure is the one to report
      }
      throw;
    }
  }
  progress.clear();
  for (const auto& f : failures) {
    fmt::print(ctx.io.err, "eventdb: error: {}\n", f);
  }
  if (!o.quiet || !failures.empty()) {
    fmt::print(ctx.io.out, "{} imported ({} replaced), {} duplicates, {} failed; {} events\n",
               imported, replaced, duplicates, failures.size(), events);
  }
  return failures.empty() ? 0 : 1;
}

} // namespace

void add_import(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<ImportOptions>();
  auto* cmd = app.add_subcommand("import", "Import articles (files, folders, - for stdin)");
  cmd->add_option("paths", opts->paths, "Article files or folders")->required();
  cmd->add_option("--published", opts->published,
                  "Publication date YYYY-MM-DD (overrides headers)");
  cmd->add_option("--url", opts->url, "Article URL (overrides headers)");
  cmd->add_option("--title", opts->title, "Article title (overrides headers)");
  cmd->add_option("--format", opts->format, "auto, text, html, rss or json");
  cmd->add_option("-j,--jobs", opts->jobs,
                  "Extraction threads (default: one per core); the result is the same for any N")
      ->check(CLI::Range(1U, 1024U));
  cmd->add_flag("-q,--quiet", opts->quiet, "Print only the summary and errors; no progress bar");
  cmd->callback([opts, &ctx] { ctx.action = [opts, &ctx] { return do_import(*opts, ctx); }; });
}

} // namespace eventdb::cli
