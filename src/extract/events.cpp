#include "extract/events.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>
#include <span>

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
    // All lemmas of the sentence in one vector, then one view per token: no vector per token.
    std::vector<std::size_t> ends(n);
    m_lemma_store.reserve(4 * n);
    for (std::size_t k = 0; k < n; ++k) {
      lex.append_lemmas(s.tokens[k].lower, m_lemma_store);
      ends[k] = m_lemma_store.size();
    }
    m_lemmas.resize(n);
    for (std::size_t k = 0, b = 0; k < n; b = ends[k], ++k) {
      m_lemmas[k] = std::span<const std::string>(m_lemma_store.data() + b, ends[k] - b);
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
    share_with_part(events, anchor);
    drop_sanctions_named_again(events, anchor);
    drop_urged_facts(events, anchor);
    fold_denials(events, anchor);
    drop_participle_statements(events, anchor);
    drop_embedded_statements(events, anchor);
    drop_vetoed(events, anchor);
    // Fallback rules ("X said ...") speak only for sentences nothing else understood, or
    // whose facts are someone else's: "Kirby said the delivery was modest" is Washington's
    // statement about North Korea's delivery, while "Biden said the United States would send
    // tanks" is the pledge itself.
    // Events that name nobody and count nothing will be dropped: a person named as the
    // speaker still makes a statement ("Lammy said the package was the largest since the
    // invasion").
    const bool nothing = std::all_of(events.begin(), events.end(), [](const core::Event& e) {
      return e.actors.empty() && e.quantities.empty();
    });
    if ((events.empty() || (nothing && m_s.speaker_named_person) || reports_others(events)) &&
        !counts_people()) {
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
    merge_same_transfers(events);
    drop_counted_deployments(events);
    // Drop events that name nobody and count nothing.
    const bool funded = std::any_of(events.begin(), events.end(), [](const core::Event& f) {
      return f.type == EventType::funding && !f.quantities.empty();
    });
    std::vector<core::Event> kept;
    for (auto& e : events) {
      // "brings U.S. security assistance to $4.6 billion": aid with an amount and no weapons
      // named is the funding event's, not a transfer of arms.
      if (e.type == EventType::arms_transfer && e.items.empty() && funded) {
        continue;
      }
      // "Kyiv did not confirm the report": nothing was said, so there is no statement.
      if (e.type == EventType::statement && e.modality == core::Modality::negated) {
        continue;
      }
      // A statement is somebody's: with no agent ("It urged the parties ...") there is no
      // one to record it for.
      if (e.type == EventType::statement && !has_role_in(e, Role::agent)) {
        continue;
      }
      // A sanction naming nobody is kept: the pipeline gives it the parties of the notice's
      // earlier sanction, or drops it. So is an operation named as "the strikes" or "the
      // offensive": the article may have just named who carries it out (the pipeline drops
      // it if not).
      // So are arrests naming nobody: the pipeline gives them the authorities of the
      // article's setting.
      if (!e.actors.empty() || !e.quantities.empty() || e.type == EventType::sanction ||
          definite_operation(e) || (e.type == EventType::other && e.subtype == "arrests") ||
          forces_of_unnamed_owner(e)) {
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

  // "X denied that it had received any weapons": the denial is the modality of the fact it
  // denies, not an accusation of its own. A denial trigger followed in its sentence by
  // another fact (not a statement) marks that fact denied and is dropped; so does "threatened
  // to" with the fact it threatens.
  void fold_denials(std::vector<core::Event>& events, std::vector<std::size_t>& anchor) const {
    std::vector<bool> drop(events.size(), false);
    for (std::size_t d = 0; d < events.size(); ++d) {
      // "threatened to impose sanctions": the threat is the modality of the sanction.
      const bool threat_to = events[d].rule == "statement.threaten" && anchor[d] + 1 < size() &&
                             tok(anchor[d] + 1).lower == "to";
      const bool denial =
          events[d].type == EventType::accusation && events[d].modality == core::Modality::denied;
      if (!denial && !threat_to) {
        continue;
      }
      for (std::size_t e = 0; e < events.size(); ++e) {
        const auto type = events[e].type;
        // An event that will be dropped for naming nobody cannot carry the denial.
        if (events[e].actors.empty() && events[e].quantities.empty()) {
          continue;
        }
        if (e == d || type == EventType::accusation || type == EventType::statement ||
            anchor[e] <= anchor[d] || anchor[e] > anchor[d] + 15 ||
            contrast_between(anchor[d], anchor[e])) {
          continue;
        }
        // "Hungary threatened to block EU sanctions" threatens no sanction of Hungary's.
        if (threat_to && has_role_in(events[e], Role::agent) &&
            !share_actor_in(events[e], events[d], Role::agent)) {
          continue;
        }
        events[e].modality = denial ? core::Modality::denied : core::Modality::threatened;
        drop[d] = true;
      }
    }
    erase_marked(events, anchor, [&drop](std::size_t k) { return drop[k]; });
  }

  // "vetoed a resolution demanding a ceasefire": what a vetoed text would have said was
  // never said.
  void drop_vetoed(std::vector<core::Event>& events, std::vector<std::size_t>& anchor) const {
    std::vector<bool> drop(events.size(), false);
    for (std::size_t v = 0; v < events.size(); ++v) {
      if (events[v].subtype != "veto" && events[v].subtype != "vetoed") {
        continue;
      }
      for (std::size_t k = 0; k < events.size(); ++k) {
        if (events[k].type == EventType::statement && anchor[k] > anchor[v] &&
            anchor[k] <= anchor[v] + 8 && !contrast_between(anchor[v], anchor[k])) {
          drop[k] = true;
        }
      }
    }
    erase_marked(events, anchor, [&drop](std::size_t k) { return drop[k]; });
  }

  // "concurred with the American assessment": a statement noun that is the object of
  // another statement verb names an earlier statement, not a new one.
  void drop_embedded_statements(std::vector<core::Event>& events,
                                std::vector<std::size_t>& anchor) const {
    std::vector<bool> drop(events.size(), false);
    for (std::size_t k = 0; k < events.size(); ++k) {
      const auto* r = m_lex.rule(events[k].rule);
      if (events[k].type != EventType::statement || !r || r->pos != TriggerPos::noun) {
        continue;
      }
      for (std::size_t v = 0; v < events.size(); ++v) {
        if (v != k && events[v].type == EventType::statement && anchor[v] < anchor[k] &&
            anchor[k] <= anchor[v] + 5) {
          drop[k] = true;
        }
      }
    }
    // "warned that the United States would pay a heavy price": a statement inside the
    // that-clause of another is its content; its targets join the outer statement.
    for (std::size_t v = 0; v < events.size(); ++v) {
      const auto a = anchor[v];
      if (events[v].type != EventType::statement || drop[v] || a + 1 >= size() ||
          tok(a + 1).lower != "that") {
        continue;
      }
      for (std::size_t k = 0; k < events.size(); ++k) {
        if (k == v || drop[k] || events[k].type != EventType::statement || anchor[k] <= a ||
            anchor[k] > a + 15 || contrast_between(a, anchor[k])) {
          continue;
        }
        for (const auto& x : events[k].actors) {
          const bool known = std::any_of(events[v].actors.begin(), events[v].actors.end(),
                                         [&](const auto& y) { return y.name == x.name; });
          if (x.role != Role::agent && !known) {
            events[v].actors.push_back(x);
          }
        }
        drop[k] = true;
      }
    }
    erase_marked(events, anchor, [&drop](std::size_t k) { return drop[k]; });
  }

  // "the panel monitoring those sanctions", "these measures have hurt": a sanction noun after
  // a demonstrative names sanctions told before, not new ones.
  void drop_sanctions_named_again(std::vector<core::Event>& events,
                                  std::vector<std::size_t>& anchor) const {
    erase_marked(events, anchor, [&](std::size_t k) {
      const auto* r = m_lex.rule(events[k].rule);
      const auto a = anchor[k];
      return r && r->pos == TriggerPos::noun && events[k].type == EventType::sanction && a > 0 &&
             (tok(a - 1).lower == "those" || tok(a - 1).lower == "these");
    });
  }

  // "Kirby said Wagner had lost about 1,000 fighters", "Israel says about 130 hostages
  // remain": a speaker telling a count of people is the count's source; the count is the
  // fact, not a statement of theirs.
  bool counts_people() const {
    return std::any_of(m_s.quantities.begin(), m_s.quantities.end(),
                       [](const QuantityMatch& q) { return q.cls == UnitClass::person; });
  }

  // "It urged the army and the rebels to agree to a ceasefire": a diplomatic fact someone is
  // urged or asked to do has not happened (the call is the statement).
  void drop_urged_facts(std::vector<core::Event>& events, std::vector<std::size_t>& anchor) const {
    erase_marked(events, anchor, [&](std::size_t k) {
      const auto a = anchor[k];
      bool urged = false;
      if (events[k].type == EventType::other && a > 0 && tok(a - 1).lower == "to") {
        for (std::size_t w = a - 1, steps = 0; w > 0 && steps < 10 && !urged; --w, ++steps) {
          urged = lemma_is(w - 1, "urge") || lemma_is(w - 1, "ask") || lemma_is(w - 1, "press") ||
                  lemma_is(w - 1, "encourage") || lemma_is(w - 1, "call");
        }
      }
      return urged;
    });
  }

  // True when a person named as the speaker reports facts that are not their own side's
  // (acts or non-acts: "Biden said Washington was not going to send ...") and no statement or
  // accusation was found.
  bool reports_others(const std::vector<core::Event>& events) const {
    if (!m_s.speaker || !m_s.speaker_named_person) {
      return false;
    }
    for (const auto& e : events) {
      // Whose fact it is must be known.
      if (e.type == EventType::statement || e.type == EventType::accusation || e.actors.empty()) {
        return false;
      }
      // The target of another side's act is not its author: "Peskov said Trump had imposed
      // sanctions on Russia" is Russia's statement about a U.S. act.
      for (const auto& a : e.actors) {
        if (a.role != Role::target &&
            (a.name == *m_s.speaker || (m_s.speaker_org && a.name == *m_s.speaker_org))) {
          return false;
        }
      }
    }
    return true;
  }

  // "X welcomed the move, describing it as historic": a statement participle after a comma
  // continues a statement already made in the sentence.
  void drop_participle_statements(std::vector<core::Event>& events,
                                  std::vector<std::size_t>& anchor) const {
    const auto statements = std::count_if(events.begin(), events.end(), [](const core::Event& e) {
      return e.type == EventType::statement;
    });
    if (statements < 2) {
      return;
    }
    erase_marked(events, anchor, [&](std::size_t k) {
      const auto a = anchor[k];
      return events[k].type == EventType::statement && a > 0 && is_punct(tok(a - 1), ",") &&
             tok(a).lower.ends_with("ing");
    });
  }

  // "will give Ukraine rocket systems as part of a $700 million package": the package naming
  // nobody has the parties of the act it is part of.
  void share_with_part(std::vector<core::Event>& events,
                       const std::vector<std::size_t>& anchor) const {
    for (std::size_t k = 0; k < events.size(); ++k) {
      const auto* r = m_lex.rule(events[k].rule);
      if (!events[k].actors.empty() || !r || r->pos != TriggerPos::noun) {
        continue;
      }
      bool part_of = false;
      for (std::size_t w = anchor[k] > 10 ? anchor[k] - 10 : 0; w + 1 < anchor[k]; ++w) {
        part_of = part_of || (tok(w).lower == "part" && tok(w + 1).lower == "of");
      }
      if (!part_of) {
        continue;
      }
      for (std::size_t v = 0; v < events.size(); ++v) {
        if (v != k && anchor[v] < anchor[k] && !events[v].actors.empty()) {
          for (const auto& a : events[v].actors) {
            if (a.role == Role::agent || a.role == Role::recipient) {
              events[k].actors.push_back(a);
            }
          }
          break;
        }
      }
    }
  }

  // What a territorial-control verb holds, from `j`: the place itself or a share of it
  // ("controlled about 70% of Sievierodonetsk", "controls most of Darfur"), or a share of
  // unnamed land ("held a slice of Russian territory", "hold part of the region"); not
  // "controls the market in Cairo" nor "part of the country's market". In a relative clause
  // ("Hamas, which has controlled Gaza for years") holding a whole place describes the actor;
  // holding a part of one is the state of a front line, and is told.
  bool held_territory(std::size_t j, bool relative) const {
    static constexpr std::string_view k_share[] = {"most", "much", "all", "part", "parts", "half",
                                                   "about", "around", "nearly", "almost", "some",
                                                   "of", "the", "%", "percent", "large", "a",
                                                   "slice", "swath", "swathe", "chunk", "pocket"};
    static constexpr std::string_view k_part[] = {"most", "much", "part", "parts", "half", "%",
                                                  "percent", "slice", "swath", "swathe", "chunk",
                                                  "pocket"};
    bool part = false;
    while (j < size() && m_mention_at[j] < 0 &&
           (tok(j).kind == TokenKind::number ||
            std::find(std::begin(k_share), std::end(k_share), tok(j).lower) != std::end(k_share))) {
      part = part || std::find(std::begin(k_part), std::end(k_part), tok(j).lower) != std::end(k_part);
      ++j;
    }
    if (relative && !part) {
      return false;
    }
    if (j < size() && m_mention_at[j] >= 0 &&
        m_s.mentions[static_cast<std::size_t>(m_mention_at[j])].kind == ActorKind::place) {
      return true;
    }
    if (!part) {
      return false;
    }
    // Unnamed land after a share: skip a demonym or modifiers ("Russian", "eastern").
    for (std::size_t steps = 0; j < size() && steps < 3; ++steps) {
      if (m_mention_at[j] >= 0) {
        j = m_s.mentions[static_cast<std::size_t>(m_mention_at[j])].last;
      } else if (m_lex.is("territory_noun", tok(j).lower)) {
        return j + 1 >= size() || tok(j + 1).lower != "'s";
      } else if (is_modifier(j)) {
        ++j;
      } else {
        return false;
      }
    }
    return false;
  }

  // Removes the events, with their anchors, for which `dropped(k)` is true, `k` being the
  // index before removal. `dropped` is asked in index order and may read events[k] and
  // anchor[k]; events before k may already have moved.
  template <typename Dropped>
  static void erase_marked(std::vector<core::Event>& events, std::vector<std::size_t>& anchor,
                           Dropped dropped) {
    std::size_t out = 0;
    for (std::size_t k = 0; k < events.size(); ++k) {
      if (dropped(k)) {
        continue;
      }
      if (out != k) {
        events[out] = std::move(events[k]);
        anchor[out] = anchor[k];
      }
      ++out;
    }
    events.resize(out);
    anchor.resize(out);
  }

  // A contrast or a new sentence-level clause between two tokens: "but", "while", ";".
  bool contrast_between(std::size_t from, std::size_t to) const {
    for (std::size_t k = from + 1; k < to && k < size(); ++k) {
      const auto& w = tok(k).lower;
      if (w == "but" || w == "while" || w == "whereas" || w == "although" || w == ";") {
        return true;
      }
    }
    return false;
  }

  // An operation told as a definite noun: "the strikes", "The offensive began".
  // "Around 11,000 soldiers remain deployed in Kursk": a deployment told with its count is a
  // force size; the same troops are not also recorded as a deployment operation.
  static void drop_counted_deployments(std::vector<core::Event>& events) {
    std::vector<std::string> counted;
    for (const auto& e : events) {
      if (e.type == EventType::force_size && !e.quantities.empty()) {
        for (const auto& a : e.actors) {
          counted.push_back(a.name);
        }
      }
    }
    std::erase_if(events, [&](const core::Event& e) {
      return e.type == EventType::military_operation && e.subtype == "deployment" &&
             std::any_of(e.actors.begin(), e.actors.end(), [&](const core::EventActor& a) {
               return std::find(counted.begin(), counted.end(), a.name) != counted.end();
             });
    });
  }

  // "On Nov. 19, their fighters seized a car carrier": an operation by "its/their" forces whose
  // owner the sentence does not name (the pipeline gives it the previous sentence's subject).
  // The forces are the trigger's subject: right before it, with nothing but auxiliaries and
  // adverbs between ("their fighters had quickly seized").
  bool forces_of_unnamed_owner(const core::Event& e) const {
    const auto* r = m_lex.rule(e.rule);
    if (e.type != EventType::military_operation || !r || r->pattern.empty()) {
      return false;
    }
    for (std::size_t k = 0; k + 1 < size(); ++k) {
      if (tok(k).lower != "its" && tok(k).lower != "their") {
        continue;
      }
      bool adjacent = false;
      for (std::size_t j = k + 2; j < size() && j <= k + 6; ++j) {
        if (std::find(m_lemmas[j].begin(), m_lemmas[j].end(), r->pattern.front()) !=
            m_lemmas[j].end()) {
          adjacent = true;
          break;
        }
        if (!(m_lex.is("auxiliary", tok(j).lower) || m_lex.is("be", tok(j).lower) ||
              (tok(j).lower.ends_with("ly") && !tok(j).capitalised()))) {
          break;
        }
      }
      if (!adjacent) {
        continue;
      }
      const auto* u = m_lex.unit(tok(k + 1).lower);
      const bool forces = (u && u->cls == UnitClass::person) || tok(k + 1).lower == "forces" ||
                          tok(k + 1).lower == "units";
      return forces && std::none_of(m_s.mentions.begin(), m_s.mentions.end(), [&](const Mention& m) {
               return m.first < k && m.kind != ActorKind::place && m.kind != ActorKind::person;
             });
    }
    return false;
  }

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
    const std::string_view prev = i > 0 ? std::string_view(tok(i - 1).lower) : std::string_view();
    const std::string_view next =
        i + 1 < size() ? std::string_view(tok(i + 1).lower) : std::string_view();
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
    // "Treasury designations", "the assessment": these endings make nouns (after "to" or
    // a modal, "to sanction" stays a verb).
    for (std::string_view suffix : {"tion", "tions", "sion", "sions", "ment", "ments"}) {
      if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) {
        return TriggerPos::noun;
      }
    }
    // "better training, equipment and supplies": a gerund listed with nouns is a noun.
    if (w.ends_with("ing") && next == "," && i > 0 && !m_lex.is("auxiliary", prev) &&
        !m_lex.is("be", prev) && m_mention_at[i - 1] < 0) {
      return TriggerPos::noun;
    }
    // "fired toward shipping lanes in the Red Sea": a gerund after a preposition that
    // modifies a plain noun closing the phrase is part of a compound noun.
    if (w.ends_with("ing") && i > 0 && m_lex.is("preposition", prev) && i + 2 < size() &&
        tok(i + 1).kind == TokenKind::word && !tok(i + 1).capitalised() &&
        m_mention_at[i + 1] < 0 && !m_lex.unit(next) && !m_lex.is("determiner", next) &&
        !m_lex.is("preposition", next) &&
        (tok(i + 2).kind == TokenKind::punct || m_lex.is("preposition", tok(i + 2).lower))) {
      return TriggerPos::noun;
    }
    // "missiles fired toward shipping.": a gerund after a preposition, with no object.
    if (w.ends_with("ing") && i > 0 && m_lex.is("preposition", prev) &&
        (i + 1 >= size() || tok(i + 1).kind == TokenKind::punct || m_lex.is("preposition", next))) {
      return TriggerPos::noun;
    }
    // "infantry fighting vehicles": an -ing word before a word for weapons modifies it
    // (not after a preposition, a form of "be" or an auxiliary: "of supplying weapons").
    // (Nor after a verb taking a gerund: "may consider supplying weapons".)
    if (w.ends_with("ing") && i + 1 < size() && i > 0 && tok(i - 1).kind == TokenKind::word &&
        !m_lex.is("preposition", prev) && !m_lex.is("be", prev) &&
        !m_lex.is("auxiliary", prev) && !lemma_in(i - 1, "catenative") &&
        !lemma_in(i - 1, "deliberative")) {
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
    // "Peskov said on Thursday": a reporting verb after its speaker.
    if (i > 0 && m_mention_at[i - 1] >= 0 && lemma_in(i, "reporting")) {
      return TriggerPos::verb;
    }
    if (i > 0 && m_lex.is("auxiliary", prev)) {
      return TriggerPos::verb;
    }
    // "strongly condemns the", "firmly rejects any": an adverb, then an object.
    if (i > 0 && prev.size() > 4 && prev.ends_with("ly") && !tok(i - 1).capitalised() &&
        i + 1 < size() &&
        (m_lex.is("determiner", next) || next == "that" || m_mention_at[i + 1] >= 0)) {
      return TriggerPos::verb;
    }
    // "and calls on Russia to halt": a call on someone to act.
    if (next == "on" && lemma_is(i, "call")) {
      for (std::size_t k = i + 2; k < size() && k <= i + 8; ++k) {
        if (tok(k).lower == "to") {
          return TriggerPos::verb;
        }
      }
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

  // A participle used as an adjective before a noun for people: "armed groups", "against
  // armed foreign personnel", "the trained crews". Not after a noun or a name, where it is a
  // verb with its object ("Iran armed militias").
  bool attributive_participle(std::size_t i) const {
    const auto& w = tok(i).lower;
    if (!w.ends_with("ed") || i + 1 >= size()) {
      return false;
    }
    if (i > 0) {
      const auto& prev = tok(i - 1).lower;
      if (!(m_lex.is("determiner", prev) || m_lex.is("preposition", prev) || prev == "and" ||
            prev == "or" || tok(i - 1).kind == TokenKind::punct)) {
        return false;
      }
    }
    // "damaged a school and wounded six people": a count right after is the verb's object.
    if (std::any_of(m_s.quantities.begin(), m_s.quantities.end(),
                    [i](const QuantityMatch& q) { return q.first == i + 1; })) {
      return false;
    }
    // Lowercase modifiers, then a word for people: "armed foreign personnel".
    for (std::size_t k = i + 1; k < size() && k <= i + 3; ++k) {
      if (tok(k).kind != TokenKind::word || tok(k).capitalised() || m_mention_at[k] >= 0) {
        return false;
      }
      if (const auto* u = m_lex.unit(tok(k).lower); u && u->cls == UnitClass::person) {
        return true;
      }
      if (tok(k).lower == "groups" || tok(k).lower == "group" || tok(k).lower == "men") {
        return true;
      }
      if (!is_modifier(k) || m_lex.is("determiner", tok(k).lower)) {
        return false;
      }
    }
    return false;
  }

  // "the treaty that Putin and Kim signed in Pyongyang", "the pact the two countries signed
  // in June": an agreement named before the verb that signs it, with no object after the verb,
  // is signed (rule other.sign).
  void add_signed_before(std::vector<Trigger>& cands) const {
    const auto* rule = m_lex.rule("other.sign");
    if (!rule) {
      return;
    }
    for (std::size_t i = 1; i < size(); ++i) {
      if (tok(i).kind != TokenKind::word || !lemma_is(i, "sign") || guess_pos(i) == TriggerPos::noun) {
        continue;
      }
      const bool no_object = i + 1 >= size() || tok(i + 1).kind == TokenKind::punct ||
                             m_lex.is("preposition", tok(i + 1).lower) || in_date(i + 1);
      if (!no_object) {
        continue;
      }
      for (std::size_t k = i, steps = 0; k > 0 && steps < 20; --k, ++steps) {
        if (tok(k - 1).kind == TokenKind::punct) {
          break;
        }
        if (lemma_in(k - 1, "agreement_noun")) {
          // Not "the agreement was signed": the passive names no signatory before the verb.
          if (k < i && !m_lex.is("be", tok(i - 1).lower)) {
            cands.push_back(Trigger{rule, {i}});
          }
          break;
        }
      }
    }
  }

  std::vector<Trigger> find_triggers() const {
    std::vector<Trigger> cands;
    for (std::size_t i = 0; i < size(); ++i) {
      if (tok(i).kind != TokenKind::word || m_mention_at[i] >= 0) {
        continue;
      }
      // The rules of each lemma, each once; the part of speech is guessed once per token.
      std::vector<const TriggerRule*> seen;
      std::optional<std::optional<TriggerPos>> guessed;
      for (const auto& lemma : m_lemmas[i]) {
        const auto* rules = m_lex.rules_for(lemma);
        if (!rules) {
          continue;
        }
        for (const auto* r : *rules) {
          if (std::find(seen.begin(), seen.end(), r) != seen.end()) {
            continue;
          }
          seen.push_back(r);
          // A compound noun matched whole ("restrictive measures", "travel ban") is a noun
          // whatever its first word looks like.
          const bool compound = r->pos == TriggerPos::noun && r->pattern.size() > 1 &&
                                std::find(r->pattern.begin(), r->pattern.end(), "*") ==
                                    r->pattern.end();
          if (!guessed) {
            guessed = guess_pos(i);
          }
          if (auto pos = *guessed; pos && *pos != r->pos && !compound) {
            continue;
          }
          if (r->pos == TriggerPos::verb && r->pattern.size() == 1 && attributive_participle(i)) {
            continue;
          }
          // "anti-ship missiles", "non-lethal aid": the word is part of a modifier.
          if (i >= 2 && tok(i - 1).text == "-" && tok(i - 1).start == tok(i - 2).end &&
              m_lex.is("modifier_prefix", tok(i - 2).lower)) {
            continue;
          }
          if (auto t = match(*r, i)) {
            cands.push_back(std::move(*t));
          }
        }
      }
    }
    add_signed_before(cands);
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

  // A place after the trigger, or unnamed land right after "into": "advanced into the
  // eastern districts of the town", not "advanced into the final" nor "into the city's budget".
  bool land_follows(const Trigger& t) const {
    if (place_follows(t)) {
      return true;
    }
    std::size_t k = tok(t.last()).lower == "into" ? t.last() : t.last() + 1;  // "push into"
    if (k >= size() || tok(k).lower != "into") {
      return false;
    }
    for (++k; k < size() && k <= t.last() + 5; ++k) {
      if (m_lex.is("territory_noun", tok(k).lower)) {
        return k + 1 >= size() || tok(k + 1).lower != "'s";
      }
      if (!m_lex.is("determiner", tok(k).lower) && !is_modifier(k)) {
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
  // "the minister summoned Russian Ambassador Georgy Zinoviev and demanded": a name right
  // before "and" + the verb that is the object of an earlier verb (its title and nationality
  // skipped) is not the second verb's subject; the first verb's subject is.
  // Returns the position of that earlier verb.
  std::optional<std::size_t> object_before_and(const Mention& m, std::size_t verb) const {
    // "summoned X to the ministry and demanded": a short phrase after the object.
    std::size_t a = m.last;
    if (a < verb && m_lex.is("preposition", tok(a).lower)) {
      for (std::size_t w = a + 1; w < verb && w <= m.last + 7; ++w) {
        if (tok(w).lower == "and") {
          a = w;
          break;
        }
        if (tok(w).kind != TokenKind::word || m_mention_at[w] >= 0) {
          break;
        }
      }
    }
    if (a >= verb || tok(a).lower != "and") {
      return std::nullopt;
    }
    for (std::size_t w = a + 1; w < verb; ++w) {
      if (!(m_lex.is("auxiliary", tok(w).lower) ||
            (tok(w).lower.ends_with("ly") && !tok(w).capitalised()))) {
        return std::nullopt;
      }
    }
    std::size_t k = m.first;
    while (k > 0 && (m_lex.is("determiner", tok(k - 1).lower) || m_lex.is("title", tok(k - 1).lower) ||
                     (m_mention_at[k - 1] >= 0 &&
                      m_s.mentions[static_cast<std::size_t>(m_mention_at[k - 1])].facet ==
                          core::AliasFacet::demonym))) {
      --k;
    }
    if (k == 0) {
      return std::nullopt;
    }
    const auto& w = tok(k - 1);
    if (w.kind == TokenKind::word && !w.capitalised() && w.lower.ends_with("ed") &&
        !m_lex.is("auxiliary", w.lower) && !m_lex.is("be", w.lower) &&
        !lemma_in(k - 1, "reporting")) {
      return k - 1;
    }
    return std::nullopt;
  }

  // "The Government of the Republic of Korea condemns", "the President of Kenya said": a name
  // after "of" that follows a government word or a title is who acts, not a complement.
  bool office_of(const Mention& m) const {
    std::size_t k = m.first;
    if (k > 0 && m_lex.is("determiner", tok(k - 1).lower)) {
      --k;
    }
    if (k < 2 || tok(k - 1).lower != "of") {
      return false;
    }
    const auto& head = tok(k - 2).lower;
    return m_lex.is("office", head) || m_lex.is("title", head);
  }

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
    // "calling reports of dealings with Russia groundless": an adjective after a name does
    // not make the name a modifier.
    for (std::string_view suffix : {"less", "ous", "ful", "able", "ible"}) {
      if (next.lower.size() > suffix.size() + 2 && next.lower.ends_with(suffix)) {
        return false;
      }
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

  // The second party after "between `m`": "between the army (SAF) and the RSF".
  const Mention* other_side(const Mention& m) const {
    std::size_t k = m.last;
    if (k < size() && tok(k).text == "(") {
      while (k < size() && k <= m.last + 5 && tok(k).text != ")") {
        ++k;
      }
      ++k;
    }
    if (k >= size() || tok(k).lower != "and") {
      return nullptr;
    }
    for (++k; k < size() && m_lex.is("determiner", tok(k).lower); ++k) {
    }
    if (k >= size() || m_mention_at[k] < 0) {
      return nullptr;
    }
    const auto& next = m_s.mentions[static_cast<std::size_t>(m_mention_at[k])];
    return usable(next) ? &next : nullptr;
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
    // "The ministry welcomes the position taken by X, and calls on Y": a verb right after
    // ", and" is a second predicate of the sentence's subject, not of the name before it.
    if (!noun && k >= 2 && tok(k - 1).lower == "and" && is_punct(tok(k - 2), ",") &&
        !tok(t.first()).lower.ends_with("ing")) {
      return opening_mention(k);
    }
    bool light_verb_seen = !noun;
    std::size_t verb_at = t.first();  // the verb: the trigger, or a noun trigger's light verb
    for (std::size_t i = t.first(), steps = 0; i > 0 && steps < 30; --i, ++steps) {
      const std::size_t p = i - 1;
      // "Poland, which had pressed Berlin for weeks, welcomed": the subject is before the
      // relative clause.
      if (is_punct(tok(p), ",")) {
        if (const auto open = relative_clause_start(p)) {
          i = *open + 1;
          continue;
        }
      }
      // Not inside a compound word: "multiple-launch rocket systems".
      if (noun && lemma_in(p, "light_verb") &&
          !(p > 0 && tok(p - 1).text == "-" && tok(p - 1).end == tok(p).start)) {
        if (!light_verb_seen) {
          verb_at = p;
        }
        light_verb_seen = true;
      }
      // "did not rule out cooperation": the subject holds the possibility open.
      if (noun && p > 0 && tok(p).lower == "out" && lemma_is(p - 1, "rule")) {
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
        // "Germany said it would send a package of aid": through a noun's light verb too.
        if ((!noun || (light_verb_seen && verb_at > p)) &&
            (tok(p).lower == "it" || tok(p).lower == "they" || (!noun && owned_forces)) &&
            std::all_of(m_s.tokens.begin() + static_cast<std::ptrdiff_t>(p + 1),
                        m_s.tokens.begin() + static_cast<std::ptrdiff_t>(verb_at),
                        [&](const Token& w) {
                          return m_lex.is("auxiliary", w.lower) || m_lex.is("be", w.lower) ||
                                 m_lex.is("negation", w.lower) ||
                                 m_lex.is("modal_planned", w.lower) ||
                                 m_lex.lemma_is("catenative", w.lower) ||
                                 m_lex.lemma_is("deliberative", w.lower) ||
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
      if (const auto earlier = !noun ? object_before_and(m, k) : std::nullopt) {
        i = *earlier + 1;  // on to the earlier verb's subject
        continue;
      }
      const bool modifier = (m.facet == core::AliasFacet::demonym && adjectival(m) &&
                             !names_forces(m)) ||
                            (hyphen_compound(m) && !names_forces(m));
      // "a day after Washington tightened": a subordinator that is also a preposition does
      // not govern the subject right before the verb.
      const bool subordinate_subject = !noun && m.last == k && m.first > 0 &&
                                       m_lex.is("clause_break", tok(m.first - 1).lower);
      if (!usable(m) ||
          (governed(m.first) && !subordinate_subject && !led_by(m) && !office_of(m)) ||
          is_speaker_mention(m, t) || modifier ||
          (t.rule->type == EventType::military_operation && object_of_earlier_verb(m))) {
        continue;
      }
      // A possessive mention ("Russia's war") is the subject only through a short noun
      // phrase it owns that ends right at the verb: "North Korea's foreign ministry rejected".
      if (m.last < size() && tok(m.last).lower == "'s") {
        bool owns_subject = !noun && t.first() > m.last + 1 && t.first() - m.last <= 4;
        // "Sudan's envoy to the UN also criticised": an office of the possessor acts for it.
        if (!noun && m.last + 1 < size() && m_lex.is("title", tok(m.last + 1).lower) &&
            t.first() - m.last <= 9) {
          bool clean = true;
          for (std::size_t w = m.last + 1; w < t.first(); ++w) {
            clean = clean && !is_clause_punct(tok(w)) && !lemma_in(w, "reporting");
          }
          if (clean) {
            return light_verb_seen ? &m : nullptr;
          }
        }
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

  // For a comma at `close`, the comma opening a relative clause ", which/who ... ," that ends
  // there, if any.
  std::optional<std::size_t> relative_clause_start(std::size_t close) const {
    for (std::size_t k = close, steps = 0; k > 1 && steps < 15; --k, ++steps) {
      const auto& w = tok(k - 1);
      if (w.kind == TokenKind::punct) {
        return std::nullopt;
      }
      if ((w.lower == "which" || w.lower == "who") && is_punct(tok(k - 2), ",")) {
        return k - 2;
      }
    }
    return std::nullopt;
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
        // "give Ukraine advanced rocket systems": a name right after the verb is its object.
        const bool indirect = k == t.last() + 1 && m.facet != core::AliasFacet::demonym &&
                              !hyphen_compound(m);
        return usable(m) && (!adjectival(m) || owner || indirect) ? &m : nullptr;
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
        // "Treasury designations", "EU sanctions": a body or organisation named right before
        // the noun owns it (a state does not: "Iran sanctions" are sanctions on Iran).
        const bool owner_body = steps == 0 && (m.kind == ActorKind::government_body ||
                                               m.kind == ActorKind::organisation);
        return usable(m) && (m.facet == core::AliasFacet::demonym || owner_body) ? &m : nullptr;
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
    // Counted items do not count: "buy nearly 1,000 K2 tanks and more than 600 K9 howitzers
    // from South Korea"; nor do sums: "a package worth 650 million euros to Kyiv".
    std::size_t reach = t.last() + 9;
    for (std::size_t k = t.last() + 1; k < size() && k < reach && reach < t.last() + 17; ++k) {
      const auto* u = m_lex.unit(tok(k).lower);
      const bool counted = std::any_of(m_s.quantities.begin(), m_s.quantities.end(),
                                       [k](const QuantityMatch& q) {
                                         return (q.cls == UnitClass::item ||
                                                 q.cls == UnitClass::money) &&
                                                k >= q.first && k < q.last;
                                       });
      // Nor do the parts of a model name: "spare parts for F-16 fighter jets ... to Taiwan".
      // (The parts of a hyphenated name: "F", "-", "16".)
      auto hyphen_at = [&](std::size_t h) {
        return h < size() && tok(h).text == "-" && h > 0 && tok(h).start == tok(h - 1).end &&
               h + 1 < size() && tok(h + 1).start == tok(h).end;
      };
      const bool model_part = hyphen_at(k) || hyphen_at(k + 1) || (k > 0 && hyphen_at(k - 1));
      // And a word describing an item: "radar equipment", "fighter jets".
      const auto* next_unit = k + 1 < size() ? m_lex.unit(tok(k + 1).lower) : nullptr;
      const bool modifies_item = next_unit && next_unit->cls == UnitClass::item &&
                                 tok(k).kind == TokenKind::word && !tok(k).capitalised();
      if (counted || (u && u->cls == UnitClass::item) || model_part || modifies_item) {
        ++reach;
      }
    }
    end = std::min(end, reach);
    // A pattern may end with its own preposition: "war between", "sweep into".
    const std::size_t from = tok(t.last()).lower == prep ? t.last() : t.last() + 1;
    for (std::size_t k = from; k < end; ++k) {
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

  // "paid for the weapons supplied to Ukraine", "equipment delivered to Kyiv": a verb in the
  // past participle right after the items it moves, followed by no object, is a reduced
  // relative clause whose subject is those items.
  bool item_participle(const Trigger& t) const {
    const auto h = t.first();
    if (t.rule->pos != TriggerPos::verb || h == 0 || t.positions.size() != 1) {
      return false;
    }
    const auto& w = tok(h).lower;
    const bool participle = w.ends_with("ed") || w.ends_with("en") ||
                            (m_lemmas[h].size() > 1 && m_lemmas[h].front() != w &&
                             !w.ends_with("s") && !w.ends_with("ing"));
    const auto* u = m_lex.unit(tok(h - 1).lower);
    const auto after = h + 1;
    const bool no_object = after >= size() || tok(after).kind == TokenKind::punct ||
                           m_lex.is("preposition", tok(after).lower) || in_date(after);
    return participle && no_object && u && u->cls == UnitClass::item;
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
    // "a resolution that would have called on ...": a counterfactual did not happen.
    if (t.first() >= 2 && tok(t.first() - 1).lower == "have" &&
        (tok(t.first() - 2).lower == "would" || tok(t.first() - 2).lower == "'d")) {
      return core::Modality::negated;
    }
    const std::size_t from = t.first() > 6 ? t.first() - 6 : 0;
    core::Modality m = core::Modality::asserted;
    for (std::size_t k = std::max(from, clause_begin); k < t.first(); ++k) {
      const auto& w = tok(k).lower;
      if (m_lex.is("negation", w)) {
        // "did not rule out", "does not exclude": a possibility held open, not a negation.
        const bool rule_out =
            k + 2 < t.first() && lemma_is(k + 1, "rule") && tok(k + 2).lower == "out";
        const bool exclude = k + 1 < t.first() && lemma_is(k + 1, "exclude");
        if (rule_out || exclude) {
          m = core::Modality::threatened;
          k += rule_out ? 2 : 1;
          continue;
        }
        return core::Modality::negated;
      }
      if (lemma_is(k, "threaten")) {
        m = core::Modality::threatened;
      } else if (lemma_is(k, "deny")) {
        m = core::Modality::denied;
      } else if (m_lex.is("alleged", w)) {
        m = core::Modality::alleged;
      } else if ((m_lex.is("modal_planned", w) || lemma_in(k, "deliberative")) &&
                 m == core::Modality::asserted) {
        // "is considering supplying tanks": an act weighed, not done.
        m = core::Modality::planned;
      }
    }
    // Negation right after an auxiliary: "did not deliver" is caught above; "no sanctions".
    return m;
  }

  static bool share_actor_in(const core::Event& a, const core::Event& b, Role role) {
    for (const auto& x : a.actors) {
      for (const auto& y : b.actors) {
        if (x.role == role && y.role == role && x.name == y.name) {
          return true;
        }
      }
    }
    return false;
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
    std::size_t last = t.last();
    for (const auto& [f, l] : m_trigger_spans) {
      // "killed and wounded": two triggers joined by "and"/"or" share one segment.
      if (f == last + 2 && (tok(last + 1).lower == "and" || tok(last + 1).lower == "or")) {
        last = l;
        continue;
      }
      if (f > last) {
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

  // The sentence's only date, after a preposition ("a total of 45,680 for November"), not a
  // modifier ("the 1974 agreement").
  bool lone_prepositional_date(const DateMatch& d) const {
    if (m_s.dates.size() != 1) {
      return false;
    }
    for (std::size_t k = 0; k < size(); ++k) {
      if (tok(k).start == d.start) {
        return k > 0 && m_lex.is("preposition", tok(k - 1).lower);
      }
    }
    return false;
  }

  core::TimeValue pick_date(const Trigger& t, std::size_t cb, std::size_t ce,
                            std::size_t trigger_count) const {
    // Byte range of the clause in the sentence.
    const auto cstart = tok(cb).start;
    const auto cend = ce < size() ? tok(ce).start : m_s.text.size();
    const DateMatch* best = nullptr;
    // A statement or an accusation is dated by when it was made: "said on Monday", "On
    // Monday, X said", never by the dates inside what was said ("saying the treaty was signed
    // in June", "alleged that staff took part in the Oct. 7 attack").
    const bool speech =
        t.rule->type == EventType::statement || t.rule->type == EventType::accusation;
    const auto tstart = tok(t.first()).start;
    const auto tend = tok(t.last()).end;
    // After the trigger, only a date in the trigger's own short verb phrase: "rejected the
    // account on Friday", not one past a complementizer or a comma.
    auto speech_date = [&](const DateMatch& d) {
      if (!speech || d.end <= tstart) {
        return true;
      }
      if (d.start < tend) {
        return false;
      }
      std::size_t words = 0;
      for (std::size_t k = t.last() + 1; k < size() && tok(k).start < d.start; ++k) {
        if (breaks_clause(k) || tok(k).lower == "that" || lemma_in(k, "reporting") || ++words > 3) {
          return false;
        }
      }
      return true;
    };
    // "impose sanctions on those responsible for the killings in March, when hundreds died":
    // a date that a "when" clause explains belongs to that clause's event.
    // Only far from the trigger: "the attack came on Tuesday, when ..." keeps its date.
    auto explained = [&](const DateMatch& d) {
      std::size_t between = 0;
      for (std::size_t k = t.last() + 1; k < size() && tok(k).start < d.start; ++k) {
        ++between;
      }
      if (d.start < tend || between <= 6) {
        return false;
      }
      for (std::size_t k = 0; k + 1 < size(); ++k) {
        if (tok(k).start >= d.end) {
          const std::size_t w = is_punct(tok(k), ",") ? k + 1 : k;
          return w < size() && tok(w).lower == "when";
        }
      }
      return false;
    };
    // "On 30 November, Putin signed the budget for 2025": money given "for" a date is the
    // period the money covers, not when it was given.
    // "for 2025 and 2026": the second year too.
    auto covered_period = [&](const DateMatch& d) {
      if (t.rule->type != EventType::funding) {
        return false;
      }
      std::size_t start = d.start;
      for (std::size_t k = size(); k-- > 1;) {
        if (tok(k).start != start) {
          continue;
        }
        const auto& prev = tok(k - 1).lower;
        if (prev == "for") {
          return true;
        }
        if ((prev == "and" || prev == "or" || prev == "to") && k >= 2) {
          const auto before = std::find_if(m_s.dates.begin(), m_s.dates.end(),
                                           [&](const DateMatch& x) { return x.end == tok(k - 2).end; });
          if (before != m_s.dates.end()) {
            start = before->start;  // keep walking back from that date
            continue;
          }
        }
        return false;
      }
      return false;
    };
    for (const auto& d : m_s.dates) {
      if (d.start >= cstart && d.end <= cend && speech_date(d) && !explained(d) &&
          !covered_period(d)) {
        best = &d;
        break;
      }
    }
    // Several triggers sharing dates: "took Aleppo by Nov. 30, captured Hama on Thursday and
    // entered Homs on Saturday". Each takes the date between it and the next trigger.
    // A date past the clause only when the clause has none and another trigger follows.
    if (const auto* own = date_in_segment(t);
        own && !explained(*own) && !covered_period(*own)) {
      const bool in_clause = own->start >= cstart && own->end <= cend;
      if ((in_clause && (!best || own->start > best->start)) ||
          (!best && !in_clause &&
           (t.last() < m_trigger_spans.back().first || lone_prepositional_date(*own)))) {
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
          if (!speech_date(d)) {
            continue;
          }
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
    if (auto v = after_clause_date(t)) {
      return *v;
    }
    core::TimeValue v;
    if (m_s.published) {
      v = core::make_day(*m_s.published);
    }
    v.basis = core::DateBasis::published;
    v.text.clear();
    return v;
  }

  // "The blast came a day after the ministry said its forces had repelled an offensive": a
  // trigger inside a clause led by "a day / two days / a week after" (or "before") happened
  // that long before (after) the fact the sentence opened with, dated by the last day named
  // before the sentence, else the publication day. Never "a day after the vote", a noun.
  std::optional<core::TimeValue> after_clause_date(const Trigger& t) const {
    for (std::size_t k = 0; k + 2 < t.first(); ++k) {
      int n = 0;
      if (tok(k).lower == "a" || tok(k).lower == "an" || tok(k).lower == "one") {
        n = 1;
      } else if (const auto x = parse_number(tok(k).lower); x && *x >= 1 && *x <= 31 &&
                 *x == static_cast<int>(*x)) {
        n = static_cast<int>(*x);
      } else {
        continue;
      }
      const auto& unit = tok(k + 1).lower;
      const int days = unit == "day" || unit == "days" ? 1 : unit == "week" || unit == "weeks" ? 7 : 0;
      const auto& rel = tok(k + 2).lower;
      if (days == 0 || (rel != "after" && rel != "before") || k + 3 >= size() || in_date(k)) {
        continue;
      }
      // A clause follows: a subject, then a verb (the trigger's own, or one before it), not
      // "after the vote".
      bool verb = t.rule->pos == TriggerPos::verb;
      for (std::size_t j = k + 3; j < t.first(); ++j) {
        verb = verb || lemma_in(j, "reporting") || m_lex.is("auxiliary", tok(j).lower) ||
               (tok(j).lower.ends_with("ed") && !tok(j).capitalised());
      }
      // "Two days after the attack, police arrested ...": a phrase opening the sentence ends
      // at its comma, and the main clause after it is not shifted.
      for (std::size_t j = k + 3; k == 0 && verb && j < t.first(); ++j) {
        verb = !is_clause_punct(tok(j));
      }
      const auto base = m_s.previous_day ? m_s.previous_day : m_s.published;
      if (!verb || !base) {
        return std::nullopt;
      }
      const auto shifted = date::sys_days{*base} + date::days{(rel == "after" ? -1 : 1) * n * days};
      core::TimeValue v = core::make_day(date::year_month_day{shifted});
      v.basis = core::DateBasis::text;
      v.text = std::string(m_s.text.substr(tok(k).start, tok(k + 2).end - tok(k).start));
      return v;
    }
    return std::nullopt;
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
  // The actor the sentence opens with ("Japan ...", "The EU ..."), before position `before`.
  const Mention* opening_mention(std::size_t before) const {
    for (const auto& m : m_s.mentions) {
      const bool opens = m.first == 0 || (m.first == 1 && m_lex.is("determiner", tok(0).lower));
      if (m.first >= before || !opens) {
        return nullptr;
      }
      if (usable(m) && !adjectival(m)) {
        return &m;
      }
    }
    return nullptr;
  }

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

  // "since their incursion began on 6 August", "after the war broke out in April 2023": a noun
  // whose own verb of onset follows, with a date of its own in the sentence.
  bool begins_right_after(const Trigger& t) const {
    std::size_t k = t.last() + 1;
    // Past the noun's own phrase: "the war between the army and the RSF, which erupted".
    for (std::size_t j = k; j < size() && j <= t.last() + 8; ++j) {
      if (is_punct(tok(j), ",") || lemma_in(j, "onset_verb")) {
        k = j;
        break;
      }
      if (tok(j).kind != TokenKind::word || m_lex.is("auxiliary", tok(j).lower)) {
        break;
      }
    }
    if (k < size() && is_punct(tok(k), ",")) {
      // ", which erupted in April 2023,"
      ++k;
      if (k < size() && m_lex.is("relative", tok(k).lower)) {
        ++k;
      }
    }
    while (k < size() && (m_lex.is("auxiliary", tok(k).lower) || m_lex.is("be", tok(k).lower))) {
      ++k;
    }
    if (k >= size() || !lemma_in(k, "onset_verb")) {
      return false;
    }
    return std::any_of(m_s.dates.begin(), m_s.dates.end(),
                       [&](const DateMatch& d) { return d.start >= tok(k).end; });
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
    // "Hamas, which has controlled Gaza since 2007, rejected ...": who holds a place, told in
    // a relative clause, describes an actor; it is not news of the day.
    if (t.rule->subtype == "territorial_control") {
      std::size_t k = t.first();
      while (k > 0 && (m_lex.is("auxiliary", tok(k - 1).lower) || m_lex.is("be", tok(k - 1).lower) ||
                       tok(k - 1).lower.ends_with("ly"))) {
        --k;
      }
      const bool relative = k > 0 && m_lex.is("relative", tok(k - 1).lower);
      if (!held_territory(t.last() + 1, relative)) {
        return false;
      }
    }
    if (t.rule->pos != TriggerPos::noun || begins_right_after(t)) {
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

  // "deliver a package of military aid to Ukraine, including IRIS-T air defence systems": the
  // items a comma-led "including" or "such as" lists right after the clause are its items.
  // A time expression may come first: "to Ukraine before the end of the year, including ...".
  void add_included_items(std::size_t clause_end, std::vector<std::string>& items) const {
    auto in_date = [&](std::size_t k) {
      return std::any_of(m_s.dates.begin(), m_s.dates.end(), [&](const DateMatch& d) {
        return tok(k).start >= d.start && tok(k).end <= d.end;
      });
    };
    if (clause_end < size() && !is_punct(tok(clause_end), ",") &&
        (in_date(clause_end) || m_lex.is("preposition", tok(clause_end).lower))) {
      ++clause_end;
      while (clause_end < size() && in_date(clause_end)) {
        ++clause_end;
      }
    }
    if (clause_end + 1 >= size() || !is_punct(tok(clause_end), ",")) {
      return;
    }
    std::size_t k = clause_end + 1;
    if (tok(k).lower == "including") {
      ++k;
    } else if (tok(k).lower == "such" && k + 1 < size() && tok(k + 1).lower == "as") {
      k += 2;
    } else {
      return;
    }
    for (; k < size() && !is_clause_punct(tok(k)) && tok(k).lower != "."; ++k) {
      if (const auto* u = m_lex.unit(tok(k).lower); u && u->cls == UnitClass::item) {
        if (std::find(items.begin(), items.end(), tok(k).lower) == items.end()) {
          items.push_back(tok(k).lower);
        }
      }
    }
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
    if (rule.type == EventType::arms_transfer) {
      add_included_items(ce, items);
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
    if ((rule.needs_place && !place_follows(t)) || (rule.needs_land && !land_follows(t))) {
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
        if (rule.type == EventType::arms_transfer && item_participle(t)) {
          continue;  // "weapons supplied to Ukraine": the sentence's subject is no party
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
        const auto* m = after_prep(t, s.where, std::min(size(), ce + (s.where == "by" ? 8 : 0)));
        add_actor(e, m, s.role);
        // "war between Iran and Iraq": both sides.
        if (m && s.where == "between") {
          add_actor(e, other_side(*m), s.role);
        }
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
    // Statements, accusations, sanctions and other (diplomatic) acts are coded to states and
    // organisations, as CAMEO and PLOVER code them: a person agent stands for their
    // affiliation on the article date and becomes the source when no one else is quoted.
    // Forces are counted for a state or group too: "Putin ordered a mobilisation".
    if (e.type == EventType::statement || e.type == EventType::accusation ||
        e.type == EventType::other || e.type == EventType::sanction ||
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
    // "Russia accused Washington ..., while China said ...": the speaker of another clause
    // is not the source of a statement or accusation made by someone else.
    if ((e.type == EventType::statement || e.type == EventType::accusation) && m_s.speaker &&
        e.source == m_s.speaker) {
      const auto& who = m_s.speaker_org ? *m_s.speaker_org : *m_s.speaker;
      const bool agents = has_role_in(e, Role::agent);
      const bool speaks = std::any_of(e.actors.begin(), e.actors.end(), [&](const auto& a) {
        return a.role == Role::agent && (a.name == who || a.name == *m_s.speaker);
      });
      if (agents && !speaks) {
        e.source.reset();
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
    // "The ministry said the transfer showed that Iran ..., and urged partners to act": a
    // statement verb coordinated after reported speech is the speaker's, not made by a name
    // inside what was said.
    if (e.type == EventType::statement && t.first() > 0 && tok(t.first() - 1).lower == "and" &&
        (m_s.speaker_org || m_s.speaker)) {
      bool after_report = false;
      for (std::size_t k = 0; k + 1 < t.first(); ++k) {
        after_report = after_report || lemma_in(k, "reporting");
      }
      if (after_report) {
        std::erase_if(e.actors, [](const core::EventActor& a) { return a.role == Role::agent; });
        e.source = m_s.speaker;
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
  // "will send a package worth $500 million to Ukraine, including tanks": the sending and the
  // package are one transfer. Arms transfers of one sentence between the same parties in the
  // same roles, told with the same modality, are one event: the first, with all the items.
  static void merge_same_transfers(std::vector<core::Event>& events) {
    auto parties = [](const core::Event& e) {
      std::vector<std::pair<std::string, Role>> p;
      for (const auto& a : e.actors) {
        p.emplace_back(a.name, a.role);
      }
      std::sort(p.begin(), p.end());
      return p;
    };
    std::vector<core::Event> out;
    for (auto& e : events) {
      auto it = out.end();
      if (e.type == EventType::arms_transfer && !e.actors.empty()) {
        it = std::find_if(out.begin(), out.end(), [&](const core::Event& o) {
          return o.type == EventType::arms_transfer && o.modality == e.modality &&
                 parties(o) == parties(e);
        });
      }
      if (it == out.end()) {
        out.push_back(std::move(e));
        continue;
      }
      for (auto& item : e.items) {
        if (std::find(it->items.begin(), it->items.end(), item) == it->items.end()) {
          it->items.push_back(item);
        }
      }
      if (it->quantities.empty()) {
        it->quantities = std::move(e.quantities);
      }
    }
    events = std::move(out);
  }

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
          // "$5 million", "71 individuals and 33 entities".
          ok = q.cls == UnitClass::money || q.cls == UnitClass::person ||
               q.quantity.unit == "entity";
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
  std::vector<std::string> m_lemma_store;
  std::vector<std::span<const std::string>> m_lemmas;  // views into m_lemma_store
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
  // A denial of a fact is another fact than its assertion: "X received weapons" and "X
  // denied receiving weapons" are two claims.
  const auto denial = [](const core::Event& e) {
    return e.modality == core::Modality::denied || e.modality == core::Modality::negated;
  };
  if (denial(a) != denial(b)) {
    return false;
  }
  // An allegation ("X accused Y of supplying ...") and a report of the fact are two claims.
  if ((a.modality == core::Modality::alleged) != (b.modality == core::Modality::alleged)) {
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

namespace {

bool is_subject_pronoun(std::string_view w) {
  return w == "it" || w == "he" || w == "she" || w == "they" || w == "we" || w == "i";
}

} // namespace

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
  // "Abu Mohammed al-Jolani, who now uses the name Ahmed al-Sharaa, told": the name before a
  // relative clause closed by the comma at `close` speaks, not a name inside the clause.
  auto relative_clause_owner = [&](std::size_t close) -> const Mention* {
    for (std::size_t j = close; j-- > 0 && close - j < 16;) {
      if (tokens[j].text == ",") {
        const auto& w = tokens[j + 1].lower;
        return j + 1 < close && (w == "who" || w == "which") ? mention_ending_at(j) : nullptr;
      }
    }
    return nullptr;
  };
  const Mention* found = nullptr;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (lexicon.lemma_is("reporting", tokens[i].lower)) {
      // "Kirby said", "Kirby also said", "the ministry said in a statement".
      std::size_t k = i;
      while (k > 0 && (lexicon.is("auxiliary", tokens[k - 1].lower) ||
                       (tokens[k - 1].lower.ends_with("ly") && !tokens[k - 1].capitalised()))) {
        --k;
      }
      // "a State Department spokesperson said", "Pentagon officials said", "Moldova's foreign
      // ministry said": the body or the state speaks.
      for (std::size_t w = 0; w < 3 && k > 0 && !mention_ending_at(k); ++w) {
        const auto& p = tokens[k - 1];
        if (p.capitalised() || p.kind != TokenKind::word ||
            !(lexicon.is("title", p.lower) || lexicon.is("body_word", p.lower) ||
              p.lower == "official" || p.lower == "officials")) {
          break;
        }
        --k;
        if (k > 0 && tokens[k - 1].lower == "'s" && mention_ending_at(k - 1)) {
          --k;
          break;
        }
      }
      // "Dmitry Polyanskiy, Russia's deputy ambassador, said": the name before an apposition.
      const Mention* m = mention_ending_at(k);
      // "the Monitoring Mission in Ukraine said": a place inside a longer name is no speaker.
      if (m && m->first > 0) {
        const auto& before = tokens[m->first - 1].lower;
        if (before == "in" || before == "of" || before == "at" || before == "for") {
          continue;
        }
      }
      if (!m && k > 0 && tokens[k - 1].text == "," && !tokens[i].lower.ends_with("ing")) {
        m = relative_clause_owner(k - 1);
      }
      if (!m && k > 0 && tokens[k - 1].text == "," && !tokens[i].lower.ends_with("ing")) {
        m = mention_ending_at(k - 1);
        for (std::size_t j = k - 1; !m && j > 0 && k - j < 8; --j) {
          if (tokens[j - 1].text == ",") {
            m = mention_ending_at(j - 1);
            break;
          }
        }
      }
      if (m) {
        if (!found || (m->kind == ActorKind::person && found->kind != ActorKind::person)) {
          found = m;
        }
        continue;
      }
      // "The Kremlin declined to comment, saying ...": the participle's subject opens the
      // sentence.
      if (i > 0 && tokens[i - 1].text == "," && tokens[i].lower.ends_with("ing")) {
        for (const auto& opener : mentions) {
          if (opener.first <= 2 && opener.kind != ActorKind::place && !found) {
            found = &opener;
          }
          break;
        }
        continue;
      }
      // "where it said Russia was building": a pronoun before the verb is its subject, and the
      // name after the verb starts the reported clause.
      if (k > 0 && is_subject_pronoun(tokens[k - 1].lower)) {
        continue;
      }
      // "said Kirby", "said the ministry".
      std::size_t j = i + 1;
      while (j < tokens.size() && lexicon.is("determiner", tokens[j].lower)) {
        ++j;
      }
      if (const auto* after = mention_starting_at(j)) {
        if (!found || (after->kind == ActorKind::person && found->kind != ActorKind::person)) {
          found = after;
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
