#include "indexer/pdf_module/pdf_module.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <cstring>
#include <exception>
#include <memory>
#include <mutex>
#include <string>

namespace {

// poppler writes its complaints to stderr by default; a library must not.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

void copy_message(const char* what, char* err, std::size_t err_size) {
  if (err == nullptr || err_size == 0) return;
  std::strncpy(err, what, err_size - 1);
  err[err_size - 1] = '\0';
}

} // namespace

extern "C" __attribute__((visibility("default"))) int entente_pdf_abi(void) {
  return ENTENTE_PDF_ABI;
}

extern "C" __attribute__((visibility("default"))) int
entente_pdf_extract(const char* data, size_t size, int max_pages, int* pages, entente_pdf_page_fn on_page,
                    void* ctx, char* err, size_t err_size) {
  // No exception may cross the C boundary.
  try {
    if (size > static_cast<size_t>(INT_MAX)) return ENTENTE_PDF_DAMAGED;
    silence_poppler();
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(data, static_cast<int>(size)));
    if (!doc) return ENTENTE_PDF_DAMAGED;
    if (doc->is_locked()) return ENTENTE_PDF_LOCKED;
    int n = doc->pages();
    *pages = n;
    if (n <= 0) return ENTENTE_PDF_NO_PAGES;
    if (n > max_pages) return ENTENTE_PDF_TOO_MANY_PAGES;
    for (int p = 0; p < n; ++p) {
      std::unique_ptr<poppler::page> page(doc->create_page(p));
      if (!page) {
        on_page(ctx, nullptr, 0);
        continue;
      }
      auto utf8 = page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
      on_page(ctx, utf8.data(), utf8.size());
    }
    return ENTENTE_PDF_OK;
  } catch (const std::exception& e) {
    copy_message(e.what(), err, err_size);
  } catch (...) {
    copy_message("unknown error", err, err_size);
  }
  return ENTENTE_PDF_INTERNAL;
}
