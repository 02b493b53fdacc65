#include "indexer/query.hpp"

#include "indexer/folded_stem.hpp"
#include "indexer/instrument_terms.hpp"
#include "indexer/phrase_rewrite.hpp"
#include "indexer/query_grammar.hpp"
#include "indexer/query_impl.hpp"
#include "indexer/search_error.hpp"
#include "indexer/search_schema.hpp"
#include "indexer/search_text.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>

namespace entente::indexer {
namespace {

enum class FieldKind { Filter, Text };

struct FieldSpec {
  const char* name;
  FieldKind kind;
};

// Filters are resolved by our FieldProcessors; text fields are prefixed words.
constexpr FieldSpec kFields[] = {
    {"partner", FieldKind::Filter}, {"place", FieldKind::Filter}, {"domain", FieldKind::Filter},
    {"year", FieldKind::Filter},    {"date", FieldKind::Filter},  {"kind", FieldKind::Filter},
    {"ministry", FieldKind::Text},  {"person", FieldKind::Text},  {"title", FieldKind::Text},
};

const FieldSpec* find_field(std::string_view name) {
  for (const auto& f : kFields) {
    if (name == f.name) return &f;
  }
  return nullptr;
}

std::string field_list() {
  std::string out;
  for (const auto& f : kFields) {
    if (!out.empty()) out += ", ";
    out += f.name;
    out += ':';
  }
  return out;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

[[noreturn]] void fail(const std::string& message) {
  throw QueryError(message);
}

std::string join_suggestions(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < 5; ++i) {
    if (i) out += ", ";
    out += names[i];
  }
  return out;
}

// Each filter's value -> its Xapian query; throws QueryError with the fix.
Xapian::Query partner_filter(const QueryResolver& resolver, const std::string& field,
                             const std::string& prefix, const std::string& value) {
  std::string v = trim(value);
  if (v.empty()) fail(fmt::format("{}: needs a partner name, e.g. {}:shandong", field, field));
  auto slug = resolver.partner(v);
  if (!slug) {
    auto near = resolver.partner_suggestions(v);
    std::string msg = fmt::format("unknown partner \"{}\" in {}:", v, field);
    if (!near.empty()) msg += fmt::format("; did you mean {}?", join_suggestions(near));
    msg += " (`entente partners` lists the known partners; quote names of several words: "
           "partner:\"province du Shandong\")";
    fail(msg);
  }
  return Xapian::Query(prefix + *slug);
}

Xapian::Query domain_filter(const QueryResolver& resolver, const std::string& value) {
  std::string v = trim(value);
  if (v.empty()) fail("domain: needs a domain, e.g. domain:health or domain:\"santé publique\"");
  auto slug = resolver.domain(v);
  if (!slug) {
    auto near = resolver.domain_suggestions(v);
    std::string msg = fmt::format("unknown domain \"{}\" in domain:", v);
    if (!near.empty()) msg += fmt::format("; did you mean {}?", join_suggestions(near));
    fail(msg);
  }
  std::vector<Xapian::Query> terms{Xapian::Query(std::string(schema::kDomain) + *slug)};
  for (const auto& inside : resolver.domains_inside(*slug))
    terms.emplace_back(std::string(schema::kDomain) + inside);
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query kind_filter(const std::string& value) {
  std::string v = fold(trim(value));
  std::string kind;
  if (v == "mission" || v == "missions")
    kind = "mission";
  else if (v == "agreement" || v == "agreements" || v == "accord" || v == "accords" || v == "entente" ||
           v == "ententes")
    kind = "agreement";
  else if (v == "mou" || v == "mous" || v == "protocole" || v == "protocoles" || v == "protocole d'entente")
    kind = "mou";
  else
    fail(fmt::format("unknown kind \"{}\" in kind:; use kind:mission, kind:agreement or kind:mou", value));
  return Xapian::Query(std::string(schema::kKind) + kind);
}

// Splits "A..B" into its two ends; a value without ".." gives one end only.
struct RangeText {
  bool is_range = false;
  std::string low, high;
};

RangeText split_range(std::string_view v) {
  RangeText r;
  auto dots = v.find("..");
  if (dots == std::string_view::npos) {
    r.low = std::string(v);
    return r;
  }
  r.is_range = true;
  r.low = std::string(v.substr(0, dots));
  r.high = std::string(v.substr(dots + 2));
  return r;
}

bool is_year(std::string_view s) {
  return s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Xapian::Query year_filter(const std::string& raw) {
  std::string value = trim(raw);
  const std::string usage = "write a year as four digits (year:2008) or a range (year:2008..2017, "
                            "year:2015.., year:..2010)";
  if (value.size() == 9 && value[4] == '-' && is_year(value.substr(0, 4)) && is_year(value.substr(5))) {
    fail(
        fmt::format("year:{} is not a range; write year:{}..{}", value, value.substr(0, 4), value.substr(5)));
  }
  auto r = split_range(value);
  if (!r.is_range) {
    if (!is_year(value)) fail(fmt::format("year:{} is not a year; {}", value, usage));
    return Xapian::Query(std::string(schema::kYearTerm) + value);
  }
  if (r.low.empty() && r.high.empty()) fail(fmt::format("year:.. has no bounds; {}", usage));
  for (const auto& end : {r.low, r.high}) {
    if (!end.empty() && !is_year(end))
      fail(fmt::format("year:{}: \"{}\" is not a year; {}", value, end, usage));
  }
  if (r.low.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kYear, r.high);
  if (r.high.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kYear, r.low);
  if (r.low > r.high) {
    fail(fmt::format("year:{} ends before it starts; write year:{}..{}", value, r.high, r.low));
  }
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kYear, r.low, r.high);
}

// A document's dates span [start, end]; date: matches documents whose span
// overlaps the asked period, so a week-long mission is found by any of its days.
Xapian::Query date_filter(const std::string& raw) {
  std::string value = trim(raw);
  const std::string usage = "write YYYY, YYYY-MM or YYYY-MM-DD, or a range such as "
                            "date:2017-09-01..2017-09-30 (either end may be left open)";
  auto r = split_range(value);
  if (!r.is_range) r.high = r.low;
  if (r.low.empty() && r.high.empty()) fail(fmt::format("date:{} has no bounds; {}", value, usage));
  std::optional<std::string> lo, hi;
  if (!r.low.empty()) {
    lo = date_key(r.low, false);
    if (!lo || r.low.size() > 10) fail(fmt::format("date:{}: \"{}\" is not a date; {}", value, r.low, usage));
  }
  if (!r.high.empty()) {
    hi = date_key(r.high, true);
    if (!hi || r.high.size() > 10)
      fail(fmt::format("date:{}: \"{}\" is not a date; {}", value, r.high, usage));
  }
  if (lo && hi && *lo > *hi) {
    fail(fmt::format("date:{} ends before it starts; write date:{}..{}", value, r.high, r.low));
  }
  if (!lo) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kStart, *hi);
  if (!hi) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kEnd, *lo);
  return Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kStart, *hi),
                       Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kEnd, *lo));
}

using FilterFn = std::function<Xapian::Query(const std::string&)>;

FilterFn filter_for(std::string_view field, const QueryResolver& resolver) {
  if (field == "partner")
    return [&resolver](const std::string& v) {
      return partner_filter(resolver, "partner", schema::kPartner, v);
    };
  if (field == "place")
    return [&resolver](const std::string& v) { return partner_filter(resolver, "place", schema::kPlace, v); };
  if (field == "domain") return [&resolver](const std::string& v) { return domain_filter(resolver, v); };
  if (field == "kind") return kind_filter;
  if (field == "year") return year_filter;
  if (field == "date") return date_filter;
  return {};
}

// The filters as Xapian's parser sees them. An exception thrown inside
// parse_query() leaks the parser's state in libxapian 1.4 (LeakSanitizer,
// found by fuzz_query), so inside the parser an error is only recorded, the
// filter matches nothing, and parse_search_query() throws it afterwards.
class FilterProcessor : public Xapian::FieldProcessor {
public:
  FilterProcessor(FilterFn filter, std::string& first_error)
      : filter_(std::move(filter)), first_error_(first_error) {}

  Xapian::Query operator()(const std::string& value) override {
    try {
      return filter_(value);
    } catch (const QueryError& e) {
      if (first_error_.empty()) first_error_ = e.what();
      return Xapian::Query::MatchNothing;
    }
  }

private:
  FilterFn filter_;
  std::string& first_error_;
};

// A prefix among the stems of one field. The index keeps stems only, and the
// stem of a word that starts with the prefix may be shorter than the prefix
// ("cooperation*": cooper) or spelled otherwise ("energy*": energi). So the
// words that start with it are read from the spelling data (every word of the
// index, titles, ministries and names included), stemmed in the parser's
// language, and the stems the field holds are searched, the most frequent
// first, as Xapian's own wildcards take the most frequent terms.
class WildcardProcessor : public Xapian::FieldProcessor {
public:
  WildcardProcessor(Xapian::Database db, const char* stemmer, std::string z_prefix)
      : db_(std::move(db)), stem_(stemmer), z_prefix_(std::move(z_prefix)) {}

  Xapian::Query operator()(const std::string& prefix) override {
    std::map<std::string, Xapian::doccount> frequency;
    std::size_t words = 0;
    auto it = db_.spellings_begin();
    it.skip_to(prefix);
    for (; it != db_.spellings_end() && words < kMaxWords; ++it, ++words) {
      const std::string word = *it;
      if (word.compare(0, prefix.size(), prefix) != 0) break;
      frequency[stem_(word)] += it.get_termfreq();
    }
    std::vector<std::pair<Xapian::doccount, std::string>> ranked;
    for (auto& [stem, f] : frequency)
      ranked.emplace_back(f, z_prefix_ + stem);
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<Xapian::Query> terms;
    for (const auto& [f, term] : ranked) {
      if (terms.size() == kMaxExpansion) break;
      if (db_.term_exists(term)) terms.emplace_back(term);
    }
    // No such word: a term no document has, so the query still reads "nothing here".
    if (terms.empty()) return Xapian::Query(z_prefix_ + prefix);
    return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
  }

  static constexpr std::size_t kMaxExpansion = 200;
  static constexpr std::size_t kMaxWords = 50000;

private:
  Xapian::Database db_;
  Xapian::Stem stem_;
  std::string z_prefix_;
};

// The quotes a phrase may be written in: ASCII, curly (English “…”, German
// „…“ and Swedish ”…”) and guillemets (« … », and German » … «). A quote
// closes only its own kind, so "entente «Québec» renouvelée" is one phrase.
struct Quote {
  unsigned mark = 0; // the code point; 0 when there is no quote
  std::size_t length = 0;
};

Quote quote_at(std::string_view q, std::size_t i) {
  static constexpr std::pair<std::string_view, unsigned> kQuotes[] = {{"\"", '"'},        {"\u00AB", 0xAB},
                                                                      {"\u00BB", 0xBB},   {"\u201C", 0x201C},
                                                                      {"\u201D", 0x201D}, {"\u201E", 0x201E}};
  for (const auto& [text, mark] : kQuotes) {
    if (q.substr(i, text.size()) == text) return {mark, text.size()};
  }
  return {};
}

bool closes(unsigned open, unsigned close) {
  switch (open) {
  case 0xAB:
    return close == 0xBB;
  case 0xBB:
    return close == 0xAB;
  case 0x201C:
    return close == 0x201D || close == 0x201C;
  case 0x201E:
    return close == 0x201C || close == 0x201D;
  default:
    return close == open; // " and ”
  }
}

std::string closing_quote(unsigned open) {
  std::string out;
  Xapian::Unicode::append_utf8(out, open == 0xAB     ? 0xBB
                                    : open == 0xBB   ? 0xAB
                                    : open == 0x201C ? 0x201D
                                    : open == 0x201E ? 0x201C
                                                     : open);
  return out;
}

// What comes before the first word goes: a sign the scan took must touch a
// word ("-,h" is no exclusion to Xapian, and leaves it a syntax error).
std::string without_leading_non_words(const std::string& s) {
  for (Xapian::Utf8Iterator it(s); it != Xapian::Utf8Iterator(); ++it) {
    if (Xapian::Unicode::is_wordchar(*it)) return s.substr(static_cast<std::size_t>(it.raw() - s.data()));
  }
  return {};
}

// Folded text for a free-text position. Elision splitting can turn one word
// into two ("l'agriculture" -> "l agriculture"); a phrase keeps them together.
// Folding can make syntax ("\uFF08" -> "(", "\uFF1A" -> ":", "\uFF0B" -> "+"), and
// a + or - inside a chunk that does not end a word ("\0-a", "e,-\xff") is a
// sign to Xapian, which excludes the next word even past a space: its parser
// would read brackets, fields, quotes and signs the scan never saw, so they
// become spaces ("c++" keeps its pluses). What comes before the first word
// goes too (without_leading_non_words).
std::string free_text(std::string_view raw, bool* became_phrase) {
  std::string folded = normalize_for_index(raw), n;
  unsigned previous = ' ';
  for (Xapian::Utf8Iterator it(folded); it != Xapian::Utf8Iterator(); ++it) {
    unsigned ch = *it;
    bool suffix = Xapian::Unicode::is_wordchar(previous) || (ch == '+' && previous == '+');
    bool syntax = ch == '(' || ch == ')' || ch == '"' || ch == ':' || ch == 0x201C || ch == 0x201D ||
                  ch == 0x201E || ch == 0xAB || ch == 0xBB || ((ch == '+' || ch == '-') && !suffix);
    if (syntax) ch = ' ';
    previous = ch;
    Xapian::Unicode::append_utf8(n, ch);
  }
  n = without_leading_non_words(trim(n));
  *became_phrase = n.find(' ') != std::string::npos;
  return n;
}

// Folded text for a quoted phrase: its words only. Anything else between the
// quotes ("partner:", stray quotes, U+FFFD from broken UTF-8) would otherwise
// reach Xapian's parser, which can read it as syntax and pair the quotes
// differently from us.
std::string phrase_text(std::string_view raw) {
  std::string n = normalize_for_index(raw), out;
  bool gap = false;
  for (Xapian::Utf8Iterator it(n); it != Xapian::Utf8Iterator(); ++it) {
    unsigned ch = *it;
    if (Xapian::Unicode::is_wordchar(ch)) {
      if (gap && !out.empty()) out.push_back(' ');
      gap = false;
      Xapian::Unicode::append_utf8(out, ch);
    } else {
      gap = true;
    }
  }
  return out;
}

void collect_words(std::string_view normalized, std::vector<std::string>& words) {
  std::string cur;
  auto flush = [&] {
    if (cur.size() > 1) words.push_back(cur);
    cur.clear();
  };
  for (char c : normalized) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80)
      cur.push_back(c);
    else
      flush();
  }
  flush();
}

using Token = QueryToken;

struct Scan {
  std::vector<Token> tokens;
  std::vector<std::string> words, wildcards;
};

// Resolves a filter while scanning, so that its error names the first bad
// filter of the query, in the user's order.
void check_filter(const std::string& field, const std::string& value, const QueryResolver& resolver) {
  if (auto filter = filter_for(field, resolver)) filter(value);
}

// The quoted text starting at `open` (its quote included) and the index
// just past its closing quote.
std::pair<std::string_view, std::size_t> quoted_at(std::string_view q, std::size_t open) {
  const Quote opening = quote_at(q, open);
  const std::size_t from = open + opening.length;
  for (std::size_t close = from; close < q.size(); ++close) {
    Quote closing = quote_at(q, close);
    if (closing.mark && closes(opening.mark, closing.mark))
      return {q.substr(from, close - from), close + closing.length};
  }
  std::size_t character = 1; // counted in characters, not bytes
  for (Xapian::Utf8Iterator it(q.data(), open); it != Xapian::Utf8Iterator(); ++it)
    ++character;
  fail(fmt::format("unclosed quote at character {}: add a closing {} after \"{}\"", character,
                   closing_quote(opening.mark), q.substr(from, 40)));
}

bool all_word_characters(const std::string& s) {
  for (Xapian::Utf8Iterator it(s); it != Xapian::Utf8Iterator(); ++it) {
    if (!Xapian::Unicode::is_wordchar(*it)) return false;
  }
  return true;
}

bool any_word_character(const std::string& s) {
  for (Xapian::Utf8Iterator it(s); it != Xapian::Utf8Iterator(); ++it) {
    if (Xapian::Unicode::is_wordchar(*it)) return true;
  }
  return false;
}

std::string without_trailing_punctuation(std::string s) {
  for (;;) {
    std::size_t last = s.size();
    while (last > 0 && (static_cast<unsigned char>(s[last - 1]) & 0xC0) == 0x80)
      --last;
    if (last == 0) return s;
    --last;
    unsigned ch = *Xapian::Utf8Iterator(s.data() + last, s.size() - last);
    if (ch == '*' || Xapian::Unicode::is_wordchar(ch)) return s;
    s.erase(last);
  }
}

// The operand as one plain word for NEAR and ADJ (query_grammar.hpp), or
// empty: "sante," is sante, "l'accord" (folded to the phrase "l accord") is
// accord, whose article the index keeps no position for.
std::string one_word(const std::string& n, bool phrase) {
  std::string w = n;
  while (!w.empty() && std::string_view(",;.!?").find(w.back()) != std::string_view::npos)
    w.pop_back();
  if (phrase) {
    auto space = w.find(' ');
    if (space == std::string::npos || w.find(' ', space + 1) != std::string::npos ||
        !is_elision(std::string_view(w).substr(0, space)))
      return {};
    w.erase(0, space + 1);
  }
  return !w.empty() && all_word_characters(w) ? w : std::string();
}

// The words of an operand that Xapian reads as a phrase, for NEAR and ADJ
// (query_grammar.hpp): those of a phrase, or of words joined one by one by
// the characters that make Xapian's parser read a phrase (is_phrase_generator
// in its queryparser.lemony): "saint-malo", "ue/canada". Empty for anything
// else, and for a single word.
std::vector<std::string> phrase_words(std::string n, bool phrase) {
  while (!n.empty() && std::string_view(",;.!?").find(n.back()) != std::string_view::npos)
    n.pop_back();
  std::vector<std::string> words(1);
  for (Xapian::Utf8Iterator it(n); it != Xapian::Utf8Iterator(); ++it) {
    const unsigned ch = *it;
    if (Xapian::Unicode::is_wordchar(ch)) {
      Xapian::Unicode::append_utf8(words.back(), ch);
      continue;
    }
    bool joins = ch < 128 && std::string_view(".-/\\@").find(static_cast<char>(ch)) != std::string_view::npos;
    if (!phrase && (!joins || words.back().empty())) return {};
    if (!words.back().empty()) words.emplace_back();
  }
  if (words.back().empty()) words.pop_back();
  if (words.size() < 2) return {};
  return words;
}

// Prefixes ("agri*") are searched among stems, the only words the index keeps
// (search_schema.hpp): rendered as an internal field that users cannot type
// (the scan refuses unknown fields), whose processor builds the query.
// The field an instrument's name is searched as; users cannot type it (a
// field name they type is checked against theirs).
constexpr const char* kInstrumentField = "instrumentsort";

// The instrument sort a name stands for, as one term.
class InstrumentProcessor : public Xapian::FieldProcessor {
public:
  Xapian::Query operator()(const std::string& sort) override {
    return Xapian::Query(std::string(schema::kInstrument) + sort);
  }
};

std::string wildcard_field(std::string_view field) {
  return "wildcard" + std::string(field);
}

// Walks the query once: validates what Xapian would silently misread, folds
// free words (but never operators: AND/OR/NOT only work in upper case), and
// keeps field values raw for the FieldProcessors, which resolve them.
Scan scan(std::string_view q, const QueryResolver& resolver) {
  Scan s;
  int depth = 0;
  std::size_t i = 0;
  auto at_boundary = [&](std::size_t j) {
    return j >= q.size() || is_space(q[j]) || q[j] == '(' || q[j] == ')';
  };
  while (i < q.size()) {
    char c = q[i];
    if (is_space(c)) {
      ++i;
      continue;
    }
    if (c == '(') {
      s.tokens.push_back({Token::Open, "(", 0, depth++, {}, {}});
      ++i;
      continue;
    }
    if (c == ')') {
      if (depth == 0)
        fail(fmt::format("unmatched ')' at character {}: remove it or add a '(' before it", i + 1));
      s.tokens.push_back({Token::Close, ")", 0, --depth, {}, {}});
      ++i;
      continue;
    }
    Token t;
    t.depth = depth;
    if ((c == '-' || c == '+') && i + 1 < q.size() && !is_space(q[i + 1]) && q[i + 1] != ')') {
      t.sign = c;
      ++i;
      c = q[i];
    }
    if (c == '(' && t.sign) { // -(a b)
      t.type = Token::Open;
      t.text = "(";
      s.tokens.push_back(t);
      ++depth;
      ++i;
      continue;
    }
    if (quote_at(q, i).length) {
      auto [quoted, end] = quoted_at(q, i);
      std::string inner = phrase_text(quoted);
      i = end;
      if (inner.empty()) continue; // "" or "--": nothing to look for
      collect_words(inner, s.words);
      t.text = "\"" + inner + "\"";
      t.phrase_words = phrase_words(inner, true);
      s.tokens.push_back(t);
      continue;
    }
    std::size_t j = i;
    while (j < q.size() && !is_space(q[j]) && q[j] != '(' && q[j] != ')' && !quote_at(q, j).length)
      ++j;
    std::string_view chunk = q.substr(i, j - i);
    auto colon = chunk.find(':');
    bool field_like =
        colon != std::string_view::npos && colon > 0 &&
        std::all_of(chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(colon),
                    [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) || ch == '_'; });
    if (field_like) {
      std::string name = fold(chunk.substr(0, colon));
      const FieldSpec* spec = find_field(name);
      if (!spec) {
        fail(fmt::format("unknown field \"{}:\"; the fields are {} (to search for the text itself, quote it: "
                         "\"{}\")",
                         chunk.substr(0, colon), field_list(), chunk));
      }
      std::string value(chunk.substr(colon + 1));
      bool quoted = false;
      if (value.empty()) {
        if (j < q.size() && quote_at(q, j).length) {
          auto [quoted_value, end] = quoted_at(q, j);
          value = std::string(quoted_value);
          quoted = true;
          j = end;
        } else {
          fail(fmt::format("{}: needs a value right after the colon, e.g. {}", name,
                           name == "year"     ? "year:2017"
                           : name == "date"   ? "date:2017-09"
                           : name == "kind"   ? "kind:mission"
                           : name == "domain" ? "domain:health"
                                              : name + ":\"...\""));
        }
      }
      if (spec->kind == FieldKind::Filter) {
        if (value.find('"') != std::string::npos)
          fail(fmt::format("{}: a value cannot contain a quote", name));
        check_filter(name, value, resolver);
        t.text = name + ":" + (quoted ? "\"" + value + "\"" : value);
      } else {
        std::string n = phrase_text(value);
        if (n.empty()) fail(fmt::format("{}: needs words after the colon, e.g. {}:sante", name, name));
        bool phrase = quoted || n.find(' ') != std::string::npos;
        bool wildcard = !phrase && value.back() == '*';
        t.text = phrase     ? name + ":\"" + n + "\""
                 : wildcard ? wildcard_field(name) + ":" + n
                            : name + ":" + n;
        if (wildcard) t.shown = name + ":" + n + "*";
      }
      s.tokens.push_back(t);
      i = j;
      continue;
    }
    if (t.sign == 0 && is_boolean_operator(chunk) && at_boundary(j)) {
      s.tokens.push_back({Token::Operator, std::string(chunk), 0, depth, {}, {}});
      i = j;
      continue;
    }
    if (t.sign == 0 && looks_like_proximity_operator(chunk) && !is_proximity_operator(chunk))
      fail(proximity_distance_help(chunk));
    if (t.sign == 0 && is_proximity_operator(chunk)) {
      s.tokens.push_back({Token::Operator, std::string(chunk), 0, depth, {}, {}});
      i = j;
      continue;
    }
    bool phrase = false;
    std::string words(chunk);
    // Not a field to us ("\x05year:", ",partner:"), so not one to Xapian either:
    // it would run the field's processor, which may throw inside its parser.
    std::replace(words.begin(), words.end(), ':', ' ');
    std::string n = free_text(words, &phrase);
    if (phrase && n.back() == '*' && n.size() - n.rfind(' ') > 2) {
      // "l'agri*": an elided article before a prefix adds nothing to it, and a
      // phrase cannot hold a prefix.
      n = without_leading_non_words(n.substr(n.rfind(' ') + 1));
      phrase = false;
    }
    if (std::string trimmed = without_trailing_punctuation(n);
        !phrase && trimmed.size() > 1 && trimmed.back() == '*')
      n = trimmed; // "agri*," is "agri*"
    if (n.size() > 1 && n.back() == '*' && !phrase) {
      std::string stem = n.substr(0, n.size() - 1);
      while (!stem.empty() && stem.back() == '*')
        stem.pop_back();
      if (stem.empty()) fail("a lone '*' matches nothing; put it after the start of a word: agri*");
      if (all_word_characters(stem)) {
        s.wildcards.push_back(stem);
        t.text = wildcard_field("") + ":" + stem;
        t.shown = stem + "*";
        s.tokens.push_back(t);
        i = j;
        continue;
      }
      // "co-op*": the index splits such words, so no stem starts with it; the
      // words themselves are searched (Xapian reads "co-op" as a phrase).
      n = stem;
    }
    if (!any_word_character(n)) {
      // ",", "\xff": Xapian's parser skips such a chunk, so the operator checks
      // below must not count it as an operand (it would hide an operator's
      // missing term, or a prefix standing next to ADJ, which leaks).
      i = j;
      continue;
    }
    collect_words(n, s.words);
    t.text = phrase ? "\"" + n + "\"" : n;
    t.word = one_word(n, phrase);
    if (t.word.empty()) t.phrase_words = phrase_words(n, phrase);
    s.tokens.push_back(t);
    i = j;
  }
  if (depth > 0) fail("unclosed '(': add a ')' at the end, or remove the '('");

  check_query_grammar(s.tokens);
  // A word or phrase that names an instrument searches what names it, in
  // either language: "MOU" finds "protocole d'entente" (instrument_terms.hpp).
  // NEAR and ADJ take words, so their operands stay words.
  for (std::size_t k = 0; k < s.tokens.size(); ++k) {
    Token& t = s.tokens[k];
    if (t.type != Token::Operand || t.text.find(':') != std::string::npos) continue;
    auto next_to_proximity = [&](std::size_t o) {
      return o < s.tokens.size() && s.tokens[o].type == Token::Operator &&
             is_proximity_operator(s.tokens[o].text);
    };
    if (next_to_proximity(k + 1) || (k > 0 && next_to_proximity(k - 1))) continue;
    std::string operand = t.text;
    if (operand.size() > 2 && operand.front() == '"' && operand.back() == '"')
      operand = operand.substr(1, operand.size() - 2);
    std::replace(operand.begin(), operand.end(), '-', ' '); // "entente-cadre"
    if (auto sort = query_instrument_concept(operand)) {
      // A name of several words is one of the names, so its sort holds all
      // it finds. One word, quoted or not, may also stand inside a longer
      // name of another sort ("entente" in "protocole d'entente"): it is
      // still searched as a word too.
      const std::string term = std::string(kInstrumentField) + ":" + *sort;
      t.shown = t.text;
      t.text = operand.find(' ') != std::string::npos ? term : "(" + t.text + " OR " + term + ")";
    }
  }
  return s;
}

// `for_user`: prefixes as typed ("agri*"), not as the parser gets them.
std::string render(const Scan& s, bool for_user = false) {
  // Xapian reads a query made only of "-word" terms as a search *for* them;
  // the user means "everything but", which NOT says.
  bool any_positive = false, any_negative = false, any_operator = false;
  for (const auto& t : s.tokens) {
    if (t.depth != 0) continue;
    if (t.type == Token::Operator) any_operator = true;
    bool item = t.type == Token::Open || t.type == Token::Operand;
    if (item && t.sign != '-') any_positive = true;
    if (item && t.sign == '-') any_negative = true;
  }
  bool pure_negative = any_negative && !any_positive && !any_operator;
  std::string out;
  for (const auto& t : s.tokens) {
    if (!out.empty() && t.type != Token::Close && out.back() != '(') out.push_back(' ');
    if (t.sign == '-' && pure_negative && t.depth == 0)
      out += "NOT ";
    else if (t.sign)
      out.push_back(t.sign);
    if (!for_user && !t.chain_phrases.empty()) out += "(" + t.chain_phrases + " AND ";
    if (!for_user) out.append(static_cast<std::size_t>(t.brackets_before), '(');
    out += for_user && !t.shown.empty() ? t.shown : t.text;
    if (!for_user) out.append(static_cast<std::size_t>(t.brackets_after), ')');
  }
  return out;
}

Xapian::QueryParser make_parser(const char* stemmer, const QueryResolver& resolver,
                                const Xapian::Database& db, std::string& first_error) {
  Xapian::QueryParser qp;
  qp.set_stemmer(make_stem(stemmer));
  // Query words are folded to lower case, so STEM_SOME would stem them all anyway;
  // STEM_ALL_Z also stems phrases, which the index supports (positions on Z terms).
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
  qp.set_default_op(Xapian::Query::OP_AND);
  qp.set_database(db);
  qp.add_prefix("title", schema::kTitle);
  qp.add_prefix("ministry", schema::kMinistry);
  qp.add_prefix("person", schema::kPerson);
  qp.add_prefix(kInstrumentField, (new InstrumentProcessor)->release());
  for (const auto& [field, prefix] : {std::pair<const char*, std::string>{"", ""},
                                      {"title", schema::kTitle},
                                      {"ministry", schema::kMinistry},
                                      {"person", schema::kPerson}})
    qp.add_prefix(wildcard_field(field), (new WildcardProcessor(db, stemmer, "Z" + prefix))->release());
  // Multi-valued filters each get their own group, so two of them mean "both";
  // single-valued ones share the field's group, so year:2008 year:2011 means "either".
  // (A string literal here would pick the `bool exclusive` overload and OR them.)
  static const std::string own_group;
  auto processor = [&](const char* field) {
    return (new FilterProcessor(filter_for(field, resolver), first_error))->release();
  };
  qp.add_boolean_prefix("partner", processor("partner"), &own_group);
  qp.add_boolean_prefix("place", processor("place"), &own_group);
  qp.add_boolean_prefix("domain", processor("domain"), &own_group);
  qp.add_boolean_prefix("kind", processor("kind"));
  qp.add_boolean_prefix("year", processor("year"));
  qp.add_boolean_prefix("date", processor("date"));
  return qp;
}

// No FLAG_WILDCARD: prefixes never reach the parser as "agri*" (they are
// expanded over stems by WildcardProcessor).
constexpr unsigned kParseFlags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PURE_NOT;

// Loading the gazetteer costs about 20 ms, more than the rest of a search
// command. A partner written as its slug ("shandong", "new-york-state") and
// filed in the index under it is that partner, since an exact slug always
// resolves to itself (tested over the whole bundled gazetteer), so such a
// filter needs no gazetteer. Anything else asks the registry's resolver.
class IndexedSlugResolver : public QueryResolver {
public:
  IndexedSlugResolver(const QueryResolver& inner, const Xapian::Database& db) : inner_(inner), db_(db) {}

  std::optional<std::string> partner(std::string_view phrase) const override {
    std::string slug = trim(phrase);
    bool slug_like = !slug.empty() && slug.size() <= 128 && slug.front() != '-' && slug.back() != '-';
    for (char& c : slug) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      slug_like = slug_like && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    }
    if (slug_like && db_.term_exists(std::string(schema::kPartner) + slug)) return slug;
    return inner_.partner(phrase);
  }
  std::vector<std::string> partner_suggestions(std::string_view phrase) const override {
    return inner_.partner_suggestions(phrase);
  }
  std::optional<std::string> domain(std::string_view phrase) const override { return inner_.domain(phrase); }
  std::vector<std::string> domain_suggestions(std::string_view phrase) const override {
    return inner_.domain_suggestions(phrase);
  }
  std::vector<std::string> domains_inside(const std::string& slug) const override {
    return inner_.domains_inside(slug);
  }

private:
  const QueryResolver& inner_;
  const Xapian::Database& db_;
};

[[noreturn]] void fail_unreadable(const ParsedQuery& p) {
  throw QueryGrammarGap(fmt::format("cannot read the query as written ({}): an operator, a parenthesis or a "
                                    "- or + sign stands where the search engine cannot take it; simplify "
                                    "around AND, OR, NOT, NEAR and ADJ",
                                    p.shown));
}

Xapian::Query parse_once(const ParsedQuery& p, const char* stemmer, const QueryResolver& resolver,
                         const Xapian::Database& db) {
  std::string first_error;
  Xapian::QueryParser qp = make_parser(stemmer, resolver, db, first_error);
  Xapian::Query query;
  try {
    query = qp.parse_query(p.rewritten, kParseFlags);
  } catch (const Xapian::QueryParserError&) {
    if (first_error.empty()) fail_unreadable(p);
  }
  if (!first_error.empty()) fail(first_error);
  if (parser_retried(qp, query)) fail_unreadable(p);
  return query;
}

} // namespace

// On a syntax error Xapian's parser parses the query again with operators
// read as words (query_grammar.hpp). Each attempt records the words it
// stemmed (the "unstem" map), so a second attempt shows as more recorded
// words than the query holds.
bool parser_retried(const Xapian::QueryParser& qp, const Xapian::Query& query) {
  std::size_t in_query = 0, recorded = 0;
  for (auto t = query.get_terms_begin(); t != query.get_terms_end(); ++t) {
    if (qp.unstem_begin(*t) != qp.unstem_end(*t)) ++in_query;
  }
  for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t) {
    for (auto u = qp.unstem_begin(*t); u != qp.unstem_end(*t); ++u)
      ++recorded;
  }
  return recorded > in_query;
}

const std::vector<std::string>& query_fields() {
  static const std::vector<std::string> fields = [] {
    std::vector<std::string> out;
    for (const auto& f : kFields)
      out.emplace_back(f.name);
    return out;
  }();
  return fields;
}

std::string query_syntax_help() {
  return "  words        accent- and case-insensitive, stemmed (French and English): sante finds santé\n"
         "  \"a phrase\"   words in this order (also in \u00AB \u00BB or \u201C \u201D); little words "
         "in it (de, la,\n"
         "               the, of) may be any word or none;  prefix*  words starting so\n"
         "  AND OR NOT   upper case, with parentheses; -word excludes a word; NOT excludes the next\n"
         "               word or (group); AND binds before OR: a OR b -c is a OR (b -c)\n"
         "  mou          an instrument's names find one another, French and English: mou, \"protocole\n"
         "               d'entente\", \"memorandum of understanding\"; agreement, entente; \"work plan\",\n"
         "               \"plan de travail\"; \"letter of intent\", \"lettre d'intention\"...\n"
         "  a NEAR b     words within 10 of each other (NEAR/3: within 3); a ADJ b: the same, in order\n"
         "               (a or b may also be a phrase or a name such as saint-malo)\n"
         "  partner:X    X or anything inside it (partner:shandong finds Qingdao); slug, name or alias\n"
         "  place:X      only places actually named;  domain:X  X or a domain inside it (domain:health\n"
         "               finds disease-prevention); slug or label, French or English\n"
         "  year:2008  year:2008..2017  year:2015..  date:2017-09-01..2017-09-30  date:2017-09\n"
         "  kind:mission|agreement|mou  ministry:words  person:words  title:words\n"
         "  two partner:, place: or domain: filters must both hold; two kind:, year: or date: either\n";
}

ParsedQuery parse_search_query(std::string_view text, const QueryResolver& registry_resolver,
                               const Xapian::Database& db) {
  IndexedSlugResolver resolver(registry_resolver, db);
  std::string trimmed = trim(text);
  if (trimmed.empty()) {
    fail("empty query: type words to search for, or a field such as partner:shandong or year:2017");
  }
  Scan s = scan(trimmed, resolver);
  ParsedQuery p;
  p.rewritten = render(s);
  p.shown = render(s, true);
  p.words = std::move(s.words);
  p.wildcards = std::move(s.wildcards);
  try {
    // Each document's words were stemmed in its own language, so each language's
    // reading of the query is confined to that language's documents; NOT then
    // keeps its meaning (a French "Chine" is never tested against an English stem).
    auto fr = without_positionless_words(parse_once(p, "french", resolver, db), "fr");
    auto en = without_positionless_words(parse_once(p, "english", resolver, db), "en");
    if (fr.empty() && en.empty()) {
      fail(fmt::format(
          "nothing to search for in \"{}\": type words, a phrase or a field such as partner:shandong",
          trimmed));
    }
    if (fr.get_description() == en.get_description()) {
      p.query = fr;
    } else {
      const std::string lang = schema::kLanguage;
      p.query = Xapian::Query(Xapian::Query::OP_OR,
                              Xapian::Query(Xapian::Query::OP_FILTER, fr, Xapian::Query(lang + "fr")),
                              Xapian::Query(Xapian::Query::OP_FILTER, en, Xapian::Query(lang + "en")));
    }
  } catch (const Xapian::Error& e) {
    fail(fmt::format("cannot read the query \"{}\": {}", trimmed, e.get_msg()));
  }
  return p;
}

} // namespace entente::indexer
