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
  bool coreference = false;  // reached through a surname, "the group", a pronoun or a title
  std::string country;  // the state it belongs to through its parents (Bakhmut: Ukraine)
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

  // The state `actor` (an index into actors()) belongs to, following parents ("Bakhmut" ->
  // "Ukraine", "OFAC" -> "United States"); a state is its own country; empty if none.
  [[nodiscard]] const std::string& country_of(std::size_t actor) const { return m_country[actor]; }

  // A role title of some person ("Foreign Secretary", "Secretary of State").
  struct TitleHolder {
    std::size_t actor = 0;  // index into actors()
    std::size_t role = 0;   // index into that actor's roles
  };
  // The longest role title starting at token `i`, ignoring case ("foreign secretary"), with
  // every person who ever held it; empty when no title starts there.
  [[nodiscard]] std::pair<std::size_t, const std::vector<TitleHolder>*> title_at(
      const std::vector<Token>& tokens, std::size_t i) const;

private:
  std::vector<core::ActorRecord> m_actors;
  std::vector<std::string> m_country;
  StringMap<std::vector<TitleHolder>> m_titles;  // lowercase title key
  StringSet m_title_first_words;  // the first word of every m_titles key
  std::size_t m_max_title_tokens = 0;
  StringMap<std::vector<Candidate>> m_index;  // lowercase token keys
  StringSet m_first_words;  // the first token of every m_index key
  std::unordered_map<std::string, std::size_t> m_by_name;
  std::size_t m_max_tokens = 1;
};

// Finds actor mentions sentence by sentence through one article, remembering what it has
// seen so that later surnames ("Kirby", "Mr. Kirby"), definite descriptions ("the group",
// "the ministry") and subject pronouns ("he"; "it"/"they" for states, bodies, organisations,
// groups and companies) reach the actor named before. Role descriptions ("the foreign
// secretary", "the U.S. secretary of state", "Russia's foreign minister") reach the person
// who held that role on the article date; without an article date they are not resolved.
// Ambiguous aliases prefer an actor already mentioned, then a person in office on the date.
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
  std::optional<Mention> reported_pronoun(const std::vector<Token>& tokens, std::size_t i,
                                          const std::vector<Mention>& so_far) const;
  std::optional<Mention> anaphor(const std::vector<Token>& tokens, std::size_t i,
                                 std::size_t& consumed) const;
  std::optional<Mention> role_description(const std::vector<Token>& tokens, std::size_t i,
                                          std::size_t& consumed) const;
  std::optional<Mention> honorific_surname(const std::vector<Token>& tokens, std::size_t i,
                                           std::size_t& consumed) const;
  Mention dictionary_mention(const Gazetteer::Candidate& c, const std::vector<Token>& tokens,
                             std::size_t i) const;

  const Gazetteer& m_gazetteer;
  const Lexicon& m_lexicon;
  std::optional<date::year_month_day> m_date;
  std::unordered_map<std::string, Mention> m_surnames;  // lowercase surname -> person
  std::vector<Mention> m_history;                        // latest last
  std::string m_last_person;
  std::optional<Mention> m_prev_subject;  // an organisation-like actor opening the last sentence
};

} // namespace eventdb::extract
