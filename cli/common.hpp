#pragma once
// What every verb shares: the global options, opening the registry (and
// bringing the index up to date after a write), output helpers, and the
// mapping from errors to exit codes (0 done, 1 the work failed, 2 usage).
#include "registry/store.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace entente::cli {

// A mistake in how the command was called: exit 2.
class UsageError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// The work failed in a way already reported to the user: exit 1, print nothing more.
class WorkFailed : public std::runtime_error {
public:
  WorkFailed() : std::runtime_error("") {}
};

struct Options {
  std::optional<std::string> db;
  bool json = false;
  bool quiet = false;
};

Options& options();

std::string registry_home();
// A read-only store; throws MissingRegistryError when none exists.
std::unique_ptr<Store> open_read();
// A writable store (created if missing), with the index brought up to date
// from any earlier interrupted write.
std::unique_ptr<Store> open_write();
// Brings what is derived from the registry up to date after a write: the
// audit's kept facts (registry/audit_facts.hpp), then the search index from
// the store's outbox; returns the number of index documents updated. Called
// after every committed write.
std::size_t sync_index(Store& store);
// Tests simulate a crash right after a SQLite commit, before the index has
// the change, by setting ENTENTE_FAILPOINT=before_index_sync: the process
// then ends here with exit code 86.
void crash_before_index_sync_if_asked();
// Rebuilds the index from the registry if it has an older layout than this
// entente writes (sync_index does it only when it has updates to replay).
// No write transaction may be open.
void rebuild_index_if_outdated(Store& store);
// Puts back the index a reindex moved aside when it died before moving the
// new one in. Needs the writer lock.
void restore_interrupted_index_swap(const std::string& home);

bool stdout_is_terminal();
bool stderr_is_terminal();

void print_json(const nlohmann::json& doc);
// print_json(doc) with doc[key] set to the array of item(0..count-1), written
// one item at a time: the same bytes, without holding a whole registry's
// answer (an audit of 100,000 reports is ~100 MB of JSON) in memory at once.
void print_json_with_list(nlohmann::json doc, const std::string& key, std::size_t count,
                          const std::function<nlohmann::json(std::size_t)>& item);

// A plain text table: columns sized to content, long cells cut with '…'.
class Table {
public:
  explicit Table(std::vector<std::string> headers, std::vector<std::size_t> max_widths = {});
  void add(std::vector<std::string> row);
  void print(std::ostream& out) const;
  bool empty() const { return rows_.empty(); }

private:
  std::vector<std::string> headers_;
  std::vector<std::size_t> max_widths_;
  std::vector<std::vector<std::string>> rows_;
};

// Display width of a UTF-8 string (code points; good enough for Latin text).
std::size_t display_width(std::string_view s);
std::string truncate_display(std::string_view s, std::size_t width);

// Parses "2008" or "2008..2017" (open ends allowed) into inclusive years.
struct YearRange {
  int from = 0;
  int to = 9999;
  bool contains(int year) const { return year >= from && year <= to; }
};
YearRange parse_year_range(std::string_view text);
// A date for --as-of: YYYY, YYYY-MM or YYYY-MM-DD; partial dates mean their last day.
std::string parse_as_of(std::string_view text);

// Reference to the verbs, registered by each cli/cmd_*.cpp.
void register_agreements(CLI::App& app);
void register_missions(CLI::App& app);
void register_partners(CLI::App& app);
void register_domains(CLI::App& app);
void register_show(CLI::App& app);
void register_import_export(CLI::App& app);
void register_maintenance(CLI::App& app);
void register_ingest(CLI::App& app);
void register_search(CLI::App& app);
void register_commitments(CLI::App& app);
void register_audit(CLI::App& app);
void register_timeline(CLI::App& app);
void register_compact(CLI::App& app);

// For --limit and --offset: a whole number, 0 or more.
CLI::Validator non_negative();

// Adds the common --json flag to a subcommand.
void add_json_flag(CLI::App* cmd);

} // namespace entente::cli
