#pragma once
// Keeps the Xapian index in step with the registry. SQLite is the truth:
// every change writes an outbox row in its own transaction (schema
// triggers), and sync replays the outbox into Xapian, commits Xapian, and
// only then deletes the replayed rows. A crash at any point leaves either
// rows still to replay (replayed again at the next open; replaying is
// idempotent because documents are replaced by their unique term) or
// nothing to do.
#include "indexer/search_document.hpp"
#include "indexer/search_index.hpp"
#include "registry/store.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace entente::indexer {

// The index document of a record, built from the registry; nullopt when
// the record no longer exists.
// `g` is the registry's gazetteer (partners' ancestors are indexed with them).
std::optional<SearchDocument> build_mission_document(Store& store, const Gazetteer& g, Id id);
std::optional<SearchDocument> build_agreement_document(Store& store, const Gazetteer& g, Id id);

// Outbox entries per Xapian transaction when replaying. A commit merges the
// batch into every posting list it touches, so its cost grows with the index,
// and fewer, larger commits pay off as it grows; memory grows with the batch,
// and so does the time a follower asked to stop takes to finish its chunk
// (and the time its builders hold their read snapshots). 5,000 more reports
// into a registry of 100,000 (`/usr/bin/time entente ingest`, range of runs):
// 1,000 a transaction 31.1-33.3 s, 49 MB (4 runs); 3,000 24.8-27.7 s, 74 MB
// (3); 4,000 25.4-27.1 s, 86 MB (3); 8,000 27.2 s, 132 MB (1). Into 10,000:
// 18.6-19.8 s, 46 MB at 1,000 against 15.5-16.2 s, 65 MB at 3,000.
// Measured again once storing had got cheaper (the index writer is then the
// ingest's longest thread): 3,000 more reports into 100,000, 11.5-12.2 s and
// 44 MB at 3,000 against 10.6-10.8 s and 56 MB at 6,000; 10,000 reports into
// an empty registry, 16.9-19.5 s and 43 MB against 15.9-17.2 s and 50 MB.
inline constexpr std::size_t kIndexTransactionSize = 6000;
// A rebuild writes into a fresh index, whose commits stay cheap, and every
// document is new, so a large batch only costs memory: `reindex` of 10,000
// reports took 25-28 s and 131 MB at 3,000 a transaction, 23 s and 58 MB at 1,000.
inline constexpr std::size_t kRebuildTransactionSize = 1000;

struct SyncStats {
  std::size_t replaced = 0;
  std::size_t removed = 0;
  // Outbox entries up to this sequence number are reflected in the rebuilt index.
  std::int64_t covered_seq = 0;
  // replay_outbox: outbox entries up to this sequence number have been read;
  // those after covered_seq may name agreements that wait (AgreementDeferral).
  std::int64_t replayed_seq = 0;
};

// How far a follower's replay may let agreements wait, in outbox entries past
// the first one that names a waiting agreement. An agreement's document holds
// the evidence of every report that names it, so it is built whole each time a
// chunk names it: during a bulk ingest, an agreement named by reports all
// through the corpus was rebuilt in nearly every chunk. 100,000 reports took
// 187 s, and 122 s with no agreement documents at all; waiting, which rebuilds
// each once for many chunks, 159 s. The span bounds what a crash makes the next command
// replay, and how long the index shows an agreement's older document.
inline constexpr std::int64_t kAgreementDeferralSpan = 10 * static_cast<std::int64_t>(kIndexTransactionSize);

// Waiting agreements written per Xapian transaction. Agreements named by many
// reports have large documents, and a transaction holds all of its documents'
// postings. Peak memory of an ingest (`/usr/bin/time`): 10,000 reports, 62 MB
// with 6,000 a transaction, 46 MB with 2,000, 45 MB with 1,000; 100,000
// reports, 57 MB with 2,000 against 50 MB with 1,000 (159 s either way).
inline constexpr std::size_t kAgreementTransactionSize = 1000;

// Agreements whose documents a follower has yet to write. Their outbox entries,
// and every entry after the first of them, stay in the outbox (covered_seq
// stops before them) until they are written: a crash loses nothing.
struct AgreementDeferral {
  std::set<std::pair<std::string, Id>> waiting; // ("agreement", id)
  std::int64_t first_seq = 0;                   // the first entry naming one of them, when any
  std::int64_t span = kAgreementDeferralSpan;   // written once the replay reads this far past first_seq
  bool write_all = false;                       // written at the end of every replay
};

// Replays the whole outbox into `index`. The store must be writable.
SyncStats sync_outbox(Store& store, SearchIndex& index);

// What one thread needs to build index documents: its own reader of the
// registry and its own term indexer (whose stem cache lives as long as it).
struct DocumentSource {
  std::unique_ptr<Store> reader;
  DocumentIndexer indexer;
};

// Replays the outbox entries after `after_seq` up to `up_to_seq` into
// `index`, clearing nothing: the writer clears up to the returned
// covered_seq once it knows the index committed them. This lets an ingest
// index what it stored on other threads while it goes on storing (see
// IndexFollower). Documents are built on one thread per source, each from
// its own snapshot of the registry, and written by the calling thread in
// order.
// `stop`, asked between chunks of entries and between transactions of waiting
// agreements, ends the replay early (what it covered so far is in the result).
// With `deferral`, agreements wait there instead of being written with their
// chunk (see AgreementDeferral); `after_seq` is then where the previous replay
// read up to (its replayed_seq), not what it covered.
SyncStats replay_outbox(
    std::vector<DocumentSource>& sources, const Gazetteer& g, SearchIndex& index, std::int64_t after_seq,
    std::int64_t up_to_seq, const std::function<bool()>& stop = [] { return false; },
    AgreementDeferral* deferral = nullptr);

// `n` (at least one) sources reading the registry at `home`.
std::vector<DocumentSource> open_document_sources(const std::string& home, unsigned n);

// Writes every record of the registry into an empty index and, when
// `clear_covered`, clears the outbox entries it made redundant. A caller
// building a fresh index beside the live one passes false and clears
// `covered_seq` only once the fresh index is in place: until then the live
// index still needs those entries. Documents are built on `builders` threads
// (0: one per CPU, at most 4), each reading the committed registry through its
// own connection, and written by the calling thread; so `store` must have no
// write transaction open (throws std::logic_error), or the builders would not
// see its records.
SyncStats rebuild_index(Store& store, SearchIndex& index, bool clear_covered = true, unsigned builders = 0);

} // namespace entente::indexer
