// `entente import FILE` and `entente export`: agreements in and out as CSV
// or JSON.
#include "cli/common.hpp"
#include "registry/agreement_export.hpp"
#include "registry/agreement_import.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iostream>

namespace entente::cli {
namespace {

struct ImportArgs {
  std::string file, map, map_file, source_kind = "registry", source;
  bool dry_run = false;
};

void run_import(const ImportArgs& args) {
  ImportOptions opts;
  try {
    if (!args.map.empty()) opts.mapping = parse_mapping(args.map);
    if (!args.map_file.empty()) {
      auto more = load_mapping_file(args.map_file);
      opts.mapping.insert(opts.mapping.end(), more.begin(), more.end());
    }
  } catch (const std::exception& e) {
    throw UsageError(e.what());
  }
  opts.source_kind = args.source_kind;
  opts.source = args.source;
  opts.dry_run = args.dry_run;
  auto store = open_write();
  ImportReport report = import_agreements(*store, args.file, opts);
  sync_index(*store);
  if (options().json) {
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& p : report.problems)
      problems.push_back({{"line", p.line}, {"message", p.message}});
    print_json({{"file", report.path},
                {"format", report.format},
                {"encoding", report.encoding},
                {"rows", report.rows},
                {"added", report.added},
                {"updated", report.updated},
                {"unchanged", report.unchanged},
                {"skipped", report.skipped},
                {"partners_from_titles", report.partners_from_titles},
                {"unknown_columns", report.unknown_columns},
                {"notices", report.notices},
                {"problems", problems},
                {"dry_run", args.dry_run}});
  } else {
    for (const auto& n : report.notices)
      std::cerr << fmt::format("entente: {}: {}\n", args.file, n);
    for (const auto& p : report.problems)
      std::cerr << fmt::format("entente: {}: {}\n", args.file, p.message);
    std::cout << fmt::format(
        "{}{} rows: {} added, {} updated, {} unchanged, {} skipped{}\n",
        args.dry_run ? "(dry run, nothing stored) " : "", report.rows, report.added, report.updated,
        report.unchanged, report.skipped,
        report.partners_from_titles
            ? fmt::format(" ({} with partners found in the title)", report.partners_from_titles)
            : "");
  }
  if (report.skipped > 0) throw WorkFailed();
}

} // namespace

void register_import_export(CLI::App& app) {
  auto args = std::make_shared<ImportArgs>();
  auto* imp =
      app.add_subcommand("import", "Load agreements from a CSV or JSON file (what export writes, or any "
                                   "spreadsheet with --map)");
  imp->add_option("FILE", args->file, "A .csv (comma, semicolon or tab) or .json file")->required();
  imp->add_option("--map", args->map,
                  "Column mapping, e.g. \"Treaty Name=title,Signature Date=signed:dmy,Members=partners:,\"; "
                  "targets: title kind partners domains signed status expires review notes ref in_force");
  imp->add_option("--map-file", args->map_file, "A file with one `Source column = target` per line");
  imp->add_option("--source-kind", args->source_kind, "Where the rows come from")
      ->check(CLI::IsMember({"registry", "press_release", "signed_text", "hand", "mission_report"}));
  imp->add_option("--source", args->source, "Reference of the source (default: the file name)");
  imp->add_flag("--dry-run", args->dry_run, "Check every row and report, store nothing");
  add_json_flag(imp);
  imp->callback([args] { run_import(*args); });

  auto format = std::make_shared<std::string>("csv");
  auto output = std::make_shared<std::string>();
  auto semicolon = std::make_shared<bool>(false);
  auto* exp = app.add_subcommand("export", "Write every agreement as CSV or JSON (import takes it back)");
  exp->add_option("--format", *format, "csv or json")->check(CLI::IsMember({"csv", "json"}));
  exp->add_option("-o,--output", *output, "Write to this file instead of standard output");
  exp->add_flag("--semicolon", *semicolon, "Separate CSV cells with ';' (spreadsheets in French locales)");
  exp->callback([format, output, semicolon] {
    auto store = open_read();
    ExportOptions opts;
    if (*semicolon) opts.delimiter = ';';
    if (output->empty()) {
      export_agreements(*store, std::cout, export_format_from(*format), opts);
      return;
    }
    std::string tmp = *output + ".tmp";
    {
      std::ofstream out(tmp, std::ios::binary);
      if (!out) throw std::runtime_error(fmt::format("cannot write {}", tmp));
      export_agreements(*store, out, export_format_from(*format), opts);
      if (!out.flush()) throw std::runtime_error(fmt::format("cannot write {} (disk full?)", tmp));
    }
    // Replace atomically: an interrupted export never leaves a half file.
    if (std::rename(tmp.c_str(), output->c_str()) != 0) {
      throw std::runtime_error(fmt::format("cannot write {}", *output));
    }
  });
}

} // namespace entente::cli
