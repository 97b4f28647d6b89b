// libFuzzer target: the text header reader behind `eventdb import --format text` (with encoding
// repair first, as for a file). See docs/reliability.md.

#include "fuzz/fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  eventdb::fuzz::read_as(data, size, eventdb::importers::Format::text);
  return 0;
}
