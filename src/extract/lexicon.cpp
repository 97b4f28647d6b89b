#include "extract/lexicon.hpp"

#include "core/embedded.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "extract/tokens.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace eventdb::extract {

namespace {

[[noreturn]] void bad_line(std::string_view file, std::size_t line, std::string_view why) {
  throw core::Error(fmt::format("data/{}:{}: {}", file, line, why));
}

std::vector<Slot> parse_slots(std::string_view text, std::size_t line) {
  std::vector<Slot> out;
  if (core::trim(text).empty()) {
    return out;
  }
  for (auto part : core::split(text, ',')) {
    part = core::trim(part);
    const auto eq = part.find('=');
    if (eq == std::string_view::npos) {
      bad_line("triggers.tsv", line, fmt::format("slot '{}' is not where=role", part));
    }
    const auto role = core::role_from_string(part.substr(eq + 1));
    if (!role) {
      bad_line("triggers.tsv", line, fmt::format("unknown role in '{}'", part));
    }
    out.push_back(Slot{std::string(part.substr(0, eq)), *role});
  }
  return out;
}

} // namespace

const Lexicon& Lexicon::builtin() {
  static const Lexicon lexicon(core::embedded_file("data/triggers.tsv").value_or(""),
                               core::embedded_file("data/lemmas.tsv").value_or(""),
                               core::embedded_file("data/units.tsv").value_or(""),
                               core::embedded_file("data/words.tsv").value_or(""));
  return lexicon;
}

Lexicon::Lexicon(std::string_view triggers_tsv, std::string_view lemmas_tsv,
                 std::string_view units_tsv, std::string_view words_tsv) {
  // triggers.tsv: id pattern pos type subtype modality slots requires cameo plover family
  core::for_each_tsv_row(triggers_tsv, [&](const auto& f, std::size_t line) {
    if (f.size() != 11) {
      bad_line("triggers.tsv", line, fmt::format("expected 11 columns, found {}", f.size()));
    }
    TriggerRule r;
    r.id = std::string(f[0]);
    for (auto w : core::split(f[1], ' ')) {
      if (!w.empty()) {
        r.pattern.emplace_back(w);
      }
    }
    if (r.pattern.empty() || r.pattern.front() == "*") {
      bad_line("triggers.tsv", line, "empty pattern or pattern starting with a gap");
    }
    if (f[2] == "v") {
      r.pos = TriggerPos::verb;
    } else if (f[2] == "n") {
      r.pos = TriggerPos::noun;
    } else {
      bad_line("triggers.tsv", line, "pos must be v or n");
    }
    const auto type = core::event_type_from_string(f[3]);
    if (!type) {
      bad_line("triggers.tsv", line, fmt::format("unknown event type '{}'", f[3]));
    }
    r.type = *type;
    r.subtype = std::string(f[4]);
    if (!f[5].empty()) {
      r.modality = core::modality_from_string(f[5]);
      if (!r.modality) {
        bad_line("triggers.tsv", line, fmt::format("unknown modality '{}'", f[5]));
      }
    }
    r.slots = parse_slots(f[6], line);
    r.needs_item = f[7] == "item";
    r.needs_money = f[7] == "money";
    r.alone = f[7] == "alone";
    r.needs_people = f[7] == "people";
    r.needs_place = f[7] == "place";
    r.needs_land = f[7] == "land";
    if (!f[7].empty() && !r.needs_item && !r.needs_money && !r.alone && !r.needs_people &&
        !r.needs_place && !r.needs_land) {
      bad_line("triggers.tsv", line,
               fmt::format("unknown requirement '{}' (item, money, people, place, land, alone)", f[7]));
    }
    r.cameo = std::string(f[8]);
    r.plover = std::string(f[9]);
    r.family = f[10].empty() ? r.subtype : std::string(f[10]);
    m_rules.push_back(std::move(r));
  });
  for (const auto& r : m_rules) {
    m_by_id.emplace(r.id, &r);  // the first rule of an id, as a search in order would find
    m_by_head[r.pattern.front()].push_back(&r);
  }
  // lemmas.tsv: form lemma
  core::for_each_tsv_row(lemmas_tsv, [&](const auto& f, std::size_t line) {
    if (f.size() != 2) {
      bad_line("lemmas.tsv", line, "expected 2 columns");
    }
    m_irregular.emplace(std::string(f[0]), std::string(f[1]));
  });
  // units.tsv: word unit class
  core::for_each_tsv_row(units_tsv, [&](const auto& f, std::size_t line) {
    if (f.size() != 3) {
      bad_line("units.tsv", line, "expected 3 columns");
    }
    UnitWord u;
    u.unit = std::string(f[1]);
    if (f[2] == "person") {
      u.cls = UnitClass::person;
    } else if (f[2] == "item") {
      u.cls = UnitClass::item;
    } else if (f[2] == "money") {
      u.cls = UnitClass::money;
    } else if (f[2] == "other") {
      u.cls = UnitClass::other;
    } else {
      bad_line("units.tsv", line, fmt::format("unknown class '{}'", f[2]));
    }
    m_units.emplace(std::string(f[0]), std::move(u));
  });
  // words.tsv: class words (space-separated)
  core::for_each_tsv_row(words_tsv, [&](const auto& f, std::size_t line) {
    if (f.size() != 2) {
      bad_line("words.tsv", line, "expected 2 columns");
    }
    const std::string cls(f[0]);
    for (auto w : core::split(f[1], ' ')) {
      if (w.empty()) {
        continue;
      }
      if (cls.starts_with("anaphor:")) {
        auto& kinds = m_anaphors[std::string(w)];
        for (auto k : core::split(std::string_view(cls).substr(8), ',')) {
          const auto kind = core::actor_kind_from_string(k);
          if (!kind) {
            bad_line("words.tsv", line, fmt::format("unknown actor kind '{}'", k));
          }
          kinds.push_back(*kind);
        }
      } else {
        auto named = std::find(m_class_names.begin(), m_class_names.end(), cls);
        if (named == m_class_names.end()) {
          named = m_class_names.insert(named, cls);
        }
        const auto index = static_cast<ClassId>(named - m_class_names.begin());
        auto& classes = m_word_classes[std::string(w)];
        if (std::find(classes.begin(), classes.end(), index) == classes.end()) {
          classes.push_back(index);
        }
      }
    }
  });
}

std::vector<std::string> Lexicon::lemmas(std::string_view lower) const {
  std::vector<std::string> out;
  append_lemmas(lower, out);
  return out;
}

void Lexicon::append_lemmas(std::string_view lower, std::vector<std::string>& out) const {
  if (auto it = m_irregular.find(lower); it != m_irregular.end()) {
    out.push_back(it->second);
  }
  visit_lemma_candidates(lower, [&](std::string_view c) {
    out.emplace_back(c);
    return false;
  });
}

bool Lexicon::lemma_is(std::string_view word_class, std::string_view lower) const {
  if (auto it = m_irregular.find(lower); it != m_irregular.end() && is(word_class, it->second)) {
    return true;
  }
  return visit_lemma_candidates(lower, [&](std::string_view c) { return is(word_class, c); });
}

const std::vector<const TriggerRule*>* Lexicon::rules_for(std::string_view lemma) const {
  auto it = m_by_head.find(lemma);
  return it == m_by_head.end() ? nullptr : &it->second;
}

const TriggerRule* Lexicon::rule(std::string_view id) const {
  const auto it = m_by_id.find(id);
  return it == m_by_id.end() ? nullptr : it->second;
}

const UnitWord* Lexicon::unit(std::string_view lower) const {
  auto it = m_units.find(lower);
  return it == m_units.end() ? nullptr : &it->second;
}

bool Lexicon::is(std::string_view word_class, std::string_view lower) const {
  // Searched by view, word first: no std::string is built per lookup, and most words are in
  // no class (this runs many times for nearly every token of every sentence).
  const auto word = m_word_classes.find(lower);
  if (word == m_word_classes.end()) {
    return false;
  }
  return std::any_of(word->second.begin(), word->second.end(),
                     [&](ClassId c) { return equal_words(m_class_names[c], word_class); });
}

Lexicon::ClassId Lexicon::class_id(std::string_view word_class) const {
  const auto it = std::find(m_class_names.begin(), m_class_names.end(), word_class);
  return it == m_class_names.end() ? k_no_class
                                   : static_cast<ClassId>(it - m_class_names.begin());
}

std::span<const Lexicon::ClassId> Lexicon::classes_of(std::string_view lower) const {
  const auto word = m_word_classes.find(lower);
  return word == m_word_classes.end() ? std::span<const ClassId>() : std::span(word->second);
}

const std::vector<core::ActorKind>* Lexicon::anaphor_kinds(std::string_view lower) const {
  auto it = m_anaphors.find(lower);
  return it == m_anaphors.end() ? nullptr : &it->second;
}

} // namespace eventdb::extract
