#include "indexer/pdf_reader.hpp"

#include "indexer/pdf_module/pdf_module.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>

namespace entente::indexer {
namespace {

// Every complete PDF ends with %%EOF (possibly followed by a little
// whitespace or junk); poppler can often reconstruct a cut file, but a
// partial report would silently lose its last pages.
bool has_eof_marker(std::string_view bytes) {
  std::string_view tail = bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0);
  return tail.find("%%EOF") != std::string_view::npos;
}

constexpr const char* kModuleName = "entente_pdf.so";

std::string executable_dir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.parent_path().string();
}

struct PdfModule {
  entente_pdf_extract_fn extract = nullptr;
  std::string error; // why it could not be loaded
};

// Loaded once and never unloaded: poppler keeps global state.
const PdfModule& pdf_module() {
  static const PdfModule module = [] {
    PdfModule m;
    std::vector<std::string> candidates;
    // An explicit setting is the only candidate (so that a wrong one is reported,
    // not silently replaced); otherwise an installed layout, then the build tree.
    if (const char* env = std::getenv("ENTENTE_PDF_MODULE"); env != nullptr && *env != '\0') {
      candidates.emplace_back(env);
    } else {
      if (auto dir = executable_dir(); !dir.empty()) candidates.push_back(dir + "/" + kModuleName);
#ifdef ENTENTE_PDF_MODULE_PATH
      candidates.emplace_back(ENTENTE_PDF_MODULE_PATH);
#endif
    }
    std::string tried;
    for (const auto& path : candidates) {
      if (::access(path.c_str(), F_OK) != 0) {
        tried += (tried.empty() ? "" : ", ") + path;
        continue;
      }
      void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (handle == nullptr) {
        const char* why = ::dlerror();
        m.error = "cannot load the PDF reader " + path + ": " + (why ? why : "unknown error");
        return m;
      }
      auto abi = reinterpret_cast<entente_pdf_abi_fn>(::dlsym(handle, "entente_pdf_abi"));
      auto extract = reinterpret_cast<entente_pdf_extract_fn>(::dlsym(handle, "entente_pdf_extract"));
      if (abi == nullptr || extract == nullptr || abi() != ENTENTE_PDF_ABI) {
        m.error = "the PDF reader " + path + " is not the one this entente was built with; reinstall entente";
        return m;
      }
      m.extract = extract;
      return m;
    }
    m.error = "cannot read PDF files: the PDF reader " + std::string(kModuleName) +
              " is missing (looked for " + tried + "); reinstall entente or set ENTENTE_PDF_MODULE";
    return m;
  }();
  return module;
}

struct PageSink {
  std::vector<std::string> lines;
  std::vector<std::size_t> page_starts;
  std::size_t unreadable = 0;
  bool failed = false;
};

void take_page(void* ctx, const char* data, std::size_t len) noexcept {
  auto& sink = *static_cast<PageSink*>(ctx);
  if (sink.failed) return;
  try {
    auto& lines = sink.lines;
    sink.page_starts.push_back(lines.size());
    if (data == nullptr) {
      ++sink.unreadable;
      return;
    }
    std::string_view text(data, len);
    std::size_t start = 0;
    while (start <= text.size()) {
      auto end = text.find_first_of("\r\n\f", start);
      if (end == std::string_view::npos) end = text.size();
      lines.emplace_back(text.substr(start, end - start));
      if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
      start = end + 1;
    }
    // The page's last line is usually empty; keep it out so that pages do
    // not drift apart by a blank line each.
    if (!lines.empty() && lines.back().empty() && lines.size() > sink.page_starts.back() + 1)
      lines.pop_back();
  } catch (...) {
    sink.failed = true;
  }
}

} // namespace

SourceText read_pdf_bytes(std::string_view bytes, const ReadLimits& limits) {
  if (bytes.size() > limits.max_bytes) {
    throw ReadError("file is too large (" + std::to_string(bytes.size() >> 20) + " MiB, the limit is " +
                    std::to_string(limits.max_bytes >> 20) + " MiB)");
  }
  if (bytes.empty()) throw ReadError("file is empty");
  if (bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos) {
    throw ReadError("not a PDF file (no %PDF header)");
  }
  if (!has_eof_marker(bytes))
    throw ReadError("PDF is truncated (no end-of-file marker); copy or export it again");
  const auto& module = pdf_module();
  if (module.extract == nullptr) throw ReadError(module.error);
  PageSink sink;
  int pages = 0;
  char err[256] = {0};
  int status = 0;
  {
    // poppler keeps global state (its parameters, error hooks); ingest reads
    // files on several threads, so one PDF is extracted at a time.
    static std::mutex poppler;
    std::lock_guard lock(poppler);
    status = module.extract(bytes.data(), bytes.size(), limits.max_pdf_pages, &pages, &take_page, &sink, err,
                            sizeof err);
  }
  switch (status) {
  case ENTENTE_PDF_OK:
    break;
  case ENTENTE_PDF_DAMAGED:
    throw ReadError("PDF is damaged or password-protected and cannot be opened");
  case ENTENTE_PDF_LOCKED:
    throw ReadError("PDF is encrypted (password-protected); save an unprotected copy");
  case ENTENTE_PDF_NO_PAGES:
    throw ReadError("PDF has no pages");
  case ENTENTE_PDF_TOO_MANY_PAGES:
    throw ReadError("PDF has " + std::to_string(pages) + " pages, more than the limit of " +
                    std::to_string(limits.max_pdf_pages));
  default:
    throw ReadError(std::string("PDF cannot be read: ") + err);
  }
  if (sink.failed) throw std::bad_alloc();

  SourceText out;
  out.format = "pdf";
  out.encoding = "utf-8";
  auto& lines = sink.lines;
  auto& page_starts = sink.page_starts;
  std::size_t unreadable = sink.unreadable;
  if (unreadable > 0) out.notes.push_back(std::to_string(unreadable) + " PDF pages could not be read");
  out.notes.push_back(std::to_string(pages) + " PDF pages");
  bool any_text = false;
  for (const auto& l : lines) {
    if (l.find_first_not_of(" \t\f\r\n") != std::string::npos) {
      any_text = true;
      break;
    }
  }
  if (!any_text) throw ReadError("PDF contains no extractable text (a scanned image?); run OCR first");
  detail::clean_lines(out, std::move(lines), page_starts);
  return out;
}

} // namespace entente::indexer
