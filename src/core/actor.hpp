#pragma once

#include "core/event.hpp"

#include <date/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace eventdb::core {

// How an alias names its actor: its own name, a demonym ("North Korean"), its capital used
// as a metonym ("Pyongyang"), or its government ("the Kremlin", "the Biden administration").
enum class AliasFacet { name, demonym, capital, gov };

[[nodiscard]] std::string_view to_string(AliasFacet f);
[[nodiscard]] std::optional<AliasFacet> alias_facet_from_string(std::string_view s);

struct ActorAlias {
  std::string text;
  AliasFacet facet = AliasFacet::name;
  bool ambiguous = false;  // may name another actor too; resolution prefers other candidates
};

// A time-bound role: "Foreign Secretary" of the United Kingdom from 2022-09-06 to 2023-11-13.
struct ActorRole {
  std::string title;
  std::string org;  // canonical name of the state or organisation, may be empty
  std::optional<date::year_month_day> from;
  std::optional<date::year_month_day> to;  // nullopt while ongoing
};

// An actor with everything recognition needs. `key` is the dictionary key ("usa"), empty for
// actors first seen in text or added by a user.
struct ActorRecord {
  std::int64_t id = 0;
  std::string key;
  std::string name;
  ActorKind kind = ActorKind::unknown;
  std::string code;
  std::string parent;  // canonical name of the parent actor, empty if none
  std::vector<ActorAlias> aliases;
  std::vector<ActorRole> roles;
};

// The role `actor` held on `day`, if any (the latest-starting role covering the day).
[[nodiscard]] const ActorRole* role_on(const ActorRecord& actor, date::year_month_day day);

} // namespace eventdb::core
