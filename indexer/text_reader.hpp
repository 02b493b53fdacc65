#pragma once
// From a file on disk to clean UTF-8 lines that the report parser reads.
// Line numbers stay aligned with the original file so that every piece of
// evidence can point back to where it stands: a removed page header becomes
// an empty line, never a missing one.
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace entente::indexer {

struct ReadLimits {
  std::uintmax_t max_bytes = 64u << 20;
  int max_pdf_pages = 2000;
};

struct SourceText {
  // Cleaned UTF-8 lines; lines[i] is line i+1 of the text file (for a PDF,
  // of its extracted text).
  std::vector<std::string> lines;
  std::string format;   // "txt" | "pdf"
  std::string encoding; // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252", "iso-8859-1"
  std::vector<std::string> notes;
};

// The message says what is wrong with the file in terms a user can act on.
class ReadError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// Chooses the reader from the extension (.txt, .text, .pdf; a .txt that is
// really a PDF is read as one).
SourceText read_document(const std::filesystem::path& path, const ReadLimits& limits = {});

// Decodes a plain-text file held in memory.
SourceText read_text_bytes(std::string_view bytes, const ReadLimits& limits = {});

namespace detail {
// Shared by the text and PDF readers: pages of raw UTF-8 lines in, cleaned
// lines out, with repeated headers/footers and page numbers blanked.
// page_starts holds the index of the first line of each page (page_starts[0] == 0).
void clean_lines(SourceText& out, std::vector<std::string> lines,
                 const std::vector<std::size_t>& page_starts);
} // namespace detail

} // namespace entente::indexer
