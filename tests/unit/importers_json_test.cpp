#include "importers/json.hpp"

#include "core/errors.hpp"

#include <catch2/catch.hpp>

#include <string>

using eventdb::importers::Format;
using eventdb::importers::read_json;
using eventdb::importers::read_path;
using namespace date::literals;

namespace {

const std::string k_dir = "tests/fixtures/importers/";

} // namespace

TEST_CASE("read_json reads JSON Lines and reports bad lines", "[importers][json]") {
  const auto r = read_path(k_dir + "articles.jsonl", Format::detect);
  REQUIRE(r.articles.size() == 3);
  REQUIRE(r.errors.size() == 2);
  CHECK_THAT(r.errors[0], Catch::StartsWith(k_dir + "articles.jsonl: line 3: not valid JSON"));
  CHECK(r.errors[1] == k_dir + "articles.jsonl: line 5: field 'title' must be a string");
  CHECK(r.articles[0].origin == k_dir + "articles.jsonl#line 1");
  CHECK(r.articles[2].origin == k_dir + "articles.jsonl#line 6");
}

TEST_CASE("read_json maps the field names", "[importers][json]") {
  const auto r = read_path(k_dir + "articles.jsonl", Format::detect);
  REQUIRE(r.articles.size() == 3);
  const auto& a = r.articles[0];
  CHECK(a.title == "Finland moves to close border crossings");
  CHECK(a.url == "https://north.example.com/finland-border");
  CHECK(a.author == "Aino Virtanen");
  REQUIRE(a.published);
  CHECK(*a.published == 2022_y / date::November / 30);
  CHECK(a.published_utc == "2022-11-30T14:20:00Z");
  CHECK(a.body == "Finland will start building a fence along parts of its eastern border next "
                  "year, the interior ministry said on Wednesday.\n\nThe first section, about "
                  "three kilometres long, will be built near the Imatra crossing.");
  CHECK(r.articles[1].url == "https://north.example.com/reserves");
  CHECK(r.articles[2].title == "Shipping insurers widen war-risk zone");
  REQUIRE(r.articles[2].published);
  CHECK(*r.articles[2].published == 2022_y / date::December / 2);
}

TEST_CASE("read_json extracts text from the html field", "[importers][json]") {
  const auto r = read_path(k_dir + "articles.jsonl", Format::detect);
  REQUIRE(r.articles.size() == 3);
  CHECK(r.articles[1].body ==
        "The central bank said on Thursday it had frozen a further 2 billion euros of reserves.");
}

TEST_CASE("read_json reads an array of objects", "[importers][json]") {
  const auto r = read_path(k_dir + "articles.json", Format::detect);
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[0].origin == k_dir + "articles.json#item 1");
  CHECK(r.articles[0].author == "Claire Dubois");
  REQUIRE(r.articles[0].published);
  CHECK(*r.articles[0].published == 2022_y / date::December / 9);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == k_dir + "articles.json: item 3: not a JSON object");
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0] ==
        k_dir + "articles.json#item 2: cannot read publication date 'not a date at all'");
}

TEST_CASE("read_json throws for an array that is not valid JSON", "[importers][json]") {
  CHECK_THROWS_WITH(read_json("[{\"title\": \"x\"},", "broken.json"),
                    Catch::StartsWith("broken.json: not valid JSON"));
}

TEST_CASE("read_json reads a pretty-printed single object and a wrapper", "[importers][json]") {
  const auto one =
      read_json("{\n  \"title\": \"Talks\",\n  \"text\": \"Envoys met.\"\n}", "o.json");
  REQUIRE(one.articles.size() == 1);
  CHECK(one.articles[0].body == "Envoys met.");
  const auto wrapped = read_json(
      "{\"status\": \"ok\", \"articles\": [{\"title\": \"A\"}, {\"title\": \"B\"}]}", "w.json");
  CHECK(wrapped.articles.size() == 2);
}

TEST_CASE("read_json rejects deep nesting without crashing", "[importers][json]") {
  const std::string deep = "{\"title\": \"x\", \"extra\": " + std::string(100000, '[') + "}";
  const auto r = read_json(deep + "\n{\"title\": \"ok\"}", "deep.jsonl");
  REQUIRE(r.articles.size() == 1);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "deep.jsonl: line 1: nested deeper than 64 levels");
  CHECK_THROWS_AS(read_json(std::string(100000, '['), "deep.json"), eventdb::core::InputError);
}

TEST_CASE("read_json reports a number with 10,000 digits as a bad line", "[importers][json]") {
  const std::string big = "{\"title\": \"Budget\", \"amount\": " + std::string(10000, '9') +
                          ", \"text\": \"The budget passed.\"}";
  const auto r = read_json(big + "\n{\"title\": \"Next\"}", "big.jsonl");
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].title == "Next");
  REQUIRE(r.errors.size() == 1);
  CHECK_THAT(r.errors[0], Catch::StartsWith("big.jsonl: line 1: not valid JSON: number overflow"));
  CHECK(r.errors[0].size() < 300);
}

TEST_CASE("read_json needs a title or text in each record", "[importers][json]") {
  const auto r = read_json("{\"url\": \"https://x.example/a\"}\n{\"title\": \"T\"}", "n.jsonl");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "n.jsonl: line 1: no title or text");
  CHECK(r.articles.size() == 1);
}

TEST_CASE("read_json warns about records without a date", "[importers][json]") {
  const auto r = read_json("{\"title\": \"T\", \"text\": \"Body.\"}", "d.jsonl");
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0] == "d.jsonl#line 1: no publication date");
}

TEST_CASE("json_nesting_within ignores brackets inside strings", "[importers][json]") {
  using eventdb::importers::json_nesting_within;
  CHECK(json_nesting_within(R"({"a": "[[[[[[", "b": "\"[[["})", 2));
  CHECK_FALSE(json_nesting_within("[[[", 2));
}
