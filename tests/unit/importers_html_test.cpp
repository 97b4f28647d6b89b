#include "importers/html.hpp"

#include "core/errors.hpp"
#include "importers/reader.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using eventdb::importers::Format;
using eventdb::importers::read_html;
using eventdb::importers::read_path;
using namespace date::literals;

namespace {

const std::string k_dir = "tests/fixtures/importers/";

bool contains(const std::string& hay, std::string_view needle) {
  return hay.find(needle) != std::string::npos;
}

std::size_t count_paragraphs(const std::string& body) {
  std::size_t n = body.empty() ? 0 : 1;
  for (auto pos = body.find("\n\n"); pos != std::string::npos; pos = body.find("\n\n", pos + 2)) {
    ++n;
  }
  return n;
}

} // namespace

TEST_CASE("read_html keeps the story and drops boilerplate", "[importers][html]") {
  const auto r = read_path(k_dir + "article_boilerplate.html", Format::detect);
  REQUIRE(r.articles.size() == 1);
  const auto& body = r.articles[0].body;
  CHECK(body.starts_with("BRUSSELS \xE2\x80\x94 European Union governments agreed"));
  CHECK(body.ends_with("which is expected on Friday."));
  // Five story paragraphs, the subheading and the quotation.
  CHECK(count_paragraphs(body) == 7);
  for (const auto* junk : {"cookies", "Accept all", "Markets", "Share on", "Photo credit",
                           "Oil price cap takes effect", "Sign up", "Most read", "All rights",
                           "4 min read", "dataLayer", "position: fixed"}) {
    CAPTURE(junk);
    CHECK_FALSE(contains(body, junk));
  }
}

TEST_CASE("read_html reads title, canonical URL, author and meta date", "[importers][html]") {
  const auto r = read_path(k_dir + "article_boilerplate.html", Format::detect);
  REQUIRE(r.articles.size() == 1);
  const auto& a = r.articles[0];
  CHECK(a.title == "EU agrees ninth sanctions package after overnight talks");
  CHECK(a.url == "https://wire.example.com/world/europe/eu-ninth-sanctions-package");
  CHECK(a.author == "Marta Kowalczyk");
  REQUIRE(a.published);
  CHECK(*a.published == 2022_y / date::December / 15);
  CHECK(a.published_utc == "2022-12-15T22:40:00Z");
  CHECK(r.warnings.empty());
}

TEST_CASE("read_html decodes entities", "[importers][html]") {
  const auto r = read_path(k_dir + "article_boilerplate.html", Format::detect);
  REQUIRE(r.articles.size() == 1);
  CHECK(contains(r.articles[0].body, "the bloc\xE2\x80\x99s financial system"));
  CHECK_FALSE(contains(r.articles[0].body, "&rsquo;"));
}

TEST_CASE("read_html takes the date and author from JSON-LD @graph", "[importers][html]") {
  const auto r = read_path(k_dir + "jsonld_date.html", Format::detect);
  REQUIRE(r.articles.size() == 1);
  const auto& a = r.articles[0];
  REQUIRE(a.published);
  CHECK(*a.published == 2022_y / date::November / 4);
  CHECK(a.published_utc == "2022-11-04T04:15:00Z");
  CHECK(a.author == "Ilya Brennan, Sofia Marchetti");
  CHECK(a.title == "Grain shipments resume from southern ports");
}

TEST_CASE("read_html finds the densest text block without an <article>", "[importers][html]") {
  const auto r = read_path(k_dir + "jsonld_date.html", Format::detect);
  REQUIRE(r.articles.size() == 1);
  const auto& body = r.articles[0].body;
  CHECK(count_paragraphs(body) == 3);
  CHECK(body.starts_with("ODESA, Ukraine"));
  CHECK_FALSE(contains(body, "Subscribe"));
  CHECK_FALSE(contains(body, "Home"));
}

TEST_CASE("read_html falls back to a date in the URL path", "[importers][html]") {
  const auto r = read_path(k_dir + "url_date.html", Format::detect);
  REQUIRE(r.articles.size() == 1);
  const auto& a = r.articles[0];
  CHECK(a.url == "https://dispatch.example.org/world/2022/12/19/ceasefire-talks-stall");
  REQUIRE(a.published);
  CHECK(*a.published == 2022_y / date::December / 19);
  CHECK(a.published_utc.empty());
  CHECK_FALSE(contains(a.body, "Ceasefire talks stall")); // the <h1> is the title
}

TEST_CASE("read_html reads a dateline with a year", "[importers][html]") {
  std::vector<std::string> warnings;
  const auto a = read_html("<html><body><p>KYIV, Ukraine, Dec. 22, 2022 (Eastline) \xE2\x80\x94 "
                           "Air raid sirens sounded across the country on Thursday.</p>"
                           "</body></html>",
                           "dl.html", warnings);
  REQUIRE(a.published);
  CHECK(*a.published == 2022_y / date::December / 22);
  CHECK(warnings.empty());
}

TEST_CASE("read_html prefers <time datetime> over meta name=date", "[importers][html]") {
  std::vector<std::string> warnings;
  const auto a = read_html(
      "<html><head><meta name=\"date\" content=\"2022-01-01\"></head><body><article>"
      "<time datetime=\"2022-12-21T10:00:00+01:00\">Wednesday</time>"
      "<p>Parliament voted on Wednesday to extend the sanctions regime for a further six "
      "months, with a large majority in favour of the measures.</p></article></body></html>",
      "t.html", warnings);
  REQUIRE(a.published);
  CHECK(*a.published == 2022_y / date::December / 21);
}

TEST_CASE("read_html uses meta name=date when nothing better exists", "[importers][html]") {
  std::vector<std::string> warnings;
  const auto a = read_html("<html><head><meta name=\"DC.date.issued\" content=\"2022-12-20\">"
                           "</head><body><p>Short story.</p></body></html>",
                           "m.html", warnings);
  REQUIRE(a.published);
  CHECK(*a.published == 2022_y / date::December / 20);
}

TEST_CASE("read_html warns when no date can be found", "[importers][html]") {
  std::vector<std::string> warnings;
  const auto a = read_html("<p>Officials said talks would resume.</p>", "nodate.html", warnings);
  CHECK_FALSE(a.published);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] == "nodate.html: no publication date");
  CHECK(a.body == "Officials said talks would resume.");
}

TEST_CASE("read_html survives deeply nested markup", "[importers][html]") {
  std::string html = "<html><body>";
  for (int i = 0; i < 20000; ++i) {
    html += "<div>";
  }
  html += "<p>Deep text.</p>";
  std::vector<std::string> warnings;
  const auto a = read_html(html, "deep.html", warnings);
  CHECK(a.origin == "deep.html");
}

TEST_CASE("read_html refuses oversize pages", "[importers][html]") {
  std::vector<std::string> warnings;
  const std::string huge(eventdb::importers::k_max_html_bytes + 1, 'a');
  CHECK_THROWS_AS(read_html(huge, "huge.html", warnings), eventdb::core::InputError);
}

TEST_CASE("read_html ignores malformed JSON-LD", "[importers][html]") {
  std::vector<std::string> warnings;
  std::string deep(10000, '[');
  const auto a = read_html("<script type=\"application/ld+json\">" + deep +
                               "</script><script type=\"application/ld+json\">{\"datePublished\": "
                               "</script><p>Text.</p>",
                           "ld.html", warnings);
  CHECK_FALSE(a.published);
}

TEST_CASE("html_to_text turns a fragment into paragraphs", "[importers][html]") {
  CHECK(eventdb::importers::html_to_text(
            "<p>One &amp; two.</p>\n<div class=\"share\">Share</div><ul><li>Three</li>"
            "<li>Four</li></ul>text<br>after break") ==
        "One & two.\n\nThree\n\nFour\n\ntext\n\nafter break");
}

TEST_CASE("looks_like_html spots tags and entities", "[importers][html]") {
  using eventdb::importers::looks_like_html;
  CHECK(looks_like_html("<p>x</p>"));
  CHECK(looks_like_html("line<br/>line"));
  CHECK(looks_like_html("AT&amp;T"));
  CHECK_FALSE(looks_like_html("3 < 4 and 5 > 2"));
  CHECK_FALSE(looks_like_html("Plain words & more words"));
}

TEST_CASE("date_from_url reads common path layouts", "[importers][html]") {
  using eventdb::importers::date_from_url;
  CHECK(date_from_url("https://x.example/2022/12/22/story") == 2022_y / date::December / 22);
  CHECK(date_from_url("https://x.example/news/2022-12-22-story") == 2022_y / date::December / 22);
  CHECK(date_from_url("https://x.example/a/20221222/story") == 2022_y / date::December / 22);
  CHECK_FALSE(date_from_url("https://x.example/2022/02/30/story"));
  CHECK_FALSE(date_from_url("https://x.example/story-12345678901"));
  CHECK_FALSE(date_from_url(""));
}

TEST_CASE("date_from_dateline needs a year", "[importers][html]") {
  using eventdb::importers::date_from_dateline;
  CHECK(date_from_dateline("WASHINGTON, Dec. 22, 2022 \xE2\x80\x94 The Senate") ==
        2022_y / date::December / 22);
  CHECK(date_from_dateline("LONDON, 3 March 2022 - Britain") == 2022_y / date::March / 3);
  CHECK_FALSE(date_from_dateline("WASHINGTON, Dec. 22 (Reuters) - The Senate"));
  CHECK_FALSE(date_from_dateline("The talks on Dec. 22, 2022 ended."));
}
