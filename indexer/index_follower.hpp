#pragma once
// Indexing on its own thread while an ingest goes on storing. Storing and
// indexing each took half of an ingest's main thread, one after the other;
// the follower replays what the writer has committed (the outbox) through
// readers of the registry, so that both halves run at once: builder threads
// (each with its own reader) turn records into index terms, and the
// follower's thread writes them to Xapian in order. The writer keeps
// the one SQLite write connection: it asks the follower to catch up to an
// outbox sequence number, and clears the outbox up to what the follower
// reports as committed to Xapian. Nothing about crash safety changes: rows
// leave the outbox only after their Xapian commit, and replaying is idempotent.
#include "indexer/index_sync.hpp"
#include "indexer/search_index.hpp"
#include "registry/store.hpp"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace entente::indexer {

class IndexFollower {
public:
  // Opens `builders` readers of the registry at `home` (documents are built
  // on that many threads, at least one) and its index for writing (waiting
  // up to `lock_wait` for another index writer). The index must exist with
  // the current layout (a sync first makes sure of it). `g` is the
  // registry's gazetteer; it must outlive the follower and not change.
  IndexFollower(const std::string& home, const Gazetteer& g, std::chrono::milliseconds lock_wait,
                unsigned builders = 1);
  // Stops after the replay under way, if any; what is left stays in the outbox.
  ~IndexFollower();
  IndexFollower(const IndexFollower&) = delete;
  IndexFollower& operator=(const IndexFollower&) = delete;

  // Catch up with the outbox up to `up_to_seq` (entries the writer has
  // committed). Returns at once; while a replay runs, the latest request
  // waits for it.
  void follow(std::int64_t up_to_seq);
  // The outbox entries up to this sequence number are committed to the index.
  // Rethrows the error that stopped a replay.
  std::int64_t covered();
  // Writes the agreements it let wait (AgreementDeferral in index_sync.hpp),
  // waits until every request is done, then covered(). Later replays write
  // their agreements at once.
  std::int64_t finish();

private:
  void run();

  std::vector<DocumentSource> sources_;
  const Gazetteer& gazetteer_;
  SearchIndex index_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::int64_t requested_ = 0;
  std::int64_t replayed_ = 0; // read up to here; agreements after covered_ may wait
  std::int64_t covered_ = 0;
  // Only the follower's thread touches it: in replays, and in its wait's predicate.
  AgreementDeferral deferral_;
  bool busy_ = false;
  bool write_all_ = false; // finish() was called: write waiting agreements too
  bool stop_ = false;
  std::exception_ptr error_;
  std::thread thread_; // last: started once everything above exists
};

} // namespace entente::indexer
