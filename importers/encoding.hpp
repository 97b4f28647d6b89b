#pragma once

#include <string>
#include <string_view>

namespace eventdb::importers {

// Reads `bytes` as Windows-1252 and returns UTF-8. Bytes 0x80-0x9F map through the cp1252
// table (0x93 -> U+201C ...); the five bytes cp1252 leaves undefined (0x81 0x8D 0x8F 0x90
// 0x9D) become U+FFFD. Bytes 0xA0-0xFF are Latin-1. Never throws.
[[nodiscard]] std::string decode_windows_1252(std::string_view bytes);

// True when every byte of `bytes` is defined in Windows-1252 (none of 0x81 0x8D 0x8F 0x90
// 0x9D occurs), so decode_windows_1252 loses nothing.
[[nodiscard]] bool is_windows_1252(std::string_view bytes);

// True when `bytes` holds at least one well-formed multi-byte UTF-8 sequence: a hint that
// the text is UTF-8 with some damage rather than a legacy 8-bit encoding.
[[nodiscard]] bool has_utf8_multibyte(std::string_view bytes);

// Copies `bytes`, replacing each byte that does not start a well-formed UTF-8 sequence (and
// each byte of a truncated sequence) with U+FFFD. `replaced` receives the number of
// replacements. The result is valid UTF-8. Never throws except std::bad_alloc.
[[nodiscard]] std::string replace_invalid_utf8(std::string_view bytes, std::size_t& replaced);

} // namespace eventdb::importers
