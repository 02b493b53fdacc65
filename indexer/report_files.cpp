#include "indexer/report_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

namespace entente::indexer {

namespace fs = std::filesystem;

bool is_report_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".txt" || ext == ".pdf" || ext == ".text";
}

ReportFileWalker::ReportFileWalker(std::vector<std::string> paths, std::vector<IngestResult>& errors)
    : paths_(std::move(paths)), errors_(errors) {}

void ReportFileWalker::fail(const std::string& path, const std::string& why) {
  IngestResult r;
  r.path = path;
  r.error = why;
  errors_.push_back(std::move(r));
}

void ReportFileWalker::open_folder(const fs::path& dir) {
  std::error_code ec;
  fs::path canonical = fs::canonical(dir, ec);
  if (ec) {
    fail(dir.string(), fmt::format("cannot read folder: {}", ec.message()));
    return;
  }
  auto [at, fresh] = walked_dirs_.emplace(canonical, Walked{walking_});
  if (!fresh) {
    // Reached again within the same argument, the walk is going round a
    // symbolic-link loop; from another argument, it is the same folder named twice.
    if (at->second.arg == walking_)
      fail(dir.string(), "folder already visited through a symbolic link (loop); skipped");
    return;
  }
  // Walked by hand so that a symlink loop is reported once instead of
  // looping, and an unreadable folder is reported and does not stop the walk.
  fs::directory_iterator it(dir, ec);
  if (ec) {
    fail(dir.string(), fmt::format("cannot read folder: {}", ec.message()));
    return;
  }
  Folder folder;
  folder.canonical = canonical;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const fs::path& p = it->path();
    std::error_code sec;
    auto st = fs::status(p, sec);
    if (sec) {
      if (is_report_extension(p)) fail(p.string(), fmt::format("cannot read: {}", sec.message()));
      continue;
    }
    std::string name = p.filename().string();
    if (fs::is_directory(st)) {
      folder.entries.push_back({name + '/', p, true});
    } else if (fs::is_regular_file(st) && is_report_extension(p)) {
      folder.entries.push_back({std::move(name), p, false});
    }
  }
  if (ec) {
    fail(dir.string(), fmt::format("cannot read the whole folder: {}", ec.message()));
  } else {
    at->second.listed = true;
  }
  std::sort(folder.entries.begin(), folder.entries.end(),
            [](const Entry& a, const Entry& b) { return a.key < b.key; });
  stack_.push_back(std::move(folder));
}

std::optional<std::string> ReportFileWalker::next() {
  for (;;) {
    if (stack_.empty()) {
      if (arg_ >= paths_.size()) return std::nullopt;
      const std::string& arg = paths_[arg_];
      std::size_t this_arg = arg_++;
      std::error_code ec;
      auto status = fs::status(arg, ec);
      if (ec || !fs::exists(status)) {
        fail(arg, "no such file or folder");
        continue;
      }
      if (fs::is_regular_file(status)) {
        // A file named explicitly is read whatever its extension; the reader
        // says if it can't. Skipped only when already given or already walked.
        const fs::path file(arg);
        std::error_code pec;
        fs::path folder = fs::canonical(fs::absolute(file, pec).parent_path(), pec);
        if (pec) return arg;
        if (!named_files_.insert(folder / file.filename()).second) continue;
        auto walked = walked_dirs_.find(folder);
        if (walked != walked_dirs_.end() && walked->second.listed && is_report_extension(file)) continue;
        return arg;
      }
      if (!fs::is_directory(status)) {
        fail(arg, "not a regular file or folder");
        continue;
      }
      walking_ = this_arg;
      open_folder(fs::path(arg));
      continue;
    }
    Folder& top = stack_.back();
    if (top.next >= top.entries.size()) {
      stack_.pop_back();
      continue;
    }
    Entry entry = std::move(top.entries[top.next++]);
    if (entry.folder) {
      open_folder(entry.path);
      continue;
    }
    if (!named_files_.empty() && named_files_.count(top.canonical / entry.path.filename())) continue;
    return entry.path.string();
  }
}

std::string file_identity(const std::string& path) {
  std::error_code ec;
  const fs::path file(path);
  // (A link to a report is that report: ingested through the link after a
  // change, it was a second mission beside the first.)
  if (fs::path real = fs::canonical(file, ec); !ec) return real.string();
  ec.clear();
  fs::path folder = fs::canonical(fs::absolute(file, ec).parent_path(), ec);
  if (ec) return {};
  return (folder / file.filename()).string();
}

std::vector<std::string> collect_report_files(const std::vector<std::string>& paths,
                                              std::vector<IngestResult>& errors) {
  std::vector<std::string> files;
  ReportFileWalker walker(paths, errors);
  while (auto f = walker.next())
    files.push_back(std::move(*f));
  return files;
}

std::size_t count_report_files(const std::vector<std::string>& paths, std::size_t limit) {
  std::vector<IngestResult> ignored;
  ReportFileWalker walker(paths, ignored);
  std::size_t n = 0;
  while (n < limit && walker.next())
    ++n;
  return n;
}

} // namespace entente::indexer
