#pragma once

#include "core/article.hpp"
#include "core/event.hpp"
#include "extract/actors.hpp"
#include "extract/lexicon.hpp"

#include <string>
#include <vector>

namespace eventdb::extract {

// What the pipeline found in one article.
struct Extraction {
  std::vector<core::Event> events;
  // Actors first seen in this article (not in the dictionary), to be stored with kind
  // unknown or person.
  std::vector<core::ActorRecord> new_actors;
};

// The extraction pipeline: sentences -> tokens -> time expressions -> actor mentions ->
// quantities -> event rules -> merge. Stateless between articles; one Pipeline can serve
// many articles (and threads: extract() is const).
class Pipeline {
public:
  Pipeline(const Gazetteer& gazetteer, const Lexicon& lexicon);

  // Extracts the events of `article`. Relative dates resolve against article.published; with
  // no publication date they stay unresolved (grain unknown). Never throws on odd text.
  [[nodiscard]] Extraction extract(const core::Article& article) const;

private:
  const Gazetteer& m_gazetteer;
  const Lexicon& m_lexicon;
};

} // namespace eventdb::extract
