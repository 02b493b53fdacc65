// `entente compact`: shrink the registry and the search index after bulk loads.
#include "cli/common.hpp"
#include "indexer/search_index.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

namespace entente::cli {
namespace {

namespace fs = std::filesystem;

std::uintmax_t dir_bytes(const fs::path& p) {
  std::uintmax_t total = 0;
  std::error_code ec;
  if (fs::is_regular_file(p, ec)) return fs::file_size(p, ec);
  for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    // SQLite's shared-memory index exists only while the registry is open.
    if (it->path().filename().string().ends_with("-shm")) continue;
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  }
  return total;
}

void compact() {
  // The writer lock keeps other writers out while the index is copied and swapped.
  auto store = open_write();
  const fs::path home = store->home();
  const std::uintmax_t before = dir_bytes(home);
  const std::string live = index_path(store->home());
  const std::string fresh = live + ".compact";
  const std::string old = live + ".old";
  fs::remove_all(fresh);
  indexer::SearchIndex::compact(live, fresh);
  // Readers that opened the old index keep reading it until they finish.
  fs::remove_all(old);
  fs::rename(live, old);
  fs::rename(fresh, live);
  fs::remove_all(old);
  const auto texts = store->compact_texts();
  store->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
  store->db().exec("VACUUM");
  // VACUUM writes the new file through the WAL: fold it back, or the registry
  // stays on disk twice until the last connection closes.
  store->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
  // Measured once the registry is closed: SQLite's shared-memory index and the
  // empty WAL go away with the last connection.
  store.reset();
  const std::uintmax_t after = dir_bytes(home);
  if (!texts.damaged.empty()) {
    std::string ids;
    for (auto id : texts.damaged)
      ids += (ids.empty() ? "" : ", ") + std::to_string(id);
    std::cerr << fmt::format("warning: {} stored report text(s) could not be read and were left as they were "
                             "(documents {}); ingest their files again to mend them\n",
                             texts.damaged.size(), ids);
  }
  if (options().json) {
    print_json({{"bytes_before", before},
                {"bytes_after", after},
                {"texts", texts.texts},
                {"texts_recompressed", texts.recompressed},
                {"text_dictionary", texts.dictionary},
                {"new_text_dictionary", texts.new_dictionary},
                {"damaged_texts", texts.damaged}});
  } else if (!options().quiet) {
    std::cout << fmt::format("registry and index: {:.1f} MB -> {:.1f} MB\n", before / 1e6, after / 1e6);
    if (texts.new_dictionary)
      std::cout << fmt::format("report texts: {} stored again with a new dictionary drawn from them\n",
                               texts.recompressed);
    else if (texts.recompressed > 0)
      std::cout << fmt::format("report texts: {} stored again with the registry's dictionary\n",
                               texts.recompressed);
  }
}

} // namespace

void register_compact(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "compact", "Shrink the registry and the search index after bulk loads (report texts are stored again "
                 "with a dictionary drawn from the registry's own reports)");
  add_json_flag(cmd);
  cmd->callback([] { compact(); });
}

} // namespace entente::cli
