#pragma once
// One report file into the registry: read it, parse it, and store the
// mission with its agreements, links and recommendations as one unit.
#include "indexer/report_parser.hpp"
#include "indexer/text_reader.hpp"
#include "registry/store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace entente::indexer {

enum class IngestStatus { Added, Updated, Unchanged, Failed };

struct IngestResult {
  std::string path;
  IngestStatus status = IngestStatus::Failed;
  std::string error;              // why it failed, for the user
  std::vector<std::string> notes; // encoding converted, headers removed, parser warnings
  Id mission_id = 0;
  std::size_t agreements = 0;
  std::size_t bytes = 0;
};

std::string sha256_hex(std::string_view bytes);

// The mission a parsed report describes, ready for Store::store_mission.
MissionInput to_mission_input(const ParsedReport& parsed, const SourceText& text, const std::string& path,
                              const std::string& sha256, std::size_t size);

// A file read and parsed, not yet stored.
struct PreparedFile {
  IngestResult result;               // Failed or Unchanged already, or waiting for the store
  std::optional<MissionInput> input; // what to store, when there is something to store
  bool path_held = false;            // the registry holds a report at this path
};

// Reads and parses one file without touching the store, so that several
// files can be prepared at once on different threads (ctx is only read).
// `stored_sha256` is the hash stored for this path ("" if none): the same
// content is "unchanged" without being parsed. Never throws: a failure is
// in the result.
PreparedFile prepare_file(const ParseContext& ctx, const std::string& path, const std::string& stored_sha256,
                          const ReadLimits& limits);

// Stores a prepared file inside the caller's transaction (a savepoint of its
// own, so a failure leaves nothing of this file behind). Throws only for what
// concerns every file (a full disk, a broken registry).
IngestResult store_prepared(Store& store, PreparedFile&& prepared);

// prepare_file then store_prepared, on the caller's thread.
IngestResult ingest_file(Store& store, const std::string& path, const ReadLimits& limits = {});

} // namespace entente::indexer
