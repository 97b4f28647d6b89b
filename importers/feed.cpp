#include "importers/feed.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "importers/html.hpp"
#include "importers/text.hpp"
#include "importers/timestamp.hpp"

#include <fmt/format.h>

#include <pugixml.hpp>

#include <algorithm>
#include <sstream>

namespace eventdb::importers {

namespace {

using core::InputError;

// Element name without a namespace prefix: "atom:link" -> "link".
std::string_view local_name(const pugi::xml_node& n) {
  const std::string_view name = n.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// First child whose full name is one of `names` ("content:encoded") or, for names without a
// prefix, whose local name matches ("atom:link" for "link").
pugi::xml_node child(const pugi::xml_node& parent, std::initializer_list<std::string_view> names) {
  for (const auto want : names) {
    const bool prefixed = want.find(':') != std::string_view::npos;
    for (const auto& c : parent.children()) {
      if (c.type() != pugi::node_element) {
        continue;
      }
      if (prefixed ? std::string_view(c.name()) == want : local_name(c) == want) {
        return c;
      }
    }
  }
  return {};
}

// All text and CDATA directly inside `n`, concatenated (a description may be split into
// several CDATA sections).
std::string text_content(const pugi::xml_node& n) {
  std::string out;
  for (const auto& c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      out += c.value();
    }
  }
  return out;
}

// Atom type="xhtml" content: the markup inside the element, serialised back to text.
std::string inner_xml(const pugi::xml_node& n) {
  std::ostringstream out;
  for (const auto& c : n.children()) {
    c.print(out, "", pugi::format_raw);
  }
  return out.str();
}

std::string body_text(std::string_view s) {
  return looks_like_html(s) ? html_to_text(s) : text_to_paragraphs(s);
}

// Titles may carry entities or tags ("Sanctions &amp; oil"); one line of plain text.
std::string title_text(std::string_view s) {
  auto t = body_text(s);
  std::replace(t.begin(), t.end(), '\n', ' ');
  std::string out;
  for (const char c : t) {
    if (!(c == ' ' && !out.empty() && out.back() == ' ')) {
      out += c;
    }
  }
  return std::string(core::trim(out));
}

std::string element_body(const pugi::xml_node& n) {
  if (!n) {
    return {};
  }
  if (core::iequals(n.attribute("type").value(), "xhtml")) {
    return html_to_text(inner_xml(n));
  }
  return body_text(text_content(n));
}

std::string atom_link(const pugi::xml_node& entry) {
  std::string fallback;
  for (const auto& c : entry.children()) {
    if (c.type() != pugi::node_element || local_name(c) != "link") {
      continue;
    }
    const std::string_view rel = c.attribute("rel").value();
    const std::string_view href = c.attribute("href").value();
    if (!href.empty() && (rel.empty() || rel == "alternate")) {
      return std::string(core::trim(href));
    }
    if (fallback.empty() && !href.empty() && rel != "self" && rel != "enclosure") {
      fallback = core::trim(href);
    }
  }
  return fallback;
}

// RSS <author> is "email (Name)": keep the name when there is one.
std::string rss_author(std::string_view s) {
  s = core::trim(s);
  const auto open = s.find(" (");
  if (open != std::string_view::npos && s.back() == ')' &&
      s.substr(0, open).find('@') != std::string_view::npos) {
    return std::string(core::trim(s.substr(open + 2, s.size() - open - 3)));
  }
  return std::string(s);
}

struct Item {
  std::string title;
  std::string url;
  std::string author;
  std::string date_text;
  std::string body;
};

Item rss_item(const pugi::xml_node& item) {
  Item it;
  it.title = title_text(text_content(child(item, {"title"})));
  const auto link = child(item, {"link"});
  if (link) {
    it.url = core::trim(text_content(link));
    if (it.url.empty()) {
      it.url = atom_link(item); // <atom:link href="..."/>
    }
  }
  if (it.url.empty()) {
    const auto guid = child(item, {"guid"});
    const auto guid_text = text_content(guid);
    const auto g = core::trim(guid_text);
    if (core::starts_with_icase(g, "http") &&
        !core::iequals(guid.attribute("isPermaLink").value(), "false")) {
      it.url = g;
    }
  }
  it.author = rss_author(text_content(child(item, {"dc:creator", "author"})));
  it.date_text =
      core::trim(text_content(child(item, {"pubDate", "dc:date", "published", "updated"})));
  it.body = element_body(child(item, {"content:encoded"}));
  if (it.body.empty()) {
    it.body = element_body(child(item, {"description", "summary"}));
  }
  return it;
}

Item atom_entry(const pugi::xml_node& entry) {
  Item it;
  const auto title = child(entry, {"title"});
  it.title = core::iequals(title.attribute("type").value(), "xhtml")
                 ? title_text(inner_xml(title))
                 : title_text(text_content(title));
  it.url = atom_link(entry);
  const auto author = child(entry, {"author"});
  it.author = core::trim(text_content(child(author, {"name"})));
  it.date_text = core::trim(text_content(child(entry, {"published", "updated"})));
  it.body = element_body(child(entry, {"content"}));
  if (it.body.empty()) {
    it.body = element_body(child(entry, {"summary"}));
  }
  return it;
}

// Line and column (both from 1) of byte `offset` in `text`.
std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const auto before = text.substr(0, offset);
  const auto line = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
  const auto last_nl = before.rfind('\n');
  const auto column = last_nl == std::string_view::npos ? offset + 1 : offset - last_nl;
  return {line, column};
}

} // namespace

ReadResult read_feed(std::string_view xml, std::string_view origin) {
  if (xml.size() > k_max_feed_bytes) {
    throw InputError(fmt::format("{}: feed larger than 256 MiB", origin));
  }
  pugi::xml_document doc;
  // parse_default has no parse_doctype: a DTD, internal subset included, is skipped, so no
  // entity it declares is ever defined, let alone fetched. Only the five XML entities and
  // character references are decoded; anything else stays as written.
  const auto parsed =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    const auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0));
    const auto [line, column] = line_and_column(xml, offset);
    throw InputError(fmt::format("{}: not valid XML at line {}, column {} (offset {}): {}", origin,
                                 line, column, offset, parsed.description()));
  }

  const auto root = doc.document_element();
  const auto root_name = local_name(root);
  std::vector<pugi::xml_node> items;
  bool atom = false;
  if (root_name == "rss") {
    for (const auto& c : child(root, {"channel"}).children()) {
      if (c.type() == pugi::node_element && local_name(c) == "item") {
        items.push_back(c);
      }
    }
  } else if (root_name == "RDF") {
    // RSS 1.0: items are siblings of the channel.
    for (const auto& c : root.children()) {
      if (c.type() == pugi::node_element && local_name(c) == "item") {
        items.push_back(c);
      }
    }
  } else if (root_name == "feed") {
    atom = true;
    for (const auto& c : root.children()) {
      if (c.type() == pugi::node_element && local_name(c) == "entry") {
        items.push_back(c);
      }
    }
  } else {
    throw InputError(fmt::format("{}: not a feed: root element <{}>", origin,
                                 std::string_view(root.name()).substr(0, 40)));
  }

  ReadResult out;
  if (items.empty()) {
    out.warnings.push_back(fmt::format("{}: feed has no items", origin));
  }
  std::size_t n = 0;
  for (const auto& node : items) {
    ++n;
    auto item = atom ? atom_entry(node) : rss_item(node);
    if (item.title.empty() && item.body.empty()) {
      out.errors.push_back(fmt::format("{}: item {}: no title or text", origin, n));
      continue;
    }
    core::Article a;
    a.origin = fmt::format("{}#item {}", origin, n);
    a.title = std::move(item.title);
    a.url = std::move(item.url);
    a.author = std::move(item.author);
    a.body = std::move(item.body);
    if (item.date_text.empty()) {
      out.warnings.push_back(fmt::format("{}: no publication date", a.origin));
    } else if (const auto ts = parse_timestamp(item.date_text)) {
      a.published = ts->local_date;
      a.published_utc = ts->utc;
    } else {
      out.warnings.push_back(fmt::format("{}: cannot read publication date '{}'", a.origin,
                                         std::string_view(item.date_text).substr(0, 80)));
    }
    out.articles.push_back(std::move(a));
  }
  return out;
}

} // namespace eventdb::importers
