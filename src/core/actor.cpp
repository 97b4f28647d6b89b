#include "core/actor.hpp"

#include <array>

namespace eventdb::core {

namespace {
constexpr std::array<std::string_view, 4> k_facet_names = {"name", "demonym", "capital", "gov"};
} // namespace

std::string_view to_string(AliasFacet f) {
  return k_facet_names.at(static_cast<std::size_t>(f));
}

std::optional<AliasFacet> alias_facet_from_string(std::string_view s) {
  for (std::size_t i = 0; i < k_facet_names.size(); ++i) {
    if (k_facet_names[i] == s) {
      return static_cast<AliasFacet>(i);
    }
  }
  return std::nullopt;
}

const ActorRole* role_on(const ActorRecord& actor, date::year_month_day day) {
  const ActorRole* best = nullptr;
  for (const auto& r : actor.roles) {
    const bool started = !r.from || *r.from <= day;
    const bool not_ended = !r.to || day <= *r.to;
    if (started && not_ended && (!best || (r.from && (!best->from || *best->from < *r.from)))) {
      best = &r;
    }
  }
  return best;
}

} // namespace eventdb::core
