#pragma once

#include <string>
#include <string_view>
#include <vector>

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

// Binary data: a NUL byte anywhere, a well-known binary signature (PDF, ZIP, gzip, PNG, GIF,
// JPEG, ELF) or more than 5% odd control characters in the first 64 KiB.
[[nodiscard]] bool looks_binary(std::string_view bytes);

// CRLF and lone CR become LF; control characters other than tab, LF, FF and ESC become spaces.
[[nodiscard]] std::string clean_line_ends(std::string_view s);

// Steps 4 and 5 of read_bytes: returns `bytes` as valid UTF-8 with clean line ends. Valid
// UTF-8 is kept; input with no multi-byte UTF-8 sequence that Windows-1252 decodes cleanly is
// decoded as such; otherwise each invalid byte becomes U+FFFD. Both repairs add a warning
// starting with `origin`. Also used per record by the streaming readers.
[[nodiscard]] std::string repair_encoding(std::string_view bytes, std::string_view origin,
                                          std::vector<std::string>& warnings);

} // namespace eventdb::importers
