#include "extract/sentences.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <array>

namespace eventdb::extract {

namespace {

// Words after which a period does not end a sentence. Lowercase, without the period.
constexpr std::array<std::string_view, 48> k_abbreviations = {
    "mr",   "mrs",  "ms",   "dr",   "prof", "gen",  "lt",   "col",  "maj",  "capt", "sgt",  "adm",
    "sen",  "rep",  "gov",  "pres", "st",   "jr",   "sr",   "no",   "vs",   "etc",  "inc",  "corp",
    "ltd",  "co",   "jan",  "feb",  "mar",  "apr",  "jun",  "jul",  "aug",  "sep",  "sept", "oct",
    "nov",  "dec",  "mt",   "ft",   "approx", "est", "fig", "cf", "rev", "hon", "gens", "messrs"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_closing(std::string_view rest) {
  return rest.starts_with("\"") || rest.starts_with("'") || rest.starts_with(")") ||
         rest.starts_with("]") || rest.starts_with("\u201D") || rest.starts_with("\u2019");
}

std::size_t closing_len(std::string_view rest) {
  return (rest.starts_with("\u201D") || rest.starts_with("\u2019")) ? 3 : 1;
}

bool starts_new_sentence(std::string_view rest) {
  if (rest.empty()) {
    return true;
  }
  const char c = rest.front();
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' ||
         rest.starts_with("\u201C") || rest.starts_with("\u2018") || c == '(' || c == '[' ||
         static_cast<unsigned char>(c) >= 0xC0;
}

// The word before position `dot` (exclusive), lowercased.
std::string word_before(std::string_view text, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && !is_space(text[b - 1]) && text[b - 1] != '(' && text[b - 1] != '"') {
    --b;
  }
  return core::to_lower_ascii(text.substr(b, dot - b));
}

bool is_abbreviation(std::string_view word) {
  if (std::find(k_abbreviations.begin(), k_abbreviations.end(), word) != k_abbreviations.end()) {
    return true;
  }
  // Dotted initialisms ("u.s", "u.n") and single initials ("j" in "John F. Kennedy").
  if (word.find('.') != std::string_view::npos) {
    return word.size() <= 6;
  }
  return word.size() == 1 && word[0] >= 'a' && word[0] <= 'z';
}

void split_paragraph(std::string_view body, std::size_t begin, std::size_t end,
                     std::size_t paragraph, std::vector<Sentence>& out) {
  auto emit = [&](std::size_t s, std::size_t e) {
    while (s < e && is_space(body[s])) ++s;
    while (e > s && is_space(body[e - 1])) --e;
    while (e - s > k_max_sentence_bytes) {
      // Cut at the last space within the limit, else before a UTF-8 continuation byte run.
      std::size_t cut = s + k_max_sentence_bytes;
      while (cut > s && !is_space(body[cut])) --cut;
      if (cut == s) {
        cut = s + k_max_sentence_bytes;
        while (cut > s + 1 && (static_cast<unsigned char>(body[cut]) & 0xC0) == 0x80) --cut;
      }
      std::size_t piece_end = cut;
      while (piece_end > s && is_space(body[piece_end - 1])) --piece_end;
      out.push_back(Sentence{s, piece_end, paragraph});
      s = cut;
      while (s < e && is_space(body[s])) ++s;
    }
    if (e > s) {
      out.push_back(Sentence{s, e, paragraph});
    }
  };
  std::size_t start = begin;
  for (std::size_t i = begin; i < end; ++i) {
    const char c = body[i];
    if (c != '.' && c != '!' && c != '?') {
      continue;
    }
    std::size_t j = i + 1;
    while (j < end && (body[j] == '.' || body[j] == '!' || body[j] == '?')) ++j;
    while (j < end && is_closing(body.substr(j, end - j))) j += closing_len(body.substr(j));
    if (j < end && !is_space(body[j])) {
      continue;  // "3.5", "U.S.-led", "e.g.," inside a word
    }
    std::size_t k = j;
    while (k < end && is_space(body[k])) ++k;
    if (k < end && !starts_new_sentence(body.substr(k, end - k))) {
      continue;
    }
    if (c == '.' && j == i + 1 && is_abbreviation(word_before(body, i))) {
      continue;
    }
    emit(start, j);
    start = j;
    i = j - 1;
  }
  emit(start, end);
}

} // namespace

std::vector<Sentence> split_sentences(std::string_view body) {
  std::vector<Sentence> out;
  std::size_t paragraph = 0;
  std::size_t pos = 0;
  while (pos <= body.size()) {
    auto brk = body.find("\n\n", pos);
    const std::size_t end = brk == std::string_view::npos ? body.size() : brk;
    if (!core::trim(body.substr(pos, end - pos)).empty()) {
      split_paragraph(body, pos, end, paragraph, out);
      ++paragraph;
    }
    if (brk == std::string_view::npos) {
      break;
    }
    pos = brk + 2;
  }
  return out;
}

} // namespace eventdb::extract
