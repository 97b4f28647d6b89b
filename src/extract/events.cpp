#include "extract/events.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

namespace eventdb::extract {

namespace {

using core::ActorKind;
using core::EventType;
using core::Role;

bool is_punct(const Token& t, std::string_view s) { return t.kind == TokenKind::punct && t.text == s; }

// Punctuation that ends a clause for dates, items and prepositional arguments.
bool is_clause_punct(const Token& t) {
  if (t.kind != TokenKind::punct) {
    return false;
  }
  static constexpr std::string_view k_breaks[] = {",",      ";",      ":",      "(",      ")",
                                                  "\u2014", "\u2013", "\u201C", "\u201D", "\""};
  return std::find(std::begin(k_breaks), std::end(k_breaks), t.text) != std::end(k_breaks);
}

struct Trigger {
  const TriggerRule* rule = nullptr;
  std::vector<std::size_t> positions;  // matched token indices, in order
  std::size_t first() const { return positions.front(); }
  std::size_t last() const { return positions.back(); }
};

class Analyzer {
public:
  Analyzer(const SentenceAnalysis& s, const Lexicon& lex) : m_s(s), m_lex(lex) {
    const auto n = s.tokens.size();
    m_mention_at.assign(n, -1);
    for (std::size_t m = 0; m < s.mentions.size(); ++m) {
      for (std::size_t k = s.mentions[m].first; k < s.mentions[m].last && k < n; ++k) {
        m_mention_at[k] = static_cast<int>(m);
      }
    }
    m_lemmas.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
      m_lemmas[k] = lex.lemmas(s.tokens[k].lower);
    }
  }

  std::vector<core::Event> run() {
    auto triggers = find_triggers();
    for (const auto& t : triggers) {
      m_trigger_spans.emplace_back(t.first(), t.last());
    }
    std::vector<core::Event> events;
    std::vector<std::size_t> anchor;  // trigger position of each event, for quantity attachment
    for (const auto& t : triggers) {
      if (t.rule->alone) {
        continue;
      }
      if (auto e = build(t, triggers.size())) {
        events.push_back(std::move(*e));
        anchor.push_back(t.first());
      }
    }
    // Fallback rules ("X said ...") speak only for sentences nothing else understood.
    if (events.empty()) {
      for (const auto& t : triggers) {
        if (!t.rule->alone) {
          continue;
        }
        if (auto e = build(t, 1)) {
          events.push_back(std::move(*e));
          anchor.push_back(t.first());
          break;
        }
      }
    }
    add_counted_forces(events, anchor);
    attach_quantities(events, anchor);
    link_casualties(events);
    // "does not target civilians", "denied targeting hospitals": a denial, not an operation
    // (the accusation rules record the denial).
    std::erase_if(events, [](const core::Event& e) {
      return e.type == EventType::military_operation &&
             (e.modality == core::Modality::negated || e.modality == core::Modality::denied);
    });
    // A force size is a count: without one ("mobilised its economy") it is not recorded.
    std::erase_if(events, [](const core::Event& e) {
      return e.type == EventType::force_size && e.quantities.empty();
    });
    merge_force_counts(events);
    // Drop events that name nobody and count nothing. An operation named as "the strikes"
    // or "the offensive" stays: the article may have just named who carries it out (the
    // pipeline drops it if not).
    std::vector<core::Event> kept;
    for (auto& e : events) {
      if (!e.actors.empty() || !e.quantities.empty() || definite_operation(e)) {
        kept.push_back(std::move(e));
      }
    }
    return kept;
  }

private:
  const Token& tok(std::size_t i) const { return m_s.tokens[i]; }
  std::size_t size() const { return m_s.tokens.size(); }

  bool lemma_is(std::size_t i, std::string_view lemma) const {
    const auto& ls = m_lemmas[i];
    return std::find(ls.begin(), ls.end(), lemma) != ls.end();
  }
  bool lemma_in(std::size_t i, std::string_view word_class) const {
    for (const auto& l : m_lemmas[i]) {
      if (m_lex.is(word_class, l)) {
        return true;
      }
    }
    return false;
  }

  // An operation told as a definite noun: "the strikes", "The offensive began".
  bool definite_operation(const core::Event& e) const {
    if (e.type != EventType::military_operation) {
      return false;
    }
    const auto* r = m_lex.rule(e.rule);
    if (!r || r->pos != TriggerPos::noun) {
      return false;
    }
    for (std::size_t k = 1; k < size(); ++k) {
      if (tok(k - 1).lower == "the" && std::any_of(m_lemmas[k].begin(), m_lemmas[k].end(),
                                                   [&](const std::string& l) {
                                                     return !r->pattern.empty() &&
                                                            l == r->pattern.front();
                                                   })) {
        return true;
      }
    }
    return false;
  }

  // --- triggers ------------------------------------------------------------------------------

  std::optional<Trigger> match(const TriggerRule& rule, std::size_t i) const {
    Trigger t;
    t.rule = &rule;
    t.positions.push_back(i);
    std::size_t pos = i + 1;
    for (std::size_t e = 1; e < rule.pattern.size(); ++e) {
      const auto& el = rule.pattern[e];
      std::size_t gap = 0;
      if (el == "*") {
        continue;
      }
      const bool after_gap = rule.pattern[e - 1] == "*";
      const std::size_t max_gap = after_gap ? 3 : 0;
      bool found = false;
      while (pos < size() && gap <= max_gap) {
        const bool hit = el == "-" ? tok(pos).text == "-" : lemma_is(pos, el);
        if (hit) {
          t.positions.push_back(pos);
          ++pos;
          found = true;
          break;
        }
        if (is_clause_punct(tok(pos)) || tok(pos).kind == TokenKind::punct) {
          break;
        }
        ++pos;
        ++gap;
      }
      if (!found) {
        return std::nullopt;
      }
    }
    return t;
  }

  // Part of speech of an ambiguous head word, from its neighbours. std::nullopt when unsure.
  std::optional<TriggerPos> guess_pos(std::size_t i) const {
    const auto& w = tok(i).lower;
    const std::string prev = i > 0 ? tok(i - 1).lower : std::string();
    const std::string next = i + 1 < size() ? tok(i + 1).lower : std::string();
    // "1,400 injured", "30 killed": a count before a participle.
    if (i > 0 && tok(i - 1).kind == TokenKind::number && w.ends_with("ed")) {
      return TriggerPos::verb;
    }
    if (i > 0 && (m_lex.is("determiner", prev) || prev == "'s" ||
                  tok(i - 1).kind == TokenKind::number)) {
      return TriggerPos::noun;
    }
    if (prev == "to" || m_lex.is("modal_planned", prev) || m_lex.is("negation", prev) ||
        prev == "did" || prev == "does" || prev == "do" || m_lex.is("relative", prev) ||
        prev == "he" || prev == "she" || prev == "they" || prev == "we" || prev == "it") {
      return TriggerPos::verb;
    }
    // "infantry fighting vehicles": an -ing word before a word for weapons modifies it.
    if (w.ends_with("ing") && i + 1 < size()) {
      if (const auto* u = m_lex.unit(next); u && u->cls == UnitClass::item) {
        return TriggerPos::noun;
      }
    }
    if (w.ends_with("ed") || w.ends_with("ing")) {
      return TriggerPos::verb;
    }
    // "North Korean troops": a word for people after a name is a noun.
    if (const auto* u = m_lex.unit(w); u && u->cls == UnitClass::person && i > 0 &&
                                      m_mention_at[i - 1] >= 0) {
      return TriggerPos::noun;
    }
    // "a Ukrainian offensive", "Russian strikes": after a nationality adjective, a noun
    // ("Ukrainians fled": a plural nationality is the subject of a verb).
    if (i > 0 && m_mention_at[i - 1] >= 0) {
      const auto& m = m_s.mentions[static_cast<std::size_t>(m_mention_at[i - 1])];
      if (m.facet == core::AliasFacet::demonym && !tok(i - 1).lower.ends_with("s")) {
        return TriggerPos::noun;
      }
    }
    if (i > 0 && m_mention_at[i - 1] >= 0 && next != "on" && next != "against") {
      return TriggerPos::verb;
    }
    if (i > 0 && m_lex.is("auxiliary", prev)) {
      return TriggerPos::verb;
    }
    if (next == "of" || next == "on" || next == "against" || m_lex.is("be", next) ||
        m_lex.is("auxiliary", next)) {
      return TriggerPos::noun;
    }
    if (w.ends_with("s")) {
      return TriggerPos::noun;
    }
    return std::nullopt;
  }

  std::vector<Trigger> find_triggers() const {
    std::vector<Trigger> cands;
    for (std::size_t i = 0; i < size(); ++i) {
      if (tok(i).kind != TokenKind::word || m_mention_at[i] >= 0) {
        continue;
      }
      std::set<const TriggerRule*> seen;
      for (const auto& lemma : m_lemmas[i]) {
        const auto* rules = m_lex.rules_for(lemma);
        if (!rules) {
          continue;
        }
        for (const auto* r : *rules) {
          if (!seen.insert(r).second) {
            continue;
          }
          if (auto pos = guess_pos(i); pos && *pos != r->pos) {
            continue;
          }
          if (auto t = match(*r, i)) {
            cands.push_back(std::move(*t));
          }
        }
      }
    }
    // Longer patterns win over the single words they contain; then earlier positions.
    std::stable_sort(cands.begin(), cands.end(), [](const Trigger& a, const Trigger& b) {
      return a.positions.size() > b.positions.size();
    });
    // A token triggers at most one event of each type: "a $2.5 billion aid package" is both
    // funding and an arms transfer, but never two arms transfers.
    // A longer pattern claims its words for every type: "pays a high price" is a warning,
    // not also a payment.
    std::set<std::pair<std::size_t, EventType>> used;
    std::vector<std::size_t> claimed(size(), 0);  // longest accepted pattern over each token
    std::vector<Trigger> out;
    for (auto& t : cands) {
      const auto type = t.rule->type;
      const auto len = t.positions.size();
      if (std::any_of(t.positions.begin(), t.positions.end(), [&](std::size_t p) {
            return used.count({p, type}) > 0 || claimed[p] > len;
          })) {
        continue;
      }
      for (auto p : t.positions) {
        used.insert({p, type});
        claimed[p] = std::max(claimed[p], len);
      }
      out.push_back(std::move(t));
    }
    std::sort(out.begin(), out.end(),
              [](const Trigger& a, const Trigger& b) { return a.first() < b.first(); });
    return out;
  }

  // --- clause and arguments ------------------------------------------------------------------

  // A place named right after the trigger, through lowercase words and prepositions only:
  // "took most of Aleppo", "landed in Bamako", "moved into the buffer zone on the Golan".
  bool place_follows(const Trigger& t) const {
    for (std::size_t k = t.last() + 1; k < size() && k <= t.last() + 7; ++k) {
      if (m_mention_at[k] >= 0) {
        // A capital named for its state ("landed in Bamako") is a place too.
        const auto& m = m_s.mentions[static_cast<std::size_t>(m_mention_at[k])];
        return m.kind == ActorKind::place || m.facet == core::AliasFacet::capital;
      }
      if (tok(k).kind != TokenKind::word || tok(k).capitalised()) {
        return false;
      }
    }
    return false;
  }

  // True when token k starts a new clause: punctuation, a subordinator ("following",
  // "after"), or a complementizer "that" before a name or a determiner ("said that the U.S.").
  bool breaks_clause(std::size_t k) const {
    if (is_clause_punct(tok(k)) || m_lex.is("clause_break", tok(k).lower)) {
      return true;
    }
    return tok(k).lower == "that" && k + 1 < size() &&
           (tok(k + 1).capitalised() || m_lex.is("determiner", tok(k + 1).lower) ||
            m_mention_at[k + 1] >= 0);
  }

  std::pair<std::size_t, std::size_t> clause(const Trigger& t) const {
    std::size_t b = t.first();
    while (b > 0 && !breaks_clause(b - 1)) {
      --b;
    }
    std::size_t e = t.last() + 1;
    while (e < size() && !breaks_clause(e)) {
      ++e;
    }
    return {b, e};
  }

  // True when a preposition governs the mention starting at `first`: "to the group",
  // "of the eastern Ukrainian city".
  bool governed(std::size_t first) const {
    for (std::size_t k = first, steps = 0; k > 0 && steps < 4; --k, ++steps) {
      const auto& t = tok(k - 1);
      if (m_lex.is("preposition", t.lower)) {
        return true;
      }
      // "to ensure that North Korea pays": a complementizer starts a new clause.
      if (m_lex.is("relative", t.lower)) {
        return false;
      }
      if (t.kind != TokenKind::word || t.capitalised() || !(m_lex.is("determiner", t.lower) ||
                                                            is_modifier(k - 1))) {
        return false;
      }
      // A plural noun closes the phrase: "In several locations Wagner has ...".
      if (!m_lex.is("determiner", t.lower) && t.lower.size() > 3 && t.lower.ends_with("s") &&
          !t.lower.ends_with("ss")) {
        return false;
      }
    }
    return false;
  }

  // "fighters entered the South Hospital, opened fire": a name right after an earlier verb in
  // the past tense is that verb's object, not the next verb's subject.
  bool object_of_earlier_verb(const Mention& m) const {
    // "accused Russia of attacking": the accused is the one who acted.
    if (m.last < size() && tok(m.last).lower == "of") {
      return false;
    }
    std::size_t k = m.first;
    while (k > 0 && m_lex.is("determiner", tok(k - 1).lower) && tok(k - 1).lower != "that") {
      --k;
    }
    if (k == 0) {
      return false;
    }
    const auto& w = tok(k - 1);
    return w.kind == TokenKind::word && !w.capitalised() && w.lower.ends_with("ed") &&
           !m_lex.is("auxiliary", w.lower) && !m_lex.is("be", w.lower) &&
           !lemma_in(k - 1, "reporting");
  }

  // "rebels led by the group X", "forces backed by X": the leader acts for the group.
  bool led_by(const Mention& m) const {
    for (std::size_t k = m.first, steps = 0; k > 0 && steps < 5; --k, ++steps) {
      if (tok(k - 1).lower == "by") {
        return k >= 2 && tok(k - 2).lower == "led";
      }
    }
    return false;
  }

  // A lowercase word that can sit between a determiner and a noun ("eastern", "initial").
  bool is_modifier(std::size_t k) const {
    const auto& t = tok(k);
    return t.kind == TokenKind::word && !t.capitalised() && !m_lex.is("auxiliary", t.lower) &&
           !m_lex.is("be", t.lower) && !m_lex.is("relative", t.lower) &&
           !m_lex.is("clause_break", t.lower) && !lemma_in(k, "reporting") &&
           !m_lex.is("preposition", t.lower) && !m_lex.is("negation", t.lower);
  }

  bool is_speaker_mention(const Mention& m, const Trigger& t) const {
    // "Kirby said", "Kirby told reporters": the mention is the source, not a participant,
    // unless the reporting verb is this event's own trigger.
    if (m.last < size() && lemma_in(m.last, "reporting") &&
        std::find(t.positions.begin(), t.positions.end(), m.last) == t.positions.end() &&
        // "Britain announced £10 million in aid": announcing is doing, for a noun trigger.
        !(t.rule->pos == TriggerPos::noun && lemma_in(m.last, "light_verb"))) {
      return true;
    }
    return m.first > 0 && lemma_in(m.first - 1, "reporting") &&
           (m.last >= size() || is_clause_punct(tok(m.last)));
  }

  bool usable(const Mention& m) const { return m.kind != ActorKind::place; }

  // A name used as a modifier ("Ukrainian city", "its Ukraine operations") names no
  // participant by itself: a lowercase content word follows it.
  bool adjectival(const Mention& m) const {
    if (m.last >= size()) {
      return false;
    }
    // "Hamas-run ministry", "Russian-backed forces", "U.S.-led coalition".
    if (hyphen_compound(m)) {
      return true;
    }
    const auto& next = tok(m.last);
    if (next.kind != TokenKind::word || next.capitalised() || in_date(m.last)) {
      return false;
    }
    if (m.facet == core::AliasFacet::demonym) {
      return true;
    }
    return !(m_lex.is("stop", next.lower) || m_lex.is("preposition", next.lower) ||
             m_lex.is("auxiliary", next.lower) || m_lex.is("be", next.lower) ||
             m_lex.is("relative", next.lower) || m_lex.is("negation", next.lower) ||
             m_lex.is("modal_planned", next.lower) || m_lex.is("clause_break", next.lower) ||
             lemma_in(m.last, "reporting") || next.lower == "'s");
  }

  bool hyphen_compound(const Mention& m) const {
    return m.last + 1 < size() && tok(m.last).text == "-" && tok(m.last).start == tok(m.last - 1).end &&
           tok(m.last + 1).kind == TokenKind::word && !tok(m.last + 1).capitalised();
  }

  bool in_date(std::size_t k) const {
    for (const auto& d : m_s.dates) {
      if (tok(k).start >= d.start && tok(k).end <= d.end) {
        return true;
      }
    }
    return false;
  }

  // "Russian troops", "British warplanes", "Houthi fighters": a nationality or group before
  // a word for people or weapons stands for that actor.
  bool names_forces(const Mention& m) const {
    for (std::size_t k = m.last; k < size() && k <= m.last + 2; ++k) {
      if (const auto* u = m_lex.unit(tok(k).lower);
          u && (u->cls == UnitClass::person || u->cls == UnitClass::item)) {
        return true;
      }
    }
    return false;
  }

  // Actors coordinated with `m`: "American and British warplanes", "the U.S. and Britain".
  std::vector<const Mention*> coordinated(const Mention& m) const {
    std::vector<const Mention*> out;
    std::size_t k = m.first;
    while (k >= 2 && (tok(k - 1).lower == "and" || tok(k - 1).text == ",") &&
           m_mention_at[k - 2] >= 0) {
      const auto& prev = m_s.mentions[static_cast<std::size_t>(m_mention_at[k - 2])];
      // "In central Syria, U.S. forces": an opening phrase is not a coordinated subject.
      if (!usable(prev) || (tok(k - 1).text == "," && governed(prev.first))) {
        break;
      }
      out.push_back(&prev);
      k = prev.first;
    }
    k = m.last;
    while (k + 1 < size() && (tok(k).lower == "and" || tok(k).text == ",") &&
           m_mention_at[k + 1] >= 0) {
      const auto& next = m_s.mentions[static_cast<std::size_t>(m_mention_at[k + 1])];
      if (!usable(next) || static_cast<std::size_t>(m_mention_at[k + 1]) == 0) {
        break;
      }
      out.push_back(&next);
      k = next.last;
    }
    return out;
  }

  const Mention* subject(const Trigger& t, bool noun) const {
    // Relative clause: "Wagner, which paid ..." -> Wagner.
    std::size_t k = t.first();
    while (k > 0 && (m_lex.is("auxiliary", tok(k - 1).lower) || m_lex.is("be", tok(k - 1).lower) ||
                     m_lex.is("negation", tok(k - 1).lower))) {
      --k;
    }
    if (!noun && k > 0 && m_lex.is("relative", tok(k - 1).lower)) {
      std::size_t j = k - 1;
      if (j > 0 && is_punct(tok(j - 1), ",")) {
        --j;
      }
      if (j > 0 && m_mention_at[j - 1] >= 0) {
        const auto& m = m_s.mentions[static_cast<std::size_t>(m_mention_at[j - 1])];
        if (usable(m)) {
          return &m;
        }
      }
    }
    bool light_verb_seen = !noun;
    for (std::size_t i = t.first(), steps = 0; i > 0 && steps < 30; --i, ++steps) {
      const std::size_t p = i - 1;
      if (noun && lemma_in(p, "light_verb")) {
        light_verb_seen = true;
      }
      // "more than 11 million people have been forced from their homes": a count of victims
      // before the verb is its subject, whatever is named further back.
      if (!noun && t.rule->type == EventType::casualties && m_mention_at[p] < 0 &&
          t.first() - p <= 4 &&
          std::any_of(m_s.quantities.begin(), m_s.quantities.end(), [&](const QuantityMatch& q) {
            return q.cls == UnitClass::person && q.first < p && p < q.last;
          })) {
        return nullptr;
      }
      // "Hagari said most of the victims died": victims never lie before the reporting verb
      // that introduces their clause.
      if (!noun && t.rule->type == EventType::casualties && m_mention_at[p] < 0 &&
          tok(p).kind == TokenKind::word &&
          lemma_in(p, "reporting")) {
        return nullptr;
      }
      if (m_mention_at[p] < 0) {
        // "Sweden said it was suspending aid": "it"/"they" as the verb's subject stands for
        // the nearest state, group or organisation before it, the speaker included.
        // "Israel said its troops had moved in", "Kyiv said its air defences shot down":
        // "its"/"their" owning the forces too.
        auto owner_word = [&](std::size_t w) {
          return tok(w).lower == "its" || tok(w).lower == "their";
        };
        const bool owned_forces =
            t.rule->type == EventType::military_operation &&
            ((p > 0 && owner_word(p - 1)) || (p > 1 && owner_word(p - 2) && is_modifier(p - 1)));
        if (!noun && (tok(p).lower == "it" || tok(p).lower == "they" || owned_forces) &&
            std::all_of(m_s.tokens.begin() + static_cast<std::ptrdiff_t>(p + 1),
                        m_s.tokens.begin() + static_cast<std::ptrdiff_t>(t.first()),
                        [&](const Token& w) {
                          return m_lex.is("auxiliary", w.lower) || m_lex.is("be", w.lower) ||
                                 m_lex.is("negation", w.lower) ||
                                 m_lex.is("modal_planned", w.lower) ||
                                 (w.lower.ends_with("ly") && !w.capitalised());
                        })) {
          return pronoun_antecedent(p);
        }
        // "its troops had begun ground raids": the owner of the forces that carry out a noun
        // operation through a light verb.
        if (noun && light_verb_seen && owned_forces && t.first() - p <= 7) {
          return pronoun_antecedent(p);
        }
        continue;
      }
      const auto& m = m_s.mentions[static_cast<std::size_t>(m_mention_at[p])];
      i = m.first + 1;  // skip the rest of this mention
      const bool modifier = (m.facet == core::AliasFacet::demonym && adjectival(m) &&
                             !names_forces(m)) ||
                            (hyphen_compound(m) && !names_forces(m));
      if (!usable(m) || (governed(m.first) && !led_by(m)) || is_speaker_mention(m, t) ||
          modifier ||
          (t.rule->type == EventType::military_operation && object_of_earlier_verb(m))) {
        continue;
      }
      // A possessive mention ("Russia's war") is the subject only through a short noun
      // phrase it owns that ends right at the verb: "North Korea's foreign ministry rejected".
      if (m.last < size() && tok(m.last).lower == "'s") {
        bool owns_subject = !noun && t.first() > m.last + 1 && t.first() - m.last <= 4;
        for (std::size_t w = m.last + 1; owns_subject && w < t.first(); ++w) {
          // "Russia's armed forces to expand": the infinitive marker belongs to the verb.
          owns_subject = is_modifier(w) || m_lex.is("auxiliary", tok(w).lower) ||
                         (tok(w).lower == "to" && w + 1 == t.first());
        }
        if (!owns_subject) {
          continue;
        }
      }
      return light_verb_seen ? &m : nullptr;
    }
    return nullptr;
  }

  const Mention* pronoun_antecedent(std::size_t p) const {
    for (std::size_t k = p; k > 0; --k) {
      if (m_mention_at[k - 1] < 0) {
        continue;
      }
      const auto& m = m_s.mentions[static_cast<std::size_t>(m_mention_at[k - 1])];
      if (usable(m) && m.kind != ActorKind::person &&
          !(m.facet == core::AliasFacet::demonym && adjectival(m))) {
        return &m;
      }
      k = m.first + 1;
    }
    return nullptr;
  }

  const Mention* object(const Trigger& t) const {
    for (std::size_t k = t.last() + 1; k < size() && k <= t.last() + 5; ++k) {
      if (m_mention_at[k] >= 0) {
        const auto& m = m_s.mentions[static_cast<std::size_t>(m_mention_at[k])];
        // "armed Russia's Wagner Group": the possessor qualifies the object that follows.
        if (m.last < size() && tok(m.last).lower == "'s") {
          k = m.last;
          continue;
        }
        // "struck Houthi sites", "shelled Hamas positions": an operation hits the owner.
        const bool owner = m.facet == core::AliasFacet::demonym ||
                           (t.rule->type == EventType::military_operation && !hyphen_compound(m));
        return usable(m) && (!adjectival(m) || owner) ? &m : nullptr;
      }
      if (tok(k).kind != TokenKind::word || m_lex.is("preposition", tok(k).lower) ||
          m_lex.is("relative", tok(k).lower)) {
        return nullptr;
      }
    }
    return nullptr;
  }

  const Mention* possessor(const Trigger& t) const {
    // "North Korea's sale", "Russia's illegal war", or an adjacent demonym/name:
    // "the American assessment", "a Russian missile strike".
    for (std::size_t k = t.first(), steps = 0; k > 0 && steps < 3; --k, ++steps) {
      const std::size_t p = k - 1;
      if (tok(p).lower == "'s" && p > 0 && m_mention_at[p - 1] >= 0) {
        const auto& m = m_s.mentions[static_cast<std::size_t>(m_mention_at[p - 1])];
        return usable(m) ? &m : nullptr;
      }
      if (m_mention_at[p] >= 0) {
        const auto& m = m_s.mentions[static_cast<std::size_t>(m_mention_at[p])];
        return usable(m) && m.facet == core::AliasFacet::demonym ? &m : nullptr;
      }
      // "his aborted mutiny", "their offensive": the nearest earlier actor of that kind in
      // the sentence (a person for his/her, anything else for its/their).
      if (const auto& w = tok(p).lower; w == "his" || w == "her" || w == "its" || w == "their") {
        const bool person = w == "his" || w == "her";
        for (std::size_t k2 = p; k2 > 0; --k2) {
          if (m_mention_at[k2 - 1] < 0) {
            continue;
          }
          const auto& m = m_s.mentions[static_cast<std::size_t>(m_mention_at[k2 - 1])];
          if (usable(m) && (m.kind == ActorKind::person) == person) {
            return &m;
          }
          k2 = m.first + 1;
        }
        return nullptr;
      }
      if (!is_modifier(p) || m_lex.is("determiner", tok(p).lower)) {
        return nullptr;
      }
    }
    return nullptr;
  }

  // The actor after preposition `prep` following the trigger, within the clause.
  const Mention* after_prep(const Trigger& t, std::string_view prep, std::size_t end) const {
    // The preposition must stay close to its head: "the sale of rockets and missiles to the
    // group" (5 words), not "the package announced on Wednesday during a visit to Washington".
    end = std::min(end, t.last() + 9);
    for (std::size_t k = t.last() + 1; k < end; ++k) {
      if (tok(k).lower != prep) {
        continue;
      }
      for (std::size_t j = k + 1; j < end && j <= k + 4; ++j) {
        if (m_mention_at[j] >= 0) {
          const auto& m = m_s.mentions[static_cast<std::size_t>(m_mention_at[j])];
          // "strikes on Houthi targets", "an attack on Russian positions": an operation's
          // target may be named as the owner of what was hit.
          const bool owner = t.rule->type == EventType::military_operation &&
                             (prep == "on" || prep == "against" || prep == "at");
          if (usable(m) && (!adjectival(m) || (owner && !hyphen_compound(m)))) {
            return &m;
          }
          j = m.last - 1;
          continue;
        }
        if (tok(j).kind != TokenKind::word || m_lex.is("preposition", tok(j).lower)) {
          break;
        }
      }
    }
    return nullptr;
  }

  bool passive(const Trigger& t) const {
    if (t.rule->pos != TriggerPos::verb) {
      return false;
    }
    // A verb without an object slot ("landed", "arrived", "died") has no passive: "the first
    // fighters landed in Bamako" is not a reduced relative.
    if (std::none_of(t.rule->slots.begin(), t.rule->slots.end(),
                     [](const auto& sl) { return sl.where == "obj"; })) {
      return false;
    }
    const auto h = t.first();
    const auto& w = tok(h).lower;
    const bool participle = w.ends_with("ed") || w.ends_with("en") ||
                            (m_lemmas[h].size() > 1 && m_lemmas[h].front() != w &&
                             !w.ends_with("s") && !w.ends_with("ing"));
    if (!participle) {
      return false;
    }
    // Reduced relative: "1,000 fighters killed in the fighting", "drones delivered last
    // year" — but not a past tense with its object: "forces shot down 18 drones".
    // A pattern with a gap holds its own object ("carried out an operation").
    const bool own_object =
        std::find(t.rule->pattern.begin(), t.rule->pattern.end(), "*") != t.rule->pattern.end();
    if (h > 0 && !own_object) {
      const auto after = t.last() + 1;
      const bool no_object = after >= size() || tok(after).kind == TokenKind::punct ||
                             m_lex.is("preposition", tok(after).lower) || in_date(after) ||
                             m_lex.is("clause_break", tok(after).lower);
      if (const auto* u = m_lex.unit(tok(h - 1).lower);
          no_object && u && (u->cls == UnitClass::person || u->cls == UnitClass::item)) {
        return true;
      }
    }
    for (std::size_t k = h, steps = 0; k > 0 && steps < 4; --k, ++steps) {
      const auto& p = tok(k - 1).lower;
      if (m_lex.is("be", p) && p != "'s") {
        return true;
      }
      if (!m_lex.is("auxiliary", p) && !m_lex.is("negation", p) &&
          !(p.ends_with("ly") && !tok(k - 1).capitalised())) {
        return false;
      }
    }
    return false;
  }

  core::Modality modality(const Trigger& t, std::size_t clause_begin) const {
    if (t.rule->modality) {
      return *t.rule->modality;
    }
    const std::size_t from = t.first() > 6 ? t.first() - 6 : 0;
    core::Modality m = core::Modality::asserted;
    for (std::size_t k = std::max(from, clause_begin); k < t.first(); ++k) {
      const auto& w = tok(k).lower;
      if (m_lex.is("negation", w)) {
        return core::Modality::negated;
      }
      if (lemma_is(k, "threaten")) {
        m = core::Modality::threatened;
      } else if (lemma_is(k, "deny")) {
        m = core::Modality::denied;
      } else if (m_lex.is("alleged", w)) {
        m = core::Modality::alleged;
      } else if (m_lex.is("modal_planned", w) && m == core::Modality::asserted) {
        m = core::Modality::planned;
      }
    }
    // Negation right after an auxiliary: "did not deliver" is caught above; "no sanctions".
    return m;
  }

  static bool has_role_in(const core::Event& e, Role role) {
    return std::any_of(e.actors.begin(), e.actors.end(),
                       [&](const core::EventActor& a) { return a.role == role; });
  }

  void add_actor(core::Event& e, const Mention* m, Role role) const {
    if (!m) {
      return;
    }
    for (const auto& a : e.actors) {
      if (a.name == m->name) {
        return;
      }
    }
    e.actors.push_back(core::EventActor{m->name, m->text, m->kind, role});
  }

  // "hundreds of civilians were killed in March": a fact told in the past tense did not
  // happen after the publication date, whatever tense the rest of the sentence has ("The EU
  // will impose sanctions over the killings in March"). A month or day written without its
  // year moves back one year.
  core::TimeValue past_date(const Trigger& t, const DateMatch& d, core::TimeValue v) const {
    if (!m_s.published || !v.known() ||
        (v.grain != core::Grain::day && v.grain != core::Grain::month) ||
        date::sys_days{*v.first} <= date::sys_days{*m_s.published}) {
      return v;
    }
    const auto words = m_s.text.substr(d.start, d.end - d.start);
    for (std::size_t k = 0, run = 0; k < words.size(); ++k) {
      run = std::isdigit(static_cast<unsigned char>(words[k])) ? run + 1 : 0;
      if (run == 4) {
        return v;
      }
    }
    const auto h = t.first();
    const bool was = h > 0 && (tok(h - 1).lower == "was" || tok(h - 1).lower == "were");
    if (!was || !tok(h).lower.ends_with("ed")) {
      return v;
    }
    const auto first = date::year_month_day{*v.first} - date::years{1};
    if (!first.ok()) {
      return v;
    }
    auto r = v.grain == core::Grain::day
                 ? core::make_day(first)
                 : core::make_month(date::year_month{first.year(), first.month()});
    r.text = v.text;
    r.basis = v.basis;
    return r;
  }

  // "from Dec. 1", "starting March 1", "effective Jan. 1": a start date written without its
  // year is the one nearest the publication date, even when that is still to come.
  core::TimeValue starting_date(const DateMatch& d, core::TimeValue v) const {
    if (!m_s.published || !v.known() || v.grain != core::Grain::day) {
      return v;
    }
    const auto words = m_s.text.substr(d.start, d.end - d.start);
    // A written year: four digits in a row.
    for (std::size_t k = 0, run = 0; k < words.size(); ++k) {
      run = std::isdigit(static_cast<unsigned char>(words[k])) ? run + 1 : 0;
      if (run == 4) {
        return v;
      }
    }
    std::size_t first = size();
    for (std::size_t k = 0; k < size(); ++k) {
      if (tok(k).start >= d.start) {
        first = k;
        break;
      }
    }
    if (first == 0 || first >= size()) {
      return v;
    }
    const auto& prev = tok(first - 1).lower;
    if (prev != "from" && prev != "starting" && prev != "effective") {
      return v;
    }
    const date::sys_days pub{*m_s.published};
    const date::sys_days day{*v.first};
    const auto next = date::year_month_day{*v.first} + date::years{1};
    if (!next.ok() || pub - day <= date::days{183}) {
      return v;
    }
    auto r = core::make_day(next);
    r.text = v.text;
    r.basis = v.basis;
    return r;
  }

  // "since the war began in February 2022", "since Russia launched its invasion five months
  // ago": a date inside a clause opened by "since" starts a period that runs to the
  // publication date.
  core::TimeValue since_clause(const DateMatch& d, core::TimeValue v) const {
    if (!m_s.published || !v.known() || v.grain == core::Grain::range) {
      return v;
    }
    std::size_t first = size();
    for (std::size_t k = 0; k < size(); ++k) {
      if (tok(k).start >= d.start) {
        first = k;
        break;
      }
    }
    for (std::size_t k = first, steps = 0; k > 0 && steps < 10; --k, ++steps) {
      const auto& w = tok(k - 1);
      if (is_clause_punct(w)) {
        return v;
      }
      if (w.lower == "since") {
        const auto pub = core::make_day(*m_s.published);
        if (*v.first > *pub.last) {
          return v;
        }
        auto r = core::make_span(*v.first, *pub.last, core::Grain::range);
        if (v.value.find("..") == std::string::npos && !v.value.starts_with("~")) {
          r.value = v.value + ".." + core::iso(*pub.last);  // "2022-02..2024-09-16"
        }
        r.text = v.text;
        r.basis = v.basis;
        return r;
      }
    }
    return v;
  }

  // The first date after the trigger and before the next trigger of the sentence (or its
  // end), when the sentence has several triggers.
  const DateMatch* date_in_segment(const Trigger& t) const {
    if (m_trigger_spans.size() < 2) {
      return nullptr;
    }
    std::size_t next = size();
    for (const auto& [f, l] : m_trigger_spans) {
      if (f > t.last()) {
        next = f;
        break;
      }
    }
    const auto from = tok(t.last()).end;
    const auto to = next < size() ? tok(next).start : m_s.text.size();
    for (const auto& d : m_s.dates) {
      if (d.start >= from && d.end <= to) {
        return &d;
      }
    }
    return nullptr;
  }

  core::TimeValue pick_date(const Trigger& t, std::size_t cb, std::size_t ce,
                            std::size_t trigger_count) const {
    // Byte range of the clause in the sentence.
    const auto cstart = tok(cb).start;
    const auto cend = ce < size() ? tok(ce).start : m_s.text.size();
    const DateMatch* best = nullptr;
    for (const auto& d : m_s.dates) {
      if (d.start >= cstart && d.end <= cend) {
        best = &d;
        break;
      }
    }
    // Several triggers sharing dates: "took Aleppo by Nov. 30, captured Hama on Thursday and
    // entered Homs on Saturday". Each takes the date between it and the next trigger.
    // A date past the clause only when the clause has none and another trigger follows.
    if (const auto* own = date_in_segment(t)) {
      const bool in_clause = own->start >= cstart && own->end <= cend;
      if ((in_clause && (!best || own->start > best->start)) ||
          (!best && !in_clause && t.last() < m_trigger_spans.back().first)) {
        best = own;
      }
    }
    if (!best && !m_s.dates.empty()) {
      // A date that opens the sentence governs all of it: "On Monday, the EU ...".
      const auto& d0 = m_s.dates.front();
      std::size_t first_comma = m_s.text.size();
      for (std::size_t k = 0; k < size(); ++k) {
        // "Between March 27 and March 31, 2022, ...": a comma inside a date does not count.
        if (is_punct(tok(k), ",") && !in_date(k)) {
          first_comma = tok(k).start;
          break;
        }
      }
      if (d0.end <= first_comma && d0.end <= tok(t.first()).start) {
        best = &d0;
      } else if (m_s.dates.size() == 1 && d0.end <= tok(t.first()).start) {
        // The sentence's one date, told before the trigger: "Putin's previous order, signed
        // in December 2023, had fixed the total at ..., an increase of 170,000 troops".
        best = &d0;
      } else if (trigger_count == 1) {
        // With one trigger in the sentence, its nearest date.
        const auto at = tok(t.first()).start;
        for (const auto& d : m_s.dates) {
          auto dist = [&](const DateMatch& x) {
            return x.start > at ? x.start - at : at - x.end;
          };
          if (!best || dist(d) < dist(*best)) {
            best = &d;
          }
        }
      }
    }
    if (best) {
      core::TimeValue v = best->value;
      v.basis = core::DateBasis::text;
      return since_clause(*best, starting_date(*best, past_date(t, *best, v)));
    }
    core::TimeValue v;
    if (m_s.published) {
      v = core::make_day(*m_s.published);
    }
    v.basis = core::DateBasis::published;
    v.text.clear();
    return v;
  }

  // "..., and NATO said allied troops would hold exercises": the nearest state, group or
  // organisation earlier in the trigger's clause, the speaker included.
  const Mention* clause_owner(const Trigger& t, std::size_t cb) const {
    for (std::size_t k = t.first(); k > cb; --k) {
      if (m_mention_at[k - 1] < 0) {
        continue;
      }
      const auto& m = m_s.mentions[static_cast<std::size_t>(m_mention_at[k - 1])];
      if (usable(m) && m.kind != ActorKind::person) {
        return &m;
      }
      k = m.first + 1;
    }
    return nullptr;
  }

  // The state or group a sentence is about when it opens with it: "Burundi, which backs
  // Kinshasa, has kept 10,000 troops there". Not a speaker, a modifier or a prepositional
  // object.
  const Mention* sentence_subject(const Trigger& t) const {
    for (const auto& m : m_s.mentions) {
      if (m.first >= t.first()) {
        return nullptr;
      }
      if (m.kind != ActorKind::state && m.kind != ActorKind::armed_group &&
          m.kind != ActorKind::government_body) {
        continue;
      }
      const bool opens = m.first == 0 || (m.first == 1 && m_lex.is("determiner", tok(0).lower));
      if (opens && !adjectival(m) && !is_speaker_mention(m, t)) {
        return &m;
      }
      return nullptr;
    }
    return nullptr;
  }

  // "killed 84 Wagner fighters and 47 Malian soldiers": every actor named between a count and
  // a word for people is among the victims.
  void add_counted_victims(core::Event& e, std::size_t cb, std::size_t ce) const {
    for (const auto& m : m_s.mentions) {
      if (m.first < cb || m.first >= ce || m.first == 0 || !usable(m) ||
          m.kind == ActorKind::person || tok(m.first - 1).kind != TokenKind::number ||
          m.last >= size()) {
        continue;
      }
      // The word for people may follow the name or end it ("Wagner fighters").
      for (const auto k : {m.last, m.last - 1}) {
        if (const auto* u = m_lex.unit(tok(k).lower); u && u->cls == UnitClass::person) {
          add_actor(e, &m, Role::affected);
          break;
        }
      }
    }
  }

  // "14 of its soldiers", "five of the group's fighters", "40 of Russia's troops": the owner
  // of the counted people ("its" and "their" stand for the nearest earlier state or group).
  const Mention* counted_owner(std::size_t cb, std::size_t ce) const {
    for (std::size_t k = cb; k + 3 < ce; ++k) {
      if (tok(k).lower != "of" || k == 0 ||
          !(tok(k - 1).kind == TokenKind::number || parse_number(tok(k - 1).lower))) {
        continue;
      }
      const Mention* owner = nullptr;
      std::size_t after = k + 2;
      const auto& w = tok(k + 1).lower;
      if (w == "its" || w == "their") {
        for (std::size_t j = k; j > 0; --j) {
          if (m_mention_at[j - 1] < 0) {
            continue;
          }
          const auto& m = m_s.mentions[static_cast<std::size_t>(m_mention_at[j - 1])];
          if (usable(m) && m.kind != ActorKind::person) {
            owner = &m;
            break;
          }
          j = m.first + 1;
        }
      } else {
        std::size_t j = k + 1;
        if (tok(j).lower == "the" && j + 1 < ce) {
          ++j;
        }
        if (m_mention_at[j] >= 0) {
          const auto& m = m_s.mentions[static_cast<std::size_t>(m_mention_at[j])];
          if (usable(m) && m.last < ce && tok(m.last).lower == "'s") {
            owner = &m;
            after = m.last + 1;
          }
        }
      }
      if (!owner) {
        continue;
      }
      for (std::size_t j = after; j < ce && j <= after + 2; ++j) {
        if (const auto* u = m_lex.unit(tok(j).lower); u && u->cls == UnitClass::person) {
          return owner;
        }
      }
    }
    return nullptr;
  }

  // Where uncounted victims were: a state named as a setting ("killed in Ukraine", "in Mali's
  // capital", "across southern Sudan") or the first place named anywhere in the sentence
  // (its country). Never an actor already in the event, the speaker, or a modifier.
  const Mention* victims_setting(const core::Event& e) const {
    auto taken = [&](const Mention& m) {
      return std::any_of(e.actors.begin(), e.actors.end(),
                         [&](const core::EventActor& a) { return a.name == m.name; }) ||
             (m_s.speaker && *m_s.speaker == m.name);
    };
    for (const auto& m : m_s.mentions) {
      if (m.kind != ActorKind::state || taken(m) || m.facet == core::AliasFacet::demonym) {
        continue;
      }
      // A setting preposition, then only determiners and lowercase modifiers.
      for (std::size_t k = m.first, steps = 0; k > 0 && steps < 3; --k, ++steps) {
        const auto& w = tok(k - 1).lower;
        if (w == "in" || w == "across" || w == "near" || w == "throughout") {
          return &m;
        }
        if (!(m_lex.is("determiner", w) || is_modifier(k - 1))) {
          break;
        }
      }
    }
    return nullptr;
  }

  // ", killing 40 people": an -ing participle opening a clause after a comma.
  bool adverbial_participle(const Trigger& t) const {
    return tok(t.first()).lower.ends_with("ing") && t.first() > 0 &&
           is_punct(tok(t.first() - 1), ",");
  }

  // False for an operation the sentence does not report as happening: a condition ("if
  // either is attacked"), a capability ("rockets that can strike targets"), or a war named
  // in passing after a preposition ("in response to the invasion", "since Russia's
  // invasion", "a consequence of the offensive").
  bool operation_happened(const Trigger& t, std::size_t clause_begin) const {
    for (std::size_t k = clause_begin; k < t.first(); ++k) {
      if (tok(k).lower == "if" || tok(k).lower == "unless") {
        return false;
      }
    }
    if (t.first() > 0 && tok(t.first() - 1).lower == "can") {
      return false;
    }
    // "the technology it uses to attack cities", "missiles able to strike Moscow".
    if (t.first() > 1 && tok(t.first() - 1).lower == "to" &&
        (lemma_is(t.first() - 2, "use") || tok(t.first() - 2).lower == "able")) {
      return false;
    }
    if (t.rule->pos != TriggerPos::noun) {
      return true;
    }
    // Back over the noun phrase: determiners, modifiers, a possessor ("Russia's").
    std::size_t k = t.first();
    for (std::size_t steps = 0; k > 0 && steps < 6; ++steps) {
      const auto p = k - 1;
      if (m_mention_at[p] >= 0) {
        k = m_s.mentions[static_cast<std::size_t>(m_mention_at[p])].first;
        continue;
      }
      if (tok(p).lower == "'s" || m_lex.is("determiner", tok(p).lower) || tok(p).text == "-" ||
          (is_modifier(p) && !lemma_in(p, "light_verb"))) {
        k = p;
        continue;
      }
      break;
    }
    if (k == 0) {
      return true;
    }
    const auto& w = tok(k - 1).lower;
    static constexpr std::string_view k_background[] = {
        "since", "after", "before", "during", "following", "amid", "despite", "of", "to"};
    return std::find(std::begin(k_background), std::end(k_background), w) ==
           std::end(k_background);
  }

  // The mention a relative clause opening right before the verb refers to: "Mariupol, which
  // was besieged" -> Mariupol.
  const Mention* relative_antecedent(const Trigger& t) const {
    std::size_t k = t.first();
    while (k > 0 && (m_lex.is("auxiliary", tok(k - 1).lower) || m_lex.is("be", tok(k - 1).lower))) {
      --k;
    }
    if (k == 0 || !m_lex.is("relative", tok(k - 1).lower)) {
      return nullptr;
    }
    std::size_t j = k - 1;
    if (j > 0 && is_punct(tok(j - 1), ",")) {
      --j;
    }
    return j > 0 && m_mention_at[j - 1] >= 0
               ? &m_s.mentions[static_cast<std::size_t>(m_mention_at[j - 1])]
               : nullptr;
  }

  // The country of the first place named in the sentence, as an event actor.
  std::optional<core::EventActor> place_country() const {
    for (const auto& m : m_s.mentions) {
      if (m.kind == ActorKind::place && !m.country.empty()) {
        return core::EventActor{m.country, m.name, ActorKind::state, Role::affected};
      }
    }
    return std::nullopt;
  }

  std::optional<core::Event> build(const Trigger& t, std::size_t trigger_count) const {
    const auto& rule = *t.rule;
    const auto [cb, ce] = clause(t);
    // Items named in the clause, or right around the trigger across a comma.
    std::vector<std::string> items;
    const std::size_t item_from = cb > 0 ? cb - 0 : 0;
    for (std::size_t k = item_from; k < ce; ++k) {
      if (const auto* u = m_lex.unit(tok(k).lower); u && u->cls == UnitClass::item) {
        if (std::find(items.begin(), items.end(), tok(k).lower) == items.end()) {
          items.push_back(tok(k).lower);
        }
      }
    }
    if (rule.needs_item && items.empty()) {
      return std::nullopt;
    }
    // Explicit captures: clang 14 cannot capture structured bindings (P1091, clang 16).
    auto counts_in_clause = [&, clause_first = cb, clause_end = ce](UnitClass cls) {
      return std::any_of(m_s.quantities.begin(), m_s.quantities.end(), [&](const QuantityMatch& q) {
        // A bare count ("lifted the number by 137,000") can count people.
        // Not a count of something else: "lost 200,000 jobs" names what it counts.
        const auto after = q.last < size() ? tok(q.last).lower : std::string();
        const bool bare = cls == UnitClass::person && !q.has_unit_word &&
                          q.quantity.value >= 100 &&
                          (q.last >= size() || tok(q.last).kind != TokenKind::word ||
                           m_lex.is("stop", after) || m_lex.is("auxiliary", after) ||
                           m_lex.is("be", after) || m_lex.is("determiner", after) ||
                           after == "others");
        return (q.cls == cls || bare) && q.first + 1 >= clause_first && q.first < clause_end;
      });
    };
    if ((rule.needs_money && !counts_in_clause(UnitClass::money)) ||
        (rule.needs_people && !counts_in_clause(UnitClass::person))) {
      return std::nullopt;
    }
    if (rule.needs_place && !place_follows(t)) {
      return std::nullopt;
    }
    if (rule.type == EventType::military_operation && !operation_happened(t, cb)) {
      return std::nullopt;
    }
    core::Event e;
    e.type = rule.type;
    e.subtype = rule.subtype;
    e.rule = rule.id;
    e.cameo = rule.cameo;
    e.plover = rule.plover;
    if (rule.type == EventType::arms_transfer) {
      e.items = items;
    }
    const bool is_passive = passive(t);
    const bool noun = rule.pos == TriggerPos::noun;
    // Role of the object slot, used for the subject of a passive verb.
    std::optional<Role> obj_role;
    for (const auto& s : rule.slots) {
      if (s.where == "obj") {
        obj_role = s.role;
      }
    }
    for (const auto& s : rule.slots) {
      if (s.where == "subj") {
        if (rule.type == EventType::casualties && adverbial_participle(t)) {
          continue;  // ", killing 40": the main clause's subject (see link_casualties)
        }
        if (is_passive) {
          add_actor(e, subject(t, false), obj_role.value_or(s.role == Role::agent ? Role::target : s.role));
        } else if (noun && possessor(t)) {
          continue;  // "North Korea's sale": the possessor is the agent
        } else {
          const auto* subj = subject(t, noun);
        add_actor(e, subj, s.role);
        if (subj) {
          for (const auto* c : coordinated(*subj)) {
            add_actor(e, c, s.role);
          }
        }
        }
      } else if (s.where == "obj") {
        if (!is_passive) {
          add_actor(e, object(t), s.role);
        }
      } else if (s.where == "poss") {
        if (noun) {
          add_actor(e, possessor(t), s.role);
        }
      } else {
        // Prepositional arguments reach past commas only for "by" in the passive.
        add_actor(e, after_prep(t, s.where, std::min(size(), ce + (s.where == "by" ? 8 : 0))), s.role);
      }
    }
    if (is_passive) {
      add_actor(e, after_prep(t, "by", size()), Role::agent);
    }
    // "North Korean weapons", "Iranian drones": the origin of the items supplies them.
    if (rule.type == EventType::arms_transfer && !has_role_in(e, Role::agent)) {
      for (const auto& m : m_s.mentions) {
        if (m.facet != core::AliasFacet::demonym || m.first < cb || m.last >= ce) {
          continue;
        }
        for (std::size_t k = m.last; k < ce && k <= m.last + 2; ++k) {
          if (const auto* u = m_lex.unit(tok(k).lower); u && u->cls == UnitClass::item) {
            add_actor(e, &m, Role::agent);
            break;
          }
        }
      }
    }
    // Location: the first place named in the trigger's clause, or in the sentence when the
    // sentence has this one trigger.
    for (const auto& m : m_s.mentions) {
      const bool near = (m.first >= cb && m.first < ce) || trigger_count == 1;
      if (m.kind == ActorKind::place && near) {
        e.location = core::Location{m.name, m.country};
        break;
      }
    }
    if (rule.type == EventType::casualties && !has_role_in(e, Role::affected)) {
      add_counted_victims(e, cb, ce);
    }
    if (rule.type == EventType::casualties && !has_role_in(e, Role::affected)) {
      // "30,000 Palestinians", "Ukrainian soldiers": a nationality counted as victims.
      for (const auto& m : m_s.mentions) {
        if (m.facet != core::AliasFacet::demonym || m.first < cb || m.first >= ce) {
          continue;
        }
        const bool counted = m.first > 0 && tok(m.first - 1).kind == TokenKind::number;
        const auto* next = m.last < size() ? m_lex.unit(tok(m.last).lower) : nullptr;
        if (counted || (next && next->cls == UnitClass::person)) {
          add_actor(e, &m, Role::affected);
          break;
        }
      }
    }
    e.modality = modality(t, cb);
    e.date = pick_date(t, cb, ce, trigger_count);
    // "Mariupol, which was besieged in 2022": a place the operation was done to.
    if (rule.type == EventType::military_operation && is_passive && !e.location) {
      if (const auto* m = relative_antecedent(t); m && m->kind == ActorKind::place) {
        e.location = core::Location{m->name, m->country};
      }
    }
    // "attacked a school in Mali's capital": a state named as the setting is the target.
    if (rule.type == EventType::military_operation && !has_role_in(e, Role::target) &&
        (rule.subtype == "attack" || rule.subtype == "strike" || rule.subtype == "shelling")) {
      add_actor(e, victims_setting(e), Role::target);
    }
    // An attack on a place with no named target hits the place's country.
    if (rule.type == EventType::military_operation && !has_role_in(e, Role::target) &&
        e.location && !e.location->country.empty() &&
        std::none_of(e.actors.begin(), e.actors.end(), [&](const core::EventActor& a) {
          return a.name == e.location->country;
        }) &&
        (rule.subtype == "attack" || rule.subtype == "strike" || rule.subtype == "shelling" ||
         rule.subtype == "capture" || rule.subtype == "siege" || rule.subtype == "offensive" ||
         rule.subtype == "raid" || rule.subtype == "occupation")) {
      e.actors.push_back(core::EventActor{e.location->country, e.location->name,
                                          ActorKind::state, Role::target});
    }
    // Victims counted at a place and not otherwise named: the place's country is affected.
    if (rule.type == EventType::casualties && !has_role_in(e, Role::affected) && e.location &&
        !e.location->country.empty()) {
      e.actors.push_back(core::EventActor{e.location->country, e.location->name,
                                          ActorKind::state, Role::affected});
    }
    if (rule.type == EventType::casualties && !has_role_in(e, Role::affected)) {
      add_actor(e, counted_owner(cb, ce), Role::affected);
    }
    if (rule.type == EventType::force_size && e.actors.empty()) {
      add_actor(e, sentence_subject(t), Role::affected);
    }
    if (rule.type == EventType::force_size && e.actors.empty()) {
      add_actor(e, clause_owner(t, cb), Role::affected);
    }
    if (rule.type == EventType::casualties && !has_role_in(e, Role::affected)) {
      add_actor(e, victims_setting(e), Role::affected);
    }
    if (m_s.speaker) {
      e.source = *m_s.speaker;
    }
    // Statements and accusations are coded to states and organisations, as CAMEO and PLOVER
    // code them: a person agent stands for their affiliation on the article date and becomes
    // the source when no one else is quoted.
    // Forces are counted for a state or group too: "Putin ordered a mobilisation".
    if (e.type == EventType::statement || e.type == EventType::accusation ||
        e.type == EventType::force_size) {
      for (auto& a : e.actors) {
        if ((a.role != Role::agent && e.type != EventType::force_size) ||
            a.kind != ActorKind::person) {
          continue;
        }
        if (const auto org = m_s.affiliation ? m_s.affiliation(a.name) : std::string(); !org.empty()) {
          if (!e.source) {
            e.source = a.name;
          }
          a = core::EventActor{org, a.mention, ActorKind::unknown, a.role};
        }
      }
    }
    // Converting persons to their affiliation can name one actor twice.
    for (std::size_t i = 0; i < e.actors.size(); ++i) {
      for (std::size_t j = e.actors.size(); j-- > i + 1;) {
        if (e.actors[j].name == e.actors[i].name && e.actors[j].role == e.actors[i].role) {
          e.actors.erase(e.actors.begin() + static_cast<std::ptrdiff_t>(j));
        }
      }
    }
    // A statement with no named agent is the speaker's: their state or organisation.
    if (e.type == EventType::statement &&
        std::none_of(e.actors.begin(), e.actors.end(),
                     [](const core::EventActor& a) { return a.role == Role::agent; })) {
      const auto& who = m_s.speaker_org ? m_s.speaker_org : m_s.speaker;
      if (who) {
        e.actors.insert(e.actors.begin(),
                        core::EventActor{*who, *who, ActorKind::unknown, Role::agent});
      }
    }
    e.evidence.sentence = std::string(m_s.text);
    e.evidence.start = m_s.offset;
    e.evidence.end = m_s.offset + m_s.text.size();
    return e;
  }

  // "11,000 North Korean troops were in the Kursk area", "1,000 Wagner personnel were
  // operating there": a count of an armed force by name is its size (rule force.troops),
  // unless the sentence reports them as casualties or already counts a force.
  void add_counted_forces(std::vector<core::Event>& events, std::vector<std::size_t>& anchor) const {
    const auto* rule = m_lex.rule("force.troops");
    if (!rule || std::any_of(events.begin(), events.end(), [](const core::Event& e) {
          return e.type == EventType::casualties || e.type == EventType::force_size;
        })) {
      return;
    }
    for (const auto& m : m_s.mentions) {
      if (m.first == 0 || m.last >= size() || !usable(m) || m.kind == ActorKind::person ||
          tok(m.first - 1).kind != TokenKind::number) {
        continue;
      }
      const auto* u_in = m_lex.unit(tok(m.last - 1).lower);
      const auto* u_after = m_lex.unit(tok(m.last).lower);
      if (!(u_in && u_in->cls == UnitClass::person) && !(u_after && u_after->cls == UnitClass::person)) {
        continue;
      }
      Trigger t;
      t.rule = rule;
      t.positions.push_back(m.first);
      const auto [cb, ce] = clause(t);
      core::Event e;
      e.type = rule->type;
      e.subtype = rule->subtype;
      e.rule = rule->id;
      e.cameo = rule->cameo;
      e.plover = rule->plover;
      add_actor(e, &m, Role::affected);
      e.modality = modality(t, cb);
      e.date = pick_date(t, cb, ce, 1);
      if (m_s.speaker) {
        e.source = *m_s.speaker;
      }
      e.evidence.sentence = std::string(m_s.text);
      e.evidence.start = m_s.offset;
      e.evidence.end = m_s.offset + m_s.text.size();
      events.push_back(std::move(e));
      anchor.push_back(m.first);
      return;
    }
  }

  // Casualties told together with the operation that caused them: "a strike on a market
  // killed 12 people", "fighters stormed the town, killing 40". The victims are on the
  // operation's target side and its agent caused them, unless the sentence named them. Then
  // killed and wounded counts of the same victims in one sentence are one fact.
  void link_casualties(std::vector<core::Event>& events) const {
    const core::Event* op = nullptr;
    for (const auto& e : events) {
      if (e.type == EventType::military_operation && !e.actors.empty()) {
        op = &e;
        break;
      }
    }
    // "Gunmen attacked the school on Tuesday, killing 70": the day of the attack, even when
    // its attackers are not named.
    for (const auto& o : events) {
      if (o.type != EventType::military_operation || o.date.basis != core::DateBasis::text) {
        continue;
      }
      for (auto& e : events) {
        if (e.type == EventType::casualties && e.date.basis == core::DateBasis::published) {
          e.date = o.date;
        }
      }
      break;
    }
    if (op) {
      const auto from_op = *op;  // copy: events may grow below
      for (auto& e : events) {
        if (e.type != EventType::casualties) {
          continue;
        }
        // "attacked the school on Tuesday, killing 70": the victims fell that day.
        if (e.date.basis == core::DateBasis::published &&
            from_op.date.basis == core::DateBasis::text) {
          e.date = from_op.date;
        }
        for (const auto& a : from_op.actors) {
          const Role want = a.role == Role::agent ? Role::agent : Role::affected;
          if ((a.role == Role::agent || a.role == Role::target) && !has_role_in(e, want)) {
            add_actor_record(e, core::EventActor{a.name, a.mention, a.kind, want});
          }
        }
      }
    }
    // Otherwise the country of a place named anywhere in the sentence, for counted victims
    // ("many have been killed" near a town says nothing about whose).
    for (auto& e : events) {
      if (e.type == EventType::casualties && !has_role_in(e, Role::affected) &&
          !e.quantities.empty()) {
        if (auto c = place_country()) {
          e.actors.push_back(std::move(*c));
        }
      }
    }
    std::vector<core::Event> out;
    for (auto& e : events) {
      auto same_victims = [&](const core::Event& o) {
        if (o.type != EventType::casualties || e.type != EventType::casualties ||
            o.subtype == e.subtype || o.date.first != e.date.first || o.date.last != e.date.last) {
          return false;
        }
        const bool pair = (o.subtype == "killed" || o.subtype == "wounded" ||
                           o.subtype == "killed_and_wounded") &&
                          (e.subtype == "killed" || e.subtype == "wounded");
        // "had lost about 1,000 fighters killed": two triggers, one count.
        const bool uncounted = e.quantities.empty() || o.quantities.empty();
        if (!pair && !uncounted) {
          return false;
        }
        if (uncounted) {
          return true;
        }
        for (const auto& a : e.actors) {
          if (std::none_of(o.actors.begin(), o.actors.end(), [&](const core::EventActor& b) {
                return b.name == a.name && b.role == a.role;
              })) {
            return false;
          }
        }
        return true;
      };
      auto it = std::find_if(out.begin(), out.end(), same_victims);
      if (it == out.end()) {
        out.push_back(std::move(e));
        continue;
      }
      if (!e.quantities.empty() && !it->quantities.empty()) {
        it->subtype = "killed_and_wounded";
      } else if (it->quantities.empty() || it->subtype == "losses") {
        // "lost 1,000 fighters killed": the more precise word names the fact.
        const auto precise = e.subtype == "losses" ? it->subtype : e.subtype;
        const auto rule = e.subtype == "losses" ? it->rule : e.rule;
        it->subtype = precise;
        it->rule = rule;
        for (auto* qs : {&it->quantities, &e.quantities}) {
          for (auto& q : *qs) {
            if (q.unit == "person") {
              q.what = precise;
            }
          }
        }
      }
      // The counted report names the victims; the other adds only who caused them.
      const bool counted_first = !it->quantities.empty();
      if (!counted_first) {
        std::swap(it->actors, e.actors);
      }
      for (auto& a : e.actors) {
        if (a.role != Role::affected || !has_role_in(*it, Role::affected)) {
          add_actor_record(*it, a);
        }
      }
      for (auto& q : e.quantities) {
        it->quantities.push_back(std::move(q));
      }
    }
    events = std::move(out);
  }

  // One sentence counting one force several ways is one fact: "fixed the total at 2.2
  // million, including 1.3 million servicemen, an increase of 170,000 troops". The first
  // event keeps every count and the date written in the sentence.
  static void merge_force_counts(std::vector<core::Event>& events) {
    std::vector<core::Event> out;
    for (auto& e : events) {
      auto it = std::find_if(out.begin(), out.end(), [&](const core::Event& o) {
        if (o.type != EventType::force_size || e.type != EventType::force_size) {
          return false;
        }
        for (const auto& a : e.actors) {
          if (std::any_of(o.actors.begin(), o.actors.end(),
                          [&](const core::EventActor& b) { return b.name == a.name; })) {
            return true;
          }
        }
        return e.actors.empty() || o.actors.empty();
      });
      if (it == out.end()) {
        out.push_back(std::move(e));
        continue;
      }
      if (it->date.basis == core::DateBasis::published && e.date.basis == core::DateBasis::text) {
        it->date = e.date;
      }
      for (auto& q : e.quantities) {
        it->quantities.push_back(std::move(q));
      }
      for (auto& a : e.actors) {
        if (std::none_of(it->actors.begin(), it->actors.end(),
                         [&](const core::EventActor& b) { return b.name == a.name; })) {
          it->actors.push_back(std::move(a));
        }
      }
    }
    events = std::move(out);
  }

  void add_actor_record(core::Event& e, core::EventActor a) const {
    for (const auto& x : e.actors) {
      if (x.name == a.name) {
        return;
      }
    }
    e.actors.push_back(std::move(a));
  }

  void attach_quantities(std::vector<core::Event>& events,
                         const std::vector<std::size_t>& anchor) const {
    int previous = -1;  // event of the quantity before
    for (const auto& q : m_s.quantities) {
      // "10,000 civilians, more than 560 of them children": a part of the count before.
      bool part_of_previous = false;
      for (std::size_t k = q.first; previous >= 0 && k <= q.last && k + 1 < size(); ++k) {
        part_of_previous = part_of_previous || (tok(k).lower == "of" &&
                                                (tok(k + 1).lower == "them" ||
                                                 tok(k + 1).lower == "whom"));
      }
      // Compatible events: counts of people go to casualties and force sizes; money to
      // funding, arms deals and sanctions; items to arms transfers and operations.
      int best = part_of_previous ? previous : -1;
      std::size_t best_dist = 0;
      int best_rank = 0;
      for (std::size_t e = 0; e < events.size() && !part_of_previous; ++e) {
        const auto type = events[e].type;
        bool ok = false;
        // Money belongs to a funding event before an arms deal or a sanction in the sentence.
        int rank = (q.cls == UnitClass::money && type == EventType::funding) ? 2 : 1;
        // Soldiers counted as killed are casualties, not a force size: "lost 500,000 troops
        // killed or wounded", "killing 84 fighters" (the casualty trigger is close by).
        if (type == EventType::casualties && q.cls != UnitClass::money &&
            std::min(anchor[e] > q.first ? anchor[e] - q.first : q.first - anchor[e],
                     anchor[e] > q.last ? anchor[e] - q.last : q.last - anchor[e]) <= 4) {
          rank = 2;
        }
        switch (type) {
        case EventType::casualties:
        case EventType::force_size:
          ok = q.cls == UnitClass::person || !q.has_unit_word || q.quantity.unit == "percent";
          break;
        case EventType::funding:
          ok = q.cls == UnitClass::money;
          break;
        case EventType::arms_transfer:
          ok = q.cls == UnitClass::item || q.cls == UnitClass::money;
          break;
        case EventType::sanction:
          ok = q.cls == UnitClass::money;
          break;
        case EventType::military_operation:
          ok = q.cls == UnitClass::item;
          break;
        default:
          ok = false;
        }
        if (!ok) {
          continue;
        }
        // Distance from the trigger to the nearer end of the quantity's words: "more than
        // 760 injured" is next to "injured", whatever its qualifier.
        const auto a = anchor[e];
        const auto gap = [a](std::size_t x) { return a > x ? a - x : x - a; };
        const std::size_t dist = std::min(gap(q.first), gap(q.last - 1));
        if (best < 0 || rank > best_rank || (rank == best_rank && dist < best_dist)) {
          best = static_cast<int>(e);
          best_dist = dist;
          best_rank = rank;
        }
      }
      // "appealed for $2.5 billion to help 11 million people": people no casualty or force
      // counts are those a funding event pays for.
      if (best < 0 && q.cls == UnitClass::person) {
        for (std::size_t e = 0; e < events.size(); ++e) {
          if (events[e].type == EventType::funding) {
            best = static_cast<int>(e);
            break;
          }
        }
      }
      if (best < 0) {
        continue;
      }
      previous = best;
      auto& ev = events[static_cast<std::size_t>(best)];
      core::Quantity qty = q.quantity;
      if (qty.unit.empty()) {
        qty.unit = "person";
      }
      if (ev.type == EventType::casualties && qty.unit == "person") {
        qty.what = ev.subtype;
      }
      ev.quantities.push_back(std::move(qty));
    }
  }

  const SentenceAnalysis& m_s;
  const Lexicon& m_lex;
  std::vector<std::pair<std::size_t, std::size_t>> m_trigger_spans;  // every trigger, in order
  std::vector<int> m_mention_at;
  std::vector<std::vector<std::string>> m_lemmas;
};

bool share_actor(const core::Event& a, const core::Event& b, Role role) {
  for (const auto& x : a.actors) {
    if (x.role != role) {
      continue;
    }
    for (const auto& y : b.actors) {
      if (y.role == role && y.name == x.name) {
        return true;
      }
    }
  }
  return false;
}

bool has_role(const core::Event& e, Role role) {
  return std::any_of(e.actors.begin(), e.actors.end(),
                     [&](const core::EventActor& a) { return a.role == role; });
}

bool dates_compatible(const core::TimeValue& a, const core::TimeValue& b) {
  if (a.basis == core::DateBasis::published || b.basis == core::DateBasis::published) {
    return true;
  }
  if (!a.known() || !b.known()) {
    return true;
  }
  return !(*a.last < *b.first || *b.last < *a.first);
}

std::string family(const core::Event& e, const Lexicon& lexicon) {
  const auto* r = lexicon.rule(e.rule);
  return r ? r->family : e.subtype;
}

std::optional<double> largest_count(const core::Event& e) {
  std::optional<double> out;
  for (const auto& q : e.quantities) {
    if (q.unit == "person" && (!out || q.value > *out)) {
      out = q.value;
    }
  }
  return out;
}

bool same_fact(const core::Event& a, const core::Event& b, const Lexicon& lexicon) {
  if (a.type != b.type || !dates_compatible(a.date, b.date) ||
      family(a, lexicon) != family(b, lexicon)) {
    return false;
  }
  // Two people saying things are two statements.
  if (a.type == EventType::statement && a.source != b.source) {
    return false;
  }
  // Different counts of the same kind are different facts ("1,000 killed" vs "30 killed").
  for (const auto& qa : a.quantities) {
    for (const auto& qb : b.quantities) {
      if (qa.unit == qb.unit && qa.what == qb.what && qa.value != qb.value) {
        return false;
      }
    }
  }
  // Two casualty reports with counts and no count in common are two facts ("70 killed" in
  // the lead, "255 wounded" in a later sentence).
  if (a.type == EventType::casualties && !a.quantities.empty() && !b.quantities.empty() &&
      std::none_of(a.quantities.begin(), a.quantities.end(), [&](const core::Quantity& qa) {
        return std::any_of(b.quantities.begin(), b.quantities.end(),
                           [&](const core::Quantity& qb) { return qa.value == qb.value; });
      })) {
    return false;
  }
  // Force sizes are told with varying nouns ("personnel", "people"): two totals differ.
  if (a.type == EventType::force_size && largest_count(a) && largest_count(b) &&
      *largest_count(a) != *largest_count(b)) {
    return false;
  }
  const bool agents = has_role(a, Role::agent) && has_role(b, Role::agent);
  const bool same_agent = share_actor(a, b, Role::agent);
  if (agents && !same_agent) {
    return false;
  }
  for (auto r : {Role::recipient, Role::target, Role::affected}) {
    if (share_actor(a, b, r)) {
      return true;
    }
  }
  // Only agents named on both sides, and no other participant on either.
  const bool only_agents = [&] {
    for (const auto* e : {&a, &b}) {
      for (const auto& x : e->actors) {
        if (x.role != Role::agent) {
          return false;
        }
      }
    }
    return true;
  }();
  return same_agent && only_agents;
}

} // namespace

std::vector<core::Event> apply_rules(const SentenceAnalysis& sentence, const Lexicon& lexicon) {
  return Analyzer(sentence, lexicon).run();
}

std::optional<Mention> find_speaker(const std::vector<Token>& tokens,
                                    const std::vector<Mention>& mentions, const Lexicon& lexicon) {
  auto mention_ending_at = [&](std::size_t last) -> const Mention* {
    for (const auto& m : mentions) {
      if (m.last == last && m.kind != ActorKind::place) {
        return &m;
      }
    }
    return nullptr;
  };
  auto mention_starting_at = [&](std::size_t first) -> const Mention* {
    for (const auto& m : mentions) {
      if (m.first == first && m.kind != ActorKind::place) {
        return &m;
      }
    }
    return nullptr;
  };
  const Mention* found = nullptr;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    bool reporting = false;
    for (const auto& l : lexicon.lemmas(tokens[i].lower)) {
      reporting = reporting || lexicon.is("reporting", l);
    }
    if (reporting) {
      // "Kirby said", "Kirby also said", "the ministry said in a statement".
      std::size_t k = i;
      while (k > 0 && (lexicon.is("auxiliary", tokens[k - 1].lower) ||
                       (tokens[k - 1].lower.ends_with("ly") && !tokens[k - 1].capitalised()))) {
        --k;
      }
      // "the Monitoring Mission in Ukraine said": a place inside a longer name is no speaker.
      const auto* ending = mention_ending_at(k);
      if (ending && ending->first > 0) {
        const auto& before = tokens[ending->first - 1].lower;
        if (before == "in" || before == "of" || before == "at" || before == "for") {
          continue;
        }
      }
      if (const auto* m = ending) {
        if (!found || (m->kind == ActorKind::person && found->kind != ActorKind::person)) {
          found = m;
        }
        continue;
      }
      // "said Kirby", "said the ministry".
      std::size_t j = i + 1;
      while (j < tokens.size() && lexicon.is("determiner", tokens[j].lower)) {
        ++j;
      }
      if (const auto* m = mention_starting_at(j)) {
        if (!found || (m->kind == ActorKind::person && found->kind != ActorKind::person)) {
          found = m;
        }
      }
    }
    if (tokens[i].lower == "according" && i + 1 < tokens.size() && tokens[i + 1].lower == "to") {
      for (std::size_t j = i + 2; j < tokens.size() && j <= i + 5; ++j) {
        if (const auto* m = mention_starting_at(j)) {
          if (!found) {
            found = m;
          }
          break;
        }
      }
    }
  }
  if (!found) {
    return std::nullopt;
  }
  return *found;
}

std::vector<core::Event> merge_events(std::vector<core::Event> events, const Lexicon& lexicon) {
  std::vector<core::Event> out;
  for (auto& e : events) {
    auto it = std::find_if(out.begin(), out.end(),
                           [&](const core::Event& o) { return same_fact(o, e, lexicon); });
    if (it == out.end()) {
      out.push_back(std::move(e));
      continue;
    }
    auto& keep = *it;
    // The most precise text date wins over a publication-date stand-in.
    if (keep.date.basis == core::DateBasis::published && e.date.basis == core::DateBasis::text) {
      keep.date = e.date;
    }
    for (auto& a : e.actors) {
      if (std::none_of(keep.actors.begin(), keep.actors.end(),
                       [&](const core::EventActor& k) { return k.name == a.name; })) {
        keep.actors.push_back(a);
      }
    }
    for (auto& q : e.quantities) {
      if (std::none_of(keep.quantities.begin(), keep.quantities.end(),
                       [&](const core::Quantity& k) {
                         return k.value == q.value && k.unit == q.unit && k.what == q.what;
                       })) {
        keep.quantities.push_back(q);
      }
    }
    for (auto& item : e.items) {
      if (std::find(keep.items.begin(), keep.items.end(), item) == keep.items.end()) {
        keep.items.push_back(item);
      }
    }
    if (!keep.source && e.source) {
      keep.source = e.source;
    }
    if (!keep.location && e.location) {
      keep.location = e.location;
    }
    // Sentences come in order, so a repeated span can only be the last one recorded; checking
    // just that keeps merging linear on hostile input repeating one fact thousands of times.
    if (e.evidence.start != keep.evidence.start &&
        (keep.more_evidence.empty() || keep.more_evidence.back().start != e.evidence.start)) {
      keep.more_evidence.push_back(e.evidence);
    }
  }
  return out;
}

} // namespace eventdb::extract
