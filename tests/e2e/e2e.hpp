#pragma once
// Shared by the end-to-end tests: a registry home in a temporary directory,
// the built `entente` run against it, and the report sets the tests load.
#include "../support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace entente::e2e {

using entente::test::RunResult;
using nlohmann::json;
using Strings = std::vector<std::string>;

inline const std::string kToday = "ENTENTE_TODAY=2024-06-30";

// A registry home of its own (not created until a write verb runs).
class Registry {
public:
  Registry() : db_((dir_.path() / "registry").string()) {}
  const std::string& db() const { return db_; }
  const std::filesystem::path& dir() const { return dir_.path(); }

  RunResult run(const Strings& args, Strings env = {}) const {
    Strings argv = {ENTENTE_BIN, "--db", db_};
    argv.insert(argv.end(), args.begin(), args.end());
    env.push_back(kToday);
    return entente::test::run(argv, env);
  }

  // Runs a verb that must succeed and print one JSON document.
  json json_of(const Strings& args, Strings env = {}) const {
    auto r = run(args, std::move(env));
    INFO("entente " << join(args) << "\nstderr: " << r.err);
    REQUIRE(r.exit_code == 0);
    json j;
    REQUIRE_NOTHROW(j = json::parse(r.out));
    return j;
  }

  static std::string join(const Strings& args) {
    std::string s;
    for (const auto& a : args)
      s += (s.empty() ? "" : " ") + a;
    return s;
  }

private:
  entente::test::TempDir dir_;
  std::string db_;
};

// The bundled example report.
inline std::string example_report() {
  return entente::test::source_path("data/reports/2017-09_sante_chine_shanghai_qingdao_jinan_beijing.txt");
}

inline std::string report(const std::string& name) {
  return entente::test::test_data("reports/" + name);
}

// The test reports other than the copies of the example and the broken PDFs.
inline Strings other_reports() {
  Strings names = {"2016-12_boston_annees.txt",       "2017-10_shandong_protocoles.txt",
                   "2018-04_paris_english.txt",       "2018-06_mexique_english_renewed.txt",
                   "2018-11_mexique_latin1.txt",      "2019-03_wallonie_sans_sections.txt",
                   "2019-05_baviere_cp1252_crlf.txt", "2019-09_qingdao_yantai_formfeeds.txt",
                   "2019-11_vietnam_numerote.txt",    "2022-04_catalogne_sans_entente.txt",
                   "2023-11_japon_declaration.txt"};
  Strings out;
  for (const auto& n : names)
    out.push_back(report(n));
  return out;
}

// Ingests the example and the other test reports: 12 missions.
inline void load_reports(const Registry& reg) {
  Strings args = {"ingest", "-q", example_report()};
  for (const auto& r : other_reports())
    args.push_back(r);
  auto r = reg.run(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  REQUIRE(r.out.find("12 added, 0 updated, 0 unchanged, 0 failed") != std::string::npos);
}

// The mission id of the report at PATH.
inline long long mission_of(const Registry& reg, const std::string& path) {
  auto j = reg.json_of({"missions", "--json"});
  for (const auto& m : j["missions"]) {
    if (m["source"] == path) return m["id"].get<long long>();
  }
  FAIL("no mission for " << path);
  return 0;
}

// The id of the agreement whose title is TITLE.
inline long long agreement_titled(const Registry& reg, const std::string& title) {
  auto j = reg.json_of({"agreements", "--json"});
  for (const auto& a : j["agreements"]) {
    if (a["title"] == title) return a["id"].get<long long>();
  }
  FAIL("no agreement titled " << title);
  return 0;
}

inline void require_keys(const json& j, const Strings& keys) {
  REQUIRE(j.is_object());
  for (const auto& k : keys) {
    INFO("key " << k << " in " << j.dump().substr(0, 300));
    CHECK(j.contains(k));
  }
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

template <typename C, typename V> bool has(const C& c, const V& v) {
  return std::find(c.begin(), c.end(), v) != c.end();
}

} // namespace entente::e2e
