#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace eventdb::core {

// A file compiled into the binary: schema migrations ("schema/0001_init.sql") and lexicon
// data ("data/actors.tsv").
struct EmbeddedFile {
  std::string_view name;
  std::string_view content;
};

// Every embedded file, sorted by name. Generated at build time by cmake/EmbedScript.cmake.
[[nodiscard]] std::span<const EmbeddedFile> embedded_files();

// The content of one embedded file, std::nullopt if no such file was embedded.
[[nodiscard]] std::optional<std::string_view> embedded_file(std::string_view name);

} // namespace eventdb::core
