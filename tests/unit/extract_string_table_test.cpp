#include "extract/string_table.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

using namespace eventdb::extract;

TEST_CASE("StringMap finds what was inserted, by view, and nothing else",
          "[extract][string_table]") {
  StringMap<int> m;
  CHECK(m.find("sell") == m.end());
  CHECK_FALSE(m.contains(""));
  CHECK(m.emplace("sell", 1).second);
  CHECK_FALSE(m.emplace("sell", 2).second);  // an existing key keeps its value
  m["sold"] = 3;
  m[std::string("")] = 4;  // the empty key is a key like any other
  CHECK(m.size() == 3);
  CHECK(m.find(std::string_view("sell"))->second == 1);
  CHECK(m.find("sold")->second == 3);
  CHECK(m.find("")->second == 4);
  CHECK_FALSE(m.contains("sel"));
  CHECK_FALSE(m.contains("sells"));
  const auto& cm = m;
  CHECK(cm.find("sold") != cm.end());
}

TEST_CASE("StringMap agrees with std::map on many keys through growth", "[extract][string_table]") {
  StringMap<std::size_t> m;
  std::map<std::string, std::size_t> expected;
  // Keys of every length from 0 to 40 bytes, sharing prefixes and suffixes, so the hash sees
  // both of its tail cases and whole eight-byte blocks.
  for (std::size_t i = 0; i < 3000; ++i) {
    const std::string key =
        std::string(i % 41, static_cast<char>('a' + i % 26)) + std::to_string(i / 7);
    m.emplace(key, i);
    expected.emplace(key, i);
  }
  CHECK(m.size() == expected.size());
  for (const auto& [key, value] : expected) {
    const auto it = m.find(key);
    REQUIRE(it != m.end());
    CHECK(it->first == key);
    CHECK(it->second == value);
    CHECK_FALSE(m.contains(key + "x"));
  }
  // Iteration visits every entry once, in insertion order.
  std::size_t n = 0;
  std::size_t last = 0;
  for (const auto& [key, value] : m) {
    CHECK((n == 0 || value > last));
    last = value;
    ++n;
  }
  CHECK(n == m.size());
}

TEST_CASE("StringSet keeps one copy of each key", "[extract][string_table]") {
  StringSet s;
  CHECK(s.insert("united"));
  CHECK_FALSE(s.emplace("united"));
  CHECK(s.emplace("united arab"));
  CHECK(s.size() == 2);
  CHECK(s.contains("united arab"));
  CHECK_FALSE(s.contains("united arab emirates"));
}

TEST_CASE("StringHash depends on every byte and on the length", "[extract][string_table]") {
  const StringHash h;
  CHECK(h("") != h(std::string_view("\0", 1)));
  CHECK(h("abc") != h("abd"));
  CHECK(h("abcdefgh") != h("abcdefgi"));
  CHECK(h("abcdefghijk") != h("abcdefghijl"));
  CHECK(h("abcd") == h(std::string("abcd")));
}

TEST_CASE("equal_words compares every byte of words of any length", "[extract][string_table]") {
  for (std::size_t n = 0; n <= 24; ++n) {
    std::string a(n, 'x');
    for (std::size_t i = 0; i < n; ++i) {
      a[i] = static_cast<char>('a' + i);
    }
    CHECK(equal_words(a, std::string(a)));
    CHECK_FALSE(equal_words(a, a + "z"));
    for (std::size_t i = 0; i < n; ++i) {
      std::string b = a;
      b[i] = 'Z';
      CHECK_FALSE(equal_words(a, b));
    }
  }
}

TEST_CASE("StringMap's shape filter never hides a key", "[extract][string_table]") {
  // Lookups are first filtered by (first byte, length): keys that share a shape with another,
  // the empty key, keys of 63 and more bytes (one bit for all of them) and non-ASCII first
  // bytes must all be found, and absent keys of a present shape must not.
  StringMap<int> m;
  const std::string long_a(63, 'x');
  const std::string long_b(64, 'x');
  const std::string long_c = std::string(70, 'x') + "y";
  const std::vector<std::string> keys = {"",     "a",    "ab",   "ac",   "\xC3\xA9t\xC3\xA9",
                                         "sell", "send", long_a, long_b, long_c};
  for (std::size_t k = 0; k < keys.size(); ++k) {
    m.emplace(keys[k], static_cast<int>(k));
  }
  for (std::size_t k = 0; k < keys.size(); ++k) {
    CAPTURE(keys[k]);
    REQUIRE(m.find(keys[k]) != m.end());
    CHECK(m.find(keys[k])->second == static_cast<int>(k));
  }
  CHECK_FALSE(m.contains("ad"));    // same shape as "ab"
  CHECK_FALSE(m.contains("selk"));  // same shape as "sell"
  CHECK_FALSE(m.contains(std::string(100, 'x')));  // same shape as long_c
  CHECK_FALSE(m.contains("b"));
  CHECK_FALSE(m.contains("sells"));
}
