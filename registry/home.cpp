#include "registry/home.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <thread>

namespace entente {

std::string resolve_home(const std::optional<std::string>& flag) {
  if (flag && !flag->empty()) return *flag;
  if (const char* env = std::getenv("ENTENTE_DB"); env && *env) return env;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/entente";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::string(home) + "/.local/share/entente";
  throw std::runtime_error("cannot choose a registry home: set --db DIR or ENTENTE_DB");
}

std::string sqlite_path(const std::string& home) {
  return home + "/registry.db";
}
std::string index_path(const std::string& home) {
  return home + "/index";
}

std::chrono::milliseconds default_lock_wait() {
  if (const char* env = std::getenv("ENTENTE_LOCK_TIMEOUT"); env && *env) {
    return std::chrono::milliseconds(static_cast<long>(std::atof(env) * 1000));
  }
  return std::chrono::seconds(30);
}

WriterLock::WriterLock(const std::string& home, std::chrono::milliseconds wait) {
  std::string path = home + "/write.lock";
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    throw std::runtime_error(fmt::format("cannot open the lock file {}: {}", path, std::strerror(errno)));
  }
  auto deadline = std::chrono::steady_clock::now() + wait;
  for (;;) {
    if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) break;
    if (errno != EWOULDBLOCK && errno != EINTR) {
      int err = errno;
      ::close(fd_);
      throw std::runtime_error(fmt::format("cannot lock {}: {}", path, std::strerror(err)));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      char buf[128] = {};
      ssize_t n = ::pread(fd_, buf, sizeof buf - 1, 0);
      std::string holder =
          n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string("another process");
      while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' '))
        holder.pop_back();
      ::close(fd_);
      throw RegistryBusyError(fmt::format(
          "the registry {} is being written by {}; waited {:.0f} s. Try again when it has finished "
          "(ENTENTE_LOCK_TIMEOUT=seconds waits longer).",
          home, holder, std::chrono::duration<double>(wait).count()));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  // Say who holds the lock, for the message another writer will print.
  std::string who = fmt::format("entente (pid {})", ::getpid());
  if (::ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] ssize_t w = ::pwrite(fd_, who.data(), who.size(), 0);
  }
}

WriterLock::~WriterLock() {
  if (fd_ >= 0) {
    [[maybe_unused]] int rc = ::ftruncate(fd_, 0);
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
  }
}

} // namespace entente
