// libFuzzer target: the tokenizer and the quantity parser (extract::tokenize +
// extract::find_quantities) on raw bytes. Checks token spans and match ranges.

#include "extract/lexicon.hpp"
#include "extract/quantities.hpp"
#include "extract/tokens.hpp"
#include "fuzz/fuzz_common.hpp"

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using eventdb::fuzz::require;
  const auto text = eventdb::fuzz::as_text(data, size);
  const auto tokens = eventdb::extract::tokenize(text);
  for (const auto& t : tokens) {
    require(t.start <= t.end && t.end <= text.size());
  }
  // Every third token is "part of a time expression", as the pipeline would mark years.
  std::vector<bool> skip(tokens.size(), false);
  for (std::size_t i = 0; i < skip.size(); i += 3) {
    skip[i] = size % 3 == 0;
  }
  const auto found =
      eventdb::extract::find_quantities(tokens, skip, eventdb::extract::Lexicon::builtin());
  for (const auto& q : found) {
    require(q.first < q.last && q.last <= tokens.size());
  }
  return 0;
}
