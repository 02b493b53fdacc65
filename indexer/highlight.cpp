#include "indexer/highlight.hpp"

#include "indexer/search_text.hpp"
#include "registry/text.hpp"

#include <xapian.h>

#include <algorithm>
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

// Words as the index sees them: Xapian's word characters, an apostrophe inside
// a word kept unless it ends a French elision ("aujourd'hui" is one word,
// "l'hôpital" two).
std::vector<Word> tokenize(std::string_view text) {
  std::vector<Word> words;
  Xapian::Utf8Iterator it(text.data(), text.size()), end;
  auto offset = [&](const Xapian::Utf8Iterator& i) {
    return static_cast<std::size_t>(i.raw() - text.data());
  };
  while (it != end) {
    if (!Xapian::Unicode::is_wordchar(*it)) {
      ++it;
      continue;
    }
    Word w{offset(it), 0, false, {}};
    while (it != end) {
      if (Xapian::Unicode::is_wordchar(*it)) {
        ++it;
        continue;
      }
      if (is_apostrophe(*it)) {
        auto next = it;
        ++next;
        if (next != end && Xapian::Unicode::is_wordchar(*next) &&
            !is_elision_word(fold(text.substr(w.begin, offset(it) - w.begin)))) {
          it = next;
          continue;
        }
      }
      break;
    }
    w.end = it == end ? text.size() : offset(it);
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
    // A report repeats its words; folding and stemming each distinct word once
    // keeps snippets cheap on long texts.
    std::unordered_map<std::string_view, bool> seen;
    for (auto& w : words) {
      std::string_view raw = text.substr(w.begin, w.end - w.begin);
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
