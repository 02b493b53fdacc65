#pragma once
// Reading and parsing reports is about a third of an ingest and needs no
// store, while storing must stay on one thread (one SQLite write
// connection; indexing follows on its own threads, see IndexFollower). The pipeline prepares files on worker
// threads ahead of the caller, who takes them back in the order given and
// stores them; a bounded window keeps memory flat however many files a run has.
#include "indexer/ingest.hpp"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace entente::indexer {

class PreparePipeline {
public:
  // `ctx` must outlive the pipeline and not change while it runs.
  PreparePipeline(const ParseContext& ctx, ReadLimits limits, unsigned threads);
  ~PreparePipeline(); // stops the workers (files not taken are dropped)
  PreparePipeline(const PreparePipeline&) = delete;
  PreparePipeline& operator=(const PreparePipeline&) = delete;

  void submit(std::string path, std::string stored_sha256);
  // The next submitted file, in submission order; waits for it. Throws
  // std::logic_error if nothing is pending.
  PreparedFile take();
  std::size_t pending() const;

private:
  struct Slot {
    std::string path, stored_sha256;
    bool done = false;
    PreparedFile prepared;
  };
  void work();

  const ParseContext& ctx_;
  ReadLimits limits_;
  mutable std::mutex mutex_;
  std::condition_variable job_ready_, slot_done_;
  std::deque<Slot> slots_;  // submitted and not yet taken, oldest first
  std::uint64_t first_ = 0; // sequence number of slots_.front()
  std::uint64_t next_ = 0;  // sequence number of the next slot to prepare
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

} // namespace entente::indexer
