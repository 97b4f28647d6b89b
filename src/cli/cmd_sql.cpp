// eventdb sql "SELECT ...": read-only queries in table, csv, tsv or json form.

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "store/database.hpp"

#include <fmt/ostream.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace eventdb::cli {

namespace {

struct SqlOptions {
  std::string sql;
  std::string format = "table";
};

std::string text_of(const store::SqlValue& v) {
  switch (v.type) {
  case store::SqlValue::Type::null: return "";
  case store::SqlValue::Type::integer: return fmt::format("{}", v.integer);
  case store::SqlValue::Type::real: return fmt::format("{}", v.real);
  case store::SqlValue::Type::text: return v.text;
  case store::SqlValue::Type::blob: return fmt::format("<blob {} bytes>", v.text.size());
  }
  return "";
}

// Display width in terminal columns: UTF-8 continuation bytes take no column.
std::size_t width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string csv_field(const std::string& s, char sep) {
  if (s.find_first_of(std::string("\"\n\r") + sep) == std::string::npos) {
    return s;
  }
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') {
      out += '"';
    }
    out += c;
  }
  return out + "\"";
}

std::string tsv_field(const std::string& s) {
  std::string out;
  for (char c : s) {
    out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  }
  return out;
}

int do_sql(const SqlOptions& o, Context& ctx) {
  if (o.format != "table" && o.format != "csv" && o.format != "tsv" && o.format != "json") {
    throw core::UsageError(fmt::format("--format: unknown format '{}' (table, csv, tsv, json)", o.format));
  }
  auto db = open_for_reading(ctx);
  const auto r = db->query(o.sql);
  auto& out = ctx.io.out;
  if (o.format == "json") {
    auto arr = nlohmann::ordered_json::array();
    for (const auto& row : r.rows) {
      nlohmann::ordered_json obj = nlohmann::ordered_json::object();
      for (std::size_t c = 0; c < r.columns.size(); ++c) {
        const auto& v = row[c];
        switch (v.type) {
        case store::SqlValue::Type::null: obj[r.columns[c]] = nullptr; break;
        case store::SqlValue::Type::integer: obj[r.columns[c]] = v.integer; break;
        case store::SqlValue::Type::real: obj[r.columns[c]] = v.real; break;
        default: obj[r.columns[c]] = text_of(v); break;
        }
      }
      arr.push_back(std::move(obj));
    }
    fmt::print(out, "{}\n", arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    return 0;
  }
  if (o.format == "csv" || o.format == "tsv") {
    const char sep = o.format == "csv" ? ',' : '\t';
    auto field = [&](const std::string& s) { return sep == ',' ? csv_field(s, sep) : tsv_field(s); };
    std::vector<std::string> cells;
    for (const auto& c : r.columns) {
      cells.push_back(field(c));
    }
    fmt::print(out, "{}\n", fmt::join(cells, std::string(1, sep)));
    for (const auto& row : r.rows) {
      cells.clear();
      for (const auto& v : row) {
        cells.push_back(field(text_of(v)));
      }
      fmt::print(out, "{}\n", fmt::join(cells, std::string(1, sep)));
    }
    return 0;
  }
  // Aligned table; numbers right-aligned, text left-aligned, NULL shown as empty.
  std::vector<std::size_t> w(r.columns.size());
  for (std::size_t c = 0; c < r.columns.size(); ++c) {
    w[c] = width(r.columns[c]);
  }
  std::vector<std::vector<std::string>> cells;
  for (const auto& row : r.rows) {
    std::vector<std::string> line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      auto t = tsv_field(text_of(row[c]));
      w[c] = std::max(w[c], width(t));
      line.push_back(std::move(t));
    }
    cells.push_back(std::move(line));
  }
  auto print_row = [&](const std::vector<std::string>& line, const std::vector<store::SqlValue>* types) {
    std::string s;
    for (std::size_t c = 0; c < line.size(); ++c) {
      const auto pad = std::string(w[c] - width(line[c]), ' ');
      const bool numeric = types && ((*types)[c].type == store::SqlValue::Type::integer ||
                                     (*types)[c].type == store::SqlValue::Type::real);
      if (c > 0) {
        s += "  ";
      }
      s += numeric ? pad + line[c] : line[c] + (c + 1 == line.size() ? "" : pad);
    }
    fmt::print(out, "{}\n", s);
  };
  print_row(r.columns, nullptr);
  std::vector<std::string> rule;
  for (auto x : w) {
    rule.emplace_back(x, '-');
  }
  print_row(rule, nullptr);
  for (std::size_t i = 0; i < cells.size(); ++i) {
    print_row(cells[i], &r.rows[i]);
  }
  fmt::print(out, "({} row{})\n", r.rows.size(), r.rows.size() == 1 ? "" : "s");
  return 0;
}

} // namespace

void add_sql(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<SqlOptions>();
  auto* cmd = app.add_subcommand("sql", "Run one read-only SQL query");
  cmd->add_option("query", opts->sql, "SQL (SELECT/WITH); writes are refused")->required();
  cmd->add_option("--format", opts->format, "table, csv, tsv or json");
  cmd->callback([opts, &ctx] { ctx.action = [opts, &ctx] { return do_sql(*opts, ctx); }; });
}

} // namespace eventdb::cli
