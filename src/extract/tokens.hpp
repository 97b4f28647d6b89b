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

} // namespace eventdb::extract
