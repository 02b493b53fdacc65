#include "indexer/highlight.hpp"

#include "indexer/search_text.hpp"
#include "registry/text.hpp"

#include <unicode/utf8.h>
#include <xapian.h>

#include <algorithm>
#include <array>
#include <unordered_map>

namespace entente::indexer {
namespace {

struct Word {
  std::size_t begin, end; // byte offsets into the text
  bool hit = false;
  std::string key; // folded form, to count distinct matches
};

bool is_apostrophe(unsigned ch) {
  return ch == '\'' || ch == 0x2019;
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

// Words as the index sees them: Xapian's word characters, an apostrophe inside
// a word kept unless it ends a French elision ("aujourd'hui" is one word,
// "l'hôpital" two).
std::vector<Word> tokenize(std::string_view text) {
  std::vector<Word> words;
  words.reserve(text.size() / 6);
  const auto& ascii = ascii_wordchars();
  // Whether a word character starts at byte i; `next` is the byte after it.
  auto wordchar_at = [&](std::size_t i, std::size_t& next) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      next = i + 1;
      return ascii[c];
    }
    Char ch = char_at(text, i);
    next = ch.next;
    return is_wordchar(ch.cp);
  };
  std::size_t i = 0, next = 0;
  while (i < text.size()) {
    if (!wordchar_at(i, next)) {
      i = next;
      continue;
    }
    Word w{i, 0, false, {}};
    i = next;
    while (i < text.size()) {
      if (wordchar_at(i, next)) {
        i = next;
        continue;
      }
      Char c = char_at(text, i);
      std::size_t after = 0;
      if (is_apostrophe(static_cast<unsigned>(c.cp)) && c.next < text.size() && wordchar_at(c.next, after) &&
          !is_elision_word(fold(text.substr(w.begin, i - w.begin)))) {
        i = c.next;
        continue;
      }
      break;
    }
    w.end = i;
    words.push_back(std::move(w));
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

std::string make_snippet(std::string_view text, const HighlightTerms& terms, const SnippetOptions& options) {
  auto words = tokenize(text);
  if (words.empty()) return {};
  const std::size_t window = std::max<std::size_t>(options.window_words, 1);
  if (!terms.empty()) {
    // Folding, stemming and stems keep a word's first ASCII letter (lower-cased),
    // so a word starting with a letter no term starts with cannot match: most
    // words of a report are ruled out without being folded.
    std::array<bool, 128> first{};
    bool any_first = false;
    auto note_first = [&](const std::string& t) {
      if (t.empty()) return;
      auto c = static_cast<unsigned char>(t[0]);
      if (c < 0x80) first[c] = true;
      any_first = true;
    };
    for (const auto& t : terms.words)
      note_first(t);
    for (const auto& t : terms.stems)
      note_first(t);
    for (const auto& t : terms.prefixes)
      note_first(t);
    auto may_match = [&](std::string_view raw) {
      auto c = static_cast<unsigned char>(raw[0]);
      if (c >= 0x80) return any_first;
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      return first[c];
    };
    // A report repeats its words; folding and stemming each distinct word once
    // keeps snippets cheap on long texts.
    std::unordered_map<std::string_view, bool> seen;
    for (auto& w : words) {
      std::string_view raw = text.substr(w.begin, w.end - w.begin);
      if (!may_match(raw)) continue;
      auto [it, fresh] = seen.try_emplace(raw, false);
      if (fresh) it->second = matches(fold(raw), terms);
      if (it->second) {
        w.hit = true;
        w.key = fold(raw);
      }
    }
  }
  // Most distinct matched words first, then most matches; earliest window wins ties.
  std::size_t best_start = 0, best_distinct = 0, best_total = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!words[i].hit) continue;
    std::size_t start = i >= 4 ? i - 4 : 0;
    if (start + window > words.size()) start = words.size() > window ? words.size() - window : 0;
    std::vector<std::string_view> seen;
    std::size_t total = 0;
    for (std::size_t k = start; k < std::min(words.size(), start + window); ++k) {
      if (!words[k].hit) continue;
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
    if (words[k].hit) {
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
