#include "registry/compress.hpp"

#include <catch2/catch.hpp>

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
