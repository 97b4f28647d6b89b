#pragma once

#include "importers/reader.hpp"

#include <cstddef>
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
// "{origin}: not a feed: root element <x>", or the size limit. External entities are never
// fetched or expanded (pugixml has no DTD support: an unknown entity is an error).
// Precondition: `xml` is valid UTF-8.
[[nodiscard]] ReadResult read_feed(std::string_view xml, std::string_view origin);

} // namespace eventdb::importers
