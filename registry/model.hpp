#pragma once
// The domain model: plain records shared by the store, the indexer and the
// command line. Dates are ISO 8601 strings that may be partial ("2008",
// "2008-08", "2008-08-15"); see registry/dates.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace entente {

using Id = std::int64_t;

// A partner: a country, a first-level subdivision, a city, or an
// organisation/institution that a user added. Partners form a tree through
// parent (city -> subdivision -> country).
struct Partner {
  Id id = 0;
  std::string slug;    // "shandong", "new-york-state", "baden-wurttemberg"
  std::string name;    // English name
  std::string name_fr; // French name (may equal name)
  std::string kind;    // country | subdivision | city | organisation | institution | region
  std::string parent;  // parent slug, empty at the top
  std::string code;    // ISO 3166 code where there is one ("CN", "CN-SD")
  std::int64_t population = 0;
  std::string origin; // bundled | user
  std::vector<std::string> aliases;
};

struct Domain {
  Id id = 0;
  std::string slug; // "disease-prevention"
  std::string label_en;
  std::string label_fr;
  std::string parent; // parent slug or empty
  std::vector<std::string> synonyms;
};

// Sources of evidence for an agreement's events.
inline constexpr const char* kSourceKinds[] = {"mission_report", "signed_text", "registry", "press_release",
                                               "hand"};
inline constexpr const char* kEventTypes[] = {"signed",     "in_force", "renewed",   "amended",
                                              "superseded", "expired",  "terminated"};
inline constexpr const char* kRelationTypes[] = {"renews", "amends", "supersedes", "implements"};
inline constexpr const char* kLinkRelations[] = {"produced", "references", "plans_update", "renewed"};
inline constexpr const char* kAgreementKinds[] = {"agreement", "mou"};

struct AgreementEvent {
  Id id = 0;
  std::string type; // one of kEventTypes
  std::string date; // partial ISO date, may be empty (unknown)
  std::string evidence;
  std::string source_kind; // one of kSourceKinds
  std::string source;      // file path, URL or free reference
  std::optional<Id> mission_id;
  std::optional<int> line;
};

struct AgreementRelation {
  std::string type; // renews | amends | supersedes | implements, read "from <type> to"
  Id from = 0;
  Id to = 0;
  std::string evidence;
  // The report that says so ("une nouvelle entente, qui remplace l'entente
  // de 2005"), whose re-ingest or removal takes it away; 0 when a person or
  // an import entered it.
  Id mission_id = 0;
  int line = 0;
};

struct Agreement {
  Id id = 0;
  std::string ref; // official reference number, e.g. "2008-12"; may be empty
  std::string kind = "agreement";
  std::string title;
  std::vector<std::string> partners; // slugs
  std::vector<std::string> domains;  // slugs
  std::string signed_date;           // partial ISO date
  std::string expires;               // expiry date
  std::string review;                // review date
  std::string notes;
  std::string origin;  // hand | import | extracted
  bool edited = false; // a person changed it; re-extraction leaves it alone
  std::vector<AgreementEvent> events;
  std::vector<AgreementRelation> relations; // both directions
};

struct DelegationMember {
  std::string honorific; // "Dr", "M.", "Mme"
  std::string name;
  std::string title;
  int line = 0;
};

struct MissionLink {
  Id id = 0;
  Id mission_id = 0;
  Id agreement_id = 0;
  std::string relation; // one of kLinkRelations
  std::string evidence;
  int line = 0; // first line of the evidence sentence in the report (1-based)
  int line_end = 0;
  std::string origin; // extracted | hand
};

struct Recommendation {
  Id id = 0;
  std::string text;
  int line = 0;
  int line_end = 0;
  std::vector<std::string> partners; // slugs
  std::vector<Id> agreements;
};

struct Place {
  std::string text;    // as written
  std::string partner; // resolved slug, empty when unresolved
  int line = 0;
};

struct Section {
  std::string kind; // context | objectives | results | recommendations | delegation | general | other
  std::string heading;
  int line = 0;
  int line_end = 0;
};

struct Mission {
  Id id = 0;
  std::string source; // path as given to ingest
  std::string title;
  std::string ministry;
  std::string language; // fr | en
  std::string start_date;
  std::string end_date;
  std::vector<Place> places;
  std::vector<std::string> partners; // places resolved upward, plus partners of linked agreements
  std::vector<std::string> domains;
  std::vector<DelegationMember> delegation;
  std::string author;
  std::string report_date;
  std::string filed_by;
  std::string filed_date;
  std::vector<Section> sections;
  std::vector<MissionLink> links;
  std::vector<Recommendation> recommendations;
};

} // namespace entente
