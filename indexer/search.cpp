#include "indexer/search.hpp"

#include "indexer/instrument_terms.hpp"

#include "indexer/highlight.hpp"
#include "indexer/query_impl.hpp"
#include "indexer/search_error.hpp"
#include "indexer/search_index_impl.hpp"
#include "indexer/search_schema.hpp"
#include "indexer/search_text.hpp"

#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <cctype>

namespace entente::indexer {
namespace {

// Partners and domains are multi-valued (a Qingdao mission is also a Shandong
// and a China mission), which ValueCountMatchSpy cannot count: it sees one
// string per slot. Local databases only; a remote shard would refuse this spy.
class FacetSpy : public Xapian::MatchSpy {
public:
  std::map<std::string, std::size_t> partners, domains, years;

  void operator()(const Xapian::Document& doc, double) override {
    count_list(doc.get_value(schema::kPartners), partners);
    count_list(doc.get_value(schema::kDomains), domains);
    auto year = doc.get_value(schema::kYear);
    if (!year.empty()) ++years[year];
  }

private:
  static void count_list(const std::string& packed, std::map<std::string, std::size_t>& counts) {
    std::size_t start = 0;
    while (start < packed.size()) {
      auto end = packed.find('\n', start);
      if (end == std::string::npos) end = packed.size();
      if (end > start) ++counts[packed.substr(start, end - start)];
      start = end + 1;
    }
  }
};

bool is_free_text_prefix(std::string_view p) {
  return p.empty() || p == schema::kTitle || p == schema::kMinistry || p == schema::kPerson;
}

// Query terms as the highlighter wants them: unprefixed folded words and stems.
// Filter terms (partner slugs…) are left out: they match metadata, not words.
HighlightTerms highlight_terms(const Xapian::Query& query, const std::vector<std::string>& wildcards,
                               const std::string& language) {
  HighlightTerms h;
  h.language = language;
  h.prefixes = wildcards;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    std::string term = *it;
    bool stemmed = !term.empty() && term[0] == 'Z';
    std::string_view rest(term);
    if (stemmed) rest.remove_prefix(1);
    std::size_t n = 0;
    while (n < rest.size() && std::isupper(static_cast<unsigned char>(rest[n])))
      ++n;
    // An instrument's sort: the words of its names, in the document's language.
    if (!stemmed && rest.substr(0, n) == schema::kInstrument) {
      for (const auto& w : instrument_concept_words(rest.substr(n)))
        h.stems.insert(stem_word(language, w));
      continue;
    }
    if (!is_free_text_prefix(rest.substr(0, n))) continue;
    rest.remove_prefix(n);
    if (rest.empty()) continue;
    (stemmed ? h.stems : h.words).insert(std::string(rest));
  }
  return h;
}

// Replaces whole words of the rewritten query; good enough for one suggestion line.
std::string replace_word(std::string text, const std::string& from, const std::string& to) {
  auto is_word = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  };
  std::size_t pos = 0;
  while ((pos = text.find(from, pos)) != std::string::npos) {
    bool left = pos == 0 || !is_word(text[pos - 1]);
    bool right = pos + from.size() >= text.size() || !is_word(text[pos + from.size()]);
    if (left && right) {
      text.replace(pos, from.size(), to);
      pos += to.size();
    } else {
      pos += from.size();
    }
  }
  return text;
}

std::vector<std::string> spelling_suggestions(const Xapian::Database& db, const ParsedQuery& p) {
  std::string corrected = p.shown;
  bool changed = false;
  // The index holds stems only (search_schema.hpp): a word is there if its
  // French or English stem is.
  auto indexed = [&db](const std::string& w) {
    for (const char* language : {"fr", "en"}) {
      std::string term = "Z";
      term += stem_word(language, w);
      if (db.term_exists(term)) return true;
    }
    return false;
  };
  for (const auto& w : p.words) {
    if (indexed(w)) continue;
    // Spelling data is only ever added to, so a word from a removed document can
    // linger there: offer only words still in the index.
    std::string s = db.get_spelling_suggestion(w, 2);
    if (s.empty() || s == w || !indexed(s)) continue;
    corrected = replace_word(corrected, w, s);
    changed = true;
  }
  if (!changed) return {};
  return {corrected};
}

SearchResult run(const Xapian::Database& db, const SearchRequest& request, const QueryResolver& resolver,
                 std::string_view hi_start, std::string_view hi_end) {
  SearchResult result;
  result.query = request.query;
  ParsedQuery p = parse_search_query(request.query, resolver, db);
  result.parsed = p.query.get_description();

  Xapian::Enquire enquire(db);
  enquire.set_query(p.query);
  Xapian::MultiValueKeyMaker by_date;
  if (request.sort == "date") {
    by_date.add_value(schema::kStart, true);
    by_date.add_value(schema::kOrder);
    enquire.set_sort_by_key_then_relevance(&by_date, false);
  } else {
    enquire.set_sort_by_relevance_then_value(schema::kOrder, false);
  }
  FacetSpy spy;
  if (request.facets) enquire.add_matchspy(&spy);
  // Facets count every match, so the total comes exact with them at no extra
  // cost; without them, checking a bounded number lets Xapian skip documents
  // that cannot reach the page. It never skips when sorting by date, nor when
  // every match weighs nothing (filters only: the maximum weight is 0); there
  // the bound would save nothing and only blur the total.
  auto first = static_cast<Xapian::doccount>(request.offset);
  // A page of zero hits (the count alone) asks for one: with none, Xapian has
  // no threshold to skip by and visits every match.
  auto size = static_cast<Xapian::doccount>(std::max<std::size_t>(request.limit, 1));
  Xapian::doccount every = db.get_doccount();
  Xapian::MSet mset;
  if (request.facets || request.exact_total_up_to == 0 || request.sort != "relevance") {
    mset = enquire.get_mset(first, size, every);
  } else {
    // An empty page costs Xapian no matching: its bounds come from the
    // terms' statistics. Where they already agree (a single word: its document
    // frequency), the total is known and nothing needs counting, so only the
    // page is checked; counting 1,000 matches of a one-word query was most of
    // a whole search command's time in the matcher. The page is the same
    // either way: the bound changes what is counted, never the order.
    Xapian::MSet probe = enquire.get_mset(0, 0);
    Xapian::doccount check = every;
    if (probe.get_matches_lower_bound() == probe.get_matches_upper_bound()) {
      check = first + size;
    } else if (probe.get_max_possible() > 0) {
      check = static_cast<Xapian::doccount>(
          std::min<std::size_t>(every, std::max(request.exact_total_up_to, request.offset + request.limit)));
    }
    mset = enquire.get_mset(first, size, check);
  }
  result.total = mset.get_matches_estimated();
  result.total_min = mset.get_matches_lower_bound();
  result.total_max = mset.get_matches_upper_bound();
  result.total_exact = result.total_min == result.total_max;
  if (request.facets) {
    result.partner_facets = std::move(spy.partners);
    result.domain_facets = std::move(spy.domains);
    result.year_facets = std::move(spy.years);
  }
  SnippetOptions options;
  options.hi_start = hi_start;
  options.hi_end = hi_end;
  SnippetMaker snippets[2] = {{highlight_terms(p.query, p.wildcards, "fr"), options},
                              {highlight_terms(p.query, p.wildcards, "en"), options}};
  for (auto it = mset.begin(); it != mset.end() && result.hits.size() < request.limit; ++it) {
    StoredDocument s = unpack_stored(it.get_document().get_data());
    SearchHit hit;
    hit.kind = s.kind;
    hit.id = s.id;
    hit.title = std::move(s.title);
    hit.source = std::move(s.source);
    hit.start_date = std::move(s.date);
    hit.end_date = std::move(s.end_date);
    hit.status = std::move(s.status);
    hit.partners = std::move(s.partners);
    hit.domains = std::move(s.domains);
    // Missions indexed before their text left the index still carry it.
    std::string text = std::move(s.display_text);
    if (text.empty() && hit.kind == "mission") {
      if (auto t = resolver.mission_text(hit.id)) text = std::move(*t);
      if (text.size() > schema::kMaxDisplayText)
        text = std::string(utf8_prefix(text, schema::kMaxDisplayText));
    }
    hit.snippet = snippets[s.language == "en" ? 1 : 0](text);
    hit.score = it.get_weight();
    result.hits.push_back(std::move(hit));
  }
  result.suggestions = spelling_suggestions(db, p);
  return result;
}

} // namespace

SearchResult search(const SearchIndex& index, const SearchRequest& request, const QueryResolver& resolver,
                    std::string_view hi_start, std::string_view hi_end) {
  if (request.sort != "relevance" && request.sort != "date") {
    throw QueryError(fmt::format("unknown sort \"{}\": use relevance or date", request.sort));
  }
  auto& impl = index.impl();
  // A writer's commits can discard the revision a reader is on; reopening
  // and retrying is the documented remedy.
  for (int attempt = 0;; ++attempt) {
    try {
      return run(impl.db, request, resolver, hi_start, hi_end);
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt >= 2) throw_search_error("searching", e);
      try {
        impl.db.reopen();
      } catch (const Xapian::Error& e2) {
        throw_search_error("reopening", e2);
      }
    } catch (const Xapian::Error& e) {
      throw_search_error("searching", e);
    }
  }
}

} // namespace entente::indexer
