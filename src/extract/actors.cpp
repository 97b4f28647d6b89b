#include "extract/actors.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace eventdb::extract {

namespace {

// Adds `key` and each of its leading runs of whole words ("united", "united arab", ...).
void add_prefixes(std::string_view key, StringSet& prefixes) {
  for (auto sp = key.find(' '); sp != std::string_view::npos; sp = key.find(' ', sp + 1)) {
    prefixes.emplace(key.substr(0, sp));
  }
  prefixes.emplace(key);
}

// The key of the longest run of at most `max_n` tokens from i (i's own token first) that is a
// leading part of some key in `prefixes`, and its length `n` in tokens: no longer key can
// match, so lookups start there rather than at max_n.
std::string longest_prefix_key(const std::vector<Token>& tokens, std::size_t i, std::size_t max_n,
                               const StringSet& prefixes, std::size_t& n) {
  std::string key = tokens[i].lower;
  for (n = 1; n < max_n; ++n) {
    const auto len = key.size();
    key += ' ';
    key += tokens[i + n].lower;
    if (!prefixes.contains(key)) {
      key.resize(len);
      break;
    }
  }
  return key;
}

std::string key_of(const std::vector<Token>& tokens, std::size_t i, std::size_t n) {
  std::string key;
  for (std::size_t k = i; k < i + n; ++k) {
    if (k > i) {
      key += ' ';
    }
    key += tokens[k].lower;
  }
  return key;
}

bool all_caps_text(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') {
      return false;
    }
    letter = letter || (c >= 'A' && c <= 'Z');
  }
  return letter;
}

bool starts_upper(const Token& t) {
  const auto c = static_cast<unsigned char>(t.text.empty() ? ' ' : t.text.front());
  return (c >= 'A' && c <= 'Z') || c >= 0xC0;  // non-ASCII letters: accept (names like Élysée)
}

std::string join_text(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  std::string s;
  for (std::size_t k = first; k < last; ++k) {
    if (k > first && tokens[k].start > tokens[k - 1].end) {
      s += ' ';
    }
    s += tokens[k].text;
  }
  return s;
}

// "Russian" -> "Russians", "Iraqi" -> "Iraqis"; std::nullopt when the plural is not a plain
// "s" ("Chinese", "Swiss", "British", "French").
std::optional<std::string> demonym_plural(std::string_view d) {
  if (d.empty()) {
    return std::nullopt;
  }
  const char last = d.back();
  if (last == 'n' || last == 'i' || (last == 'e' && !d.ends_with("ese"))) {
    return std::string(d) + "s";
  }
  return std::nullopt;
}

bool is_org_kind(core::ActorKind k) {
  return k == core::ActorKind::state || k == core::ActorKind::government_body ||
         k == core::ActorKind::organisation || k == core::ActorKind::armed_group ||
         k == core::ActorKind::company;
}

bool covers(const core::ActorRole& r, date::year_month_day day) {
  return (!r.from || *r.from <= day) && (!r.to || day <= *r.to);
}

// "It"/"They" opening a sentence (after an opening quote at most) with a verb after it, not
// an expletive ("It is unclear"). Pronouns inside a sentence are left alone: "Denmark said it
// would" is the event rules' business, and "the mission said it" has no actor antecedent.
bool sentence_subject(const std::vector<Token>& tokens, std::size_t i) {
  if (i + 1 >= tokens.size() || tokens[i + 1].kind != TokenKind::word) {
    return false;
  }
  if (i > 1 || (i == 1 && tokens[0].kind != TokenKind::punct)) {
    return false;
  }
  static const std::set<std::string, std::less<>> expletive = {
      "is", "was", "'s", "seems", "seemed", "appears", "appeared", "remains", "remained",
      "isn't", "wasn't", "became", "becomes", "takes", "took", "means", "meant"};
  return !(tokens[i].lower == "it" && expletive.contains(tokens[i + 1].lower));
}

} // namespace

Gazetteer::Gazetteer(std::vector<core::ActorRecord> actors) : m_actors(std::move(actors)) {
  for (std::size_t a = 0; a < m_actors.size(); ++a) {
    const auto& actor = m_actors[a];
    m_by_name.emplace(core::to_lower_ascii(actor.name), a);
    auto add = [&](const std::string& text, core::AliasFacet facet, bool ambiguous) {
      const auto toks = tokenize(text);
      if (toks.empty()) {
        return;
      }
      std::size_t skip = toks.front().lower == "the" && toks.size() > 1 ? 1 : 0;
      std::vector<Token> rest(toks.begin() + static_cast<std::ptrdiff_t>(skip), toks.end());
      Candidate c;
      c.actor = a;
      c.facet = facet;
      c.ambiguous = ambiguous;
      c.case_sensitive = all_caps_text(text) && text.find(' ') == std::string::npos;
      c.length = rest.size();
      c.alias = text;
      m_first_words.insert(rest.front().lower);
      auto& list = m_index[key_of(rest, 0, rest.size())];
      for (auto& existing : list) {
        if (existing.actor == a) {
          // "?Georgia" on Georgia itself: the name is ambiguous.
          existing.ambiguous = existing.ambiguous || ambiguous;
          return;
        }
      }
      list.push_back(c);
      m_max_tokens = std::max(m_max_tokens, rest.size());
    };
    add(actor.name, core::AliasFacet::name, false);
    for (const auto& al : actor.aliases) {
      add(al.text, al.facet, al.ambiguous);
    }
    // Plural demonyms: "Russians" for "Russian" (a no-op when the data lists the plural).
    for (const auto& al : actor.aliases) {
      if (al.facet == core::AliasFacet::demonym) {
        if (auto plural = demonym_plural(al.text)) {
          add(*plural, al.facet, al.ambiguous);
        }
      }
    }
    // Role titles, under both spellings of defence/defense.
    for (std::size_t r = 0; r < actor.roles.size(); ++r) {
      const auto toks = tokenize(actor.roles[r].title);
      if (toks.empty()) {
        continue;
      }
      auto key = key_of(toks, 0, toks.size());
      m_titles[key].push_back({a, r});
      for (auto [from, to] : {std::pair{"defense", "defence"}, std::pair{"defence", "defense"}}) {
        if (auto pos = key.find(from); pos != std::string::npos) {
          auto other = key;
          other.replace(pos, 7, to);
          m_titles[other].push_back({a, r});
        }
      }
      m_max_title_tokens = std::max(m_max_title_tokens, toks.size());
    }
  }
  for (const auto& [key, holders] : m_titles) {
    m_title_first_words.emplace(key.substr(0, key.find(' ')));
    add_prefixes(key, m_title_prefixes);
  }
  for (const auto& [key, candidates] : m_index) {
    add_prefixes(key, m_key_prefixes);
  }
  // Countries through parents; the depth bound guards against cycles in user data.
  m_country.resize(m_actors.size());
  for (std::size_t a = 0; a < m_actors.size(); ++a) {
    const core::ActorRecord* cur = &m_actors[a];
    for (int depth = 0; cur && depth < 6; ++depth) {
      if (cur->kind == core::ActorKind::state) {
        m_country[a] = cur->name;
        break;
      }
      cur = cur->parent.empty() ? nullptr : find(cur->parent);
    }
  }
}

std::pair<std::size_t, const std::vector<Gazetteer::TitleHolder>*> Gazetteer::title_at(
    const std::vector<Token>& tokens, std::size_t i) const {
  // As in lookup(): most tokens start no title, and shorter keys are prefixes of longer ones.
  if (i >= tokens.size() || !m_title_first_words.contains(tokens[i].lower)) {
    return {0, nullptr};
  }
  std::size_t max_n = 0;
  const std::string key = longest_prefix_key(
      tokens, i, std::min(m_max_title_tokens, tokens.size() - i), m_title_prefixes, max_n);
  std::size_t len = key.size();
  for (std::size_t n = max_n; n >= 1; len -= n > 1 ? tokens[i + n - 1].lower.size() + 1 : 0, --n) {
    if (auto it = m_titles.find(std::string_view(key).substr(0, len)); it != m_titles.end()) {
      return {n, &it->second};
    }
  }
  return {0, nullptr};
}

std::vector<Gazetteer::Candidate> Gazetteer::lookup(const std::vector<Token>& tokens,
                                                    std::size_t i) const {
  std::vector<Candidate> out;
  // Most tokens start no alias: answer them without building a key (tokens hold no spaces,
  // so a key of n tokens can only match n tokens starting with its first word).
  if (i >= tokens.size() || !m_first_words.contains(tokens[i].lower)) {
    return out;
  }
  // The key of n tokens is a prefix of the key of n + 1 tokens: build the longest one that
  // can match once and look its prefixes up as views.
  std::size_t max_n = 0;
  const std::string key = longest_prefix_key(
      tokens, i, std::min(m_max_tokens, tokens.size() - i), m_key_prefixes, max_n);
  std::size_t len = key.size();
  for (std::size_t n = max_n; n >= 1; len -= n > 1 ? tokens[i + n - 1].lower.size() + 1 : 0, --n) {
    auto it = m_index.find(std::string_view(key).substr(0, len));
    if (it == m_index.end()) {
      continue;
    }
    for (const auto& c : it->second) {
      if (c.case_sensitive) {
        if (tokens[i].text != c.alias) {
          continue;
        }
      } else if (!starts_upper(tokens[i])) {
        continue;
      }
      out.push_back(c);
    }
    if (!out.empty()) {
      break;  // longest match only
    }
  }
  return out;
}

const core::ActorRecord* Gazetteer::find(std::string_view canonical_name) const {
  // Lowercased on the stack when short: this runs for every name mentioned in every sentence.
  std::array<char, 64> buf{};
  std::string heap;
  std::string_view lower;
  if (canonical_name.size() <= buf.size()) {
    std::transform(canonical_name.begin(), canonical_name.end(), buf.begin(), [](char c) {
      return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    });
    lower = std::string_view(buf.data(), canonical_name.size());
  } else {
    heap = core::to_lower_ascii(canonical_name);
    lower = heap;
  }
  auto it = m_by_name.find(lower);
  return it == m_by_name.end() ? nullptr : &m_actors[it->second];
}

ActorResolver::ActorResolver(const Gazetteer& gazetteer, const Lexicon& lexicon,
                             std::optional<date::year_month_day> article_date)
    : m_gazetteer(gazetteer),
      m_lexicon(lexicon),
      m_stop(lexicon.class_id("stop")),
      m_title(lexicon.class_id("title")),
      m_reporting(lexicon.class_id("reporting")),
      m_person_pronoun(lexicon.class_id("person_pronoun")),
      m_thing_pronoun(lexicon.class_id("thing_pronoun")),
      m_determiner(lexicon.class_id("determiner")),
      m_honorific(lexicon.class_id("honorific")),
      m_office_word(lexicon.class_id("office_word")),
      m_date(article_date) {}

void ActorResolver::remember(const Mention& m) {
  m_history.push_back(m);
  if (m.kind == core::ActorKind::person) {
    m_last_person = m.name;
    // Register the surname and, for two-word names, nothing else: "Kirby" -> John Kirby.
    const auto toks = tokenize(m.name);
    if (toks.size() >= 2) {
      m_surnames[toks.back().lower] = m;
    }
  }
}

std::string ActorResolver::affiliation(std::string_view person) const {
  const auto* rec = m_gazetteer.find(person);
  if (!rec) {
    return {};
  }
  if (m_date) {
    if (const auto* role = core::role_on(*rec, *m_date); role && !role->org.empty()) {
      if (const auto* org = m_gazetteer.find(role->org)) {
        return org->name;
      }
      return role->org;
    }
  }
  return rec->parent;
}

bool ActorResolver::held_role_in(std::string_view person, std::string_view org) const {
  const auto* rec = m_gazetteer.find(person);
  if (!rec || !m_date) {
    return false;
  }
  for (const auto& r : rec->roles) {
    const bool started = !r.from || *r.from <= *m_date;
    const bool not_ended = !r.to || *m_date <= *r.to;
    if (!started || !not_ended || r.org.empty()) {
      continue;
    }
    const auto* o = m_gazetteer.find(r.org);
    if ((o ? std::string_view(o->name) : std::string_view(r.org)) == org) {
      return true;
    }
  }
  return false;
}

std::optional<Mention> ActorResolver::unknown_name(const std::vector<Token>& tokens,
                                                   std::size_t i, std::size_t& consumed) const {
  // A run of capitalised words that the dictionary does not know: a new actor.
  auto capital_word = [&](std::size_t k) {
    const auto& t = tokens[k];
    return t.kind == TokenKind::word && starts_upper(t) && !is(m_stop, k) && !is(m_title, k) &&
           t.lower != "'s";
  };
  if (!capital_word(i)) {
    return std::nullopt;
  }
  std::size_t j = i;
  while (j < tokens.size() && j - i < 5) {
    if (capital_word(j) && lookup(tokens, j).empty()) {
      ++j;
      continue;
    }
    // Name particles inside a name: "al-", "bin", "de".
    if (j > i && j + 1 < tokens.size() && capital_word(j + 1) &&
        (tokens[j].lower == "al" || tokens[j].lower == "bin" || tokens[j].lower == "de" ||
         tokens[j].lower == "van" || tokens[j].lower == "von" || tokens[j].text == "-")) {
      ++j;
      continue;
    }
    break;
  }
  const bool after_title = i > 0 && is(m_title, i - 1);
  const std::size_t len = j - i;
  if (len == 0) {
    return std::nullopt;
  }
  // "Under Secretary ... for Terrorism and Financial Intelligence Brian E. Nelson": the words of
  // an office's name end where the person's name begins (two words at least).
  // Only inside a title's "of"/"for"/"and" complement: "the Financial Action Task Force" is
  // not cut.
  std::size_t start = i;
  const bool in_title_complement =
      i > 0 && (tokens[i - 1].lower == "and" || tokens[i - 1].lower == "for" ||
                tokens[i - 1].lower == "of");
  for (std::size_t k = i; in_title_complement && k + 2 < j; ++k) {
    if (is(m_office_word, k)) {
      start = k + 1;
    }
  }
  if (start != i) {
    Mention m;
    m.first = start;
    m.last = j;
    m.text = join_text(tokens, start, j);
    m.name = m.text;
    m.kind = core::ActorKind::person;
    consumed = len;
    return m;
  }
  // One capitalised word is too weak a signal (sentence starts, headings), unless a title
  // stands before it ("President Ruto").
  if (len == 1 && !after_title) {
    return std::nullopt;
  }
  // A run that starts the sentence must be at least two words ("Officials said" is not a name).
  Mention m;
  m.first = i;
  m.last = j;
  m.text = join_text(tokens, i, j);
  m.name = m.text;
  const bool said_after = j < tokens.size() && is(m_reporting, j);
  m.kind = (after_title || said_after) ? core::ActorKind::person : core::ActorKind::unknown;
  consumed = len;
  return m;
}

// "Denmark said it would donate ...", "the ministry said that they had ...": "it"/"they"
// right after a reporting verb is the state or organisation that reports.
std::optional<Mention> ActorResolver::reported_pronoun(const std::vector<Token>& tokens,
                                                       std::size_t i,
                                                       const std::vector<Mention>& so_far) const {
  if (i < 2 || so_far.empty() || !is(m_thing_pronoun, i)) {
    return std::nullopt;
  }
  std::size_t verb = tokens[i - 1].lower == "that" ? i - 2 : i - 1;
  bool reporting = false;
  for (const auto& l : m_lexicon.lemmas(tokens[verb].lower)) {
    reporting = reporting || m_lexicon.is("reporting", l);
  }
  const auto& subject = so_far.back();
  if (!reporting || subject.last != verb || !is_org_kind(subject.kind)) {
    return std::nullopt;
  }
  Mention m = subject;
  m.first = i;
  m.last = i + 1;
  m.text = std::string(tokens[i].text);
  m.coreference = true;
  return m;
}

std::optional<Mention> ActorResolver::anaphor(const std::vector<Token>& tokens, std::size_t i,
                                              std::size_t& consumed) const {
  const auto& t = tokens[i];
  // Subject pronouns: he/she -> the latest person.
  if (is(m_person_pronoun, i) && !m_last_person.empty()) {
    Mention m;
    m.first = i;
    m.last = i + 1;
    m.name = m_last_person;
    m.kind = core::ActorKind::person;
    m.text = std::string(t.text);
    m.coreference = true;
    consumed = 1;
    return m;
  }
  // "It"/"They" opening a sentence -> the state, body, organisation, group or company that
  // opened the sentence before ("The Wagner Group recruited convicts. It denied ...").
  if (is(m_thing_pronoun, i)) {
    if (!m_prev_subject || !sentence_subject(tokens, i)) {
      return std::nullopt;
    }
    Mention m = *m_prev_subject;
    m.first = i;
    m.last = i + 1;
    m.text = std::string(t.text);
    m.coreference = true;
    consumed = 1;
    return m;
  }
  // Definite descriptions: "the group", "his mercenary group", "the company".
  if (!is(m_determiner, i)) {
    return std::nullopt;
  }
  for (std::size_t k = i + 1; k < tokens.size() && k <= i + 3; ++k) {
    const auto& w = tokens[k];
    if (w.kind != TokenKind::word || starts_upper(w)) {
      return std::nullopt;
    }
    if (const auto* kinds = m_lexicon.anaphor_kinds(w.lower)) {
      // "the group of experts" describes a new group; "the group" alone refers back.
      if (k + 1 < tokens.size() && tokens[k + 1].lower == "of") {
        return std::nullopt;
      }
      for (auto it = m_history.rbegin(); it != m_history.rend(); ++it) {
        if (std::find(kinds->begin(), kinds->end(), it->kind) != kinds->end()) {
          Mention m = *it;
          m.first = i;
          m.last = k + 1;
          m.text = join_text(tokens, i, k + 1);
          m.coreference = true;
          consumed = k + 1 - i;
          return m;
        }
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
}

Mention ActorResolver::dictionary_mention(const Gazetteer::Candidate& c,
                                          const std::vector<Token>& tokens, std::size_t i) const {
  const auto& rec = m_gazetteer.actors()[c.actor];
  Mention m;
  m.first = i;
  m.last = i + c.length;
  m.name = rec.name;
  m.kind = rec.kind;
  m.facet = c.facet;
  m.text = join_text(tokens, m.first, m.last);
  m.country = m_gazetteer.country_of(c.actor);
  return m;
}

std::optional<Mention> ActorResolver::role_description(const std::vector<Token>& tokens,
                                                       std::size_t i,
                                                       std::size_t& consumed) const {
  // [the] [qualifier ['s]] TITLE, not followed by a name: "the foreign secretary", "the U.S.
  // secretary of state", "Russia's foreign minister", "the Russian defence minister".
  if (!m_date) {
    return std::nullopt;
  }
  // Most tokens are neither "the" nor the start of an alias: without either, no organisation
  // and no determiner can begin the description.
  const bool det = tokens[i].lower == "the";
  if (!det && !m_alias_start[i]) {
    return std::nullopt;
  }
  // "an RSF commander", "his foreign minister": not a definite office holder.
  if (i > 0 && tokens[i - 1].lower != "the" && is(m_determiner, i - 1)) {
    return std::nullopt;
  }
  std::size_t k = i;
  if (det) {
    ++k;
  }
  std::string org;
  if (k < tokens.size()) {
    for (const auto& c : lookup(tokens, k)) {
      const auto& rec = m_gazetteer.actors()[c.actor];
      if (!c.ambiguous && is_org_kind(rec.kind) && k + c.length < tokens.size()) {
        org = rec.name;
        k += c.length;
        if (tokens[k].lower == "'s") {
          ++k;
        }
        break;
      }
    }
  }
  if ((!det && org.empty()) || k >= tokens.size()) {
    return std::nullopt;
  }
  const auto [len, holders] = m_gazetteer.title_at(tokens, k);
  if (len == 0) {
    return std::nullopt;
  }
  const std::size_t end = k + len;
  // "Foreign Secretary James Cleverly": the name that follows is the mention.
  if (end < tokens.size() && tokens[end].kind == TokenKind::word && starts_upper(tokens[end]) &&
      !is(m_stop, end)) {
    return std::nullopt;
  }
  const auto& actors = m_gazetteer.actors();
  std::vector<std::size_t> people;  // holders on the article date (of `org` when given)
  std::vector<std::string> orgs;
  for (const auto& h : *holders) {
    const auto& role = actors[h.actor].roles[h.role];
    if (!covers(role, *m_date) || (!org.empty() && role.org != org)) {
      continue;
    }
    if (std::find(people.begin(), people.end(), h.actor) == people.end()) {
      people.push_back(h.actor);
      orgs.push_back(role.org);
    }
  }
  std::optional<std::size_t> who;
  if (people.size() == 1) {
    who = people.front();
  } else if (people.size() > 1) {
    // Several holders ("the foreign minister" of many states): the one whose state or
    // organisation was mentioned last.
    for (auto it = m_history.rbegin(); it != m_history.rend() && !who; ++it) {
      for (std::size_t p = 0; p < people.size(); ++p) {
        if (!orgs[p].empty() && (orgs[p] == it->name || orgs[p] == it->country)) {
          who = people[p];
          break;
        }
      }
    }
  }
  if (!who) {
    return std::nullopt;
  }
  Mention m;
  m.first = i;
  m.last = end;
  m.name = actors[*who].name;
  m.kind = core::ActorKind::person;
  m.text = join_text(tokens, i, end);
  m.coreference = true;
  m.country = m_gazetteer.country_of(*who);
  consumed = end - i;
  return m;
}

std::optional<Mention> ActorResolver::honorific_surname(const std::vector<Token>& tokens,
                                                        std::size_t i,
                                                        std::size_t& consumed) const {
  // "Mr. Kirby", "Ms Zakharova": an honorific and the surname of a person named before.
  if (!is(m_honorific, i) || i + 1 >= tokens.size()) {
    return std::nullopt;
  }
  const std::size_t k = tokens[i + 1].text == "." && i + 2 < tokens.size() ? i + 2 : i + 1;
  auto it = m_surnames.find(tokens[k].lower);
  if (it == m_surnames.end() || !starts_upper(tokens[k])) {
    return std::nullopt;
  }
  Mention m = it->second;
  m.first = i;
  m.last = k + 1;
  m.text = join_text(tokens, i, k + 1);
  m.coreference = true;
  consumed = k + 1 - i;
  return m;
}

std::vector<Mention> ActorResolver::resolve(const std::vector<Token>& tokens) {
  m_classes.resize(tokens.size());
  m_alias_start.resize(tokens.size());
  m_found_done.assign(tokens.size(), 0);
  if (m_found.size() < tokens.size()) {
    m_found.resize(tokens.size());
  }
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    m_classes[k] = m_lexicon.classes_of(tokens[k].lower);
    m_alias_start[k] = m_gazetteer.may_start(tokens[k].lower) ? 1 : 0;
  }
  std::vector<Mention> out;
  std::size_t i = 0;
  auto emit = [&](Mention m) {
    remember(m);
    out.push_back(std::move(m));
  };
  while (i < tokens.size()) {
    std::size_t consumed = 0;
    if (auto m = role_description(tokens, i, consumed)) {
      // Apposition: "Nasser Kanaani, the foreign ministry spokesman," is the person just named,
      // whatever the dictionary says about the office on that day.
      if (!out.empty() && out.back().kind == core::ActorKind::person && i >= 1 &&
          out.back().last + 1 == i && tokens[i - 1].text == ",") {
        m->name = out.back().name;
        m->country = out.back().country;
      }
      emit(std::move(*m));
      i += consumed;
      continue;
    }
    const auto& cands = lookup(tokens, i);
    if (!cands.empty()) {
      // Prefer an unambiguous candidate; among ambiguous ones, the one seen before, then a
      // person in office on the article date.
      const Gazetteer::Candidate* pick = nullptr;
      for (const auto& c : cands) {
        if (!c.ambiguous) {
          pick = &c;
          break;
        }
      }
      if (!pick) {
        for (const auto& c : cands) {
          const auto& name = m_gazetteer.actors()[c.actor].name;
          if (std::any_of(m_history.begin(), m_history.end(),
                          [&](const Mention& h) { return h.name == name; })) {
            pick = &c;
            break;
          }
        }
      }
      if (!pick && m_date) {
        for (const auto& c : cands) {
          if (core::role_on(m_gazetteer.actors()[c.actor], *m_date)) {
            pick = &c;
            break;
          }
        }
      }
      if (!pick) {
        pick = &cands.front();
      }
      auto m = dictionary_mention(*pick, tokens, i);
      i = m.last;
      emit(std::move(m));
      continue;
    }
    if (auto m = honorific_surname(tokens, i, consumed)) {
      emit(std::move(*m));
      i += consumed;
      continue;
    }
    // Surname of a person named earlier in the article.
    if (tokens[i].kind == TokenKind::word && starts_upper(tokens[i])) {
      if (auto it = m_surnames.find(tokens[i].lower); it != m_surnames.end()) {
        Mention m = it->second;
        m.first = i;
        m.last = i + 1;
        m.text = std::string(tokens[i].text);
        m.coreference = true;
        emit(std::move(m));
        ++i;
        continue;
      }
    }
    if (auto m = reported_pronoun(tokens, i, out)) {
      emit(*m);
      ++i;
      continue;
    }
    if (auto m = anaphor(tokens, i, consumed)) {
      // Pronouns do not become antecedents themselves, but keep the referent recent.
      emit(std::move(*m));
      i += consumed;
      continue;
    }
    if (auto m = unknown_name(tokens, i, consumed)) {
      emit(std::move(*m));
      i += consumed;
      continue;
    }
    ++i;
  }
  // The subject of this sentence, for "It"/"They" opening the next one: an organisation-like
  // actor among its first two tokens ("Russia vetoed", "The group said").
  m_prev_subject.reset();
  if (!out.empty() && out.front().first <= 1 && is_org_kind(out.front().kind)) {
    m_prev_subject = out.front();
  }
  return out;
}

} // namespace eventdb::extract
