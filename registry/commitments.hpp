#pragma once
// Job 1 of DESIGN.md: everything committed to with a partner and every
// partner inside it, one item per piece of evidence, each with the report
// and the sentence that proves it.
#include "registry/planned_updates.hpp"
#include "registry/store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace entente {

struct CommitmentQuery {
  std::string partner;    // slug (resolve names with Store::require_partner first)
  int since = 0;          // keep evidence dated in this year or later (0: all)
  std::string domain;     // taxonomy slug; the domain or one inside it
  bool open_only = false; // hide closed planned updates and agreements no longer live
  std::string as_of;      // YYYY-MM-DD for statuses; empty means today()
};

struct CommitmentItem {
  std::string type; // agreement | mou | planned_update | recommendation
  std::optional<Id> agreement_id;
  std::string kind; // of the agreement concerned, empty when none
  std::string title;
  std::vector<std::string> partners;
  int year = 0; // signing year of the agreement concerned, 0 when unknown
  std::string
      relation; // produced | references | renewed | plans_update | recommendation; empty when unlinked
  std::optional<Id> mission_id;
  std::string source; // report path, empty when no report is behind it
  std::optional<int> line;
  std::string evidence;
  // agreement status at as_of; for a planned update "open" or "closed".
  std::string status;
  std::string agreement_status; // derived status of the agreement concerned, empty when none
  std::vector<std::string> domains;
  std::string date;                 // date of the evidence: the mission's, else the signing date
  std::optional<Closure> closed_by; // for a closed planned update
  std::vector<Id> agreement_ids;    // for a recommendation, every agreement it names
};

struct Commitments {
  std::string partner;
  std::vector<std::string> includes; // every slug in scope, the partner first
  std::string as_of;
  // Agreements and MOUs, then planned updates, then recommendations; newest first within each.
  std::vector<CommitmentItem> items;
};

Commitments find_commitments(Store& store, const CommitmentQuery& query);

} // namespace entente
