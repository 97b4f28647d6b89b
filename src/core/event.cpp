#include "core/event.hpp"

#include <array>

namespace eventdb::core {

namespace {

constexpr std::array<std::string_view, 9> k_type_names = {
    "arms_transfer", "sanction", "casualties", "force_size", "funding",
    "military_operation", "accusation", "statement", "other"};
constexpr std::array<std::string_view, 4> k_role_names = {"agent", "recipient", "target",
                                                          "affected"};
constexpr std::array<std::string_view, 6> k_modality_names = {
    "asserted", "planned", "threatened", "alleged", "denied", "negated"};
constexpr std::array<std::string_view, 6> k_approx_names = {
    "exact", "approximate", "at_least", "more_than", "at_most", "less_than"};
constexpr std::array<std::string_view, 8> k_kind_names = {
    "state", "government_body", "organisation", "armed_group",
    "company", "person", "place", "unknown"};

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::string_view, N>& names, std::string_view s) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == s) {
      return static_cast<Enum>(i);
    }
  }
  return std::nullopt;
}

} // namespace

std::string_view to_string(EventType t) { return k_type_names.at(static_cast<std::size_t>(t)); }
std::string_view to_string(Role r) { return k_role_names.at(static_cast<std::size_t>(r)); }
std::string_view to_string(Modality m) {
  return k_modality_names.at(static_cast<std::size_t>(m));
}
std::string_view to_string(Approx a) { return k_approx_names.at(static_cast<std::size_t>(a)); }
std::string_view to_string(ActorKind k) { return k_kind_names.at(static_cast<std::size_t>(k)); }

std::optional<EventType> event_type_from_string(std::string_view s) {
  return lookup<EventType>(k_type_names, s);
}
std::optional<Role> role_from_string(std::string_view s) { return lookup<Role>(k_role_names, s); }
std::optional<Modality> modality_from_string(std::string_view s) {
  return lookup<Modality>(k_modality_names, s);
}
std::optional<Approx> approx_from_string(std::string_view s) {
  return lookup<Approx>(k_approx_names, s);
}
std::optional<ActorKind> actor_kind_from_string(std::string_view s) {
  return lookup<ActorKind>(k_kind_names, s);
}

} // namespace eventdb::core
