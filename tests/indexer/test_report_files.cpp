#include "indexer/report_files.hpp"
#include "tests/support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace entente::indexer;
using entente::test::TempDir;
using entente::test::write_file;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> walk(const std::vector<std::string>& paths,
                              std::vector<IngestResult>* errors = nullptr) {
  std::vector<IngestResult> ignored;
  return collect_report_files(paths, errors ? *errors : ignored);
}

std::string rel(const TempDir& t, const std::string& p) {
  return (t.path() / p).string();
}

} // namespace

TEST_CASE("files come in the byte order of their whole paths, as one sort of the walk would give") {
  TempDir t;
  // '-' sorts before '/', so "a-b.txt" comes before the files of folder "a";
  // "a.txt" ('.' after '-' but before '/') too; "b.txt" after them all.
  for (const char* f :
       {"b.txt", "a-b.txt", "a.txt", "a/x.txt", "a/z/y.TXT", "a/c.pdf", "A.text", "notes.doc"})
    write_file(t.path() / f, "x");
  auto files = walk({t.str()});
  std::vector<std::string> expected;
  for (const char* f : {"A.text", "a-b.txt", "a.txt", "a/c.pdf", "a/x.txt", "a/z/y.TXT", "b.txt"})
    expected.push_back(rel(t, f));
  CHECK(files == expected);
  CHECK(std::is_sorted(files.begin(), files.end()));
  CHECK(count_report_files({t.str()}) == expected.size());
  CHECK(count_report_files({t.str()}, 3) == 3);
}

TEST_CASE("a file or folder reached twice is given once") {
  TempDir t;
  write_file(t.path() / "d/a.txt", "x");
  write_file(t.path() / "d/sub/b.txt", "x");
  const std::string d = rel(t, "d"), a = rel(t, "d/a.txt"), sub = rel(t, "d/sub");
  std::vector<IngestResult> errors;
  CHECK(walk({d, d}, &errors) == std::vector<std::string>{a, rel(t, "d/sub/b.txt")});
  CHECK(walk({sub, d}, &errors) == std::vector<std::string>{rel(t, "d/sub/b.txt"), a});
  CHECK(walk({a, d}, &errors) == std::vector<std::string>{a, rel(t, "d/sub/b.txt")});
  CHECK(walk({d, a, a}, &errors) == std::vector<std::string>{a, rel(t, "d/sub/b.txt")});
  // The same file under another spelling of its path, named before or after its folder.
  const std::string dotted = (t.path() / "d" / "." / "a.txt").string();
  CHECK(walk({dotted, d}, &errors) == std::vector<std::string>{dotted, rel(t, "d/sub/b.txt")});
  CHECK(walk({d, dotted}, &errors) == std::vector<std::string>{a, rel(t, "d/sub/b.txt")});
  CHECK(errors.empty());
}

TEST_CASE("a file named explicitly is given whatever its extension") {
  TempDir t;
  write_file(t.path() / "report.md", "x");
  CHECK(walk({rel(t, "report.md")}) == std::vector<std::string>{rel(t, "report.md")});
  CHECK(walk({t.str()}).empty());
}

TEST_CASE("a symbolic-link loop and a missing path are reported, and the walk goes on") {
  TempDir t;
  write_file(t.path() / "d/a.txt", "x");
  fs::create_directory_symlink(t.path() / "d", t.path() / "d/loop");
  std::vector<IngestResult> errors;
  auto files = walk({rel(t, "d"), rel(t, "missing")}, &errors);
  CHECK(files == std::vector<std::string>{rel(t, "d/a.txt")});
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].path == rel(t, "d/loop"));
  CHECK(errors[0].error.find("symbolic link (loop)") != std::string::npos);
  CHECK(errors[0].status == IngestStatus::Failed);
  CHECK(errors[1].error == "no such file or folder");
}

TEST_CASE("the walker gives files one at a time") {
  TempDir t;
  write_file(t.path() / "one.txt", "x");
  write_file(t.path() / "two.txt", "x");
  std::vector<IngestResult> errors;
  ReportFileWalker w({t.str()}, errors);
  CHECK(w.next() == rel(t, "one.txt"));
  CHECK(w.next() == rel(t, "two.txt"));
  CHECK_FALSE(w.next());
  CHECK_FALSE(w.next());
}

// Trial 31: a report given by another path became a second mission.
TEST_CASE("file_identity names a file alike through any path and any link to it") {
  TempDir t;
  fs::create_directories(t.path() / "a" / "b");
  write_file(t.path() / "a" / "r.txt", "x");
  fs::create_directory_symlink(t.path() / "a", t.path() / "via");
  fs::create_symlink(t.path() / "a" / "r.txt", t.path() / "a" / "lien.txt");
  const std::string id = file_identity(rel(t, "a/r.txt"));
  CHECK(fs::path(id).is_absolute());
  CHECK(file_identity(rel(t, "a/b/../r.txt")) == id);
  CHECK(file_identity(rel(t, "via/r.txt")) == id);
  // Review 32: a link to a report is that report (the walker still gives
  // both names, and the second is then the same report).
  CHECK(file_identity(rel(t, "a/lien.txt")) == id);
  CHECK(file_identity(rel(t, "nowhere/r.txt")).empty());
}
