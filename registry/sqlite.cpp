#include "registry/sqlite.hpp"

#include <fmt/format.h>

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace entente::sql {

// Idle prepared statements by SQL text. A statement is taken out while in use,
// so two live Statements never share one sqlite3_stmt (nested queries of the
// same text each get their own).
struct StatementCache {
  std::unordered_map<std::string, std::vector<sqlite3_stmt*>> idle;
  std::size_t count = 0;
  bool open = true;
  // SQL built with varying text (IN lists) must not grow the cache without end.
  static constexpr std::size_t kMax = 512;

  void clear() {
    for (auto& [sql, list] : idle) {
      for (auto* st : list)
        sqlite3_finalize(st);
    }
    idle.clear();
    count = 0;
  }
};

namespace {

[[noreturn]] void fail(sqlite3* db, int code, std::string_view what) {
  std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  throw SqliteError(code, fmt::format("{}: {}", what, msg));
}

// Every write here runs under savepoints (one per ingested file, nested
// ones per stored record), and SQLite copies each page that existed when a
// savepoint opened, before changing it, into a statement journal. Past
// 64 KiB, its default, that journal spills to a temporary file on disk:
// about 160 small writes per ingested report, a third of an ingest's system
// time (10,000 reports: 4.9 -> 3.1 s). Journals up to 4 MiB now stay in
// memory; a larger one (a whole-registry rewrite) still spills, so memory
// stays bounded. SQLite allocates an in-memory journal in chunks of this
// size, but only the pages written to are ever touched. The setting must
// precede SQLite's initialisation, which the first open does; if something
// initialised SQLite earlier, the call fails and the default stands.
void configure_sqlite_once() {
  static const int configured = sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, kStatementJournalSpillBytes);
  (void)configured;
}

} // namespace

Database::Database(const std::string& path, Mode mode) : path_(path) {
  configure_sqlite_once();
  int flags = SQLITE_OPEN_NOMUTEX;
  switch (mode) {
  case Mode::ReadOnly:
    flags |= SQLITE_OPEN_READONLY;
    break;
  case Mode::Immutable:
    flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    break;
  case Mode::ReadWrite:
    flags |= SQLITE_OPEN_READWRITE;
    break;
  case Mode::Create:
    flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    break;
  }
  // A URI keeps the path's own characters ('?', '#') from being read as URI syntax.
  std::string name = path;
  if (mode == Mode::Immutable) {
    name = "file:";
    for (char c : path) {
      if (c == '?' || c == '#' || c == '%') {
        name += fmt::format("%{:02X}", static_cast<unsigned char>(c));
      } else {
        name += c;
      }
    }
    name += "?immutable=1";
  }
  int rc = sqlite3_open_v2(name.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw SqliteError(rc, fmt::format("cannot open {}: {}", path, msg));
  }
  sqlite3_extended_result_codes(db_, 1);
  cache_ = std::make_shared<StatementCache>();
}

namespace {
void close_cache(const std::shared_ptr<StatementCache>& cache) {
  if (!cache) return;
  cache->clear();
  cache->open = false;
}
} // namespace

Database::~Database() {
  close_cache(cache_);
  if (db_) sqlite3_close_v2(db_);
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)), cache_(std::move(other.cache_)) {
}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    close_cache(cache_);
    if (db_) sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
    cache_ = std::move(other.cache_);
  }
  return *this;
}

void Database::exec(std::string_view sql) {
  std::string s(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    throw SqliteError(rc, fmt::format("SQL failed ({}): {}", s.substr(0, 60), msg));
  }
}

Statement Database::prepare(std::string_view sql) {
  return Statement(db_, sql, cache_);
}

std::int64_t Database::last_insert_id() const {
  return sqlite3_last_insert_rowid(db_);
}

int Database::changes() const {
  return sqlite3_changes(db_);
}

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_,
                              nullptr);
  if (rc != SQLITE_OK) fail(db, rc, fmt::format("cannot prepare '{}'", sql.substr(0, 80)));
}

Statement::Statement(sqlite3* db, std::string_view sql, std::shared_ptr<StatementCache> cache) : db_(db) {
  if (cache && cache->open) {
    auto it = cache->idle.find(std::string(sql));
    if (it != cache->idle.end() && !it->second.empty()) {
      stmt_ = it->second.back();
      it->second.pop_back();
      --cache->count;
      cache_ = std::move(cache);
      return;
    }
  }
  int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_,
                              nullptr);
  if (rc != SQLITE_OK) fail(db, rc, fmt::format("cannot prepare '{}'", sql.substr(0, 80)));
  cache_ = std::move(cache);
}

Statement::~Statement() {
  if (!stmt_) return;
  const char* sql = sqlite3_sql(stmt_);
  if (cache_ && cache_->open && sql && cache_->count < StatementCache::kMax) {
    // Reset releases the read snapshot a half-read query holds, as finalize did.
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    cache_->idle[sql].push_back(stmt_);
    ++cache_->count;
    return;
  }
  sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)), cache_(std::move(other.cache_)) {}

Statement& Statement::bind(int index, std::int64_t value) {
  int rc = sqlite3_bind_int64(stmt_, index, value);
  if (rc != SQLITE_OK) fail(db_, rc, "bind");
  return *this;
}

Statement& Statement::bind(int index, double value) {
  int rc = sqlite3_bind_double(stmt_, index, value);
  if (rc != SQLITE_OK) fail(db_, rc, "bind");
  return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
  int rc = sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK) fail(db_, rc, "bind");
  return *this;
}

Statement& Statement::bind_null(int index) {
  int rc = sqlite3_bind_null(stmt_, index);
  if (rc != SQLITE_OK) fail(db_, rc, "bind");
  return *this;
}

Statement& Statement::bind_blob(int index, const void* data, std::size_t size) {
  int rc = sqlite3_bind_blob64(stmt_, index, data, size, SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) fail(db_, rc, "bind");
  return *this;
}

bool Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const char* sql = sqlite3_sql(stmt_);
  std::string what = fmt::format("'{}'", std::string_view(sql ? sql : "").substr(0, 80));
  sqlite3_reset(stmt_);
  fail(db_, rc, what);
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

bool Statement::is_blob(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_BLOB;
}

std::int64_t Statement::int64(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const {
  return sqlite3_column_double(stmt_, column);
}

std::string Statement::text(int column) const {
  const unsigned char* p = sqlite3_column_text(stmt_, column);
  int n = sqlite3_column_bytes(stmt_, column);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}

std::string_view Statement::text_view(int column) const {
  const unsigned char* p = sqlite3_column_text(stmt_, column);
  int n = sqlite3_column_bytes(stmt_, column);
  return p ? std::string_view(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n))
           : std::string_view();
}

std::optional<std::string> Statement::opt_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}

std::optional<std::int64_t> Statement::opt_int64(int column) const {
  if (is_null(column)) return std::nullopt;
  return int64(column);
}

std::string Statement::blob(int column) const {
  const void* p = sqlite3_column_blob(stmt_, column);
  int n = sqlite3_column_bytes(stmt_, column);
  return p ? std::string(static_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}

Transaction::Transaction(Database& db) : db_(db) {
  db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
  if (!done_) {
    try {
      db_.exec("ROLLBACK");
    } catch (...) { // NOLINT(bugprone-empty-catch): a destructor must not throw
    }
  }
}

void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

ReadTransaction::ReadTransaction(Database& db) : db_(db) {
  db_.exec("BEGIN DEFERRED");
}

ReadTransaction::~ReadTransaction() {
  try {
    db_.exec("COMMIT");
  } catch (...) { // NOLINT(bugprone-empty-catch): a destructor must not throw
  }
}

Savepoint::Savepoint(Database& db, std::string name) : db_(db), name_(std::move(name)) {
  db_.exec("SAVEPOINT " + name_);
}

Savepoint::~Savepoint() {
  if (!done_) {
    try {
      db_.exec("ROLLBACK TO " + name_);
      db_.exec("RELEASE " + name_);
    } catch (...) { // NOLINT(bugprone-empty-catch): a destructor must not throw
    }
  }
}

void Savepoint::release() {
  db_.exec("RELEASE " + name_);
  done_ = true;
}

} // namespace entente::sql
