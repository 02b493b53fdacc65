// `entente search QUERY...`: ranked hits with snippets and facet counts.
#include "cli/common.hpp"
#include "indexer/search.hpp"
#include "indexer/search_error.hpp"
#include "indexer/store_resolver.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>

#include <iostream>

namespace entente::cli {
namespace {

struct SearchArgs {
  std::vector<std::string> words;
  std::size_t limit = 20, offset = 0;
  std::string sort = "relevance";
  bool no_facets = false;
  bool exact_total = false;
  std::size_t exact_total_up_to = indexer::SearchRequest{}.exact_total_up_to;
  bool explain = false;
};

nlohmann::json null_if_empty(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

void run(const SearchArgs& args) {
  indexer::SearchRequest req;
  req.query = join(args.words, " ");
  req.limit = args.limit;
  req.offset = args.offset;
  req.sort = args.sort;
  req.facets = !args.no_facets;
  req.exact_total_up_to = args.exact_total ? 0 : args.exact_total_up_to;
  auto store = open_read();
  indexer::StoreResolver resolver(*store);
  std::string ipath = index_path(store->home());
  indexer::SearchResult result;
  try {
    auto index = indexer::SearchIndex::open_readonly(ipath);
    // The next write command rebuilds it; a reader only says so.
    if (!index.schema_current())
      fmt::print(stderr, "note: the search index was built by an older entente and may miss words; run "
                         "`entente reindex` to rebuild it\n");
    bool terminal = !options().json && stdout_is_terminal();
    result = indexer::search(index, req, resolver, terminal ? "\x1b[1m" : (options().json ? "<b>" : "**"),
                             terminal ? "\x1b[0m" : (options().json ? "</b>" : "**"));
  } catch (const indexer::QueryError& e) {
    throw UsageError(fmt::format("bad query: {}", e.what()));
  }
  if (options().json) {
    nlohmann::json hits = nlohmann::json::array();
    for (const auto& h : result.hits) {
      hits.push_back({{"kind", h.kind},
                      {"id", h.id},
                      {"title", h.title},
                      {"source", null_if_empty(h.source)},
                      {"start_date", null_if_empty(h.start_date)},
                      {"end_date", null_if_empty(h.end_date)},
                      {"status", null_if_empty(h.status)},
                      {"partners", h.partners},
                      {"domains", h.domains},
                      {"snippet", h.snippet},
                      {"score", h.score}});
    }
    nlohmann::json doc = {{"query", result.query},
                          {"total", result.total},
                          {"total_exact", result.total_exact},
                          {"offset", args.offset},
                          {"limit", args.limit},
                          {"sort", args.sort},
                          {"hits", hits},
                          {"facets",
                           {{"partner", result.partner_facets},
                            {"domain", result.domain_facets},
                            {"year", result.year_facets}}},
                          {"suggestions", result.suggestions}};
    if (!result.total_exact) doc["total_range"] = {result.total_min, result.total_max};
    if (args.explain) doc["parsed"] = result.parsed;
    print_json(doc);
    return;
  }
  if (args.explain) std::cout << "query: " << result.parsed << "\n";
  if (result.total == 0) {
    std::cout << "No match.";
    if (!result.suggestions.empty())
      std::cout << fmt::format(" Did you mean: {}?", join(result.suggestions, " | "));
    std::cout << "\n";
    return;
  }
  std::size_t n = args.offset;
  for (const auto& h : result.hits) {
    ++n;
    std::string when = h.start_date.empty() ? "" : h.start_date;
    if (!h.end_date.empty() && h.end_date != h.start_date) when += " to " + h.end_date;
    std::cout << fmt::format("{}. [{} {}] {}{}\n", n, h.kind, h.id, h.title,
                             when.empty() ? "" : "  (" + when + ")");
    if (!h.source.empty()) std::cout << fmt::format("   source: {}\n", h.source);
    if (!h.partners.empty()) std::cout << fmt::format("   partners: {}\n", join(h.partners, ", "));
    if (!h.snippet.empty()) std::cout << fmt::format("   {}\n", squeeze_spaces(h.snippet));
  }
  // With --limit 0 (the count alone) or an offset past the end, no range.
  std::string shown = n > args.offset ? fmt::format("{}-{} of ", args.offset + 1, n) : std::string();
  if (result.total_exact) {
    std::cout << fmt::format("{}{} match(es)", shown, result.total);
  } else {
    std::cout << fmt::format("{}about {} match(es) (between {} and {}; --exact-total counts them)", shown,
                             result.total, result.total_min, result.total_max);
  }
  if (shown.empty() && args.limit > 0)
    std::cout << fmt::format("; --offset {} is past the last", args.offset);
  std::cout << "\n";
  auto facet_line = [](const char* name, const std::map<std::string, std::size_t>& counts) {
    if (counts.empty()) return;
    std::vector<std::pair<std::size_t, std::string>> sorted;
    for (const auto& [k, v] : counts)
      sorted.emplace_back(v, k);
    std::sort(sorted.begin(), sorted.end(),
              [](auto& a, auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < sorted.size() && i < 8; ++i)
      parts.push_back(fmt::format("{} {}", sorted[i].second, sorted[i].first));
    std::cout << fmt::format("{}: {}{}\n", name, join(parts, ", "), sorted.size() > 8 ? ", …" : "");
  };
  facet_line("by partner", result.partner_facets);
  facet_line("by domain", result.domain_facets);
  facet_line("by year", result.year_facets);
}

} // namespace

void register_search(CLI::App& app) {
  auto args = std::make_shared<SearchArgs>();
  auto* cmd =
      app.add_subcommand("search", "Search reports, agreements and MOUs by words, partner, domain, year...");
  cmd->footer("Query language:\n" + indexer::query_syntax_help() +
              "Examples:\n"
              "  entente search partner:shandong sante\n"
              "  entente search 'domain:\"technologies médicales\" year:2015..'\n"
              "  entente search --json --sort date kind:mou partner:china");
  cmd->add_option("QUERY", args->words, "The query (several words are joined)")->required();
  cmd->add_option("--limit", args->limit, "Hits per page")->default_val(20)->check(non_negative());
  cmd->add_option("--offset", args->offset, "Skip the first N hits")->default_val(0)->check(non_negative());
  cmd->add_option("--sort", args->sort, "relevance or date (newest first)")
      ->check(CLI::IsMember({"relevance", "date"}));
  cmd->add_flag("--no-facets", args->no_facets,
                fmt::format("Skip facet counts (faster on very large registries); a search by relevance "
                            "then counts exactly up to {} matches, and a larger total is an estimate, marked "
                            "\"about\" (JSON: total_exact false, total_range [at least, at most])",
                            indexer::SearchRequest{}.exact_total_up_to));
  cmd->add_flag("--exact-total", args->exact_total, "With --no-facets, count every match for an exact total");
  // Lets the tests reach the estimated totals on a small registry.
  cmd->add_option("--exact-total-up-to", args->exact_total_up_to)->group("")->check(CLI::PositiveNumber);
  cmd->add_flag("--explain", args->explain, "Show how the query was understood");
  add_json_flag(cmd);
  cmd->callback([args] { run(*args); });
}

} // namespace entente::cli
