// `entente audit`: job 2 of DESIGN.md. Prints what needs updating, most
// urgent first, with the proof of every reason; `--fail-if-any` makes it a
// check for scripts.
#include "cli/common.hpp"
#include "registry/audit.hpp"
#include "registry/csv.hpp"
#include "registry/dates.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>

#include <iostream>

namespace entente::cli {
namespace {

using nlohmann::json;

struct Args {
  std::string as_of;
  int review_years = 10;
  int expiring_within = 0;
  bool all = false;
  bool fail_if_any = false;
  bool csv = false;
  std::size_t limit = 0, offset = 0;
};

json text_or_null(const std::string& s) {
  return s.empty() ? json(nullptr) : json(s);
}
template <typename T> json opt(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

json entry_json(const AuditEntry& e) {
  const Agreement& a = e.agreement;
  json reasons = json::array();
  for (const auto& r : e.reasons) {
    reasons.push_back({{"rule", r.rule},
                       {"detail", r.detail},
                       {"mission_id", opt(r.mission_id)},
                       {"source", text_or_null(r.source)},
                       {"evidence", text_or_null(r.evidence)},
                       {"line", opt(r.line)},
                       {"since", r.since}});
  }
  int year = date_year(a.signed_date);
  json j = {{"id", a.id},
            {"ref", text_or_null(a.ref)},
            {"kind", a.kind},
            {"title", a.title},
            {"partners", a.partners},
            {"signed", text_or_null(a.signed_date)},
            {"signed_year", year ? json(year) : json(nullptr)},
            {"status", e.status},
            {"reasons", reasons}};
  if (e.closed_by) {
    const Closure& c = *e.closed_by;
    j["closed_by"] = {{"mission_id", opt(c.mission_id)},
                      {"source", text_or_null(c.source)},
                      {"date", text_or_null(c.date)},
                      {"evidence", c.evidence},
                      {"how", c.how},
                      {"agreement_id", opt(c.by_agreement)}};
    j["closed_plan_mission_id"] = opt(e.closed_plan_mission);
  }
  return j;
}

std::string closure_text(const Closure& c) {
  std::string by = !c.source.empty() ? fmt::format("{} (mission {})", c.source, c.mission_id.value_or(0))
                   : c.by_agreement  ? fmt::format("agreement {}, entered by hand", *c.by_agreement)
                                     : std::string("a hand edit");
  return fmt::format("{} {} by {}", c.how, c.date, by);
}

void run(const Args& args) {
  auto store = open_read();
  AuditOptions o;
  if (!args.as_of.empty()) o.as_of = parse_as_of(args.as_of);
  o.review_years = args.review_years;
  o.expiring_within_months = args.expiring_within;
  o.include_closed = args.all;
  o.limit = args.limit;
  o.offset = args.offset;
  // A page of the list, in its order (most urgent first); the counts are the whole audit's.
  auto report = run_audit(*store, o);
  const auto& page = report.entries;
  const std::size_t begin = report.offset, end = report.offset + page.size(), total = report.total;

  if (options().json) {
    print_json_with_list({{"as_of", report.as_of},
                          {"review_years", report.review_years},
                          {"expiring_within_months", report.expiring_within_months},
                          {"needing_update", report.needing_update},
                          {"total", total}},
                         "agreements", page.size(), [&](std::size_t i) { return entry_json(page[i]); });
  } else if (args.csv) {
    write_csv_row(std::cout, {"id", "kind", "title", "partners", "signed_year", "status", "rule", "detail",
                              "mission_id", "source", "line", "evidence"});
    auto num = [](const auto& v) { return v ? std::to_string(*v) : std::string(); };
    for (const AuditEntry& e : page) {
      const Agreement& a = e.agreement;
      int year = date_year(a.signed_date);
      std::vector<std::string> head = {std::to_string(a.id),
                                       a.kind,
                                       a.title,
                                       join(a.partners, ";"),
                                       year ? std::to_string(year) : "",
                                       e.status};
      auto row = [&](std::vector<std::string> rest) {
        auto cells = head;
        cells.insert(cells.end(), rest.begin(), rest.end());
        write_csv_row(std::cout, cells);
      };
      for (const auto& r : e.reasons) {
        row({r.rule, r.detail, num(r.mission_id), r.source, num(r.line), squeeze_spaces(r.evidence)});
      }
      if (e.closed_by) {
        const Closure& c = *e.closed_by;
        row({"closed", closure_text(c), num(c.mission_id), c.source, num(c.line),
             squeeze_spaces(c.evidence)});
      }
    }
  } else {
    std::size_t n = report.needing_update;
    std::cout << fmt::format(
        "Audit as of {} (review age {} years{}): {} agreement(s) need updating\n", report.as_of,
        report.review_years,
        report.expiring_by.empty() ? "" : fmt::format(", expiring by {}", report.expiring_by), n);
    for (const AuditEntry& e : page) {
      const Agreement& a = e.agreement;
      std::cout << fmt::format("\n{} {} {}{} [{}] {}\n", a.kind == "mou" ? "MOU" : "Agreement", a.id,
                               a.signed_date.empty() ? "" : a.signed_date + " ",
                               a.partners.empty() ? "" : "(" + join(a.partners, ", ") + ")", e.status,
                               a.title);
      for (const auto& r : e.reasons) {
        std::cout << fmt::format("  - {}: {}\n", r.rule, r.detail);
        if (!r.evidence.empty()) std::cout << "      « " << squeeze_spaces(r.evidence) << " »\n";
        if (!r.source.empty()) {
          std::cout << "      " << r.source << (r.line ? fmt::format(":{}", *r.line) : "") << '\n';
        }
      }
      if (e.closed_by) {
        std::cout << "  - closed: " << closure_text(*e.closed_by) << '\n';
        if (!e.closed_by->evidence.empty())
          std::cout << "      « " << squeeze_spaces(e.closed_by->evidence) << " »\n";
      }
    }
    if (total == 0) {
      std::cout << "Nothing needs updating.\n";
    } else if (page.empty()) {
      std::cout << fmt::format("Nothing listed: --offset {} is past the {} agreement(s) of the audit\n",
                               args.offset, total);
    } else if (page.size() < total) {
      std::cout << fmt::format("\nListed {} to {} of {}{}\n", begin + 1, end, total,
                               end < total ? fmt::format("; --offset {} for the next ones", end) : "");
    }
  }
  if (args.fail_if_any && report.needing_update > 0) throw WorkFailed();
}

} // namespace

void register_audit(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "audit", "Agreements and MOUs that need updating: planned updates never closed, past their "
               "review age, expired or due for review (and, asked, expiring soon), with the evidence");
  auto args = std::make_shared<Args>();
  cmd->add_option("--as-of", args->as_of,
                  "Evaluate the rules on this date (YYYY, YYYY-MM or YYYY-MM-DD; default today)");
  cmd->add_option("--review-years", args->review_years,
                  "Flag agreements signed or last renewed more than N years before (default 10)")
      ->check(CLI::Range(0, 200));
  cmd->add_option("--expiring-within", args->expiring_within,
                  "Also flag agreements in force that expire, or that a report says will end, within N "
                  "months after the audit's date (rule expires_soon; default 0, off)")
      ->check(CLI::Range(0, 1200));
  cmd->add_flag("--all", args->all,
                "Also list agreements whose planned update was closed, and what closed it");
  cmd->add_flag("--fail-if-any", args->fail_if_any, "Exit 1 when something needs updating (for scripts)");
  cmd->add_option("--limit", args->limit, "List at most N agreements, most urgent first (default all)")
      ->check(non_negative());
  cmd->add_option("--offset", args->offset, "Skip the first N agreements of the list")->check(non_negative());
  auto* csv = cmd->add_flag("--csv", args->csv, "Print CSV (one row per reason)");
  add_json_flag(cmd);
  csv->excludes(cmd->get_option("--json"));
  cmd->callback([args] { run(*args); });
}

} // namespace entente::cli
