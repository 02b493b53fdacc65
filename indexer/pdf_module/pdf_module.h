#pragma once
// The C interface of the entente_pdf module: poppler-cpp and its dependency
// tree (freetype, lcms, nss, openjpeg...) are loaded only by the process that
// reads a PDF, not by every `entente` command. indexer/pdf_reader.cpp loads it
// with dlopen; nothing else includes this header.
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ENTENTE_PDF_ABI 1

enum entente_pdf_status {
  ENTENTE_PDF_OK = 0,
  ENTENTE_PDF_DAMAGED = 1, /* poppler cannot open it */
  ENTENTE_PDF_LOCKED = 2,  /* encrypted */
  ENTENTE_PDF_NO_PAGES = 3,
  ENTENTE_PDF_TOO_MANY_PAGES = 4,
  ENTENTE_PDF_INTERNAL = 5 /* an exception inside poppler; message in err */
};

/* Called once per page in order; text is NULL for a page poppler cannot read. */
typedef void (*entente_pdf_page_fn)(void* ctx, const char* text, size_t len);

typedef int (*entente_pdf_abi_fn)(void);
int entente_pdf_abi(void);

/* Pages are counted into *pages before the page limit is checked, so the
   caller can say how many there were. err gets a message for ENTENTE_PDF_INTERNAL. */
typedef int (*entente_pdf_extract_fn)(const char* data, size_t size, int max_pages, int* pages,
                                      entente_pdf_page_fn on_page, void* ctx, char* err, size_t err_size);
int entente_pdf_extract(const char* data, size_t size, int max_pages, int* pages, entente_pdf_page_fn on_page,
                        void* ctx, char* err, size_t err_size);

#ifdef __cplusplus
}
#endif
