#include "indexer/highlight.hpp"

#include "indexer/search_text.hpp"
#include "registry/text.hpp"

#include <unicode/utf8.h>
#include <xapian.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <unordered_map>

namespace entente::indexer {
namespace {

struct Word {
  std::size_t begin, end; // byte offsets into the text
  int key = -1;           // for a match: its folded form's id among the maker's distinct matches
};

// What fold() reads as an apostrophe (registry/text.cpp), so that the index
// and the snippets split "l`hôpital" and keep "aujourd‘hui" alike.
bool is_apostrophe(unsigned ch) {
  return ch == '\'' || ch == '`' || ch == 0x2018 || ch == 0x2019 || ch == 0x02BC || ch == 0x2032;
}

bool is_elision_word(std::string_view folded) {
  return folded == "l" || folded == "d" || folded == "j" || folded == "m" || folded == "n" || folded == "s" ||
         folded == "t" || folded == "c" || folded == "qu" || folded == "lorsqu" || folded == "puisqu" ||
         folded == "jusqu" || folded == "quoiqu";
}

// Xapian's word characters for ASCII, looked up once: reports are mostly
// ASCII, and decoding every byte through Xapian's Unicode tables was a tenth
// of a whole search command.
const std::array<bool, 128>& ascii_wordchars() {
  static const std::array<bool, 128> table = [] {
    std::array<bool, 128> t{};
    for (unsigned c = 0; c < 128; ++c)
      t[c] = Xapian::Unicode::is_wordchar(c);
    return t;
  }();
  return table;
}

// The character at byte `i`: its code point (or -1 for a broken sequence)
// and the offset just after it.
struct Char {
  UChar32 cp;
  std::size_t next;
};

Char char_at(std::string_view text, std::size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return {static_cast<UChar32>(c), i + 1};
  auto off = static_cast<int32_t>(i);
  UChar32 cp = 0;
  U8_NEXT(text.data(), off, static_cast<int32_t>(text.size()), cp);
  return {cp, static_cast<std::size_t>(off)};
}

bool is_wordchar(UChar32 cp) {
  if (cp < 0) return false;
  if (cp < 0x80) return ascii_wordchars()[static_cast<std::size_t>(cp)];
  return Xapian::Unicode::is_wordchar(static_cast<unsigned>(cp));
}

// Which bytes of `text` are word characters (Xapian's), one bit per byte,
// every byte of a multi-byte character alike; padded with zero bits.
std::vector<std::uint64_t> word_bytes(std::string_view text) {
  std::vector<std::uint64_t> bits(text.size() / 64 + 1, 0);
  const auto& ascii = ascii_wordchars();
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // ASCII bytes gather in a register, one 64-byte block at a time.
    const std::size_t base = i & ~std::size_t{63};
    const std::size_t limit = std::min(n, base + 64);
    std::uint64_t block = 0;
    for (; i < limit; ++i) {
      auto c = static_cast<unsigned char>(text[i]);
      if (c >= 0x80) break;
      block |= std::uint64_t{ascii[c]} << (i - base);
    }
    bits[base >> 6] |= block;
    if (i == limit) continue;
    Char ch = char_at(text, i);
    // U+02BC is a letter to Xapian but an apostrophe to fold(): the tokenizer
    // decides at each apostrophe whether the word goes on.
    if (is_wordchar(ch.cp) && !is_apostrophe(static_cast<unsigned>(ch.cp))) {
      for (std::size_t k = i; k < ch.next; ++k)
        bits[k >> 6] |= std::uint64_t{1} << (k & 63);
    }
    i = ch.next;
  }
  return bits;
}

// The first byte at or after `i` whose bit is `set` (`n` when there is none).
std::size_t next_with(const std::vector<std::uint64_t>& bits, std::size_t n, std::size_t i, bool set) {
  while (i < n) {
    std::uint64_t word = bits[i >> 6];
    if (!set) word = ~word;
    word >>= (i & 63);
    if (word != 0) return std::min(n, i + static_cast<std::size_t>(std::countr_zero(word)));
    i = (i | 63) + 1;
  }
  return n;
}

// Words as the index sees them: Xapian's word characters, an apostrophe inside
// a word kept unless it ends a French elision ("aujourd'hui" is one word,
// "l'hôpital" two). A byte-by-byte scan mispredicted a branch at every word's
// edge; runs of word bytes are found a machine word at a time instead.
std::vector<Word> tokenize(std::string_view text) {
  std::vector<Word> words;
  words.reserve(text.size() / 6);
  const std::size_t n = text.size();
  const auto bits = word_bytes(text);
  auto is_word_byte = [&](std::size_t i) { return i < n && ((bits[i >> 6] >> (i & 63)) & 1) != 0; };
  std::size_t i = next_with(bits, n, 0, true);
  while (i < n) {
    const std::size_t begin = i;
    std::size_t end = next_with(bits, n, i, false);
    while (end < n) {
      Char c = char_at(text, end);
      if (!is_apostrophe(static_cast<unsigned>(c.cp)) || !is_word_byte(c.next) ||
          is_elision_word(fold(text.substr(begin, end - begin))))
        break;
      end = next_with(bits, n, c.next, false);
    }
    words.push_back({begin, end});
    i = next_with(bits, n, end, true);
  }
  return words;
}

bool matches(const std::string& folded, const HighlightTerms& terms) {
  if (terms.words.count(folded)) return true;
  for (const auto& p : terms.prefixes) {
    if (folded.starts_with(p)) return true;
  }
  return !terms.stems.empty() && terms.stems.count(stem_word(terms.language, folded));
}

void append_squeezed(std::string& out, std::string_view gap) {
  bool space = false;
  for (char c : gap) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  if (space) out.push_back(' ');
}

} // namespace

// A word that no term's first letter starts cannot match: folding, stemming
// and stems keep a word's first ASCII letter (lower-cased), so most words of a
// report are ruled out without being folded.
struct SnippetMaker::FirstLetters {
  std::array<bool, 128> ascii{};
  bool any = false;
  bool may_match(std::string_view raw) const {
    auto c = static_cast<unsigned char>(raw[0]);
    if (c >= 0x80) return any;
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    return ascii[c];
  }
};

SnippetMaker::SnippetMaker(HighlightTerms terms, SnippetOptions options)
    : terms_(std::move(terms)), options_(options), first_(std::make_unique<FirstLetters>()) {
  auto note_first = [this](const std::string& t) {
    if (t.empty()) return;
    auto c = static_cast<unsigned char>(t[0]);
    if (c < 0x80) first_->ascii[c] = true;
    first_->any = true;
  };
  for (const auto& t : terms_.words)
    note_first(t);
  for (const auto& t : terms_.stems)
    note_first(t);
  for (const auto& t : terms_.prefixes)
    note_first(t);
}

SnippetMaker::~SnippetMaker() = default;

int SnippetMaker::match_of(std::string_view raw) {
  auto it = matches_.find(raw);
  if (it != matches_.end()) return it->second;
  std::string folded = fold(raw);
  int id = -1;
  if (matches(folded, terms_))
    id = match_ids_.try_emplace(std::move(folded), static_cast<int>(match_ids_.size())).first->second;
  matches_.emplace(std::string(raw), id);
  return id;
}

std::string make_snippet(std::string_view text, const HighlightTerms& terms, const SnippetOptions& options) {
  return SnippetMaker(terms, options)(text);
}

std::string SnippetMaker::operator()(std::string_view text) {
  const SnippetOptions& options = options_;
  auto words = tokenize(text);
  if (words.empty()) return {};
  const std::size_t window = std::max<std::size_t>(options.window_words, 1);
  if (!terms_.empty()) {
    for (auto& w : words) {
      std::string_view raw = text.substr(w.begin, w.end - w.begin);
      if (first_->may_match(raw)) w.key = match_of(raw);
    }
  }
  // Most distinct matched words first, then most matches; earliest window wins ties.
  std::size_t best_start = 0, best_distinct = 0, best_total = 0;
  std::vector<int> seen;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].key < 0) continue;
    std::size_t start = i >= 4 ? i - 4 : 0;
    if (start + window > words.size()) start = words.size() > window ? words.size() - window : 0;
    seen.clear();
    std::size_t total = 0;
    for (std::size_t k = start; k < std::min(words.size(), start + window); ++k) {
      if (words[k].key < 0) continue;
      ++total;
      if (std::find(seen.begin(), seen.end(), words[k].key) == seen.end()) seen.push_back(words[k].key);
    }
    if (seen.size() > best_distinct || (seen.size() == best_distinct && total > best_total)) {
      best_start = start;
      best_distinct = seen.size();
      best_total = total;
    }
  }
  const std::size_t stop = std::min(words.size(), best_start + window);
  std::string out;
  if (best_start > 0) out += options.ellipsis;
  for (std::size_t k = best_start; k < stop; ++k) {
    if (k > best_start)
      append_squeezed(out, text.substr(words[k - 1].end, words[k].begin - words[k - 1].end));
    else if (best_start > 0)
      out.push_back(' ');
    std::string_view word = text.substr(words[k].begin, words[k].end - words[k].begin);
    if (words[k].key >= 0) {
      out += options.hi_start;
      out += word;
      out += options.hi_end;
    } else {
      out += word;
    }
  }
  // Keep the sentence's closing punctuation when the window ends the text.
  if (stop == words.size()) {
    append_squeezed(out, text.substr(words.back().end));
    while (!out.empty() && out.back() == ' ')
      out.pop_back();
  } else {
    out += options.ellipsis;
  }
  return out;
}

} // namespace entente::indexer
