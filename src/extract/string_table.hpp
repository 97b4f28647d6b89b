#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eventdb::extract {

// Hash of a short string: inline and eight bytes at a time. Extraction looks several words up
// per token, where this costs a fraction of std::hash's out-of-line general-purpose hash.
struct StringHash {
  std::uint64_t operator()(std::string_view s) const noexcept {
    constexpr std::uint64_t k_mul = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = s.size() * k_mul;
    const char* p = s.data();
    std::size_t n = s.size();
    for (; n >= 8; p += 8, n -= 8) {
      std::uint64_t k = 0;
      std::memcpy(&k, p, 8);
      h = (h ^ k) * k_mul;
      h ^= h >> 29;
    }
    // The last 0-7 bytes in at most two loads (overlapping when n < 8).
    std::uint64_t k = 0;
    if (n >= 4) {
      std::uint32_t lo = 0;
      std::uint32_t hi = 0;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      k = lo | (static_cast<std::uint64_t>(hi) << 32);
    } else if (n > 0) {
      const auto byte = [p](std::size_t at) {
        return static_cast<std::uint64_t>(static_cast<unsigned char>(p[at]));
      };
      k = byte(0) | (byte(n / 2) << 8) | (byte(n - 1) << 16);
    }
    h = (h ^ k) * k_mul;
    h ^= h >> 32;
    h *= k_mul;
    return h ^ (h >> 29);
  }
};

// a == b for the short words of the lexicon without a call to memcmp: up to 16 bytes are
// compared with at most four loads per side (overlapping when the length is not a power of two).
inline bool equal_words(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) {
    return false;
  }
  const char* p = a.data();
  const char* q = b.data();
  auto load8 = [](const char* at) {
    std::uint64_t v = 0;
    std::memcpy(&v, at, 8);
    return v;
  };
  auto load4 = [](const char* at) {
    std::uint32_t v = 0;
    std::memcpy(&v, at, 4);
    return v;
  };
  if (n >= 8) {
    if (n > 16) {
      return std::memcmp(p, q, n) == 0;
    }
    return load8(p) == load8(q) && load8(p + n - 8) == load8(q + n - 8);
  }
  if (n >= 4) {
    return load4(p) == load4(q) && load4(p + n - 4) == load4(q + n - 4);
  }
  return n == 0 || (p[0] == q[0] && p[n / 2] == q[n / 2] && p[n - 1] == q[n - 1]);
}

// A string-keyed hash map for the lexicon and the gazetteer: built once, then searched with
// std::string_view many times per token. Entries sit in one vector in insertion order (which
// is also the iteration order); an open-addressing index of power-of-two size holds each
// entry's position and 32 bits of its hash, so a lookup is one hash, no division and usually
// one key comparison. Insertion may move entries: references into the map are valid until
// the next insertion. Only the operations the extraction code uses are provided.
template <class V>
class StringMap {
public:
  using value_type = std::pair<std::string, V>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  [[nodiscard]] std::size_t size() const { return m_entries.size(); }
  [[nodiscard]] bool empty() const { return m_entries.empty(); }
  iterator begin() { return m_entries.begin(); }
  iterator end() { return m_entries.end(); }
  const_iterator begin() const { return m_entries.begin(); }
  const_iterator end() const { return m_entries.end(); }

  [[nodiscard]] iterator find(std::string_view key) {
    const auto at = position(key);
    return at ? m_entries.begin() + static_cast<std::ptrdiff_t>(*at) : m_entries.end();
  }
  [[nodiscard]] const_iterator find(std::string_view key) const {
    const auto at = position(key);
    return at ? m_entries.begin() + static_cast<std::ptrdiff_t>(*at) : m_entries.end();
  }
  [[nodiscard]] bool contains(std::string_view key) const { return position(key).has_value(); }

  // Inserts (key, V(args...)) unless the key is present; like std::unordered_map::emplace.
  template <class... Args>
  std::pair<iterator, bool> emplace(std::string_view key, Args&&... args) {
    if (const auto at = position(key)) {
      return {m_entries.begin() + static_cast<std::ptrdiff_t>(*at), false};
    }
    m_entries.emplace_back(std::string(key), V(std::forward<Args>(args)...));
    m_shapes[shape_row(key)] |= shape_bit(key);
    index_last();
    return {m_entries.end() - 1, true};
  }
  V& operator[](std::string_view key) { return emplace(key).first->second; }

private:
  struct Slot {
    std::uint32_t hash = 0;   // high 32 bits of the key's hash
    std::uint32_t entry = 0;  // 1 + position in m_entries; 0 for an empty slot
  };

  [[nodiscard]] std::optional<std::size_t> position(std::string_view key) const {
    if (m_slots.empty() || (m_shapes[shape_row(key)] & shape_bit(key)) == 0) {
      return std::nullopt;
    }
    const auto h = StringHash{}(key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t s = h & mask;; s = (s + 1) & mask) {
      const Slot& slot = m_slots[s];
      if (slot.entry == 0) {
        return std::nullopt;
      }
      if (slot.hash == tag && equal_words(m_entries[slot.entry - 1].first, key)) {
        return slot.entry - 1;
      }
    }
  }

  // Shapes of the keys: bit min(length, 63) of row (first byte) is set when some key has that
  // first byte and length. Most words looked up are in no table (a few per token, nearly
  // every token); a clear bit answers them with two loads and no hash.
  [[nodiscard]] static std::size_t shape_row(std::string_view key) {
    return key.empty() ? 0 : static_cast<unsigned char>(key.front());
  }
  [[nodiscard]] static std::uint64_t shape_bit(std::string_view key) {
    return std::uint64_t{1} << std::min<std::size_t>(key.size(), 63);
  }

  // Indexes the entry just appended, growing the index to keep it at most half full.
  void index_last() {
    if (m_entries.size() * 2 > m_slots.size()) {
      std::vector<Slot> old(std::max<std::size_t>(16, m_slots.size() * 2));
      m_slots.swap(old);
      for (std::size_t e = 0; e < m_entries.size(); ++e) {
        place(e);
      }
    } else {
      place(m_entries.size() - 1);
    }
  }
  void place(std::size_t e) {
    const auto h = StringHash{}(m_entries[e].first);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t s = h & mask;
    while (m_slots[s].entry != 0) {
      s = (s + 1) & mask;
    }
    m_slots[s] = Slot{static_cast<std::uint32_t>(h >> 32), static_cast<std::uint32_t>(e + 1)};
  }

  std::vector<value_type> m_entries;
  std::vector<Slot> m_slots;
  std::array<std::uint64_t, 256> m_shapes{};  // see shape_row() and shape_bit()
};

// A set of strings with the same layout as StringMap.
class StringSet {
public:
  [[nodiscard]] std::size_t size() const { return m_map.size(); }
  [[nodiscard]] bool contains(std::string_view key) const { return m_map.contains(key); }
  bool insert(std::string_view key) { return m_map.emplace(key).second; }
  bool emplace(std::string_view key) { return insert(key); }

private:
  struct Empty {};
  StringMap<Empty> m_map;
};

} // namespace eventdb::extract
