#include "importers/encoding.hpp"

#include "core/text.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>

namespace eventdb::importers {

namespace {

// Control characters that never occur in text: everything below 0x20 except tab, LF, CR, FF
// and ESC (terminal colour codes in pasted text), plus DEL.
bool is_odd_control(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

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

bool looks_binary(std::string_view bytes) {
  if (bytes.find('\0') != std::string_view::npos) {
    return true;
  }
  static constexpr std::array<std::string_view, 7> k_magic = {"%PDF-",
                                                              "PK\x03\x04",
                                                              "\x1F\x8B",
                                                              "\x89PNG",
                                                              "GIF8",
                                                              "\xFF\xD8\xFF",
                                                              "\x7F"
                                                              "ELF"};
  for (const auto m : k_magic) {
    if (starts_with(bytes, m)) {
      return true;
    }
  }
  const auto sample = bytes.substr(0, 64 * 1024);
  std::size_t odd = 0;
  for (const char c : sample) {
    odd += is_odd_control(static_cast<unsigned char>(c)) ? 1 : 0;
  }
  return odd > 4 && odd * 20 > sample.size();
}

// The body never carries bytes that upset terminals, XML parsers or SQLite users.
std::string clean_line_ends(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\r') {
      if (i + 1 >= s.size() || s[i + 1] != '\n') {
        out += '\n';
      }
    } else if (is_odd_control(static_cast<unsigned char>(c))) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string repair_encoding(std::string_view bytes, std::string_view origin,
                            std::vector<std::string>& warnings) {
  if (core::is_valid_utf8(bytes)) {
    return clean_line_ends(bytes);
  }
  if (!has_utf8_multibyte(bytes) && is_windows_1252(bytes)) {
    // No UTF-8 sequence at all and every byte defined in cp1252: a legacy Windows file.
    warnings.push_back(fmt::format("{}: not valid UTF-8; read as Windows-1252", origin));
    return clean_line_ends(decode_windows_1252(bytes));
  }
  std::size_t replaced = 0;
  auto text = clean_line_ends(replace_invalid_utf8(bytes, replaced));
  warnings.push_back(fmt::format("{}: not valid UTF-8; replaced {} invalid byte(s) with U+FFFD",
                                 origin, replaced));
  return text;
}

} // namespace eventdb::importers
