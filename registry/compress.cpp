#include "registry/compress.hpp"

#include <fmt/format.h>
#include <zlib.h>

#include <cstdint>

namespace entente {
namespace {

constexpr std::string_view kMagic = "EZ1";
constexpr std::size_t kHeader = 3 + 4;
// Reports are capped well below this on ingest; anything larger is damage.
constexpr std::uint32_t kMaxText = 1u << 30;

} // namespace

std::string compress_text(std::string_view text) {
  if (text.size() > kMaxText)
    throw CompressError(fmt::format("text of {} bytes is too large to store", text.size()));
  uLongf bound = compressBound(static_cast<uLong>(text.size()));
  std::string out(kHeader + bound, '\0');
  out.replace(0, 3, kMagic);
  auto n = static_cast<std::uint32_t>(text.size());
  for (int i = 0; i < 4; ++i)
    out[3 + static_cast<std::size_t>(i)] = static_cast<char>((n >> (8 * i)) & 0xff);
  // Level 6 (zlib's default): level 1 saves little time on report-sized
  // texts and stores about a fifth more.
  int rc = compress2(reinterpret_cast<Bytef*>(out.data() + kHeader), &bound,
                     reinterpret_cast<const Bytef*>(text.data()), static_cast<uLong>(text.size()), 6);
  if (rc != Z_OK) throw CompressError(fmt::format("zlib could not compress a report text (code {})", rc));
  out.resize(kHeader + bound);
  return out;
}

std::string decompress_text(std::string_view stored) {
  if (stored.size() < kHeader || stored.substr(0, 3) != kMagic)
    throw CompressError("a stored report text is damaged (no header); run `entente check`");
  std::uint32_t n = 0;
  for (int i = 0; i < 4; ++i)
    n |= static_cast<std::uint32_t>(static_cast<unsigned char>(stored[3 + static_cast<std::size_t>(i)]))
         << (8 * i);
  if (n > kMaxText) throw CompressError("a stored report text is damaged (impossible length)");
  std::string out(n, '\0');
  uLongf len = n;
  int rc = uncompress(reinterpret_cast<Bytef*>(out.data()), &len,
                      reinterpret_cast<const Bytef*>(stored.data() + kHeader),
                      static_cast<uLong>(stored.size() - kHeader));
  if (rc != Z_OK || len != n)
    throw CompressError(
        fmt::format("a stored report text is damaged (zlib code {}); re-ingest its file", rc));
  return out;
}

} // namespace entente
