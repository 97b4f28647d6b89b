#include "importers/html.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "importers/json.hpp"
#include "importers/text.hpp"
#include "importers/timestamp.hpp"

#include <fmt/format.h>

#include <gumbo.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <regex>

namespace eventdb::importers {

namespace {

// Gumbo builds trees as deep as the markup says; we never descend further than this, so a
// page of 100,000 nested <div>s costs a bounded stack. Real pages stay far below 100.
constexpr int k_max_depth = 512;

// JSON-LD blocks nested deeper than this are ignored (real ones use < 10 levels).
constexpr std::size_t k_max_json_ld_depth = 64;

// At most this many <p> and <article> elements are scored; a real story has a few hundred.
constexpr std::size_t k_max_candidates = 20000;

// A <p> shorter than this is not counted as story text when scoring (labels, "Advertisement").
constexpr std::size_t k_min_scored_paragraph = 25;

// ---- nesting guard ------------------------------------------------------------------------
//
// Gumbo's tree construction checks the stack of open elements for many start tags, so its
// cost grows with (tags x depth): 50,000 nested <div>s take seconds, a million take minutes.
// Before parsing we estimate the depth with a cheap tag scan and cut the page where it passes
// k_max_depth. Tags whose end tag is optional or never written (p, li, td, br, img, ...) are
// not counted, so ordinary sloppy pages are never cut.

bool is_uncounted_tag(std::string_view name) {
  static constexpr std::array<std::string_view, 34> k_names = {
      "area", "base",  "br",     "col",    "embed",    "hr",    "img",     "input", "link",
      "meta", "param", "source", "track",  "wbr",      "p",     "li",      "dt",    "dd",
      "tr",   "td",    "th",     "option", "optgroup", "tbody", "thead",   "tfoot", "colgroup",
      "rb",   "rt",    "rp",     "html",   "head",     "body",  "!doctype"};
  return std::find(k_names.begin(), k_names.end(), name) != k_names.end();
}

// Offset at which the estimated element depth first exceeds `max_depth`, or npos.
std::size_t nesting_cut(std::string_view html, int max_depth) {
  int depth = 0;
  std::size_t pos = 0;
  std::string name;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    const auto tag_start = pos;
    if (html.substr(pos, 4) == "<!--") {
      const auto end = html.find("-->", pos + 4);
      if (end == std::string_view::npos) {
        return std::string_view::npos;
      }
      pos = end + 3;
      continue;
    }
    ++pos;
    const bool closing = pos < html.size() && html[pos] == '/';
    if (closing) {
      ++pos;
    }
    name.clear();
    while (pos < html.size() && name.size() < 16 &&
           ((html[pos] >= 'a' && html[pos] <= 'z') || (html[pos] >= 'A' && html[pos] <= 'Z') ||
            (html[pos] >= '0' && html[pos] <= '9') || html[pos] == '!')) {
      name += static_cast<char>(html[pos] >= 'A' && html[pos] <= 'Z' ? html[pos] - 'A' + 'a'
                                                                     : html[pos]);
      ++pos;
    }
    if (name.empty()) {
      continue; // "a < b" in text
    }
    const auto end = html.find('>', pos);
    if (end == std::string_view::npos) {
      return std::string_view::npos;
    }
    const bool self_closing = html[end - 1] == '/';
    pos = end + 1;
    if (name == "script" || name == "style" || name == "textarea" || name == "title") {
      if (!closing) {
        // Raw text: skip to the matching end tag without counting anything inside.
        auto close = html.find("</", pos);
        while (close != std::string_view::npos &&
               !core::starts_with_icase(html.substr(close + 2), name)) {
          close = html.find("</", close + 2);
        }
        pos = close == std::string_view::npos ? html.size() : close;
      }
      continue;
    }
    if (is_uncounted_tag(name) || self_closing) {
      continue;
    }
    if (closing) {
      depth = depth > 0 ? depth - 1 : 0;
    } else if (++depth > max_depth) {
      return tag_start;
    }
  }
  return std::string_view::npos;
}

struct GumboDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};
using GumboPtr = std::unique_ptr<GumboOutput, GumboDeleter>;

GumboPtr parse(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0; // we never read parse errors; do not spend memory on them
  return GumboPtr(gumbo_parse_with_options(&options, html.data(), html.size()));
}

bool is_element(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

GumboTag tag_of(const GumboNode* n) { return is_element(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

std::string_view attr(const GumboNode* n, const char* name) {
  if (!is_element(n)) {
    return {};
  }
  const auto* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a != nullptr ? std::string_view(a->value) : std::string_view{};
}

const GumboVector& children_of(const GumboNode* n) {
  return n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
}

bool has_children(const GumboNode* n) { return n->type == GUMBO_NODE_DOCUMENT || is_element(n); }

// Tags whose whole subtree is never story text.
bool is_boilerplate_tag(GumboTag t) {
  switch (t) {
  case GUMBO_TAG_NAV:
  case GUMBO_TAG_HEADER:
  case GUMBO_TAG_FOOTER:
  case GUMBO_TAG_ASIDE:
  case GUMBO_TAG_SCRIPT:
  case GUMBO_TAG_STYLE:
  case GUMBO_TAG_NOSCRIPT:
  case GUMBO_TAG_FORM:
  case GUMBO_TAG_FIGURE:
  case GUMBO_TAG_FIGCAPTION:
  case GUMBO_TAG_IFRAME:
  case GUMBO_TAG_SVG:
  case GUMBO_TAG_MATH:
  case GUMBO_TAG_TEMPLATE:
  case GUMBO_TAG_BUTTON:
  case GUMBO_TAG_SELECT:
  case GUMBO_TAG_TEXTAREA:
  case GUMBO_TAG_INPUT:
  case GUMBO_TAG_OBJECT:
  case GUMBO_TAG_EMBED:
  case GUMBO_TAG_VIDEO:
  case GUMBO_TAG_AUDIO:
  case GUMBO_TAG_CANVAS:
  case GUMBO_TAG_MAP:
  case GUMBO_TAG_HEAD:
  case GUMBO_TAG_TITLE:
  case GUMBO_TAG_MENU:
    return true;
  default:
    return false;
  }
}

// Words that, as a part of a class or id ("share-bar", "related_links", "cookieBanner"),
// mark a widget. Matched against '-'/'_'-separated parts so "commentary" or "adjacent" do not
// match "comment" or "ad".
bool is_boilerplate_word(std::string_view part) {
  static constexpr std::array<std::string_view, 34> k_exact = {
      "ad",       "ads",     "advert",      "byline",    "breadcrumb", "breadcrumbs", "caption",
      "comments", "consent", "cookie",      "cookies",   "credit",     "credits",     "masthead",
      "menu",     "modal",   "nav",         "navbar",    "newsletter", "outbrain",    "paywall",
      "popup",    "promo",   "recommended", "related",   "share",      "sharing",     "sidebar",
      "signup",   "social",  "sponsored",   "subscribe", "taboola",    "toolbar"};
  for (const auto w : k_exact) {
    if (part == w) {
      return true;
    }
  }
  // Prefixes catch camelCase run together after lower-casing: "sharebar", "relatedlinks".
  static constexpr std::array<std::string_view, 10> k_prefix = {
      "share", "social", "subscri", "newsletter", "related",
      "promo", "advert", "cookie",  "sponsor",    "recommend"};
  for (const auto p : k_prefix) {
    if (part.starts_with(p)) {
      return true;
    }
  }
  return false;
}

bool names_boilerplate(std::string_view value) {
  if (value.empty() || value.size() > 512) {
    return false;
  }
  const auto lower = core::to_lower_ascii(value);
  std::string part;
  for (std::size_t i = 0; i <= lower.size(); ++i) {
    const char c = i < lower.size() ? lower[i] : ' ';
    if (c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n') {
      if (!part.empty() && is_boilerplate_word(part)) {
        return true;
      }
      part.clear();
    } else {
      part += c;
    }
  }
  return false;
}

bool is_hidden_or_widget(const GumboNode* n) {
  if (!is_element(n)) {
    return false;
  }
  if (is_boilerplate_tag(tag_of(n))) {
    return true;
  }
  if (gumbo_get_attribute(&n->v.element.attributes, "hidden") != nullptr ||
      core::iequals(attr(n, "aria-hidden"), "true")) {
    return true;
  }
  const auto role = attr(n, "role");
  if (core::iequals(role, "navigation") || core::iequals(role, "banner") ||
      core::iequals(role, "contentinfo") || core::iequals(role, "complementary") ||
      core::iequals(role, "dialog")) {
    return true;
  }
  const auto style = core::to_lower_ascii(attr(n, "style"));
  if (style.find("display:none") != std::string::npos ||
      style.find("display: none") != std::string::npos) {
    return true;
  }
  return names_boilerplate(attr(n, "class")) || names_boilerplate(attr(n, "id"));
}

// Elements that start and end a paragraph of their own.
bool is_block(GumboTag t) {
  switch (t) {
  case GUMBO_TAG_P:
  case GUMBO_TAG_DIV:
  case GUMBO_TAG_H1:
  case GUMBO_TAG_H2:
  case GUMBO_TAG_H3:
  case GUMBO_TAG_H4:
  case GUMBO_TAG_H5:
  case GUMBO_TAG_H6:
  case GUMBO_TAG_LI:
  case GUMBO_TAG_UL:
  case GUMBO_TAG_OL:
  case GUMBO_TAG_DL:
  case GUMBO_TAG_DT:
  case GUMBO_TAG_DD:
  case GUMBO_TAG_BLOCKQUOTE:
  case GUMBO_TAG_PRE:
  case GUMBO_TAG_SECTION:
  case GUMBO_TAG_ARTICLE:
  case GUMBO_TAG_MAIN:
  case GUMBO_TAG_TABLE:
  case GUMBO_TAG_TR:
  case GUMBO_TAG_TD:
  case GUMBO_TAG_TH:
  case GUMBO_TAG_BR:
  case GUMBO_TAG_HR:
  case GUMBO_TAG_ADDRESS:
  case GUMBO_TAG_BODY:
    return true;
  default:
    return false;
  }
}

// Appends text with runs of whitespace collapsed to one space (NBSP included).
void append_collapsed(std::string& out, std::string_view text) {
  const auto normal = core::normalise_spaces(text);
  for (const char c : normal) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v';
    if (space) {
      if (!out.empty() && out.back() != ' ') {
        out += ' ';
      }
    } else {
      out += c;
    }
  }
}

// Renders the story text under `root` as paragraphs. The root itself is never filtered
// (a page may put class="related" on <body>), its descendants are.
class ParagraphWriter {
public:
  std::string run(const GumboNode* root) {
    walk(root, 0, /*is_root=*/true);
    flush();
    return std::move(m_out);
  }

private:
  void flush() {
    while (!m_para.empty() && m_para.back() == ' ') {
      m_para.pop_back();
    }
    const auto t = core::trim(m_para);
    if (!t.empty()) {
      if (!m_out.empty()) {
        m_out += "\n\n";
      }
      m_out += t;
    }
    m_para.clear();
  }

  void walk(const GumboNode* n, int depth, bool is_root) {
    if (depth > k_max_depth) {
      return;
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
        n->type == GUMBO_NODE_WHITESPACE) {
      append_collapsed(m_para, n->v.text.text);
      return;
    }
    if (!has_children(n)) {
      return; // comments
    }
    if (!is_root && is_hidden_or_widget(n)) {
      return;
    }
    const auto tag = tag_of(n);
    if (tag == GUMBO_TAG_H1 && !is_root) {
      return; // the headline: it is the title, not body text
    }
    const bool block = is_block(tag);
    if (block) {
      flush();
    }
    const auto& kids = children_of(n);
    for (unsigned i = 0; i < kids.length; ++i) {
      walk(static_cast<const GumboNode*>(kids.data[i]), depth + 1, false);
    }
    if (block) {
      flush();
    }
  }

  std::string m_out;
  std::string m_para;
};

// Visible text under `n` (no filtering of widgets), whitespace collapsed.
void collect_text(const GumboNode* n, int depth, std::string& out) {
  if (depth > k_max_depth) {
    return;
  }
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
      n->type == GUMBO_NODE_WHITESPACE) {
    append_collapsed(out, n->v.text.text);
    return;
  }
  if (!has_children(n)) {
    return;
  }
  const auto tag = tag_of(n);
  if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT) {
    return;
  }
  const auto& kids = children_of(n);
  for (unsigned i = 0; i < kids.length; ++i) {
    collect_text(static_cast<const GumboNode*>(kids.data[i]), depth + 1, out);
  }
}

std::string text_of(const GumboNode* n) {
  std::string out;
  collect_text(n, 0, out);
  return std::string(core::trim(out));
}

// Everything we learn about a page in one walk.
struct PageFacts {
  std::map<std::string, std::string> meta; // lower-case name/property/itemprop -> content
  std::string title_element;
  std::string first_h1;
  std::string canonical;
  std::vector<std::string> json_ld;
  const GumboNode* body = nullptr;
  const GumboNode* article_body = nullptr;  // first [itemprop=articleBody]
  std::vector<const GumboNode*> articles;   // <article> elements
  std::vector<const GumboNode*> paragraphs; // <p> outside widgets
};

void gather(const GumboNode* n, int depth, bool in_widget, PageFacts& f) {
  if (depth > k_max_depth || !has_children(n)) {
    return;
  }
  if (is_element(n)) {
    const auto tag = tag_of(n);
    // <body class="has-cookie-banner"> must not hide the whole page.
    in_widget =
        in_widget || (tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML && is_hidden_or_widget(n));
    switch (tag) {
    case GUMBO_TAG_META: {
      auto key = attr(n, "property");
      if (key.empty()) {
        key = attr(n, "name");
      }
      if (key.empty()) {
        key = attr(n, "itemprop");
      }
      const auto content = attr(n, "content");
      if (!key.empty() && !content.empty()) {
        f.meta.emplace(core::to_lower_ascii(key), std::string(core::trim(content)));
      }
      return;
    }
    case GUMBO_TAG_LINK: {
      const auto rel = core::to_lower_ascii(attr(n, "rel"));
      if (f.canonical.empty() && rel.find("canonical") != std::string::npos) {
        f.canonical = core::trim(attr(n, "href"));
      }
      return;
    }
    case GUMBO_TAG_TITLE:
      if (f.title_element.empty()) {
        f.title_element = text_of(n);
      }
      return;
    case GUMBO_TAG_SCRIPT:
      if (core::iequals(core::trim(attr(n, "type")), "application/ld+json") &&
          f.json_ld.size() < 32) {
        // Script text is a raw text node, which text_of() skips on purpose.
        std::string raw;
        const auto& kids = children_of(n);
        for (unsigned i = 0; i < kids.length; ++i) {
          const auto* k = static_cast<const GumboNode*>(kids.data[i]);
          if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_CDATA) {
            raw += k->v.text.text;
          }
        }
        f.json_ld.push_back(std::move(raw));
      }
      return;
    case GUMBO_TAG_H1:
      if (f.first_h1.empty()) {
        f.first_h1 = text_of(n);
      }
      break;
    case GUMBO_TAG_BODY:
      f.body = n;
      break;
    case GUMBO_TAG_ARTICLE:
      if (!in_widget && f.articles.size() < k_max_candidates) {
        f.articles.push_back(n);
      }
      break;
    case GUMBO_TAG_P:
      if (!in_widget && f.paragraphs.size() < k_max_candidates) {
        f.paragraphs.push_back(n);
      }
      break;
    default:
      break;
    }
    if (f.article_body == nullptr && !in_widget &&
        core::iequals(attr(n, "itemprop"), "articleBody")) {
      f.article_body = n;
    }
  }
  const auto& kids = children_of(n);
  for (unsigned i = 0; i < kids.length; ++i) {
    gather(static_cast<const GumboNode*>(kids.data[i]), depth + 1, in_widget, f);
  }
}

// Length of a <p>'s text that is not link text: a paragraph that is mostly links is a list
// of related stories, not prose.
std::size_t prose_length(const GumboNode* p) {
  const auto all = text_of(p);
  if (all.size() < k_min_scored_paragraph) {
    return 0;
  }
  std::size_t links = 0;
  const auto& kids = children_of(p);
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (tag_of(k) == GUMBO_TAG_A) {
      links += text_of(k).size();
    }
  }
  return links * 2 > all.size() ? 0 : all.size();
}

bool is_inside(const GumboNode* n, const GumboNode* ancestor) {
  for (int i = 0; n != nullptr && i <= k_max_depth + 2; ++i, n = n->parent) {
    if (n == ancestor) {
      return true;
    }
  }
  return false;
}

// The element holding the story: [itemprop=articleBody], else the <article> with the most
// prose (when it has a real amount), else the element whose <p> children carry the most
// prose (text density: a parent gets each child paragraph's length, a grandparent half).
const GumboNode* main_content(const PageFacts& f) {
  if (f.article_body != nullptr) {
    return f.article_body;
  }
  std::map<const GumboNode*, std::size_t> score;
  std::map<const GumboNode*, std::size_t> prose;
  for (const auto* p : f.paragraphs) {
    prose[p] = prose_length(p);
  }
  const GumboNode* best_article = nullptr;
  std::size_t best_article_prose = 0;
  for (const auto* a : f.articles) {
    std::size_t total = 0;
    for (const auto* p : f.paragraphs) {
      if (is_inside(p, a)) {
        total += prose[p];
      }
    }
    if (total > best_article_prose) {
      best_article_prose = total;
      best_article = a;
    }
  }
  if (best_article != nullptr && best_article_prose >= 140) {
    return best_article;
  }
  // Nodes in the order their first paragraph appears, so ties go to the earlier one and the
  // result does not depend on pointer values.
  std::vector<const GumboNode*> order;
  const auto add = [&](const GumboNode* node, std::size_t points) {
    const auto [it, inserted] = score.emplace(node, 0);
    if (inserted) {
      order.push_back(node);
    }
    it->second += points;
  };
  for (const auto* p : f.paragraphs) {
    const auto len = prose[p];
    if (len == 0 || p->parent == nullptr) {
      continue;
    }
    add(p->parent, len);
    if (p->parent->parent != nullptr && p->parent->parent->type == GUMBO_NODE_ELEMENT) {
      add(p->parent->parent, len / 2);
    }
  }
  const GumboNode* best = nullptr;
  std::size_t best_score = 0;
  for (const auto* node : order) {
    if (score[node] > best_score) {
      best_score = score[node];
      best = node;
    }
  }
  if (best != nullptr) {
    return best;
  }
  return f.body;
}

void find_time_datetime(const GumboNode* n, int depth, std::vector<std::string>& out) {
  if (depth > k_max_depth || !has_children(n) || out.size() >= 8) {
    return;
  }
  if (tag_of(n) == GUMBO_TAG_TIME) {
    const auto dt = attr(n, "datetime");
    if (!dt.empty()) {
      out.emplace_back(dt);
    }
  }
  const auto& kids = children_of(n);
  for (unsigned i = 0; i < kids.length; ++i) {
    find_time_datetime(static_cast<const GumboNode*>(kids.data[i]), depth + 1, out);
  }
}

// ---- JSON-LD ----------------------------------------------------------------------------

struct LinkedData {
  std::string date_published;
  std::string author;
  std::string headline;
};

std::string author_name(const nlohmann::json& a, int depth) {
  if (depth > 4) {
    return {};
  }
  if (a.is_string()) {
    return a.get<std::string>();
  }
  if (a.is_object()) {
    const auto it = a.find("name");
    if (it != a.end() && it->is_string()) {
      return it->get<std::string>();
    }
    return {};
  }
  if (a.is_array()) {
    std::vector<std::string> names;
    for (const auto& x : a) {
      auto n = author_name(x, depth + 1);
      if (!n.empty()) {
        names.push_back(std::move(n));
      }
    }
    return fmt::format("{}", fmt::join(names, ", "));
  }
  return {};
}

bool is_article_type(const nlohmann::json& obj) {
  const auto it = obj.find("@type");
  if (it == obj.end()) {
    return false;
  }
  const auto check = [](const nlohmann::json& t) {
    return t.is_string() && t.get<std::string>().find("Article") != std::string::npos;
  };
  if (check(*it)) {
    return true;
  }
  if (it->is_array()) {
    return std::any_of(it->begin(), it->end(), check);
  }
  return false;
}

// Walks objects, arrays and @graph; an Article-typed object wins over any other object
// carrying datePublished.
void walk_ld(const nlohmann::json& j, std::size_t depth, LinkedData& best, bool& best_is_article) {
  if (depth > k_max_json_ld_depth) {
    return;
  }
  if (j.is_array()) {
    for (const auto& x : j) {
      walk_ld(x, depth + 1, best, best_is_article);
    }
    return;
  }
  if (!j.is_object()) {
    return;
  }
  const auto dp = j.find("datePublished");
  if (dp != j.end() && dp->is_string()) {
    const bool article = is_article_type(j);
    if (best.date_published.empty() || (article && !best_is_article)) {
      best.date_published = dp->get<std::string>();
      best_is_article = article;
      const auto au = j.find("author");
      best.author = au != j.end() ? author_name(*au, 0) : std::string{};
      const auto hl = j.find("headline");
      best.headline = hl != j.end() && hl->is_string() ? hl->get<std::string>() : std::string{};
    }
  }
  const auto graph = j.find("@graph");
  if (graph != j.end()) {
    walk_ld(*graph, depth + 1, best, best_is_article);
  }
}

LinkedData read_json_ld(const std::vector<std::string>& blocks) {
  LinkedData best;
  bool best_is_article = false;
  for (const auto& b : blocks) {
    if (!json_nesting_within(b, k_max_json_ld_depth)) {
      continue;
    }
    const auto j = nlohmann::json::parse(b, nullptr, /*allow_exceptions=*/false);
    if (!j.is_discarded()) {
      walk_ld(j, 0, best, best_is_article);
    }
  }
  return best;
}

std::string meta_value(const PageFacts& f, std::initializer_list<std::string_view> keys) {
  for (const auto k : keys) {
    const auto it = f.meta.find(std::string(k));
    if (it != f.meta.end() && !it->second.empty()) {
      return it->second;
    }
  }
  return {};
}

bool take_date(core::Article& a, std::string_view text) {
  if (text.empty()) {
    return false;
  }
  if (const auto ts = parse_timestamp(text)) {
    a.published = ts->local_date;
    a.published_utc = ts->utc;
    return true;
  }
  return false;
}

std::optional<date::year_month_day> ymd_if_ok(int y, int m, int d) {
  if (y < 1900 || y > 2199) {
    return std::nullopt;
  }
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                 date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) {
    return std::nullopt;
  }
  return ymd;
}

bool digits_at(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) {
    return false;
  }
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') {
      return false;
    }
  }
  return true;
}

int int_at(std::string_view s, std::size_t pos, std::size_t n) {
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

bool is_separator_or_end(std::string_view s, std::size_t pos) {
  return pos >= s.size() || s[pos] == '/' || s[pos] == '-' || s[pos] == '_' || s[pos] == '.' ||
         s[pos] == '?' || s[pos] == '#';
}

} // namespace

bool looks_like_html(std::string_view s) {
  static constexpr std::array<std::string_view, 22> k_tags = {
      "p",  "br", "div", "a",  "span", "em", "strong", "b",   "i",     "ul",         "ol",
      "li", "h1", "h2",  "h3", "h4",   "h5", "h6",     "img", "table", "blockquote", "figure"};
  for (std::size_t pos = s.find('<'); pos != std::string_view::npos; pos = s.find('<', pos + 1)) {
    auto rest = s.substr(pos + 1);
    if (!rest.empty() && rest[0] == '/') {
      rest.remove_prefix(1);
    }
    for (const auto t : k_tags) {
      if (core::starts_with_icase(rest, t) && rest.size() > t.size()) {
        const char after = rest[t.size()];
        if (after == '>' || after == ' ' || after == '/' || after == '\n' || after == '\t') {
          return true;
        }
      }
    }
  }
  // Escaped markup or entities: "&lt;p&gt;", "&amp;", "&#8217;".
  const auto amp = s.find('&');
  if (amp != std::string_view::npos) {
    const auto semi = s.find(';', amp);
    if (semi != std::string_view::npos && semi - amp <= 8 && semi - amp >= 3) {
      return true;
    }
  }
  return false;
}

std::optional<date::year_month_day> date_from_url(std::string_view url) {
  for (std::size_t pos = url.find('/'); pos != std::string_view::npos;
       pos = url.find('/', pos + 1)) {
    const auto p = pos + 1;
    if (!digits_at(url, p, 4)) {
      continue;
    }
    const int y = int_at(url, p, 4);
    // /2022/12/22/ and /2022-12-22
    if (p + 10 <= url.size() && (url[p + 4] == '/' || url[p + 4] == '-') &&
        url[p + 7] == url[p + 4] && digits_at(url, p + 5, 2) && digits_at(url, p + 8, 2) &&
        is_separator_or_end(url, p + 10)) {
      if (const auto d = ymd_if_ok(y, int_at(url, p + 5, 2), int_at(url, p + 8, 2))) {
        return d;
      }
    }
    // /20221222/
    if (digits_at(url, p, 8) && is_separator_or_end(url, p + 8)) {
      if (const auto d = ymd_if_ok(y, int_at(url, p + 4, 2), int_at(url, p + 6, 2))) {
        return d;
      }
    }
  }
  return std::nullopt;
}

std::optional<date::year_month_day> date_from_dateline(std::string_view text) {
  // Up to three place parts ("KYIV, Ukraine, "), then the date, an optional agency in
  // parentheses, and a dash or colon. The input is at most 200 bytes, so std::regex's
  // backtracking stays cheap.
  static const std::regex k_dateline(
      R"(^\s*(?:[^,\n]{2,40},\s*){0,3})"
      R"(((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})"
      R"(|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}))"
      R"(\s*(?:\([^)\n]{1,30}\)\s*)?(?:\xE2\x80\x94|\xE2\x80\x93|-|:))");
  const std::string head(text.substr(0, 200));
  std::smatch m;
  if (!std::regex_search(head, m, k_dateline)) {
    return std::nullopt;
  }
  if (const auto ts = parse_timestamp(m[1].str())) {
    return ts->local_date;
  }
  return std::nullopt;
}

std::string html_to_text(std::string_view html) {
  if (html.size() > k_max_html_bytes) {
    return {};
  }
  if (const auto cut = nesting_cut(html, k_max_depth); cut != std::string_view::npos) {
    html = html.substr(0, cut);
  }
  const auto out = parse(html);
  if (!out) {
    return {};
  }
  PageFacts f;
  gather(out->document, 0, false, f);
  // A fragment has no <article>; its root is the whole body, widgets removed.
  const GumboNode* root =
      (f.article_body != nullptr || !f.articles.empty()) ? main_content(f) : f.body;
  if (root == nullptr) {
    root = out->root;
  }
  return ParagraphWriter{}.run(root);
}

core::Article read_html(std::string_view html, std::string_view origin,
                        std::vector<std::string>& warnings) {
  if (html.size() > k_max_html_bytes) {
    throw core::InputError(fmt::format("{}: HTML page larger than 16 MiB", origin));
  }
  if (const auto cut = nesting_cut(html, k_max_depth); cut != std::string_view::npos) {
    html = html.substr(0, cut);
    warnings.push_back(
        fmt::format("{}: HTML nested deeper than {} elements; ignored the page from byte {} on",
                    origin, k_max_depth, cut));
  }
  const auto out = parse(html);
  if (!out) {
    throw core::InputError(fmt::format("{}: HTML parser failed", origin));
  }
  PageFacts f;
  gather(out->document, 0, false, f);
  const auto ld = read_json_ld(f.json_ld);

  core::Article a;
  a.origin = std::string(origin);
  a.title = meta_value(f, {"og:title", "twitter:title"});
  if (a.title.empty()) {
    a.title = f.title_element;
  }
  if (a.title.empty()) {
    a.title = f.first_h1;
  }
  if (a.title.empty()) {
    a.title = core::trim(ld.headline);
  }
  a.url = f.canonical;
  if (a.url.empty()) {
    a.url = meta_value(f, {"og:url"});
  }
  a.author = meta_value(f, {"author", "article:author_name", "dc.creator"});
  if (a.author.empty() || core::starts_with_icase(a.author, "http")) {
    a.author = core::trim(ld.author);
  }

  const GumboNode* root = main_content(f);
  if (root == nullptr) {
    root = out->root;
  }
  a.body = ParagraphWriter{}.run(root);

  bool dated =
      take_date(a, meta_value(f, {"article:published_time"})) || take_date(a, ld.date_published);
  if (!dated) {
    std::vector<std::string> times;
    find_time_datetime(root, 0, times);
    for (const auto& t : times) {
      if (take_date(a, t)) {
        dated = true;
        break;
      }
    }
  }
  if (!dated) {
    dated = take_date(a, meta_value(f, {"date", "pubdate", "publishdate", "dc.date.issued",
                                        "dcterms.date", "dc.date", "datepublished",
                                        "parsely-pub-date", "sailthru.date", "og:published_time"}));
  }
  if (!dated) {
    if (const auto d = date_from_dateline(a.body)) {
      a.published = d;
      dated = true;
    }
  }
  if (!dated) {
    if (const auto d = date_from_url(a.url)) {
      a.published = d;
      dated = true;
    }
  }
  if (!dated) {
    warnings.push_back(fmt::format("{}: no publication date", origin));
  }
  if (a.body.empty()) {
    warnings.push_back(fmt::format("{}: no article text found", origin));
  }
  return a;
}

} // namespace eventdb::importers
