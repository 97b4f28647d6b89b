#pragma once

#include "core/actor.hpp"
#include "extract/lexicon.hpp"
#include "extract/tokens.hpp"

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <span>
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

  // False when no alias starts with this lowercase word, so lookup() there finds nothing.
  [[nodiscard]] bool may_start(std::string_view lower) const {
    return m_first_words.contains(lower);
  }

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
  StringSet m_title_prefixes;     // every m_titles key and its leading whole words
  std::size_t m_max_title_tokens = 0;
  StringMap<std::vector<Candidate>> m_index;  // lowercase token keys
  StringSet m_first_words;  // the first token of every m_index key
  StringSet m_key_prefixes;  // every m_index key and its leading whole tokens ("united", ...)
  StringMap<std::size_t> m_by_name;  // lowercase canonical name -> index into m_actors
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

  // Whether the person held a role in the organisation on the article date: "HTS leader
  // al-Jolani" speaks for HTS even on the day he also became Syria's de facto leader.
  [[nodiscard]] bool held_role_in(std::string_view person, std::string_view org) const;

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

  // Per sentence, set by resolve(): each token's word classes and whether a dictionary alias
  // may start at it, looked up once per token rather than once per test.
  [[nodiscard]] bool is(Lexicon::ClassId c, std::size_t k) const {
    return Lexicon::in_class(m_classes[k], c);
  }
  // Gazetteer::lookup() at token k, computed once per sentence position: role descriptions,
  // unknown names and dictionary mentions all ask about the same positions.
  [[nodiscard]] const std::vector<Gazetteer::Candidate>& lookup(const std::vector<Token>& tokens,
                                                                std::size_t k) const {
    static const std::vector<Gazetteer::Candidate> none;
    if (!m_alias_start[k]) {
      return none;
    }
    if (!m_found_done[k]) {
      m_found[k] = m_gazetteer.lookup(tokens, k);
      m_found_done[k] = 1;
    }
    return m_found[k];
  }

  const Gazetteer& m_gazetteer;
  const Lexicon& m_lexicon;
  Lexicon::ClassId m_stop, m_title, m_reporting, m_person_pronoun, m_thing_pronoun,
      m_determiner, m_honorific, m_office_word;
  std::vector<std::span<const Lexicon::ClassId>> m_classes;
  std::vector<char> m_alias_start;
  mutable std::vector<std::vector<Gazetteer::Candidate>> m_found;  // see lookup()
  mutable std::vector<char> m_found_done;
  std::optional<date::year_month_day> m_date;
  std::unordered_map<std::string, Mention> m_surnames;  // lowercase surname -> person
  std::vector<Mention> m_history;                        // latest last
  std::string m_last_person;
  std::optional<Mention> m_prev_subject;  // an organisation-like actor opening the last sentence
};

} // namespace eventdb::extract
