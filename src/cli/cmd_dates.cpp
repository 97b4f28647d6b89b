// eventdb dates --ref D [TEXT...]: the time-expression stage, one JSON object per line.

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/time_value.hpp"
#include "extract/dates.hpp"

#include <fmt/ostream.h>
#include <nlohmann/json.hpp>

#include <istream>

namespace eventdb::cli {

namespace {

struct DatesOptions {
  std::string ref;
  std::vector<std::string> texts;
};

nlohmann::ordered_json line_json(const std::string& line,
                                 const std::optional<date::year_month_day>& ref) {
  nlohmann::ordered_json j;
  j["text"] = line;
  j["dates"] = nlohmann::ordered_json::array();
  for (const auto& m : extract::find_dates(line, ref)) {
    nlohmann::ordered_json d;
    d["text"] = m.value.text;
    d["span"] = {m.start, m.end};
    d["value"] = m.value.value;
    d["grain"] = std::string(core::to_string(m.value.grain));
    d["first"] = m.value.first ? nlohmann::ordered_json(core::iso(*m.value.first)) : nlohmann::ordered_json(nullptr);
    d["last"] = m.value.last ? nlohmann::ordered_json(core::iso(*m.value.last)) : nlohmann::ordered_json(nullptr);
    j["dates"].push_back(std::move(d));
  }
  return j;
}

int do_dates(const DatesOptions& o, Context& ctx) {
  std::optional<date::year_month_day> ref;
  if (!o.ref.empty()) {
    ref = core::parse_iso_date(o.ref);
    if (!ref) {
      throw core::UsageError(fmt::format("--ref: '{}' is not a date (YYYY-MM-DD)", o.ref));
    }
  }
  auto emit = [&](const std::string& line) {
    fmt::print(ctx.io.out, "{}\n",
               line_json(line, ref).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  };
  if (!o.texts.empty()) {
    for (const auto& t : o.texts) {
      emit(t);
    }
    return 0;
  }
  std::string line;
  while (std::getline(ctx.io.in, line)) {
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    emit(line);
  }
  return 0;
}

} // namespace

void add_dates(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<DatesOptions>();
  auto* cmd = app.add_subcommand("dates", "Find time expressions (stdin line by line, or TEXT)");
  cmd->add_option("--ref", opts->ref, "Reference (publication) date YYYY-MM-DD");
  cmd->add_option("text", opts->texts, "Texts to analyse; none: read standard input");
  cmd->callback([opts, &ctx] { ctx.action = [opts, &ctx] { return do_dates(*opts, ctx); }; });
}

} // namespace eventdb::cli
