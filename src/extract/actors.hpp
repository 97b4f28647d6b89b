#pragma once

#include "core/actor.hpp"
#include "extract/lexicon.hpp"
#include "extract/tokens.hpp"

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace eventdb::extract {

// An actor named in a sentence: tokens [first, last) and what they resolved to.
struct Mention {
  std::size_t first = 0;
  std::size_t last = 0;
  std::string name;  // canonical name
  core::ActorKind kind = core::ActorKind::unknown;
  core::AliasFacet facet = core::AliasFacet::name;
  std::string text;  // the words in the sentence
  bool coreference = false;  // reached through a surname, "the group" or a pronoun
};

// The dictionary of known actors, indexed for longest-match lookup over tokens. Built once
// per import from the database's actors and aliases.
class Gazetteer {
public:
  explicit Gazetteer(std::vector<core::ActorRecord> actors);

  struct Candidate {
    std::size_t actor = 0;  // index into actors()
    core::AliasFacet facet = core::AliasFacet::name;
    bool ambiguous = false;
    bool case_sensitive = false;  // all-caps aliases such as "US" or "UN"
    std::size_t length = 0;       // tokens
    std::string alias;
  };

  // Dictionary matches starting at token `i`, longest first. A match needs the first token
  // capitalised (or the exact case of an all-caps alias): "us" is never the U.S.
  [[nodiscard]] std::vector<Candidate> lookup(const std::vector<Token>& tokens,
                                              std::size_t i) const;

  [[nodiscard]] const std::vector<core::ActorRecord>& actors() const { return m_actors; }
  [[nodiscard]] const core::ActorRecord* find(std::string_view canonical_name) const;

private:
  std::vector<core::ActorRecord> m_actors;
  std::unordered_map<std::string, std::vector<Candidate>> m_index;  // lowercase token keys
  std::unordered_map<std::string, std::size_t> m_by_name;
  std::size_t m_max_tokens = 1;
};

// Finds actor mentions sentence by sentence through one article, remembering what it has
// seen so that later surnames ("Kirby"), definite descriptions ("the group") and subject
// pronouns ("he") reach the actor named before.
class ActorResolver {
public:
  ActorResolver(const Gazetteer& gazetteer, const Lexicon& lexicon,
                std::optional<date::year_month_day> article_date);

  // Mentions in one sentence, sorted by position, never overlapping.
  [[nodiscard]] std::vector<Mention> resolve(const std::vector<Token>& tokens);

  // The state or organisation a person spoke for on the article date (from their roles), or
  // their parent; empty if unknown.
  [[nodiscard]] std::string affiliation(std::string_view person) const;

  // The latest person mentioned before, for "he added" outside the current sentence.
  [[nodiscard]] const std::string& last_person() const { return m_last_person; }

private:
  void remember(const Mention& m);
  std::optional<Mention> unknown_name(const std::vector<Token>& tokens, std::size_t i,
                                      std::size_t& consumed) const;
  std::optional<Mention> anaphor(const std::vector<Token>& tokens, std::size_t i,
                                 std::size_t& consumed) const;

  const Gazetteer& m_gazetteer;
  const Lexicon& m_lexicon;
  std::optional<date::year_month_day> m_date;
  std::unordered_map<std::string, Mention> m_surnames;  // lowercase surname -> person
  std::vector<Mention> m_history;                        // latest last
  std::string m_last_person;
};

} // namespace eventdb::extract
