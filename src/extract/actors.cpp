#include "extract/actors.hpp"

#include "core/text.hpp"

#include <algorithm>

namespace eventdb::extract {

namespace {

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
  }
}

std::vector<Gazetteer::Candidate> Gazetteer::lookup(const std::vector<Token>& tokens,
                                                    std::size_t i) const {
  std::vector<Candidate> out;
  const std::size_t max_n = std::min(m_max_tokens, tokens.size() - i);
  for (std::size_t n = max_n; n >= 1; --n) {
    auto it = m_index.find(key_of(tokens, i, n));
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
  auto it = m_by_name.find(core::to_lower_ascii(canonical_name));
  return it == m_by_name.end() ? nullptr : &m_actors[it->second];
}

ActorResolver::ActorResolver(const Gazetteer& gazetteer, const Lexicon& lexicon,
                             std::optional<date::year_month_day> article_date)
    : m_gazetteer(gazetteer), m_lexicon(lexicon), m_date(article_date) {}

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

std::optional<Mention> ActorResolver::unknown_name(const std::vector<Token>& tokens,
                                                   std::size_t i, std::size_t& consumed) const {
  // A run of capitalised words that the dictionary does not know: a new actor.
  auto capital_word = [&](std::size_t k) {
    const auto& t = tokens[k];
    return t.kind == TokenKind::word && starts_upper(t) && !m_lexicon.is("stop", t.lower) &&
           !m_lexicon.is("title", t.lower) && t.lower != "'s";
  };
  if (!capital_word(i)) {
    return std::nullopt;
  }
  std::size_t j = i;
  while (j < tokens.size() && j - i < 5) {
    if (capital_word(j) && m_gazetteer.lookup(tokens, j).empty()) {
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
  const bool after_title = i > 0 && m_lexicon.is("title", tokens[i - 1].lower);
  const std::size_t len = j - i;
  if (len == 0) {
    return std::nullopt;
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
  const bool said_after = j < tokens.size() && m_lexicon.is("reporting", tokens[j].lower);
  m.kind = (after_title || said_after) ? core::ActorKind::person : core::ActorKind::unknown;
  consumed = len;
  return m;
}

std::optional<Mention> ActorResolver::anaphor(const std::vector<Token>& tokens, std::size_t i,
                                              std::size_t& consumed) const {
  const auto& t = tokens[i];
  // Subject pronouns: he/she -> the latest person.
  if (m_lexicon.is("person_pronoun", t.lower) && !m_last_person.empty()) {
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
  // Definite descriptions: "the group", "his mercenary group", "the company".
  if (!m_lexicon.is("determiner", t.lower)) {
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

std::vector<Mention> ActorResolver::resolve(const std::vector<Token>& tokens) {
  std::vector<Mention> out;
  std::size_t i = 0;
  while (i < tokens.size()) {
    auto cands = m_gazetteer.lookup(tokens, i);
    if (!cands.empty()) {
      // Prefer an unambiguous candidate; among ambiguous ones, the one seen before.
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
      if (!pick) {
        pick = &cands.front();
      }
      const auto& rec = m_gazetteer.actors()[pick->actor];
      Mention m;
      m.first = i;
      m.last = i + pick->length;
      m.name = rec.name;
      m.kind = rec.kind;
      m.facet = pick->facet;
      m.text = join_text(tokens, m.first, m.last);
      out.push_back(m);
      remember(m);
      i = m.last;
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
        out.push_back(m);
        remember(m);
        ++i;
        continue;
      }
    }
    std::size_t consumed = 0;
    if (auto m = anaphor(tokens, i, consumed)) {
      out.push_back(*m);
      // Pronouns do not become antecedents themselves, but keep the referent recent.
      remember(*m);
      i += consumed;
      continue;
    }
    if (auto m = unknown_name(tokens, i, consumed)) {
      out.push_back(*m);
      remember(*m);
      i += consumed;
      continue;
    }
    ++i;
  }
  return out;
}

} // namespace eventdb::extract
