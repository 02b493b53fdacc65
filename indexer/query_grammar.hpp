#pragma once
// Internal to the indexer: the query as a row of tokens (scan() in query.cpp
// makes them) and the rules that keep that row inside what libxapian 1.4's
// query parser accepts.
//
// Why the rules: on a syntax error Xapian's parser does not fail. It parses
// the query a second time with every operator, bracket and sign read as a
// word, so "(-sante) chine" searched sante AND chine and "(a b) ADJ c" the
// word "adj"; and its failed attempt leaks (LeakSanitizer, fuzz_query). What
// its grammar (queryparser.lemony) refuses is refused here first, with the
// fix in the message; parse_search_query() then checks that no second
// attempt happened, for anything these rules miss.
#include <string>
#include <string_view>
#include <vector>

namespace entente::indexer {

struct QueryToken {
  enum Type { Operand, Operator, Open, Close } type = Operand;
  std::string text; // rendered without the sign
  char sign = 0;    // '+', '-' or 0; an Open may carry one: -(a b)
  int depth = 0;
  std::string shown; // what the user wrote, when `text` is an internal form (prefixes)
  // The operand as one plain word, the only operand NEAR and ADJ take: its
  // text, or the word after an elided article ("l'accord": accord); empty
  // when it is not one word.
  std::string word;
  // The words of an operand that Xapian reads as a phrase ("saint-malo",
  // "\"technologies medicales\""), at least two: NEAR and ADJ take them as
  // words of their chain that must also stand together. Empty otherwise.
  std::vector<std::string> phrase_words{};
  // For the first token of a NEAR/ADJ chain holding such phrases: the phrases,
  // rendered before the chain and joined to it by AND.
  std::string chain_phrases{};
  // Brackets added when rendered, around what Xapian must read as one item:
  // a NEAR/ADJ chain, which it reads only where nothing but an operator or a
  // bracket touches it ("c a ADJ b" is a syntax error), and a NOT with its
  // item when more items follow ("a NOT b c" is a AND_NOT (b AND c) to Xapian).
  int brackets_before = 0, brackets_after = 0;
  // The first token of a NEAR/ADJ chain: its item ends at chain_end.
  std::size_t chain_end = 0;
  bool starts_chain = false;
};

bool is_boolean_operator(std::string_view w);            // AND OR NOT XOR
bool is_proximity_operator(std::string_view w);          // NEAR ADJ NEAR/n ADJ/n, n from 1 to 1000
bool looks_like_proximity_operator(std::string_view w);  // also NEAR/0, ADJ/x...
std::string proximity_distance_help(std::string_view w); // the fix for one that is not an operator

// Throws QueryError naming the first construct the parser would misread, with
// the fix; sets the brackets to render (brackets_before, brackets_after).
void check_query_grammar(std::vector<QueryToken>& tokens);

} // namespace entente::indexer
