#include "registry/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace entente {
namespace {

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

const icu::Normalizer2& nfkd() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKDInstance(status);
  if (U_FAILURE(status) || n == nullptr) {
    throw std::runtime_error("ICU NFKD normaliser unavailable");
  }
  return *n;
}

void append_utf8(std::string& out, UChar32 c) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, 4, c, error);
  if (!error) out.append(buf, static_cast<std::size_t>(len));
}

bool is_space_cp(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         c == 0x202F || c == 0x2009 || c == 0x2007 || c == 0x200B || c == 0xFEFF || u_isspace(c);
}

// What fold_with_icu() makes of each character from U+00A0 to U+017F
// (Latin-1 Supplement, Latin Extended-A) when that is letters a-z ("É" ->
// "e", "Œ" -> "oe", "ß" -> "ss"), nullptr where it is anything else. ICU's
// fold works one character at a time although it is handed a whole string:
// case folding has no context, NFKD never composes and only reorders
// combining marks, and fold drops every one of those. So a character can be
// folded on its own, from a table; ICU was most of an ingest's folding.
// tests/registry/test_text.cpp checks every entry against ICU.
// clang-format off
constexpr std::array<const char*, 0x180 - 0xA0> kLatinFolds = {
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, // U+00A0
    nullptr, nullptr, "a", nullptr, nullptr, nullptr, nullptr, nullptr, // U+00A8
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, // U+00B0
    nullptr, nullptr, "o", nullptr, nullptr, nullptr, nullptr, nullptr, // U+00B8
    "a", "a", "a", "a", "a", "a", "ae", "c", // U+00C0
    "e", "e", "e", "e", "i", "i", "i", "i", // U+00C8
    nullptr, "n", "o", "o", "o", "o", "o", nullptr, // U+00D0
    "o", "u", "u", "u", "u", "y", nullptr, "ss", // U+00D8
    "a", "a", "a", "a", "a", "a", "ae", "c", // U+00E0
    "e", "e", "e", "e", "i", "i", "i", "i", // U+00E8
    nullptr, "n", "o", "o", "o", "o", "o", nullptr, // U+00F0
    "o", "u", "u", "u", "u", "y", nullptr, "y", // U+00F8
    "a", "a", "a", "a", "a", "a", "c", "c", // U+0100
    "c", "c", "c", "c", "c", "c", "d", "d", // U+0108
    "d", "d", "e", "e", "e", "e", "e", "e", // U+0110
    "e", "e", "e", "e", "g", "g", "g", "g", // U+0118
    "g", "g", "g", "g", "h", "h", nullptr, nullptr, // U+0120
    "i", "i", "i", "i", "i", "i", "i", "i", // U+0128
    "i", "i", "ij", "ij", "j", "j", "k", "k", // U+0130
    nullptr, "l", "l", "l", "l", "l", "l", nullptr, // U+0138
    nullptr, "l", "l", "n", "n", "n", "n", "n", // U+0140
    "n", nullptr, nullptr, nullptr, "o", "o", "o", "o", // U+0148
    "o", "o", "oe", "oe", "r", "r", "r", "r", // U+0150
    "r", "r", "s", "s", "s", "s", "s", "s", // U+0158
    "s", "s", "t", "t", "t", "t", nullptr, nullptr, // U+0160
    "u", "u", "u", "u", "u", "u", "u", "u", // U+0168
    "u", "u", "u", "u", "w", "w", "y", "y", // U+0170
    "y", "z", "z", "z", "z", "z", "z", "s", // U+0178
};
// clang-format on

// An ASCII character folded: lower case, and the grave accent read as an
// apostrophe, so that a string folds the same whether or not it also holds a
// character only ICU knows.
char fold_ascii(char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  return c == '`' ? '\'' : c;
}

// Appends the folded form of the character at byte `i` when it is ASCII, in
// kLatinFolds, one of the hyphens and dashes U+2010..U+2014 or one of the
// quotes U+2018, U+2019; returns its length in bytes, or 0 for anything else
// (another character, a combining mark, invalid UTF-8).
std::size_t fold_known(std::string_view text, std::size_t i, std::string& out) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) {
    out.push_back(fold_ascii(static_cast<char>(c)));
    return 1;
  }
  if ((c & 0xE0) == 0xC0 && i + 1 < text.size() && (byte(i + 1) & 0xC0) == 0x80) {
    const unsigned cp = ((c & 0x1Fu) << 6) | (byte(i + 1) & 0x3Fu);
    if (cp < 0xA0 || cp >= 0x180 || kLatinFolds[cp - 0xA0] == nullptr) return 0;
    out += kLatinFolds[cp - 0xA0];
    return 2;
  }
  if (c == 0xE2 && i + 2 < text.size() && byte(i + 1) == 0x80) {
    const unsigned char last = byte(i + 2);
    if (last >= 0x90 && last <= 0x94) {
      out.push_back('-');
      return 3;
    }
    if (last == 0x98 || last == 0x99) {
      out.push_back('\'');
      return 3;
    }
  }
  return 0;
}

} // namespace

std::string fold(std::string_view text) {
  if (is_ascii(text)) {
    std::string out(text);
    for (char& c : out)
      c = fold_ascii(c);
    return out;
  }
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      out.push_back(fold_ascii(c));
      ++i;
      continue;
    }
    if (std::size_t n = fold_known(text, i, out)) {
      i += n;
      continue;
    }
    // What the table does not know (« », a no-break space, another script,
    // broken UTF-8) goes to ICU up to the next ASCII byte, which no
    // character, valid or not, spans.
    std::size_t end = i + 1;
    while (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80)
      ++end;
    out += detail::fold_with_icu(text.substr(i, end - i));
    i = end;
  }
  return out;
}

namespace detail {

bool folds_without_icu(std::string_view text) {
  std::string scratch;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = fold_known(text, i, scratch);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string fold_with_icu(std::string_view text) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  u.foldCase();
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString d = nfkd().normalize(u, status);
  if (U_FAILURE(status)) d = u;
  std::string out;
  out.reserve(text.size());
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    int8_t type = static_cast<int8_t>(u_charType(c));
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK) continue;
    switch (c) {
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0x2032:
    case 0x00B4:
    case 0x0060:
      out.push_back('\'');
      continue;
    case 0x0153:
      out += "oe";
      continue; // œ
    case 0x00E6:
      out += "ae";
      continue; // æ
    case 0x00F8:
      out += "o";
      continue; // ø
    case 0x0111:
      out += "d";
      continue; // đ
    case 0x0142:
      out += "l";
      continue; // ł
    case 0x0131:
      out += "i";
      continue; // dotless i
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
      out.push_back('-');
      continue;
    default:
      break;
    }
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

} // namespace detail

std::string slugify(std::string_view text) {
  std::string f = fold(text);
  std::string out;
  out.reserve(f.size());
  bool pending_dash = false;
  for (std::size_t i = 0; i < f.size();) {
    UChar32 c = 0;
    int32_t off = static_cast<int32_t>(i);
    U8_NEXT(f.data(), off, static_cast<int32_t>(f.size()), c);
    std::size_t len = static_cast<std::size_t>(off) - i;
    bool keep = c > 0 && (u_isalnum(c) != 0);
    if (keep) {
      if (pending_dash && !out.empty()) out.push_back('-');
      pending_dash = false;
      out.append(f, i, len);
    } else {
      pending_dash = true;
    }
    i = static_cast<std::size_t>(off);
  }
  return out;
}

std::vector<std::string> fold_words(std::string_view text) {
  std::string f = fold(text);
  std::vector<std::string> words;
  std::string cur;
  for (std::size_t i = 0; i < f.size();) {
    UChar32 c = 0;
    int32_t off = static_cast<int32_t>(i);
    U8_NEXT(f.data(), off, static_cast<int32_t>(f.size()), c);
    if (c > 0 && u_isalnum(c)) {
      cur.append(f, i, static_cast<std::size_t>(off) - i);
    } else if (!cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
    i = static_cast<std::size_t>(off);
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

std::string trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end) {
    UChar32 c = 0;
    int32_t off = static_cast<int32_t>(begin);
    U8_NEXT(text.data(), off, static_cast<int32_t>(end), c);
    if (!is_space_cp(c)) break;
    begin = static_cast<std::size_t>(off);
  }
  while (end > begin) {
    int32_t off = static_cast<int32_t>(end);
    UChar32 c = 0;
    U8_PREV(text.data(), static_cast<int32_t>(begin), off, c);
    if (!is_space_cp(c)) break;
    end = static_cast<std::size_t>(off);
  }
  return std::string(text.substr(begin, end - begin));
}

std::string squeeze_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    UChar32 c = 0;
    int32_t off = static_cast<int32_t>(i);
    U8_NEXT(text.data(), off, static_cast<int32_t>(text.size()), c);
    if (is_space_cp(c)) {
      space = true;
    } else {
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.append(text.substr(i, static_cast<std::size_t>(off) - i));
    }
    i = static_cast<std::size_t>(off);
  }
  return out;
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    UChar32 c = 0;
    int32_t off = static_cast<int32_t>(i);
    U8_NEXT(text.data(), off, static_cast<int32_t>(text.size()), c);
    if (c < 0) return false;
    i = static_cast<std::size_t>(off);
  }
  return true;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::string fa = fold(a);
  std::string fb = fold(b);
  std::vector<std::size_t> prev(fb.size() + 1);
  std::vector<std::size_t> cur(fb.size() + 1);
  for (std::size_t j = 0; j <= fb.size(); ++j)
    prev[j] = j;
  for (std::size_t i = 1; i <= fa.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= fb.size(); ++j) {
      std::size_t sub = prev[j - 1] + (fa[i - 1] == fb[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[fb.size()];
}

std::vector<std::string> split_list(std::string_view text, char delimiter) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(delimiter, start);
    if (end == std::string_view::npos) end = text.size();
    std::string piece = trim(text.substr(start, end - start));
    if (!piece.empty()) out.push_back(std::move(piece));
    start = end + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += separator;
    out += parts[i];
  }
  return out;
}

} // namespace entente
