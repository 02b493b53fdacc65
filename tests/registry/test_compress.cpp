#include "registry/compress.hpp"

#include <catch2/catch.hpp>
#include <zlib.h>

using namespace entente;

TEST_CASE("compress: report texts round-trip and take less room") {
  std::string text;
  for (int i = 0; i < 200; ++i)
    text += "La délégation a rencontré le vice-gouverneur de la province du Shandong à Jinan.\n";
  auto stored = compress_text(text);
  CHECK(stored.size() < text.size() / 5);
  CHECK(decompress_text(stored) == text);
  CHECK(decompress_text(compress_text("")).empty());
  std::string binary("a\0b\xff", 4);
  CHECK(decompress_text(compress_text(binary)) == binary);
}

TEST_CASE("compress: damaged stored texts are refused with a message, never read past") {
  auto stored = compress_text("Entente de coopération Québec-Shandong");
  CHECK_THROWS_AS(decompress_text(""), CompressError);
  CHECK_THROWS_AS(decompress_text("plain text"), CompressError);
  CHECK_THROWS_AS(decompress_text(stored.substr(0, stored.size() - 3)), CompressError);
  auto wrong_length = stored;
  wrong_length[3] = static_cast<char>(wrong_length[3] + 1);
  CHECK_THROWS_AS(decompress_text(wrong_length), CompressError);
  auto huge = stored;
  huge[6] = '\x7f';
  CHECK_THROWS_WITH(decompress_text(huge), Catch::Matchers::Contains("damaged"));
}

namespace {
std::string report(int i) {
  return "RAPPORT DE MISSION\nMinistère de la Santé et des Services sociaux\nMission " + std::to_string(i) +
         " en Chine, du " + std::to_string(i % 28 + 1) +
         " au 9 septembre 2017.\nObjectifs de la mission\nLa délégation a rencontré les autorités de la "
         "province du Shandong afin de renforcer la coopération en santé.\nRecommandations\nActualiser "
         "l'entente de coopération de 2008.\n";
}
} // namespace

TEST_CASE("compress: a dictionary of the registry's own texts, and only that one, reads them back") {
  std::vector<std::string> samples = {report(1), report(2), report(3)};
  const std::string dictionary = make_dictionary(samples);
  TextCompressor with(7, dictionary);
  CHECK(with.dictionary_id() == 7);
  const std::string text = report(40);
  auto stored = with.compress(text);
  CHECK(stored_dictionary_id(stored) == 7);
  CHECK(stored.size() < compress_text(text).size() / 2);
  CHECK(decompress_text(stored, dictionary) == text);
  // The same compressor serves many texts (its primed state is copied, not used up).
  CHECK(decompress_text(with.compress(report(41)), dictionary) == report(41));
  CHECK(decompress_text(with.compress(""), dictionary).empty());

  CHECK_THROWS_WITH(decompress_text(stored), Catch::Matchers::Contains("needs text dictionary 7"));
  CHECK_THROWS_WITH(decompress_text(stored, make_dictionary({report(9)})),
                    Catch::Matchers::Contains("does not match text dictionary 7"));
  CHECK(stored_dictionary_id(compress_text(text)) == 0);
  CHECK_THROWS_AS(stored_dictionary_id("EZ9xxxxxxxx"), CompressError);
  CHECK_THROWS_AS(TextCompressor(0, dictionary), CompressError);
}

TEST_CASE("compress: a dictionary keeps the ends of its samples, up to deflate's window") {
  std::vector<std::string> samples = {std::string(40000, 'a'), std::string(10000, 'b')};
  auto d = make_dictionary(samples);
  CHECK(d.size() == kMaxDictionary);
  CHECK(d.back() == 'b');
  CHECK(d.front() == 'a');
  CHECK(make_dictionary({}).empty());
}

namespace {
// The stored stream read back zlib's own way (inflate asks for the dictionary,
// checks its checksum, then checks the text's): what TextDecompressor, which
// reads the stream's header and trailer itself, must agree with.
std::string inflate_as_zlib_does(const std::string& stored, const std::string& dictionary) {
  const std::size_t header = 3 + 4 + 4;
  std::string out(1 << 20, '\0');
  z_stream z{};
  REQUIRE(inflateInit(&z) == Z_OK);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stored.data() + header));
  z.avail_in = static_cast<uInt>(stored.size() - header);
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  int rc = inflate(&z, Z_FINISH);
  if (rc == Z_NEED_DICT) {
    rc = inflateSetDictionary(&z, reinterpret_cast<const Bytef*>(dictionary.data()),
                              static_cast<uInt>(dictionary.size()));
    if (rc == Z_OK) rc = inflate(&z, Z_FINISH);
  }
  out.resize(z.total_out);
  inflateEnd(&z);
  if (rc != Z_STREAM_END) throw CompressError("zlib refused it");
  return out;
}
} // namespace

TEST_CASE("compress: one decompressor reads many texts of its dictionary as zlib does") {
  const std::string dictionary = make_dictionary({report(1), report(2), report(3)});
  TextCompressor with(7, dictionary);
  TextDecompressor reader(7, dictionary);
  std::string long_text;
  for (int i = 0; i < 900; ++i)
    long_text += report(i); // longer than the dictionary and deflate's window
  const std::vector<std::string> texts = {report(40), "", long_text, report(41), std::string("a\0b\xff", 4)};
  for (int round = 0; round < 2; ++round) {
    for (const auto& text : texts) {
      auto stored = with.compress(text);
      CHECK(reader.decompress(stored) == text);
      CHECK(inflate_as_zlib_does(stored, dictionary) == text);
      CHECK(decompress_text(stored, dictionary) == text);
    }
  }
  // A text stored without a dictionary reads back too.
  CHECK(reader.decompress(compress_text(report(5))) == report(5));
  // A dictionary longer than deflate's window: both sides keep its end.
  const std::string longer = std::string(kMaxDictionary + 5000, 'x') + dictionary;
  const std::string made_longer = TextCompressor(7, longer).compress(report(6));
  CHECK(TextDecompressor(7, longer).decompress(made_longer) == report(6));
  CHECK(inflate_as_zlib_does(made_longer, longer.substr(longer.size() - kMaxDictionary)) == report(6));
  // deflate names no dictionary in a stream made with an empty one: refused on both sides.
  CHECK_THROWS_AS(TextCompressor(7, ""), CompressError);
  CHECK_THROWS_AS(TextDecompressor(7, ""), CompressError);
}

TEST_CASE("compress: a decompressor refuses what zlib would refuse, and a text of another dictionary") {
  const std::string dictionary = make_dictionary({report(1), report(2)});
  TextCompressor with(7, dictionary);
  TextDecompressor reader(7, dictionary);
  const std::string stored = with.compress(report(40));
  CHECK_THROWS_WITH(TextDecompressor(7, make_dictionary({report(9)})).decompress(stored),
                    Catch::Matchers::Contains("does not match text dictionary 7"));
  CHECK_THROWS_WITH(reader.decompress(TextCompressor(8, dictionary).compress(report(40))),
                    Catch::Matchers::Contains("needs text dictionary 8"));
  // Every single flipped bit past the store's own header (zlib header,
  // dictionary checksum, data, text checksum) is refused, or else reads
  // back what zlib reads; and the reader goes on reading intact texts.
  for (std::size_t at = 3 + 4 + 4; at < stored.size(); ++at) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string bad = stored;
      bad[at] = static_cast<char>(bad[at] ^ (1 << bit));
      INFO("byte " << at << " bit " << bit);
      std::string ours, zlibs;
      bool ours_ok = true, zlib_ok = true;
      try {
        ours = reader.decompress(bad);
      } catch (const CompressError&) {
        ours_ok = false;
      }
      try {
        zlibs = inflate_as_zlib_does(bad, dictionary);
      } catch (const CompressError&) {
        zlib_ok = false;
      }
      CHECK(ours_ok == zlib_ok);
      if (ours_ok && zlib_ok) CHECK(ours == zlibs);
    }
  }
  CHECK(reader.decompress(stored) == report(40));
  for (std::size_t cut = 1; cut < stored.size() - (3 + 4 + 4); ++cut)
    CHECK_THROWS_AS(reader.decompress(stored.substr(0, stored.size() - cut)), CompressError);
}
