#pragma once
// The shape of a report, before any meaning: title lines, section headings
// (whatever their wording), "Label : value" fields, list items and
// paragraphs, each with its line range. PDF-extracted reports put blank
// lines everywhere and break lines mid-sentence, so blank lines separate
// nothing here; headings, fields and list markers do.
#include "indexer/report_text.hpp"
#include "registry/model.hpp"

#include <string>
#include <vector>

namespace entente::indexer {

enum class FieldKind { none, places, dates, date, report_date, author, filed, ministry, subject, delegation };

struct Unit {
  enum Kind { heading_unit, field_unit, item_unit, paragraph_unit } kind = paragraph_unit;
  JoinedText joined; // the unit's text (for an item, without its marker)
  int line = 0;      // first and last line (1-based)
  int line_end = 0;
  FieldKind field = FieldKind::none;
  std::string label; // field label as written
  std::string value; // field value, continuation lines joined
  int section = -1;  // index into Layout::sections, -1 before the first one
  // For a table row: the table's header row ("Instrument | Partenaire |
  // Signature | Échéance"), its cells parted by " | " as the row's are.
  std::string table_header;
  const std::string& text() const { return joined.text; }
};

struct Layout {
  std::vector<std::string> title_lines;
  int title_line = 0;
  std::vector<Section> sections;
  std::vector<Unit> units;
};

Layout analyse_layout(const std::vector<std::string>& lines);

// context | objectives | results | recommendations | delegation | general, or
// empty when the heading is not one of those.
std::string classify_heading(std::string_view heading);

// The date a line that closes a report says it was written on: a dateline
// ("Québec, le 21 novembre 1994", "Québec City, April 27, 2018") or a
// sentence ("Rapport daté du 6 décembre 2024.", "Report submitted on March
// 7, 2025."); empty when the line is neither.
std::string closing_date_text(std::string_view line);

// "Dr", "M.", "Mme", "Hon.", "Mr.", "Prof."... at the start of text; empty if none.
std::string leading_honorific(std::string_view text);

} // namespace entente::indexer
