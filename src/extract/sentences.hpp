#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace eventdb::extract {

// A sentence as a byte span [start, end) of the article body, plus the paragraph it is in.
struct Sentence {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t paragraph = 0;  // 0-based index of the paragraph ("\n\n"-separated)
};

// Splits `body` into sentences. Paragraph breaks always end a sentence; inside a paragraph
// a sentence ends at '.', '!' or '?' (plus closing quotes and brackets) followed by space and
// a capital letter, a digit or an opening quote. Abbreviations ("Mr.", "U.S.", "Dec.",
// "Gen.") do not end a sentence unless a paragraph break follows. Leading and trailing
// white space is excluded from the spans; empty sentences are never returned.
// A sentence longer than k_max_sentence_bytes is cut into pieces of at most that size (at the
// last space, else at a UTF-8 character boundary), so hostile input such as a 100 MB line
// without a full stop costs linear time in the later stages.
inline constexpr std::size_t k_max_sentence_bytes = 2000;
[[nodiscard]] std::vector<Sentence> split_sentences(std::string_view body);

} // namespace eventdb::extract
