#pragma once
// The names reports give to agreements and MOUs, in French and English
// ("protocole d'entente", "MOU", "plan de travail", "work plan"...), with the
// label each stands for. One table serves the extractor, which reads what a
// sentence says about the instrument it names, and the search, which lets
// one name find the others ("MOU" finds "protocole d'entente").
#include "indexer/report_text.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente::indexer {

struct InstrumentTerm {
  std::string_view folded; // as fold() writes it: "protocole d'entente"
  bool mou;                // a memorandum (kind "mou"), else an agreement
  bool plural;
  std::string_view label_fr;
  std::string_view label_en;
};

struct InstrumentHit {
  std::size_t begin; // folded offsets
  std::size_t end;
  const InstrumentTerm* term;
};

// The names in `f` (the folded `original`), longest first where they
// overlap, in text order. "mou" counts only as the acronym ("MOU"); "d'accord",
// "en accord avec", "accord de principe" are not agreements.
std::vector<InstrumentHit> find_instrument_terms(const FoldedText& f, std::string_view original);

// The search concepts a name stands for: its own ("workplan") and the wider
// one it belongs to ("mou" for every memorandum, "agreement" for every sort of
// agreement).
// `term` is one of the table's (from find_instrument_terms).
const std::vector<std::string>& instrument_concepts(const InstrumentTerm& term);

// The concept a query operand names, when it is exactly a name (a word, or a
// phrase as the query parser renders it: folded words joined by single
// spaces): "mou" gives "mou", "protocole d entente" "memorandumofunderstanding",
// "entente" "agreement".
std::optional<std::string> query_instrument_concept(std::string_view operand);

// The words of the names that stand for `sort` (function words left out):
// what a snippet highlights for it.
std::vector<std::string> instrument_concept_words(std::string_view sort);

} // namespace entente::indexer
