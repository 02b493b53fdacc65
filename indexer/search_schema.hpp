#pragma once
// The layout of a Xapian document in entente's index. Internal to the
// indexer; changing anything here changes kSchema, and an index whose
// "index.schema" metadata differs must be rebuilt (`entente reindex`).
//
// Terms (Omega conventions: a capitalised prefix, lower-case values so no ':'
// separator is ever needed):
//   Z            body words, folded and elision-split, stemmed in the document's
//                language, with positions so that stemmed phrases work (except
//                function words: positionless_words.hpp). Only stems are kept:
//                queries are parsed with STEM_ALL_Z and prefixes ("agri*") are
//                searched among stems (query.cpp). Numbers are stemmed
//                too (STEM_ALL_Z stems every word, as the query parser does)
//   ZS           title words (the `title:` field)
//   ZXM          ministry words (`ministry:`)
//   ZXN          delegation names (`person:`)
//   XI           instruments the text names, by sort: "mou" (every memorandum),
//                "memorandumofunderstanding", "agreement" (every sort of
//                agreement), "workplan"... (instrument_terms.hpp), no positions;
//                a query word or phrase that is such a name searches its term
//                ("MOU" finds "protocole d'entente")
//   Q            unique id "Q<kind>:<id>"
//   XK           kind: mission | agreement | mou       (`kind:`)
//   XP           partner slugs, ancestors included     (`partner:`)
//   XL           place slugs actually named            (`place:`)
//   XD           domain slugs                          (`domain:`)
//   XY           start year "2017"                     (`year:2017`)
//   L            language "fr" | "en": a mission's, an agreement's from its title and
//                sentences (an agreement named only in English is stemmed so)
// Values (slots):
//   kYear   "YYYY" of the start date (year ranges, year facet)
//   kStart  "YYYYMMDD", unknown parts as 00 (date ranges, sort by date)
//   kEnd    "YYYYMMDD" of the end (or start) date, unknown parts as 99
//   kOrder  zero-padded id then kind: the tie-breaker that keeps paging stable
//   kPartners, kDomains  slugs joined by '\n' (multi-valued facets)
// Document data: the fields a hit shows, packed by search_index.cpp.
namespace entente::indexer::schema {

inline constexpr const char* kSchema =
    "entente-search/11 fold=icu-nfkd elision=fr stem=doc-lang+agreement-text-lang+fr-folded-participles "
    "terms=Z-only+XI-instruments pos=Z-content-words/2";
inline constexpr const char* kSchemaKey = "index.schema";

inline constexpr const char* kUnique = "Q";
inline constexpr const char* kTitle = "S";
inline constexpr const char* kMinistry = "XM";
inline constexpr const char* kPerson = "XN";
inline constexpr const char* kInstrument = "XI";
inline constexpr const char* kKind = "XK";
inline constexpr const char* kPartner = "XP";
inline constexpr const char* kPlace = "XL";
inline constexpr const char* kDomain = "XD";
inline constexpr const char* kYearTerm = "XY";
inline constexpr const char* kLanguage = "L";

enum Slot : unsigned { kYear = 0, kStart = 1, kEnd = 2, kOrder = 3, kPartners = 4, kDomains = 5 };

// Sections whose words say what a mission achieved weigh three times the rest.
inline constexpr unsigned kHeavyWdf = 3;
inline constexpr unsigned kLightWdf = 1;
// Words of different fields must never form a phrase together.
inline constexpr unsigned kFieldGap = 100;
// Snippets are cut from stored text; a 100 MB report must not bloat the index.
inline constexpr std::size_t kMaxDisplayText = 256 * 1024;

} // namespace entente::indexer::schema
