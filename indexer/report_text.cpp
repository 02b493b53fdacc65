#include "indexer/report_text.hpp"

#include "registry/text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace entente::indexer {
namespace {

UChar32 first_cp(std::string_view s) {
  if (s.empty()) return -1;
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

// Prefixes that keep their hyphen in French compounds even when the
// compound is broken at the line end ("sous-" / "ministre").
bool keeps_hyphen(std::string_view word) {
  static constexpr std::array<std::string_view, 22> prefixes = {
      "sous", "vice", "ex",  "non",   "socio", "post", "pre", "anti",  "semi", "mi",    "demi",
      "nord", "sud",  "est", "ouest", "auto",  "self", "co",  "multi", "bien", "grand", "arriere"};
  std::string f = fold(word);
  return std::find(prefixes.begin(), prefixes.end(), f) != prefixes.end();
}

// The second halves of French compounds, broken at their own hyphen
// ("accord-" / "cadre", "main-" / "d'œuvre", "projet-" / "pilote"): a word
// is never cut before an elided article, nor before these words.
bool keeps_hyphen_before(std::string_view rest) {
  // (Not "aujour-" / "d'hui", the one word that hyphenates so.)
  if (rest.size() >= 2 && (rest[0] == 'd' || rest[0] == 'l') &&
      (rest[1] == '\'' || rest.substr(1).starts_with("’")))
    return !rest.starts_with("d'hui") && !rest.starts_with("d’hui");
  std::size_t end = 0;
  while (end < rest.size() && is_word_byte(rest[end]))
    ++end;
  // ("ministre-" / "délégué", "ministre-" / "président": titles.)
  static constexpr std::array<std::string_view, 20> tails = {
      "cadre",   "cadres",   "cle",       "cles",       "pilote",    "pilotes",   "phare",
      "phares",  "conseil",  "conseils",  "adjoint",    "adjointe",  "adjoints",  "adjointes",
      "delegue", "deleguee", "president", "presidente", "residente", "residentes"};
  const std::string f = fold(rest.substr(0, end));
  return std::find(tails.begin(), tails.end(), f) != tails.end();
}

bool is_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 30> abbr = {
      "m",   "mm",  "mme", "mmes", "mlle", "dr", "dre", "me", "st",  "ste", "mr", "mrs", "ms", "prof", "hon",
      "inc", "ltd", "no",  "art",  "p",    "pp", "env", "ex", "vol", "av",  "co", "jr",  "sr", "ch",   "cf"};
  std::string f = fold(word);
  if (f.size() == 1) return true; // an initial
  return std::find(abbr.begin(), abbr.end(), f) != abbr.end();
}

} // namespace

bool is_table_rule(std::string_view line) {
  std::size_t dashes = 0;
  std::size_t groups = 0;
  bool in_group = false;
  for (char c : line) {
    if (c == '-' || c == '=') {
      ++dashes;
      if (!in_group) ++groups;
      in_group = true;
    } else if (c == ' ' || c == '|' || c == '+' || c == ':' || c == '\t' || c == '\r') {
      in_group = false;
    } else {
      return false;
    }
  }
  return dashes >= 6 && groups >= 2;
}

bool is_month_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 17> months = {"janv", "fevr", "fev", "avr", "juil", "sept",
                                                              "oct",  "nov",  "dec", "jan", "feb",  "mar",
                                                              "apr",  "jun",  "jul", "aug", "sep"};
  const std::string f = fold(word);
  return std::find(months.begin(), months.end(), f) != months.end();
}

namespace {

bool ends_with_hyphen(std::string_view text) {
  return text.size() >= 2 && text.back() == '-' && is_word_byte(text[text.size() - 2]);
}

// A word cut by a hyphen at the line end: mend it when the next line goes
// on in lower case ("coopéra-" / "tion"), keep the hyphen of real
// compounds ("Québec-" / "Shandong", "sous-" / "ministre").
bool mends_broken_word(std::string_view text, std::string_view next_line) {
  if (!ends_with_hyphen(text)) return false;
  std::size_t word_begin = text.size() - 1;
  while (word_begin > 0 && is_word_byte(text[word_begin - 1]))
    --word_begin;
  std::string_view fragment(text.data() + word_begin, text.size() - 1 - word_begin);
  const auto first = next_line.find_first_not_of(" \t");
  UChar32 next = first == std::string_view::npos ? -1 : first_cp(next_line.substr(first));
  if (next < 0 || !u_islower(next) || keeps_hyphen(fragment)) return false;
  return !keeps_hyphen_before(next_line.substr(first));
}

} // namespace

std::string mend_broken_words(std::string text) {
  std::size_t at = text.find("-\n");
  if (at == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  std::size_t from = 0;
  for (; at != std::string::npos; at = text.find("-\n", at + 2)) {
    const std::string_view before(text.data(), at + 1);
    const std::size_t next_begin = at + 2;
    const std::size_t next_end = std::min(text.find('\n', next_begin), text.size());
    if (!mends_broken_word(before, std::string_view(text).substr(next_begin, next_end - next_begin)))
      continue;
    out.append(text, from, at - from);
    from = text.find_first_not_of(" \t", next_begin);
    if (from == std::string::npos) from = text.size();
  }
  out.append(text, from, std::string::npos);
  return out;
}

int JoinedText::line_at(std::size_t offset) const {
  if (starts.empty()) return 0;
  auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  std::size_t idx = it == starts.begin() ? 0 : static_cast<std::size_t>(it - starts.begin() - 1);
  return lines[idx];
}

void JoinedText::append_line(std::string_view raw, int number) {
  std::string line = trim(raw);
  if (line.empty()) return;
  if (text.empty()) {
    starts.push_back(0);
    lines.push_back(number);
    text = line;
    return;
  }
  if (ends_with_hyphen(text)) {
    if (mends_broken_word(text, line)) text.pop_back();
    starts.push_back(text.size());
  } else {
    text.push_back(' ');
    starts.push_back(text.size());
  }
  lines.push_back(number);
  text += line;
}

JoinedText join_lines(const std::vector<std::string>& lines, int first, int last) {
  JoinedText out;
  for (int n = std::max(first, 1); n <= last && n <= static_cast<int>(lines.size()); ++n) {
    out.append_line(lines[static_cast<std::size_t>(n - 1)], n);
  }
  return out;
}

std::vector<Sentence> split_sentences(const JoinedText& joined) {
  std::vector<Sentence> out;
  const std::string& t = joined.text;
  std::size_t begin = 0;
  auto emit = [&](std::size_t end) {
    std::size_t b = begin;
    while (b < end && t[b] == ' ')
      ++b;
    std::size_t e = end;
    while (e > b && t[e - 1] == ' ')
      --e;
    if (e > b) {
      Sentence s;
      s.text = t.substr(b, e - b);
      s.begin = b;
      s.end = e;
      s.line = joined.line_at(b);
      s.line_end = joined.line_at(e - 1);
      out.push_back(std::move(s));
    }
    begin = end;
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t j = i + 1;
    // Closing quotes or brackets stay with the sentence they end.
    while (j < t.size() && (t[j] == ')' || t[j] == '"' || t[j] == '\''))
      ++j;
    if (t.compare(j, 2, "\xC2\xBB") == 0) j += 2;
    // So does a footnote's mark: "2016.[1]", "2016.¹".
    if (j < t.size() && t[j] == '[') {
      std::size_t d = j + 1;
      while (d < t.size() && d < j + 4 && std::isdigit(static_cast<unsigned char>(t[d])))
        ++d;
      if (d > j + 1 && d < t.size() && t[d] == ']') j = d + 1;
    }
    while (t.compare(j, 2, "\xC2\xB9") == 0 || t.compare(j, 2, "\xC2\xB2") == 0 ||
           t.compare(j, 2, "\xC2\xB3") == 0 ||
           (t.compare(j, 2, "\xE2\x81") == 0 && j + 2 < t.size() &&
            static_cast<unsigned char>(t[j + 2]) >= 0xB0 && static_cast<unsigned char>(t[j + 2]) <= 0xB9))
      j += t.compare(j, 2, "\xE2\x81") == 0 ? 3 : 2;
    if (j >= t.size() || t[j] != ' ') continue;
    std::size_t k = j;
    while (k < t.size() && t[k] == ' ')
      ++k;
    if (k >= t.size()) continue;
    std::string_view next(t.data() + k, t.size() - k);
    UChar32 n = first_cp(next);
    bool opener = next.rfind("\xC2\xAB", 0) == 0 || next[0] == '"' || next[0] == '(' ||
                  std::isdigit(static_cast<unsigned char>(next[0])) || next[0] == '-';
    if (!(n >= 0 && u_isupper(n)) && !opener) continue;
    if (c == '.') {
      std::size_t w = i;
      while (w > 0 && is_word_byte(t[w - 1]))
        --w;
      // "Great Lakes–St. Lawrence": the word after a dash joining two names.
      for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94", "-"}) {
        if (const auto at = std::string_view(t.data() + w, i - w).rfind(dash); at != std::string_view::npos)
          w += at + dash.size();
      }
      if (w < i && is_abbreviation(std::string_view(t.data() + w, i - w))) continue;
      if (w < i && std::isdigit(static_cast<unsigned char>(next[0])) &&
          is_month_abbreviation(std::string_view(t.data() + w, i - w)))
        continue;
    }
    emit(j);
  }
  emit(t.size());
  return out;
}

FoldedText::FoldedText(std::string_view source) {
  text.reserve(source.size());
  to_source.reserve(source.size() + 1);
  for (std::size_t i = 0; i < source.size();) {
    auto c = static_cast<unsigned char>(source[i]);
    if (c < 0x80) {
      text.push_back(static_cast<char>(std::tolower(c)));
      to_source.push_back(i);
      ++i;
      continue;
    }
    int32_t j = static_cast<int32_t>(i);
    UChar32 cp = 0;
    U8_NEXT(source.data(), j, static_cast<int32_t>(source.size()), cp);
    std::string piece = cp < 0 ? std::string("?") : fold(source.substr(i, static_cast<std::size_t>(j) - i));
    for (char p : piece) {
      text.push_back(p);
      to_source.push_back(i);
    }
    i = static_cast<std::size_t>(j);
  }
  to_source.push_back(source.size());
}

std::size_t find_words(std::string_view folded, std::string_view phrase, std::size_t pos) {
  while (true) {
    std::size_t at = folded.find(phrase, pos);
    if (at == std::string_view::npos) return at;
    bool left = at == 0 || !is_word_byte(folded[at - 1]);
    std::size_t end = at + phrase.size();
    bool right = end >= folded.size() || !is_word_byte(folded[end]) || !is_word_byte(phrase.back());
    if (left && right) return at;
    pos = at + 1;
  }
}

bool is_word_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80;
}

std::vector<std::string_view> words_before(std::string_view folded, std::size_t at, std::size_t max) {
  std::vector<std::string_view> out;
  std::size_t i = at;
  while (out.size() < max && i > 0) {
    while (i > 0 && (folded[i - 1] == ' ' || folded[i - 1] == '\''))
      --i;
    if (i == 0 || !is_word_byte(folded[i - 1])) break;
    std::size_t end = i;
    while (i > 0 && is_word_byte(folded[i - 1]))
      --i;
    out.push_back(folded.substr(i, end - i));
  }
  return out;
}

bool starts_with_upper(std::string_view text) {
  UChar32 c = first_cp(text);
  return c >= 0 && u_isupper(c);
}

bool starts_with_lower(std::string_view text) {
  UChar32 c = first_cp(text);
  return c >= 0 && u_islower(c);
}

} // namespace entente::indexer
