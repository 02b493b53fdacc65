#pragma once
// The registry home: one directory holding the SQLite file (registry.db),
// the Xapian index (index/) and the writer lock (write.lock).
#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>

namespace entente {

// The registry home does not exist and the verb only reads.
class MissingRegistryError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// Another process holds the writer lock for longer than we may wait.
class RegistryBusyError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// --db DIR, else $ENTENTE_DB, else $XDG_DATA_HOME/entente, else
// ~/.local/share/entente.
std::string resolve_home(const std::optional<std::string>& flag);

std::string sqlite_path(const std::string& home);
std::string index_path(const std::string& home);

// Exclusive writer lock on the registry home, held for the life of the
// object. Waits up to `wait` (ENTENTE_LOCK_TIMEOUT seconds overrides), then
// throws RegistryBusyError naming the process that holds it.
class WriterLock {
public:
  WriterLock(const std::string& home, std::chrono::milliseconds wait);
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

private:
  int fd_ = -1;
};

// Default wait for the writer lock.
std::chrono::milliseconds default_lock_wait();

} // namespace entente
