#pragma once
// Running text of a report: lines re-joined into readable sentences (PDF
// hard breaks undone, words hyphenated across lines mended) that remember
// which lines they came from, and a folded copy for keyword matching that
// maps back to the original bytes.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace entente::indexer {

// Text made of several source lines; offsets map back to 1-based line numbers.
struct JoinedText {
  std::string text;
  std::vector<std::size_t> starts; // byte offset where each joined line begins
  std::vector<int> lines;          // its line number

  int line_at(std::size_t offset) const;
  void append_line(std::string_view line, int number);
};

// The text with the words cut by a hyphen at a line's end mended
// ("coopéra-" / "tion"), not the compounds ("Québec-" / "Shandong", "sous-" /
// "ministre"), as JoinedText mends them: what the search index and the
// snippets read, so that "Trans-Pacific Part-" / "nership" is found as
// "partnership".
std::string mend_broken_words(std::string text);

// Joins the non-blank lines first..last (1-based, inclusive).
JoinedText join_lines(const std::vector<std::string>& lines, int first, int last);

struct Sentence {
  std::string text;
  std::size_t begin = 0; // offsets in the joined text
  std::size_t end = 0;
  int line = 0;
  int line_end = 0;
};

// Sentences of a paragraph or list item; abbreviations ("M.", "Dr.", "p. ex.")
// and initials ("Michel A. Bureau") do not end a sentence.
std::vector<Sentence> split_sentences(const JoinedText& joined);

// Case- and accent-folded text (see fold()) with, for each of its bytes, the
// offset of the original byte it came from.
struct FoldedText {
  std::string text;
  std::vector<std::size_t> to_source; // size text.size() + 1

  explicit FoldedText(std::string_view source);
  std::size_t source_offset(std::size_t folded_offset) const { return to_source[folded_offset]; }
};

// Finds a folded phrase at word boundaries, from pos; npos when absent.
std::size_t find_words(std::string_view folded, std::string_view phrase, std::size_t pos = 0);

// A byte of a word in folded text: a letter, a digit, or part of a UTF-8 sequence.
bool is_word_byte(char c);

// "déc", "Sept", "juil": a month as reports abbreviate it ("31 déc. 2024",
// "Sept. 30"). Its period ends nothing only before a number: "sept." may be
// "seven." ending a sentence.
bool is_month_abbreviation(std::string_view word);

// The rule under a table's header ("|----|-----|", "-------  ------",
// "+====+====+"): nothing but dashes or equals signs, spaces, pipes, plus
// signs and colons, in two groups at least, so that a line of dashes under a
// title is no table. The reader marks the columns around it, the layout
// reads its rows one by one.
bool is_table_rule(std::string_view line);

// The words just before `at` in folded text, nearest first, up to `max`,
// stopping at punctuation (an apostrophe or a space is no stop).
std::vector<std::string_view> words_before(std::string_view folded, std::size_t at, std::size_t max);

bool starts_with_upper(std::string_view text);
bool starts_with_lower(std::string_view text);

} // namespace entente::indexer
