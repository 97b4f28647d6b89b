#include "importers/feed.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "importers/encoding.hpp"
#include "importers/html.hpp"
#include "importers/text.hpp"
#include "importers/timestamp.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <istream>
#include <pugixml.hpp>
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

// Item `n` of the feed: calls `sink` with its article, or adds an error when it has neither
// title nor text. Warnings (no or unreadable date) go to out.warnings.
void emit_item(const pugi::xml_node& node, bool atom, std::size_t n, std::string_view origin,
               const ArticleSink& sink, ReadResult& out) {
  auto item = atom ? atom_entry(node) : rss_item(node);
  if (item.title.empty() && item.body.empty()) {
    out.errors.push_back(fmt::format("{}: item {}: no title or text", origin, n));
    return;
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
  sink(std::move(a));
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
  const ArticleSink keep = [&out](core::Article&& a) { out.articles.push_back(std::move(a)); };
  std::size_t n = 0;
  for (const auto& node : items) {
    emit_item(node, atom, ++n, origin, keep, out);
  }
  return out;
}

namespace {

constexpr std::size_t k_block_bytes = std::size_t{1} << 20; // read 1 MiB at a time

constexpr std::size_t npos = std::string_view::npos;

// True when `s` is a proper prefix of `full`: more bytes are needed to tell.
bool proper_prefix_of(std::string_view s, std::string_view full) {
  return s.size() < full.size() && full.substr(0, s.size()) == s;
}

// End (one past '>') of the markup token starting at s[p] == '<', or npos when the buffer
// ends first. Comments, CDATA sections, processing instructions, doctypes (internal subset
// and quotes skipped) and tags (quoted attribute values skipped).
std::size_t markup_end(std::string_view s, std::size_t p) {
  const auto rest = s.substr(p);
  if (proper_prefix_of(rest, "<!--") || proper_prefix_of(rest, "<![CDATA[")) {
    return npos;
  }
  const auto after = [&](std::string_view term, std::size_t from) {
    const auto f = s.find(term, from);
    return f == npos ? npos : f + term.size();
  };
  if (rest.starts_with("<!--")) {
    return after("-->", p + 4);
  }
  if (rest.starts_with("<![CDATA[")) {
    return after("]]>", p + 9);
  }
  if (rest.starts_with("<?")) {
    return after("?>", p + 2);
  }
  const bool doctype = rest.starts_with("<!");
  int brackets = 0;
  char quote = 0;
  for (std::size_t i = p + 1; i < s.size(); ++i) {
    const char c = s[i];
    if (quote != 0) {
      quote = c == quote ? char{0} : quote;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (doctype && c == '[') {
      ++brackets;
    } else if (doctype && c == ']') {
      --brackets;
    } else if (c == '>' && brackets <= 0) {
      return i + 1;
    }
  }
  return npos;
}

enum class TokenKind { start, end, empty, other };

struct Token {
  TokenKind kind = TokenKind::other;
  std::string_view name; // element name as written ("atom:link")
};

Token classify(std::string_view tok) {
  Token t;
  if (tok.size() < 3 || tok[1] == '!' || tok[1] == '?') {
    return t;
  }
  std::size_t b = 1;
  t.kind = TokenKind::start;
  if (tok[1] == '/') {
    t.kind = TokenKind::end;
    b = 2;
  } else if (tok[tok.size() - 2] == '/') {
    t.kind = TokenKind::empty;
  }
  std::size_t e = b;
  while (e < tok.size() && tok[e] != '>' && tok[e] != '/' && tok[e] != ' ' && tok[e] != '\t' &&
         tok[e] != '\n' && tok[e] != '\r') {
    ++e;
  }
  t.name = tok.substr(b, e - b);
  return t;
}

std::string_view local_part(std::string_view name) {
  const auto colon = name.find(':');
  return colon == npos ? name : name.substr(colon + 1);
}

struct OpenElement {
  std::string name;
  std::string start_tag; // the raw start tag, encoding repaired
};

// Parses one cut-out item inside copies of its ancestors' start tags and emits it.
void parse_item(std::string_view raw_item, const std::vector<OpenElement>& ancestors, bool atom,
                std::size_t n, std::string_view origin, const ArticleSink& sink, ReadResult& out) {
  const auto item_origin = fmt::format("{}#item {}", origin, n);
  std::string xml;
  for (const auto& a : ancestors) {
    xml += a.start_tag;
  }
  xml += repair_encoding(raw_item, item_origin, out.warnings);
  for (auto it = ancestors.rbegin(); it != ancestors.rend(); ++it) {
    xml += fmt::format("</{}>", it->name);
  }
  pugi::xml_document doc;
  const auto parsed =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    out.errors.push_back(
        fmt::format("{}: item {}: not valid XML: {}", origin, n, parsed.description()));
    return;
  }
  // Walk down the ancestors to the item: the last element child at each level.
  pugi::xml_node node = doc;
  for (std::size_t depth = 0; depth <= ancestors.size() && node; ++depth) {
    node = node.last_child();
    while (node && node.type() != pugi::node_element) {
      node = node.previous_sibling();
    }
  }
  if (!node) {
    out.errors.push_back(fmt::format("{}: item {}: not valid XML", origin, n));
    return;
  }
  emit_item(node, atom, n, origin, sink, out);
}

} // namespace

void read_feed_stream(std::string head, std::istream& in, std::string_view origin,
                      const ArticleSink& sink, ReadResult& out, const ByteCounter& on_bytes) {
  std::string buf = std::move(head);
  bool eof = false;
  std::array<char, 64 * 1024> block{};
  // Appends up to k_block_bytes from `in`; false when nothing more comes.
  const auto fill = [&]() {
    std::size_t got = 0;
    while (!eof && got < k_block_bytes) {
      in.read(block.data(), static_cast<std::streamsize>(block.size()));
      const auto n = static_cast<std::size_t>(in.gcount());
      buf.append(block.data(), n);
      got += n;
      if (n > 0 && on_bytes) {
        on_bytes(n);
      }
      if (!in) {
        eof = true;
      }
    }
    if (in.bad()) {
      throw InputError(fmt::format("{}: read error", origin));
    }
    return got > 0;
  };

  std::vector<OpenElement> stack; // elements open outside items, root first
  bool root_seen = false;
  bool atom = false;
  bool in_item = false;
  bool skipping = false; // the current item is over the size limit
  std::size_t item_start = 0;
  std::size_t depth = 0; // element depth inside the current item
  std::size_t n = 0;     // items seen
  std::size_t pos = 0;
  bool stopped = false; // malformed markup outside items: reading stopped
  const auto fail = [&](const std::string& why) {
    stopped = true;
    out.errors.push_back(fmt::format("{}: not valid XML: {}", origin, why));
  };
  const auto is_item = [&](std::string_view name) {
    const auto local = local_part(name);
    if (atom) {
      return stack.size() == 1 && local == "entry";
    }
    if (local_part(stack.front().name) == "rss") {
      return stack.size() == 2 && local_part(stack[1].name) == "channel" && local == "item";
    }
    return stack.size() == 1 && local == "item";
  };

  for (;;) {
    // Drop what is scanned and not part of an item, so the buffer holds at most one item
    // plus one block.
    const auto keep_from = in_item && !skipping ? item_start : pos;
    if (keep_from > 0 && keep_from >= buf.size() / 2) {
      buf.erase(0, keep_from);
      pos -= keep_from;
      item_start -= std::min(item_start, keep_from);
    }
    if (in_item && !skipping && pos - item_start > k_max_feed_item_bytes) {
      out.errors.push_back(fmt::format("{}: item {}: larger than 32 MiB; skipped", origin, n));
      skipping = true;
    }
    const auto lt = buf.find('<', pos);
    if (lt == npos) {
      pos = buf.size();
      if (!fill()) {
        break;
      }
      continue;
    }
    pos = lt;
    const auto end = markup_end(buf, pos);
    if (end == npos) {
      if (!fill()) {
        break;
      }
      continue;
    }
    const std::string_view tok = std::string_view(buf).substr(pos, end - pos);
    const auto t = classify(tok);
    if (in_item) {
      if (t.kind == TokenKind::start) {
        ++depth;
      } else if (t.kind == TokenKind::end && --depth == 0) {
        in_item = false;
        if (!skipping) {
          parse_item(std::string_view(buf).substr(item_start, end - item_start), stack, atom, n,
                     origin, sink, out);
        }
        skipping = false;
      }
      pos = end;
      continue;
    }
    if (t.kind == TokenKind::other) {
      pos = end;
      continue;
    }
    if (!root_seen) {
      if (t.kind == TokenKind::end) {
        throw InputError(fmt::format("{}: not valid XML: end tag </{}> before the root element",
                                     origin, t.name.substr(0, 40)));
      }
      const auto root = local_part(t.name);
      if (root != "rss" && root != "RDF" && root != "feed") {
        throw InputError(
            fmt::format("{}: not a feed: root element <{}>", origin, t.name.substr(0, 40)));
      }
      root_seen = true;
      atom = root == "feed";
      if (t.kind == TokenKind::empty) {
        break;
      }
      std::vector<std::string> ignored;
      stack.push_back({std::string(t.name), repair_encoding(tok, origin, ignored)});
    } else if (stack.empty()) {
      // Markup after the root element closed.
      fail(fmt::format("<{}> after the root element", t.name.substr(0, 40)));
      break;
    } else if (t.kind != TokenKind::end && is_item(t.name)) {
      ++n;
      if (t.kind == TokenKind::empty) {
        parse_item(tok, stack, atom, n, origin, sink, out);
      } else {
        in_item = true;
        item_start = pos;
        depth = 1;
      }
    } else if (t.kind == TokenKind::start) {
      std::vector<std::string> ignored;
      stack.push_back({std::string(t.name), repair_encoding(tok, origin, ignored)});
    } else if (t.kind == TokenKind::end) {
      if (t.name != stack.back().name) {
        fail(fmt::format("end tag </{}> does not match <{}>", t.name.substr(0, 40),
                         std::string_view(stack.back().name).substr(0, 40)));
        break;
      }
      stack.pop_back();
    }
    pos = end;
  }
  if (!root_seen) {
    throw InputError(fmt::format("{}: not valid XML: no root element", origin));
  }
  if (in_item) {
    fail(fmt::format("the input ends inside item {}", n));
  } else if (!stack.empty() && !stopped) {
    fail(fmt::format("the input ends before </{}>",
                     std::string_view(stack.front().name).substr(0, 40)));
  }
  if (n == 0) {
    out.warnings.push_back(fmt::format("{}: feed has no items", origin));
  }
}

} // namespace eventdb::importers
