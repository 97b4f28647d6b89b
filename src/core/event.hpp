#pragma once

#include "core/time_value.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eventdb::core {

enum class EventType {
  arms_transfer,
  sanction,
  casualties,
  force_size,
  funding,
  military_operation,
  accusation,
  statement,
  other
};

// The part an actor plays in an event: agent does it, recipient receives it, target suffers a
// measure or an attack, affected counts the harmed (casualties, force sizes).
enum class Role { agent, recipient, target, affected };

enum class Modality { asserted, planned, threatened, alleged, denied, negated };

// How a number was qualified in the text: "about 50,000" is approximate, "more than $100
// million" is more_than, "at least 30" at_least, "up to 20" at_most.
enum class Approx { exact, approximate, at_least, more_than, at_most, less_than };

enum class ActorKind {
  state,
  government_body,
  organisation,
  armed_group,
  company,
  person,
  place,
  unknown
};

[[nodiscard]] std::string_view to_string(EventType t);
[[nodiscard]] std::string_view to_string(Role r);
[[nodiscard]] std::string_view to_string(Modality m);
[[nodiscard]] std::string_view to_string(Approx a);
[[nodiscard]] std::string_view to_string(ActorKind k);
// Inverse of to_string; std::nullopt for an unknown name.
[[nodiscard]] std::optional<EventType> event_type_from_string(std::string_view s);
[[nodiscard]] std::optional<Role> role_from_string(std::string_view s);
[[nodiscard]] std::optional<Modality> modality_from_string(std::string_view s);
[[nodiscard]] std::optional<Approx> approx_from_string(std::string_view s);
[[nodiscard]] std::optional<ActorKind> actor_kind_from_string(std::string_view s);

// A number from the text with its unit. Money keeps its currency as the unit ("USD") and its
// amount in `value` (major units); the store keeps money as integer minor units.
struct Quantity {
  double value = 0;
  std::string unit;  // person, USD, RUB, EUR, percent, tank, missile, ...
  std::string what;  // what is counted: killed, contractors, convicts, spending, ...
  Approx approx = Approx::exact;
  std::string per;   // rate period: "month" for "each month", empty otherwise
  std::string text;  // the words: "more than $100 million"
};

// An actor as it takes part in one event: the canonical name it resolved to and the words used.
struct EventActor {
  std::string name;     // canonical name ("United States")
  std::string mention;  // text in the sentence ("Washington")
  ActorKind kind = ActorKind::unknown;
  Role role = Role::agent;
};

struct Location {
  std::string name;
  std::string country;
};

// Where the event was read: the sentence and its byte span [start, end) in the article body.
struct Evidence {
  std::string sentence;
  std::size_t start = 0;
  std::size_t end = 0;
};

struct Event {
  std::int64_t id = 0;  // 0 until stored
  EventType type = EventType::other;
  std::string subtype;
  Modality modality = Modality::asserted;
  TimeValue date;
  std::vector<EventActor> actors;
  std::optional<std::string> source;  // who said it, canonical name when known
  std::vector<Quantity> quantities;
  std::vector<std::string> items;
  std::optional<Location> location;
  std::string cameo;
  std::string plover;
  std::string rule;  // id of the lexicon rule that fired
  Evidence evidence;
  std::vector<Evidence> more_evidence;  // later mentions of the same fact
};

} // namespace eventdb::core
