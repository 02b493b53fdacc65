#pragma once
// CSV as people's spreadsheets write it (RFC 4180 and its everyday
// variants), for agreement import and export.
//
// Reading accepts: quoted cells with doubled quotes, commas and line breaks
// inside quotes, CRLF or LF line ends, a UTF-8 byte-order mark, and the
// `;`-separated files that spreadsheets in French (and other comma-decimal)
// locales save, or tab-separated ones: the delimiter is whichever of `,` `;`
// TAB occurs most in the header line outside quotes. A file that is not
// valid UTF-8 is read as Windows-1252 (a superset of Latin-1 in the printable
// range, and what Excel on Windows writes) and converted; the document says
// so in `encoding`.
//
// Formula neutralisation: a spreadsheet runs a cell that starts with `=`,
// `+`, `-` or `@` (and some also after a leading TAB or CR) as a formula,
// which turns an exported agreement title into an injection vector. The
// writer therefore prefixes such cells with one `'` (the spreadsheet
// convention for "this is text"), and the reader removes one `'` from a cell
// that starts with `'` followed by one of those characters. Cells that
// already start with `'`+trigger get a second `'`, so every string survives
// a write then read unchanged.
#include <cstddef>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

// A file that cannot be read as CSV at all (unterminated quote, unreadable file).
class CsvError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

struct CsvRow {
  std::size_t line = 0; // physical line (1-based) where the record starts
  std::vector<std::string> cells;
};

struct CsvDocument {
  char delimiter = ',';
  std::string encoding = "UTF-8"; // or "windows-1252" when converted
  bool had_bom = false;
  std::vector<std::string> header;
  std::size_t header_line = 1;
  std::vector<CsvRow> rows; // blank lines are dropped
};

// Parses a whole document. `name` only serves error messages (a file path).
CsvDocument parse_csv(std::string_view data, const std::string& name = "input");
// Reads and parses a file; CsvError names the file when it cannot be opened.
CsvDocument read_csv_file(const std::string& path);

// Converts Windows-1252 bytes to UTF-8.
std::string windows1252_to_utf8(std::string_view bytes);

// True when a spreadsheet could take the cell for a formula (see above).
bool needs_formula_guard(std::string_view cell);
// The reader's half of the guard: removes the one `'` the writer added.
std::string strip_formula_guard(std::string_view cell);

// One cell as it must appear in the file: guarded, then quoted when it holds
// the delimiter, a quote, a line break, or leading/trailing spaces.
std::string csv_cell(std::string_view cell, char delimiter = ',');
// One record terminated by "\n".
void write_csv_row(std::ostream& out, const std::vector<std::string>& cells, char delimiter = ',');

} // namespace entente
