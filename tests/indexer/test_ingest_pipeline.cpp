#include "indexer/ingest_pipeline.hpp"
#include "reference_data.hpp"
#include "tests/support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace entente;
using namespace entente::indexer;
using entente::test::source_path;
using entente::test::test_data;

namespace {

constexpr auto& gazetteer = test::bundled_gazetteer;
constexpr auto& taxonomy = test::bundled_taxonomy;

// Every report and hostile file of the tests, several times over, so that
// workers finish out of order.
std::vector<std::string> many_files() {
  std::vector<std::string> files;
  for (const char* dir : {"reports", "hostile"}) {
    for (const auto& e : std::filesystem::directory_iterator(test_data(dir))) {
      auto ext = e.path().extension();
      if (ext == ".txt" || ext == ".pdf") files.push_back(e.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> out;
  for (int round = 0; round < 4; ++round)
    out.insert(out.end(), files.begin(), files.end());
  out.push_back(test_data("reports/no-such-file.txt"));
  return out;
}

// What a prepared file says, to compare two preparations of the same file.
std::string summary(const PreparedFile& p) {
  std::string s = p.result.path + "|" + std::to_string(static_cast<int>(p.result.status)) + "|" +
                  p.result.error + "|" + std::to_string(p.result.bytes);
  if (p.input) {
    s += "|" + p.input->mission.title + "|" + p.input->mission.start_date + "|" +
         std::to_string(p.input->agreements.size()) + "|" + std::to_string(p.input->document.text.size());
    for (const auto& a : p.input->agreements)
      s += "|" + a.relation + ":" + a.evidence;
  }
  return s;
}

} // namespace

TEST_CASE("the pipeline gives each file back in submission order, as prepared alone", "[pipeline]") {
  ParseContext ctx{gazetteer(), taxonomy()};
  ReadLimits limits;
  auto files = many_files();
  std::vector<std::string> expected;
  for (const auto& f : files)
    expected.push_back(summary(prepare_file(ctx, f, "", limits)));

  for (unsigned threads : {1u, 3u}) {
    PreparePipeline pipeline(ctx, limits, threads);
    std::vector<std::string> got;
    // Submit ahead by a window of 5 as the ingest verb does, then drain.
    std::size_t submitted = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
      while (submitted < files.size() && submitted < i + 5)
        pipeline.submit(files[submitted++], "");
      got.push_back(summary(pipeline.take()));
    }
    CHECK(pipeline.pending() == 0);
    REQUIRE(got.size() == expected.size());
    for (std::size_t i = 0; i < got.size(); ++i)
      CHECK(got[i] == expected[i]);
  }
}

TEST_CASE("a file whose stored hash matches is unchanged without being parsed", "[pipeline]") {
  ParseContext ctx{gazetteer(), taxonomy()};
  auto path = test_data("reports/2017-09_sante_chine.txt");
  auto first = prepare_file(ctx, path, "", {});
  REQUIRE(first.input);
  auto again = prepare_file(ctx, path, first.input->document.sha256, {});
  CHECK(again.result.status == IngestStatus::Unchanged);
  CHECK_FALSE(again.input);
  auto changed = prepare_file(ctx, path, "0000", {});
  CHECK(changed.input);
}

TEST_CASE("the pipeline refuses take() with nothing submitted and stops with work pending", "[pipeline]") {
  ParseContext ctx{gazetteer(), taxonomy()};
  {
    PreparePipeline pipeline(ctx, {}, 2);
    CHECK_THROWS_AS(pipeline.take(), std::logic_error);
    for (int i = 0; i < 20; ++i)
      pipeline.submit(test_data("reports/2017-09_sante_chine.txt"), "");
    // Destroyed with files not taken: must join without hanging or crashing.
  }
  SUCCEED();
}
