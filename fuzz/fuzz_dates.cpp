// libFuzzer target: the time-expression finder (extract::find_dates) on raw bytes, as
// `eventdb dates` reads them, anchored on a fixed publication date. Checks that matches are
// sorted, do not overlap, stay inside the text and have ordered, valid bounds.

#include "extract/dates.hpp"
#include "fuzz/fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace date::literals;
  using eventdb::fuzz::require;
  const auto text = eventdb::fuzz::as_text(data, size);
  // Alternate between an anchored and an unanchored run, chosen by the input itself.
  const std::optional<date::year_month_day> anchor =
      size % 2 == 0 ? std::optional(2022_y / 12 / 22) : std::nullopt;
  const auto matches = eventdb::extract::find_dates(text, anchor);
  std::size_t previous_end = 0;
  for (const auto& m : matches) {
    require(m.start < m.end && m.end <= text.size());
    require(m.start >= previous_end);
    previous_end = m.end;
    const auto& v = m.value;
    require(!v.first || v.first->ok());
    require(!v.last || v.last->ok());
    if (v.first && v.last) {
      require(date::sys_days(*v.first) <= date::sys_days(*v.last));
    }
  }
  return 0;
}
