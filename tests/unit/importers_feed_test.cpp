#include "importers/feed.hpp"

#include "core/errors.hpp"

#include <catch2/catch.hpp>

#include <string>

using eventdb::importers::Format;
using eventdb::importers::read_feed;
using eventdb::importers::read_path;
using namespace date::literals;

namespace {

const std::string k_dir = "tests/fixtures/importers/";

bool contains(const std::string& hay, std::string_view needle) {
  return hay.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("read_feed reads every RSS item with its origin", "[importers][feed]") {
  const auto r = read_path(k_dir + "feed_rss.xml", Format::detect);
  REQUIRE(r.articles.size() == 3);
  CHECK(r.errors.empty());
  CHECK(r.articles[0].origin == k_dir + "feed_rss.xml#item 1");
  CHECK(r.articles[2].origin == k_dir + "feed_rss.xml#item 3");
  CHECK(r.articles[0].title == "U.S. adds shipping firms to sanctions list over oil cap evasion");
  CHECK(r.articles[0].url == "https://eastline.example.com/world/us-shipping-sanctions");
  CHECK(r.articles[0].author == "Dana Whitfield");
}

TEST_CASE("read_feed keeps each item's date in its own offset", "[importers][feed]") {
  const auto r = read_path(k_dir + "feed_rss.xml", Format::detect);
  REQUIRE(r.articles.size() == 3);
  REQUIRE(r.articles[0].published);
  CHECK(*r.articles[0].published == 2022_y / date::December / 22);
  CHECK(r.articles[0].published_utc == "2022-12-23T04:30:00Z");
  REQUIRE(r.articles[1].published);
  CHECK(*r.articles[1].published == 2022_y / date::December / 23);
  CHECK(r.articles[1].published_utc == "2022-12-22T23:00:00Z");
  REQUIRE(r.articles[2].published);
  CHECK(r.articles[2].published_utc == "2022-12-24T09:05:00Z");
}

TEST_CASE("read_feed extracts text from content:encoded HTML", "[importers][feed]") {
  const auto r = read_path(k_dir + "feed_rss.xml", Format::detect);
  REQUIRE(r.articles.size() == 3);
  const auto& body = r.articles[2].body;
  CHECK(body.starts_with("KYIV, Dec. 24 (Eastline) \xE2\x80\x94 Millions of households"));
  CHECK(contains(body, "\n\nRepair crews worked through the night"));
  CHECK_FALSE(contains(body, "Share this article"));
  CHECK_FALSE(contains(body, "repair crew at a substation"));
  CHECK_FALSE(contains(body, "<p>"));
  CHECK(r.articles[2].author == "Petro Lysenko");
}

TEST_CASE("read_feed decodes entities in CDATA descriptions", "[importers][feed]") {
  const auto r = read_path(k_dir + "feed_rss.xml", Format::detect);
  REQUIRE(r.articles.size() == 3);
  CHECK(contains(r.articles[1].body, "in January & include fertiliser"));
}

TEST_CASE("read_feed reads Atom entries", "[importers][feed]") {
  const auto r = read_path(k_dir + "feed_atom.xml", Format::detect);
  REQUIRE(r.articles.size() == 2);
  const auto& a = r.articles[0];
  CHECK(a.title == "Japan joins G7 price cap on Russian oil");
  CHECK(a.url == "https://meridian.example.org/2022/12/05/japan-price-cap");
  CHECK(a.author == "Kenji Arakawa");
  REQUIRE(a.published);
  CHECK(*a.published == 2022_y / date::December / 5);
  CHECK(a.published_utc == "2022-12-04T23:00:00Z");
  CHECK(a.body == "Japan said on Monday it would apply the Group of Seven price cap on Russian "
                  "seaborne crude, while keeping an exemption for oil from a Sakhalin project."
                  "\n\nOfficials said the exemption was needed to secure energy supplies.");
}

TEST_CASE("read_feed uses Atom updated and summary when nothing better exists",
          "[importers][feed]") {
  const auto r = read_path(k_dir + "feed_atom.xml", Format::detect);
  REQUIRE(r.articles.size() == 2);
  REQUIRE(r.articles[1].published);
  CHECK(*r.articles[1].published == 2022_y / date::December / 6);
  CHECK(r.articles[1].body.starts_with("Norway widened its export controls"));
}

TEST_CASE("read_feed reports truncated XML with line and description", "[importers][feed]") {
  CHECK_THROWS_WITH(read_path(k_dir + "feed_truncated.xml", Format::detect),
                    Catch::StartsWith(k_dir + "feed_truncated.xml: not valid XML at line ") &&
                        Catch::Contains("mismatch"));
}

TEST_CASE("read_feed never expands external entities", "[importers][feed]") {
  const auto r = read_path(k_dir + "feed_bad_entity.xml", Format::detect);
  REQUIRE(r.articles.size() == 2);
  CHECK_FALSE(contains(r.articles[0].body, "root:"));
  CHECK(r.articles[0].title == "Navy escorts tankers through the strait");
  CHECK(contains(r.articles[0].body, "Tuesday\xE2\x80\x99s convoy"));
}

TEST_CASE("read_feed keeps items whose entities are unknown", "[importers][feed]") {
  const auto r = read_path(k_dir + "feed_bad_entity.xml", Format::detect);
  REQUIRE(r.articles.size() == 2);
  CHECK(contains(r.articles[1].title, "raise war-risk premiums"));
  REQUIRE(r.articles[1].published);
  CHECK(*r.articles[1].published == 2022_y / date::December / 13);
}

TEST_CASE("read_feed reports a bad item and keeps the rest", "[importers][feed]") {
  const auto r = read_feed("<rss><channel>"
                           "<item><title>Good one</title><pubDate>2022-12-01</pubDate></item>"
                           "<item><guid>x</guid></item>"
                           "<item><title>Good two</title><pubDate>someday</pubDate></item>"
                           "</channel></rss>",
                           "f.xml");
  REQUIRE(r.articles.size() == 2);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "f.xml: item 2: no title or text");
  CHECK(r.articles[1].origin == "f.xml#item 3");
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0] == "f.xml#item 3: cannot read publication date 'someday'");
}

TEST_CASE("read_feed refuses XML that is not a feed", "[importers][feed]") {
  CHECK_THROWS_WITH(read_feed("<?xml version=\"1.0\"?><catalog><book/></catalog>", "c.xml"),
                    "c.xml: not a feed: root element <catalog>");
}

TEST_CASE("read_feed warns about a feed without items", "[importers][feed]") {
  const auto r = read_feed("<rss><channel><title>Empty</title></channel></rss>", "e.xml");
  CHECK(r.articles.empty());
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0] == "e.xml: feed has no items");
}

TEST_CASE("read_feed survives deeply nested XML", "[importers][feed]") {
  std::string xml = "<rss><channel><item><title>Deep</title><description>";
  for (int i = 0; i < 100000; ++i) {
    xml += "<x>";
  }
  const auto r = [&] {
    try {
      return read_feed(xml, "deep.xml");
    } catch (const eventdb::core::InputError&) {
      return eventdb::importers::ReadResult{};
    }
  }();
  CHECK(r.articles.size() <= 1);
}
