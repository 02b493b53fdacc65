#pragma once
// Report texts are kept whole in the registry (the index is rebuilt from
// them, and snippets are cut from them), and are most of its size; stored
// deflated they take about a third. The stored form carries its own length,
// so reading never guesses a buffer size.
#include <stdexcept>
#include <string>
#include <string_view>

namespace entente {

struct CompressError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// "EZ1" + the text's length (4 bytes, little-endian) + a zlib stream.
std::string compress_text(std::string_view text);
// Throws CompressError if `stored` is not something compress_text wrote
// intact (a damaged registry), naming what is wrong.
std::string decompress_text(std::string_view stored);

} // namespace entente
