#pragma once
// What the registry's sync code hands the index for every mission, agreement
// and MOU. Plain data: the index derives every term, value and snippet source
// from it, so rebuilding from SQLite always gives the same index.
#include "registry/model.hpp"

#include <string>
#include <utility>
#include <vector>

namespace entente::indexer {

struct SearchDocument {
  std::string kind; // "mission" | "agreement" | "mou"
  Id id = 0;        // SQLite id; the Xapian unique term is "Q<kind>:<id>"
  std::string title;
  std::string language; // "fr" | "en": picks the stemmer for this document's text
  // (section kind, text). "title", "results" and "recommendations" weigh more than
  // "context", "objectives", "delegation", "general", "evidence" and "other".
  std::vector<std::pair<std::string, std::string>> fields;
  // What snippets are cut from. Empty for missions: their report text is in
  // the registry already (QueryResolver::mission_text), and a second copy in
  // the index was a fifth of its size.
  std::string display_text;
  std::vector<std::string> partners; // slugs, including all ancestors
  std::vector<std::string> places;   // slugs of places actually named (no ancestors)
  std::vector<std::string> domains;  // taxonomy slugs
  std::string date;                  // ISO, possibly partial: mission start or agreement signing
  std::string end_date;
  std::string ministry;
  std::vector<std::string> persons;
  std::string source; // report path, may be empty
  std::string status; // agreements: derived status; missions: empty
};

} // namespace entente::indexer
