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
