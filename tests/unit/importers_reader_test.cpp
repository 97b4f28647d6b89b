#include "importers/reader.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "importers/encoding.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

using eventdb::core::InputError;
using eventdb::importers::detect_format;
using eventdb::importers::expand_paths;
using eventdb::importers::Format;
using eventdb::importers::read_bytes;
using eventdb::importers::read_path;
using namespace date::literals;
using namespace std::string_literals;

namespace {

const std::string k_dir = "tests/fixtures/importers/";

bool contains(const std::string& hay, std::string_view needle) {
  return hay.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("read_path reads a text file with BOM, CRLF and headers", "[importers][reader]") {
  const auto r = read_path(k_dir + "crlf_bom_headers.txt", Format::detect);
  REQUIRE(r.articles.size() == 1);
  const auto& a = r.articles[0];
  CHECK(a.title == "Sanctions widened after drone strikes");
  CHECK(a.url == "https://wire.example.com/world/sanctions-widened");
  CHECK(a.author == "Jonas Lindqvist");
  REQUIRE(a.published);
  CHECK(*a.published == 2022_y / date::December / 22);
  CHECK(a.published_utc == "2022-12-23T04:30:00Z");
  CHECK(a.body == "LONDON \xE2\x80\x94 Britain added six individuals to its sanctions list on "
                  "Thursday.\n\nThe foreign office said the measures targeted officials linked "
                  "to drone supplies.");
  CHECK_FALSE(contains(a.body, "\r"));
  CHECK(r.warnings.empty());
  CHECK(r.errors.empty());
}

TEST_CASE("read_path converts Windows-1252 text with a warning", "[importers][reader]") {
  const auto r = read_path(k_dir + "cp1252.txt", Format::detect);
  REQUIRE(r.articles.size() == 1);
  CHECK(eventdb::core::is_valid_utf8(r.articles[0].body));
  CHECK(
      contains(r.articles[0].body, "\xE2\x80\x9Ctense but constructive\xE2\x80\x9D \xE2\x80\x93"));
  REQUIRE_FALSE(r.warnings.empty());
  CHECK(r.warnings[0] == k_dir + "cp1252.txt: not valid UTF-8; read as Windows-1252");
}

TEST_CASE("read_path replaces bytes undefined in Windows-1252 with U+FFFD", "[importers][reader]") {
  const auto r = read_path(k_dir + "invalid_utf8.txt", Format::detect);
  REQUIRE(r.articles.size() == 1);
  const auto& body = r.articles[0].body;
  CHECK(eventdb::core::is_valid_utf8(body));
  CHECK(contains(body, "the \xEF\xBF\xBD convoy"));
  REQUIRE_FALSE(r.warnings.empty());
  CHECK(r.warnings[0] ==
        k_dir + "invalid_utf8.txt: not valid UTF-8; replaced 2 invalid byte(s) with U+FFFD");
}

TEST_CASE("read_bytes keeps valid UTF-8 and replaces a stray byte in it", "[importers][reader]") {
  // A valid 'é' next to a lone 0x93: mixed input is damaged UTF-8, not cp1252.
  const auto r = read_bytes("Caf\xC3\xA9 \x93quoted", "mixed.txt", Format::text);
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].body == "Caf\xC3\xA9 \xEF\xBF\xBDquoted");
}

TEST_CASE("read_path refuses binary data", "[importers][reader]") {
  CHECK_THROWS_WITH(read_path(k_dir + "binary.bin", Format::detect),
                    k_dir + "binary.bin: binary data, not an article");
}

TEST_CASE("read_bytes refuses input full of control characters", "[importers][reader]") {
  std::string junk;
  for (int i = 0; i < 200; ++i) {
    junk += "ab\x01\x02\x03\x04";
  }
  CHECK_THROWS_AS(read_bytes(junk, "junk", Format::detect), InputError);
}

TEST_CASE("read_bytes refuses UTF-16 with a clear message", "[importers][reader]") {
  CHECK_THROWS_WITH(read_bytes("\xFF\xFEh\0i\0"s, "u16.txt", Format::detect),
                    Catch::Contains("UTF-16"));
}

TEST_CASE("read_path refuses an empty file", "[importers][reader]") {
  CHECK_THROWS_WITH(read_path(k_dir + "empty.txt", Format::detect),
                    k_dir + "empty.txt: empty file");
}

TEST_CASE("read_bytes refuses whitespace-only input and a lone BOM", "[importers][reader]") {
  CHECK_THROWS_WITH(read_bytes(" \n\t\r\n ", "ws.txt", Format::detect), "ws.txt: empty file");
  CHECK_THROWS_WITH(read_bytes("\xEF\xBB\xBF\n", "bom.txt", Format::detect), "bom.txt: empty file");
}

TEST_CASE("read_path names a missing file", "[importers][reader]") {
  CHECK_THROWS_WITH(read_path(k_dir + "no_such_file.txt", Format::detect),
                    k_dir + "no_such_file.txt: no such file or directory");
}

TEST_CASE("read_path refuses a directory", "[importers][reader]") {
  CHECK_THROWS_WITH(read_path("tests/fixtures", Format::detect), "tests/fixtures: is a directory");
}

TEST_CASE("detect_format chooses by content", "[importers][reader]") {
  CHECK(detect_format("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">") == Format::rss);
  CHECK(detect_format("  <feed xmlns=\"http://www.w3.org/2005/Atom\">") == Format::rss);
  CHECK(detect_format("<!-- cached -->\n<rss>") == Format::rss);
  CHECK(detect_format("<!DOCTYPE html><html>") == Format::html);
  CHECK(detect_format("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">") ==
        Format::html);
  CHECK(detect_format("<p>Fragment of a story.</p>") == Format::html);
  CHECK(detect_format("{\"title\": \"x\"}") == Format::json);
  CHECK(detect_format("[\n  {\"title\": \"x\"}\n]") == Format::json);
  CHECK(detect_format("[]") == Format::json);
  CHECK(detect_format("[Reuters] Ministers met on Monday.") == Format::text);
  CHECK(detect_format("{Updated} Ministers met on Monday.") == Format::text);
  CHECK(detect_format("<3 from the newsroom") == Format::text);
  CHECK(detect_format("Title: x\n\nBody") == Format::text);
}

TEST_CASE("read_bytes obeys a forced format", "[importers][reader]") {
  const auto r = read_bytes("<p>Kept as text</p>", "forced.txt", Format::text);
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].body == "<p>Kept as text</p>");
}

TEST_CASE("format_from_string knows the format names", "[importers][reader]") {
  using eventdb::importers::format_from_string;
  CHECK(format_from_string("auto") == Format::detect);
  CHECK(format_from_string("TEXT") == Format::text);
  CHECK(format_from_string("html") == Format::html);
  CHECK(format_from_string("rss") == Format::rss);
  CHECK(format_from_string("atom") == Format::rss);
  CHECK(format_from_string("jsonl") == Format::json);
  CHECK_FALSE(format_from_string("pdf"));
}

TEST_CASE("read_bytes turns stray control characters into spaces", "[importers][reader]") {
  const auto r = read_bytes("Troops\x07withdrew\x0Bon Monday.", "ctl.txt", Format::text);
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].body == "Troops withdrew on Monday.");
}

TEST_CASE("expand_paths walks directories sorted and skips hidden entries", "[importers][reader]") {
  namespace fs = std::filesystem;
  const auto root = fs::temp_directory_path() / "eventdb_importers_expand_test";
  fs::remove_all(root);
  fs::create_directories(root / "b");
  fs::create_directories(root / ".git");
  for (const auto* name : {"b/2.txt", "a.txt", "b/1.txt", ".hidden.txt", ".git/config"}) {
    std::ofstream(root / name) << "x";
  }
  const auto paths = expand_paths({root.string(), "-"});
  fs::remove_all(root);
  REQUIRE(paths.size() == 4);
  CHECK(paths[0] == (root / "a.txt").string());
  CHECK(paths[1] == (root / "b/1.txt").string());
  CHECK(paths[2] == (root / "b/2.txt").string());
  CHECK(paths[3] == "-");
}

TEST_CASE("expand_paths keeps a file named explicitly", "[importers][reader]") {
  const auto paths = expand_paths({k_dir + "cp1252.txt"});
  REQUIRE(paths.size() == 1);
  CHECK(paths[0] == k_dir + "cp1252.txt");
}

TEST_CASE("expand_paths throws for a missing path", "[importers][reader]") {
  CHECK_THROWS_WITH(expand_paths({"tests/fixtures/importers/missing_dir"}),
                    "tests/fixtures/importers/missing_dir: no such file or directory");
}

TEST_CASE("decode_windows_1252 maps the 0x80-0x9F table and Latin-1", "[importers][reader]") {
  using eventdb::importers::decode_windows_1252;
  CHECK(decode_windows_1252("\x80") == "\xE2\x82\xAC");
  CHECK(decode_windows_1252("\x96") == "\xE2\x80\x93");
  CHECK(decode_windows_1252("\xE9") == "\xC3\xA9");
  CHECK(decode_windows_1252("\x81") == "\xEF\xBF\xBD");
  CHECK(eventdb::importers::is_windows_1252("\x93ok\x94"));
  CHECK_FALSE(eventdb::importers::is_windows_1252("bad \x9D"));
}

TEST_CASE("read_path refuses files larger than 1 GiB", "[importers][reader]") {
  namespace fs = std::filesystem;
  const auto path = fs::temp_directory_path() / "eventdb_importers_huge.txt";
  { std::ofstream(path) << "x"; }
  std::error_code ec;
  fs::resize_file(path, eventdb::importers::k_max_input_bytes + 1, ec);  // sparse: no disk used
  if (!ec) {
    CHECK_THROWS_WITH(read_path(path.string(), Format::detect),
                      Catch::Contains("file is larger than 1 GiB"));
  }
  fs::remove(path);
}
