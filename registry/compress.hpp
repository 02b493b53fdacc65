#pragma once
// Report texts are kept whole in the registry (the index is rebuilt from
// them, and snippets are cut from them), and are most of its size. They are
// stored deflated, each on its own so that one can be read without the
// others. A report of a few kilobytes deflates poorly alone: most of what it
// repeats (headings, formulas, names) it shares with the other reports of the
// same registry, not with itself. A preset dictionary made of some of the
// registry's own reports gives deflate that shared past (a third of the size
// on the bench corpus); the stored form names the dictionary, which the
// registry keeps (Store::compact_texts), and reading checks that the
// dictionary given is the one the stream names (by its checksum, as zlib does).
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

struct CompressError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Deflates texts, with or without a preset dictionary. The dictionary is
// loaded into deflate's state once and copied for each text, which costs less
// than the text's own compression.
class TextCompressor {
public:
  // No dictionary: "EZ1" + the text's length (4 bytes, little-endian) + a zlib stream.
  TextCompressor();
  // "EZ2" + length + `dictionary_id` (4 bytes, little-endian) + a zlib stream
  // made with `dictionary` (at most kMaxDictionary bytes are used; not empty).
  TextCompressor(std::uint32_t dictionary_id, std::string_view dictionary);
  ~TextCompressor();
  TextCompressor(TextCompressor&&) noexcept;
  TextCompressor& operator=(TextCompressor&&) noexcept;

  std::string compress(std::string_view text) const;
  // 0 when there is no dictionary.
  std::uint32_t dictionary_id() const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Deflate looks back 32 KiB at most, so a longer dictionary is wasted.
inline constexpr std::size_t kMaxDictionary = 32 * 1024;

// A preset dictionary from sample texts: whole texts, the last ones nearest
// the end (deflate codes near matches in fewer bits), cut to kMaxDictionary.
std::string make_dictionary(const std::vector<std::string>& samples);

// compress() without a dictionary.
std::string compress_text(std::string_view text);

// The dictionary a stored text needs (0 for none). Throws CompressError if
// `stored` has no header compress() writes.
std::uint32_t stored_dictionary_id(std::string_view stored);

// Reads back the texts made with one dictionary (and those made with none).
// zlib's own way with a preset dictionary (inflate asks for it, then checks
// it) checksums the whole 32 KiB dictionary again for every text, which took
// longer than inflating a report. Here the dictionary's checksum is taken
// once, one raw inflate state is reset for each text, and the stream's header
// and trailer are checked as zlib checks them.
class TextDecompressor {
public:
  TextDecompressor(std::uint32_t dictionary_id, std::string dictionary);
  ~TextDecompressor();
  TextDecompressor(TextDecompressor&&) noexcept;
  TextDecompressor& operator=(TextDecompressor&&) noexcept;

  // As decompress_text() with this dictionary; refuses a text that names another.
  std::string decompress(std::string_view stored);

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Throws CompressError if `stored` is not something compress() wrote intact
// (a damaged registry) or `dictionary` is not the one it was made with,
// naming what is wrong.
std::string decompress_text(std::string_view stored, std::string_view dictionary = {});

} // namespace entente
