#include "indexer/pdf_reader.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <mutex>

namespace entente::indexer {
namespace {

// poppler writes its complaints to stderr by default; a library must not.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once,
                 [] { poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr); });
}

// Every complete PDF ends with %%EOF (possibly followed by a little
// whitespace or junk); poppler can often reconstruct a cut file, but a
// partial report would silently lose its last pages.
bool has_eof_marker(std::string_view bytes) {
  std::string_view tail = bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0);
  return tail.find("%%EOF") != std::string_view::npos;
}

} // namespace

SourceText read_pdf_bytes(std::string_view bytes, const ReadLimits &limits) {
  if (bytes.size() > limits.max_bytes) {
    throw ReadError("file is too large (" + std::to_string(bytes.size() >> 20) + " MiB, the limit is " +
                    std::to_string(limits.max_bytes >> 20) + " MiB)");
  }
  if (bytes.empty())
    throw ReadError("file is empty");
  if (bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos) {
    throw ReadError("not a PDF file (no %PDF header)");
  }
  if (!has_eof_marker(bytes))
    throw ReadError("PDF is truncated (no end-of-file marker); copy or export it again");
  silence_poppler();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc)
    throw ReadError("PDF is damaged or password-protected and cannot be opened");
  if (doc->is_locked())
    throw ReadError("PDF is encrypted (password-protected); save an unprotected copy");
  int pages = doc->pages();
  if (pages <= 0)
    throw ReadError("PDF has no pages");
  if (pages > limits.max_pdf_pages) {
    throw ReadError("PDF has " + std::to_string(pages) + " pages, more than the limit of " +
                    std::to_string(limits.max_pdf_pages));
  }

  SourceText out;
  out.format = "pdf";
  out.encoding = "utf-8";
  std::vector<std::string> lines;
  std::vector<std::size_t> page_starts;
  std::size_t unreadable = 0;
  for (int p = 0; p < pages; ++p) {
    std::unique_ptr<poppler::page> page(doc->create_page(p));
    page_starts.push_back(lines.size());
    if (!page) {
      ++unreadable;
      continue;
    }
    auto utf8 = page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    std::string text(utf8.begin(), utf8.end());
    std::size_t start = 0;
    while (start <= text.size()) {
      auto end = text.find_first_of("\r\n\f", start);
      if (end == std::string::npos)
        end = text.size();
      lines.emplace_back(text.substr(start, end - start));
      if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n')
        ++end;
      start = end + 1;
    }
    // The page's last line is usually empty; keep it out so that pages do
    // not drift apart by a blank line each.
    if (!lines.empty() && lines.back().empty() && lines.size() > page_starts.back() + 1)
      lines.pop_back();
  }
  if (unreadable > 0)
    out.notes.push_back(std::to_string(unreadable) + " PDF pages could not be read");
  out.notes.push_back(std::to_string(pages) + " PDF pages");
  bool any_text = false;
  for (const auto &l : lines) {
    if (l.find_first_not_of(" \t\f\r\n") != std::string::npos) {
      any_text = true;
      break;
    }
  }
  if (!any_text)
    throw ReadError("PDF contains no extractable text (a scanned image?); run OCR first");
  detail::clean_lines(out, std::move(lines), page_starts);
  return out;
}

} // namespace entente::indexer
