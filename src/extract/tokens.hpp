#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace eventdb::extract {

enum class TokenKind { word, number, punct };

// One token of a sentence with its byte span [start, end) in the text that was tokenised.
// `lower` is the ASCII-lowercased text with typographic apostrophes turned into "'".
struct Token {
  std::string_view text;
  std::string lower;
  std::size_t start = 0;
  std::size_t end = 0;
  TokenKind kind = TokenKind::word;

  [[nodiscard]] bool capitalised() const {
    return !text.empty() && text.front() >= 'A' && text.front() <= 'Z';
  }
  [[nodiscard]] bool all_caps() const;
  [[nodiscard]] bool is(std::string_view lowered) const { return lower == lowered; }
};

// Splits `text` into words, numbers and punctuation. Words keep inner apostrophes only as a
// separate possessive token ("Russia's" gives "Russia", "'s"); hyphens split words
// ("Russian-backed" gives "Russian", "-", "backed"); dotted abbreviations stay whole
// ("U.S.", "Dec."); numbers keep their separators ("1,000", "1.1", "24/7" splits at '/').
// Curly quotes and other non-ASCII punctuation become punct tokens; other non-ASCII bytes
// (letters in names such as "Türkiye") stay inside words.
[[nodiscard]] std::vector<Token> tokenize(std::string_view text);

// Candidate lemmas of a lowercased word: the word itself, then forms with regular English
// inflections removed ("imposed" -> "impose", "impos"; "supplies" -> "supply"; "stopped" ->
// "stop"). Irregular forms are handled by the lexicon's lemma table, not here.
[[nodiscard]] std::vector<std::string> lemma_candidates(std::string_view lower);

// Calls `f(candidate)` for each of lemma_candidates(lower), in the same order, and stops at
// the first call that returns true (then returns true). Builds no strings for candidates that
// are prefixes of the word, which is all of them but the "-ies"/"-ied" -> "y" and "-ing" ->
// "e" forms: extraction asks for the lemmas of every token.
template <class F>
bool visit_lemma_candidates(std::string_view w, F&& f) {
  const auto n = w.size();
  auto ends = [&](std::string_view suf) { return n > suf.size() + 1 && w.ends_with(suf); };
  auto stem = [&](std::size_t cut) { return w.substr(0, n - cut); };
  // "stopped" -> "stopp" -> "stop"
  auto doubled = [](std::string_view s) {
    return s.size() >= 3 && s[s.size() - 1] == s[s.size() - 2];
  };
  auto plus = [](std::string_view s, char c) {
    std::string out;
    out.reserve(s.size() + 1);
    out.append(s);
    out += c;
    return out;
  };
  if (f(w)) {
    return true;
  }
  if (ends("ies") && f(plus(stem(3), 'y'))) {
    return true;
  }
  if (ends("es") && f(stem(2))) {
    return true;
  }
  if (ends("s") && !ends("ss") && f(stem(1))) {
    return true;
  }
  if (ends("ied") && f(plus(stem(3), 'y'))) {
    return true;
  }
  if (ends("ed")) {
    if (f(stem(2)) || f(stem(1)) || (doubled(stem(2)) && f(stem(3)))) {
      return true;
    }
  }
  if (ends("ing")) {
    if (f(stem(3)) || f(plus(stem(3), 'e')) || (doubled(stem(3)) && f(stem(4)))) {
      return true;
    }
  }
  return false;
}

} // namespace eventdb::extract
