#include "extract/pipeline.hpp"

#include "extract/dates.hpp"
#include "extract/events.hpp"
#include "extract/quantities.hpp"
#include "extract/sentences.hpp"
#include "extract/tokens.hpp"

#include <algorithm>
#include <set>

namespace eventdb::extract {

namespace {

bool opens_with_quote(std::string_view s) {
  return s.starts_with("\"") || s.starts_with("\u201C") || s.starts_with("'") ||
         s.starts_with("\u2018");
}

// "Russia's deputy ambassador, Dmitry Polyanskiy, said", "Oleksandr Prokudin, the Ukrainian
// governor of Kherson region, said": the state or body whose office an otherwise unknown
// speaker holds, from a possessive or a nationality before a title in the apposition.
std::string office_org(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                       const Mention& who, const Lexicon& lexicon) {
  auto in_span = [&](std::size_t from, std::size_t to) -> std::string {
    for (const auto& m : mentions) {
      if (m.first < from || m.last >= to ||
          !(m.kind == core::ActorKind::state || m.kind == core::ActorKind::government_body ||
            m.kind == core::ActorKind::organisation || m.kind == core::ActorKind::armed_group)) {
        continue;
      }
      // "Russia's deputy ambassador", "the Swedish envoy", "the deputy U.S. ambassador".
      std::size_t k = m.last;
      if (k < to && tokens[k].lower == "'s") {
        ++k;
      }
      // Lowercase modifiers, then a title: "first deputy ambassador", "foreign minister".
      while (k < to && !lexicon.is("title", tokens[k].lower) && tokens[k].kind == TokenKind::word &&
             !tokens[k].capitalised() && k < m.last + 4) {
        ++k;
      }
      if (k < to && lexicon.is("title", tokens[k].lower)) {
        return m.name;
      }
    }
    return {};
  };
  // "Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian E. Nelson":
  // the body named after "of" in the title right before the name.
  for (std::size_t k = who.first, steps = 0; k > 0 && steps < 14; --k, ++steps) {
    if (tokens[k - 1].kind == TokenKind::punct) {
      break;
    }
    for (const auto& m : mentions) {
      if (m.last != k || m.first < 2 ||
          !(m.kind == core::ActorKind::state || m.kind == core::ActorKind::government_body ||
            m.kind == core::ActorKind::organisation)) {
        continue;
      }
      std::size_t of = m.first - 1;
      if (tokens[of].lower == "the" && of > 0) {
        --of;
      }
      if (of > 0 && tokens[of].lower == "of" && lexicon.is("title", tokens[of - 1].lower)) {
        return m.name;
      }
    }
  }
  if (who.first >= 2 && tokens[who.first - 1].text == ",") {
    std::size_t from = who.first - 1;
    while (from > 0 && who.first - from < 10 && tokens[from - 1].kind != TokenKind::punct) {
      --from;
    }
    if (auto org = in_span(from, who.first - 1); !org.empty()) {
      return org;
    }
  }
  if (who.last < tokens.size() && tokens[who.last].text == ",") {
    for (std::size_t k = who.last + 1; k < tokens.size() && k <= who.last + 10; ++k) {
      if (tokens[k].text == ",") {
        return in_span(who.last + 1, k);
      }
    }
  }
  return {};
}

// "HTS leader Abu Mohammed al-Jolani", "the Kremlin spokesman Dmitry Peskov": the body the
// text names right before the title in front of the name, with no punctuation between.
std::string title_org(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                      const Mention& who, const Lexicon& lexicon) {
  if (who.first == 0 || !lexicon.is("title", tokens[who.first - 1].lower)) {
    return {};
  }
  std::size_t from = who.first;
  while (from > 0 && who.first - from < 6 && tokens[from - 1].kind != TokenKind::punct) {
    --from;
  }
  for (const auto& m : mentions) {
    if (m.first < from || m.last >= who.first ||
        !(m.kind == core::ActorKind::state || m.kind == core::ActorKind::government_body ||
          m.kind == core::ActorKind::organisation || m.kind == core::ActorKind::armed_group)) {
      continue;
    }
    std::size_t k = m.last;
    if (k < who.first && tokens[k].lower == "'s") {
      ++k;
    }
    while (k < who.first && lexicon.is("title", tokens[k].lower)) {
      ++k;
    }
    if (k == who.first) {
      return m.name;  // only titles between the body and the name
    }
  }
  return {};
}

// A sanctions notice names the parties once: "The Council adopted measures against Russia.
// ... 71 individuals are made subject to an asset freeze." A sanction with no agent is imposed
// by the agent of the article's previous sanction, and one naming nobody also takes that
// sanction's target: the last agent named, the first target named.
void inherit_sanction_parties(core::Event& e, std::optional<core::EventActor>& agent,
                              std::optional<core::EventActor>& target) {
  if (e.type != core::EventType::sanction) {
    return;
  }
  auto with_role = [&e](core::Role r) {
    return std::find_if(e.actors.begin(), e.actors.end(),
                        [r](const core::EventActor& a) { return a.role == r; });
  };
  const bool nobody = e.actors.empty();
  if (const auto a = with_role(core::Role::agent); a != e.actors.end()) {
    agent = *a;
  } else if (agent) {
    e.actors.insert(e.actors.begin(), *agent);
  }
  if (const auto t = with_role(core::Role::target); t != e.actors.end()) {
    if (!target) {
      target = *t;  // the first target named is the notice's subject
    }
  } else if (nobody && target) {
    e.actors.push_back(*target);
  }
}

// "The United States will give Ukraine rocket systems ... The package includes four HIMARS":
// counted weapons with nobody named continue the article's previous transfer that named both
// sides.
void inherit_transfer_parties(core::Event& e, std::vector<core::EventActor>& parties) {
  if (e.type != core::EventType::arms_transfer) {
    return;
  }
  const auto has = [&e](core::Role r) {
    return std::any_of(e.actors.begin(), e.actors.end(),
                       [r](const core::EventActor& a) { return a.role == r; });
  };
  if (has(core::Role::agent) && has(core::Role::recipient)) {
    parties.clear();
    for (const auto& a : e.actors) {
      if (a.role == core::Role::agent || a.role == core::Role::recipient) {
        parties.push_back(a);
      }
    }
  } else if (e.actors.empty() && !e.quantities.empty()) {
    e.actors = parties;
  }
}

// Victims counted with no one named are the article's current setting: "The ministry said
// 30,035 people had been killed since Oct. 7."
void add_setting(core::Event& e, const std::string& setting) {
  if (e.type != core::EventType::casualties || setting.empty() ||
      std::any_of(e.actors.begin(), e.actors.end(),
                  [](const core::EventActor& a) { return a.role == core::Role::affected; })) {
    return;
  }
  e.actors.push_back(
      core::EventActor{setting, setting, core::ActorKind::state, core::Role::affected});
}

// An operation told without its agent continues the one just told: "The offensive began on
// Nov. 27", "Rebel fighters took most of Aleppo". Two sentences at most after the last
// operation with a named agent, which the new one then continues.
void add_operation_agent(core::Event& e, std::pair<std::string, std::size_t>& last,
                         std::size_t sentence_no, const Gazetteer& gazetteer) {
  if (e.type != core::EventType::military_operation) {
    return;
  }
  for (const auto& a : e.actors) {
    if (a.role == core::Role::agent) {
      if (a.kind != core::ActorKind::person) {
        last = {a.name, sentence_no};
      }
      return;
    }
  }
  // Never against its own side: forces do not strike their own country.
  const auto* rec = gazetteer.find(last.first);
  const std::string side = rec && !rec->parent.empty() ? rec->parent : last.first;
  // Its state too, through every parent: the Ukrainian Air Force never strikes Ukraine.
  const std::string country =
      rec ? gazetteer.country_of(static_cast<std::size_t>(rec - gazetteer.actors().data()))
          : std::string();
  // "the strikes", with no one else named, only right after the operation it continues.
  const std::size_t reach = e.actors.empty() ? 1 : 2;
  if (last.first.empty() || sentence_no > last.second + reach ||
      std::any_of(e.actors.begin(), e.actors.end(), [&](const core::EventActor& a) {
        return a.name == last.first || a.name == side || (!country.empty() && a.name == country);
      })) {
    return;
  }
  e.actors.insert(e.actors.begin(), core::EventActor{last.first, last.first,
                                                     core::ActorKind::unknown, core::Role::agent});
  last.second = sentence_no;
}

// Aid or an appeal with an amount and no one named goes to the country the article is set in:
// "The 2024 plan seeks US$2.7 billion to reach 14.7 million people."
void add_aid_recipient(core::Event& e, const std::string& setting) {
  if (e.type != core::EventType::funding || !e.actors.empty() || e.quantities.empty() ||
      setting.empty() || (e.subtype != "aid_package" && e.subtype != "appeal")) {
    return;
  }
  e.actors.push_back(
      core::EventActor{setting, setting, core::ActorKind::state, core::Role::recipient});
}

// "The package is valued at about $385 million.": money or arms that, after everything the
// article told before, still have no giver and no receiver are no fact an analyst can file.
bool unattributed_transfer(const core::Event& e) {
  return e.actors.empty() &&
         (e.type == core::EventType::funding || e.type == core::EventType::arms_transfer);
}

// "About 20 suspects were arrested.": arrests naming no one who made them were made by the
// authorities of the country the article is set in.
void add_arresting_state(core::Event& e, const std::string& setting) {
  if (e.type != core::EventType::other || e.subtype != "arrests" || setting.empty() ||
      std::any_of(e.actors.begin(), e.actors.end(),
                  [](const core::EventActor& x) { return x.role == core::Role::agent; })) {
    return;
  }
  e.actors.push_back(core::EventActor{setting, setting, core::ActorKind::state, core::Role::agent});
}

// "That represents an increase of 180,000 troops.": a sentence opening with "That" or "This"
// goes on about the fact just told; without a date of its own it keeps that fact's date.
void continue_previous(const SentenceAnalysis& a, core::Event& e,
                       const std::vector<core::Event>& before) {
  if (a.tokens.size() < 2 || (a.tokens[0].lower != "that" && a.tokens[0].lower != "this") ||
      a.tokens[1].capitalised() || e.date.basis != core::DateBasis::published ||
      (e.type != core::EventType::force_size && e.type != core::EventType::casualties &&
       e.type != core::EventType::funding && e.type != core::EventType::military_operation)) {
    return;
  }
  for (auto it = before.rbegin(); it != before.rend(); ++it) {
    if (it->evidence.start >= a.offset) {
      continue;
    }
    if (it->type == e.type && it->date.basis == core::DateBasis::text) {
      e.date = it->date;
    }
    return;  // only the event just before
  }
}

// "Parliament passed the 2025 budget on Friday. It allocates 13 trillion roubles to defence.":
// a sum told by a sentence opening with "It", naming no one, belongs to the funding just told,
// with its parties and, without a date of its own, its date.
void continue_it(const SentenceAnalysis& a, core::Event& e, const std::vector<core::Event>& before,
                 std::size_t sentence_no, const std::vector<std::size_t>& sentence_of) {
  if (a.tokens.empty() || a.tokens[0].lower != "it" || e.type != core::EventType::funding ||
      !e.actors.empty() || before.empty() || sentence_of.back() + 1 != sentence_no) {
    return;
  }
  for (std::size_t i = before.size(); i-- > 0 && sentence_of[i] + 1 == sentence_no;) {
    if (before[i].type == core::EventType::funding && !before[i].actors.empty()) {
      e.actors = before[i].actors;
      if (e.date.basis == core::DateBasis::published) {
        e.date = before[i].date;
      }
      return;
    }
  }
}

// "On Sunday, militants attacked a village. The attack killed 12 people.": victims counted in a
// sentence naming "the attack" / "that violence" with no date of their own fell in the
// operation or toll just told (at most two sentences back) and keep its date; when that
// operation has no date of its own, neither do they.
void continue_operation(const SentenceAnalysis& a, core::Event& e,
                        const std::vector<core::Event>& before, std::size_t sentence_no,
                        const std::vector<std::size_t>& sentence_of, const Lexicon& lexicon) {
  if (e.date.basis != core::DateBasis::published || e.type != core::EventType::casualties) {
    return;
  }
  bool refers = false;
  for (std::size_t k = 0; k + 1 < a.tokens.size(); ++k) {
    const auto& d = a.tokens[k].lower;
    refers = refers || ((d == "the" || d == "that" || d == "this" || d == "those" || d == "these") &&
                        lexicon.is("anaphoric_operation", a.tokens[k + 1].lower));
  }
  if (!refers) {
    return;
  }
  for (std::size_t i = before.size(); i-- > 0;) {
    if (sentence_of[i] + 2 < sentence_no) {
      return;
    }
    if (sentence_of[i] == sentence_no || (before[i].type != core::EventType::military_operation &&
                                          before[i].type != core::EventType::casualties)) {
      continue;
    }
    if (before[i].date.basis == core::DateBasis::text && before[i].date.known()) {
      e.date = before[i].date;
    }
    return;
  }
}

// "The Houthis began targeting ships in November. On Nov. 19, their fighters seized a car
// carrier": an operation carried out by "their fighters" / "its troops" with no owner named in
// the sentence belongs to the first state, group or body the previous sentence named (its
// subject, as a rule).
void add_owner_agent(const SentenceAnalysis& a, core::Event& e, const std::string& previous_subject,
                     const Lexicon& lexicon) {
  // Only an operation naming no one: apply_rules keeps it when the forces are its subject.
  if (e.type != core::EventType::military_operation || previous_subject.empty() ||
      !e.actors.empty()) {
    return;
  }
  for (std::size_t k = 0; k + 1 < a.tokens.size(); ++k) {
    if (a.tokens[k].lower != "its" && a.tokens[k].lower != "their") {
      continue;
    }
    const auto* u = lexicon.unit(a.tokens[k + 1].lower);
    const bool forces = (u && u->cls == UnitClass::person) || a.tokens[k + 1].lower == "forces" ||
                        a.tokens[k + 1].lower == "units";
    const bool owner_named = std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& m) {
      return m.first < k && (m.kind == core::ActorKind::state || m.kind == core::ActorKind::armed_group ||
                             m.kind == core::ActorKind::government_body ||
                             m.kind == core::ActorKind::organisation);
    });
    if (forces && !owner_named) {
      e.actors.insert(e.actors.begin(), core::EventActor{previous_subject, previous_subject,
                                                         core::ActorKind::unknown, core::Role::agent});
    }
    return;
  }
}

// "The security source said about 255 people had been wounded.": victims told in the past
// perfect with no date of their own fell in the attack the article just reported (the last
// casualties with a written date, at most three sentences back).
void continue_pluperfect(const SentenceAnalysis& a, core::Event& e,
                         const std::vector<core::Event>& before, std::size_t sentence_no,
                         const std::vector<std::size_t>& sentence_of) {
  if (e.type != core::EventType::casualties || e.date.basis != core::DateBasis::published) {
    return;
  }
  bool pluperfect = false;
  // Also the active past perfect: "the group said its fighters had killed or wounded hundreds".
  for (std::size_t k = 0; k + 1 < a.tokens.size(); ++k) {
    pluperfect = pluperfect || (a.tokens[k].lower == "had" && (a.tokens[k + 1].lower == "been" ||
                                                               a.tokens[k + 1].lower.ends_with("ed")));
  }
  if (!pluperfect) {
    return;
  }
  for (std::size_t i = before.size(); i-- > 0;) {
    if (sentence_of[i] + 3 < sentence_no) {
      return;
    }
    if (before[i].type == core::EventType::casualties &&
        before[i].date.basis == core::DateBasis::text) {
      e.date = before[i].date;
      return;
    }
  }
}

// "Russia launched 52 drones overnight. The air force said it shot down 33 of them.": a count
// of "them" / "these" / "those" with no date of its own is part of what the previous sentence
// told, and happened when that did (the last event of the previous sentence with a written date).
void continue_partitive(const SentenceAnalysis& a, core::Event& e,
                        const std::vector<core::Event>& before, std::size_t sentence_no,
                        const std::vector<std::size_t>& sentence_of) {
  if (e.date.basis != core::DateBasis::published || sentence_no == 0 ||
      (e.type != core::EventType::casualties && e.type != core::EventType::military_operation &&
       e.type != core::EventType::force_size)) {
    return;
  }
  bool partitive = false;
  for (std::size_t k = 1; k + 1 < a.tokens.size(); ++k) {
    const auto& of = a.tokens[k].lower;
    const auto& them = a.tokens[k + 1].lower;
    partitive = partitive || (of == "of" && (them == "them" || them == "these" || them == "those") &&
                              (a.tokens[k - 1].kind == TokenKind::number ||
                               a.tokens[k - 1].lower == "most" || a.tokens[k - 1].lower == "all"));
  }
  if (!partitive) {
    return;
  }
  for (std::size_t i = before.size(); i-- > 0;) {
    if (sentence_of[i] + 1 < sentence_no) {
      return;
    }
    if (before[i].date.basis == core::DateBasis::text && before[i].date.known()) {
      e.date = before[i].date;
      return;
    }
  }
}

// The setting follows the last place named (its country); until a place is named, the last
// victims counted. True when the sentence named a place.
bool update_setting(const SentenceAnalysis& a, std::string& setting) {
  bool seen = false;
  for (const auto& m : a.mentions) {
    if (m.kind == core::ActorKind::place && !m.country.empty()) {
      setting = m.country;
      seen = true;
    }
  }
  return seen;
}

} // namespace

Pipeline::Pipeline(const Gazetteer& gazetteer, const Lexicon& lexicon)
    : m_gazetteer(gazetteer), m_lexicon(lexicon) {}

Extraction Pipeline::extract(const core::Article& article) const {
  Extraction out;
  ActorResolver resolver(m_gazetteer, m_lexicon, article.published);
  std::vector<core::Event> events;
  std::optional<std::string> last_speaker;
  std::size_t sentences_since_speaker = 0;
  std::set<std::string> new_names;
  std::string topic;
  std::optional<core::EventActor> sanctioner, sanctioned;  // parties of the last sanction
  std::vector<core::EventActor> transfer_parties;  // both sides of the last arms transfer
  std::string force_topic;  // the forces last counted
  std::string setting;      // where the article's victims are
  bool place_seen = false;  // once a place is named, places set the scene, not victims
  std::pair<std::string, std::size_t> last_operation;  // last operation agent, its sentence
  std::size_t sentence_no = 0;
  std::vector<std::size_t> sentence_of;  // sentence of each event in `events`
  std::optional<date::year_month_day> last_day;  // the last day named so far
  std::string previous_subject;  // the first state, group or body the previous sentence named
  std::string_view body = article.body;
  for (const auto& s : split_sentences(body)) {
    SentenceAnalysis a;
    a.text = body.substr(s.start, s.end - s.start);
    a.offset = s.start;
    a.published = article.published;
    a.affiliation = [&resolver](const std::string& person) { return resolver.affiliation(person); };
    a.tokens = tokenize(a.text);
    a.previous_day = last_day;
    a.dates = find_dates(a.text, article.published, last_day);
    for (const auto& d : a.dates) {
      if (d.value.grain == core::Grain::day && d.value.known()) {
        last_day = d.value.first;  // "A day later" in a later sentence counts from it
      }
    }
    // Tokens inside time expressions are never quantities ("2016" in "the 2016 election").
    std::vector<bool> in_date(a.tokens.size(), false);
    for (std::size_t k = 0; k < a.tokens.size(); ++k) {
      for (const auto& d : a.dates) {
        if (a.tokens[k].start >= d.start && a.tokens[k].end <= d.end) {
          in_date[k] = true;
        }
      }
    }
    a.mentions = resolver.resolve(a.tokens);
    // A dateline ("CAIRO, Feb. 29 —") names where the story was filed, not an actor.
    std::erase_if(a.mentions, [&](const Mention& m) {
      // Also "BRUSSELS —" with a dash.
      return m.first == 0 && m.last < a.tokens.size() &&
             (a.tokens[m.last].text == "," || a.tokens[m.last].text == "\u2014" ||
              a.tokens[m.last].text == "\u2013" || a.tokens[m.last].text == "-") &&
             std::all_of(a.tokens.begin(), a.tokens.begin() + static_cast<std::ptrdiff_t>(m.last),
                         [](const Token& t) { return t.all_caps(); });
    });
    // Mentions that are really the words of a time expression ("May") are dropped.
    std::erase_if(a.mentions, [&](const Mention& m) { return in_date[m.first]; });
    a.quantities = find_quantities(a.tokens, in_date, m_lexicon);
    const auto who = find_speaker(a.tokens, a.mentions, m_lexicon);
    if (who) {
      // "he said" after a quotation continues the last speaker, even when the quotation
      // named someone else ("... Mr. Prigozhin is willing ...," he said).
      const bool pronoun = who->coreference && who->last == who->first + 1 &&
                           m_lexicon.is("person_pronoun", a.tokens[who->first].lower);
      a.speaker = pronoun && last_speaker ? *last_speaker : who->name;
      a.speaker_named_person = !pronoun && who->kind == core::ActorKind::person;
    }
    if (a.speaker) {
      last_speaker = a.speaker;
      sentences_since_speaker = 0;
    } else if (last_speaker && opens_with_quote(a.text) && sentences_since_speaker <= 2) {
      // A quotation that continues the previous speaker's words.
      a.speaker = last_speaker;
    } else {
      ++sentences_since_speaker;
    }
    if (a.speaker) {
      // A person or a government body speaks for their state or organisation; an armed group,
      // an organisation or a company speaks for itself ("a Houthi official" is not Yemen).
      const bool speaks_for_itself =
          who && who->name == *a.speaker &&
          (who->kind == core::ActorKind::armed_group ||
           who->kind == core::ActorKind::organisation ||
           who->kind == core::ActorKind::company || who->kind == core::ActorKind::state);
      if (speaks_for_itself) {
        // the speaker is the agent
      } else if (auto org = resolver.affiliation(*a.speaker); !org.empty()) {
        a.speaker_org = org;
        // A person with several roles that day speaks for the one the text gives them.
        if (who && who->name == *a.speaker && who->kind == core::ActorKind::person) {
          if (auto named = title_org(a.tokens, a.mentions, *who, m_lexicon);
              !named.empty() && named != org && resolver.held_role_in(*a.speaker, named)) {
            a.speaker_org = named;
          }
        }
      } else if (who && who->name == *a.speaker &&
                 (who->kind == core::ActorKind::person || who->kind == core::ActorKind::unknown)) {
        if (auto office = office_org(a.tokens, a.mentions, *who, m_lexicon); !office.empty()) {
          // An office of a ministry speaks for the ministry's state.
          a.speaker_org = office;
          if (const auto* rec = m_gazetteer.find(office);
              rec && rec->kind == core::ActorKind::government_body && !rec->parent.empty()) {
            const auto* state = m_gazetteer.find(rec->parent);
            a.speaker_org = state ? state->name : rec->parent;
          }
        }
      }
    }
    for (const auto& m : a.mentions) {
      if (!m.coreference && !m_gazetteer.find(m.name) && new_names.insert(m.name).second) {
        core::ActorRecord rec;
        rec.name = m.name;
        rec.kind = m.kind;
        out.new_actors.push_back(std::move(rec));
      }
    }
    for (auto& e : apply_rules(a, m_lexicon)) {
      // A force size with no one named counts the forces the article is about: "That
      // represents an increase of 180,000 troops." The forces last counted come first.
      const auto& forces = force_topic.empty() ? topic : force_topic;
      if (e.type == core::EventType::force_size && e.actors.empty() && !forces.empty()) {
        e.actors.push_back(core::EventActor{forces, forces, core::ActorKind::unknown,
                                            core::Role::affected});
      }
      inherit_sanction_parties(e, sanctioner, sanctioned);
      inherit_transfer_parties(e, transfer_parties);
      if (e.type == core::EventType::force_size && !e.actors.empty() &&
          e.actors.front().kind != core::ActorKind::person) {
        force_topic = e.actors.front().name;
      }
      add_setting(e, setting);
      add_owner_agent(a, e, previous_subject, m_lexicon);
      add_operation_agent(e, last_operation, sentence_no, m_gazetteer);
      add_aid_recipient(e, setting);
      add_arresting_state(e, setting);
      continue_previous(a, e, events);
      continue_pluperfect(a, e, events, sentence_no, sentence_of);
      continue_partitive(a, e, events, sentence_no, sentence_of);
      continue_it(a, e, events, sentence_no, sentence_of);
      continue_operation(a, e, events, sentence_no, sentence_of, m_lexicon);
      if (e.actors.empty() && e.quantities.empty()) {
        continue;  // "the strikes" with no operation just told
      }
      if (unattributed_transfer(e)) {
        continue;
      }
      if (e.type == core::EventType::casualties && !place_seen) {
        for (const auto& x : e.actors) {
          if (x.role == core::Role::affected && x.kind == core::ActorKind::state) {
            setting = x.name;
          }
        }
      }
      events.push_back(std::move(e));
      sentence_of.push_back(sentence_no);
    }
    place_seen = update_setting(a, setting) || place_seen;
    ++sentence_no;
    previous_subject.clear();
    for (const auto& m : a.mentions) {
      if (m.kind == core::ActorKind::state || m.kind == core::ActorKind::armed_group ||
          m.kind == core::ActorKind::government_body) {
        previous_subject = m.name;
        break;
      }
    }
    // The topic: the last state, armed group or government body named so far.
    for (const auto& m : a.mentions) {
      if (m.kind == core::ActorKind::state || m.kind == core::ActorKind::armed_group ||
          m.kind == core::ActorKind::government_body) {
        topic = m.name;
      }
    }
  }
  out.events = merge_events(std::move(events), m_lexicon);
  return out;
}

} // namespace eventdb::extract
