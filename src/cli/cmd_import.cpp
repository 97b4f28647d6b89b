// eventdb import: read articles, extract their events, store each article in one transaction.

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/time_value.hpp"
#include "extract/actors.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"
#include "importers/reader.hpp"
#include "store/database.hpp"

#include <fmt/ostream.h>

namespace eventdb::cli {

namespace {

struct ImportOptions {
  std::vector<std::string> paths;
  std::string published;
  std::string url;
  std::string title;
  std::string format = "auto";
  bool quiet = false;
};

int do_import(const ImportOptions& o, Context& ctx) {
  std::optional<date::year_month_day> published;
  if (!o.published.empty()) {
    published = core::parse_iso_date(o.published);
    if (!published) {
      throw core::UsageError(fmt::format("--published: '{}' is not a date (YYYY-MM-DD)", o.published));
    }
  }
  const auto format = importers::format_from_string(o.format);
  if (!format) {
    throw core::UsageError(fmt::format("--format: unknown format '{}' (auto, text, html, rss, json)", o.format));
  }
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
  for (const auto& path : files) {
    importers::ReadResult read;
    try {
      read = importers::read_path(path, *format);
    } catch (const core::InputError& e) {
      failures.emplace_back(e.what());
      continue;
    }
    for (const auto& w : read.warnings) {
      // A missing date is reported below, after --published had its say.
      if (w.ends_with(": no publication date")) {
        continue;
      }
      fmt::print(ctx.io.err, "eventdb: warning: {}\n", w);
    }
    for (const auto& e : read.errors) {
      failures.push_back(e);
    }
    for (auto& article : read.articles) {
      // Flags override what the file said.
      if (published) {
        article.published = published;
      }
      if (!o.url.empty()) {
        article.url = o.url;
      }
      if (!o.title.empty()) {
        article.title = o.title;
      }
      if (!article.published) {
        fmt::print(ctx.io.err,
                   "eventdb: warning: {}: no publication date; relative dates stay unresolved "
                   "(give --published YYYY-MM-DD)\n",
                   article.origin);
      }
      const auto extraction = pipeline.extract(article);
      const auto result = db->save_article(article, extraction.events, extraction.new_actors);
      switch (result.outcome) {
      case store::SaveOutcome::duplicate:
        ++duplicates;
        fmt::print(ctx.io.err, "eventdb: {}: already imported as article {}; skipped\n",
                   article.origin, result.article_id);
        break;
      case store::SaveOutcome::replaced:
        ++replaced;
        [[fallthrough]];
      case store::SaveOutcome::imported:
        ++imported;
        events += result.events;
        if (!o.quiet) {
          fmt::print(ctx.io.out, "imported {} as article {}: {} events\n", article.origin,
                     result.article_id, result.events);
        }
        break;
      }
    }
  }
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
  cmd->add_option("--published", opts->published, "Publication date YYYY-MM-DD (overrides headers)");
  cmd->add_option("--url", opts->url, "Article URL (overrides headers)");
  cmd->add_option("--title", opts->title, "Article title (overrides headers)");
  cmd->add_option("--format", opts->format, "auto, text, html, rss or json");
  cmd->add_flag("-q,--quiet", opts->quiet, "Print only the summary and errors");
  cmd->callback([opts, &ctx] { ctx.action = [opts, &ctx] { return do_import(*opts, ctx); }; });
}

} // namespace eventdb::cli
