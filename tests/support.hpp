#pragma once
// Helpers shared by the test executables: temporary directories and
// running the built `entente` binary.
#include <filesystem>
#include <string>
#include <vector>

namespace entente::test {

// A fresh directory removed at the end of the scope.
class TempDir {
public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string str() const { return path_.string(); }

private:
  std::filesystem::path path_;
};

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs argv (no shell) with extra environment entries "K=V"; stdin is /dev/null.
RunResult run(const std::vector<std::string>& argv, const std::vector<std::string>& env = {});

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& content);

// Absolute path of a file under tests/data.
std::string test_data(const std::string& relative);
// Absolute path of a file in the source tree.
std::string source_path(const std::string& relative);

} // namespace entente::test
