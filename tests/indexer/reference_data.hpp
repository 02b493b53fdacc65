#pragma once
// The bundled gazetteer and taxonomy, loaded once per test executable, and
// a report parsed with them.
#include "indexer/report_parser.hpp"
#include "indexer/text_reader.hpp"
#include "registry/gazetteer.hpp"
#include "registry/taxonomy.hpp"
#include "tests/support.hpp"

namespace entente::test {

inline const Gazetteer& bundled_gazetteer() {
  static const Gazetteer g = Gazetteer::load_tsv(source_path("data/gazetteer.tsv"));
  return g;
}

inline const Taxonomy& bundled_taxonomy() {
  static const Taxonomy t = Taxonomy::load_tsv(source_path("data/domains.tsv"));
  return t;
}

// A plain-text report of `lines`, parsed with the bundled reference data.
inline indexer::ParsedReport parse_text_lines(std::vector<std::string> lines) {
  indexer::SourceText text;
  text.format = "txt";
  text.encoding = "utf-8";
  text.lines = std::move(lines);
  return indexer::parse_report(text, indexer::ParseContext{bundled_gazetteer(), bundled_taxonomy()});
}

} // namespace entente::test
