// `entente ingest PATH...`: load report files and folders into the registry.
#include "cli/common.hpp"
#include "cli/records_json.hpp"
#include "indexer/index_follower.hpp"
#include "indexer/ingest.hpp"
#include "indexer/ingest_pipeline.hpp"
#include "indexer/report_files.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>

namespace entente::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  bool dry_run = false;
  std::size_t batch = 200;
  double max_mb = 64;
  unsigned jobs = 0; // 0: one per CPU
  std::size_t index_every = 1000;
};

// Files read ahead of the store: enough to keep the readers busy while a
// batch is committed and indexed, and a cap on their bytes so that a run of
// large files does not hold them all in memory at once.
constexpr std::uintmax_t kReadAheadBytes = 256u << 20;

const char* status_name(indexer::IngestStatus s) {
  switch (s) {
  case indexer::IngestStatus::Added:
    return "added";
  case indexer::IngestStatus::Updated:
    return "updated";
  case indexer::IngestStatus::Unchanged:
    return "unchanged";
  case indexer::IngestStatus::Failed:
    return "failed";
  }
  return "failed";
}

// A one-line progress bar on stderr, only when stderr is a terminal.
class Progress {
public:
  explicit Progress(std::size_t total) : total_(total), enabled_(stderr_is_terminal() && total > 1) {}
  void update(std::size_t done, const std::string& current) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (done < total_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    constexpr std::size_t width = 30;
    std::size_t filled = total_ ? done * width / total_ : width;
    std::string name = current.size() > 40 ? "…" + current.substr(current.size() - 39) : current;
    std::cerr << fmt::format("\r[{}{}] {}/{} {:<40}", std::string(filled, '#'),
                             std::string(width - filled, '.'), done, total_, name)
              << std::flush;
  }
  void finish() {
    if (enabled_) std::cerr << "\r" << std::string(120, ' ') << "\r" << std::flush;
  }

private:
  std::size_t total_;
  bool enabled_;
  std::chrono::steady_clock::time_point last_{};
};

nlohmann::json dry_run_json(const indexer::ParsedReport& parsed, const indexer::SourceText& text,
                            const std::string& path) {
  nlohmann::json agreements = nlohmann::json::array();
  for (const auto& a : parsed.agreements) {
    // What else its report says happened to it (an end, an amendment); a null
    // date is the mission's.
    nlohmann::json events = nlohmann::json::array();
    for (const auto& e : a.stated) {
      events.push_back({{"type", e.type},
                        {"date", e.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.date)},
                        {"evidence", e.evidence},
                        {"line", e.line ? nlohmann::json(*e.line) : nlohmann::json(nullptr)}});
    }
    agreements.push_back({{"kind", a.kind},
                          {"relation", a.relation},
                          {"partners", a.partners},
                          {"year", a.year},
                          {"domains", a.domains},
                          {"title", a.title},
                          {"evidence", a.evidence},
                          {"line", a.line},
                          {"line_end", a.line_end},
                          {"events", events}});
  }
  // "une nouvelle entente, qui remplace l'entente de 2005": indices into
  // `agreements`.
  nlohmann::json relations = nlohmann::json::array();
  for (const auto& r : parsed.relations) {
    relations.push_back(
        {{"from", r.from}, {"type", r.type}, {"to", r.to}, {"evidence", r.evidence}, {"line", r.line}});
  }
  const Mission& m = parsed.mission;
  nlohmann::json delegation = nlohmann::json::array();
  for (const auto& d : m.delegation) {
    delegation.push_back(
        {{"honorific", d.honorific}, {"name", d.name}, {"title", d.title}, {"line", d.line}});
  }
  nlohmann::json places = nlohmann::json::array();
  for (const auto& p : m.places)
    places.push_back({{"text", p.text}, {"partner", p.partner}, {"line", p.line}});
  nlohmann::json recs = nlohmann::json::array();
  for (std::size_t i = 0; i < m.recommendations.size(); ++i) {
    const auto& r = m.recommendations[i];
    recs.push_back(
        {{"text", r.text},
         {"partners", r.partners},
         {"line", r.line},
         {"line_end", r.line_end},
         {"agreements", i < parsed.recommendation_agreements.size() ? parsed.recommendation_agreements[i]
                                                                    : std::vector<std::size_t>{}}});
  }
  nlohmann::json sections = nlohmann::json::array();
  for (const auto& s : m.sections) {
    sections.push_back(
        {{"kind", s.kind}, {"heading", s.heading}, {"line", s.line}, {"line_end", s.line_end}});
  }
  return {{"source", path},
          {"format", text.format},
          {"encoding", text.encoding},
          {"notes", text.notes},
          {"warnings", parsed.warnings},
          {"mission",
           {{"title", m.title},
            {"ministry", m.ministry},
            {"language", m.language},
            {"start_date", m.start_date},
            {"end_date", m.end_date},
            {"places", places},
            {"partners", m.partners},
            {"domains", m.domains},
            {"delegation", delegation},
            {"author", m.author},
            {"report_date", m.report_date},
            {"filed_by", m.filed_by},
            {"filed_date", m.filed_date},
            {"sections", sections},
            {"recommendations", recs}}},
          {"agreements", agreements},
          {"relations", relations}};
}

void dry_run(const IngestArgs& args, const std::vector<std::string>& files,
             std::vector<indexer::IngestResult>& errors) {
  // Reference data with the user's partners when a registry exists; the
  // bundled data alone otherwise. Nothing is created or written.
  std::unique_ptr<Store> store;
  try {
    store = std::make_unique<Store>(registry_home(), Access::Read);
  } catch (const MissingRegistryError&) {
  }
  std::unique_ptr<Gazetteer> g;
  std::unique_ptr<Taxonomy> t;
  if (!store) {
    g = std::make_unique<Gazetteer>(Gazetteer::load_tsv(Store::data_dir() + "/gazetteer.tsv"));
    t = std::make_unique<Taxonomy>(Taxonomy::load_tsv(Store::data_dir() + "/domains.tsv"));
  }
  indexer::ParseContext ctx{store ? store->gazetteer() : *g, store ? store->taxonomy() : *t};
  indexer::ReadLimits limits;
  limits.max_bytes = static_cast<std::uintmax_t>(args.max_mb * 1048576.0);
  nlohmann::json reports = nlohmann::json::array();
  for (const auto& f : files) {
    try {
      auto text = indexer::read_document(f, limits);
      auto parsed = indexer::parse_report(text, ctx);
      auto j = dry_run_json(parsed, text, f);
      if (options().json) {
        reports.push_back(j);
      } else {
        std::cout << j.dump(2) << "\n";
      }
    } catch (const std::exception& e) {
      indexer::IngestResult r;
      r.path = f;
      r.error = e.what();
      errors.push_back(r);
    }
  }
  nlohmann::json failed = nlohmann::json::array();
  for (const auto& e : errors) {
    failed.push_back({{"path", e.path}, {"error", e.error}});
    if (!options().json) std::cerr << fmt::format("entente: {}: {}\n", e.path, e.error);
  }
  if (options().json) print_json({{"dry_run", true}, {"reports", reports}, {"failed", failed}});
  if (!errors.empty()) throw WorkFailed();
}

void ingest(const IngestArgs& args) {
  std::vector<indexer::IngestResult> results;
  if (args.dry_run) {
    auto files = indexer::collect_report_files(args.paths, results);
    dry_run(args, files, results);
    return;
  }
  // Each file's result is printed only with --json or in a short run; otherwise
  // only failures are kept, so memory does not grow with the number of files.
  // The files themselves are walked as they are read, not listed up front;
  // a progress bar counts them first (a walk without reading, fast).
  const std::size_t counted =
      indexer::count_report_files(args.paths, stderr_is_terminal() ? SIZE_MAX : std::size_t{21});
  const bool keep_all = options().json || counted <= 20;
  Progress progress(counted);
  std::vector<indexer::IngestResult> walk_errors;
  indexer::ReportFileWalker walker(args.paths, walk_errors);
  auto store = open_write();
  indexer::ReadLimits limits;
  limits.max_bytes = static_cast<std::uintmax_t>(args.max_mb * 1048576.0);
  std::size_t done = 0;
  std::size_t batch = std::max<std::size_t>(1, args.batch);
  unsigned jobs = args.jobs ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
  // Loaded here, before the readers start, and only read while they run.
  indexer::ParseContext ctx{store->gazetteer(), store->taxonomy()};
  indexer::PreparePipeline pipeline(ctx, limits, jobs);
  bool walked_all = false;
  std::deque<std::uintmax_t> ahead_sizes;
  std::uintmax_t ahead_bytes = 0;
  const std::size_t ahead_files = batch + 2 * static_cast<std::size_t>(jobs);
  std::size_t counts[4] = {0, 0, 0, 0};
  auto record = [&](indexer::IngestResult r) {
    counts[static_cast<int>(r.status)]++;
    if (keep_all || r.status == indexer::IngestStatus::Failed) results.push_back(std::move(r));
  };
  auto read_ahead = [&] {
    while (!walked_all && ahead_sizes.size() < ahead_files &&
           (ahead_sizes.empty() || ahead_bytes < kReadAheadBytes)) {
      auto file = walker.next();
      if (!file) {
        walked_all = true;
        break;
      }
      std::error_code ec;
      std::uintmax_t size = std::filesystem::file_size(*file, ec);
      size = ec ? 0 : std::min(size, limits.max_bytes);
      ahead_sizes.push_back(size);
      ahead_bytes += size;
      std::string sha = store->stored_sha256(*file, indexer::file_identity(*file)).value_or("");
      pipeline.submit(std::move(*file), std::move(sha));
    }
  };
  // Files commit in batches (each file all-or-nothing inside its batch), so
  // an interruption loses at most one batch. The index follows every
  // --index-every files (1,000) and at the end: each Xapian commit rewrites the
  // postings of every term its documents use, so fewer, larger commits cost
  // less; what is committed to SQLite and not yet indexed waits in the outbox,
  // which any later command replays. A follower indexes on its own threads
  // while this one stores, from the first batch that stores anything to the
  // last: indexing the first and last files here, one document at a time
  // while nothing else ran, made an ingest of a thousand reports or fewer
  // index everything serially. The outbox is cleared as far as it has committed.
  std::size_t indexed_upto = 0;
  std::optional<indexer::IndexFollower> follower;
  std::int64_t cleared = 0;
  for (;;) {
    read_ahead();
    if (ahead_sizes.empty()) break;
    sql::Transaction tx(store->db());
    if (follower) {
      if (std::int64_t covered = follower->covered(); covered > cleared) {
        store->clear_outbox(covered);
        cleared = covered;
      }
    }
    for (std::size_t n = 0; n < batch; ++n) {
      read_ahead();
      if (ahead_sizes.empty()) break;
      indexer::PreparedFile prepared = pipeline.take();
      progress.update(done, prepared.result.path);
      ahead_bytes -= ahead_sizes.front();
      ahead_sizes.pop_front();
      record(indexer::store_prepared(*store, std::move(prepared)));
      ++done;
    }
    tx.commit();
    store->train_text_dictionary_if_due();
    if (!follower && store->outbox_size() > 0) {
      // open_write replayed what earlier runs left; a follower writes documents
      // of the current layout only, so an older index is rebuilt first.
      rebuild_index_if_outdated(*store);
      // Half the threads build index documents; the rest read and parse.
      follower.emplace(store->home(), store->gazetteer(), default_lock_wait(), std::max(1u, jobs / 2));
    }
    read_ahead();
    if (follower && done - indexed_upto >= args.index_every && !ahead_sizes.empty()) {
      follower->follow(store->last_outbox_seq());
      indexed_upto = done;
    }
    progress.update(done, "");
  }
  if (follower) {
    if (store->last_outbox_seq() > follower->covered()) crash_before_index_sync_if_asked();
    follower->follow(store->last_outbox_seq());
    std::int64_t covered = follower->finish();
    follower.reset(); // its index writer, before the last sync opens one
    sql::Transaction tx(store->db());
    store->clear_outbox(covered);
    tx.commit();
  }
  if (done > 0) sync_index(*store);
  progress.finish();
  counts[static_cast<int>(indexer::IngestStatus::Failed)] += walk_errors.size();
  results.insert(results.begin(), std::make_move_iterator(walk_errors.begin()),
                 std::make_move_iterator(walk_errors.end()));

  if (options().json) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& r : results) {
      list.push_back({{"path", r.path},
                      {"status", status_name(r.status)},
                      {"mission_id", r.mission_id ? nlohmann::json(r.mission_id) : nlohmann::json(nullptr)},
                      {"agreements", r.agreements},
                      {"error", r.error.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.error)},
                      {"notes", r.notes}});
    }
    print_json({{"files", list},
                {"added", counts[0]},
                {"updated", counts[1]},
                {"unchanged", counts[2]},
                {"failed", counts[3]}});
  } else {
    for (const auto& r : results) {
      if (r.status == indexer::IngestStatus::Failed) {
        std::cerr << fmt::format("entente: {}: {}\n", r.path, r.error);
      } else if (!options().quiet && keep_all) {
        std::cout << fmt::format(
            "{:<9} {}{}\n", status_name(r.status), r.path,
            r.status == indexer::IngestStatus::Unchanged
                ? ""
                : fmt::format(" (mission {}, {} agreement mention(s))", r.mission_id, r.agreements));
        for (const auto& n : r.notes)
          std::cout << fmt::format("          note: {}\n", n);
      }
    }
    std::cout << fmt::format("{} added, {} updated, {} unchanged, {} failed\n", counts[0], counts[1],
                             counts[2], counts[3]);
  }
  if (counts[3] > 0) throw WorkFailed();
}

} // namespace

void register_ingest(CLI::App& app) {
  auto args = std::make_shared<IngestArgs>();
  auto* cmd = app.add_subcommand("ingest",
                                 "Read mission reports (.txt, .pdf; folders recursively) into the registry");
  cmd->add_option("PATH", args->paths, "Report files or folders")->required();
  cmd->add_flag("--dry-run", args->dry_run, "Print what would be stored, store nothing");
  cmd->add_option("--batch", args->batch, "Files per transaction")->default_val(200);
  cmd->add_option("--index-every", args->index_every,
                  "Files stored between two updates of the search index, which then runs beside the storing "
                  "(fewer, larger updates cost less; the agreements the reports name catch up at longer "
                  "intervals; the index is always complete at the end)")
      ->default_val(1000)
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30));
  cmd->add_option("--max-mb", args->max_mb, "Largest report accepted, in MB")->default_val(64);
  cmd->add_option("-j,--jobs", args->jobs,
                  "Threads reading and parsing reports while the registry is written, and half as many "
                  "building index documents (default: one per CPU)")
      ->check(CLI::Range(1u, 256u));
  cmd->add_flag("-q,--quiet", options().quiet, "Print only the summary and the failures");
  add_json_flag(cmd);
  cmd->callback([args] { ingest(*args); });
}

} // namespace entente::cli
