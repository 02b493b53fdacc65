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
  bool word = false; // a single plain word: the only operand NEAR and ADJ take
  // Xapian reads a NEAR/ADJ chain only where nothing but an operator or a
  // bracket touches it ("c a ADJ b" is a syntax error), so each chain is
  // rendered in brackets: set on its first and last operand.
  bool chain_starts = false, chain_ends = false;
};

bool is_boolean_operator(std::string_view w);            // AND OR NOT XOR
bool is_proximity_operator(std::string_view w);          // NEAR ADJ NEAR/n ADJ/n, n from 1 to 1000
bool looks_like_proximity_operator(std::string_view w);  // also NEAR/0, ADJ/x...
std::string proximity_distance_help(std::string_view w); // the fix for one that is not an operator

// Throws QueryError naming the first construct the parser would misread, with
// the fix; marks NEAR/ADJ chains (chain_starts, chain_ends).
void check_query_grammar(std::vector<QueryToken>& tokens);

} // namespace entente::indexer
