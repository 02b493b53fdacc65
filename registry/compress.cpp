#include "registry/compress.hpp"

#include <fmt/format.h>
#include <zlib.h>

#include <cstdint>

namespace entente {
namespace {

constexpr std::string_view kPlainMagic = "EZ1";
constexpr std::string_view kDictionaryMagic = "EZ2";
constexpr std::size_t kLengthAt = 3;
constexpr std::size_t kPlainHeader = 3 + 4;
constexpr std::size_t kDictionaryHeader = 3 + 4 + 4;
// Reports are capped well below this on ingest; anything larger is damage.
constexpr std::uint32_t kMaxText = 1u << 30;
// Level 6 (zlib's default): level 1 saves little time on report-sized
// texts and stores about a fifth more.
constexpr int kLevel = 6;

void put_u32(std::string& out, std::size_t at, std::uint32_t n) {
  for (std::size_t i = 0; i < 4; ++i)
    out[at + i] = static_cast<char>((n >> (8 * i)) & 0xff);
}

std::uint32_t get_u32(std::string_view in, std::size_t at) {
  std::uint32_t n = 0;
  for (std::size_t i = 0; i < 4; ++i)
    n |= static_cast<std::uint32_t>(static_cast<unsigned char>(in[at + i])) << (8 * i);
  return n;
}

struct Deflater {
  z_stream z{};
  bool live = false;
  ~Deflater() {
    if (live) deflateEnd(&z);
  }
};

struct Inflater {
  z_stream z{};
  bool live = false;
  ~Inflater() {
    if (live) inflateEnd(&z);
  }
};

} // namespace

struct TextCompressor::Impl {
  std::uint32_t dictionary_id = 0;
  // deflate's state with the dictionary already loaded; copied per text.
  Deflater primed;
};

TextCompressor::TextCompressor() : impl_(std::make_unique<Impl>()) {}

TextCompressor::TextCompressor(std::uint32_t dictionary_id, std::string_view dictionary)
    : impl_(std::make_unique<Impl>()) {
  if (dictionary_id == 0) throw CompressError("a text dictionary needs an id other than 0");
  // deflate names no dictionary in a stream made with an empty one.
  if (dictionary.empty()) throw CompressError("a text dictionary cannot be empty");
  if (dictionary.size() > kMaxDictionary) dictionary = dictionary.substr(dictionary.size() - kMaxDictionary);
  impl_->dictionary_id = dictionary_id;
  auto& z = impl_->primed.z;
  if (deflateInit(&z, kLevel) != Z_OK) throw CompressError("zlib could not start (out of memory?)");
  impl_->primed.live = true;
  if (deflateSetDictionary(&z, reinterpret_cast<const Bytef*>(dictionary.data()),
                           static_cast<uInt>(dictionary.size())) != Z_OK)
    throw CompressError("zlib refused the text dictionary");
}

TextCompressor::~TextCompressor() = default;
TextCompressor::TextCompressor(TextCompressor&&) noexcept = default;
TextCompressor& TextCompressor::operator=(TextCompressor&&) noexcept = default;

std::uint32_t TextCompressor::dictionary_id() const {
  return impl_->dictionary_id;
}

std::string TextCompressor::compress(std::string_view text) const {
  if (text.size() > kMaxText)
    throw CompressError(fmt::format("text of {} bytes is too large to store", text.size()));
  const bool with_dictionary = impl_->dictionary_id != 0;
  const std::size_t header = with_dictionary ? kDictionaryHeader : kPlainHeader;
  Deflater d;
  if (with_dictionary) {
    if (deflateCopy(&d.z, &impl_->primed.z) != Z_OK) throw CompressError("zlib could not copy its state");
  } else if (deflateInit(&d.z, kLevel) != Z_OK) {
    throw CompressError("zlib could not start (out of memory?)");
  }
  d.live = true;
  const uLong bound = deflateBound(&d.z, static_cast<uLong>(text.size()));
  std::string out(header + bound, '\0');
  out.replace(0, 3, with_dictionary ? kDictionaryMagic : kPlainMagic);
  put_u32(out, kLengthAt, static_cast<std::uint32_t>(text.size()));
  if (with_dictionary) put_u32(out, kPlainHeader, impl_->dictionary_id);
  d.z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  d.z.avail_in = static_cast<uInt>(text.size());
  d.z.next_out = reinterpret_cast<Bytef*>(out.data() + header);
  d.z.avail_out = static_cast<uInt>(bound);
  int rc = deflate(&d.z, Z_FINISH);
  if (rc != Z_STREAM_END)
    throw CompressError(fmt::format("zlib could not compress a report text (code {})", rc));
  out.resize(header + d.z.total_out);
  return out;
}

std::string compress_text(std::string_view text) {
  return TextCompressor().compress(text);
}

std::string make_dictionary(const std::vector<std::string>& samples) {
  std::string out;
  for (const auto& s : samples)
    out += s;
  if (out.size() > kMaxDictionary) out.erase(0, out.size() - kMaxDictionary);
  return out;
}

std::uint32_t stored_dictionary_id(std::string_view stored) {
  if (stored.size() >= kPlainHeader && stored.substr(0, 3) == kPlainMagic) return 0;
  if (stored.size() >= kDictionaryHeader && stored.substr(0, 3) == kDictionaryMagic) {
    std::uint32_t id = get_u32(stored, kPlainHeader);
    if (id == 0) throw CompressError("a stored report text is damaged (dictionary 0); run `entente check`");
    return id;
  }
  throw CompressError("a stored report text is damaged (no header); run `entente check`");
}

namespace {

void check_length(std::uint32_t n) {
  if (n > kMaxText) throw CompressError("a stored report text is damaged (impossible length)");
}

[[noreturn]] void damaged(int zlib_code) {
  throw CompressError(
      fmt::format("a stored report text is damaged (zlib code {}); re-ingest its file", zlib_code));
}

std::uint32_t get_u32_big_endian(std::string_view in, std::size_t at) {
  std::uint32_t n = 0;
  for (std::size_t i = 0; i < 4; ++i)
    n = (n << 8) | static_cast<unsigned char>(in[at + i]);
  return n;
}

// zlib's checksum (RFC 1950) of a dictionary or of a text.
uLong adler_of(std::string_view bytes) {
  return adler32(adler32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(bytes.data()),
                 static_cast<uInt>(bytes.size()));
}

std::string inflate_plain(std::string_view stored) {
  const std::uint32_t n = get_u32(stored, kLengthAt);
  check_length(n);
  // One byte more than the header says: a stream that holds more text than
  // that fills it and is refused below, as is one that holds less.
  std::string out(std::size_t{n} + 1, '\0');
  Inflater inf;
  if (inflateInit(&inf.z) != Z_OK) throw CompressError("zlib could not start (out of memory?)");
  inf.live = true;
  inf.z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stored.data() + kPlainHeader));
  inf.z.avail_in = static_cast<uInt>(stored.size() - kPlainHeader);
  inf.z.next_out = reinterpret_cast<Bytef*>(out.data());
  inf.z.avail_out = n + 1;
  int rc = inflate(&inf.z, Z_FINISH);
  if (rc == Z_NEED_DICT) throw CompressError("a stored report text is damaged (it asks for a dictionary)");
  if (rc != Z_STREAM_END || inf.z.total_out != n) damaged(rc);
  out.resize(n);
  return out;
}

} // namespace

struct TextDecompressor::Impl {
  std::uint32_t dictionary_id = 0;
  std::string dictionary;
  uLong dictionary_adler = 0;
  Inflater raw;
};

TextDecompressor::TextDecompressor(std::uint32_t dictionary_id, std::string dictionary)
    : impl_(std::make_unique<Impl>()) {
  if (dictionary_id == 0) throw CompressError("a text dictionary needs an id other than 0");
  if (dictionary.empty()) throw CompressError("a text dictionary cannot be empty");
  if (dictionary.size() > kMaxDictionary) dictionary.erase(0, dictionary.size() - kMaxDictionary);
  impl_->dictionary_id = dictionary_id;
  impl_->dictionary = std::move(dictionary);
  impl_->dictionary_adler = adler_of(impl_->dictionary);
  if (inflateInit2(&impl_->raw.z, -MAX_WBITS) != Z_OK)
    throw CompressError("zlib could not start (out of memory?)");
  impl_->raw.live = true;
}

TextDecompressor::~TextDecompressor() = default;
TextDecompressor::TextDecompressor(TextDecompressor&&) noexcept = default;
TextDecompressor& TextDecompressor::operator=(TextDecompressor&&) noexcept = default;

std::string TextDecompressor::decompress(std::string_view stored) {
  const std::uint32_t id = stored_dictionary_id(stored);
  if (id == 0) return inflate_plain(stored);
  if (id != impl_->dictionary_id)
    throw CompressError(
        fmt::format("a stored report text needs text dictionary {}, not {}", id, impl_->dictionary_id));
  const std::uint32_t n = get_u32(stored, kLengthAt);
  check_length(n);
  // The zlib stream by hand (RFC 1950): header, dictionary checksum, raw
  // deflate data, checksum of the text.
  std::string_view z = stored.substr(kDictionaryHeader);
  if (z.size() < 2 + 4 + 4) damaged(Z_DATA_ERROR);
  const auto cmf = static_cast<unsigned char>(z[0]);
  const auto flg = static_cast<unsigned char>(z[1]);
  const bool zlib_header = (cmf * 256u + flg) % 31 == 0 && (cmf & 0x0f) == Z_DEFLATED && (cmf >> 4) <= 7;
  if (!zlib_header || !(flg & 0x20)) damaged(Z_DATA_ERROR);
  if (get_u32_big_endian(z, 2) != impl_->dictionary_adler)
    throw CompressError(
        fmt::format("a stored report text does not match text dictionary {}; the registry is damaged", id));
  auto& raw = impl_->raw.z;
  if (inflateReset(&raw) != Z_OK ||
      inflateSetDictionary(&raw, reinterpret_cast<const Bytef*>(impl_->dictionary.data()),
                           static_cast<uInt>(impl_->dictionary.size())) != Z_OK)
    throw CompressError("zlib could not load the text dictionary");
  std::string out(std::size_t{n} + 1, '\0');
  raw.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(z.data() + 6));
  raw.avail_in = static_cast<uInt>(z.size() - 6);
  raw.next_out = reinterpret_cast<Bytef*>(out.data());
  raw.avail_out = n + 1;
  const int rc = inflate(&raw, Z_FINISH);
  if (rc != Z_STREAM_END || raw.total_out != n || raw.avail_in < 4)
    damaged(rc == Z_STREAM_END ? Z_DATA_ERROR : rc);
  const std::string_view trailer(reinterpret_cast<const char*>(raw.next_in), 4);
  if (get_u32_big_endian(trailer, 0) != adler_of(std::string_view(out).substr(0, n))) damaged(Z_DATA_ERROR);
  out.resize(n);
  return out;
}

std::string decompress_text(std::string_view stored, std::string_view dictionary) {
  const std::uint32_t dictionary_id = stored_dictionary_id(stored);
  if (dictionary_id == 0) return inflate_plain(stored);
  if (dictionary.empty())
    throw CompressError(
        fmt::format("a stored report text needs text dictionary {}, which was not given; re-ingest its file",
                    dictionary_id));
  return TextDecompressor(dictionary_id, std::string(dictionary)).decompress(stored);
}

} // namespace entente
