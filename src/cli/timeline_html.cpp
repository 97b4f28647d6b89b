// `eventdb timeline --format html`: one self-contained page. Everything is inline (CSS, SVG,
// a small script) and a Content-Security-Policy forbids any fetch, so the page works offline
// and leaks nothing when opened. All text from articles goes through html_escape.

#include "cli/render.hpp"
#include "cli/timeline_format.hpp"
#include "core/time_value.hpp"

#include <fmt/ostream.h>

#include <algorithm>
#include <array>
#include <map>
#include <ostream>

namespace eventdb::cli {

namespace {

// Fill colours per event type, in EventType order (arms_transfer ... other).
constexpr std::array<std::string_view, 9> k_type_colours = {
    "#e15759", "#b07aa1", "#7b4f3a", "#f28e2b", "#c9a800",
    "#4e79a7", "#ff7f9e", "#59a6a0", "#9a948f"};

constexpr std::array<core::EventType, 9> k_types = {
    core::EventType::arms_transfer, core::EventType::sanction,  core::EventType::casualties,
    core::EventType::force_size,    core::EventType::funding,   core::EventType::military_operation,
    core::EventType::accusation,    core::EventType::statement, core::EventType::other};

std::string_view colour_of(core::EventType t) {
  return k_type_colours.at(static_cast<std::size_t>(t));
}

std::string type_name(core::EventType t) {
  auto s = std::string(core::to_string(t));
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

bool is_web_url(std::string_view u) {
  return u.starts_with("http://") || u.starts_with("https://");
}

// The sentence with the event's time expression marked, escaped piecewise.
std::string evidence_html(const core::Event& e) {
  const auto& s = e.evidence.sentence;
  const auto pos = e.date.text.empty() ? std::string::npos : s.find(e.date.text);
  if (pos == std::string::npos) {
    return html_escape(s);
  }
  return fmt::format("{}<mark>{}</mark>{}", html_escape(s.substr(0, pos)),
                     html_escape(e.date.text), html_escape(s.substr(pos + e.date.text.size())));
}

// A chart bucket: "2022-11" (months) or "2022" (years, for long timelines).
struct Buckets {
  bool by_year = false;
  std::vector<std::string> keys;  // every bucket from the first to the last, gaps included

  [[nodiscard]] std::string key_of(date::year_month_day d) const {
    return by_year ? fmt::format("{}", int(d.year()))
                   : fmt::format("{:04}-{:02}", int(d.year()), unsigned(d.month()));
  }
};

Buckets make_buckets(const std::vector<store::StoredEvent>& events) {
  Buckets b;
  std::optional<date::year_month> lo;
  std::optional<date::year_month> hi;
  for (const auto& s : events) {
    if (!s.event.date.known()) {
      continue;
    }
    const auto& f = *s.event.date.first;
    const date::year_month ym{f.year(), f.month()};
    lo = lo ? std::min(*lo, ym) : ym;
    hi = hi ? std::max(*hi, ym) : ym;
  }
  if (!lo) {
    return b;
  }
  const auto months = (*hi - *lo).count() + 1;
  // More than 15 years of months would give bars a few pixels wide: count by year then.
  b.by_year = months > 180;
  if (b.by_year) {
    for (auto y = lo->year(); y <= hi->year(); ++y) {
      b.keys.push_back(fmt::format("{}", int(y)));
    }
  } else {
    for (auto ym = *lo; ym <= *hi; ym += date::months{1}) {
      b.keys.push_back(fmt::format("{:04}-{:02}", int(ym.year()), unsigned(ym.month())));
    }
  }
  return b;
}

// Stacked bars of events per bucket by type. Rects carry data-bucket/data-type so the page
// script can restack them for the events the filters leave visible.
void write_chart(std::ostream& out, const TimelineView& v, const Buckets& b) {
  if (b.keys.empty()) {
    fmt::print(out, "<p class=\"empty\">No dated events to chart.</p>\n");
    return;
  }
  std::map<std::pair<std::string, core::EventType>, int> counts;
  std::map<std::string, int> totals;
  for (const auto& s : v.events) {
    if (s.event.date.known()) {
      const auto key = b.key_of(*s.event.date.first);
      ++counts[{key, s.event.type}];
      ++totals[key];
    }
  }
  int max_total = 1;
  for (const auto& [k, n] : totals) {
    max_total = std::max(max_total, n);
  }
  const double left = 36;
  const double top = 12;
  const double plot_h = 160;
  const double base = top + plot_h;
  const double plot_w = 1040;
  const double slot_w = plot_w / static_cast<double>(b.keys.size());
  const double bar_w = std::max(1.0, slot_w * 0.8);
  const double scale = plot_h / max_total;
  fmt::print(out,
             "<svg id=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 {} {}\" "
             "data-base=\"{}\" data-scale=\"{:.4f}\" preserveAspectRatio=\"xMinYMin meet\">\n"
             "<title id=\"chart-title\">Events per {} by type</title>\n",
             left + plot_w + 8, base + 34, base, scale, b.by_year ? "year" : "month");
  // Grid: zero, half and max.
  for (int n : {0, max_total / 2, max_total}) {
    if (n == 0 && max_total == 0) {
      continue;
    }
    const double y = base - n * scale;
    fmt::print(out,
               "<line class=\"grid\" x1=\"{}\" x2=\"{}\" y1=\"{:.1f}\" y2=\"{:.1f}\"/>"
               "<text class=\"axis\" x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n",
               left, left + plot_w, y, y, left - 6, y + 4, n);
  }
  for (std::size_t i = 0; i < b.keys.size(); ++i) {
    const auto& key = b.keys[i];
    const double x = left + static_cast<double>(i) * slot_w + (slot_w - bar_w) / 2;
    fmt::print(out, "<g class=\"bucket\" data-bucket=\"{}\">", key);
    double y = base;
    for (auto t : k_types) {
      const auto it = counts.find({key, t});
      const int n = it == counts.end() ? 0 : it->second;
      const double h = n * scale;
      y -= h;
      fmt::print(out,
                 "<rect data-type=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
                 "fill=\"{}\"><title>{} {}: {}</title></rect>",
                 core::to_string(t), x, y, bar_w, h, colour_of(t), key, type_name(t), n);
    }
    fmt::print(out, "</g>\n");
    // Label every year (at January, or the first bucket), and each month when there are few.
    const bool january = !b.by_year && key.ends_with("-01");
    const bool label_year = b.by_year || january || i == 0;
    if (label_year && (b.by_year ? (b.keys.size() <= 30 || i % 5 == 0) : true)) {
      fmt::print(out, "<text class=\"axis year\" x=\"{:.1f}\" y=\"{}\">{}</text>\n", x, base + 28,
                 key.substr(0, 4));
    }
    if (!b.by_year && b.keys.size() <= 36) {
      fmt::print(out, "<text class=\"axis\" x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                 x + bar_w / 2, base + 14, key.substr(5, 2));
    }
  }
  fmt::print(out, "</svg>\n");
}

// A bar on a track covering the whole timeline: where [first, last] lies, to scale. A single
// day is drawn as a dot; anything longer as a bar as long as its span.
struct Track {
  date::sys_days lo;
  double days = 1;  // length of the whole track in days
};

std::optional<Track> make_track(const std::vector<store::StoredEvent>& events) {
  std::optional<date::sys_days> lo;
  std::optional<date::sys_days> hi;
  for (const auto& s : events) {
    if (s.event.date.known()) {
      const date::sys_days f{*s.event.date.first};
      const date::sys_days l{*s.event.date.last};
      lo = lo ? std::min(*lo, f) : f;
      hi = hi ? std::max(*hi, l) : l;
    }
  }
  if (!lo) {
    return std::nullopt;
  }
  return Track{*lo, static_cast<double>((*hi - *lo).count() + 1)};
}

void write_track(std::ostream& out, const core::TimeValue& t, const Track& track) {
  const date::sys_days f{*t.first};
  const date::sys_days l{*t.last};
  const double start = 100.0 * static_cast<double>((f - track.lo).count()) / track.days;
  const double width = 100.0 * static_cast<double>((l - f).count() + 1) / track.days;
  const bool point = f == l;
  fmt::print(out,
             "<div class=\"track\" title=\"{} \u2013 {} ({})\"><span class=\"{}\" "
             "style=\"left:{:.3f}%;width:{:.3f}%\"></span></div>\n",
             core::iso(*t.first), core::iso(*t.last), core::to_string(t.grain),
             point ? "span point" : "span", start, width);
}

void write_event(std::ostream& out, const store::StoredEvent& s, const TimelineView& v,
                 const std::optional<Track>& track, const Buckets& b,
                 const std::map<std::string, std::size_t>& actor_index) {
  const auto& e = s.event;
  std::vector<std::string> actor_ids;
  for (const auto& a : e.actors) {
    auto id = fmt::format("a{}", actor_index.at(a.name));
    if (std::find(actor_ids.begin(), actor_ids.end(), id) == actor_ids.end()) {
      actor_ids.push_back(std::move(id));
    }
  }
  const bool dated = e.date.known();
  const bool day = dated && *e.date.first == *e.date.last;
  fmt::print(out,
             "<article class=\"event {}\" id=\"event-{}\" data-type=\"{}\" data-actors=\"{}\" "
             "data-bucket=\"{}\" style=\"--c:{}\">\n",
             day ? "day" : (dated ? "spanned" : "undated"), e.id, core::to_string(e.type),
             fmt::join(actor_ids, " "), dated ? b.key_of(*e.date.first) : "", colour_of(e.type));
  fmt::print(out, "<div class=\"when\"><span class=\"date\">{}</span> <span class=\"grain\">{}{}</span></div>\n",
             html_escape(date_label(e.date)), core::to_string(e.date.grain),
             e.date.basis == core::DateBasis::published ? ", publication date" : "");
  if (dated && track) {
    write_track(out, e.date, *track);
  }
  fmt::print(out, "<div class=\"what\"><span class=\"badge\">{}</span>", html_escape(type_label(e)));
  if (e.modality != core::Modality::asserted) {
    fmt::print(out, " <span class=\"modality\">{}</span>", core::to_string(e.modality));
  }
  fmt::print(out, " <span class=\"summary\">{}</span></div>\n", html_escape(summary(e)));
  const auto note = role_note(e, v.actors);
  if (!note.empty()) {
    fmt::print(out, "<div class=\"role\">{}</div>\n", html_escape(note));
  }
  fmt::print(out, "<blockquote class=\"evidence\">{}</blockquote>\n", evidence_html(e));
  for (const auto& x : e.more_evidence) {
    fmt::print(out, "<blockquote class=\"evidence more\">{}</blockquote>\n", html_escape(x.sentence));
  }
  const auto title = html_escape(s.article.title.empty() ? "(untitled)" : s.article.title);
  fmt::print(out, "<div class=\"source\">{}", e.source ? fmt::format("\u2014 {} \u00B7 ", html_escape(*e.source)) : "");
  if (is_web_url(s.article.url)) {
    fmt::print(out, "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>", html_escape(s.article.url), title);
  } else {
    fmt::print(out, "<cite>{}</cite>", title);
  }
  fmt::print(out, " <span class=\"ids\">(article {}{}, event #{})</span></div>\n</article>\n", s.article.id,
             s.article.published ? fmt::format(", published {}", core::iso(*s.article.published)) : "",
             e.id);
}

constexpr std::string_view k_style = R"css(
:root { color-scheme: light; --ink: #1d2330; --muted: #5d6470; --line: #d5d9e0; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: var(--ink); background: #f6f7f9; }
header, section.panel, main { max-width: 1140px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 20px; }
h1 { font-size: 26px; margin: 0 0 4px; }
.meta { color: var(--muted); margin: 0 0 12px; }
section.panel { margin-bottom: 16px; }
#filters { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
fieldset { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; margin: 0; }
legend { font-weight: 600; padding: 0 4px; }
fieldset .opts { display: flex; flex-wrap: wrap; gap: 4px 14px; max-height: 132px; overflow: auto; }
fieldset label { white-space: nowrap; cursor: pointer; }
.sw { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin: 0 5px 0 2px;
      vertical-align: -1px; }
button { font: inherit; font-size: 12px; margin-left: 6px; padding: 0 6px; cursor: pointer; }
.chart-box { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; }
.legend { display: flex; flex-wrap: wrap; gap: 2px 14px; font-size: 12px; color: var(--muted); }
.chart-box h2 { font-size: 15px; margin: 0 0 4px; }
#chart { width: 100%; height: auto; display: block; }
#chart .grid { stroke: #e6e8ec; }
#chart .axis { font-size: 11px; fill: var(--muted); }
#chart .axis.year { font-weight: 600; fill: var(--ink); }
main { padding-bottom: 40px; }
.year > h2 { font-size: 22px; margin: 22px 0 6px; }
.slot > h3 { font-size: 15px; color: var(--muted); margin: 14px 0 6px 28px; text-transform: uppercase;
             letter-spacing: .04em; }
.slot { position: relative; border-left: 3px solid var(--line); margin-left: 10px; padding: 2px 0 2px 0; }
.event { position: relative; background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--c);
         border-radius: 6px; margin: 8px 0 10px 28px; padding: 8px 12px; }
.event::before { content: ""; position: absolute; left: -38px; top: 12px; width: 13px; height: 13px;
                 border-radius: 50%; background: var(--c); border: 2px solid #fff; box-shadow: 0 0 0 1px var(--c); }
.event.spanned::before { height: 34px; border-radius: 7px; }
.event.undated::before { background: #fff; }
.when .date { font-weight: 700; font-variant-numeric: tabular-nums; }
.when .grain { color: var(--muted); font-size: 12px; }
.track { position: relative; height: 8px; background: #eef0f3; border-radius: 4px; margin: 4px 0 6px; }
.track .span { position: absolute; top: 0; height: 8px; min-width: 4px; background: var(--c); border-radius: 4px; opacity: .85; }
.track .span.point { width: 8px !important; margin-left: -4px; border-radius: 50%; }
.badge { display: inline-block; background: var(--c); color: #fff; font-size: 12px; font-weight: 600;
         padding: 0 7px; border-radius: 10px; text-shadow: 0 0 2px rgba(0,0,0,.35); }
.modality { font-size: 12px; border: 1px dashed var(--muted); border-radius: 10px; padding: 0 6px; color: var(--muted); }
.summary { font-weight: 600; }
.role { color: var(--muted); font-size: 13px; }
.evidence { margin: 6px 0; padding: 4px 10px; border-left: 3px solid var(--line); color: #333a46;
            font-style: italic; background: #fafbfc; }
.evidence.more { font-size: 13px; }
mark { background: #fff2a8; font-style: normal; }
.source { font-size: 13px; color: var(--muted); }
.source a { color: #2a5db0; }
.ids { color: #8a909a; }
[hidden] { display: none !important; }
@media (max-width: 760px) { #filters { grid-template-columns: 1fr; } }
)css";

constexpr std::string_view k_script = R"js(
(function () {
  "use strict";
  var events = Array.prototype.slice.call(document.querySelectorAll("article.event"));
  var typeBoxes = Array.prototype.slice.call(document.querySelectorAll("input.f-type"));
  var actorBoxes = Array.prototype.slice.call(document.querySelectorAll("input.f-actor"));
  var chart = document.getElementById("chart");
  function checkedSet(boxes) {
    var s = {};
    boxes.forEach(function (b) { if (b.checked) { s[b.value] = true; } });
    return s;
  }
  function apply() {
    var types = checkedSet(typeBoxes), actors = checkedSet(actorBoxes), counts = {}, shown = 0;
    events.forEach(function (ev) {
      var ids = ev.getAttribute("data-actors").split(" ").filter(Boolean);
      var show = !!types[ev.getAttribute("data-type")] &&
                 (ids.length === 0 || ids.some(function (a) { return actors[a]; }));
      ev.hidden = !show;
      if (show) {
        shown += 1;
        var key = ev.getAttribute("data-bucket") + "|" + ev.getAttribute("data-type");
        counts[key] = (counts[key] || 0) + 1;
      }
    });
    document.querySelectorAll("section.slot, section.year").forEach(function (g) {
      g.hidden = !g.querySelector("article.event:not([hidden])");
    });
    if (chart) {
      var base = parseFloat(chart.getAttribute("data-base"));
      var scale = parseFloat(chart.getAttribute("data-scale"));
      chart.querySelectorAll("g.bucket").forEach(function (g) {
        var y = base, bucket = g.getAttribute("data-bucket");
        g.querySelectorAll("rect").forEach(function (r) {
          var h = (counts[bucket + "|" + r.getAttribute("data-type")] || 0) * scale;
          y -= h;
          r.setAttribute("y", y.toFixed(1));
          r.setAttribute("height", h.toFixed(1));
        });
      });
    }
    document.getElementById("visible-count").textContent = String(shown);
    document.body.setAttribute("data-visible", String(shown));
  }
  typeBoxes.concat(actorBoxes).forEach(function (b) { b.addEventListener("change", apply); });
  document.querySelectorAll("button[data-check]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var on = btn.getAttribute("data-check") === "all";
      document.querySelectorAll("input." + btn.getAttribute("data-for")).forEach(function (b) { b.checked = on; });
      apply();
    });
  });
  // A link may preselect types: report.html#types=sanction,arms_transfer
  var m = /(?:^#|&)types=([a-z_,]+)/.exec(location.hash);
  if (m) {
    var wanted = m[1].split(",");
    typeBoxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) >= 0; });
  }
  apply();
  document.body.setAttribute("data-ready", "1");
})();
)js";

} // namespace

void write_timeline_html(std::ostream& out, const TimelineView& v) {
  const auto title = fmt::format("Timeline: {}", v.title());
  // Actors by number of events (then name); their checkbox ids are a0, a1, ...
  std::map<std::string, int> actor_counts;
  for (const auto& s : v.events) {
    std::vector<std::string> seen;
    for (const auto& a : s.event.actors) {
      if (std::find(seen.begin(), seen.end(), a.name) == seen.end()) {
        seen.push_back(a.name);
        ++actor_counts[a.name];
      }
    }
  }
  std::vector<std::pair<std::string, int>> actors(actor_counts.begin(), actor_counts.end());
  std::stable_sort(actors.begin(), actors.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  std::map<std::string, std::size_t> actor_index;
  for (std::size_t i = 0; i < actors.size(); ++i) {
    actor_index[actors[i].first] = i;
  }
  std::map<core::EventType, int> type_counts;
  for (const auto& s : v.events) {
    ++type_counts[s.event.type];
  }
  const auto buckets = make_buckets(v.events);
  const auto track = make_track(v.events);

  fmt::print(out,
             "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
             "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
             "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
             "<meta name=\"generator\" content=\"eventdb\">\n"
             "<title>{}</title>\n<style>{}</style>\n</head>\n<body data-ready=\"0\">\n",
             html_escape(title), k_style);
  fmt::print(out, "<header>\n<h1>{}</h1>\n<p class=\"meta\"><span id=\"visible-count\">{}</span> of {} shown",
             html_escape(title), v.events.size(), v.events.size() == 1 ? "1 event" : fmt::format("{} events", v.events.size()));
  if (track) {
    const auto last = date::year_month_day{track->lo + date::days{static_cast<int>(track->days) - 1}};
    fmt::print(out, " \u00B7 {} to {}", core::iso(date::year_month_day{track->lo}), core::iso(last));
  }
  fmt::print(out, ". Bars show how long each date is: a dot is one day, a bar a week, month, "
                  "year or range.</p>\n</header>\n");

  fmt::print(out, "<section class=\"panel\" id=\"filters\">\n<fieldset><legend>Event types</legend>"
                  "<div class=\"opts\">\n");
  for (auto t : k_types) {
    const auto it = type_counts.find(t);
    if (it == type_counts.end()) {
      continue;
    }
    fmt::print(out,
               "<label><input type=\"checkbox\" class=\"f-type\" value=\"{}\" checked>"
               "<span class=\"sw\" style=\"background:{}\"></span>{} ({})</label>\n",
               core::to_string(t), colour_of(t), type_name(t), it->second);
  }
  fmt::print(out, "</div></fieldset>\n<fieldset><legend>Actors <button type=\"button\" data-check=\"all\" "
                  "data-for=\"f-actor\">all</button><button type=\"button\" data-check=\"none\" "
                  "data-for=\"f-actor\">none</button></legend><div class=\"opts\">\n");
  for (std::size_t i = 0; i < actors.size(); ++i) {
    fmt::print(out, "<label><input type=\"checkbox\" class=\"f-actor\" value=\"a{}\" checked>{} ({})</label>\n",
               i, html_escape(actors[i].first), actors[i].second);
  }
  fmt::print(out, "</div></fieldset>\n</section>\n");

  fmt::print(out, "<section class=\"panel\"><div class=\"chart-box\"><h2>Events per {} by type "
                  "({} of the first day)</h2>\n<div class=\"legend\">",
             buckets.by_year ? "year" : "month", buckets.by_year ? "year" : "month");
  for (auto t : k_types) {
    if (type_counts.contains(t)) {
      fmt::print(out, "<span><span class=\"sw\" style=\"background:{}\"></span>{}</span>", colour_of(t),
                 type_name(t));
    }
  }
  fmt::print(out, "</div>\n");
  write_chart(out, v, buckets);
  fmt::print(out, "</div></section>\n<main class=\"timeline\">\n");

  std::optional<int> year;
  for (const auto& g : group_by_slot(v.events)) {
    if (!year || *year != g.slot.year) {
      if (year) {
        fmt::print(out, "</section>\n");  // the previous year
      }
      fmt::print(out, "<section class=\"year\"><h2>{}</h2>\n",
                 g.slot.year == 0 ? std::string("Undated") : fmt::format("{}", g.slot.year));
      year = g.slot.year;
    }
    fmt::print(out, "<section class=\"slot\">{}\n",
               g.slot.year == 0 ? std::string() : fmt::format("<h3>{}</h3>", slot_heading(g.slot)));
    for (const auto* s : g.events) {
      write_event(out, *s, v, track, buckets, actor_index);
    }
    fmt::print(out, "</section>\n");  // slot
  }
  if (year) {
    fmt::print(out, "</section>\n");
  } else {
    fmt::print(out, "<p class=\"empty\">No events.</p>\n");
  }
  fmt::print(out, "</main>\n<script>{}</script>\n</body>\n</html>\n", k_script);
}

} // namespace eventdb::cli
