#pragma once

#include "core/article.hpp"

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eventdb::importers {

// Pages larger than this are refused: gumbo's tree takes many times the input's size.
inline constexpr std::size_t k_max_html_bytes = std::size_t{16} << 20; // 16 MiB

// Reads one HTML news page (see docs/importers.md for the rules).
// Main text: boilerplate elements (nav, header, footer, aside, script, style, form, figure,
// iframe, svg, ...) and elements whose class or id names share/social/related/promo/cookie/
// caption/... widgets are dropped; the text comes from <article>, [itemprop=articleBody] or
// else the element with the most paragraph text. Paragraphs come from p, h2-h6, li and
// blockquote, whitespace collapsed, joined with "\n\n".
// Title: og:title, <title>, first <h1>. URL: <link rel=canonical>, og:url.
// Author: meta name=author, JSON-LD author. Date, first found wins: article:published_time,
// JSON-LD datePublished, <time datetime> in the article, meta date/pubdate/publishdate/
// DC.date.issued, a dateline ("WASHINGTON, Dec. 22, 2022 —"), a /2022/12/22/ URL path.
// No date adds the warning "{origin}: no publication date". Never throws for odd markup
// (gumbo repairs anything). Markup nested deeper than 512 elements is cut off before parsing
// (gumbo's time grows with tags x depth), with the warning "{origin}: HTML nested deeper
// than 512 elements; ignored the page from byte N on".
// Throws core::InputError "{origin}: HTML page larger than 16 MiB" for oversize input.
// Precondition: `html` is valid UTF-8.
[[nodiscard]] core::Article read_html(std::string_view html, std::string_view origin,
                                      std::vector<std::string>& warnings);

// The text of an HTML fragment or page as Article::body paragraphs, with the same
// boilerplate removal as read_html; feeds use it for content:encoded and Atom content.
// Returns "" when there is no text. Fragments over k_max_html_bytes give "".
[[nodiscard]] std::string html_to_text(std::string_view html);

// True when `s` appears to contain HTML markup (a tag such as <p>, <br>, <div>, <a ...>,
// or an entity like &amp;), so feed and JSON fields know whether to strip it.
[[nodiscard]] bool looks_like_html(std::string_view s);

// A date written in a URL path: /2022/12/22/ or /2022-12-22/ or /20221222/. std::nullopt
// when there is none or it is not a real day.
[[nodiscard]] std::optional<date::year_month_day> date_from_url(std::string_view url);

// A dateline at the start of a story: "WASHINGTON, Dec. 22, 2022 —" or "KYIV, Ukraine,
// December 22, 2022 (Reuters) -". Only looks at the first 200 bytes; needs a year.
[[nodiscard]] std::optional<date::year_month_day> date_from_dateline(std::string_view text);

} // namespace eventdb::importers
