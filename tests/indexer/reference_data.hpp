#pragma once
// The bundled gazetteer and taxonomy, loaded once per test executable.
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

} // namespace entente::test
