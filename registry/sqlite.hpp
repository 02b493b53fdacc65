#pragma once
// A thin RAII layer over the SQLite C API. Every statement is prepared and
// bound; user text never reaches SQL as text. Errors become SqliteError
// with the database's message and the statement that failed.
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace entente::sql {

class SqliteError : public std::runtime_error {
public:
  SqliteError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
  int code() const { return code_; }
  bool busy() const { return code_ == SQLITE_BUSY || code_ == SQLITE_LOCKED; }

private:
  int code_;
};

class Statement;
struct StatementCache;

// Statement journals up to this size stay in memory (sqlite.cpp says why).
inline constexpr int kStatementJournalSpillBytes = 4 << 20;

class Database {
public:
  // Immutable: read-only without locks or WAL files, for a registry on
  // read-only storage, where no writer can exist.
  enum class Mode { ReadOnly, ReadWrite, Create, Immutable };
  Database(const std::string& path, Mode mode);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;

  void exec(std::string_view sql);
  Statement prepare(std::string_view sql);
  std::int64_t last_insert_id() const;
  int changes() const;
  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

private:
  sqlite3* db_ = nullptr;
  std::string path_;
  // Compiling SQL costs more than running the small statements ingest makes
  // per report, so finished statements are kept, reset, for the same text.
  std::shared_ptr<StatementCache> cache_;
};

// A prepared statement. bind() indices start at 1 as in SQLite.
class Statement {
public:
  Statement(sqlite3* db, std::string_view sql);
  // Takes a statement from `cache` (or prepares one) and gives it back, reset, when done.
  Statement(sqlite3* db, std::string_view sql, std::shared_ptr<StatementCache> cache);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
  Statement& bind_null(int index);
  template <typename T> Statement& bind(int index, const std::optional<T>& value) {
    if (value) return bind(index, *value);
    return bind_null(index);
  }
  Statement& bind_blob(int index, const void* data, std::size_t size);

  // Advances to the next row; false when done.
  bool step();
  // Runs a statement that returns no row (or ignores them).
  void run();
  void reset();

  bool is_null(int column) const;
  bool is_blob(int column) const;
  std::int64_t int64(int column) const;
  int integer(int column) const { return static_cast<int>(int64(column)); }
  double real(int column) const;
  std::string text(int column) const;
  // The column's text without a copy: valid until the next step, reset or finalize.
  std::string_view text_view(int column) const;
  std::optional<std::string> opt_text(int column) const;
  std::optional<std::int64_t> opt_int64(int column) const;
  std::string blob(int column) const;

private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  std::shared_ptr<StatementCache> cache_;
};

// A transaction that rolls back unless commit() is called. BEGIN IMMEDIATE
// takes the write lock at once, so a busy database fails here and not in
// the middle of the work.
class Transaction {
public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

private:
  Database& db_;
  bool done_ = false;
};

// A read transaction: every statement inside it sees the same snapshot of
// the database, whatever a writer commits meanwhile (WAL). Ended on scope exit.
class ReadTransaction {
public:
  explicit ReadTransaction(Database& db);
  ~ReadTransaction();
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
  Database& db_;
};

// A savepoint, for a unit (one file, one CSV row) inside a larger transaction.
class Savepoint {
public:
  Savepoint(Database& db, std::string name);
  ~Savepoint();
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  void release();

private:
  Database& db_;
  std::string name_;
  bool done_ = false;
};

} // namespace entente::sql
