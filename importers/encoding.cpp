#include "importers/encoding.hpp"

#include "core/text.hpp"

#include <array>
#include <cstdint>

namespace eventdb::importers {

namespace {

// Unicode code points of Windows-1252 bytes 0x80-0x9F; 0 marks the five undefined bytes.
constexpr std::array<std::uint16_t, 32> k_cp1252_high = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88-8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178}; // 98-9F

constexpr std::uint32_t k_replacement = 0xFFFD;

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool undefined_in_cp1252(unsigned char c) {
  return c >= 0x80 && c <= 0x9F && k_cp1252_high[c - 0x80] == 0;
}


} // namespace

std::string decode_windows_1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  for (const char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out += ch;
    } else if (c <= 0x9F) {
      const auto cp = k_cp1252_high[c - 0x80];
      append_utf8(out, cp == 0 ? k_replacement : cp);
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

bool is_windows_1252(std::string_view bytes) {
  for (const char ch : bytes) {
    if (undefined_in_cp1252(static_cast<unsigned char>(ch))) {
      return false;
    }
  }
  return true;
}

bool has_utf8_multibyte(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (static_cast<unsigned char>(bytes[i]) >= 0x80 && core::utf8_sequence_length(bytes, i) != 0) {
      return true;
    }
  }
  return false;
}

std::string replace_invalid_utf8(std::string_view bytes, std::size_t& replaced) {
  replaced = 0;
  std::string out;
  out.reserve(bytes.size());
  std::size_t i = 0;
  while (i < bytes.size()) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      out += bytes[i];
      ++i;
      continue;
    }
    const auto len = core::utf8_sequence_length(bytes, i);
    if (len == 0) {
      append_utf8(out, k_replacement);
      ++replaced;
      ++i;
    } else {
      out.append(bytes.substr(i, len));
      i += len;
    }
  }
  return out;
}

} // namespace eventdb::importers
