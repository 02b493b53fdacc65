#include "indexer/ingest_pipeline.hpp"

#include <algorithm>
#include <stdexcept>

namespace entente::indexer {

PreparePipeline::PreparePipeline(const ParseContext& ctx, ReadLimits limits, unsigned threads)
    : ctx_(ctx), limits_(limits) {
  for (unsigned i = 0; i < std::max(1u, threads); ++i)
    workers_.emplace_back([this] { work(); });
}

PreparePipeline::~PreparePipeline() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  job_ready_.notify_all();
  for (auto& w : workers_)
    w.join();
}

void PreparePipeline::submit(std::string path, std::string stored_sha256) {
  {
    std::lock_guard lock(mutex_);
    Slot s;
    s.path = std::move(path);
    s.stored_sha256 = std::move(stored_sha256);
    slots_.push_back(std::move(s));
  }
  job_ready_.notify_one();
}

std::size_t PreparePipeline::pending() const {
  std::lock_guard lock(mutex_);
  return slots_.size();
}

PreparedFile PreparePipeline::take() {
  std::unique_lock lock(mutex_);
  if (slots_.empty()) throw std::logic_error("PreparePipeline::take() with nothing submitted");
  slot_done_.wait(lock, [&] { return slots_.front().done; });
  PreparedFile out = std::move(slots_.front().prepared);
  slots_.pop_front();
  ++first_;
  return out;
}

void PreparePipeline::work() {
  for (;;) {
    std::string path, sha;
    std::uint64_t seq = 0;
    {
      std::unique_lock lock(mutex_);
      job_ready_.wait(lock, [&] { return stopping_ || next_ < first_ + slots_.size(); });
      if (stopping_) return;
      seq = next_++;
      const Slot& s = slots_[seq - first_];
      path = s.path;
      sha = s.stored_sha256;
    }
    PreparedFile prepared;
    try {
      prepared = prepare_file(ctx_, path, sha, limits_);
    } catch (...) {
      // prepare_file reports failures in its result; this is only for what
      // escaped it (e.g. memory exhausted while building the message).
      prepared.result.path = path;
      prepared.result.status = IngestStatus::Failed;
      prepared.result.error = "could not be read (internal error)";
    }
    {
      std::lock_guard lock(mutex_);
      // The slot is still there: take() only removes slots that are done.
      Slot& s = slots_[seq - first_];
      s.prepared = std::move(prepared);
      s.done = true;
    }
    slot_done_.notify_all();
  }
}

} // namespace entente::indexer
