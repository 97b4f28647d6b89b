// read_path_streaming and read_feed_stream: streamed reads give what whole reads give, item
// by item, with bounded buffers.

#include "core/errors.hpp"
#include "importers/feed.hpp"
#include "importers/reader.hpp"

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

using eventdb::core::Article;
using eventdb::core::InputError;
using eventdb::importers::Format;
using eventdb::importers::read_path;
using eventdb::importers::read_path_streaming;
using eventdb::importers::read_stream_streaming;
using eventdb::importers::ReadResult;
using eventdb::importers::StreamOptions;

namespace {

const std::string k_dir = "tests/fixtures/importers/";

// Streams `path` with streaming forced (stream_above 0); articles land in the result.
ReadResult stream_path(const std::string& path, Format format = Format::detect) {
  ReadResult r;
  StreamOptions options;
  options.stream_above = 0;
  read_path_streaming(
      path, format, [&r](Article&& a) { r.articles.push_back(std::move(a)); }, r, options);
  return r;
}

ReadResult stream_text(const std::string& text, std::size_t* bytes = nullptr,
                       Format format = Format::detect) {
  ReadResult r;
  StreamOptions options;
  options.stream_above = 0;
  if (bytes != nullptr) {
    options.on_bytes = [bytes](std::size_t n) { *bytes += n; };
  }
  std::istringstream in(text);
  read_stream_streaming(
      in, "mem", format, [&r](Article&& a) { r.articles.push_back(std::move(a)); }, r, options);
  return r;
}

void check_same_articles(const ReadResult& whole, const ReadResult& streamed) {
  REQUIRE(streamed.articles.size() == whole.articles.size());
  for (std::size_t i = 0; i < whole.articles.size(); ++i) {
    CAPTURE(i);
    const auto& a = whole.articles[i];
    const auto& b = streamed.articles[i];
    CHECK(b.origin == a.origin);
    CHECK(b.title == a.title);
    CHECK(b.url == a.url);
    CHECK(b.author == a.author);
    CHECK(b.published == a.published);
    CHECK(b.published_utc == a.published_utc);
    CHECK(b.body == a.body);
  }
}

std::string big_feed(std::size_t items) {
  std::string xml =
      "<?xml version=\"1.0\"?>\n<!-- generated -->\n<!DOCTYPE rss [<!ENTITY x \"y\">]>\n"
      "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
      "<channel><title>Big</title><image><url>https://x.example/i.png</url></image>\n";
  for (std::size_t i = 1; i <= items; ++i) {
    xml += fmt::format("<item><title>Story {}</title><link>https://x.example/{}</link>"
                       "<pubDate>2022-12-{:02}</pubDate><!-- </item> in a comment -->"
                       "<content:encoded><![CDATA[<p>Body {} with a fake </item> tag and "
                       "padding padding padding padding padding padding padding.</p>]]>"
                       "</content:encoded></item>\n",
                       i, i, i % 28 + 1, i);
  }
  return xml + "</channel></rss>\n";
}

} // namespace

TEST_CASE("streamed feeds give the articles of whole reads", "[importers][stream]") {
  const auto file = GENERATE(as<std::string>{}, "feed_rss.xml", "feed_atom.xml");
  CAPTURE(file);
  const auto whole = read_path(k_dir + file, Format::detect);
  const auto streamed = stream_path(k_dir + file);
  check_same_articles(whole, streamed);
  CHECK(streamed.warnings == whole.warnings);
  CHECK(streamed.errors == whole.errors);
}

TEST_CASE("streamed JSON Lines give the articles of whole reads", "[importers][stream]") {
  const auto whole = read_path(k_dir + "articles.jsonl", Format::detect);
  const auto streamed = stream_path(k_dir + "articles.jsonl");
  check_same_articles(whole, streamed);
  CHECK(streamed.warnings == whole.warnings);
  CHECK(streamed.errors == whole.errors);
}

TEST_CASE("small inputs are read whole by read_path_streaming", "[importers][stream]") {
  // Under the streaming threshold a truncated feed fails as a whole, like read_path.
  ReadResult r;
  std::vector<Article> got;
  CHECK_THROWS_WITH(read_path_streaming(
                        k_dir + "feed_truncated.xml", Format::detect,
                        [&got](Article&& a) { got.push_back(std::move(a)); }, r),
                    Catch::Contains("feed_truncated.xml: not valid XML at line 8"));
  CHECK(got.empty());
  const auto whole = read_path(k_dir + "feed_rss.xml", Format::detect);
  read_path_streaming(
      k_dir + "feed_rss.xml", Format::detect, [&got](Article&& a) { got.push_back(std::move(a)); },
      r);
  CHECK(got.size() == whole.articles.size());
  CHECK(r.warnings == whole.warnings);
}

TEST_CASE("a streamed feed crossing read blocks keeps every item", "[importers][stream]") {
  // About 2.6 MB: items straddle the 1 MiB read blocks; "</item>" inside CDATA and comments
  // does not end an item; the DOCTYPE internal subset is skipped.
  const auto xml = big_feed(10000);
  std::size_t bytes = 0;
  const auto r = stream_text(xml, &bytes);
  CHECK(bytes == xml.size());
  CHECK(r.errors.empty());
  REQUIRE(r.articles.size() == 10000);
  CHECK(r.articles[0].origin == "mem#item 1");
  CHECK(r.articles[0].title == "Story 1");
  CHECK(r.articles[9999].origin == "mem#item 10000");
  CHECK(r.articles[9999].url == "https://x.example/10000");
  CHECK(r.articles[4321].body ==
        "Body 4322 with a fake tag and padding padding padding padding padding padding "
        "padding.");
}

TEST_CASE("a truncated streamed feed keeps the items before the cut", "[importers][stream]") {
  auto xml = big_feed(3);
  xml.resize(xml.find("Story 3"));
  const auto r = stream_text(xml);
  REQUIRE(r.articles.size() == 2);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "mem: not valid XML: the input ends inside item 3");
}

TEST_CASE("a malformed streamed item is an error and the rest are kept", "[importers][stream]") {
  const std::string xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                          "<entry><title>One</title><summary>First.</summary></entry>"
                          "<entry><title>Two</titel></entry>"
                          "<entry><title>Three</title><summary>Third.</summary></entry></feed>";
  const auto r = stream_text(xml);
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[0].origin == "mem#item 1");
  CHECK(r.articles[1].origin == "mem#item 3");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].starts_with("mem: item 2: not valid XML: "));
}

TEST_CASE("streamed RSS 1.0 items and empty items", "[importers][stream]") {
  const std::string xml =
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
      "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
      "<channel><title>C</title></channel>"
      "<item><title>A</title><dc:date>2022-12-01</dc:date><description>x</description></item>"
      "<item/></rdf:RDF>";
  const auto r = stream_text(xml);
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].title == "A");
  CHECK(r.articles[0].published);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "mem: item 2: no title or text");
}

TEST_CASE("streaming refuses a document that is not a feed", "[importers][stream]") {
  CHECK_THROWS_WITH(
      stream_text("<?xml version=\"1.0\"?><html><p>x</p></html>", nullptr, Format::rss),
      "mem: not a feed: root element <html>");
  CHECK_THROWS_WITH(stream_text(std::string("\x1F\x8B\x08 gzip", 8)),
                    "mem: binary data, not an article");
}

TEST_CASE("streamed JSON Lines repair encoding per line", "[importers][stream]") {
  const std::string text = "{\"title\": \"A\", \"text\": \"caf\xE9\"}\n"
                           "\n"
                           "{\"title\": \"B\", \"text\": \"fine\", \"published\": \"2022-12-01\"}\n"
                           "[1]\n"
                           "{\"title\": \"C\", \"text\": \"last line without newline\"}";
  const auto r = stream_text(text);
  REQUIRE(r.articles.size() == 3);
  CHECK(r.articles[0].body == "caf\xC3\xA9");
  CHECK(r.articles[2].origin == "mem#line 5");
  CHECK(r.warnings == std::vector<std::string>{"mem#line 1: not valid UTF-8; read as Windows-1252",
                                               "mem#line 1: no publication date",
                                               "mem#line 5: no publication date"});
  CHECK(r.errors == std::vector<std::string>{"mem: line 4: not a JSON object"});
}

TEST_CASE("a JSON array is read whole even when large", "[importers][stream]") {
  const auto r = stream_text("[{\"title\": \"A\", \"text\": \"x\"}, {\"title\": \"B\"}]");
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[1].origin == "mem#item 2");
}
