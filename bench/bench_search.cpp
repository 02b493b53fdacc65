// In-process search latency over a generated index.
//   bench_search [documents=5000] [words-per-document=600] [dir]
// Builds a corpus of French and English mission-like documents with partners
// in a three-level tree, domains and dates, then times queries warm (each run
// 50 times after one warm-up), with and without facets.
#include "indexer/search.hpp"
#include "indexer/search_index.hpp"
#include "registry/text.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace entente;
using Clock = std::chrono::steady_clock;

namespace {

struct Resolver : indexer::QueryResolver {
  std::optional<std::string> partner(std::string_view p) const override { return slugify(p); }
  std::vector<std::string> partner_suggestions(std::string_view) const override { return {}; }
  std::optional<std::string> domain(std::string_view p) const override { return slugify(p); }
  std::vector<std::string> domain_suggestions(std::string_view) const override { return {}; }
};

const std::vector<std::string> kFrench = {
    "santé",         "coopération",   "entente",   "protocole",   "hôpital",      "universités",
    "l'agriculture", "technologies",  "médicales", "prévention",  "maladies",     "délégation",
    "ministre",      "recherche",     "échanges",  "étudiants",   "économie",     "commerce",
    "énergie",       "environnement", "culture",   "tourisme",    "immigration",  "renouveler",
    "actualiser",    "signature",     "rencontre", "province",    "municipalité", "développement",
    "formation",     "innovation",    "sécurité",  "alimentaire", "d'élevage"};
const std::vector<std::string> kEnglish = {
    "health",    "cooperation", "agreement",  "memorandum", "hospitals",  "universities", "agriculture",
    "medical",   "technology",  "prevention", "diseases",   "delegation", "minister",     "research",
    "exchanges", "students",    "economy",    "trade",      "energy",     "environment",  "culture",
    "tourism",   "immigration", "renew",      "update",     "signing",    "meeting",      "province"};
const std::vector<std::string> kFiller = {"le",  "la",  "les", "des", "du", "et", "de",  "pour", "avec",
                                          "sur", "the", "and", "of",  "to", "in", "for", "with", "on"};

struct PartnerPath {
  std::vector<std::string> slugs; // city, subdivision, country
};

std::vector<PartnerPath> partner_tree() {
  std::vector<PartnerPath> out;
  const char* countries[] = {"china", "germany", "france", "japan", "mexico", "belgium", "brazil", "india"};
  for (const char* c : countries) {
    for (int s = 0; s < 6; ++s) {
      for (int city = 0; city < 5; ++city) {
        out.push_back({{std::string(c) + "-city-" + std::to_string(s) + "-" + std::to_string(city),
                        std::string(c) + "-sub-" + std::to_string(s), c}});
      }
    }
  }
  return out;
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

std::uintmax_t dir_size(const std::string& dir) {
  std::uintmax_t total = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) total += e.file_size();
  }
  return total;
}

} // namespace

int main(int argc, char** argv) {
  const std::size_t n = argc > 1 ? std::stoul(argv[1]) : 5000;
  const std::size_t words = argc > 2 ? std::stoul(argv[2]) : 600;
  std::string dir =
      argc > 3 ? argv[3] : (std::filesystem::temp_directory_path() / "entente-bench-search").string();
  std::filesystem::remove_all(dir);

  std::mt19937 rng(42);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  const auto tree = partner_tree();
  const std::vector<std::string> domains = {"health",  "trade",      "education",   "energy",
                                            "culture", "aerospace",  "agriculture", "environment",
                                            "tourism", "immigration"};
  auto t0 = Clock::now();
  {
    auto index = indexer::SearchIndex::open_writable(dir, std::chrono::milliseconds(0));
    index.begin_transaction();
    for (std::size_t i = 0; i < n; ++i) {
      indexer::SearchDocument d;
      d.kind = i % 5 == 0 ? "agreement" : (i % 7 == 0 ? "mou" : "mission");
      d.id = static_cast<Id>(i + 1);
      bool en = i % 4 == 0;
      d.language = en ? "en" : "fr";
      const auto& vocab = en ? kEnglish : kFrench;
      d.title = pick(vocab) + " " + pick(vocab) + " " + std::to_string(i);
      std::string body;
      for (std::size_t w = 0; w < words; ++w) {
        body += (rng() % 3 == 0) ? pick(vocab) : pick(kFiller);
        // A long tail of rare words, like names and numbers in real reports.
        if (rng() % 20 == 0) body += " mot" + std::to_string(rng() % 20000);
        body += (w % 15 == 14) ? ". " : " ";
      }
      d.fields = {{"title", d.title}, {"results", body.substr(0, body.size() / 4)}, {"context", body}};
      d.display_text = d.title + "\n" + body;
      for (int p = 0; p < 1 + static_cast<int>(rng() % 3); ++p) {
        const auto& path = tree[rng() % tree.size()];
        d.places.push_back(path.slugs[0]);
        for (const auto& s : path.slugs) {
          if (std::find(d.partners.begin(), d.partners.end(), s) == d.partners.end()) d.partners.push_back(s);
        }
      }
      d.domains = {pick(domains), pick(domains)};
      if (d.domains[0] == d.domains[1]) d.domains.pop_back();
      int year = 2000 + static_cast<int>(rng() % 25);
      int month = 1 + static_cast<int>(rng() % 12);
      char date[16];
      std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, 1 + static_cast<int>(rng() % 28));
      d.date = date;
      d.ministry = en ? "Ministry of Health" : "Ministère de la Santé";
      d.persons = {"Personne " + std::to_string(rng() % 500)};
      d.source = "reports/" + std::to_string(i) + ".txt";
      index.replace(d);
    }
    index.commit_transaction();
  }
  double build_s = std::chrono::duration<double>(Clock::now() - t0).count();
  std::printf("documents %zu, ~%zu words each\n", n, words);
  std::printf("index build: %.2f s (%.0f docs/s), size %.1f MB\n", build_s, static_cast<double>(n) / build_s,
              static_cast<double>(dir_size(dir)) / 1e6);

  auto index = indexer::SearchIndex::open_readonly(dir);
  Resolver resolver;
  const std::vector<std::string> queries = {"sante",
                                            "technologies médicales",
                                            "\"technologies medicales\"",
                                            "sante OR health",
                                            "cooperation NOT commerce",
                                            "agri*",
                                            "partner:china",
                                            "partner:china-sub-2 year:2010..2020",
                                            "domain:health date:2015-01..2018-12 hopital",
                                            "mot123",
                                            "hopitl"};
  std::printf("%-45s %8s %9s %9s %9s %9s\n", "query", "total", "p50 ms", "p99 ms", "nofacet50", "nofacet99");
  for (const auto& q : queries) {
    double lat[2][2];
    std::size_t total = 0;
    for (int facets = 1; facets >= 0; --facets) {
      indexer::SearchRequest r;
      r.query = q;
      r.facets = facets != 0;
      auto warm_up = indexer::search(index, r, resolver).total;
      if (r.facets) total = warm_up; // exact; without facets it may be an estimate
      std::vector<double> times;
      for (int i = 0; i < 50; ++i) {
        auto s = Clock::now();
        auto res = indexer::search(index, r, resolver);
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - s).count());
      }
      lat[facets][0] = percentile(times, 0.5);
      lat[facets][1] = percentile(times, 0.99);
    }
    std::printf("%-45s %8zu %9.2f %9.2f %9.2f %9.2f\n", q.c_str(), total, lat[1][0], lat[1][1], lat[0][0],
                lat[0][1]);
  }
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("peak RSS %.1f MB\n", static_cast<double>(ru.ru_maxrss) / 1024.0);
  std::filesystem::remove_all(dir);
  return 0;
}
