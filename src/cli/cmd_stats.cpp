// eventdb stats: what the database holds: counts by type, month, actor and article.

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "store/database.hpp"

#include <fmt/ostream.h>

#include <algorithm>

namespace eventdb::cli {

namespace {

// 1234567 -> "1,234,567".
std::string grouped(std::int64_t n) {
  auto digits = fmt::format("{}", n < 0 ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) {
      out += ',';
    }
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string bar(std::int64_t n, std::int64_t max) {
  constexpr std::int64_t k_width = 40;
  if (max <= 0 || n <= 0) {
    return "";
  }
  return std::string(static_cast<std::size_t>(std::max<std::int64_t>(1, n * k_width / max)), '#');
}

int do_stats(std::size_t top, Context& ctx) {
  auto db = open_for_reading(ctx);
  const auto s = db->stats(top);
  auto& out = ctx.io.out;
  fmt::print(out, "articles:  {}\n", grouped(s.articles));
  fmt::print(out, "events:    {}\n", grouped(s.events));
  fmt::print(out, "actors:    {} ({} in events)\n", grouped(s.actors), grouped(s.actors_in_events));
  fmt::print(out, "size:      {} bytes ({:.1f} MiB)\n", grouped(s.size_bytes),
             static_cast<double>(s.size_bytes) / (1024.0 * 1024.0));

  fmt::print(out, "\nevents by type:\n");
  for (const auto& r : s.by_type) {
    fmt::print(out, "  {:<20} {:>5}\n", r.label, r.count);
  }

  fmt::print(out, "\nevents by month (of the first day):\n");
  std::int64_t max = 0;
  for (const auto& r : s.by_month) {
    max = std::max(max, r.count);
  }
  for (const auto& r : s.by_month) {
    fmt::print(out, "  {:<8} {:>5} {}\n", r.label.empty() ? "undated" : r.label, r.count,
               bar(r.count, max));
  }

  fmt::print(out, "\ntop actors (events):\n");
  for (const auto& r : s.top_actors) {
    fmt::print(out, "  {:<30} {:>5}\n", r.label, r.count);
  }

  fmt::print(out, "\nevents by article:\n");
  for (const auto& r : s.by_article) {
    fmt::print(out, "  {:>4}  {:>5}  {}\n", r.id, r.count, r.label.empty() ? "(untitled)" : r.label);
  }
  return 0;
}

} // namespace

void add_stats(CLI::App& app, Context& ctx) {
  auto top = std::make_shared<std::size_t>(15);
  auto* cmd = app.add_subcommand("stats", "Counts of events by type, month, actor and article");
  cmd->add_option("--top", *top, "How many actors to list (default 15)");
  cmd->callback([top, &ctx] { ctx.action = [top, &ctx] { return do_stats(*top, ctx); }; });
}

} // namespace eventdb::cli
