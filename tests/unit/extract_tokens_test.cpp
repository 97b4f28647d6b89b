#include "extract/tokens.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace eventdb::extract;

namespace {
std::vector<std::string> texts(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(s)) {
    out.emplace_back(t.text);
  }
  return out;
}
} // namespace

TEST_CASE("tokenize splits possessives off names, straight and curly", "[extract][tokens]") {
  CHECK(texts("Russia's war") == std::vector<std::string>{"Russia", "'s", "war"});
  const auto toks = tokenize("North Korea\u2019s sale");
  REQUIRE(toks.size() == 4);
  CHECK(toks[2].lower == "'s");
}

TEST_CASE("tokenize keeps dotted abbreviations and numbers whole", "[extract][tokens]") {
  CHECK(texts("the U.S. paid $1,000.50") ==
        std::vector<std::string>{"the", "U.S.", "paid", "$", "1,000.50"});
  CHECK(texts("90% of") == std::vector<std::string>{"90", "%", "of"});
}

TEST_CASE("tokenize splits hyphenated words and records byte offsets", "[extract][tokens]") {
  const std::string s = "Russian-backed forces";
  const auto toks = tokenize(s);
  REQUIRE(toks.size() == 4);
  CHECK(toks[0].text == "Russian");
  CHECK(toks[1].text == "-");
  for (const auto& t : toks) {
    CHECK(s.substr(t.start, t.end - t.start) == t.text);
  }
}

TEST_CASE("tokenize keeps contractions inside the word", "[extract][tokens]") {
  CHECK(texts("didn't deliver") == std::vector<std::string>{"didn't", "deliver"});
}

TEST_CASE("lemma_candidates strips regular inflections", "[extract][tokens]") {
  auto has = [](std::string_view w, std::string_view lemma) {
    const auto c = lemma_candidates(w);
    return std::find(c.begin(), c.end(), lemma) != c.end();
  };
  CHECK(has("imposed", "impose"));
  CHECK(has("supplies", "supply"));
  CHECK(has("stopped", "stop"));
  CHECK(has("sanctions", "sanction"));
  CHECK(has("delivering", "deliver"));
  CHECK_FALSE(has("sold", "sell"));  // irregular: the lexicon's table handles it
}
