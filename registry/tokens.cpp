#include "registry/tokens.hpp"

#include "registry/text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace entente {

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  const auto n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool boundary = true; // start of text or after sentence punctuation
  while (i < n) {
    int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0 || !u_isalnum(c)) {
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n' || c == 0x2022)
        boundary = true;
      continue;
    }
    Token t;
    t.begin = static_cast<std::size_t>(start);
    t.capital = u_isupper(c) || u_istitle(c);
    bool all_caps = t.capital;
    bool ascii = c < 0x80;
    int32_t end = i;
    while (i < n) {
      UChar32 d = 0;
      int32_t next = i;
      U8_NEXT(text.data(), next, n, d);
      if (d < 0) break;
      int8_t type = static_cast<int8_t>(u_charType(d));
      bool mark = type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
      if (!mark && !u_isalnum(d)) break;
      if (!mark && u_islower(d)) all_caps = false;
      if (d >= 0x80) ascii = false;
      i = next;
      end = next;
    }
    t.end = static_cast<std::size_t>(end);
    t.all_caps = all_caps;
    t.sentence_start = boundary;
    boundary = false;
    std::string_view word = text.substr(t.begin, t.end - t.begin);
    if (ascii) {
      t.folded.assign(word);
      for (char& ch : t.folded) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      }
    } else {
      t.folded = fold(word);
    }
    tokens.push_back(std::move(t));
  }
  return tokens;
}

} // namespace entente
