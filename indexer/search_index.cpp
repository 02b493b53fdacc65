#include "indexer/search_index.hpp"

#include "indexer/instrument_terms.hpp"

#include "indexer/positionless_words.hpp"
#include "indexer/search_error.hpp"
#include "indexer/search_index_impl.hpp"
#include "indexer/search_schema.hpp"
#include "indexer/search_text.hpp"
#include "indexer/stem_cache.hpp"

#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <map>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

namespace entente::indexer {
namespace {

void put(std::string& out, std::string_view s) {
  auto n = static_cast<std::uint32_t>(s.size());
  for (int i = 0; i < 4; ++i)
    out.push_back(static_cast<char>((n >> (8 * i)) & 0xFF));
  out.append(s);
}

std::string get(const std::string& in, std::size_t& pos) {
  if (pos + 4 > in.size()) throw SearchError("search index: truncated document data; run `entente reindex`");
  std::uint32_t n = 0;
  for (int i = 0; i < 4; ++i)
    n |= static_cast<std::uint32_t>(static_cast<unsigned char>(in[pos + i])) << (8 * i);
  pos += 4;
  if (pos + n > in.size()) throw SearchError("search index: truncated document data; run `entente reindex`");
  std::string s = in.substr(pos, n);
  pos += n;
  return s;
}

std::string join_lines(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out.push_back('\n');
    out += s;
  }
  return out;
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    auto end = s.find('\n', start);
    if (end == std::string::npos) end = s.size();
    out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool heavy_section(std::string_view kind) {
  return kind == "title" || kind == "results" || kind == "recommendations";
}

std::string slug_words(std::string_view slug) {
  std::string s(slug);
  for (char& c : s) {
    if (c == '-') c = ' ';
  }
  return s;
}

// Xapian rejects terms over 245 bytes; a slug that long is junk, not a filter value.
void add_boolean(Xapian::Document& doc, std::string_view prefix, std::string_view value) {
  if (value.empty()) return;
  std::string term = std::string(prefix) + std::string(value);
  if (term.size() > 240) return;
  doc.add_boolean_term(term);
}

Xapian::Document build_document(const SearchDocument& d, Xapian::TermGenerator& tg, const Xapian::Stem& fr,
                                const Xapian::Stem& en, WordTally& words) {
  Xapian::Document doc;
  tg.set_document(doc);
  tg.set_termpos(0);
  // Anything not English is stemmed as French, most reports being French.
  const std::string language = d.language == "en" ? "en" : "fr";
  tg.set_stemmer(language == "en" ? en : fr);

  // The unprefixed words are counted for the spelling data.
  auto text = [&](std::string_view t, unsigned wdf, const std::string& prefix = std::string()) {
    if (t.empty()) return;
    struct Counting {
      WordTally& words;
      ~Counting() { words.counting = false; }
    } counting{words};
    words.counting = prefix.empty();
    tg.index_text(normalize_for_index(t), wdf, prefix);
    tg.increase_termpos(schema::kFieldGap);
  };

  // The instruments the text names, by what they are ("MOU" and "protocole
  // d'entente" alike): one name finds the others without a phrase search.
  std::map<std::string, Xapian::termcount> instruments;
  // An agreement's document is rebuilt with the same sentences each time a
  // report names it: the sorts found in a sentence are kept for the next
  // time (a few MB at most; a report's long sections are not kept).
  thread_local std::unordered_map<std::string, std::vector<const std::string*>> sorts_in;
  constexpr std::size_t kKeptText = 600, kKeptTexts = 10000;
  auto name_instruments = [&](std::string_view t, unsigned wdf) {
    if (t.empty()) return;
    auto find = [&] {
      std::vector<const std::string*> found;
      const FoldedText folded(t);
      for (const auto& hit : find_instrument_terms(folded, t)) {
        for (const auto& sort : instrument_concepts(*hit.term))
          found.push_back(&sort);
      }
      return found;
    };
    std::vector<const std::string*> once;
    const std::vector<const std::string*>* sorts = &once;
    if (t.size() <= kKeptText) {
      auto it = sorts_in.find(std::string(t));
      if (it == sorts_in.end()) {
        if (sorts_in.size() >= kKeptTexts) sorts_in.clear();
        it = sorts_in.emplace(std::string(t), find()).first;
      }
      sorts = &it->second;
    } else {
      once = find();
    }
    for (const std::string* sort : *sorts)
      instruments[*sort] += wdf;
  };
  bool has_title_field = false;
  for (const auto& [kind, body] : d.fields) {
    has_title_field = has_title_field || kind == "title";
    const unsigned wdf = heavy_section(kind) ? schema::kHeavyWdf : schema::kLightWdf;
    text(body, wdf);
    name_instruments(body, wdf);
  }
  if (!has_title_field) {
    text(d.title, schema::kHeavyWdf);
    name_instruments(d.title, schema::kHeavyWdf);
  }
  for (const auto& [sort, wdf] : instruments)
    doc.add_term(std::string(schema::kInstrument) + sort, wdf);
  text(d.title, schema::kLightWdf, schema::kTitle);
  text(d.ministry, schema::kLightWdf);
  text(d.ministry, schema::kLightWdf, schema::kMinistry);
  for (const auto& p : d.persons) {
    text(p, schema::kLightWdf);
    text(p, schema::kLightWdf, schema::kPerson);
  }
  // Partner and domain slugs as words too, so a bare "shandong" finds what is filed under it.
  for (const auto& p : d.partners)
    text(slug_words(p), schema::kLightWdf);
  for (const auto& p : d.domains)
    text(slug_words(p), schema::kLightWdf);

  doc.add_boolean_term(unique_term(d.kind, d.id));
  add_boolean(doc, schema::kKind, d.kind);
  add_boolean(doc, schema::kLanguage, language);
  for (const auto& p : d.partners)
    add_boolean(doc, schema::kPartner, p);
  for (const auto& p : d.places)
    add_boolean(doc, schema::kPlace, p);
  for (const auto& p : d.domains)
    add_boolean(doc, schema::kDomain, p);

  auto start = date_key(d.date, false);
  if (start) {
    doc.add_value(schema::kYear, start->substr(0, 4));
    add_boolean(doc, schema::kYearTerm, start->substr(0, 4));
    doc.add_value(schema::kStart, *start);
    auto end = date_key(d.end_date.empty() ? d.date : d.end_date, true);
    doc.add_value(schema::kEnd, end ? *end : *date_key(d.date, true));
  }
  doc.add_value(schema::kOrder, fmt::format("{:020d}{}", d.id, d.kind));
  doc.add_value(schema::kPartners, join_lines(d.partners));
  doc.add_value(schema::kDomains, join_lines(d.domains));
  doc.set_data(pack_stored(d));
  return doc;
}

} // namespace

std::string unique_term(std::string_view kind, Id id) {
  return fmt::format("{}{}:{}", schema::kUnique, kind, id);
}

std::string pack_stored(const SearchDocument& d) {
  std::string out;
  put(out, d.kind);
  put(out, std::to_string(d.id));
  put(out, d.title);
  put(out, d.source);
  put(out, d.date);
  put(out, d.end_date);
  put(out, d.status);
  put(out, d.language);
  put(out, utf8_prefix(d.display_text, schema::kMaxDisplayText));
  put(out, join_lines(d.partners));
  put(out, join_lines(d.domains));
  return out;
}

StoredDocument unpack_stored(const std::string& data) {
  StoredDocument s;
  std::size_t pos = 0;
  s.kind = get(data, pos);
  s.id = std::stoll(get(data, pos));
  s.title = get(data, pos);
  s.source = get(data, pos);
  s.date = get(data, pos);
  s.end_date = get(data, pos);
  s.status = get(data, pos);
  s.language = get(data, pos);
  s.display_text = get(data, pos);
  s.partners = split_lines(get(data, pos));
  s.domains = split_lines(get(data, pos));
  return s;
}

void throw_search_error(const char* what, const Xapian::Error& e) {
  std::string hint;
  const std::string type = e.get_type();
  if (type == "DatabaseCorruptError" || type == "DatabaseVersionError") {
    hint = "; the index is derived from the registry: run `entente reindex` to rebuild it";
  } else if (type == "DatabaseModifiedError") {
    hint = "; the index changed while reading it: try again";
  }
  throw SearchError(fmt::format("search index: {}: {}: {}{}", what, type, e.get_msg(), hint));
}

SearchIndex::SearchIndex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SearchIndex::SearchIndex(SearchIndex&&) noexcept = default;
SearchIndex& SearchIndex::operator=(SearchIndex&&) noexcept = default;
SearchIndex::~SearchIndex() {
  // An unfinished transaction is dropped, never half-applied: that is the point of it.
  if (impl_ && impl_->w && impl_->in_transaction) {
    try {
      impl_->w->cancel_transaction();
    } catch (const Xapian::Error&) {
    }
  }
}

namespace {

// Xapian writes iamglass last when it creates a database; a process killed
// before that leaves table files (and v.tmp) that it will neither open nor
// create over. Nothing was ever committed there (every commit rewrites
// iamglass, and the outbox is cleared only after a commit), so the files go
// and the database is created afresh. Writers hold the registry's writer
// lock, so no other process is creating this index at the same time.
void clear_interrupted_creation(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(fs::path(dir) / "iamglass", ec)) return;
  std::vector<fs::path> leftovers;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    auto name = e.path().filename().string();
    if (name == "v.tmp" || name.ends_with(".glass") || name.ends_with(".tmp")) leftovers.push_back(e.path());
  }
  for (const auto& p : leftovers) {
    fs::remove(p, ec);
    if (ec) {
      throw SearchError(fmt::format("search index: cannot remove {} left by an interrupted creation: {}",
                                    p.string(), ec.message()));
    }
  }
}

} // namespace

SearchIndex SearchIndex::open_writable(const std::string& dir, std::chrono::milliseconds lock_wait) {
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw SearchError(fmt::format("search index: cannot create directory {}: {}", dir, ec.message()));
  clear_interrupted_creation(dir);
  // DB_RETRY_LOCK would wait without limit, so poll instead and keep our own deadline.
  const auto deadline = std::chrono::steady_clock::now() + lock_wait;
  for (;;) {
    try {
      impl->w.emplace(dir, Xapian::DB_CREATE_OR_OPEN);
      break;
    } catch (const Xapian::DatabaseLockError&) {
      if (std::chrono::steady_clock::now() >= deadline) {
        throw IndexLockedError(fmt::format(
            "search index {} is locked by another entente process (waited {} ms); wait for it to finish "
            "or try again",
            dir, lock_wait.count()));
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
    } catch (const Xapian::Error& e) {
      throw_search_error(fmt::format("opening {} for writing", dir).c_str(), e);
    }
  }
  guard_xapian("initialising", [&] {
    impl->db = *impl->w;
    if (impl->w->get_doccount() == 0 && impl->w->get_metadata(schema::kSchemaKey).empty()) {
      impl->w->set_metadata(schema::kSchemaKey, schema::kSchema);
      impl->w->commit();
    }
  });
  return SearchIndex(std::move(impl));
}

SearchIndex SearchIndex::open_readonly(const std::string& dir) {
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  if (!std::filesystem::is_directory(dir)) {
    throw SearchError(fmt::format("no search index at {}; run `entente reindex` to build it", dir));
  }
  try {
    impl->db = Xapian::Database(dir);
  } catch (const Xapian::DatabaseNotFoundError&) {
    throw SearchError(fmt::format("no search index at {}; run `entente reindex` to build it", dir));
  } catch (const Xapian::Error& e) {
    throw_search_error(fmt::format("opening {}", dir).c_str(), e);
  }
  return SearchIndex(std::move(impl));
}

void SearchIndex::compact(const std::string& src, const std::string& dest) {
  guard_xapian("compacting", [&] {
    Xapian::Database db(src);
    db.compact(dest, Xapian::DBCOMPACT_NO_RENUMBER);
  });
}

bool SearchIndex::writable() const {
  return impl_->w.has_value();
}

namespace {
Xapian::WritableDatabase& writer(SearchIndex::Impl& impl, const char* what) {
  if (!impl.w) throw SearchError(fmt::format("search index: {}: the index was opened read-only", what));
  return *impl.w;
}
} // namespace

IndexedDocument::IndexedDocument() = default;
IndexedDocument::IndexedDocument(IndexedDocument&&) noexcept = default;
IndexedDocument& IndexedDocument::operator=(IndexedDocument&&) noexcept = default;
IndexedDocument::~IndexedDocument() = default;

struct DocumentIndexer::Impl {
  // Queries are parsed with STEM_ALL_Z, so the index holds what it matches:
  // every word as its Z-prefixed stem, with positions, and no unstemmed term.
  // The words themselves, for the spelling data, come from the stemmers.
  WordTally words;
  Xapian::TermGenerator tg;
  Xapian::Stem stem_fr = make_cached_stem("french", 200000, &words);
  Xapian::Stem stem_en = make_cached_stem("english", 200000, &words);
  Impl() { tg.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z); }
  Impl(const Impl&) = delete; // the stemmers point at `words`
  Impl& operator=(const Impl&) = delete;
};

DocumentIndexer::DocumentIndexer() : impl_(std::make_unique<Impl>()) {}
DocumentIndexer::DocumentIndexer(DocumentIndexer&&) noexcept = default;
DocumentIndexer& DocumentIndexer::operator=(DocumentIndexer&&) noexcept = default;
DocumentIndexer::~DocumentIndexer() = default;

IndexedDocument DocumentIndexer::index(const SearchDocument& doc) {
  if (doc.kind.empty())
    throw SearchError("search index: a document needs a kind (mission, agreement or mou)");
  IndexedDocument out;
  out.data_ = std::make_unique<IndexedDocument::Data>();
  auto& data = *out.data_;
  data.unique_term = unique_term(doc.kind, doc.id);
  guard_xapian("indexing a document", [&] {
    impl_->words.counts.clear();
    data.doc = build_document(doc, impl_->tg, impl_->stem_fr, impl_->stem_en, impl_->words);
    // Spelling data as FLAG_SPELLING would add it (one per occurrence of each
    // unprefixed word), but one call per distinct word instead of per
    // occurrence; sorted, so that an index is the same from run to run.
    data.spellings.assign(impl_->words.counts.begin(), impl_->words.counts.end());
    std::sort(data.spellings.begin(), data.spellings.end());
    // Function words keep their terms but lose their positions
    // (positionless_words.hpp says why and how phrases still find them).
    const std::string_view language = doc.language == "en" ? "en" : "fr";
    std::vector<std::string> positionless;
    for (auto t = data.doc.termlist_begin(); t != data.doc.termlist_end(); ++t) {
      const std::string term = *t;
      if (!term.empty() && term[0] == 'Z' && is_positionless_stem(language, stem_of_term(term)) &&
          t.positionlist_count() > 0)
        positionless.push_back(term);
    }
    for (const auto& term : positionless)
      data.doc.remove_postings(term, 0, std::numeric_limits<Xapian::termpos>::max(), 0);
    // The term generator keeps a handle on the document it filled, and Xapian
    // counts a document's handles without atomics: let go of it here, so the
    // document can be written and dropped on another thread.
    impl_->tg.set_document(Xapian::Document());
  });
  return out;
}

void SearchIndex::replace(const SearchDocument& doc) {
  writer(*impl_, "replace");
  if (!impl_->indexer) impl_->indexer.emplace();
  apply(impl_->indexer->index(doc));
}

void SearchIndex::apply(IndexedDocument doc) {
  auto& w = writer(*impl_, "replace");
  if (!doc.data_) throw SearchError("search index: an empty indexed document");
  guard_xapian("indexing a document", [&] {
    for (const auto& [word, count] : doc.data_->spellings)
      w.add_spelling(word, count);
    w.replace_document(doc.data_->unique_term, doc.data_->doc);
  });
}

void SearchIndex::remove(std::string_view kind, Id id) {
  auto& w = writer(*impl_, "remove");
  guard_xapian("removing a document", [&] { w.delete_document(unique_term(kind, id)); });
}

void SearchIndex::begin_transaction() {
  auto& w = writer(*impl_, "begin_transaction");
  if (impl_->in_transaction) throw SearchError("search index: a transaction is already open");
  guard_xapian("starting a transaction", [&] { w.begin_transaction(true); });
  impl_->in_transaction = true;
}

void SearchIndex::commit_transaction() {
  auto& w = writer(*impl_, "commit_transaction");
  if (!impl_->in_transaction)
    throw SearchError("search index: commit_transaction() without begin_transaction()");
  impl_->in_transaction = false;
  guard_xapian("committing a transaction", [&] { w.commit_transaction(); });
}

void SearchIndex::cancel_transaction() {
  auto& w = writer(*impl_, "cancel_transaction");
  if (!impl_->in_transaction) return;
  impl_->in_transaction = false;
  guard_xapian("cancelling a transaction", [&] { w.cancel_transaction(); });
}

void SearchIndex::commit() {
  auto& w = writer(*impl_, "commit");
  if (impl_->in_transaction)
    throw SearchError("search index: commit() inside a transaction; use commit_transaction()");
  guard_xapian("committing", [&] { w.commit(); });
}

std::vector<std::pair<std::string, Id>> SearchIndex::all_ids() const {
  return guard_xapian("listing documents", [&] {
    std::vector<std::pair<std::string, Id>> out;
    const std::string prefix = schema::kUnique;
    for (auto it = impl_->db.allterms_begin(prefix); it != impl_->db.allterms_end(prefix); ++it) {
      const std::string term = *it;
      auto colon = term.rfind(':');
      if (colon == std::string::npos || colon < prefix.size()) continue;
      try {
        out.emplace_back(term.substr(prefix.size(), colon - prefix.size()),
                         std::stoll(term.substr(colon + 1)));
      } catch (const std::exception&) {
        // Not one of ours; `entente check` reports documents, not foreign terms.
      }
    }
    return out;
  });
}

std::size_t SearchIndex::doc_count() const {
  return guard_xapian("counting documents",
                      [&] { return static_cast<std::size_t>(impl_->db.get_doccount()); });
}

void SearchIndex::set_metadata(std::string_view key, std::string_view value) {
  auto& w = writer(*impl_, "set_metadata");
  guard_xapian("writing metadata", [&] { w.set_metadata(std::string(key), std::string(value)); });
}

std::string SearchIndex::metadata(std::string_view key) const {
  return guard_xapian("reading metadata", [&] { return impl_->db.get_metadata(std::string(key)); });
}

std::string SearchIndex::schema() {
  return schema::kSchema;
}

bool SearchIndex::schema_current() const {
  return metadata(schema::kSchemaKey) == schema::kSchema;
}

void SearchIndex::mark_schema_current() {
  set_metadata(schema::kSchemaKey, schema::kSchema);
}

void SearchIndex::reopen() {
  guard_xapian("reopening", [&] { impl_->db.reopen(); });
}

} // namespace entente::indexer
