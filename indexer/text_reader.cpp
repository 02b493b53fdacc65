#include "indexer/text_reader.hpp"

#include "indexer/pattern.hpp"
#include "indexer/pdf_reader.hpp"
#include "indexer/report_text.hpp"
#include "registry/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <map>
#include <set>

namespace entente::indexer {
namespace {

std::string human_size(std::uintmax_t bytes) {
  if (bytes >= (1u << 20)) return std::to_string(bytes >> 20) + " MiB";
  if (bytes >= (1u << 10)) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

void check_size(std::uintmax_t size, const ReadLimits& limits) {
  if (size > limits.max_bytes) {
    throw ReadError("file is too large (" + human_size(size) + ", the limit is " +
                    human_size(limits.max_bytes) + ")");
  }
}

// Other formats that people save with a .txt name or hand over by mistake;
// naming them helps more than "binary content".
void reject_known_binary(std::string_view bytes) {
  struct Magic {
    std::string_view prefix;
    const char* what;
  };
  static constexpr std::array<Magic, 7> magics = {{
      {"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file); export it to PDF or plain text"},
      {"\xD0\xCF\x11\xE0", "an old Microsoft Office document; export it to PDF or plain text"},
      {"{\\rtf", "an RTF document; export it to PDF or plain text"},
      {"\x89PNG", "a PNG image, not a text report"},
      {"\xFF\xD8\xFF", "a JPEG image, not a text report"},
      {"GIF8", "a GIF image, not a text report"},
      {"\x7F"
       "ELF",
       "a program, not a text report"},
  }};
  for (const auto& m : magics) {
    if (bytes.substr(0, m.prefix.size()) == m.prefix) throw ReadError(std::string("file is ") + m.what);
  }
}

bool looks_utf16(std::string_view bytes, bool& little_endian) {
  if (bytes.size() < 4) return false;
  std::size_t even_nul = 0;
  std::size_t odd_nul = 0;
  std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  for (std::size_t i = 0; i < n; i += 2) {
    even_nul += bytes[i] == '\0';
    odd_nul += bytes[i + 1] == '\0';
  }
  std::size_t pairs = n / 2;
  if (odd_nul * 10 > pairs * 7 && even_nul * 10 < pairs) {
    little_endian = true;
    return true;
  }
  if (even_nul * 10 > pairs * 7 && odd_nul * 10 < pairs) {
    little_endian = false;
    return true;
  }
  return false;
}

std::string convert_to_utf8(std::string_view bytes, const char* charset) {
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), charset);
  if (u.isBogus()) throw ReadError(std::string("cannot convert from ") + charset);
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Counts well-formed multibyte sequences and stray bytes, to tell UTF-8 with
// a few damaged bytes from a single-byte encoding.
void utf8_stats(std::string_view s, std::size_t& multibyte, std::size_t& invalid) {
  multibyte = 0;
  invalid = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 1) {
      ++i;
      continue;
    }
    bool ok = len != 0 && i + len <= s.size() && c >= 0xC2;
    for (std::size_t k = 1; ok && k < len; ++k)
      ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok) {
      ++multibyte;
      i += len;
    } else {
      ++invalid;
      ++i;
    }
  }
}

const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || n == nullptr) throw std::runtime_error("ICU NFC normaliser unavailable");
  return *n;
}

bool is_odd_space(UChar32 c) {
  return c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == '\t' || c == '\v' || c == '\f';
}

// One raw line to a clean one: controls dropped, exotic spaces made plain,
// PDF ligatures expanded, NFC, runs of spaces collapsed. Apostrophes and
// guillemets stay as written.
std::string clean_line(std::string_view raw) {
  bool ascii = std::all_of(raw.begin(), raw.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7F;
  });
  if (ascii) return squeeze_spaces(raw);
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(raw.data(), static_cast<int32_t>(raw.size())));
  icu::UnicodeString out;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (is_odd_space(c)) {
      out.append(static_cast<UChar32>(' '));
    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x200B || c == 0xFEFF ||
               c == 0x200C || c == 0x200D || c == 0x2060) {
      continue;
    } else if (c == 0xAD) {
      // A soft hyphen only shows where a word was broken at the end of a line.
      bool at_end = true;
      for (int32_t k = i; k < u.length(); ++k) {
        if (!u_isspace(u.char32At(k))) {
          at_end = false;
          break;
        }
      }
      if (at_end) out.append(static_cast<UChar32>('-'));
    } else if (c >= 0xFB00 && c <= 0xFB06) {
      static constexpr std::array<const char16_t*, 7> lig = {u"ff",  u"fi", u"fl", u"ffi",
                                                             u"ffl", u"st", u"st"};
      out.append(icu::UnicodeString(lig[static_cast<std::size_t>(c - 0xFB00)]));
    } else {
      out.append(c);
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString n = nfc().normalize(out, status);
  if (U_FAILURE(status)) n = out;
  std::string s;
  n.toUTF8String(s);
  return squeeze_spaces(s);
}

std::string shape_key(std::string_view line) {
  std::string key = fold(line);
  for (char& c : key) {
    if (std::isdigit(static_cast<unsigned char>(c))) c = '#';
  }
  key.erase(std::unique(key.begin(), key.end(), [](char a, char b) { return a == '#' && b == '#'; }),
            key.end());
  return key;
}

bool is_page_number(const std::string& key) {
  static const Pattern re(R"(^(page|p\.|pg\.?)?\s*(?:-|–|—)?\s*#\s*(?:-|–|—)?\s*((/|sur|de|of)\s*#)?$)");
  static const Pattern roman(R"(^(?:-|–|—)?\s*[ivxlc]{1,6}\s*(?:-|–|—)?$)");
  return re.matches_whole(key) || roman.matches_whole(key);
}

bool is_explicit_page_number(const std::string& key) {
  static const Pattern re(R"(^(page|p\.)\s*#\s*(/|sur|de|of)\s*#$)");
  // "-- 4 --", "-- 1 of 3 --": how text pulled out of a PDF marks its pages.
  static const Pattern dashed(R"(^(?:--+|–|—)\s*#\s*(?:(?:/|sur|de|of)\s*#\s*)?(?:--+|–|—)$)");
  return re.matches_whole(key) || dashed.matches_whole(key);
}

// Where the cells of a line start, in characters, when runs of two spaces
// or more (or tabs) part them; one start for a line of prose.
std::vector<std::size_t> space_cell_starts(std::string_view line) {
  std::vector<std::size_t> starts;
  std::size_t column = 0;
  int blanks = 0;
  bool tab = false;
  for (char ch : line) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c & 0xC0) == 0x80) continue; // within one character
    if (c == ' ' || c == '\t' || c == '\r') {
      ++blanks;
      tab = tab || c == '\t';
    } else {
      if (starts.empty() || blanks >= 2 || tab) starts.push_back(column);
      blanks = 0;
      tab = false;
    }
    ++column;
  }
  return starts;
}

// A row under a header whose columns start where the row's cells do (within
// a character): two cells at least, the first under the first column.
bool aligned_row(std::string_view line, const std::vector<std::size_t>& columns) {
  const auto starts = space_cell_starts(line);
  if (starts.size() < 2) return false;
  auto near = [](std::size_t a, std::size_t b) { return a + 1 >= b && b + 1 >= a; };
  if (!near(starts.front(), columns.front())) return false;
  return std::all_of(starts.begin(), starts.end(), [&](std::size_t s) {
    return std::any_of(columns.begin(), columns.end(), [&](std::size_t c) { return near(s, c); });
  });
}

// "  Date          Ville          Activité": an itinerary's header, short
// names parted by runs of spaces with the day first, over two rows at least
// aligned on them, is a table's even without a rule under it: each row is a
// day's event of its own, and its place is where it happened. Its columns,
// or nothing. (Only an itinerary: a block of "Label :  value" fields, a list
// with two spaces after its marker, a delegation in two columns or a list
// of agreements by partner read as before; a line of prose with a double
// space in it has long cells, and rows do not line up under it.)
// "No.  Title  Partner  Signed  Action", "Instrument  Partenaire  Échéance":
// the header of a list of agreements, one column naming the instrument and
// another what is known of it (not "Nom  Fonction  Organisme", a delegation).
bool names_agreement_columns(std::string_view line) {
  static const Pattern instrument(
      R"(^(?:(?:no|n°|#)\.?\s+)?(?:titre|title|intitule|instruments?|ententes?|accords?|agreements?|mous?|objet|subject)\b)");
  static const Pattern known(
      R"(^(?:partenaires?|partners?|signee?s?|signed|signature|date|dates|annee|year|statut|status|situation|etat|action|suivi|follow-up|echeance|expiry|expires|expiration|domaines?|domains?|secteurs?|sectors?)\b)");
  static const Pattern gap(R"(\s{2,}|\t)");
  bool names_instrument = false, knows = false;
  for (std::string_view cell : gap.split(line)) {
    const std::string folded = fold(cell);
    names_instrument |= instrument.found_in(folded);
    knows |= known.found_in(folded);
  }
  return names_instrument && knows;
}

std::vector<std::size_t> aligned_header(const std::vector<std::string>& lines, std::size_t at) {
  const std::string& line = lines[at];
  if (line.size() > 120 || line.find('|') != std::string::npos || line.find(':') != std::string::npos)
    return {};
  static const Pattern day_first(
      R"(^\s*(?:date|dates|jour|jours|journee|day|days|heure|heures|horaire|time|when|quand)\s{2,}\S)",
      Pattern::Case::Insensitive);
  const bool itinerary = day_first.found_in(line);
  if (!itinerary && !names_agreement_columns(line)) return {};
  auto columns = space_cell_starts(line);
  if (columns.size() < 3) return {};
  std::size_t cell = 0;
  for (std::size_t k = line.find_first_not_of(" \t"); k < line.size(); ++k) {
    const bool gap = line[k] == '\t' || (line[k] == ' ' && k + 1 < line.size() && line[k + 1] == ' ');
    cell = gap ? 0 : cell + 1;
    if (cell > 30) return {};
  }
  for (std::size_t k = at + 1; k < at + 3; ++k) {
    if (k >= lines.size() || !aligned_row(lines[k], columns)) return {};
  }
  // ("Date  Partenaire  Instrument" over "2015  Qingdao  Protocole ...": a
  // list of agreements by year, not of days.)
  static const Pattern year_first(R"(^\s*(?:19|20)\d\d(?:\s{2,}|\t))");
  if (itinerary && year_first.found_in(lines[at + 1])) return {};
  return columns;
}

// Columns aligned by spaces ("Entente en santé (MSSS)   2019   en vigueur")
// would lose their edges when runs of spaces collapse: around a rule, the
// header above it and the rows below it get " | " between their cells; so
// do a header of short names and the rows aligned under it, without a rule.
void mark_table_columns(std::vector<std::string>& lines) {
  auto has_gap = [](const std::string& l) {
    const auto first = l.find_first_not_of(" \t");
    return first != std::string::npos &&
           (l.find("  ", first) != std::string::npos || l.find('\t', first) != std::string::npos);
  };
  auto mark = [](std::string& l) {
    const auto first = l.find_first_not_of(" \t");
    std::string out = l.substr(0, first);
    for (std::size_t i = first; i < l.size();) {
      if (l[i] == '\t' || (l[i] == ' ' && i + 1 < l.size() && l[i + 1] == ' ')) {
        std::size_t j = i;
        while (j < l.size() && (l[j] == ' ' || l[j] == '\t' || l[j] == '\r'))
          ++j;
        if (j < l.size()) out += " | ";
        i = j;
      } else {
        out.push_back(l[i++]);
      }
    }
    l = std::move(out);
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find("  ") == std::string::npos && lines[i].find('\t') == std::string::npos) continue;
    const auto columns = aligned_header(lines, i);
    if (columns.empty()) continue;
    mark(lines[i]);
    for (++i; i < lines.size() && aligned_row(lines[i], columns); ++i)
      mark(lines[i]);
    --i;
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!is_table_rule(lines[i]) || lines[i].find('|') != std::string::npos) continue;
    std::size_t header = i;
    while (header > 0 && lines[header - 1].find_first_not_of(" \t\r") == std::string::npos)
      --header;
    if (header > 0 && has_gap(lines[header - 1])) mark(lines[header - 1]);
    for (std::size_t k = i + 1; k < lines.size() && has_gap(lines[k]) && !is_table_rule(lines[k]); ++k)
      mark(lines[k]);
  }
}

} // namespace

namespace detail {

void clean_lines(SourceText& out, std::vector<std::string> lines,
                 const std::vector<std::size_t>& page_starts) {
  mark_table_columns(lines);
  for (auto& l : lines)
    l = clean_line(l);

  std::size_t removed_furniture = 0;
  std::size_t removed_numbers = 0;
  // Text copied out of a PDF has no form feeds, but its "Page 1 of 4" lines
  // say where its pages end: the running header after each is furniture
  // too, and would otherwise cut a sentence that goes on across the page.
  std::vector<std::size_t> numbered_pages;
  if (page_starts.size() < 2) {
    numbered_pages.push_back(0);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
      if (!lines[i].empty() && lines[i].size() < 40 && is_explicit_page_number(shape_key(lines[i])))
        numbered_pages.push_back(i + 1);
    }
  }
  const std::vector<std::size_t>& starts = numbered_pages.size() >= 2 ? numbered_pages : page_starts;
  std::size_t pages = starts.size();
  if (pages >= 2) {
    // The first and last two non-blank lines of each page are where running
    // headers, footers and page numbers sit.
    constexpr std::size_t kEdge = 2;
    std::vector<std::vector<std::size_t>> edges(pages);
    for (std::size_t p = 0; p < pages; ++p) {
      std::size_t begin = starts[p];
      std::size_t end = p + 1 < pages ? starts[p + 1] : lines.size();
      std::vector<std::size_t> nonblank;
      for (std::size_t i = begin; i < end; ++i) {
        if (!lines[i].empty()) nonblank.push_back(i);
      }
      std::set<std::size_t> pick;
      for (std::size_t k = 0; k < nonblank.size() && k < kEdge; ++k)
        pick.insert(nonblank[k]);
      for (std::size_t k = 0; k < nonblank.size() && k < kEdge; ++k)
        pick.insert(nonblank[nonblank.size() - 1 - k]);
      edges[p].assign(pick.begin(), pick.end());
    }
    // Pages told only by their "Page 1 of 4" lines are a guess: there, only
    // a line repeated word for word is furniture, and a bare number is left
    // ("Jour 1 — 21 novembre" and "Jour 2 — 22 novembre" at the tops of
    // pages are a diary's headings; "2019" a year).
    const bool guessed_pages = &starts == &numbered_pages;
    auto key_of = [&](const std::string& line) { return guessed_pages ? trim(line) : shape_key(line); };
    std::map<std::string, std::set<std::size_t>> pages_with;
    for (std::size_t p = 0; p < pages; ++p) {
      for (auto i : edges[p])
        pages_with[key_of(lines[i])].insert(p);
    }
    std::size_t needed = std::max<std::size_t>(2, (pages + 1) / 2);
    for (std::size_t p = 0; p < pages; ++p) {
      for (auto i : edges[p]) {
        std::string key = key_of(lines[i]);
        if (!guessed_pages && is_page_number(key)) {
          lines[i].clear();
          ++removed_numbers;
        } else if (pages_with[key].size() >= needed && lines[i].size() <= 160) {
          lines[i].clear();
          ++removed_furniture;
        }
      }
    }
  }
  // "Page 3 de 7" cannot be anything else, wherever it stands.
  for (auto& l : lines) {
    if (!l.empty() && l.size() < 40 && is_explicit_page_number(shape_key(l))) {
      l.clear();
      ++removed_numbers;
    }
  }
  if (removed_furniture > 0) {
    out.notes.push_back("removed " + std::to_string(removed_furniture) +
                        " repeated page header/footer lines");
  }
  if (removed_numbers > 0)
    out.notes.push_back("removed " + std::to_string(removed_numbers) + " page numbers");
  if (std::all_of(lines.begin(), lines.end(), [](const std::string& l) { return l.empty(); })) {
    throw ReadError("file contains no text");
  }
  out.lines = std::move(lines);
}

} // namespace detail

SourceText read_text_bytes(std::string_view bytes, const ReadLimits& limits) {
  check_size(bytes.size(), limits);
  if (bytes.empty()) throw ReadError("file is empty");
  SourceText out;
  out.format = "txt";
  reject_known_binary(bytes);

  std::string text;
  bool little = true;
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    little = bytes[0] == '\xFF';
    out.encoding = little ? "utf-16le" : "utf-16be";
    text = convert_to_utf8(bytes.substr(2), little ? "UTF-16LE" : "UTF-16BE");
    out.notes.push_back("converted from " + out.encoding);
  } else if (looks_utf16(bytes, little)) {
    out.encoding = little ? "utf-16le" : "utf-16be";
    text = convert_to_utf8(bytes, little ? "UTF-16LE" : "UTF-16BE");
    out.notes.push_back("converted from " + out.encoding + " (no byte order mark)");
  } else {
    // Control bytes other than layout ones mean this is not text; a handful
    // of NULs (a damaged export) are dropped instead.
    std::size_t nul = 0;
    std::size_t control = 0;
    for (char ch : bytes) {
      auto c = static_cast<unsigned char>(ch);
      if (c == 0) {
        ++nul;
      } else if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1A) ||
                 c == 0x7F) {
        ++control;
      }
    }
    if (((nul + control) * 50 > bytes.size() && nul + control > 8) || nul + control > 4096) {
      throw ReadError("file looks binary (" + std::to_string(nul + control) +
                      " control bytes), not a text report; export it to PDF or plain text");
    }
    std::string_view body = bytes;
    if (nul > 0) {
      text.reserve(bytes.size());
      for (char ch : bytes) {
        if (ch != '\0') text.push_back(ch);
      }
      out.notes.push_back("removed " + std::to_string(nul) + " NUL bytes");
      body = text;
    }
    std::string decoded;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") {
      out.encoding = "utf-8-bom";
      decoded = std::string(body.substr(3));
    } else if (is_valid_utf8(body)) {
      out.encoding = "utf-8";
      decoded = std::string(body);
    }
    if (!out.encoding.empty() && !is_valid_utf8(decoded)) {
      decoded = convert_to_utf8(decoded, "UTF-8");
      out.notes.push_back("replaced invalid UTF-8 bytes");
    }
    if (out.encoding.empty()) {
      std::size_t multibyte = 0;
      std::size_t invalid = 0;
      utf8_stats(body, multibyte, invalid);
      if (multibyte > invalid * 4) {
        out.encoding = "utf-8";
        decoded = convert_to_utf8(body, "UTF-8");
        out.notes.push_back("replaced " + std::to_string(invalid) + " invalid UTF-8 bytes");
      } else {
        // 0x80-0x9F are printable only in Windows-1252 (’ “ ” – …); without
        // them the two encodings agree and ISO-8859-1 is the honest name.
        bool c1 = std::any_of(body.begin(), body.end(), [](char ch) {
          auto c = static_cast<unsigned char>(ch);
          return c >= 0x80 && c <= 0x9F;
        });
        out.encoding = c1 ? "windows-1252" : "iso-8859-1";
        decoded = convert_to_utf8(body, c1 ? "windows-1252" : "ISO-8859-1");
        out.notes.push_back("converted from " + out.encoding);
      }
    }
    text = std::move(decoded);
  }

  // Every line terminator counts (CRLF, LF, lone CR) so numbering matches
  // editors; a form feed starts a page but not a line.
  std::vector<std::string> lines;
  std::vector<std::size_t> page_starts{0};
  std::string current;
  bool crlf = false;
  bool lone_cr = false;
  std::size_t form_feeds = 0;
  auto flush = [&] {
    auto ff = current.find('\f');
    if (ff != std::string::npos) {
      form_feeds += static_cast<std::size_t>(std::count(current.begin(), current.end(), '\f'));
      bool blank_before = current.find_first_not_of(" \t", 0) >= ff;
      std::size_t start = blank_before ? lines.size() : lines.size() + 1;
      if (start > 0 && page_starts.back() < start) page_starts.push_back(start);
    }
    lines.push_back(std::move(current));
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        ++i;
        crlf = true;
      } else {
        lone_cr = true;
      }
      flush();
    } else if (c == '\n') {
      flush();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) flush();
  if (!lines.empty() && page_starts.back() >= lines.size()) page_starts.pop_back();
  if (crlf) out.notes.push_back("CRLF line endings");
  if (lone_cr) out.notes.push_back("CR line endings");
  if (form_feeds > 0) out.notes.push_back(std::to_string(page_starts.size()) + " pages (form feeds)");
  detail::clean_lines(out, std::move(lines), page_starts);
  return out;
}

SourceText read_document(const std::filesystem::path& path, const ReadLimits& limits) {
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) throw ReadError("file not found");
  if (std::filesystem::is_directory(status)) throw ReadError("is a directory, not a report file");
  if (!std::filesystem::is_regular_file(status)) throw ReadError("not a regular file");
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  bool pdf = ext == ".pdf";
  if (!pdf && ext != ".txt" && ext != ".text") {
    throw ReadError("unsupported file type '" + (ext.empty() ? std::string("(no extension)") : ext) +
                    "'; entente reads .txt and .pdf reports");
  }
  auto size = std::filesystem::file_size(path, ec);
  if (ec) throw ReadError("cannot read the file size: " + ec.message());
  check_size(size, limits);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ReadError("cannot open the file (permission denied?)");
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (static_cast<std::uintmax_t>(in.gcount()) != size) throw ReadError("cannot read the whole file");
  if (!pdf && bytes.rfind("%PDF-", 0) == 0) {
    SourceText out = read_pdf_bytes(bytes, limits);
    out.notes.push_back("a PDF file with a " + ext + " extension");
    return out;
  }
  return pdf ? read_pdf_bytes(bytes, limits) : read_text_bytes(bytes, limits);
}

} // namespace entente::indexer
