#include "registry/sqlite.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <string>

#include "../support.hpp"

using namespace entente;

namespace {

// A VFS that passes everything to the default one and counts the files
// SQLite opens for statement journals (savepoints' copies of changed pages).
struct CountingVfs {
  static inline sqlite3_vfs* base = nullptr;
  static inline int subjournal_files = 0;
  static inline sqlite3_vfs vfs{};

  static int open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
    if (flags & SQLITE_OPEN_SUBJOURNAL) ++subjournal_files;
    return base->xOpen(base, name, file, flags, out_flags);
  }

  static void install() {
    base = sqlite3_vfs_find(nullptr);
    vfs = *base;
    vfs.zName = "counting";
    vfs.xOpen = &CountingVfs::open;
    REQUIRE(sqlite3_vfs_register(&vfs, 1) == SQLITE_OK);
  }
  static void remove() {
    sqlite3_vfs_unregister(&vfs);
    sqlite3_vfs_register(base, 1);
  }
};

} // namespace

TEST_CASE("a savepoint's journal of a few hundred KiB stays in memory") {
  // The first Database applies the journal setting, which SQLite accepts only
  // before it initialises; registering a VFS would initialise it.
  sql::Database first(":memory:", sql::Database::Mode::Create);
  CountingVfs::install();
  test::TempDir dir;
  {
    sql::Database db(dir.str() + "/t.db", sql::Database::Mode::Create);
    db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)");
    db.exec("BEGIN");
    db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
            "INSERT INTO t SELECT i, printf('%.200c', 'a') FROM n");
    // Every page the table holds changes under the savepoint, and each is
    // copied into its journal: about 100 pages, far past SQLite's default
    // 64 KiB before it spills to a file.
    db.exec("SAVEPOINT s");
    CountingVfs::subjournal_files = 0;
    db.exec("UPDATE t SET v = printf('%.200c', 'b')");
    db.exec("RELEASE s");
    db.exec("COMMIT");
    auto st = db.prepare("SELECT count(*) FROM t WHERE v LIKE 'b%'");
    REQUIRE(st.step());
    CHECK(st.int64(0) == 2000);
  }
  const int opened = CountingVfs::subjournal_files;
  CountingVfs::remove();
  CHECK(opened == 0);
}
