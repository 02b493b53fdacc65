#pragma once
// Selecting agreements by partner (with everything inside it), signing
// year, domain, kind and status at a date: the filters every listing verb
// offers.
#include "registry/store.hpp"

#include <set>
#include <string>
#include <vector>

namespace entente {

struct AgreementQuery {
  std::string partner; // slug; matches agreements with it or any partner inside it
  int year_from = 0;   // signing year range, inclusive
  int year_to = 9999;
  std::string domain; // slug
  std::string kind;   // agreement | mou | empty
  std::string status; // derived status at as_of, or "live" (signed or in force), or empty
  std::string as_of;  // YYYY-MM-DD; agreements signed later are left out
};

// The partner and every partner inside it; for a city that is also the
// first-level division of the same name (Busan, Prague), that division and
// all inside it.
std::vector<std::string> partner_scope(const Gazetteer& gazetteer, const std::string& slug);

// A set of partner (or domain) slugs, searchable by string_view.
using Scope = std::set<std::string, std::less<>>;

// True when one of `slugs` is in `scope`.
bool touches(const std::vector<std::string>& slugs, const Scope& scope);

std::vector<Agreement> query_agreements(Store& store, const AgreementQuery& query);

} // namespace entente
