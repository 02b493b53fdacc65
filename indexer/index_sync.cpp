#include "indexer/index_sync.hpp"

#include "indexer/report_text.hpp"

#include "indexer/language.hpp"

#include "indexer/search_index.hpp"
#include "registry/dates.hpp"
#include "registry/status.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace entente::indexer {
namespace {

void add_with_ancestors(const Gazetteer& g, const std::string& slug, std::vector<std::string>& out) {
  if (std::find(out.begin(), out.end(), slug) == out.end()) out.push_back(slug);
  for (auto& parent : g.ancestors(slug)) {
    if (std::find(out.begin(), out.end(), parent) == out.end()) out.push_back(parent);
  }
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    lines.push_back(line);
  return lines;
}

std::string base_name(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

std::optional<SearchDocument> build_mission_document(Store& store, const Gazetteer& g, Id id) {
  auto m = store.find_mission(id);
  if (!m) return std::nullopt;
  auto doc = store.document_for_mission(id);
  SearchDocument d;
  d.kind = "mission";
  d.id = id;
  d.title = !m->title.empty() ? m->title : base_name(m->source);
  d.language = m->language.empty() ? "fr" : m->language;
  d.fields.emplace_back("title", d.title);
  if (doc) {
    // Each section's text is indexed under its kind so that results weigh
    // more than context; lines outside any section count as general text.
    auto lines = split_lines(doc->text);
    std::vector<bool> covered(lines.size() + 1, false);
    for (const auto& s : m->sections) {
      std::string text;
      for (int l = std::max(1, s.line); l <= s.line_end && l <= static_cast<int>(lines.size()); ++l) {
        text += lines[static_cast<std::size_t>(l - 1)];
        text += '\n';
        covered[static_cast<std::size_t>(l)] = true;
      }
      d.fields.emplace_back(s.kind, mend_broken_words(std::move(text)));
    }
    // (A blank line where a section was left out: no word is mended across it.)
    std::string rest;
    for (std::size_t l = 1; l <= lines.size(); ++l) {
      if (!covered[l]) {
        rest += lines[l - 1];
        rest += '\n';
      } else if (!rest.empty() && !rest.ends_with("\n\n")) {
        rest += '\n';
      }
    }
    d.fields.emplace_back("general", mend_broken_words(std::move(rest)));
  }
  for (const auto& l : m->links)
    d.fields.emplace_back("evidence", l.evidence);
  for (const auto& p : m->partners) {
    if (g.find(p))
      add_with_ancestors(g, p, d.partners);
    else if (std::find(d.partners.begin(), d.partners.end(), p) == d.partners.end())
      d.partners.push_back(p);
  }
  for (const auto& p : m->places) {
    if (!p.partner.empty() && std::find(d.places.begin(), d.places.end(), p.partner) == d.places.end()) {
      d.places.push_back(p.partner);
    }
  }
  d.domains = m->domains;
  d.date = m->start_date;
  d.end_date = m->end_date;
  d.ministry = m->ministry;
  for (const auto& p : m->delegation)
    d.persons.push_back(p.name);
  d.source = m->source;
  return d;
}

std::optional<SearchDocument> build_agreement_document(Store& store, const Gazetteer& g, Id id) {
  auto a = store.find_agreement(id);
  if (!a) return std::nullopt;
  SearchDocument d;
  d.kind = a->kind;
  d.id = id;
  d.title = a->title;
  d.fields.emplace_back("title", a->title);
  std::string display = a->title;
  std::set<std::string> seen;
  auto add_evidence = [&](const std::string& e) {
    if (e.empty() || !seen.insert(e).second) return;
    d.fields.emplace_back("evidence", e);
    display += "\n" + e;
  };
  auto links = store.links_of_agreement(id);
  for (const auto& l : links)
    add_evidence(l.evidence);
  for (const auto& e : a->events)
    add_evidence(e.evidence);
  if (!a->notes.empty()) {
    d.fields.emplace_back("other", a->notes);
    display += "\n" + a->notes;
  }
  d.display_text = display;
  // Stemmed in the language its title and sentences are written in: an
  // agreement named only by English reports was indexed with French stems,
  // and `renew` did not find "renewed".
  // (Its first sentences tell: an agreement many reports name has thousands.)
  std::string_view sample(display);
  if (sample.size() > 4000) sample = sample.substr(0, sample.rfind(' ', 4000));
  d.language = detect_language(sample);
  for (const auto& p : a->partners) {
    if (g.find(p))
      add_with_ancestors(g, p, d.partners);
    else if (std::find(d.partners.begin(), d.partners.end(), p) == d.partners.end())
      d.partners.push_back(p);
    d.places.push_back(p);
  }
  d.domains = a->domains;
  d.date = a->signed_date;
  d.status = derive_status(*a, today());
  Id first_mission = 0;
  for (const auto& l : links) {
    if (first_mission == 0 || l.mission_id < first_mission) first_mission = l.mission_id;
  }
  if (first_mission) {
    if (auto source = store.source_of_mission(first_mission)) d.source = *source;
  }
  return d;
}

namespace {

// Writes a record's document with `put`, or removes the record's documents
// when it is gone (`built_kind` null); `built_kind` is the document's kind.
template <class Put>
void write_record(SearchIndex& index, const std::string& kind, Id id, const std::string* built_kind,
                  Put&& put, SyncStats& stats) {
  if (built_kind) {
    // The kind of an agreement may have changed (agreement <-> mou): drop the other id first.
    if (kind != "mission") index.remove(*built_kind == "mou" ? "agreement" : "mou", id);
    put();
    ++stats.replaced;
  } else if (kind == "mission") {
    index.remove("mission", id);
    ++stats.removed;
  } else {
    index.remove("agreement", id);
    index.remove("mou", id);
    ++stats.removed;
  }
}

// One Xapian transaction for `records`, each built from `store`.
void write_serially(Store& store, const Gazetteer& g, SearchIndex& index,
                    const std::vector<std::pair<std::string, Id>>& records, SyncStats& stats) {
  index.begin_transaction();
  try {
    for (const auto& [kind, id] : records) {
      std::optional<SearchDocument> doc =
          kind == "mission" ? build_mission_document(store, g, id) : build_agreement_document(store, g, id);
      write_record(
          index, kind, id, doc ? &doc->kind : nullptr, [&] { index.replace(*doc); }, stats);
    }
    index.commit_transaction();
  } catch (...) {
    index.cancel_transaction();
    throw;
  }
}

} // namespace

// A deferral span of entries at a time, each record once: after a crash
// during a bulk load, an agreement named all through those entries is rebuilt
// once, not once per chunk. Transactions stay as small as the follower's, and
// the entries leave the outbox only once all their records are written.
SyncStats sync_outbox(Store& store, SearchIndex& index) {
  SyncStats stats;
  for (;;) {
    auto entries = store.outbox(static_cast<std::size_t>(kAgreementDeferralSpan));
    if (entries.empty()) break;
    std::set<std::pair<std::string, Id>> missions, agreements;
    for (const auto& e : entries)
      (e.kind == "mission" ? missions : agreements).emplace(e.kind, e.id);
    for (const auto& [records, size] :
         {std::pair{&missions, kIndexTransactionSize}, std::pair{&agreements, kAgreementTransactionSize}}) {
      std::vector<std::pair<std::string, Id>> chunk;
      for (auto it = records->begin(); it != records->end(); ++it) {
        chunk.push_back(*it);
        if (chunk.size() == size || std::next(it) == records->end()) {
          write_serially(store, store.gazetteer(), index, chunk, stats);
          chunk.clear();
        }
      }
    }
    stats.covered_seq = entries.back().seq;
    store.clear_outbox(stats.covered_seq);
  }
  return stats;
}

namespace {

using RecordRef = std::pair<std::string, Id>; // ("mission" | "agreement", id)

// Builds the index documents of `records` on the sources' threads and hands
// each to `written`, in order, on the calling thread: `written(i, kind, doc)`
// with the built document's kind (agreement or mou), or a null kind when the
// record is gone. An exception from a builder or from `written` ends the run
// and is rethrown here, once the builders have stopped.
template <class Written>
void build_in_order(std::vector<DocumentSource>& sources, const Gazetteer& g,
                    const std::vector<RecordRef>& records, Written&& written) {
  // Without a builder the writer would wait for ever.
  if (sources.empty())
    throw std::invalid_argument("building index documents needs at least one document source");
  struct Slot {
    bool ready = false;
    std::string kind; // the built document's kind; empty if the record is gone
    std::optional<IndexedDocument> doc;
    std::exception_ptr error;
  };
  std::vector<Slot> slots(records.size());
  // Builders stay at most this many documents ahead of the writer, so the
  // documents waiting to be written stay few whatever the chunk.
  constexpr std::size_t kAhead = 32;
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next = 0, taken = 0;
  bool stop = false;
  std::exception_ptr fatal;

  auto build = [&](DocumentSource& source) {
    try {
      sql::ReadTransaction snapshot(source.reader->db());
      for (;;) {
        std::size_t i = 0;
        {
          std::unique_lock lock(mutex);
          changed.wait(lock, [&] { return stop || next >= records.size() || next < taken + kAhead; });
          if (stop || next >= records.size()) return;
          i = next++;
        }
        Slot slot;
        try {
          const auto& [kind, id] = records[i];
          auto doc = kind == "mission" ? build_mission_document(*source.reader, g, id)
                                       : build_agreement_document(*source.reader, g, id);
          if (doc) {
            slot.kind = doc->kind;
            slot.doc = source.indexer.index(*doc);
          }
        } catch (...) {
          slot.error = std::current_exception();
        }
        slot.ready = true;
        {
          std::lock_guard lock(mutex);
          slots[i] = std::move(slot);
        }
        changed.notify_all();
      }
    } catch (...) {
      std::lock_guard lock(mutex);
      if (!fatal) fatal = std::current_exception();
      stop = true;
      changed.notify_all();
    }
  };

  std::vector<std::thread> builders;
  // Stops and joins the builders however this function ends.
  struct Join {
    std::vector<std::thread>& threads;
    std::mutex& mutex;
    std::condition_variable& changed;
    bool& stop;
    ~Join() {
      {
        std::lock_guard lock(mutex);
        stop = true;
      }
      changed.notify_all();
      for (auto& t : threads)
        t.join();
    }
  } join{builders, mutex, changed, stop};
  for (auto& source : sources)
    builders.emplace_back(build, std::ref(source));

  for (std::size_t i = 0; i < records.size(); ++i) {
    Slot slot;
    {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] { return slots[i].ready || fatal; });
      if (!slots[i].ready) std::rethrow_exception(fatal);
      slot = std::move(slots[i]);
      taken = i + 1;
    }
    changed.notify_all();
    if (slot.error) std::rethrow_exception(slot.error);
    written(i, slot.doc ? &slot.kind : nullptr, slot.doc);
  }
}

// One Xapian transaction for `records`, built on the sources' threads while
// this thread writes them in order.
void write_records(std::vector<DocumentSource>& sources, const Gazetteer& g, SearchIndex& index,
                   const std::vector<RecordRef>& records, SyncStats& stats) {
  index.begin_transaction();
  try {
    build_in_order(sources, g, records,
                   [&](std::size_t i, const std::string* kind, std::optional<IndexedDocument>& doc) {
                     const auto& [record_kind, id] = records[i];
                     write_record(
                         index, record_kind, id, kind, [&] { index.apply(std::move(*doc)); }, stats);
                   });
    index.commit_transaction();
  } catch (...) {
    index.cancel_transaction();
    throw;
  }
}

// The records these entries name, each once; with a deferral, agreements go
// to wait there instead.
std::vector<RecordRef> records_to_write(const std::vector<OutboxEntry>& entries,
                                        AgreementDeferral* deferral) {
  std::set<RecordRef> unique;
  for (const auto& e : entries) {
    if (deferral && e.kind != "mission") {
      if (deferral->waiting.empty()) deferral->first_seq = e.seq;
      deferral->waiting.emplace(e.kind, e.id);
    } else {
      unique.emplace(e.kind, e.id);
    }
  }
  return {unique.begin(), unique.end()};
}

// Writes the waiting agreements, kAgreementTransactionSize to a transaction; each
// leaves the deferral once its transaction commits.
void write_waiting(std::vector<DocumentSource>& sources, const Gazetteer& g, SearchIndex& index,
                   AgreementDeferral& deferral, SyncStats& stats, const std::function<bool()>& stop) {
  while (!deferral.waiting.empty() && !stop()) {
    std::vector<RecordRef> chunk;
    for (auto it = deferral.waiting.begin();
         it != deferral.waiting.end() && chunk.size() < kAgreementTransactionSize; ++it)
      chunk.push_back(*it);
    write_records(sources, g, index, chunk, stats);
    for (const auto& r : chunk)
      deferral.waiting.erase(r);
  }
}

// What the index reflects: everything read, except from the first entry of an
// agreement that still waits.
std::int64_t covered(const SyncStats& stats, const AgreementDeferral* deferral) {
  if (!deferral || deferral->waiting.empty()) return stats.replayed_seq;
  return std::min(stats.replayed_seq, deferral->first_seq - 1);
}

} // namespace

SyncStats replay_outbox(std::vector<DocumentSource>& sources, const Gazetteer& g, SearchIndex& index,
                        std::int64_t after_seq, std::int64_t up_to_seq, const std::function<bool()>& stop,
                        AgreementDeferral* deferral) {
  if (sources.empty()) throw std::invalid_argument("replay_outbox needs at least one document source");
  SyncStats stats;
  stats.replayed_seq = after_seq;
  bool complete = false;
  while (!stop()) {
    std::vector<OutboxEntry> entries;
    {
      sql::ReadTransaction snapshot(sources.front().reader->db());
      entries = sources.front().reader->outbox(stats.replayed_seq, up_to_seq, kIndexTransactionSize);
    }
    if (entries.empty()) {
      // Every entry up to up_to_seq is read, including any the outbox no longer holds.
      stats.replayed_seq = std::max(stats.replayed_seq, up_to_seq);
      complete = true;
      break;
    }
    auto records = records_to_write(entries, deferral);
    if (!records.empty()) write_records(sources, g, index, records, stats);
    stats.replayed_seq = entries.back().seq;
    if (deferral && !deferral->waiting.empty() && stats.replayed_seq - deferral->first_seq >= deferral->span)
      write_waiting(sources, g, index, *deferral, stats, stop);
  }
  if (complete && deferral && deferral->write_all) write_waiting(sources, g, index, *deferral, stats, stop);
  stats.covered_seq = covered(stats, deferral);
  return stats;
}

std::vector<DocumentSource> open_document_sources(const std::string& home, unsigned n) {
  std::vector<DocumentSource> sources;
  for (unsigned i = 0; i < std::max(1u, n); ++i)
    sources.push_back({std::make_unique<Store>(home, Access::Read), DocumentIndexer()});
  return sources;
}

SyncStats rebuild_index(Store& store, SearchIndex& index, bool clear_covered, unsigned builders) {
  if (!sqlite3_get_autocommit(store.db().handle())) {
    throw std::logic_error(
        "rebuild_index inside a write transaction: its builders read only committed records");
  }
  SyncStats stats;
  // Entries queued before we read the records are covered by the rebuild;
  // the builders' snapshots, taken later, are at least as recent.
  const std::int64_t covered = store.last_outbox_seq();
  std::vector<RecordRef> records;
  {
    auto st = store.db().prepare("SELECT id FROM missions ORDER BY id");
    while (st.step())
      records.emplace_back("mission", st.int64(0));
    auto sa = store.db().prepare("SELECT id FROM agreements ORDER BY id");
    while (sa.step())
      records.emplace_back("agreement", sa.int64(0));
  }
  // One thread writes: beyond a few builders, more only cost connections and
  // stem caches.
  if (builders == 0) builders = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
  auto sources = open_document_sources(store.home(), builders);
  // Committed every kRebuildTransactionSize documents: one transaction for the
  // whole registry held every posting in memory to the end. A rebuild
  // interrupted half-way is harmless: a fresh index is discarded unless
  // swapped in, and the live one keeps its old layout mark, so the next sync
  // rebuilds again.
  for (std::size_t from = 0; from < records.size(); from += kRebuildTransactionSize) {
    const std::vector<RecordRef> chunk(
        records.begin() + static_cast<std::ptrdiff_t>(from),
        records.begin() +
            static_cast<std::ptrdiff_t>(std::min(records.size(), from + kRebuildTransactionSize)));
    index.begin_transaction();
    try {
      // A record deleted since it was listed is simply not written.
      build_in_order(sources, store.gazetteer(), chunk,
                     [&](std::size_t, const std::string* kind, std::optional<IndexedDocument>& doc) {
                       if (!kind) return;
                       index.apply(std::move(*doc));
                       ++stats.replaced;
                     });
      index.commit_transaction();
    } catch (...) {
      index.cancel_transaction();
      throw;
    }
  }
  stats.covered_seq = covered;
  if (clear_covered) store.clear_outbox(covered);
  return stats;
}

} // namespace entente::indexer
