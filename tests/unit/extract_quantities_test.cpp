#include "extract/lexicon.hpp"
#include "extract/quantities.hpp"
#include "extract/tokens.hpp"

#include <catch2/catch.hpp>

using namespace eventdb;
using namespace eventdb::extract;

namespace {
std::vector<QuantityMatch> quantities(const std::string& s) {
  const auto toks = tokenize(s);
  return find_quantities(toks, std::vector<bool>(toks.size(), false), Lexicon::builtin());
}
} // namespace

TEST_CASE("find_quantities reads numerals with separators and scale words", "[extract][quantity]") {
  struct Row {
    std::string text;
    double value;
    std::string unit;
  };
  const auto row = GENERATE(values<Row>({
      {"1,000 fighters were killed", 1000, "person"},
      {"a budget of $100 million", 1e8, "USD"},
      {"it spent 86.2 billion rubles", 86.2e9, "RUB"},
      {"some 1.1 billion euros", 1.1e9, "EUR"},
      {"90% of whom were convicts", 90, "percent"},
      {"$2.5bn in aid", 2.5e9, "USD"},
      {"a dozen tanks", 12, "tank"},
      {"twelve drones", 12, "drone"},
  }));
  CAPTURE(row.text);
  const auto q = quantities(row.text);
  REQUIRE(q.size() == 1);
  CHECK(q[0].quantity.value == Approx(row.value));
  CHECK(q[0].quantity.unit == row.unit);
}

TEST_CASE("find_quantities counts vague plurals conservatively", "[extract][quantity]") {
  // A plural is at least two of its unit.
  CHECK(quantities("dozens of civilians")[0].quantity.value == 24);
  CHECK(quantities("hundreds of soldiers")[0].quantity.value == 200);
  CHECK(quantities("thousands of refugees")[0].quantity.value == 2000);
  const auto q = quantities("tens of thousands of people fled");
  REQUIRE(q.size() == 1);
  CHECK(q[0].quantity.value == 20000);
  CHECK(q[0].quantity.approx == core::Approx::at_least);
}

TEST_CASE("find_quantities keeps qualifiers and rates", "[extract][quantity]") {
  const auto q = quantities("spending more than $100 million each month");
  REQUIRE(q.size() == 1);
  CHECK(q[0].quantity.approx == core::Approx::more_than);
  CHECK(q[0].quantity.per == "month");
  CHECK(q[0].quantity.text == "more than $100 million each month");
  CHECK(quantities("about 50,000")[0].quantity.approx == core::Approx::approximate);
  CHECK(quantities("at least 30 people")[0].quantity.approx == core::Approx::at_least);
  CHECK(quantities("up to 20 missiles")[0].quantity.approx == core::Approx::at_most);
}

TEST_CASE("find_quantities records what a count is of", "[extract][quantity]") {
  const auto q = quantities("10,000 skilled \u201Ccontractors\u201D and 40,000 convicts");
  REQUIRE(q.size() == 2);
  CHECK(q[0].quantity.what == "contractors");
  CHECK(q[1].quantity.what == "convicts");
}

TEST_CASE("find_quantities ignores designations and spelled-out numbers without units",
          "[extract][quantity]") {
  for (const auto& q : quantities("F-16 jets and S-300 systems")) {
    CHECK(q.quantity.value != 16);
    CHECK(q.quantity.value != 300);
  }
  CHECK(quantities("one of the reasons").empty());
}

TEST_CASE("find_quantities skips tokens marked as dates", "[extract][quantity]") {
  const auto toks = tokenize("the 2016 election");
  std::vector<bool> skip(toks.size(), false);
  skip[1] = true;
  CHECK(find_quantities(toks, skip, Lexicon::builtin()).empty());
}

TEST_CASE("parse_number reads numerals and number words", "[extract][quantity]") {
  CHECK(parse_number("1,000") == 1000);
  CHECK(parse_number("twelve") == 12);
  CHECK_FALSE(parse_number("dozens"));
  CHECK_FALSE(parse_number("1,00x"));
  CHECK_FALSE(parse_number("99999999999999999999999"));
}

TEST_CASE("parse_number knows each number word and no look-alike", "[extract][quantity]") {
  CHECK(parse_number("one") == 1);
  CHECK(parse_number("fifteen") == 15);
  CHECK(parse_number("hundred") == 100);
  CHECK(parse_number("dozen") == 12);
  // "a" and "an" count only inside phrases ("a dozen"), never alone.
  CHECK_FALSE(parse_number("a"));
  CHECK_FALSE(parse_number("an"));
  // Same first letter and length as a number word, or a prefix of one.
  CHECK_FALSE(parse_number("owe"));
  CHECK_FALSE(parse_number("fiftz"));
  CHECK_FALSE(parse_number("hundreds"));
  CHECK_FALSE(parse_number("tw"));
  CHECK_FALSE(parse_number(""));
  CHECK_FALSE(parse_number("One"));  // callers pass lower-case text
}
