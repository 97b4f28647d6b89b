#include "extract/sentences.hpp"

#include <catch2/catch.hpp>

using namespace eventdb::extract;

namespace {
std::vector<std::string> split_text(std::string_view body) {
  std::vector<std::string> out;
  for (const auto& s : split_sentences(body)) {
    out.emplace_back(body.substr(s.start, s.end - s.start));
  }
  return out;
}
} // namespace

TEST_CASE("split_sentences ends sentences at terminal punctuation", "[extract][sentences]") {
  CHECK(split_text("Kirby spoke. The U.S. will act! Will it? Yes.") ==
        std::vector<std::string>{"Kirby spoke.", "The U.S. will act!", "Will it?", "Yes."});
}

TEST_CASE("split_sentences keeps abbreviations and initials inside sentences",
          "[extract][sentences]") {
  CHECK(split_text("Mr. Prigozhin met Gen. Gerasimov on Dec. 3 in St. Petersburg.").size() == 1);
  CHECK(split_text("John F. Kennedy spoke.").size() == 1);
}

TEST_CASE("split_sentences keeps closing quotes with their sentence", "[extract][sentences]") {
  const auto s = split_text("\u201CWe will act.\u201D Kirby said so.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "\u201CWe will act.\u201D");
}

TEST_CASE("split_sentences breaks at paragraphs and numbers them", "[extract][sentences]") {
  const std::string body = "First paragraph without a stop\n\nSecond one. Third one.";
  const auto s = split_sentences(body);
  REQUIRE(s.size() == 3);
  CHECK(s[0].paragraph == 0);
  CHECK(s[2].paragraph == 1);
}

TEST_CASE("split_sentences does not split decimals or empty input", "[extract][sentences]") {
  CHECK(split_text("It cost 3.5 billion rubles.").size() == 1);
  CHECK(split_sentences("").empty());
  CHECK(split_sentences("  \n\n  ").empty());
}

TEST_CASE("split_sentences cuts a sentence longer than the limit at spaces", "[extract][sentences]") {
  std::string body;
  while (body.size() < 3 * k_max_sentence_bytes) {
    body += "Russia sold rockets and ";
  }
  body += std::string(2 * k_max_sentence_bytes, 'x');  // one word longer than the limit
  const auto s = split_sentences(body);
  REQUIRE(s.size() >= 5);
  std::size_t covered = 0;
  for (const auto& x : s) {
    CHECK(x.end - x.start <= k_max_sentence_bytes);
    CHECK(x.start >= covered);
    covered = x.end;
  }
  CHECK(s.back().end == body.size());
  CHECK(body[s[1].start - 1] == ' ');  // cut at a space, so pieces start at a word
}
