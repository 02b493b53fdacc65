#pragma once
// Internal to the indexer: the Xapian handle behind SearchIndex, and the
// packing of the document data that search() unpacks into hits.
#include "indexer/search_document.hpp"
#include "indexer/search_error.hpp"
#include "indexer/search_index.hpp"

#include <xapian.h>

#include <optional>
#include <string>

namespace entente::indexer {

struct SearchIndex::Impl {
  std::string dir;
  Xapian::Database db;                       // readers, and the writer's view
  std::optional<Xapian::WritableDatabase> w; // set for writers only
  bool in_transaction = false;
  // Writers keep one indexer for every document they index: building a term
  // generator per document, and stemming the same words again in every
  // report, dominated indexing time.
  std::optional<DocumentIndexer> indexer;
};

struct IndexedDocument::Data {
  std::string unique_term;
  Xapian::Document doc;
  // Unprefixed words and their occurrences, for the spelling table.
  std::vector<std::pair<std::string, Xapian::termcount>> spellings;
};

// The part of a SearchDocument a hit needs, stored as the document data.
struct StoredDocument {
  std::string kind;
  Id id = 0;
  std::string title, source, date, end_date, status, language, display_text;
  std::vector<std::string> partners, domains;
};

std::string pack_stored(const SearchDocument& doc);
StoredDocument unpack_stored(const std::string& data);

std::string unique_term(std::string_view kind, Id id);

// Turns a Xapian exception into ours; `what` says what we were doing.
[[noreturn]] void throw_search_error(const char* what, const Xapian::Error& e);

template <class F> auto guard_xapian(const char* what, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Xapian::Error& e) {
    throw_search_error(what, e);
  }
}

} // namespace entente::indexer
