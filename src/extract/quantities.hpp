#pragma once

#include "core/event.hpp"
#include "extract/lexicon.hpp"
#include "extract/tokens.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace eventdb::extract {

// A number found in a sentence: tokens [first, last) including its qualifier, currency and
// unit word, the value and the class of its unit.
struct QuantityMatch {
  std::size_t first = 0;
  std::size_t last = 0;
  core::Quantity quantity;
  UnitClass cls = UnitClass::other;
  bool has_unit_word = false;  // false for a bare "about 50,000": the event decides the unit
};

// Parses a number word or numeral token: "1,000" -> 1000, "1.1" -> 1.1, "twelve" -> 12.
// std::nullopt when the token is not a number. Never throws.
[[nodiscard]] std::optional<double> parse_number(std::string_view lower);

// Finds the quantities in a tokenised sentence: numerals with separators and scale words
// ("1.1 billion", "$100 million", "86.2 billion rubles", "90%"), vague plurals counted
// conservatively ("dozens" 12, "hundreds" 100, "thousands" 1000, "tens of thousands" 10000),
// qualifiers ("about", "more than", "at least", "up to") and rates ("each month").
// Tokens listed in `skip` (years and other parts of time expressions) are never quantities.
[[nodiscard]] std::vector<QuantityMatch> find_quantities(const std::vector<Token>& tokens,
                                                         const std::vector<bool>& skip,
                                                         const Lexicon& lexicon);

} // namespace eventdb::extract
