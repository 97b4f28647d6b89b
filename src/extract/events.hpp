#pragma once

#include "core/event.hpp"
#include "extract/actors.hpp"
#include "extract/dates.hpp"
#include "extract/lexicon.hpp"
#include "extract/quantities.hpp"
#include "extract/tokens.hpp"

#include <date/date.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eventdb::extract {

// Everything the event rules need to know about one sentence.
struct SentenceAnalysis {
  std::string_view text;        // the sentence
  std::size_t offset = 0;       // byte offset of the sentence in the article body
  std::vector<Token> tokens;
  std::vector<Mention> mentions;
  std::vector<DateMatch> dates;  // spans relative to `text`
  std::vector<QuantityMatch> quantities;
  std::optional<std::string> speaker;       // who said it (canonical name)
  std::optional<std::string> speaker_org;   // the speaker's state or organisation on that day
  bool speaker_named_person = false;        // the speaker is a person named in this sentence
  std::optional<date::year_month_day> published;
  // The last day named before this sentence in the article (none: the publication date).
  std::optional<date::year_month_day> previous_day;
  // The state or organisation a person acted for on the article date ("" if unknown).
  std::function<std::string(const std::string&)> affiliation;
};

// Finds the trigger words of `lexicon` in one sentence and builds an event for each, with
// roles from the sentence structure (subject, object, possessive, prepositions, passive voice,
// relative clauses), modality, the governing time expression (else the publication date with
// basis `published`), quantities, items, location and source. Events with neither an actor
// nor a quantity are dropped: an analyst would not record them.
[[nodiscard]] std::vector<core::Event> apply_rules(const SentenceAnalysis& sentence,
                                                   const Lexicon& lexicon);

// Who is speaking in a sentence: the actor next to a reporting verb ("Kirby said", "said the
// ministry", "he added") or after "according to". std::nullopt when no one is named.
[[nodiscard]] std::optional<Mention> find_speaker(const std::vector<Token>& tokens,
                                                  const std::vector<Mention>& mentions,
                                                  const Lexicon& lexicon);

// Merges repeated mentions of one fact in an article: same type and rule family (see
// data/triggers.tsv), a shared agent and a shared
// other participant (or same lone actor), compatible dates. The merged event keeps the most
// precise text date, all quantities and items, and every evidence span.
[[nodiscard]] std::vector<core::Event> merge_events(std::vector<core::Event> events,
                                                    const Lexicon& lexicon);

} // namespace eventdb::extract
