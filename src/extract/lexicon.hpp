#pragma once

#include "core/event.hpp"
#include "extract/string_table.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace eventdb::extract {

// Part of speech a trigger rule applies to.
enum class TriggerPos { verb, noun };

// One argument slot of a trigger rule: where to look ("subj", "obj", "poss", or a
// preposition such as "to", "on", "against", "by") and the role the actor found there gets.
struct Slot {
  std::string where;
  core::Role role = core::Role::agent;
};

// One line of data/triggers.tsv: a lemma pattern that signals an event.
struct TriggerRule {
  std::string id;                    // "arms.sell"
  std::vector<std::string> pattern;  // lemmas; "*" is a gap of up to three tokens
  TriggerPos pos = TriggerPos::verb;
  core::EventType type = core::EventType::other;
  std::string subtype;
  std::optional<core::Modality> modality;  // fixed by the trigger ("threaten"), else from context
  std::vector<Slot> slots;
  bool needs_item = false;   // fires only when an arms item is named in the clause
  bool needs_money = false;  // fires only when an amount of money is named in the clause
  bool needs_people = false; // fires only when a count of people is named in the clause
  bool needs_place = false;  // fires only when a place is named after it in the clause
  bool needs_land = false;   // a place, or unnamed land ("into the eastern districts")
  bool alone = false;        // fires only when no other rule fires in the sentence
  std::string cameo;
  std::string plover;
  std::string family;  // merge family; the subtype when the data leaves it empty
};

// What a unit word means: "fighters" counts people, "rockets" are an arms item, "rubles" a
// currency.
enum class UnitClass { person, item, money, other };

struct UnitWord {
  std::string unit;  // normalised unit: person, rocket, USD
  UnitClass cls = UnitClass::other;
};

// All extraction knowledge that is data rather than code, loaded from data/*.tsv.
// Lookups take lowercase words.
class Lexicon {
public:
  // Parses the embedded data files. Throws core::Error naming the file and line when a line is
  // malformed: the data ships with the binary, so this is a build defect, caught by tests.
  static const Lexicon& builtin();

  // Parses lexicon files given as text (used by builtin() and by tests).
  Lexicon(std::string_view triggers_tsv, std::string_view lemmas_tsv, std::string_view units_tsv,
          std::string_view words_tsv);

  // The base forms a lowercase word may be: irregular table first ("sold" -> "sell"), then the
  // regular-inflection candidates of lemma_candidates().
  [[nodiscard]] std::vector<std::string> lemmas(std::string_view lower) const;
  // The same lemmas, appended to `out` (one vector can collect a whole sentence's).
  void append_lemmas(std::string_view lower, std::vector<std::string>& out) const;
  // True when one of lemmas(lower) is in `word_class` ("says" -> "say" is "reporting"),
  // without building the list.
  [[nodiscard]] bool lemma_is(std::string_view word_class, std::string_view lower) const;

  // Rules whose first pattern element is `lemma`.
  [[nodiscard]] const std::vector<const TriggerRule*>* rules_for(std::string_view lemma) const;
  [[nodiscard]] const std::vector<TriggerRule>& rules() const { return m_rules; }
  // The rule with this id, nullptr if none.
  [[nodiscard]] const TriggerRule* rule(std::string_view id) const;

  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  [[nodiscard]] const UnitWord* unit(std::string_view lower) const;

  // Word classes from data/words.tsv: "title", "reporting", "determiner", "preposition",
  // "light_verb", "stop", "anaphor:<kinds>", "modal_planned", ...
  [[nodiscard]] bool is(std::string_view word_class, std::string_view lower) const;
  // The same test in two steps, for code that tests each word of a sentence against several
  // classes: class_id() once per class, classes_of() once per word, then in_class() per test
  // without a lookup. class_id() gives k_no_class for a class no word has.
  using ClassId = std::uint16_t;
  static constexpr ClassId k_no_class = 0xFFFF;
  [[nodiscard]] ClassId class_id(std::string_view word_class) const;
  [[nodiscard]] std::span<const ClassId> classes_of(std::string_view lower) const;
  [[nodiscard]] static bool in_class(std::span<const ClassId> classes, ClassId c) {
    return std::find(classes.begin(), classes.end(), c) != classes.end();
  }
  // For anaphors ("group"): the actor kinds a definite description may refer to.
  [[nodiscard]] const std::vector<core::ActorKind>* anaphor_kinds(std::string_view lower) const;

private:
  std::vector<TriggerRule> m_rules;
  StringMap<std::vector<const TriggerRule*>> m_by_head;
  StringMap<const TriggerRule*> m_by_id;
  StringMap<std::string> m_irregular;
  StringMap<UnitWord> m_units;
  // Word classes: each word lists the names of its classes (usually one), so is() costs one
  // hash lookup and a string comparison or two.
  std::vector<std::string> m_class_names;
  StringMap<std::vector<ClassId>> m_word_classes;  // word -> indices into m_class_names
  StringMap<std::vector<core::ActorKind>> m_anaphors;
};

} // namespace eventdb::extract
