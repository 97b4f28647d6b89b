// libFuzzer target: the whole extraction of one article (extract::Pipeline::extract with the
// builtin dictionary and lexicon). The input is read as a text file (headers, encoding repair)
// as `eventdb import` would; articles without a date get a fixed one. Checks that evidence
// spans stay inside the body.

#include "core/errors.hpp"
#include "extract/actors.hpp"
#include "extract/dictionary.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"
#include "fuzz/fuzz_common.hpp"

namespace {

const eventdb::extract::Pipeline& pipeline() {
  static const eventdb::extract::Gazetteer gazetteer(eventdb::extract::builtin_dictionary());
  static const eventdb::extract::Pipeline p(gazetteer, eventdb::extract::Lexicon::builtin());
  return p;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace date::literals;
  using eventdb::fuzz::require;
  eventdb::importers::ReadResult read;
  try {
    read = eventdb::importers::read_bytes(eventdb::fuzz::as_text(data, size), "fuzz",
                                          eventdb::importers::Format::text);
  } catch (const eventdb::core::InputError&) {
    return 0;
  }
  for (auto& article : read.articles) {
    if (!article.published) {
      article.published = 2022_y / 12 / 22;
    }
    const auto extraction = pipeline().extract(article);
    for (const auto& e : extraction.events) {
      require(e.evidence.start <= e.evidence.end);
      require(!e.date.first || e.date.first->ok());
    }
  }
  return 0;
}
