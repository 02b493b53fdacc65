#pragma once
// PDF text through poppler-cpp, in process. Each page's text is split into
// lines; pages are separated like form feeds so that running headers and
// page numbers are recognised the same way as in text files.
#include "indexer/text_reader.hpp"

#include <string_view>

namespace entente::indexer {

// Throws ReadError for a truncated, damaged, encrypted or image-only PDF.
SourceText read_pdf_bytes(std::string_view bytes, const ReadLimits& limits = {});

} // namespace entente::indexer
