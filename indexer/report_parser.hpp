#pragma once
// From the clean lines of a mission report to a structured, evidence-backed
// record: the mission (places, dates, delegation, sections, author...), the
// agreements and MOUs it names with what it did with each, and its
// recommendations. Built for the variety of real reports, French first,
// English too; what cannot be found is left empty and said in warnings.
#include "indexer/agreement_mentions.hpp"
#include "indexer/text_reader.hpp"
#include "registry/gazetteer.hpp"
#include "registry/model.hpp"
#include "registry/store.hpp"
#include "registry/taxonomy.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace entente::indexer {

struct ParseContext {
  const Gazetteer& gazetteer;
  const Taxonomy& taxonomy;
  std::vector<std::string> home = {"quebec", "canada"}; // the reporting government: never a partner
};

struct ParsedReport {
  Mission mission;
  std::vector<AgreementMention> agreements; // one per agreement, mentions of the same one merged
  // Per recommendation, indices into agreements that it names.
  std::vector<std::vector<std::size_t>> recommendation_agreements;
  // "qui remplace l'entente de 2005": indices into agreements.
  std::vector<ExtractedRelation> relations;
  std::vector<std::string> warnings;
};

ParsedReport parse_report(const SourceText& text, const ParseContext& context);

} // namespace entente::indexer
