#pragma once
// Words of running text with their byte offsets, shared by the gazetteer and
// the taxonomy matchers. Each word is folded on its own so that offsets into
// the original text stay exact, and its case is kept because proper nouns
// are told from ordinary words by their capital.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string folded;
  bool capital = false;  // first letter upper or title case
  bool all_caps = false; // every letter upper case (headings, acronyms)
  bool sentence_start = false;
};

std::vector<Token> tokenize(std::string_view text);

} // namespace entente
