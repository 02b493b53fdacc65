#pragma once
// Errors thrown by the search side of the indexer. Xapian's own exceptions
// never cross this library's public headers: callers catch these.
#include <stdexcept>
#include <string>

namespace entente::indexer {

// Something went wrong inside the index (I/O, corruption, a Xapian bug). The
// message says what and, where possible, suggests `entente reindex`.
class SearchError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// Another process holds the index's write lock for longer than we agreed to wait.
class IndexLockedError : public SearchError {
public:
  using SearchError::SearchError;
};

// The user's query is malformed. The message names the problem and suggests a fix;
// the CLI prints it and exits 2.
class QueryError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// A query that passed entente's own checks (query_grammar.hpp) yet that
// Xapian's parser could not read as written: a QueryError to the user, a
// gap in those checks to fuzz_query.
class QueryGrammarGap : public QueryError {
public:
  using QueryError::QueryError;
};

} // namespace entente::indexer
