#pragma once
// Regular expressions for the report parser, through PCRE2 and its JIT.
// std::regex was a sixth of an ingest's CPU time: libstdc++'s matcher
// backtracks through every alternative at every position, and looks up the
// character class "w" afresh at each \b it tests.
//
// The parser's patterns were written for std::regex's ECMAScript grammar as
// it ran on UTF-8 bytes, and keep its meaning here:
// - patterns and texts are bytes: UTF-8 is not decoded, so a bracket of
//   non-ASCII characters is a set of their bytes, as it was;
// - \w, \d, \s and \b are ASCII, and so is case-insensitive matching;
// - `.` matches neither \n nor \r; `^` matches only where the text starts
//   and `$` only where it ends (no multi-line mode);
// - a search that starts inside a text sees the bytes before its start
//   (\b there looks at them), as std::regex_iterator's later matches did.
// The syntax is PCRE2's, a superset of what the patterns use; a new pattern
// must avoid what PCRE2 reads otherwise than ECMAScript (\v is a class of
// vertical spaces, \h, \R and \K exist, \u does not).
#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace entente::indexer {

// A pattern that does not compile (a programming error), or a match that
// ran out of resources (a hostile text).
struct PatternError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// One match: byte offsets of the whole match (group 0) and of its groups,
// into the text it was found in, which it views (keep that text alive).
class Match {
public:
  bool matched(std::size_t group) const;
  // Throw std::out_of_range for a group the pattern lacks; an unmatched
  // group is empty at offset 0.
  std::size_t position(std::size_t group = 0) const;
  std::size_t length(std::size_t group = 0) const;
  std::size_t end(std::size_t group = 0) const { return position(group) + length(group); }
  std::string_view view(std::size_t group = 0) const;
  std::string str(std::size_t group = 0) const { return std::string(view(group)); }

private:
  friend class Pattern;
  std::string_view text_;
  std::vector<std::size_t> offsets_; // begin, end per group; kUnset where unmatched
};

class Pattern {
public:
  enum class Case { Sensitive, Insensitive };
  // Throws PatternError naming the position of the error.
  explicit Pattern(std::string_view pattern, Case letter_case = Case::Sensitive);
  ~Pattern();
  Pattern(Pattern&&) noexcept;
  Pattern& operator=(Pattern&&) noexcept;
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

  // The first match at or after byte `from`. Matches view `text`: keep it
  // alive as long as them (a temporary std::string would leave them dangling).
  std::optional<Match> search(std::string_view text, std::size_t from = 0) const;
  bool found_in(std::string_view text) const { return search(text).has_value(); }
  // Whether the whole text matches (std::regex_match). Runs without the JIT,
  // which PCRE2 does not give anchoring asked at match time: for short texts.
  bool matches_whole(std::string_view text) const;
  // Every match, left to right, none overlapping; after an empty match the
  // next one starts further on (std::regex_iterator's order).
  std::vector<Match> all(std::string_view text) const;
  // The text with every match replaced by `with`, taken literally.
  std::string replace_all(std::string_view text, std::string_view with) const;
  // The pieces between matches, empty ones included, the one after the last
  // match too (std::sregex_token_iterator with -1 skips that one when empty).
  std::vector<std::string_view> split(std::string_view text) const;

  // Matching is thread-safe: a compiled pattern is only read.
private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace entente::indexer
