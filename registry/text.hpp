#pragma once
// Text normalisation shared by the store, the gazetteer and the indexer.
// Everything that compares names or words goes through fold(), so that
// "Santé", "SANTE" and "sante" (and NFD or ligature variants from PDFs)
// meet on one key.
#include <string>
#include <string_view>
#include <vector>

namespace entente {

// Lower case, accents and other combining marks removed, compatibility
// forms expanded (ligatures, full-width letters), apostrophes (’ ‘ ` ′ ʼ)
// mapped to ASCII ', hyphens and dashes U+2010..U+2014 to '-'. Invalid UTF-8
// bytes are replaced by U+FFFD first.
std::string fold(std::string_view text);

namespace detail {
// fold() by ICU alone, without its table for ASCII and Latin letters: what
// the tests compare the table with.
std::string fold_with_icu(std::string_view text);
// Whether fold() folds every character of `text` from its table.
bool folds_without_icu(std::string_view text);
} // namespace detail

// fold() then every run of characters other than a-z/0-9 (and other
// letters kept by fold) joined by a single '-': "Île-de-France" gives
// "ile-de-france", "Baden-Württemberg" gives "baden-wurttemberg".
std::string slugify(std::string_view text);

// Words of folded text: maximal runs of letters/digits (apostrophe splits).
std::vector<std::string> fold_words(std::string_view text);

// Trim ASCII and Unicode spaces (including NBSP) at both ends.
std::string trim(std::string_view text);

// Collapse runs of whitespace (incl. NBSP and thin spaces) to one space and trim.
std::string squeeze_spaces(std::string_view text);

// True when every byte sequence is valid UTF-8.
bool is_valid_utf8(std::string_view text);

// Levenshtein distance on folded forms, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

// Split on a delimiter, trimming each piece and dropping empty ones.
std::vector<std::string> split_list(std::string_view text, char delimiter);

std::string join(const std::vector<std::string>& parts, std::string_view separator);

} // namespace entente
