// Fuzzes the CSV reader and the guard round trip: whatever a file holds,
// parsing either succeeds or throws CsvError, and every parsed cell
// survives being written and read back unchanged.
#include "registry/csv.hpp"

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  entente::CsvDocument doc;
  try {
    doc = entente::parse_csv(bytes, "fuzz.csv");
  } catch (const entente::CsvError&) {
    return 0;
  }
  for (const auto& row : doc.rows) {
    for (const auto& cell : row.cells) {
      std::string written = entente::csv_cell(cell, ',');
      // What a spreadsheet sees once it has removed the quoting.
      std::string_view seen = written;
      if (!seen.empty() && seen.front() == '"') seen.remove_prefix(1);
      // (needs_formula_guard is also true for an already guarded "'=", so test the first byte.)
      if (!seen.empty() && std::string_view("=+-@\t\r").find(seen.front()) != std::string_view::npos)
        std::abort();
      if (cell.empty()) continue;
      // A one-column file holding the cell reads back as the cell.
      auto back = entente::parse_csv("h\n" + written + "\n", "roundtrip.csv");
      if (back.rows.size() != 1 || back.rows[0].cells.size() != 1 || back.rows[0].cells[0] != cell)
        std::abort();
    }
  }
  return 0;
}
