#pragma once
// Loading agreements and MOUs from a spreadsheet (CSV) or from the JSON
// document that export writes.
//
// CSV columns (header row, any order, case- and accent-insensitive):
//   title, kind, partners, domains, signed, status, expires, notes   (DESIGN.md)
//   ref, review, id, events, relations, in_force, source, origin      (export writes most of these)
// Several partners or domains are separated by `;`. Dates are YYYY, YYYY-MM
// or YYYY-MM-DD. Unknown columns are reported once and ignored.
//
// What a row becomes:
//   - `kind` is agreement or mou (also "entente", "accord", "protocole
//     d'entente", "memorandum of understanding"); with a mapping, a value
//     map can turn other vocabularies into these (see ColumnMapping).
//   - `partners` empty or absent: the partners named in the title
//     (Gazetteer::find_in_text), marked extracted in agreement_partners.
//   - an `events` column (export files have one): each row's events exactly,
//     in the encoding of agreement_export.hpp, an empty cell meaning none;
//     `status` is then ignored (export writes the derived status, which the
//     events already imply).
//     Otherwise `status` becomes one event of source kind `registry` (or the
//     row's `source_kind`): in force (dated at `in_force` when given),
//     expired (dated at `expires`), terminated, superseded, signed; unknown
//     and empty add nothing.
//   - `relations`: `type:id[: evidence]` joined with ` | `, "this agreement
//     <type> agreement <id>", where <id> is an id of the same file (or, when
//     the file does not have it, of the registry). Applied after all rows.
//
// Matching, so that importing the same file twice adds nothing: an existing
// agreement with the same `ref`; else the one whose id is the row's `id`
// when it also has the same kind and title or the same kind and signing
// date (so that an export of another registry does not overwrite unrelated
// records that happen to share ids); else the same (kind, title, signed).
// A match is updated when something differs, else counted unchanged. A new
// agreement keeps the row's `id` when that id is free.
//
// Every row is its own savepoint inside one transaction that the importer
// opens: a row with a problem (unknown partner or domain, bad date, no
// title, bad kind...) is reported as "line N: <what> (<hint>)" and leaves
// nothing behind; the good rows go in. A file that cannot be read at all
// throws ImportError.
#include "registry/store.hpp"

#include <cstddef>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace entente {

class ImportError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// "Source Column=target[:option]..." — how one column of a foreign layout
// feeds a target column. Options, in any order:
//   dmy | mdy | ymd       day-first (31.12.2020, 31/12/2020), US (12/31/2020)
//                         or ISO dates (the default);
//   , ; | /               the list separator of partners or domains;
//   none=VALUE            one more value meaning "no value" (besides empty,
//                         NA, N/A, n/a, -, 31.12.9999, 9999-12-31, which
//                         spreadsheets and treaty datasets use for "none" or
//                         "open-ended");
//   FROM>TO               a value map (folded comparison), e.g.
//                         "Memorandum of Understanding>mou"; `*>TO` maps
//                         every other value.
struct ColumnMapping {
  std::string source;    // the column as the file names it
  std::string target;    // one of the CSV columns above
  char date_order = 'y'; // 'y' ISO, 'd' day-first, 'm' month-first
  char separator = 0;    // 0: the default `;`
  std::vector<std::string> none_values;
  std::vector<std::pair<std::string, std::string>> values; // folded FROM -> TO
  std::string fallback;                                    // `*>TO`
};

// Parses "Treaty Name=title,Signature Date=signed:ymd,Membership=partners:,"
// (a `,` right after `:` is the separator option, not the next entry).
// Throws ImportError on an unknown target or option.
std::vector<ColumnMapping> parse_mapping(std::string_view text);
// A mapping file: one `Source Column = target[:option]...` per line, blank
// lines and `#` comments ignored. Errors name the file and line.
std::vector<ColumnMapping> load_mapping_file(const std::string& path);

struct ImportOptions {
  std::vector<ColumnMapping> mapping;
  // Source kind and source of the events made from the status column.
  std::string source_kind = "registry";
  std::string source; // empty: the file name
  // Validate everything, write nothing (the transaction is rolled back).
  bool dry_run = false;
};

struct ImportProblem {
  std::size_t line = 0; // 0: the file as a whole
  std::string message;  // "line N: ..." ready to print
};

struct ImportReport {
  std::string path;
  std::string format;   // csv | json
  std::string encoding; // as read; "windows-1252" means it was converted
  std::size_t rows = 0; // data rows (records) read, blank ones excluded
  std::size_t added = 0;
  std::size_t updated = 0;
  std::size_t unchanged = 0;
  std::size_t skipped = 0;
  std::size_t partners_from_titles = 0; // rows whose partners came from the title
  std::vector<std::string> unknown_columns;
  std::vector<ImportProblem> problems; // one per skipped row, plus relation problems
  std::vector<std::string> notices;    // encoding converted, unknown columns...
  std::map<Id, Id> ids;                // id in the file -> id in the registry
};

// Imports FILE.csv (or any delimited text) or FILE.json (by extension).
// Opens and commits its own transaction; throws ImportError when the file
// cannot be read or a mapping names a column the file does not have.
ImportReport import_agreements(Store& store, const std::string& path, const ImportOptions& options = {});

} // namespace entente
