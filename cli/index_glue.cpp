// Bringing what is derived from the registry up to date after writes (the
// audit's kept facts, the search index), and healing the index when an
// earlier process died between its SQLite and Xapian commits.
#include "cli/common.hpp"
#include "indexer/index_sync.hpp"
#include "indexer/search_index.hpp"
#include "registry/audit_facts.hpp"

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>

namespace entente::cli {

void restore_interrupted_index_swap(const std::string& home) {
  std::string live = index_path(home);
  std::error_code ec;
  if (!std::filesystem::exists(live, ec) && std::filesystem::exists(live + ".old", ec)) {
    // A reindex without an atomic exchange died between its two renames; the
    // old index with the outbox (cleared only after a swap) is consistent.
    std::filesystem::rename(live + ".old", live);
  }
}

void crash_before_index_sync_if_asked() {
  if (const char* fp = std::getenv("ENTENTE_FAILPOINT"); fp && std::strcmp(fp, "before_index_sync") == 0) {
    std::_Exit(86);
  }
}

namespace {

// A layout change needs every document rewritten, not just the pending ones.
// Returns the documents written, or nothing when the layout is current.
std::optional<std::size_t> rebuild_if_outdated(Store& store, indexer::SearchIndex& index) {
  if (index.schema_current()) return std::nullopt;
  auto stats = indexer::rebuild_index(store, index);
  index.mark_schema_current();
  index.commit();
  return stats.replaced;
}

} // namespace

void rebuild_index_if_outdated(Store& store) {
  auto index = indexer::SearchIndex::open_writable(index_path(store.home()), default_lock_wait());
  rebuild_if_outdated(store, index);
}

std::size_t sync_index(Store& store) {
  restore_interrupted_index_swap(store.home());
  if (store.outbox_size() == 0) {
    refresh_audit_facts(store);
    // A registry always has an index, even before its first record, so that
    // readers find an empty one rather than none.
    if (!std::filesystem::exists(index_path(store.home()))) {
      auto index = indexer::SearchIndex::open_writable(index_path(store.home()), default_lock_wait());
      index.mark_schema_current();
      index.commit();
    }
    return 0;
  }
  crash_before_index_sync_if_asked();
  // After the failpoint, so that a crash there leaves the kept facts stale as
  // well (readers then read those agreements from their records).
  refresh_audit_facts(store);
  auto index = indexer::SearchIndex::open_writable(index_path(store.home()), default_lock_wait());
  if (auto rebuilt = rebuild_if_outdated(store, index)) return *rebuilt;
  auto stats = indexer::sync_outbox(store, index);
  return stats.replaced + stats.removed;
}

std::unique_ptr<Store> open_read() {
  std::unique_ptr<Store> store;
  try {
    store = std::make_unique<Store>(registry_home(), Access::Read);
  } catch (const OutdatedSchemaError&) {
    // Written by an older entente: migrate now (a writer does it at open),
    // then read. If a writer is busy, it migrates, and we wait for it.
    {
      Store writer(registry_home(), Access::Write);
      // A migration can leave the audit's kept facts to compute (schema 5).
      refresh_audit_facts(writer);
    }
    store = std::make_unique<Store>(registry_home(), Access::Read);
  }
  std::error_code ec;
  bool swap_interrupted = !std::filesystem::exists(index_path(store->home()), ec) &&
                          std::filesystem::exists(index_path(store->home()) + ".old", ec);
  if (swap_interrupted || store->outbox_size() > 0) {
    // An interrupted write left index updates behind. Heal now if no writer
    // is busy; otherwise that writer will, and we read what is committed.
    try {
      Store writer(registry_home(), Access::Write, std::chrono::milliseconds(0));
      // The reader closes so that the healing writer is the last connection
      // when it closes: SQLite then folds the WAL into the database and
      // deletes it, where it would otherwise stay for every later command to
      // read whole when it opens the registry.
      store.reset();
      sync_index(writer);
    } catch (const RegistryBusyError&) {
    } catch (const sql::SqliteError&) {
      // A read-only registry home (permissions) cannot be healed by a reader.
    } catch (const std::system_error&) {
    }
    if (!store) store = std::make_unique<Store>(registry_home(), Access::Read);
  }
  return store;
}

} // namespace entente::cli
