// eventdb eval --gold DIR: extraction quality against hand-written gold events.

#include "cli/commands.hpp"
#include "cli/render.hpp"
#include "core/errors.hpp"
#include "core/time_value.hpp"
#include "extract/actors.hpp"
#include "extract/dictionary.hpp"
#include "extract/evaluation.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"
#include "importers/reader.hpp"

#include <fmt/ostream.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

namespace eventdb::cli {

namespace {

namespace fs = std::filesystem;

struct EvalOptions {
  std::string gold;
  std::string articles;  // default: the gold folder's parent
  bool verbose = false;
};

std::string str(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// One gold event in the export shape (a documented subset: type, subtype, modality, date,
// actors, source, quantities, items, evidence).
core::Event gold_event(const nlohmann::json& j, const std::string& where) {
  core::Event e;
  const auto type = core::event_type_from_string(str(j, "type"));
  if (!type) {
    throw core::InputError(fmt::format("{}: unknown type '{}'", where, str(j, "type")));
  }
  e.type = *type;
  e.subtype = str(j, "subtype");
  e.modality = core::modality_from_string(str(j, "modality")).value_or(core::Modality::asserted);
  if (const auto d = j.find("date"); d != j.end() && d->is_object()) {
    e.date.value = str(*d, "value");
    e.date.grain = core::grain_from_string(str(*d, "grain")).value_or(core::Grain::unknown);
    e.date.first = core::parse_iso_date(str(*d, "first"));
    e.date.last = core::parse_iso_date(str(*d, "last"));
  }
  if (const auto a = j.find("actors"); a != j.end() && a->is_array()) {
    for (const auto& x : *a) {
      core::EventActor actor;
      actor.name = str(x, "name");
      actor.role = core::role_from_string(str(x, "role")).value_or(core::Role::agent);
      e.actors.push_back(std::move(actor));
    }
  }
  if (const auto q = j.find("quantities"); q != j.end() && q->is_array()) {
    for (const auto& x : *q) {
      core::Quantity qty;
      if (const auto v = x.find("value"); v != x.end() && v->is_number()) {
        qty.value = v->get<double>();
      }
      qty.unit = str(x, "unit");
      e.quantities.push_back(std::move(qty));
    }
  }
  e.evidence.sentence = str(j, "evidence");
  return e;
}

std::string pct(double v) { return fmt::format("{:.2f}", v); }

int do_eval(const EvalOptions& o, Context& ctx) {
  const fs::path gold_dir(o.gold);
  if (!fs::is_directory(gold_dir)) {
    throw core::UsageError(fmt::format("--gold: {}: not a directory", o.gold));
  }
  const fs::path article_dir = o.articles.empty() ? gold_dir.parent_path() : fs::path(o.articles);
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(gold_dir)) {
    if (entry.path().extension() == ".json") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    throw core::UsageError(fmt::format("--gold: {}: no .json gold files", o.gold));
  }
  const extract::Gazetteer gazetteer(extract::builtin_dictionary());
  const extract::Pipeline pipeline(gazetteer, extract::Lexicon::builtin());
  extract::EvalReport report;
  for (const auto& gf : files) {
    std::ifstream in(gf);
    const auto gold_json = nlohmann::json::parse(in, nullptr, false);
    if (!gold_json.is_array()) {
      throw core::InputError(fmt::format("{}: not a JSON array of events", gf.string()));
    }
    std::vector<core::Event> gold;
    std::size_t n = 0;
    for (const auto& g : gold_json) {
      gold.push_back(gold_event(g, fmt::format("{}: event {}", gf.string(), ++n)));
    }
    const auto article_path = (article_dir / gf.stem()).string() + ".txt";
    const auto read = importers::read_path(article_path, importers::Format::text);
    if (read.articles.size() != 1) {
      throw core::InputError(fmt::format("{}: expected one article", article_path));
    }
    const auto predicted = pipeline.extract(read.articles.front()).events;
    extract::evaluate_article(gf.stem().string(), gold, predicted, gazetteer, report);
  }
  auto& out = ctx.io.out;
  fmt::print(out, "{:<20} {:>5} {:>5} {:>7} {:>9} {:>6} {:>5}\n", "type", "gold", "pred",
             "matched", "precision", "recall", "F1");
  for (const auto& [type, s] : report.by_type) {
    fmt::print(out, "{:<20} {:>5} {:>5} {:>7} {:>9} {:>6} {:>5}\n", core::to_string(type), s.gold,
               s.predicted, s.matched, pct(s.precision()), pct(s.recall()), pct(s.f1()));
  }
  const auto& s = report.overall;
  fmt::print(out, "{:<20} {:>5} {:>5} {:>7} {:>9} {:>6} {:>5}\n", "overall", s.gold, s.predicted,
             s.matched, pct(s.precision()), pct(s.recall()), pct(s.f1()));
  fmt::print(out, "date exact on matched: {}/{} ({})\n", report.dates_exact, s.matched,
             pct(s.matched ? double(report.dates_exact) / double(s.matched) : 0.0));
  fmt::print(out, "quantity recall on matched: {}/{} ({})\n", report.found_quantities,
             report.gold_quantities,
             pct(report.gold_quantities ? double(report.found_quantities) / double(report.gold_quantities) : 0.0));
  if (o.verbose) {
    for (const auto& m : report.missed) {
      fmt::print(out, "missed   {} {} {} {}: {}\n", m.article, core::to_string(m.event.type),
                 date_label(m.event.date), summary(m.event), m.event.evidence.sentence);
    }
    for (const auto& m : report.spurious) {
      fmt::print(out, "spurious {} {} {} {} [{}]: {}\n", m.article, core::to_string(m.event.type),
                 date_label(m.event.date), summary(m.event), m.event.rule, m.event.evidence.sentence);
    }
  }
  return 0;
}

} // namespace

void add_eval(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<EvalOptions>();
  auto* cmd = app.add_subcommand("eval", "Precision, recall and F1 against gold events");
  cmd->add_option("--gold", opts->gold, "Folder of NAME.json gold files")->required();
  cmd->add_option("--articles", opts->articles, "Folder of NAME.txt articles (default: the gold folder's parent)");
  cmd->add_flag("-v,--verbose", opts->verbose, "List missed and spurious events");
  cmd->callback([opts, &ctx] { ctx.action = [opts, &ctx] { return do_eval(*opts, ctx); }; });
}

} // namespace eventdb::cli
