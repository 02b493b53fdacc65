#include "indexer/query_grammar.hpp"

#include "indexer/search_error.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace entente::indexer {

bool is_boolean_operator(std::string_view w) {
  return w == "AND" || w == "OR" || w == "NOT" || w == "XOR";
}

// Xapian reads NEAR/0, NEAR/3x or NEAR/ as words and wraps large distances
// around, so only 1 to kMaxProximity words is an operator.
constexpr int kMaxProximity = 1000;

bool looks_like_proximity_operator(std::string_view w) {
  return w == "NEAR" || w == "ADJ" || w.starts_with("NEAR/") || w.starts_with("ADJ/");
}

bool is_proximity_operator(std::string_view w) {
  if (w == "NEAR" || w == "ADJ") return true;
  if (!looks_like_proximity_operator(w)) return false;
  std::string_view digits = w.substr(w.find('/') + 1);
  if (digits.empty() || digits.size() > 4) return false;
  int n = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  return n >= 1 && n <= kMaxProximity;
}

std::string proximity_distance_help(std::string_view w) {
  std::string_view op = w.substr(0, w.find('/'));
  return fmt::format("{}: write {}/ and a distance in words from 1 to {}, e.g. {}/3", w, op, kMaxProximity,
                     op);
}

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

[[noreturn]] void fail(const std::string& message) {
  throw QueryError(message);
}

// The index of the last token of the item starting at `k`: the matching
// Close for an Open, the last word of a NEAR/ADJ chain, else `k` itself.
std::size_t item_end(const std::vector<QueryToken>& tokens, std::size_t k) {
  if (tokens[k].starts_chain) return tokens[k].chain_end;
  if (tokens[k].type != QueryToken::Open) return k;
  for (std::size_t j = k + 1; j < tokens.size(); ++j) {
    if (tokens[j].type == QueryToken::Close && tokens[j].depth == tokens[k].depth) return j;
  }
  return tokens.size() - 1;
}

// The item starting at `k` as the user wrote it (a group whole), without the
// sign of its first token.
std::string unsigned_text(const std::vector<QueryToken>& tokens, std::size_t k) {
  std::string out;
  for (std::size_t j = k, last = item_end(tokens, k); j <= last; ++j) {
    const auto& t = tokens[j];
    if (!out.empty() && out.back() != '(' && t.type != QueryToken::Close) out.push_back(' ');
    if (j != k && t.sign) out.push_back(t.sign);
    out += t.shown.empty() ? t.text : t.shown;
  }
  return out;
}

std::string signed_text(const std::vector<QueryToken>& tokens, std::size_t k) {
  char sign = tokens[k].sign;
  return sign ? sign + unsigned_text(tokens, k) : unsigned_text(tokens, k);
}

std::string_view proximity_family(std::string_view op) {
  return op.starts_with("NEAR") ? "NEAR" : "ADJ";
}

bool is_proximity(const QueryToken& t) {
  return t.type == QueryToken::Operator && is_proximity_operator(t.text);
}

// Operators need operands: Xapian would otherwise quietly read them as words.
void check_operands(const std::vector<QueryToken>& tokens) {
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const auto& t = tokens[k];
    if (t.type != QueryToken::Operator) continue;
    bool unary = t.text == "NOT";
    bool has_left =
        k > 0 && (tokens[k - 1].type == QueryToken::Operand || tokens[k - 1].type == QueryToken::Close);
    bool has_right = k + 1 < tokens.size() &&
                     (tokens[k + 1].type == QueryToken::Operand || tokens[k + 1].type == QueryToken::Open ||
                      (tokens[k + 1].type == QueryToken::Operator && tokens[k + 1].text == "NOT" && !unary));
    if (!has_right)
      fail(fmt::format("{} needs a term after it (operators are AND, OR, NOT in upper case)", t.text));
    if (!has_left && !unary) {
      fail(
          fmt::format("{} needs a term before it (to search for the word itself, write it in lower case: {})",
                      t.text, fold(t.text)));
    }
  }
}

// NEAR and ADJ join plain words only (a TERM on each side in Xapian's
// grammar), and one chain uses one of them. A phrase ("saint-malo", a quoted
// one) next to them stands for its words: they join the chain, and the phrase
// is required beside it, so that they also stand together and in order
// ("saint-malo NEAR port" is ("saint-malo" AND (saint NEAR malo NEAR port))).
// The chain's window grows by one for each added word, as it would had the
// user written them, so the distance still counts from the phrase's edge.
void check_proximity(std::vector<QueryToken>& tokens) {
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (!is_proximity(tokens[k])) continue;
    const std::string& op = tokens[k].text;
    for (std::size_t side : {k - 1, k + 1}) {
      auto& n = tokens[side];
      bool phrase = n.type == QueryToken::Operand && !n.phrase_words.empty();
      bool word = n.type == QueryToken::Operand && (!n.word.empty() || phrase);
      if (word && n.sign == 0) {
        if (!phrase) {
          n.text = n.word;
        } else if (n.shown.empty()) { // a phrase between two operators is split once
          n.shown = n.text;
          n.text = fmt::format("{}", fmt::join(n.phrase_words, " " + op + " "));
        }
        continue;
      }
      std::string shown = n.type == QueryToken::Operand ? signed_text(tokens, side) : n.text;
      std::string what = n.type == QueryToken::Open || n.type == QueryToken::Close ? "a parenthesis"
                         : n.type == QueryToken::Operator                          ? n.text
                         : !n.shown.empty()                      ? "a prefix (" + shown + ")"
                         : word                                  ? "a sign (" + shown + ")"
                         : n.text.find(':') != std::string::npos ? "a field (" + shown + ")"
                         : n.text.front() == '"'                 ? "a phrase (" + shown + ")"
                                                                 : "\"" + shown + "\"";
      std::string message = fmt::format("{} cannot stand next to {}: {} stands between two plain words, e.g. "
                                        "sante {} chine",
                                        what, op, op, op);
      if (word)
        message += fmt::format("; to exclude or require the pair, sign it: {}(sante {} chine)", n.sign, op);
      fail(message);
    }
  }
  for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
    if (tokens[k].type != QueryToken::Operand || !is_proximity(tokens[k + 1])) continue;
    const std::string_view family = proximity_family(tokens[k + 1].text);
    std::size_t end = k + 2; // check_operands: an operand follows each operator
    while (end + 1 < tokens.size() && is_proximity(tokens[end + 1])) {
      if (proximity_family(tokens[end + 1].text) != family) {
        fail(fmt::format("{} and {} cannot be chained (around \"{}\"): use one of them, or join two pairs "
                         "with AND, e.g. a {} b AND b {} c",
                         tokens[end - 1].text, tokens[end + 1].text, tokens[end].text, tokens[end - 1].text,
                         tokens[end + 1].text));
      }
      end += 2;
    }
    tokens[k].starts_chain = true;
    tokens[k].chain_end = end;
    for (std::size_t m = k; m <= end; m += 2) {
      if (tokens[m].phrase_words.empty()) continue;
      if (!tokens[k].chain_phrases.empty()) tokens[k].chain_phrases += " AND ";
      tokens[k].chain_phrases += tokens[m].shown;
    }
    if (!tokens[k].chain_phrases.empty()) ++tokens[end].brackets_after; // closes the phrases' AND
    ++tokens[k].brackets_before;
    ++tokens[end].brackets_after;
    k = end;
  }
}

// Where a "-" may stand: Xapian's grammar takes it right after AND only as
// AND NOT of that one item, and never right after OR, XOR or NOT.
void check_signs_after_operators(const std::vector<QueryToken>& tokens) {
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    if (tokens[k].sign != '-' || tokens[k - 1].type != QueryToken::Operator) continue;
    const std::string& op = tokens[k - 1].text;
    const std::string with_sign = signed_text(tokens, k), without = unsigned_text(tokens, k);
    if (op == "NOT") fail(fmt::format("NOT {}: the - repeats the NOT; write NOT {}", with_sign, without));
    if (op != "AND")
      fail(fmt::format("{} {}: to exclude {} there, write {} NOT {}", op, with_sign, without, op, without));
    std::size_t after = item_end(tokens, k) + 1;
    if (after < tokens.size() &&
        (tokens[after].type == QueryToken::Operand || tokens[after].type == QueryToken::Open)) {
      std::string rest = signed_text(tokens, after);
      fail(fmt::format("AND {} {}: after AND, the - would exclude what follows it too; drop the AND (it is "
                       "the default between words): {} {}",
                       with_sign, rest, with_sign, rest));
    }
  }
}

// A run is what stands between boolean operators and brackets at one depth.
// A run made only of "-" items excludes from nothing, which Xapian's grammar
// refuses, except as the whole query (rendered as NOT ...) or as AND's right
// operand (AND NOT).
struct Level {
  bool bracketed = false;
  bool empty = true;
  bool any_boolean = false;
  std::size_t run_first = kNone;
  bool run_positive = false;
  std::vector<std::size_t> negative_runs;

  void end_run() {
    if (run_first != kNone && !run_positive) negative_runs.push_back(run_first);
    run_first = kNone;
    run_positive = false;
  }
  void add_item(std::size_t k, const QueryToken& t) {
    empty = false;
    if (run_first == kNone) run_first = k;
    if (t.sign != '-') run_positive = true;
  }
};

void check_level(Level& level, const std::vector<QueryToken>& tokens) {
  level.end_run();
  if (level.bracketed && level.empty) fail("empty parentheses: remove them, or put words inside");
  for (std::size_t first : level.negative_runs) {
    if (!level.bracketed && !level.any_boolean) continue;
    if (first > 0 && tokens[first - 1].type == QueryToken::Operator && tokens[first - 1].text == "AND")
      continue;
    const std::string with_sign = signed_text(tokens, first);
    fail(fmt::format("{} has nothing to be excluded from here: put it after the words it narrows "
                     "(WORDS {}), or write NOT {}",
                     with_sign, with_sign, unsigned_text(tokens, first)));
  }
}

void check_negative_runs(const std::vector<QueryToken>& tokens) {
  std::vector<Level> levels(1);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const auto& t = tokens[k];
    switch (t.type) {
    case QueryToken::Open:
      levels.back().add_item(k, t);
      levels.emplace_back().bracketed = true;
      break;
    case QueryToken::Close:
      check_level(levels.back(), tokens);
      levels.pop_back();
      break;
    case QueryToken::Operator:
      levels.back().empty = false;
      if (is_boolean_operator(t.text)) {
        levels.back().any_boolean = true;
        levels.back().end_run();
      }
      break;
    case QueryToken::Operand:
      levels.back().add_item(k, t);
      break;
    }
  }
  check_level(levels.back(), tokens);
}

// Xapian's NOT takes everything up to the next operator: "sante NOT chine
// qingdao" excluded only what has both words, and "NOT year:2017
// partner:shandong" gave everything but Shandong's 2017. A user means the
// next item, so a NOT followed by more items is bracketed with its item:
// "sante (NOT chine) qingdao" (FLAG_PURE_NOT reads the bracket).
void bind_nots(std::vector<QueryToken>& tokens) {
  for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
    if (tokens[k].type != QueryToken::Operator || tokens[k].text != "NOT") continue;
    std::size_t last = item_end(tokens, k + 1);
    if (last + 1 >= tokens.size()) continue;
    auto next = tokens[last + 1].type;
    if (next != QueryToken::Operand && next != QueryToken::Open) continue;
    ++tokens[k].brackets_before;
    ++tokens[last].brackets_after;
  }
}

} // namespace

void check_query_grammar(std::vector<QueryToken>& tokens) {
  check_operands(tokens);
  check_proximity(tokens);
  check_signs_after_operators(tokens);
  check_negative_runs(tokens);
  bind_nots(tokens);
}

} // namespace entente::indexer
