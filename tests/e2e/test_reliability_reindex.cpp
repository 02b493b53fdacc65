// Reindex interrupted at its most fragile moments: the next command must
// find the registry and the index in agreement without anyone's help.
#include "../support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace entente::test;
namespace fs = std::filesystem;

namespace {

nlohmann::json check_json(const std::string& home) {
  auto r = run({ENTENTE_BIN, "--db", home, "check", "--json"});
  INFO(r.out << r.err);
  REQUIRE(!r.out.empty());
  auto j = nlohmann::json::parse(r.out);
  j["exit_code"] = r.exit_code;
  return j;
}

} // namespace

TEST_CASE("a reindex killed between moving the old index away and the new one in heals itself",
          "[e2e][reliability]") {
  TempDir home;
  REQUIRE(
      run({ENTENTE_BIN, "--db", home.str(), "ingest", test_data("reports/2017-10_shandong_protocoles.txt")})
          .exit_code == 0);
  // The state a kill leaves between the two renames of a reindex.
  fs::rename(home.path() / "index", home.path() / "index.old");
  auto search = run({ENTENTE_BIN, "--db", home.str(), "search", "--json", "shandong"});
  INFO(search.err);
  CHECK(search.exit_code == 0);
  auto j = check_json(home.str());
  CHECK(j["ok"] == true);
  CHECK(j["exit_code"] == 0);
}

TEST_CASE("a reindex killed before its swap keeps the index updates an earlier crash left pending",
          "[e2e][reliability]") {
  TempDir home;
  REQUIRE(
      run({ENTENTE_BIN, "--db", home.str(), "ingest", test_data("reports/2017-10_shandong_protocoles.txt")})
          .exit_code == 0);
  // An ingest that dies after its SQLite commit leaves its index updates in the outbox.
  auto crashed =
      run({ENTENTE_BIN, "--db", home.str(), "ingest", test_data("reports/2018-04_paris_english.txt")},
          {"ENTENTE_FAILPOINT=before_index_sync"});
  REQUIRE(crashed.exit_code == 86);
  // Reindex dies with the new index built but not yet in place.
  auto killed = run({ENTENTE_BIN, "--db", home.str(), "reindex"}, {"ENTENTE_FAILPOINT=reindex_before_swap"});
  REQUIRE(killed.exit_code == 86);
  auto j = check_json(home.str());
  INFO(j.dump());
  CHECK(j["ok"] == true);
  CHECK(j["missing_from_index"] == 0);
}
