#include "cli/render.hpp"

#include "core/time_value.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace eventdb::cli {

namespace {

// 1000 -> "1,000"; 1.5 -> "1.5".
std::string grouped(double v) {
  if (std::fabs(v - std::round(v)) > 1e-9 || std::fabs(v) >= 1e15) {
    return fmt::format("{}", v);
  }
  auto digits = fmt::format("{}", static_cast<long long>(std::llround(std::fabs(v))));
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) {
      out += ',';
    }
    out += digits[i];
  }
  return v < 0 ? fmt::format("-{}", out) : out;
}

// Money in short scale: 100000000 -> "100M", 1.1e9 -> "1.1B".
std::string money(double v) {
  const double a = std::fabs(v);
  if (a >= 1e9) {
    return fmt::format("{:g}B", v / 1e9);
  }
  if (a >= 1e6) {
    return fmt::format("{:g}M", v / 1e6);
  }
  return grouped(v);
}

bool is_currency(std::string_view u) {
  return u.size() == 3 && std::all_of(u.begin(), u.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string_view approx_sign(core::Approx a) {
  switch (a) {
  case core::Approx::approximate: return "\u2248";
  case core::Approx::at_least: return "\u2265";
  case core::Approx::more_than: return ">";
  case core::Approx::at_most: return "\u2264";
  case core::Approx::less_than: return "<";
  case core::Approx::exact: break;
  }
  return "";
}

std::string join_names(const core::Event& e, core::Role role) {
  std::string out;
  for (const auto& a : e.actors) {
    if (a.role == role) {
      if (!out.empty()) {
        out += ", ";
      }
      out += a.name;
    }
  }
  return out;
}

nlohmann::ordered_json date_or_null(const std::optional<date::year_month_day>& d) {
  return d ? nlohmann::ordered_json(core::iso(*d)) : nlohmann::ordered_json(nullptr);
}

} // namespace

std::string date_label(const core::TimeValue& t) {
  if (t.grain == core::Grain::unknown || t.value.empty()) {
    return "undated";
  }
  return t.value;
}

std::string quantity_label(const core::Quantity& q) {
  std::string out(approx_sign(q.approx));
  if (q.unit == "USD") {
    out += fmt::format("${}", money(q.value));
  } else if (q.unit == "EUR") {
    out += fmt::format("\u20AC{}", money(q.value));
  } else if (q.unit == "GBP") {
    out += fmt::format("\u00A3{}", money(q.value));
  } else if (q.unit == "percent") {
    out += fmt::format("{}%", grouped(q.value));
  } else if (is_currency(q.unit)) {
    out += fmt::format("{} {}", money(q.value), q.unit);
  } else {
    out += fmt::format("{} {}", grouped(q.value),
                       !q.what.empty() ? q.what : (q.unit == "person" ? std::string("people") : q.unit));
  }
  if (!q.what.empty() && (q.unit == "percent" || is_currency(q.unit))) {
    out += fmt::format(" {}", q.what);
  }
  if (!q.per.empty()) {
    out += fmt::format("/{}", q.per);
  }
  return out;
}

std::string summary(const core::Event& e) {
  std::string out;
  const auto agents = join_names(e, core::Role::agent);
  std::string others = join_names(e, core::Role::recipient);
  const auto targets = join_names(e, core::Role::target);
  if (!targets.empty()) {
    others += (others.empty() ? "" : ", ") + targets;
  }
  if (!agents.empty() && !others.empty()) {
    out = fmt::format("{} \u2192 {}", agents, others);
  } else if (!agents.empty()) {
    out = agents;
  } else if (!others.empty()) {
    out = fmt::format("\u2192 {}", others);
  }
  const auto affected = join_names(e, core::Role::affected);
  if (!affected.empty()) {
    out += (out.empty() ? "" : "; ") + std::string("affected: ") + affected;
  }
  std::vector<std::string> parts;
  for (const auto& q : e.quantities) {
    parts.push_back(quantity_label(q));
  }
  if (!parts.empty()) {
    out += fmt::format(": {}", fmt::join(parts, ", "));
  }
  if (!e.items.empty()) {
    out += fmt::format(" [{}]", fmt::join(e.items, ", "));
  }
  if (e.location) {
    out += fmt::format(" in {}", e.location->name);
  }
  if (e.modality != core::Modality::asserted) {
    out += fmt::format(" ({})", core::to_string(e.modality));
  }
  if (e.source) {
    out += fmt::format(" \u2014 {}", *e.source);
  }
  return out;
}

nlohmann::ordered_json event_json(const store::StoredEvent& s) {
  const auto& e = s.event;
  nlohmann::ordered_json j;
  j["id"] = e.id;
  j["type"] = std::string(core::to_string(e.type));
  j["subtype"] = e.subtype.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.subtype);
  j["modality"] = std::string(core::to_string(e.modality));
  nlohmann::ordered_json d;
  d["value"] = e.date.value.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.date.value);
  d["grain"] = std::string(core::to_string(e.date.grain));
  d["first"] = date_or_null(e.date.first);
  d["last"] = date_or_null(e.date.last);
  d["text"] = e.date.text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.date.text);
  d["basis"] = std::string(core::to_string(e.date.basis));
  j["date"] = d;
  j["actors"] = nlohmann::ordered_json::array();
  for (const auto& a : e.actors) {
    j["actors"].push_back({{"name", a.name}, {"role", std::string(core::to_string(a.role))},
                           {"kind", std::string(core::to_string(a.kind))}, {"mention", a.mention}});
  }
  j["source"] = e.source ? nlohmann::ordered_json{{"name", *e.source}} : nlohmann::ordered_json(nullptr);
  j["quantities"] = nlohmann::ordered_json::array();
  for (const auto& q : e.quantities) {
    nlohmann::ordered_json qj;
    if (std::fabs(q.value - std::round(q.value)) < 1e-9 && std::fabs(q.value) < 9e15) {
      qj["value"] = static_cast<long long>(std::llround(q.value));
    } else {
      qj["value"] = q.value;
    }
    qj["unit"] = q.unit;
    qj["what"] = q.what.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(q.what);
    qj["approx"] = std::string(core::to_string(q.approx));
    qj["per"] = q.per.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(q.per);
    qj["text"] = q.text;
    j["quantities"].push_back(qj);
  }
  j["items"] = e.items;
  j["location"] = e.location ? nlohmann::ordered_json{{"name", e.location->name},
                                                      {"country", e.location->country.empty()
                                                                      ? nlohmann::ordered_json(nullptr)
                                                                      : nlohmann::ordered_json(e.location->country)}}
                             : nlohmann::ordered_json(nullptr);
  j["codes"] = {{"cameo", e.cameo.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.cameo)},
                {"plover", e.plover.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.plover)}};
  j["rule"] = e.rule;
  j["evidence"] = {{"sentence", e.evidence.sentence},
                   {"start", e.evidence.start},
                   {"end", e.evidence.end}};
  if (!e.more_evidence.empty()) {
    j["more_evidence"] = nlohmann::ordered_json::array();
    for (const auto& x : e.more_evidence) {
      j["more_evidence"].push_back({{"sentence", x.sentence}, {"start", x.start}, {"end", x.end}});
    }
  }
  j["article"] = {{"id", s.article.id},
                  {"title", s.article.title},
                  {"url", s.article.url.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.article.url)},
                  {"published", date_or_null(s.article.published)}};
  return j;
}

} // namespace eventdb::cli
