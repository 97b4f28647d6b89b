#include "extract/tokens.hpp"

namespace eventdb::extract {

namespace {

bool is_alpha(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Length of the UTF-8 sequence starting with lead byte `c` (1 for ASCII and stray bytes).
std::size_t utf8_len(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

// Non-ASCII code points that act as punctuation in news text: quotes, dashes, ellipsis,
// bullets, and the euro and pound signs ("€5.6 billion"). Everything else non-ASCII is
// treated as a letter.
bool is_unicode_punct(std::string_view s) {
  static constexpr std::string_view k_punct[] = {
      "\u2018", "\u2019", "\u201C", "\u201D", "\u2013", "\u2014", "\u2026", "\u2022",
      "\u00AB", "\u00BB", "\u2032", "\u2033", "\u00B7", "\u20AC", "\u00A3"};
  for (auto p : k_punct) {
    if (s.substr(0, p.size()) == p) {
      return true;
    }
  }
  return false;
}

bool is_apostrophe_at(std::string_view text, std::size_t i, std::size_t& len) {
  if (text[i] == '\'') {
    len = 1;
    return true;
  }
  if (text.substr(i, 3) == "\u2019") {
    len = 3;
    return true;
  }
  return false;
}

bool word_byte(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (is_alpha(c) || is_digit(c)) {
    return true;
  }
  return c >= 0x80 && !is_unicode_punct(text.substr(i));
}

} // namespace

bool Token::all_caps() const {
  bool any_letter = false;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') {
      return false;
    }
    any_letter = any_letter || (c >= 'A' && c <= 'Z');
  }
  return any_letter;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  const auto n = text.size();
  // News text has a token every five or six bytes; reserving avoids moving every token's
  // string several times as the vector grows.
  out.reserve(n / 5 + 4);
  std::size_t i = 0;
  auto push = [&](std::size_t s, std::size_t e, TokenKind k) {
    Token& t = out.emplace_back();
    t.text = text.substr(s, e - s);
    t.start = s;
    t.end = e;
    t.kind = k;
    t.lower.assign(t.text);
    for (char& c : t.lower) {
      c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (std::string_view(t.lower) == "\u2019s") {
      t.lower = "'s";
    }
  };
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    std::size_t alen = 0;
    // Possessive or contraction: 's, 've, 'll, n't is left inside the word below.
    if (is_apostrophe_at(text, i, alen) && !out.empty() && out.back().end == i &&
        out.back().kind == TokenKind::word && i + alen < n &&
        (text[i + alen] == 's' || text[i + alen] == 'S') &&
        (i + alen + 1 >= n || !word_byte(text, i + alen + 1))) {
      push(i, i + alen + 1, TokenKind::word);
      i += alen + 1;
      continue;
    }
    if (is_digit(c)) {
      // Number: digits with inner ',' or '.' followed by a digit.
      std::size_t j = i;
      while (j < n) {
        const auto d = static_cast<unsigned char>(text[j]);
        if (is_digit(d)) {
          ++j;
        } else if ((d == ',' || d == '.') && j + 1 < n &&
                   is_digit(static_cast<unsigned char>(text[j + 1]))) {
          ++j;
        } else {
          break;
        }
      }
      // Ordinal or unit suffix glued to digits ("22nd", "5km") stays in the token.
      while (j < n && is_alpha(static_cast<unsigned char>(text[j]))) {
        ++j;
      }
      push(i, j, TokenKind::number);
      i = j;
      continue;
    }
    if (word_byte(text, i)) {
      std::size_t j = i;
      while (j < n) {
        const auto d = static_cast<unsigned char>(text[j]);
        if (d >= 0x80) {
          if (is_unicode_punct(text.substr(j))) {
            break;
          }
          // One character: the lead byte and the continuation bytes that follow. Not
          // utf8_len(d): on invalid UTF-8 (`eventdb dates` reads raw bytes) that would step
          // over spaces or past the end, giving a token whose end is beyond the text.
          ++j;
          while (j < n && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) {
            ++j;
          }
          continue;
        }
        if (is_alpha(d) || is_digit(d)) {
          ++j;
          continue;
        }
        // Dotted abbreviation: "U.S.", "a.m.": a single letter then '.' then a letter.
        if (d == '.' && j + 1 < n && is_alpha(static_cast<unsigned char>(text[j + 1])) &&
            j - i >= 1 && (j - i == 1 || text[j - 2] == '.') && j + 2 <= n &&
            (j + 2 == n || text[j + 2] == '.' || !is_alpha(static_cast<unsigned char>(text[j + 2])))) {
          j += 2;
          continue;
        }
        // Contractions inside a word: "don't", "isn't", "we'll".
        std::size_t al = 0;
        if (is_apostrophe_at(text, j, al) && j + al < n &&
            is_alpha(static_cast<unsigned char>(text[j + al])) &&
            !((text[j + al] == 's' || text[j + al] == 'S') &&
              (j + al + 1 >= n || !word_byte(text, j + al + 1)))) {
          j += al;
          continue;
        }
        break;
      }
      // A trailing '.' belongs to a dotted abbreviation ("U.S.") or a one-letter initial.
      if (j < n && text[j] == '.' && (text.substr(i, j - i).find('.') != std::string_view::npos ||
                                      (j - i == 1 && is_alpha(c) && c >= 'A' && c <= 'Z'))) {
        ++j;
      }
      push(i, j, TokenKind::word);
      i = j;
      continue;
    }
    const std::size_t len = c >= 0x80 ? utf8_len(c) : 1;
    push(i, std::min(n, i + len), TokenKind::punct);
    i += len;
  }
  return out;
}

std::vector<std::string> lemma_candidates(std::string_view w) {
  std::vector<std::string> out;
  visit_lemma_candidates(w, [&](std::string_view c) {
    out.emplace_back(c);
    return false;
  });
  return out;
}

} // namespace eventdb::extract
