#pragma once

// Shared by the libFuzzer targets: turns an input into the importers' result and checks the
// contract every reader promises (articles carry valid, NUL-free text).

#include "core/errors.hpp"
#include "importers/reader.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace eventdb::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A broken promise is a crash: libFuzzer saves the input.
inline void require(bool ok) {
  if (!ok) {
    std::abort();
  }
}

// Reads `data` as `format`. Malformed input may throw core::InputError (documented); anything
// else escaping is a bug and reaches libFuzzer as an uncaught exception.
inline void read_as(const std::uint8_t* data, std::size_t size, importers::Format format) {
  try {
    const auto r = importers::read_bytes(as_text(data, size), "fuzz", format);
    for (const auto& a : r.articles) {
      require(a.body.find('\0') == std::string::npos);
      require(!a.published || a.published->ok());
    }
  } catch (const core::InputError&) {
  }
}

} // namespace eventdb::fuzz
