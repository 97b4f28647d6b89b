#pragma once

#include "importers/reader.hpp"

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace eventdb::importers {

// Feeds larger than this are refused, so a hostile file cannot exhaust memory.
inline constexpr std::size_t k_max_feed_bytes = std::size_t{256} << 20; // 256 MiB

// Reads an RSS 2.0 (also RSS 1.0/RDF) or Atom feed: one Article per item/entry, origin
// "{origin}#item N" (N from 1). Dates from pubDate, dc:date, published, updated; the body
// from content:encoded, Atom content, then description/summary, run through html_to_text
// when it holds markup; the URL from link (Atom: rel=alternate or no rel); author from
// author, dc:creator or Atom author/name.
// An item without title and body is an error "{origin}: item N: no title or text" and the
// rest are kept; an item without a readable date is a warning.
// Throws core::InputError when the document itself cannot be read:
// "{origin}: not valid XML at line L, column C (offset O): {pugixml's description}",
// "{origin}: not a feed: root element <x>", or the size limit. A DTD is skipped, so entities it
// declares are never defined or fetched; an unknown entity reference stays as written.
// Precondition: `xml` is valid UTF-8.
[[nodiscard]] ReadResult read_feed(std::string_view xml, std::string_view origin);

// Items larger than this are skipped with an error by read_feed_stream.
inline constexpr std::size_t k_max_feed_item_bytes = std::size_t{32} << 20; // 32 MiB

// Reads a feed from `in` item by item, for feeds too large to parse whole. `head` holds the
// bytes already read from `in` (UTF-16 and binary input were refused by the caller, a BOM
// stripped). The markup outside items is scanned without building a tree; each <item> or
// <entry> is cut out, its encoding repaired (repair_encoding, warnings on "{origin}#item N"),
// and parsed by pugixml inside copies of its ancestors' start tags (so namespace
// declarations on <rss> or <feed> stay in scope). Memory is bounded by the largest item plus
// one read block. Articles, warnings and errors are as read_feed gives them; additionally a
// malformed item is an error "{origin}: item N: not valid XML: why", an item over 32 MiB is
// skipped with an error, and a feed cut off mid-way keeps the items before the cut and adds
// the error "{origin}: not valid XML: the input ends inside item N" (or before </root>).
// Throws core::InputError, before any article was emitted, when the root element is not a
// feed or there is no root element. `on_bytes` (may be empty) counts bytes read from `in`.
void read_feed_stream(std::string head, std::istream& in, std::string_view origin,
                      const ArticleSink& sink, ReadResult& diagnostics,
                      const ByteCounter& on_bytes);

} // namespace eventdb::importers
