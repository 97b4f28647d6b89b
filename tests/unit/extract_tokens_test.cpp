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

TEST_CASE("tokenize keeps token spans inside text with invalid UTF-8", "[extract][tokens]") {
  // Found by fuzz_quantities: a lead byte without its continuation bytes made a word token
  // swallow the following space and end past the text.
  const std::string text("more \xf4ha. \xdc\xff\xff\xff" "about\x93\xff 5", 23);
  const auto tokens = eventdb::extract::tokenize(text);
  REQUIRE_FALSE(tokens.empty());
  for (const auto& t : tokens) {
    CHECK(t.start < t.end);
    CHECK(t.end <= text.size());
    CHECK(t.text.find(' ') == std::string_view::npos);
  }
  CHECK(tokens.back().text == "5");
}

TEST_CASE("visit_lemma_candidates visits lemma_candidates in order and can stop",
          "[extract][tokens]") {
  for (std::string_view w : {"imposed", "supplies", "stopped", "sanctions", "delivering",
                             "running", "denied", "classes", "sold", "is", "a", ""}) {
    CAPTURE(w);
    std::vector<std::string> seen;
    CHECK_FALSE(visit_lemma_candidates(w, [&](std::string_view c) {
      seen.emplace_back(c);
      return false;
    }));
    CHECK(seen == lemma_candidates(w));
  }
  std::vector<std::string> seen;
  CHECK(visit_lemma_candidates("stopped", [&](std::string_view c) {
    seen.emplace_back(c);
    return c == "stopp";
  }));
  CHECK(seen == std::vector<std::string>{"stopped", "stopp"});
}
