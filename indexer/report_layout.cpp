#include "indexer/report_layout.hpp"

#include "indexer/french_dates.hpp"
#include "indexer/pattern.hpp"
#include "registry/text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace entente::indexer {
namespace {

bool has_word(const std::vector<std::string>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool has_any(const std::vector<std::string>& words, std::initializer_list<std::string_view> list) {
  return std::any_of(list.begin(), list.end(), [&](std::string_view w) { return has_word(words, w); });
}

// "1.", "2)", "3.2", "IV -", "A." in front of a heading.
std::string strip_numbering(std::string_view line) {
  static const Pattern re(
      R"(^\s*(?:(?:\d{1,2}|[A-H])(?:\.\d{1,2})+(?:\s*(?:[.)\-]|–|—))?\s+|(?:\d{1,2}(?:\.\d{1,2})*|[IVXivx]{1,4}|[A-Ha-h])\s*(?:[.)\-]|–|—)\s*|\d{1,2}\s+))");
  if (auto m = re.search(line)) line.remove_prefix(m->length());
  return std::string(line);
}

std::string strip_trailing_colon(std::string_view text) {
  std::string s = trim(text);
  while (!s.empty() && (s.back() == ':' || s.back() == ' '))
    s.pop_back();
  return s;
}

bool mostly_upper(std::string_view text) {
  int letters = 0;
  int upper = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    if (c < 0 || !u_isalpha(c)) continue;
    ++letters;
    upper += u_isupper(c) ? 1 : 0;
  }
  return letters >= 4 && upper * 10 >= letters * 9;
}

// "3.2 " in front of a line: the length of that number, or 0. A capital must
// follow, since a line broken inside a sentence may start with a decimal
// number ("2.5 millions").
std::size_t sub_number_length(std::string_view line) {
  static const Pattern within(R"(^\d{1,2}(?:\.\d{1,2})+[.)]?\s+)");
  auto m = within.search(line);
  return m && starts_with_upper(line.substr(m->length())) ? m->length() : 0;
}

// `sub_number`: sub_number_length(line). A line so numbered is an item within
// its section ("3.2 Le protocole..." under "3. Résultats"); "2.1 VISITE DE
// L'HÔPITAL", in capitals, is a heading instead. `sub_numbered` says which
// kind of marker made the item.
bool is_bullet_line(std::string_view line, std::size_t sub_number, std::size_t& marker_len,
                    bool& sub_numbered) {
  static const Pattern re(
      R"(^(?:--|[-*]|–|—|•|▪|●|◦|·|►|■|□|✓|✔|☐|☑|☒|\[[ xX✓]?\]|\[\d{1,3}\]|o|\d{1,2}[.)]|[A-Z]\d{1,2}[.)]|[a-z]\)|[ivx]{2,5}\)|[a-h]\.|\((?:[a-z0-9]{1,2}|[ivx]{3,5})\))(?:\s|\xc2\xa0)+)");
  sub_numbered = false;
  if (auto m = re.search(line)) {
    // ("o Rencontre avec ...", "o 1er octobre – Campinas", a typewriter's
    // bullet, before a capital or a number only.)
    if (line.front() == 'o' && !starts_with_upper(line.substr(m->length())) &&
        !std::isdigit(static_cast<unsigned char>(line[m->length()])))
      return false;
    marker_len = m->length();
    return true;
  }
  if (sub_number > 0 && !mostly_upper(line.substr(sub_number))) {
    marker_len = sub_number;
    sub_numbered = true;
    return true;
  }
  return false;
}

FieldKind classify_label(std::string_view label) {
  auto words = fold_words(label);
  if (words.empty() || words.size() > 7) return FieldKind::none;
  const std::string& w0 = words[0];
  if (has_any(words, {"redige", "redigee", "redaction", "prepare", "preparee", "prepared", "written",
                      "drafted", "auteur", "auteure", "author", "authors"})) {
    return FieldKind::author;
  }
  if (has_any(words,
              {"depose", "deposee", "soumis", "soumise", "submitted", "filed", "presente", "presentee"})) {
    return FieldKind::filed;
  }
  // ("Ministre : Mme Monique Gagnon-Tremblay, ministre des Relations
  // internationales", "Head of delegation: ...": who led it.)
  // ("Led by:", "Dirigée par :", "Accompagné de :", "Membres :": the
  // head, then the others.)
  if (has_any(words, {"delegation", "participants"}) || w0 == "composition" ||
      (words.size() <= 3 &&
       (w0 == "ministre" || w0 == "minister" || w0 == "chef" || w0 == "head" || w0 == "cheffe" ||
        w0 == "leader" || w0 == "led" || w0 == "dirigee" || w0 == "dirige" || w0 == "accompagne" ||
        w0 == "accompagnee" || w0 == "accompagnes" || w0 == "accompagnees" || w0 == "accompanied")) ||
      (words.size() <= 2 && (w0 == "membres" || w0 == "members")))
    return FieldKind::delegation;
  if (has_any(words, {"lieu", "lieux", "destination", "destinations", "villes", "ville", "place", "places",
                      "location", "locations", "pays", "country", "countries", "cities", "city", "endroits",
                      "endroit", "itineraire", "itinerary"})) {
    return FieldKind::places;
  }
  if (has_any(words, {"dates", "periode", "period", "duree"})) return FieldKind::dates;
  if (has_word(words, "date")) {
    if (has_any(words, {"mission", "sejour", "deplacement", "visite", "visit", "trip"}))
      return FieldKind::dates;
    if (has_any(words, {"rapport", "report", "redaction"})) return FieldKind::report_date;
    return words.size() == 1 ? FieldKind::date : FieldKind::none;
  }
  if (w0 == "ministere" || w0 == "ministry" || w0 == "department" || w0 == "organisme" ||
      w0 == "ministeres") {
    return FieldKind::ministry;
  }
  if (words.size() <= 2 &&
      (w0 == "objet" || w0 == "subject" || w0 == "mission" || w0 == "titre" || w0 == "title")) {
    return FieldKind::subject;
  }
  return FieldKind::none;
}

bool ends_with_connector(std::string_view value) {
  auto words = fold_words(value);
  if (value.empty()) return false;
  char last = value.back();
  if (last == ',' || last == '-' || last == '&') return true;
  if (words.empty()) return false;
  static constexpr std::array<std::string_view, 16> connectors = {
      "a", "au", "aux", "de", "du", "des", "la", "le", "les", "et", "en", "and", "of", "the", "for", "l"};
  return std::find(connectors.begin(), connectors.end(), words.back()) != connectors.end();
}

bool is_distribution_mark(std::string_view line) {
  std::string f = fold(line);
  return f.find("diffusion") != std::string::npos || f.find("confidentiel") != std::string::npos ||
         f.find("version publique") != std::string::npos || f.find("for publication") != std::string::npos ||
         f.find("public version") != std::string::npos || f.find("draft") != std::string::npos ||
         f.find("projet de rapport") != std::string::npos;
}

// "EXPÉDITEUR :    Direction du ...", "FROM: ...": a memo's address line is
// no title.
bool is_memo_label(std::string_view line) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || colon > 25) return false;
  static const std::array<std::string_view, 16> labels = {
      "destinataire", "destinataires", "expediteur", "expediteurs", "a",   "de",   "to",        "from",
      "cc",           "c.c.",          "copie",      "copies",      "par", "attn", "attention", "ref"};
  const std::string label = trim(fold(line.substr(0, colon)));
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

bool ends_sentence(std::string_view text) {
  if (text.empty()) return true;
  char c = text.back();
  return c == '.' || c == ';' || c == '!' || c == '?' || c == ':';
}

// A few words in a line of their own that end no sentence nor phrase:
// "Déroulement", "Summary", "Rencontres officielles", "Entente en matière
// d'énergie propre", "Lyon (14-16 mars)": a place glossed by its days.
// Past five words, or glossed, only when `set_apart` (a blank line after it
// in a report whose blank lines part paragraphs): "Québec and Bavaria then
// signed the Joint" is the first line of a sentence that wraps.
bool looks_like_heading(std::string_view text, bool set_apart = false) {
  // ("> Weifang (13-14 novembre)", "# Résultats": a mark before it.)
  bool marked = false;
  while (!text.empty() && (text.front() == '>' || text.front() == '#' || text.front() == ' ')) {
    marked = true;
    text.remove_prefix(1);
  }
  set_apart = set_apart || marked;
  // ("C.2 Ministère de la Promotion de la Jeunesse (11 février)": neither its
  // number nor the day in brackets after it count as its words.)
  std::string counted = strip_numbering(text);
  if (const auto gloss = counted.rfind(" (");
      gloss != std::string::npos && counted.back() == ')' && fold_words(counted.substr(gloss)).size() <= 3)
    counted.resize(gloss);
  auto words = fold_words(counted);
  if (words.empty() || words.size() > (set_apart ? 8U : 5U) || text.size() > (set_apart ? 70U : 60U))
    return false;
  if (!starts_with_upper(text) || ends_with_connector(text)) return false;
  const char c = text.back();
  if (c == ')') {
    // ("4.1 Mumbai (November 17–18)" over its paragraph: a place and its
    // days, a heading even without a blank line after it.)
    // (Not "Entente en enseignement supérieur (2018)" in a list of
    // agreements: a year alone glosses an instrument's name.)
    if (!set_apart) {
      const auto open = text.rfind(" (");
      static const Pattern year_alone(R"(^ \(\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*\)$)");
      return open != std::string_view::npos && open > 0 &&
             text.substr(open).find_first_of("0123456789") != std::string_view::npos &&
             !year_alone.found_in(text.substr(open)) &&
             fold_words(strip_numbering(text.substr(0, open))).size() <= 4;
    }
    // The bracket glosses the words before it; a line that ends inside a
    // bracket opened on an earlier line is the end of a sentence's text.
    const auto open = text.find(" (");
    return open != std::string_view::npos && open > 0 && text.find(')') > open;
  }
  return c != '.' && c != ';' && c != '!' && c != '?' && c != ',';
}

// A delegation's list whose last member is not whole yet: it ends on ';' or
// ',', or its last member has no title ("...; Mr. Alexandre" before "Dion,
// Director, Carbon Market; ..."). "Ms. Martine Biron, Minister" is whole:
// the line after it is not hers.
bool member_goes_on(std::string_view value) {
  while (!value.empty() && value.back() == ' ')
    value.remove_suffix(1);
  if (value.empty()) return false;
  if (value.back() == ';' || value.back() == ',') return true;
  const std::size_t semi = value.rfind(';');
  const std::string_view last = semi == std::string_view::npos ? value : value.substr(semi + 1);
  return last.find(',') == std::string_view::npos && !ends_sentence(last);
}

// "1.", "2)", "3.2", "IV." in front of a line, not a dash or a bullet.
bool numbered_line(std::string_view line) {
  static const Pattern re(
      R"(^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[A-H](?:\.\d{1,2})*)\s*(?:[.)\-]|–|—)?\s)");
  return re.found_in(line);
}

// The cells of a table row, parted by " | ": a row in pipes, or (after a
// rule) columns aligned by runs of spaces. Nothing for a line of prose.
std::optional<std::string> table_row(std::string_view line, bool after_rule) {
  std::string_view t = line;
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t'))
    t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t'))
    t.remove_suffix(1);
  std::vector<std::string> cells;
  auto add = [&](std::string_view cell) {
    while (!cell.empty() && cell.front() == ' ')
      cell.remove_prefix(1);
    while (!cell.empty() && cell.back() == ' ')
      cell.remove_suffix(1);
    if (!cell.empty()) cells.emplace_back(cell);
  };
  // (The reader marks the edges of columns it found aligned by spaces.)
  if (t.size() > 2 && (t.front() == '|' || (after_rule && t.find(" | ") != std::string_view::npos))) {
    std::size_t from = t.front() == '|' ? 1 : 0;
    for (std::size_t k = from; k <= t.size(); ++k) {
      if (k == t.size() || t[k] == '|') {
        add(t.substr(from, k - from));
        from = k + 1;
      }
    }
  } else if (after_rule) {
    std::size_t from = 0;
    for (std::size_t k = 0; k + 1 < t.size(); ++k) {
      if ((t[k] == ' ' && t[k + 1] == ' ') || t[k] == '\t') {
        add(t.substr(from, k - from));
        while (k < t.size() && (t[k] == ' ' || t[k] == '\t'))
          ++k;
        from = k;
      }
    }
    add(t.substr(from));
  }
  if (cells.size() < 2) return std::nullopt;
  std::string row;
  for (const auto& c : cells)
    row += (row.empty() ? "" : " | ") + c;
  return row;
}

} // namespace

std::string classify_heading(std::string_view heading) {
  auto words = fold_words(strip_trailing_colon(strip_numbering(heading)));
  if (words.empty() || words.size() > 7) return "";
  // The first telling word decides: "Contexte et objectifs" is context.
  for (const auto& w : words) {
    if (w == "contexte" || w == "context" || w == "background" || w == "historique" || w == "mise")
      return "context";
    if (w == "objectifs" || w == "objectif" || w == "objectives" || w == "objective" || w == "buts" ||
        w == "but" || w == "purpose" || w == "goals" || w == "aims")
      return "objectives";
    if (w == "resultats" || w == "resultat" || w == "retombees" || w == "bilan" || w == "results" ||
        w == "outcomes" || w == "outcome" || w == "achievements" || w == "highlights" || w == "saillants" ||
        w == "constats")
      return "results";
    if (w == "recommandations" || w == "recommandation" || w == "suivis" || w == "suivi" || w == "suites" ||
        w == "recommendations" || w == "recommendation" || w == "follow" || w == "followup" || w == "next" ||
        w == "prochaines")
      return "recommendations";
    // "Propositions", "Pistes d'action", "Proposals": a heading of its own;
    // not "Propositions de la partie chinoise", "Propositions et ententes",
    // "Visite des pistes cyclables".
    if ((w == "propositions" || w == "proposals" || w == "pistes" || w == "suggestions") &&
        &w == &words.front() &&
        (words.size() == 1 || (words.size() == 3 && words[1] == "d" && words[2] == "action")))
      return "recommendations";
    if (w == "delegation" || w == "participants" || w == "composition") return "delegation";
    // ("HEAD OF DELEGATION" then "MEMBERS": the rest of it, when it follows
    // the delegation's section; see analyse_layout.)
    if ((w == "members" || w == "membres") && &w == &words.front() && words.size() <= 2) return "members";
    if (w == "informations" || w == "renseignements" || w == "general" || w == "details" ||
        w == "identification")
      return "general";
  }
  return "";
}

std::string leading_honorific(std::string_view text) {
  static constexpr std::array<std::string_view, 33> honorifics = {"The Honourable",
                                                                  "L’honorable",
                                                                  "L'honorable",
                                                                  "l’honorable",
                                                                  "l'honorable",
                                                                  "Honourable",
                                                                  "Honorable",
                                                                  "L’hon.",
                                                                  "L'hon.",
                                                                  "Prof.",
                                                                  "Prof",
                                                                  "Hon.",
                                                                  "Mmes",
                                                                  "Mme.",
                                                                  "Mme",
                                                                  "Mlle",
                                                                  "Dre.",
                                                                  "Dre",
                                                                  "Dr.",
                                                                  "Dr",
                                                                  "Mrs.",
                                                                  "Mrs",
                                                                  "Mr.",
                                                                  "Mr",
                                                                  "Ms.",
                                                                  "Ms",
                                                                  "MM.",
                                                                  "M.",
                                                                  "Me",
                                                                  "Pr.",
                                                                  "Pr",
                                                                  "Sir",
                                                                  "Dame"};
  for (auto h : honorifics) {
    if (text.size() > h.size() + 1 && text.substr(0, h.size()) == h && text[h.size()] == ' ' &&
        starts_with_upper(text.substr(h.size() + 1))) {
      return std::string(h);
    }
  }
  return "";
}

std::string closing_date_text(std::string_view line) {
  static const Pattern dateline(
      R"(^\s*[A-Z\xc3][^,\d]{1,40},\s+(?:le\s+)?((?:\d{1,2}(?:er)?\s+[^\s\d]+\s+|[A-Z][a-z]+\.?\s+\d{1,2},\s+)(?:19|20)\d\d)\s*\.?\s*$)");
  if (auto m = dateline.search(line)) return m->str(1);
  static const Pattern written_on(
      R"(^\s*(?:(?:ce|le|the|this)\s+)?(?:rapport|report|compte rendu|note)\s+(?:(?:a ete|was|has been|is)\s+)?(?:datee?|deposee?|redigee?|remise?|transmise?|soumise?|signee?|complete|finalisee?|dated|submitted|written|filed|completed|signed|prepared|finali[sz]ed)\s+(?:(?:a|in|at)\s+[^,\d]{1,40},?\s+)?(?:(?:du|le|on|the)\s+)?(\d{1,2}(?:er|st|nd|rd|th)?\s+[a-z]+\.?,?\s+(?:19|20)\d\d|[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)\s*\.?\s*$)");
  // (The folded text outlives the match read from it.)
  const std::string folded = fold(line);
  if (auto w = written_on.search(folded)) return w->str(1);
  return {};
}

Layout analyse_layout(const std::vector<std::string>& lines) {
  Layout out;
  bool title_phase = true;
  int last_title_line = 0;
  int title_count = 0;
  int current_section = -1;
  int field_continuations = 0;
  auto section_kind = [&]() -> std::string {
    return current_section < 0 ? "" : out.sections[static_cast<std::size_t>(current_section)].kind;
  };
  auto add_unit = [&](Unit u) {
    u.section = current_section;
    if (current_section >= 0) out.sections[static_cast<std::size_t>(current_section)].line_end = u.line_end;
    out.units.push_back(std::move(u));
  };
  // A unit of one line.
  auto add_line_unit = [&](Unit::Kind kind, std::string_view text, int n) {
    Unit u;
    u.kind = kind;
    u.joined.append_line(text, n);
    u.line = u.line_end = n;
    add_unit(std::move(u));
  };
  auto extend_last = [&](const std::string& line, int n) {
    Unit& u = out.units.back();
    u.joined.append_line(line, n);
    u.line_end = n;
    if (u.section >= 0) out.sections[static_cast<std::size_t>(u.section)].line_end = n;
  };
  // "4" when the open section came from "4. RECOMMANDATIONS" (or from one of
  // its numbered subdivisions), else empty.
  std::string section_number;
  auto top_number = [](std::string_view line) {
    std::size_t k = 0;
    while (k < line.size() && k < 2 && line[k] >= '0' && line[k] <= '9')
      ++k;
    return std::string(line.substr(0, k));
  };
  auto open_section = [&](std::string kind, std::string heading, int n) {
    Section s;
    s.kind = std::move(kind);
    s.heading = std::move(heading);
    s.line = n;
    s.line_end = n;
    out.sections.push_back(std::move(s));
    current_section = static_cast<int>(out.sections.size()) - 1;
  };

  // Whether a blank line sets a line apart: not in a PDF's text, where a
  // blank line follows every short wrapped line.
  bool blank_lines_part = true;
  {
    std::size_t followed = 0, nonblank = 0, long_lines = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].empty()) continue;
      ++nonblank;
      if (i + 1 < lines.size() && lines[i + 1].empty()) ++followed;
      if (lines[i].size() > 110) ++long_lines;
    }
    blank_lines_part = nonblank == 0 || followed * 10 < nonblank * 8 || long_lines * 4 >= nonblank;
  }
  auto set_apart = [&](std::size_t i) {
    return blank_lines_part && i + 1 < lines.size() && lines[i + 1].empty();
  };
  bool in_table = false;
  std::string table_header;      // the header row of the table being read
  std::size_t in_table_bars = 0; // its " | " count, for a table without a rule
  // A line of dashes or equals signs alone ends what came before it: the
  // line after it starts a unit of its own.
  bool after_rule = false;
  for (std::size_t idx = 0; idx < lines.size(); ++idx) {
    // "-------------Préparé par : Karim Benali": a rule a PDF glued to the
    // line after it ends what came before, and the line is read without it.
    std::string unruled;
    const std::string* source = &lines[idx];
    {
      const std::size_t rule_end = lines[idx].find_first_not_of("-=_");
      if (rule_end != std::string::npos && rule_end >= 8 &&
          std::isalpha(static_cast<unsigned char>(lines[idx][rule_end]))) {
        unruled = lines[idx].substr(rule_end);
        source = &unruled;
        after_rule = true;
      }
    }
    const std::string& line = *source;
    int n = static_cast<int>(idx) + 1;
    if (line.empty()) continue;
    Unit* last = out.units.empty() ? nullptr : &out.units.back();
    if (line.size() >= 3 && line.find_first_not_of("-=_*~ ") == std::string::npos && !is_table_rule(line)) {
      after_rule = true;
      continue;
    }
    if (std::exchange(after_rule, false)) last = nullptr;

    // A table: each row a unit of its own, so that one row's year and place
    // are not another's ("| Chili | Entente signée le 2 octobre 2017 |");
    // the header row above the rule names columns, no agreement.
    if (is_table_rule(line)) {
      in_table = true;
      continue;
    }
    {
      std::size_t next = idx + 1;
      while (next < lines.size() && lines[next].empty())
        ++next;
      // ("Instrument | Partenaire | Échéance" over rows parted the same way,
      // without a rule under it or pipes at the edges: a table too.)
      auto bars = [](std::string_view l) {
        std::size_t n = 0;
        for (std::size_t at = l.find(" | "); at != std::string_view::npos; at = l.find(" | ", at + 3))
          ++n;
        return n;
      };
      // ("Nom | Titre" over "M. Étienne Lafrenière | Ministre délégué": two
      // columns, so one bar a row; then two rows at least must follow.)
      auto rows_after = [&](std::size_t at, std::size_t want) {
        for (std::size_t k = 0; k < want; ++k, ++at) {
          if (at >= lines.size() || bars(lines[at]) != bars(line) || is_table_rule(lines[at])) return false;
        }
        return true;
      };
      const bool bare_header = !in_table && bars(line) >= 1 && rows_after(next, bars(line) >= 2 ? 1 : 2);
      const bool header = (next < lines.size() && is_table_rule(lines[next])) || bare_header;
      if (auto row =
              table_row(line, in_table || header || (in_table_bars > 0 && bars(line) == in_table_bars))) {
        title_phase = false;
        Unit u;
        u.kind = header ? Unit::heading_unit : Unit::item_unit;
        if (header) {
          table_header = *row;
          in_table_bars = bare_header ? bars(line) : 0;
          if (bare_header) in_table = true;
        } else if (in_table) {
          u.table_header = table_header;
        }
        u.joined.append_line(*row, n);
        u.line = u.line_end = n;
        add_unit(std::move(u));
        after_rule = true; // a row never runs on into the line after it
        continue;
      }
    }
    in_table = false;
    in_table_bars = 0;
    table_header.clear();

    const std::size_t sub_number = sub_number_length(line);
    std::size_t marker = 0;
    bool sub_numbered = false;
    bool bullet = is_bullet_line(line, sub_number, marker, sub_numbered);
    // ("... prévues aux alinéas i) et" / "ii) de l'entente de 2009 ...": a
    // letter or numeral the sentence refers to, not a list's marker.)
    if (bullet && idx > 0 && !lines[idx - 1].empty() &&
        (line[0] == '(' || std::islower(static_cast<unsigned char>(line[0]))) && line.find(')') < 7) {
      const auto before = fold_words(lines[idx - 1]);
      static const std::array<std::string_view, 12> joins = {"et",  "ou", "and", "or", "de", "du",
                                                             "des", "a",  "aux", "au", "of", "the"};
      if (!before.empty() && std::find(joins.begin(), joins.end(), before.back()) != joins.end())
        bullet = false;
    }
    std::string heading_text = strip_trailing_colon(strip_numbering(line));
    std::size_t words = fold_words(heading_text).size();
    bool short_line = words > 0 && words <= 7 && line.size() <= 90;
    std::string known = short_line && !ends_sentence(heading_text) ? classify_heading(line) : "";
    // ("Confier au ministère ... le" / "suivi de la" / "lettre d'intention
    // ...": a wrapped line that opens on a heading's word in lower case goes
    // on the sentence.)
    if (!known.empty() && !heading_text.empty() &&
        std::islower(static_cast<unsigned char>(heading_text[0])) && idx > 0 && !lines[idx - 1].empty() &&
        !ends_sentence(lines[idx - 1]))
      known.clear();
    // ("- M. Gilles Paquin, attache, Delegation generale du": a person, whose
    // title holds a heading's word.)
    if (!known.empty() && bullet && !leading_honorific(std::string_view(line).substr(marker)).empty())
      known.clear();
    // "ANNEX — AGREEMENTS IN FORCE BETWEEN QUÉBEC AND KOREAN PARTNERS": an
    // annex, however long its heading, ends the recommendations above it.
    if (known.empty() && line.size() <= 120 && !bullet) {
      const auto head_words = fold_words(heading_text);
      if (!head_words.empty() &&
          (head_words[0] == "annexe" || head_words[0] == "annex" || head_words[0] == "appendix" ||
           head_words[0] == "appendice") &&
          (head_words.size() <= 2 || mostly_upper(line) || line.find(':') == std::string::npos ||
           // "Annexe : instruments de coopération": a name, not a sentence.
           (head_words.size() <= 8 && !ends_sentence(line))))
        known = "annex";
    }
    // "C. CÔTE D'IVOIRE (ABIDJAN, 24 ET 25 AVRIL 2014)": a numbered line in
    // capitals is a heading, however many words its days take.
    bool caps = (short_line || (words <= 12 && line.size() <= 100)) && mostly_upper(line) && line[0] != '(' &&
                (!bullet || numbered_line(line));

    // "Label : value" fields, only for labels that mean something here.
    FieldKind field = FieldKind::none;
    std::string label;
    std::string value;
    // "1.2 Dates : ..." is a field under a numbered heading, not a list item;
    // so is "• Dates : du 2 au 6 février 2024" above the first section: a
    // header whose fields each sit behind a bullet.
    const bool header_bullet = bullet && !sub_numbered && current_section < 0;
    const std::size_t label_from = sub_numbered || header_bullet ? marker : 0;
    if (auto colon = line.find(':');
        colon != std::string::npos && colon > label_from && colon <= 60 && (!bullet || label_from > 0)) {
      label = trim(std::string_view(line).substr(label_from, colon - label_from));
      value = trim(std::string_view(line).substr(colon + 1));
      if (starts_with_upper(label)) field = classify_label(label);
      // (Not a list under a label of its own, "Rappel de la mission
      // précédente :" / "• Lieux : Liège", nor "• Lieux d'intérêt : ...".)
      if (header_bullet && field != FieldKind::none) {
        std::size_t before = idx;
        while (before > 0 && lines[before - 1].find_first_not_of(" \t") == std::string::npos)
          --before;
        std::size_t other_marker = 0;
        bool other_sub = false;
        const bool under_label = before > 0 && !lines[before - 1].empty() &&
                                 trim(lines[before - 1]).back() == ':' &&
                                 !is_bullet_line(lines[before - 1], 0, other_marker, other_sub);
        static const Pattern other_places(
            R"(\b(?:interet|interest|visiter|to visit|precedente?|previous|prochaine?|next|last|derniere?|autres?|other|prior|anterieure?)\b)");
        // (Its words of three letters or more but articles: "Lieux de la
        // mission" has two.)
        const auto words_of_label = fold_words(label);
        const auto content_words =
            std::count_if(words_of_label.begin(), words_of_label.end(), [](const auto& w) {
              return w.size() >= 3 && w != "des" && w != "les" && w != "the";
            });
        if (under_label || content_words > 3 || other_places.found_in(fold(label))) field = FieldKind::none;
      }
      if (header_bullet && field == FieldKind::none) {
        label.clear();
        value.clear();
      }
      // ("Itinéraire : Munich, puis Nuremberg où la ministre a signé une
      // déclaration": a sentence, not a list of places.)
      static const Pattern itinerary(R"(^\W*(?:itineraire|itinerary)\b)");
      static const Pattern prose(
          R"(\b(?:a|ont|est|sont|etait|has|have|was|were|ou|where|signe|signee|signed|visite|visited|rencontre|met)\b)");
      if (field == FieldKind::places && itinerary.found_in(fold(label)) && prose.found_in(fold(value)))
        field = FieldKind::none;
    }
    // The signature block without a colon: "Rédigé par Louise Bélanger, le
    // 28 mai 2012", "Drafted October 2, 2024", "Rapport préparé par Hugo
    // Pelletier, le 14 mars 2025.". It ends the recommendations. (Not
    // "Document prepared by ..., to be shared with": a recommendation.)
    // Only the verb, then "par"/"by" and a name, or a date: "Préparée de
    // longue date, la visite..." and "Written commitments were obtained" are
    // sentences.
    if (field == FieldKind::none && !bullet && line.size() <= 100) {
      static const Pattern signed_off(
          R"(^((?:(?:Rapport|Report|Note|Compte rendu)\s+(?:rédigée?|préparée?|déposée?|soumise?|prepared|drafted|written|submitted|filed)|Rédigée?|Préparée?|Déposée?|Soumise?|Prepared|Drafted|Written|Submitted|Filed)(\s+(?:par|by))?)(?:\s+|\s*,\s*|$)(.*)$)");
      static const Pattern named(R"(^(?:[A-Z]|É|È|(?:la|le|l'|the)\s))");
      if (auto m = signed_off.search(line);
          m && (m->matched(2) ? named.found_in(m->view(3)) : starts_with_date(m->view(3)))) {
        label = m->str(1);
        value = trim(m->str(3));
        field = classify_label(label);
      }
    }
    if (field == FieldKind::delegation && value.empty()) known = "delegation";
    if (field == FieldKind::delegation && !value.empty() && known == "delegation") known.clear();

    // Continuation of a field value onto the next line(s). (A delegation
    // listed in one field goes on until its list ends: "Mr. Alexandre" /
    // "Dion, Director, Carbon Market; ...".)
    if (last != nullptr && last->kind == Unit::field_unit && field == FieldKind::none && known.empty() &&
        !bullet && field_continuations < 3 && idx > 0 &&
        (starts_with_lower(line) || line[0] == '(' || ends_with_connector(last->value) ||
         // ("OBJET :" / "" / "Suivi de la mission ...": a PDF set the value
         // in a column beside its label, and gave it after.)
         (last->value.empty() && last->field != FieldKind::delegation && !caps) ||
         (last->field == FieldKind::delegation && !lines[idx - 1].empty() && member_goes_on(last->value)) ||
         // "OBJET : MISSION DU MINISTRE DELEGUE A LA REGION" / "RHONE-ALPES
         // (LYON ET GRENOBLE)": a typewriter's subject in capitals, wrapped.
         ((last->field == FieldKind::subject || last->field == FieldKind::places) &&
          !lines[idx - 1].empty() && mostly_upper(last->value) && mostly_upper(line) &&
          !ends_sentence(line) && words >= 2 && classify_heading(line).empty()))) {
      // ("ministre des Transports et de la Mobilité du-" / "rable": the
      // word mended as in a paragraph.)
      JoinedText mended;
      mended.append_line(last->value, 0);
      mended.append_line(line, n);
      last->value = mended.text;
      extend_last(line, n);
      ++field_continuations;
      continue;
    }

    if (!known.empty() && (field == FieldKind::none || value.empty())) {
      title_phase = false;
      // ("MEMBERS" under "HEAD OF DELEGATION" goes on with it; under a joint
      // committee, it is that one's.)
      if (known == "members") known = section_kind() == "delegation" ? "delegation" : "other";
      open_section(known, heading_text, n);
      section_number = sub_number > 0 ? std::string() : top_number(line);
      add_line_unit(Unit::heading_unit, heading_text, n);
      continue;
    }
    if (field != FieldKind::none) {
      title_phase = false;
      // The signature block closes whatever section was open.
      if (field == FieldKind::author || field == FieldKind::filed) current_section = -1;
      Unit u;
      u.kind = Unit::field_unit;
      u.field = field;
      u.label = label;
      u.value = value;
      u.joined.append_line(line, n);
      u.line = u.line_end = n;
      add_unit(std::move(u));
      field_continuations = 0;
      continue;
    }
    // Title lines are short and do not end a sentence; the first prose line ends the title.
    // A long title line wrapped before its end goes on, in lower case, on the
    // next ("Mission de la ministre ... dans" / "la province du Shandong (Chine)").
    // (Not a sentence's end: "santé le 5 septembre 2017 à Jinan." is prose.)
    if (title_phase && !bullet && !out.title_lines.empty() && last_title_line == n - 1 && line.size() <= 80 &&
        starts_with_lower(line) && !ends_sentence(line) && out.title_lines.back().size() >= 60 &&
        std::isalpha(static_cast<unsigned char>(out.title_lines.back().back()))) {
      out.title_lines.back() += " " + line;
      last_title_line = n;
      continue;
    }
    // A line whose next one goes on in lower case to a sentence's end opens
    // a paragraph ("La ministre ... ont signé un protocole d'entente en" /
    // "santé le 5 septembre 2017 à Jinan.").
    const bool opens_prose = line.size() >= 60 && idx + 1 < lines.size() && !lines[idx + 1].empty() &&
                             starts_with_lower(lines[idx + 1]) && ends_sentence(lines[idx + 1]);
    // (A title in capitals may run longer: "REPORT OF THE OFFICIAL VISIT OF
    // THE MINISTERIAL DELEGATION TO THE STATE OF VERMONT".)
    // (The government's and the ministry's names over the title do not
    // count: "Gouvernement du Québec", "Ministère des Relations
    // internationales", then four lines of title; nor are they held to a
    // title's length: "Direction des affaires intergouvernementales et de la
    // coopération internationale".)
    static const Pattern issuer(
        R"(^\W*(?:gouvernement du quebec|government of quebec|quebec government|ministeres?|ministry|ministries|department|direction|bureau du quebec|secretariat)\b)");
    const bool issuer_line = title_phase && out.title_lines.size() < 3 && issuer.found_in(fold(line));
    if (title_phase && !bullet && title_count < 4 &&
        (line.size() <= 80 || (mostly_upper(line) && line.size() <= 120) ||
         (issuer_line && line.size() <= 160)) &&
        line.back() != '.' && line.back() != ',' && !starts_with_lower(line) && !is_memo_label(line) &&
        !opens_prose) {
      if (out.title_line == 0) out.title_line = n;
      if (!is_distribution_mark(line)) {
        out.title_lines.push_back(line);
        last_title_line = n;
        if (!issuer.found_in(fold(line))) ++title_count;
      }
      continue;
    }
    title_phase = false;
    // "... ont signe l'ENTENTE DE COOPERATION" / "ENTRE LE GOUVERNEMENT DU
    // QUEBEC ET LA REGION RHONE-ALPES.": a name in capitals that a sentence
    // wraps onto the next line, ending it, is no heading.
    if (caps && last != nullptr && last->kind == Unit::paragraph_unit && last->line_end == n - 1 && idx > 0 &&
        !lines[idx - 1].empty() && !ends_sentence(lines[idx - 1]) && lines[idx - 1].back() != ':' &&
        line.back() == '.' && !numbered_line(line) && words >= 3 && classify_heading(line).empty())
      caps = false;
    if (caps) {
      // "4.1 SANTÉ" under "4. RECOMMANDATIONS" divides that section; "5.1
      // PERSONNES" does not, nor "1.2 PROGRAMME" under "1.1 DÉLÉGATION".
      const bool subdivides = sub_number > 0 && !section_kind().empty() && !section_number.empty() &&
                              top_number(line) == section_number;
      open_section(subdivides ? section_kind() : "other", heading_text, n);
      if (!subdivides) section_number = sub_number > 0 ? std::string() : top_number(line);
      add_line_unit(Unit::heading_unit, heading_text, n);
      continue;
    }
    // "1. Déroulement" or "Summary" alone on its line, with the text starting
    // on the next: a heading, not the first words of that text (they ended up
    // in evidence sentences: "Summary An MOU was signed...").
    // Never in a recommendations section, whose items are often that short
    // ("Renouveler l'entente de 2008", "Créer un comité mixte").
    // ("Mardi 14 mars, Dakar" over a list of the day's items too; not "La
    // délégation comprenait :", which opens the list.)
    if (last != nullptr && last->line == last->line_end && (starts_with_upper(line) || bullet) &&
        !(bullet && (last->kind != Unit::paragraph_unit ||
                     (!last->joined.text.empty() && last->joined.text.back() == ':'))) &&
        section_kind() != "recommendations" &&
        looks_like_heading(last->joined.text, set_apart(static_cast<std::size_t>(last->line) - 1)) &&
        (last->kind == Unit::paragraph_unit ||
         (last->kind == Unit::item_unit && numbered_line(lines[static_cast<std::size_t>(last->line) - 1])))) {
      const std::string& heading_line = lines[static_cast<std::size_t>(last->line) - 1];
      last->kind = Unit::heading_unit;
      // A new top-level number ("5. Annexes" after "4. Recommandations")
      // opens a section of its own; under an unnumbered one, or as "4.1",
      // it divides the open section.
      // A lower number is an item of a list inside the section.
      const std::string number = top_number(heading_line);
      if (!number.empty() && !section_number.empty() && std::stoi(number) > std::stoi(section_number) &&
          sub_number_length(heading_line) == 0) {
        open_section("other", last->joined.text, last->line);
        section_number = number;
        last->section = current_section;
      }
      last = nullptr;
    }
    // "Monday, February 25th, 2019 – Paris: ..." then "Friday, March 1st,
    // 2019 – Rennes: signing ceremony": a programme written a line a day,
    // with no stop; each day is its own.
    static const Pattern day_line(
        R"(^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+(?:\d{1,2}(?:er|st|nd|rd|th)?\s+[a-z]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))");
    if (last != nullptr && (last->kind == Unit::paragraph_unit || last->kind == Unit::item_unit) &&
        last->line_end == n - 1 && day_line.found_in(fold(line)) &&
        day_line.found_in(fold(lines[static_cast<std::size_t>(last->line) - 1]))) {
      add_line_unit(Unit::paragraph_unit, line, n);
      continue;
    }
    bool honorific_item = section_kind() == "delegation" && !leading_honorific(line).empty();
    if (bullet || honorific_item) {
      add_line_unit(Unit::item_unit, std::string_view(line).substr(bullet ? marker : 0), n);
      continue;
    }
    if (last != nullptr && last->kind == Unit::item_unit) {
      // A list item runs on until its text ends a sentence and the next line
      // starts a new one (a blank line may fall inside it: text from a PDF).
      // (Under "Delegation", "Ms. Mei Tanaka-Roy, Policy Advisor" then
      // "Rectors of four Québec universities": a member each, and the
      // blank line after the last ends the list.)
      const bool parted_by_blank =
          section_kind() == "delegation" && blank_lines_part && idx > 0 && lines[idx - 1].empty();
      // (A name before the comma: "Francophonie, responsable de ..." goes on
      // a member's title; a heading after a blank line is no member.)
      static const Pattern named_before_comma(
          R"(^\s*(?:(?:[A-Z]|É|È|Ê|À|Â|Ç|Î|Ô)[^\s,]*\s+){1,3}(?:[A-Z]|É|È|Ê|À|Â|Ç|Î|Ô)[^\s,]*\s*,)");
      const bool next_member = section_kind() == "delegation" && starts_with_upper(line) &&
                               !parted_by_blank && last->joined.text.find(',') != std::string::npos &&
                               // ("..., Delegation generale du" / "Quebec a Paris": it goes on.)
                               !ends_with_connector(last->joined.text) &&
                               (!leading_honorific(line).empty() || named_before_comma.found_in(line) ||
                                idx + 1 >= lines.size() || lines[idx + 1].empty());
      if (next_member) {
        add_line_unit(Unit::item_unit, line, n);
        continue;
      }
      if (!parted_by_blank && !(ends_sentence(last->joined.text) && starts_with_upper(line))) {
        extend_last(line, n);
        continue;
      }
    } else if (last != nullptr && last->kind == Unit::paragraph_unit) {
      // A blank line between two lines of recommendations parts them, ended
      // with a stop or not ("Renouveler l'entente de 2008" / "Créer un comité").
      // (Nor does a closing dateline after a blank line go on the body:
      // "Rapport daté du 6 décembre 2024.")
      const bool parted = idx > 0 && lines[idx - 1].empty() &&
                          (section_kind() == "recommendations" || !closing_date_text(line).empty());
      // "... n'a été signée à Qingdao." then "Weihai (24 et 25 février)"
      // above the next paragraph: a heading of its own, not the end of the
      // paragraph before it.
      std::size_t next = idx + 1;
      while (next < lines.size() && lines[next].empty())
        ++next;
      const bool heads_next = ends_sentence(last->joined.text) && looks_like_heading(line, set_apart(idx)) &&
                              next < lines.size() && starts_with_upper(lines[next]) &&
                              !looks_like_heading(lines[next]);
      if (!parted && !heads_next) {
        extend_last(line, n);
        continue;
      }
    }
    add_line_unit(Unit::paragraph_unit, line, n);
  }
  return out;
}

} // namespace entente::indexer
