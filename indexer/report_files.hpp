#pragma once
// Which files an ingest reads. Folders are walked lazily, one folder's
// listing at a time, so that a run over 100,000 reports does not hold
// 100,000 paths (and a set of them to skip duplicates) for its whole length:
// that list was most of the growth of an ingest's memory with its size.
#include "indexer/ingest.hpp"

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace entente::indexer {

// What names a report file whatever path is given to it ("reports/a.txt"
// here, "../reports/a.txt" from a subfolder, a link to it): its absolute
// path with links resolved; for a file that does not exist (yet), its
// folder's and its name. "" when the folder cannot be resolved.
std::string file_identity(const std::string& path);

// .txt, .text and .pdf, in any case.
bool is_report_extension(const std::filesystem::path& p);

// Report files under the given paths, one at a time: files as given
// (whatever their extension), folders walked recursively keeping report
// extensions. Within one argument, files come in the byte order of their
// paths, as if the whole walk had been sorted. A file or folder reached
// again (a repeated argument, a folder inside another argument, a symbolic
// link to a folder already walked) is skipped; a symbolic-link loop and an
// unreadable folder or file are reported in `errors`, never fatal.
class ReportFileWalker {
public:
  ReportFileWalker(std::vector<std::string> paths, std::vector<IngestResult>& errors);
  std::optional<std::string> next();

private:
  struct Entry {
    std::string key; // the name, with '/' after a folder's: sorts like full paths
    std::filesystem::path path;
    bool folder;
  };
  struct Folder {
    std::filesystem::path canonical;
    std::vector<Entry> entries;
    std::size_t next = 0;
  };
  struct Walked {
    std::size_t arg;     // the argument whose walk reached the folder
    bool listed = false; // its whole listing was read
  };
  void fail(const std::string& path, const std::string& why);
  void open_folder(const std::filesystem::path& dir);

  std::vector<std::string> paths_;
  std::vector<IngestResult>& errors_;
  std::size_t arg_ = 0;     // the next argument to start
  std::size_t walking_ = 0; // the argument whose folders are being walked
  std::vector<Folder> stack_;
  // Files given as arguments, as canonical folder / name (the file itself may be a link).
  std::set<std::filesystem::path> named_files_;
  std::map<std::filesystem::path, Walked> walked_dirs_; // by canonical path
};

// Every file ReportFileWalker gives, in its order.
std::vector<std::string> collect_report_files(const std::vector<std::string>& paths,
                                              std::vector<IngestResult>& errors);

// How many files ReportFileWalker would give, counting no further than
// `limit`; problems are not reported (the walk that reads them reports them).
std::size_t count_report_files(const std::vector<std::string>& paths, std::size_t limit = SIZE_MAX);

} // namespace entente::indexer
