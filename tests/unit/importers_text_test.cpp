#include "importers/text.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using eventdb::importers::read_text;
using eventdb::importers::text_to_paragraphs;
using namespace date::literals;

TEST_CASE("read_text takes known headers and the body after the blank line", "[importers][text]") {
  std::vector<std::string> warnings;
  const auto a = read_text("Title: Talks resume\n"
                           "URL: https://wire.example.com/talks\n"
                           "Author: Lena Fischer\n"
                           "Published: 2022-12-22\n"
                           "\n"
                           "Envoys met again on Monday.\n",
                           "talks.txt", warnings);
  CHECK(a.title == "Talks resume");
  CHECK(a.url == "https://wire.example.com/talks");
  CHECK(a.author == "Lena Fischer");
  REQUIRE(a.published);
  CHECK(*a.published == 2022_y / date::December / 22);
  CHECK(a.body == "Envoys met again on Monday.");
  CHECK(a.origin == "talks.txt");
  CHECK(warnings.empty());
}

TEST_CASE("read_text header keys are case-insensitive and Date means Published",
          "[importers][text]") {
  std::vector<std::string> warnings;
  const auto a = read_text("TITLE: Ports reopen\ndate: Fri, 23 Dec 2022 02:00:00 +0300\n\nBody.",
                           "p.txt", warnings);
  CHECK(a.title == "Ports reopen");
  REQUIRE(a.published);
  CHECK(*a.published == 2022_y / date::December / 23);
  CHECK(a.published_utc == "2022-12-22T23:00:00Z");
}

TEST_CASE("read_text uses Source as the URL only when it is one", "[importers][text]") {
  std::vector<std::string> warnings;
  const auto with_url = read_text("Source: https://wire.example.com/a\n\nText.", "a.txt", warnings);
  CHECK(with_url.url == "https://wire.example.com/a");
  const auto with_name = read_text("Source: Northgate Wire\n\nText.", "b.txt", warnings);
  CHECK(with_name.url.empty());
}

TEST_CASE("read_text treats a first line with an unknown key as body", "[importers][text]") {
  std::vector<std::string> warnings;
  const auto a =
      read_text("WASHINGTON: The Senate voted on Thursday.\n\nMore text.", "w.txt", warnings);
  CHECK(a.title.empty());
  CHECK(a.body == "WASHINGTON: The Senate voted on Thursday.\n\nMore text.");
}

TEST_CASE("read_text ends the header block at a line that is not a header", "[importers][text]") {
  std::vector<std::string> warnings;
  const auto a =
      read_text("Title: Short\nThe story starts here without a blank line.", "s.txt", warnings);
  CHECK(a.title == "Short");
  CHECK(a.body == "The story starts here without a blank line.");
}

TEST_CASE("read_text joins lines within a paragraph and keeps paragraphs", "[importers][text]") {
  std::vector<std::string> warnings;
  const auto a = read_text("Title: T\n\nFirst line\nsecond   line\n\n\n\nNext\tparagraph.\n",
                           "j.txt", warnings);
  CHECK(a.body == "First line second line\n\nNext paragraph.");
}

TEST_CASE("read_text warns about an unreadable publication date", "[importers][text]") {
  std::vector<std::string> warnings;
  const auto a = read_text("Title: T\nPublished: next Tuesday-ish\n\nText.", "d.txt", warnings);
  CHECK_FALSE(a.published);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] == "d.txt: cannot read publication date 'next Tuesday-ish'");
}

TEST_CASE("read_text warns when there is no publication date", "[importers][text]") {
  std::vector<std::string> warnings;
  const auto a = read_text("Just a paragraph.", "n.txt", warnings);
  CHECK_FALSE(a.published);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] == "n.txt: no publication date");
}

TEST_CASE("read_text normalises CRLF and no-break spaces", "[importers][text]") {
  std::vector<std::string> warnings;
  const auto a = read_text("Title: T\r\n\r\nOne\xC2\xA0two\r\nthree\r\n", "c.txt", warnings);
  CHECK(a.title == "T");
  CHECK(a.body == "One two three");
}

TEST_CASE("read_text with only headers gives an empty body", "[importers][text]") {
  std::vector<std::string> warnings;
  const auto a = read_text("Title: Headline only\nDate: 2022-12-01\n", "h.txt", warnings);
  CHECK(a.title == "Headline only");
  CHECK(a.body.empty());
}

TEST_CASE("text_to_paragraphs drops blank lines at both ends", "[importers][text]") {
  CHECK(text_to_paragraphs("\n\n  \n First.\n\n") == "First.");
  CHECK(text_to_paragraphs(" \n\t\n").empty());
}
