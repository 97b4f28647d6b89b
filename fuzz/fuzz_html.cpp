// libFuzzer target: the html reader behind `eventdb import --format html` (with encoding
// repair first, as for a file). See docs/reliability.md.

#include "fuzz/fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  eventdb::fuzz::read_as(data, size, eventdb::importers::Format::html);
  return 0;
}
