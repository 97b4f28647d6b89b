#include "extract/dictionary.hpp"

#include "core/embedded.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "core/time_value.hpp"

#include <fmt/format.h>

#include <unordered_map>

namespace eventdb::extract {

namespace {

[[noreturn]] void bad(std::string_view file, std::size_t line, std::string_view why) {
  throw core::Error(fmt::format("{}:{}: {}", file, line, why));
}

// "2022-09-06", "2022-09" (first or last day of the month) or "2022".
std::optional<date::year_month_day> role_date(std::string_view s, bool end, std::string_view file,
                                              std::size_t line) {
  if (s.empty()) {
    return std::nullopt;
  }
  const auto span = core::parse_partial_date(s);
  if (!span) {
    bad(file, line, fmt::format("bad date '{}'", s));
  }
  return end ? span->last : span->first;
}

} // namespace

core::ActorAlias parse_alias(std::string_view text) {
  core::ActorAlias alias;
  auto a = core::trim(text);
  if (!a.empty() && a.front() == '?') {
    alias.ambiguous = true;
    a.remove_prefix(1);
  }
  if (const auto colon = a.find(':'); colon != std::string_view::npos) {
    if (auto facet = core::alias_facet_from_string(a.substr(0, colon))) {
      alias.facet = *facet;
      a = a.substr(colon + 1);
    }
  }
  if (!a.empty() && a.front() == '?') {
    alias.ambiguous = true;
    a.remove_prefix(1);
  }
  alias.text = std::string(core::trim(a));
  return alias;
}

std::vector<core::ActorRecord> parse_dictionary(
    const std::vector<std::pair<std::string, std::string_view>>& actor_files,
    std::string_view roles_tsv) {
  std::vector<core::ActorRecord> out;
  std::unordered_map<std::string, std::size_t> by_key;
  std::unordered_map<std::string, std::string> key_of_name;  // names are unique in a database
  std::vector<std::pair<std::string, std::size_t>> parents;  // parent key, actor index
  for (const auto& [file, text] : actor_files) {
    core::for_each_tsv_row(text, [&, &f = file](const auto& c, std::size_t line) {
      if (c.size() != 6) {
        bad(f, line, fmt::format("expected 6 columns, found {}", c.size()));
      }
      core::ActorRecord r;
      r.key = std::string(core::trim(c[0]));
      const auto kind = core::actor_kind_from_string(core::trim(c[1]));
      if (!kind) {
        bad(f, line, fmt::format("unknown kind '{}'", c[1]));
      }
      r.kind = *kind;
      r.name = std::string(core::trim(c[2]));
      r.code = std::string(core::trim(c[3]));
      if (r.key.empty() || r.name.empty()) {
        bad(f, line, "key and name are required");
      }
      for (auto a : core::split(c[5], '|')) {
        a = core::trim(a);
        if (a.empty()) {
          continue;
        }
        auto alias = parse_alias(a);
        if (!alias.text.empty()) {
          r.aliases.push_back(std::move(alias));
        }
      }
      if (!by_key.emplace(r.key, out.size()).second) {
        bad(f, line, fmt::format("duplicate key '{}'", r.key));
      }
      if (const auto [it, fresh] = key_of_name.emplace(r.name, r.key); !fresh) {
        bad(f, line, fmt::format("name '{}' is already the name of '{}'", r.name, it->second));
      }
      if (!core::trim(c[4]).empty()) {
        parents.emplace_back(std::string(core::trim(c[4])), out.size());
      }
      out.push_back(std::move(r));
    });
  }
  for (const auto& [key, idx] : parents) {
    if (auto it = by_key.find(key); it != by_key.end()) {
      out[idx].parent = out[it->second].name;
    }
  }
  core::for_each_tsv_row(roles_tsv, [&](const auto& c, std::size_t line) {
    if (c.size() != 5) {
      bad("data/roles.tsv", line, fmt::format("expected 5 columns, found {}", c.size()));
    }
    auto it = by_key.find(std::string(core::trim(c[0])));
    if (it == by_key.end()) {
      bad("data/roles.tsv", line, fmt::format("unknown person '{}'", c[0]));
    }
    core::ActorRole role;
    role.title = std::string(core::trim(c[1]));
    if (auto org = by_key.find(std::string(core::trim(c[2]))); org != by_key.end()) {
      role.org = out[org->second].name;
    }
    role.from = role_date(core::trim(c[3]), false, "data/roles.tsv", line);
    role.to = role_date(core::trim(c[4]), true, "data/roles.tsv", line);
    out[it->second].roles.push_back(std::move(role));
  });
  return out;
}

std::vector<core::ActorRecord> builtin_dictionary() {
  std::vector<std::pair<std::string, std::string_view>> files;
  for (const char* name : {"data/actors.tsv", "data/people.tsv"}) {
    if (auto f = core::embedded_file(name)) {
      files.emplace_back(name, *f);
    }
  }
  return parse_dictionary(files, core::embedded_file("data/roles.tsv").value_or(""));
}

std::string dictionary_hash() {
  std::string all;
  for (const char* name : {"data/actors.tsv", "data/people.tsv", "data/roles.tsv"}) {
    all += core::content_hash(core::embedded_file(name).value_or(""));
  }
  return core::content_hash(all);
}

} // namespace eventdb::extract
