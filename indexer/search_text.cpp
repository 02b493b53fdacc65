#include "indexer/search_text.hpp"

#include "indexer/folded_stem.hpp"
#include "registry/text.hpp"

#include <xapian.h>

#include <array>

namespace entente::indexer {
namespace {

bool is_letter_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

} // namespace

bool is_elision(std::string_view w) {
  static constexpr std::array<std::string_view, 13> elisions = {
      "l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu"};
  for (auto e : elisions) {
    if (w == e) return true;
  }
  return false;
}

std::string split_elisions(std::string_view folded) {
  std::string out(folded);
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] != '\'' || i == 0 || i + 1 >= out.size()) continue;
    if (!is_letter_byte(static_cast<unsigned char>(out[i + 1]))) continue;
    std::size_t start = i;
    while (start > 0 && is_letter_byte(static_cast<unsigned char>(out[start - 1])))
      --start;
    if (i - start <= 6 && is_elision(std::string_view(out).substr(start, i - start))) out[i] = ' ';
  }
  return out;
}

std::string normalize_for_index(std::string_view text) {
  return split_elisions(fold(text));
}

std::string stem_word(std::string_view language, std::string_view word) {
  // Stemmers are cheap to copy but not to construct; one per thread and language.
  thread_local Xapian::Stem french = make_stem("french");
  thread_local Xapian::Stem english = make_stem("english");
  return language == "en" ? english(std::string(word)) : french(std::string(word));
}

} // namespace entente::indexer

namespace entente::indexer {

std::optional<std::string> date_key(std::string_view iso, bool latest) {
  auto digits = [&](std::size_t pos, std::size_t n) {
    if (iso.size() < pos + n) return false;
    for (std::size_t i = pos; i < pos + n; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return false;
    }
    return true;
  };
  if (!digits(0, 4)) return std::nullopt;
  std::string key(iso.substr(0, 4));
  const char* pad = latest ? "99" : "00";
  if (iso.size() == 4) return key + pad + pad;
  if (iso[4] != '-' || !digits(5, 2)) return std::nullopt;
  int month = (iso[5] - '0') * 10 + (iso[6] - '0');
  if (month < 1 || month > 12) return std::nullopt;
  key += iso.substr(5, 2);
  if (iso.size() == 7) return key + pad;
  if (iso[7] != '-' || !digits(8, 2)) return std::nullopt;
  int day = (iso[8] - '0') * 10 + (iso[9] - '0');
  if (day < 1 || day > 31) return std::nullopt;
  if (iso.size() > 10 && iso[10] != 'T' && iso[10] != ' ') return std::nullopt;
  return key + std::string(iso.substr(8, 2));
}

std::string_view utf8_prefix(std::string_view s, std::size_t max) {
  if (s.size() <= max) return s;
  while (max > 0 && (static_cast<unsigned char>(s[max]) & 0xC0) == 0x80)
    --max;
  return s.substr(0, max);
}

} // namespace entente::indexer
