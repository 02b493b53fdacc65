#include "registry/csv.hpp"

#include "registry/text.hpp"

#include <fmt/format.h>
#include <unicode/ucnv.h>

#include <array>
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>

namespace entente {
namespace {

bool is_trigger(char c) {
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// The delimiter is chosen on the header alone: data cells hold free text
// full of commas, while header names rarely contain any delimiter.
char detect_delimiter(std::string_view data) {
  std::array<std::size_t, 3> counts{};
  constexpr std::array<char, 3> candidates{',', ';', '\t'};
  bool quoted = false;
  for (char c : data) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    for (std::size_t i = 0; i < candidates.size(); ++i)
      counts[i] += c == candidates[i];
  }
  std::size_t best = 0;
  for (std::size_t i = 1; i < candidates.size(); ++i) {
    if (counts[i] > counts[best]) best = i;
  }
  return candidates[best];
}

} // namespace

std::string windows1252_to_utf8(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open("windows-1252", &status), ucnv_close);
  if (U_FAILURE(status)) throw CsvError("the Windows-1252 converter of ICU is unavailable");
  std::string out(bytes.size() * 3 + 4, '\0');
  auto len = ucnv_toAlgorithmic(UCNV_UTF8, conv.get(), out.data(), static_cast<int32_t>(out.size()),
                                bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status))
    throw CsvError(fmt::format("cannot convert from Windows-1252: {}", u_errorName(status)));
  out.resize(static_cast<std::size_t>(len));
  return out;
}

bool needs_formula_guard(std::string_view cell) {
  std::size_t i = 0;
  while (i < cell.size() && cell[i] == '\'')
    ++i;
  return i < cell.size() && is_trigger(cell[i]);
}

std::string strip_formula_guard(std::string_view cell) {
  if (!cell.empty() && cell[0] == '\'' && needs_formula_guard(cell)) return std::string(cell.substr(1));
  return std::string(cell);
}

CsvDocument parse_csv(std::string_view data, const std::string& name) {
  CsvDocument doc;
  if (data.size() >= 3 && data.substr(0, 3) == "\xEF\xBB\xBF") {
    data.remove_prefix(3);
    doc.had_bom = true;
  }
  std::string converted;
  if (!is_valid_utf8(data)) {
    converted = windows1252_to_utf8(data);
    data = converted;
    doc.encoding = "windows-1252";
  }
  doc.delimiter = detect_delimiter(data);
  const char delim = doc.delimiter;

  std::vector<CsvRow> records;
  CsvRow row;
  std::string cell;
  bool quoted = false;     // inside a quoted section
  bool was_quoted = false; // the current cell had quotes (so it is not blank)
  std::size_t line = 1;
  std::size_t quote_line = 0;
  row.line = 1;
  auto end_cell = [&] {
    row.cells.push_back(strip_formula_guard(cell));
    cell.clear();
    was_quoted = false;
  };
  auto end_row = [&] {
    end_cell();
    bool blank = row.cells.size() == 1 && row.cells[0].empty() && !was_quoted;
    if (!blank) records.push_back(std::move(row));
    row = CsvRow{};
    row.line = line;
  };
  for (std::size_t i = 0; i < data.size(); ++i) {
    char c = data[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < data.size() && data[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
      continue;
    }
    if (c == '"') {
      // A quote opens a quoted section only at the start of a cell; elsewhere
      // (`5" floppy`) spreadsheets keep it as text, and so do we.
      if (cell.empty() && !was_quoted) {
        quoted = true;
        was_quoted = true;
        quote_line = line;
      } else {
        cell += c;
      }
    } else if (c == delim) {
      end_cell();
    } else if (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n') {
      continue; // CRLF: the LF ends the record
    } else if (c == '\n') {
      ++line;
      end_row();
    } else {
      cell += c;
    }
  }
  if (quoted) {
    throw CsvError(fmt::format("{}: line {}: a quoted cell opened here is never closed; check for a missing "
                               "closing '\"'",
                               name, quote_line));
  }
  if (!cell.empty() || !row.cells.empty() || was_quoted) end_row();

  if (records.empty()) throw CsvError(fmt::format("{}: the file is empty; it needs a header row", name));
  doc.header_line = records.front().line;
  doc.header = std::move(records.front().cells);
  for (auto& h : doc.header)
    h = trim(h);
  records.erase(records.begin());
  doc.rows = std::move(records);
  return doc;
}

CsvDocument read_csv_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw CsvError(fmt::format("{}: cannot open the file; check the path and its permissions", path));
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) throw CsvError(fmt::format("{}: read error", path));
  std::string data = buf.str();
  if (data.find('\0') != std::string::npos) {
    throw CsvError(fmt::format("{}: this is a binary file, not CSV text; save the spreadsheet as CSV", path));
  }
  return parse_csv(data, path);
}

std::string csv_cell(std::string_view value, char delimiter) {
  std::string cell = needs_formula_guard(value) ? "'" + std::string(value) : std::string(value);
  bool quote = cell.find_first_of(std::string{'"', '\n', '\r', delimiter}) != std::string::npos ||
               (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
  if (!quote) return cell;
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& cells, char delimiter) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out << delimiter;
    out << csv_cell(cells[i], delimiter);
  }
  out << '\n';
}

} // namespace entente
