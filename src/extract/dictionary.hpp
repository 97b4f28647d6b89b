#pragma once

#include "core/actor.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace eventdb::extract {

// Parses the actor dictionary: rows of actors.tsv / people.tsv (key kind name code parent
// aliases) and roles.tsv (person title org from to). Parents and role organisations given as
// keys become canonical names. Throws core::Error naming the file and line when a row is
// malformed (wrong column count, unknown kind, bad date, unknown key).
[[nodiscard]] std::vector<core::ActorRecord> parse_dictionary(
    const std::vector<std::pair<std::string, std::string_view>>& actor_files,
    std::string_view roles_tsv);

// One alias as the dictionary writes it: "?" marks it ambiguous and a "demonym:", "capital:"
// or "gov:" prefix sets its facet (either order). The text is trimmed; it is empty when
// nothing but markers was given.
[[nodiscard]] core::ActorAlias parse_alias(std::string_view text);

// The dictionary shipped in the binary (data/actors.tsv, data/people.tsv, data/roles.tsv).
[[nodiscard]] std::vector<core::ActorRecord> builtin_dictionary();

// A hash of the shipped dictionary files: the database reloads the dictionary when it changes.
[[nodiscard]] std::string dictionary_hash();

} // namespace eventdb::extract
