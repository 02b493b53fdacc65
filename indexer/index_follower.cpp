#include "indexer/index_follower.hpp"

#include "indexer/index_sync.hpp"
#include "registry/home.hpp"

#include <algorithm>

namespace entente::indexer {

IndexFollower::IndexFollower(const std::string& home, const Gazetteer& g, std::chrono::milliseconds lock_wait,
                             unsigned builders)
    : sources_(open_document_sources(home, builders)), gazetteer_(g),
      index_(SearchIndex::open_writable(index_path(home), lock_wait)), thread_([this] { run(); }) {}

IndexFollower::~IndexFollower() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void IndexFollower::follow(std::int64_t up_to_seq) {
  {
    std::lock_guard lock(mutex_);
    if (up_to_seq <= requested_) return;
    requested_ = up_to_seq;
  }
  changed_.notify_all();
}

std::int64_t IndexFollower::covered() {
  std::lock_guard lock(mutex_);
  if (error_) std::rethrow_exception(error_);
  return covered_;
}

std::int64_t IndexFollower::finish() {
  std::unique_lock lock(mutex_);
  write_all_ = true;
  changed_.notify_all();
  changed_.wait(lock, [this] { return error_ || (!busy_ && covered_ >= requested_); });
  if (error_) std::rethrow_exception(error_);
  return covered_;
}

void IndexFollower::run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    changed_.wait(lock, [this] {
      return stop_ || (!error_ && (requested_ > replayed_ || (write_all_ && !deferral_.waiting.empty())));
    });
    if (stop_) return;
    const std::int64_t after = replayed_, up_to = requested_;
    deferral_.write_all = write_all_;
    busy_ = true;
    lock.unlock();
    std::exception_ptr error;
    SyncStats stats;
    try {
      // A follower being destroyed (the ingest failed or ended) stops between
      // chunks instead of finishing a long replay first.
      stats = replay_outbox(
          sources_, gazetteer_, index_, after, up_to,
          [this] {
            std::lock_guard stop_lock(mutex_);
            return stop_;
          },
          &deferral_);
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    busy_ = false;
    if (error) {
      error_ = error;
    } else {
      replayed_ = stats.replayed_seq;
      covered_ = stats.covered_seq;
    }
    changed_.notify_all();
  }
}

} // namespace entente::indexer
