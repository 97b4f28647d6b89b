#include "importers/timestamp.hpp"

#include <catch2/catch.hpp>

#include <string>

using eventdb::importers::parse_timestamp;
using namespace date::literals;

TEST_CASE("parse_timestamp reads a bare ISO date without an instant", "[importers][timestamp]") {
  const auto t = parse_timestamp("2022-12-22");
  REQUIRE(t);
  CHECK(t->local_date == 2022_y / date::December / 22);
  CHECK(t->utc.empty());
}

TEST_CASE("parse_timestamp keeps the local date of an RFC 3339 stamp", "[importers][timestamp]") {
  const auto t = parse_timestamp("2022-12-22T23:30:00-05:00");
  REQUIRE(t);
  CHECK(t->local_date == 2022_y / date::December / 22);
  CHECK(t->utc == "2022-12-23T04:30:00Z");
}

TEST_CASE("parse_timestamp accepts RFC 3339 variants", "[importers][timestamp]") {
  const auto [text, utc] = GENERATE(table<std::string, std::string>({
      {"2022-12-22T23:30:00Z", "2022-12-22T23:30:00Z"},
      {"2022-12-22t23:30:00z", "2022-12-22T23:30:00Z"},
      {"2022-12-22T23:30:00.123456+01:00", "2022-12-22T22:30:00Z"},
      {"2022-12-22 23:30:00+0530", "2022-12-22T18:00:00Z"},
      {"2022-12-22T23:30Z", "2022-12-22T23:30:00Z"},
      {"2022-12-22T23:30:00+02", "2022-12-22T21:30:00Z"},
      {"  2022-12-22T23:30:00Z  ", "2022-12-22T23:30:00Z"},
  }));
  CAPTURE(text);
  const auto t = parse_timestamp(text);
  REQUIRE(t);
  CHECK(t->utc == utc);
}

TEST_CASE("parse_timestamp gives no instant for a time without a zone", "[importers][timestamp]") {
  const auto t = parse_timestamp("2022-12-22T23:30:00");
  REQUIRE(t);
  CHECK(t->local_date == 2022_y / date::December / 22);
  CHECK(t->utc.empty());
}

TEST_CASE("parse_timestamp reads RFC 822 in the stamp's own offset", "[importers][timestamp]") {
  const auto late = parse_timestamp("Thu, 22 Dec 2022 23:30:00 -0500");
  REQUIRE(late);
  CHECK(late->local_date == 2022_y / date::December / 22);
  CHECK(late->utc == "2022-12-23T04:30:00Z");

  const auto early = parse_timestamp("Fri, 23 Dec 2022 02:00:00 +0300");
  REQUIRE(early);
  CHECK(early->local_date == 2022_y / date::December / 23);
  CHECK(early->utc == "2022-12-22T23:00:00Z");
}

TEST_CASE("parse_timestamp accepts RFC 822 variants and zone names", "[importers][timestamp]") {
  const auto [text, utc] = GENERATE(table<std::string, std::string>({
      {"22 Dec 2022 23:30:00 GMT", "2022-12-22T23:30:00Z"},
      {"Thu, 22 Dec 2022 23:30 UT", "2022-12-22T23:30:00Z"},
      {"Thu, 22 Dec 22 23:30:00 EST", "2022-12-23T04:30:00Z"},
      {"Thu, 22 Dec 2022 23:30:00 EDT", "2022-12-23T03:30:00Z"},
      {"Thu, 22 Dec 2022 20:30:00 PST", "2022-12-23T04:30:00Z"},
      {"Thu, 22 Dec 2022 20:30:00 PDT", "2022-12-23T03:30:00Z"},
      {"Thu, 22 Dec 2022 21:30:00 MST", "2022-12-23T04:30:00Z"},
      {"Thu, 22 Dec 2022 22:30:00 CST", "2022-12-23T04:30:00Z"},
      {"Thu, 22 Dec 2022 23:30:00 Z", "2022-12-22T23:30:00Z"},
      {"Thu, 22 Dec 2022 23:30:00 A", "2022-12-22T23:30:00Z"},
      {"Thursday, 22 December 2022 23:30:00 +0000 (UTC)", "2022-12-22T23:30:00Z"},
      {"Thu, 1 Sep 2022 08:00:00 +0200", "2022-09-01T06:00:00Z"},
      {"22 Dec 99 23:30:00 GMT", "1999-12-22T23:30:00Z"},
  }));
  CAPTURE(text);
  const auto t = parse_timestamp(text);
  REQUIRE(t);
  CHECK(t->utc == utc);
}

TEST_CASE("parse_timestamp reads month-first dates", "[importers][timestamp]") {
  const auto t = parse_timestamp("December 22, 2022");
  REQUIRE(t);
  CHECK(t->local_date == 2022_y / date::December / 22);
  const auto abbreviated = parse_timestamp("Dec. 22, 2022");
  REQUIRE(abbreviated);
  CHECK(abbreviated->local_date == 2022_y / date::December / 22);
}

TEST_CASE("parse_timestamp rejects impossible and malformed values", "[importers][timestamp]") {
  const auto text =
      GENERATE(as<std::string>{}, "", "99999-99-99", "2022-02-30", "2022-13-01", "2022-1-5",
               "2022-12-22T24:00:00Z", "2022-12-22T23:60:00Z", "2022-12-22T23:30:00+25:00",
               "2022-12-22T23:30:00 Mars", "Thu, 30 Feb 2022 10:00:00 GMT",
               "Thu, 22 Foo 2022 10:00 GMT", "Thu, 22 Dec 2022 10:00 XYZ", "yesterday",
               "2022-12-22garbage", "Thu, 22 Dec 2022 10:00:00 +0000 (unclosed");
  CAPTURE(text);
  CHECK_FALSE(parse_timestamp(text));
}

TEST_CASE("parse_timestamp refuses very long input quickly", "[importers][timestamp]") {
  CHECK_FALSE(parse_timestamp(std::string(100000, '9')));
}
