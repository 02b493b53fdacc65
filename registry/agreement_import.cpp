#include "registry/agreement_import.hpp"

#include "registry/agreement_export.hpp"
#include "registry/csv.hpp"
#include "registry/dates.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

namespace entente {
namespace {

const std::vector<std::string>& targets() {
  static const std::vector<std::string> t = {
      "id",     "ref",   "title",  "kind",      "partners", "domains", "signed",      "status", "expires",
      "review", "notes", "events", "relations", "in_force", "source",  "source_kind", "origin"};
  return t;
}

bool is_target(std::string_view t) {
  return std::find(targets().begin(), targets().end(), t) != targets().end();
}

// A header name to the key we compare on: folded, `_`/`-`/`.` as spaces.
std::string header_key(std::string_view name) {
  std::string f = fold(name);
  for (char& c : f) {
    if (c == '_' || c == '-' || c == '.') c = ' ';
  }
  return squeeze_spaces(f);
}

// The French headers that Quebec's own spreadsheets use.
std::string target_of_header(std::string_view name) {
  static const std::map<std::string, std::string> aliases = {
      {"in force", "in_force"},   {"source kind", "source_kind"},
      {"titre", "title"},         {"type", "kind"},
      {"genre", "kind"},          {"partenaires", "partners"},
      {"partenaire", "partners"}, {"partner", "partners"},
      {"domaines", "domains"},    {"domaine", "domains"},
      {"domain", "domains"},      {"signe", "signed"},
      {"signature", "signed"},    {"date de signature", "signed"},
      {"statut", "status"},       {"etat", "status"},
      {"echeance", "expires"},    {"expiration", "expires"},
      {"expiry", "expires"},      {"revision", "review"},
      {"remarques", "notes"},     {"note", "notes"},
      {"reference", "ref"},       {"numero", "ref"},
      {"en vigueur", "in_force"}, {"evenements", "events"},
      {"events", "events"}};
  std::string key = header_key(name);
  if (is_target(key)) return key;
  if (auto it = aliases.find(key); it != aliases.end()) return it->second;
  return {};
}

bool is_none_value(std::string_view value, const ColumnMapping* map) {
  static const std::set<std::string> none = {"",     "na",         "n/a",        "n.a.",       "-",
                                             "--",   "none",       "31.12.9999", "9999-12-31", "12/31/9999",
                                             "null", "0000-00-00", "0000"};
  std::string f = fold(trim(value));
  if (none.count(f)) return true;
  if (map) {
    for (const auto& v : map->none_values) {
      if (fold(v) == f) return true;
    }
  }
  return false;
}

// "what; hint" (the store's message style) to "what (hint)".
std::string as_problem(std::size_t line, std::string_view message) {
  std::string m(message);
  if (auto semi = m.find("; "); semi != std::string::npos) {
    m = fmt::format("{} ({})", m.substr(0, semi), m.substr(semi + 2));
  }
  return line ? fmt::format("line {}: {}", line, m) : m;
}

std::optional<std::string> parse_date_with(std::string_view text, char order) {
  std::string t = trim(text);
  // An ISO date in a day-first column (a cleaned cell) is still unambiguous.
  bool iso_already =
      t.size() >= 4 && std::all_of(t.begin(), t.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
  if (order == 'y' || iso_already) return parse_partial_date(t);
  std::vector<std::string> parts;
  std::string cur;
  for (char c : t) {
    if (c == '.' || c == '/' || c == '-') {
      parts.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  parts.push_back(cur);
  std::string iso;
  if (parts.size() == 3) {
    auto& day = order == 'd' ? parts[0] : parts[1];
    auto& month = order == 'd' ? parts[1] : parts[0];
    iso = fmt::format("{}-{}-{}", parts[2], month, day);
  } else if (parts.size() == 2) {
    iso = fmt::format("{}-{}", parts[1], parts[0]);
  } else {
    iso = parts[0];
  }
  return parse_partial_date(iso);
}

std::string kind_of(std::string_view value) {
  static const std::map<std::string, std::string> kinds = {{"agreement", "agreement"},
                                                           {"entente", "agreement"},
                                                           {"accord", "agreement"},
                                                           {"mou", "mou"},
                                                           {"memorandum of understanding", "mou"},
                                                           {"protocole d'entente", "mou"},
                                                           {"memorandum d'entente", "mou"},
                                                           {"memorandum d'accord", "mou"}};
  std::string f = squeeze_spaces(fold(value));
  if (f.empty()) return "agreement";
  if (auto it = kinds.find(f); it != kinds.end()) return it->second;
  throw ValidationError(
      fmt::format("kind '{}' is not agreement or mou; for another vocabulary map its values, "
                  "e.g. --map \"Type=kind:Memorandum of Understanding>mou:*>agreement\"",
                  value));
}

// The event a status value stands for; empty for "unknown".
std::string status_event(std::string_view value) {
  static const std::map<std::string, std::string> statuses = {{"in force", "in_force"},
                                                              {"en vigueur", "in_force"},
                                                              {"active", "in_force"},
                                                              {"current", "in_force"},
                                                              {"force", "in_force"},
                                                              {"expired", "expired"},
                                                              {"expire", "expired"},
                                                              {"expiree", "expired"},
                                                              {"echu", "expired"},
                                                              {"echue", "expired"},
                                                              {"caduc", "expired"},
                                                              {"terminated", "terminated"},
                                                              {"termine", "terminated"},
                                                              {"terminee", "terminated"},
                                                              {"abroge", "terminated"},
                                                              {"abrogee", "terminated"},
                                                              {"denonce", "terminated"},
                                                              {"resilie", "terminated"},
                                                              {"superseded", "superseded"},
                                                              {"remplace", "superseded"},
                                                              {"remplacee", "superseded"},
                                                              {"signed", "signed"},
                                                              {"signe", "signed"},
                                                              {"signee", "signed"},
                                                              {"signed not yet in force", "signed"},
                                                              {"not yet in force", "signed"},
                                                              {"pas encore en vigueur", "signed"},
                                                              {"signe pas encore en vigueur", "signed"},
                                                              {"renewed", "renewed"},
                                                              {"renouvele", "renewed"},
                                                              {"renouvelee", "renewed"},
                                                              {"amended", "amended"},
                                                              {"modifie", "amended"},
                                                              {"unknown", ""},
                                                              {"inconnu", ""},
                                                              {"not yet signed", ""},
                                                              {"", ""}};
  std::string key = header_key(value);
  if (auto it = statuses.find(key); it != statuses.end()) return it->second;
  throw ValidationError(
      fmt::format("status '{}' is not known; use in force, expired, terminated, superseded, "
                  "signed or unknown (French words work too)",
                  value));
}

// One row, whichever file it came from, before it meets the registry.
struct Incoming {
  std::size_t line = 0;
  Agreement a;
  std::optional<Id> file_id;
  bool events_given = false; // events are authoritative (export files)
  bool partners_from_title = false;
  std::vector<AgreementRelation> relations; // from = file id (or 0), to = file id
};

struct Importer {
  Store& store;
  const ImportOptions& options;
  ImportReport& report;
  std::string source;
  // Existing agreements by match keys, kept current as rows go in.
  std::map<std::string, Id> by_ref;
  std::map<std::tuple<std::string, std::string, std::string>, Id> by_key;
  std::map<Id, std::string> ref_of;
  struct Pending {
    std::size_t line;
    Id self;
    std::vector<AgreementRelation> relations;
    bool raw; // the file gives events too: do not let add_relation add them again
  };
  std::vector<Pending> pending;

  Importer(Store& s, const ImportOptions& o, ImportReport& r) : store(s), options(o), report(r) {
    source = options.source.empty() ? std::filesystem::path(r.path).filename().string() : options.source;
    for (const auto& a : store.list_agreements())
      remember(a);
  }

  void remember(const Agreement& a) {
    if (!a.ref.empty()) by_ref[a.ref] = a.id;
    by_key.emplace(std::tuple{a.kind, squeeze_spaces(a.title), a.signed_date}, a.id);
    ref_of[a.id] = a.ref;
  }

  // Two different official numbers are two different agreements, however alike.
  bool compatible(Id id, const std::string& ref) {
    auto it = ref_of.find(id);
    return ref.empty() || it == ref_of.end() || it->second.empty() || it->second == ref;
  }

  std::optional<Id> match(const Incoming& in) {
    if (!in.a.ref.empty()) {
      if (auto it = by_ref.find(in.a.ref); it != by_ref.end()) return it->second;
    }
    if (in.file_id) {
      if (auto old = store.find_agreement(*in.file_id)) {
        if (old->kind == in.a.kind && compatible(old->id, in.a.ref) &&
            (old->title == squeeze_spaces(in.a.title) || old->signed_date == in.a.signed_date)) {
          return old->id;
        }
      }
    }
    if (auto it = by_key.find({in.a.kind, squeeze_spaces(in.a.title), in.a.signed_date});
        it != by_key.end() && compatible(it->second, in.a.ref)) {
      return it->second;
    }
    return std::nullopt;
  }

  void set_partner_origin(Id id, const char* origin) {
    store.db()
        .prepare("UPDATE agreement_partners SET origin = ? WHERE agreement_id = ?")
        .bind(1, origin)
        .bind(2, id)
        .run();
  }

  // Inserts with the file's id when it is free, so that an export loaded
  // into an empty registry keeps its ids (and relations keep pointing right).
  Id insert(Agreement a, std::optional<Id> wanted) {
    Agreement bare = a;
    bare.events.clear();
    Id id = store.create_agreement(bare);
    if (wanted && *wanted > 0 && *wanted != id && !store.find_agreement(*wanted)) {
      // Children reference the id, so move it before they would, by hand:
      // create_agreement wrote partners and domains already; move those too.
      auto& db = store.db();
      db.exec("PRAGMA defer_foreign_keys = ON");
      db.prepare("UPDATE agreements SET id = ? WHERE id = ?").bind(1, *wanted).bind(2, id).run();
      db.prepare("UPDATE agreement_partners SET agreement_id = ? WHERE agreement_id = ?")
          .bind(1, *wanted)
          .bind(2, id)
          .run();
      db.prepare("UPDATE agreement_domains SET agreement_id = ? WHERE agreement_id = ?")
          .bind(1, *wanted)
          .bind(2, id)
          .run();
      // The outbox rows of the old id now name nothing; the index sync drops them.
      id = *wanted;
    }
    for (auto e : a.events)
      store.add_event(id, e);
    return id;
  }

  static bool same_events(std::vector<AgreementEvent> a, std::vector<AgreementEvent> b) {
    auto key = [](const AgreementEvent& e) {
      return std::tuple{e.type, e.date, e.evidence, e.source_kind, e.source, e.mission_id, e.line};
    };
    auto less = [&](const AgreementEvent& x, const AgreementEvent& y) { return key(x) < key(y); };
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [&](const AgreementEvent& x, const AgreementEvent& y) { return key(x) == key(y); });
  }

  // Events this import owns on an existing agreement: all of them when the
  // file gives events (it is the whole truth), else the ones an earlier
  // import of the same source made from the status column.
  static bool owned(const AgreementEvent& e, bool events_given, const std::string& src) {
    if (e.mission_id) return false;
    return events_given || (e.source_kind != "hand" && e.source == src);
  }

  void apply(Incoming in) {
    sql::Savepoint sp(store.db(), "import_row");
    Agreement& a = in.a;
    a.title = squeeze_spaces(a.title);
    if (a.title.empty()) throw ValidationError("no title; every row needs one");
    for (auto& e : a.events) {
      if (e.mission_id && !store.find_mission(*e.mission_id)) e.mission_id.reset();
    }
    std::optional<Id> existing = match(in);
    Id id = 0;
    if (!existing) {
      if (a.origin.empty()) a.origin = "import";
      id = insert(a, in.file_id);
      ++report.added;
    } else {
      id = *existing;
      Agreement old = store.get_agreement(id);
      a.id = id;
      if (a.ref.empty()) a.ref = old.ref;
      // Canonical slugs for the comparison; update_agreement resolves them again.
      for (auto& p : a.partners)
        p = store.require_partner(p);
      for (auto& d : a.domains)
        d = store.require_domain(d);
      std::vector<AgreementEvent> kept, mine;
      for (const auto& e : old.events)
        (owned(e, in.events_given, source) ? mine : kept).push_back(e);
      bool same = old.ref == a.ref && old.kind == a.kind && old.title == a.title &&
                  old.partners == a.partners && old.domains == a.domains &&
                  old.signed_date == a.signed_date && old.expires == a.expires && old.review == a.review &&
                  old.notes == a.notes && same_events(mine, a.events);
      if (same) {
        ++report.unchanged;
      } else {
        store.update_agreement(a, false);
        store.db()
            .prepare("DELETE FROM agreement_events WHERE agreement_id = ? AND mission_id IS NULL AND "
                     "(? OR (source_kind <> 'hand' AND source = ?))")
            .bind(1, id)
            .bind(2, in.events_given ? 1 : 0)
            .bind(3, source)
            .run();
        for (const auto& e : a.events)
          store.add_event(id, e);
        ++report.updated;
      }
    }
    set_partner_origin(id, in.partners_from_title ? "extracted" : "import");
    if (in.partners_from_title && !a.partners.empty()) ++report.partners_from_titles;
    a.id = id;
    if (a.ref.empty()) a.ref = store.get_agreement(id).ref;
    remember(a);
    if (in.file_id) report.ids[*in.file_id] = id;
    if (!in.relations.empty()) pending.push_back({in.line, id, std::move(in.relations), in.events_given});
    sp.release();
  }

  // Relations name ids of the file; they are known only once every row is in.
  void apply_relations() {
    for (auto& p : pending) {
      for (auto r : p.relations) {
        try {
          sql::Savepoint sp(store.db(), "import_relation");
          r.from = p.self;
          if (auto it = report.ids.find(r.to); it != report.ids.end()) {
            r.to = it->second;
          } else if (!store.find_agreement(r.to)) {
            throw ValidationError(
                fmt::format("relation {} names agreement {}, which is neither in the file nor in "
                            "the registry; fix the id in the relations column",
                            r.type, r.to));
          }
          if (!is_one_of(r.type, {"renews", "amends", "supersedes", "implements"})) {
            throw ValidationError(
                fmt::format("unknown relation '{}'; use renews, amends, supersedes or implements", r.type));
          }
          if (p.raw) {
            if (r.from == r.to) throw ValidationError("an agreement cannot relate to itself");
            store.db()
                .prepare("INSERT OR IGNORE INTO agreement_relations(from_id, type, to_id, evidence) "
                         "VALUES(?,?,?,?)")
                .bind(1, r.from)
                .bind(2, r.type)
                .bind(3, r.to)
                .bind(4, r.evidence)
                .run();
            store.db()
                .prepare("INSERT INTO outbox(doc) VALUES(?), (?)")
                .bind(1, fmt::format("agreement:{}", r.from))
                .bind(2, fmt::format("agreement:{}", r.to))
                .run();
          } else {
            store.add_relation(r);
          }
          sp.release();
        } catch (const std::exception& e) {
          report.problems.push_back({p.line, as_problem(p.line, e.what())});
        }
      }
    }
  }
};

// ---- CSV ----

struct Column {
  std::size_t index;
  std::string target;
  const ColumnMapping* map;
};

std::vector<Column> resolve_columns(const CsvDocument& doc, const ImportOptions& options,
                                    ImportReport& report) {
  std::vector<Column> columns;
  std::set<std::string> seen;
  std::vector<bool> used_mapping(options.mapping.size(), false);
  for (std::size_t i = 0; i < doc.header.size(); ++i) {
    const std::string& name = doc.header[i];
    const ColumnMapping* map = nullptr;
    for (std::size_t m = 0; m < options.mapping.size(); ++m) {
      if (header_key(options.mapping[m].source) == header_key(name)) {
        map = &options.mapping[m];
        used_mapping[m] = true;
      }
    }
    std::string target = map ? map->target : target_of_header(name);
    if (target.empty()) {
      if (!trim(name).empty()) report.unknown_columns.push_back(name);
      continue;
    }
    if (!seen.insert(target).second) {
      if (map) {
        throw ImportError(
            fmt::format("{}: two columns feed '{}'; map only one of them", report.path, target));
      }
      report.unknown_columns.push_back(name); // a second, unmapped column of the same name
      continue;
    }
    columns.push_back({i, target, map});
  }
  for (std::size_t m = 0; m < options.mapping.size(); ++m) {
    if (!used_mapping[m]) {
      throw ImportError(
          fmt::format("{}: the mapping names the column '{}', which the file does not have; its "
                      "columns are: {}",
                      report.path, options.mapping[m].source, join(doc.header, ", ")));
    }
  }
  if (!seen.count("title")) {
    throw ImportError(fmt::format("{}: no title column (columns: {}); name one 'title' or map it, e.g. --map "
                                  "\"Treaty Name=title\"",
                                  report.path, join(doc.header, ", ")));
  }
  if (!report.unknown_columns.empty()) {
    report.notices.push_back(fmt::format("ignored unknown columns: {}", join(report.unknown_columns, ", ")));
  }
  return columns;
}

// Splits on `sep` outside parentheses: "EFTA (Iceland, Norway), Chile" is two items.
std::vector<std::string> split_outside_parens(std::string_view text, char sep) {
  std::vector<std::string> out(1);
  int depth = 0;
  for (char c : text) {
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (c == sep && depth == 0) {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  std::vector<std::string> kept;
  for (auto& item : out) {
    std::string t = trim(item);
    if (!t.empty()) kept.push_back(std::move(t));
  }
  return kept;
}

// Partner cells of treaty datasets list parties the way people write them:
// "EFTA (Iceland, Norway)" for a group with its members, "Ukraine and
// Uzbekistan" in one cell, a trailing period, or literal "\r\n" left over
// from a scrape. A name that resolves as written always wins; the
// readings below apply only to a name that does not, and only when every
// piece they give resolves, so nothing is guessed.
std::vector<std::string> resolve_partners(Store& store, std::string_view cell, char sep) {
  std::string clean(cell);
  for (const char* junk : {"\\r", "\\n", "\\t"}) {
    for (auto pos = clean.find(junk); pos != std::string::npos; pos = clean.find(junk))
      clean.replace(pos, 2, " ");
  }
  std::vector<std::string> slugs;
  const Gazetteer& g = store.gazetteer();
  auto all_resolve = [&](const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const auto& n : names) {
      auto m = g.resolve(n);
      if (!m) return std::vector<std::string>{};
      out.push_back(m->slug);
    }
    return out;
  };
  for (std::string item : split_outside_parens(clean, sep)) {
    while (!item.empty() && (item.back() == '.' || item.back() == ','))
      item.pop_back();
    item = trim(item);
    if (item.starts_with("and ")) item = trim(std::string_view(item).substr(4));
    if (item.empty()) continue;
    if (auto m = g.resolve(item)) {
      slugs.push_back(m->slug);
      continue;
    }
    std::vector<std::string> pieces;
    auto open = item.find('(');
    if (open != std::string::npos && item.back() == ')') {
      std::string inner = item.substr(open + 1, item.size() - open - 2);
      pieces = all_resolve(split_outside_parens(inner, inner.find(sep) != std::string::npos ? sep : ','));
    }
    if (pieces.empty()) {
      auto and_pos = fold(item).find(" and ");
      if (and_pos != std::string::npos && fold(item).size() == item.size()) {
        pieces = all_resolve({item.substr(0, and_pos), item.substr(and_pos + 5)});
      }
    }
    if (pieces.empty()) store.require_partner(item); // throws with suggestions
    slugs.insert(slugs.end(), pieces.begin(), pieces.end());
  }
  return slugs;
}

Incoming incoming_from_csv(Store& store, const CsvRow& row, const std::vector<Column>& columns,
                           std::size_t header_size, const ImportOptions& options, const std::string& source) {
  Incoming in;
  in.line = row.line;
  if (row.cells.size() > header_size) {
    for (std::size_t i = header_size; i < row.cells.size(); ++i) {
      if (!trim(row.cells[i]).empty()) {
        throw ValidationError(
            fmt::format("{} cells but the header has {}; quote cells that contain the delimiter",
                        row.cells.size(), header_size));
      }
    }
  }
  std::map<std::string, std::string> v;
  std::map<std::string, const ColumnMapping*> maps;
  for (const auto& c : columns) {
    std::string cell = c.index < row.cells.size() ? row.cells[c.index] : std::string();
    const ColumnMapping* m = c.map;
    maps[c.target] = m;
    bool text = c.target == "title" || c.target == "notes" || c.target == "events" || c.target == "relations";
    if (!text && is_none_value(cell, m)) cell.clear();
    if (m && !cell.empty()) {
      std::string f = squeeze_spaces(fold(cell));
      bool mapped = false;
      for (const auto& [from, to] : m->values) {
        if (from == f) {
          cell = to;
          mapped = true;
          break;
        }
      }
      if (!mapped && !m->fallback.empty()) cell = m->fallback;
    }
    v[c.target] = cell;
  }
  auto get = [&](const char* t) -> std::string {
    auto it = v.find(t);
    return it == v.end() ? std::string() : it->second;
  };
  auto date = [&](const char* t, const char* what) -> std::string {
    std::string raw = trim(get(t));
    if (raw.empty()) return {};
    const ColumnMapping* m = maps.count(t) ? maps[t] : nullptr;
    auto d = parse_date_with(raw, m ? m->date_order : 'y');
    if (!d) {
      throw ValidationError(fmt::format(
          "{} '{}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD{}", what, raw,
          m && m->date_order != 'y' ? (m->date_order == 'd' ? " or DD.MM.YYYY" : " or MM/DD/YYYY")
                                    : ", or map a day-first column with :dmy, a US one with :mdy"));
    }
    return *d;
  };
  Agreement& a = in.a;
  a.title = get("title");
  a.kind = kind_of(get("kind"));
  a.ref = trim(get("ref"));
  a.notes = get("notes");
  a.origin = trim(get("origin"));
  if (!a.origin.empty() && !is_one_of(a.origin, {"hand", "import", "extracted"})) {
    throw ValidationError(fmt::format("origin '{}' is not hand, import or extracted", a.origin));
  }
  a.signed_date = date("signed", "signed date");
  a.expires = date("expires", "expiry date");
  a.review = date("review", "review date");
  std::string in_force = date("in_force", "entry-into-force date");
  if (std::string id = trim(get("id")); !id.empty()) {
    if (id.find_first_not_of("0123456789") != std::string::npos || id.size() > 15) {
      throw ValidationError(fmt::format("id '{}' is not a number; leave it empty for a new agreement", id));
    }
    in.file_id = std::stoll(id);
  }
  auto list = [&](const char* t) {
    const ColumnMapping* m = maps.count(t) ? maps[t] : nullptr;
    return split_list(get(t), m && m->separator ? m->separator : ';');
  };
  {
    const ColumnMapping* m = maps.count("partners") ? maps["partners"] : nullptr;
    for (const auto& slug :
         resolve_partners(store, get("partners"), m && m->separator ? m->separator : ';')) {
      if (std::find(a.partners.begin(), a.partners.end(), slug) == a.partners.end())
        a.partners.push_back(slug);
    }
  }
  for (const auto& d : list("domains")) {
    std::string slug = store.require_domain(d);
    if (std::find(a.domains.begin(), a.domains.end(), slug) == a.domains.end()) a.domains.push_back(slug);
  }
  if (a.partners.empty()) {
    in.partners_from_title = true;
    for (const auto& m : store.gazetteer().find_in_text(a.title)) {
      if (std::find(a.partners.begin(), a.partners.end(), m.slug) == a.partners.end())
        a.partners.push_back(m.slug);
    }
  }
  // A file with an events column (an export) states every event, an empty
  // cell included; its status column is derived from them and adds nothing.
  if (v.count("events")) {
    in.events_given = true;
    a.events = decode_events(get("events"));
  } else {
    std::string kind = trim(get("source_kind"));
    if (kind.empty()) kind = options.source_kind;
    std::string status_text = trim(get("status"));
    std::string type = status_event(status_text);
    auto event = [&](std::string t, std::string d, std::string evidence) {
      AgreementEvent e;
      e.type = std::move(t);
      e.date = std::move(d);
      e.evidence = std::move(evidence);
      e.source_kind = kind;
      e.source = trim(get("source")).empty() ? source : trim(get("source"));
      e.line = static_cast<int>(row.line);
      a.events.push_back(std::move(e));
    };
    bool terminal = type == "expired" || type == "terminated" || type == "superseded";
    std::string since = in_force.empty() ? std::string() : fmt::format("; in force since {}", in_force);
    if (!in_force.empty() && !terminal && type != "in_force") {
      event("in_force", in_force, "entry-into-force date column");
    }
    if (type == "in_force") {
      event(type, in_force, fmt::format("status column: '{}'", status_text));
    } else if (type == "expired") {
      // Undated, it would sort before every dated event and lose to them.
      event(type, a.expires, fmt::format("status column: '{}'{}", status_text, since));
    } else if (!type.empty()) {
      event(type, "", fmt::format("status column: '{}'{}", status_text, terminal ? since : std::string()));
    }
  }
  if (std::string rel = get("relations"); !trim(rel).empty()) in.relations = decode_relations(rel, 0);
  return in;
}

// ---- JSON ----

std::string jstr(const nlohmann::json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<std::int64_t>());
  throw ValidationError(fmt::format("'{}' must be a string", key));
}

std::vector<std::string> jlist(const nlohmann::json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return {};
  if (it->is_string()) return split_list(it->get<std::string>(), ';');
  if (!it->is_array()) throw ValidationError(fmt::format("'{}' must be a list of strings", key));
  std::vector<std::string> out;
  for (const auto& x : *it) {
    if (!x.is_string()) throw ValidationError(fmt::format("'{}' must be a list of strings", key));
    out.push_back(x.get<std::string>());
  }
  return out;
}

Incoming incoming_from_json(Store& store, const nlohmann::json& o, std::size_t position) {
  if (!o.is_object()) throw ValidationError("not an object");
  Incoming in;
  in.line = position;
  Agreement& a = in.a;
  a.title = jstr(o, "title");
  a.kind = kind_of(jstr(o, "kind"));
  a.ref = jstr(o, "ref");
  a.notes = jstr(o, "notes");
  a.origin = jstr(o, "origin");
  if (!a.origin.empty() && !is_one_of(a.origin, {"hand", "import", "extracted"})) {
    throw ValidationError(fmt::format("origin '{}' is not hand, import or extracted", a.origin));
  }
  auto date = [&](const char* key, const char* what) -> std::string {
    std::string raw = jstr(o, key);
    if (raw.empty()) return raw;
    auto d = parse_partial_date(raw);
    if (!d)
      throw ValidationError(
          fmt::format("{} '{}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", what, raw));
    return *d;
  };
  a.signed_date = date("signed", "signed date");
  a.expires = date("expires", "expiry date");
  a.review = date("review", "review date");
  if (auto it = o.find("id"); it != o.end() && it->is_number_integer()) in.file_id = it->get<Id>();
  for (const auto& p : jlist(o, "partners"))
    a.partners.push_back(store.require_partner(p));
  for (const auto& d : jlist(o, "domains"))
    a.domains.push_back(store.require_domain(d));
  if (auto it = o.find("events"); it != o.end() && it->is_array()) {
    in.events_given = true;
    for (const auto& e : *it) {
      AgreementEvent ev;
      ev.type = jstr(e, "type");
      ev.date = jstr(e, "date");
      ev.evidence = jstr(e, "evidence");
      ev.source_kind = jstr(e, "source_kind");
      ev.source = jstr(e, "source");
      if (auto m = e.find("mission_id"); m != e.end() && m->is_number_integer()) ev.mission_id = m->get<Id>();
      if (auto l = e.find("line"); l != e.end() && l->is_number_integer()) ev.line = l->get<int>();
      a.events.push_back(std::move(ev));
    }
  }
  if (auto it = o.find("relations"); it != o.end() && it->is_array()) {
    for (const auto& r : *it) {
      // Each relation appears on both its agreements; the one at its start owns it.
      if (!in.file_id || !r.contains("from") || r["from"] != *in.file_id) continue;
      AgreementRelation rel;
      rel.type = jstr(r, "type");
      if (!r.contains("to") || !r["to"].is_number_integer())
        throw ValidationError("a relation needs a numeric 'to'");
      rel.to = r["to"].get<Id>();
      rel.evidence = jstr(r, "evidence");
      in.relations.push_back(std::move(rel));
    }
  }
  return in;
}

std::string read_whole(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f)
    throw ImportError(fmt::format("{}: cannot open the file; check the path and its permissions", path));
  std::ostringstream buf;
  buf << f.rdbuf();
  return buf.str();
}

// One "target[:option]..." for the column `source`.
ColumnMapping parse_entry(std::string_view source, std::string_view spec, std::string_view entry) {
  ColumnMapping m;
  m.source = trim(source);
  std::vector<std::string> parts(1);
  for (char c : trim(spec)) {
    if (c == ':') {
      parts.emplace_back();
    } else {
      parts.back() += c;
    }
  }
  m.target = target_of_header(parts[0]);
  if (m.source.empty() || m.target.empty()) {
    throw ImportError(fmt::format("mapping '{}': '{}' is not a column entente knows; use one of {}",
                                  trim(entry), trim(parts[0]), join(targets(), ", ")));
  }
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const std::string& o = parts[i];
    std::string t = trim(o);
    if (t == "dmy" || t == "mdy" || t == "ymd") {
      m.date_order = t[0];
    } else if (o.size() == 1 && std::string_view(",;|/").find(o[0]) != std::string_view::npos) {
      m.separator = o[0];
    } else if (t.starts_with("none=")) {
      m.none_values.push_back(t.substr(5));
    } else if (auto gt = t.find('>'); gt != std::string::npos) {
      std::string from = trim(std::string_view(t).substr(0, gt));
      std::string to = trim(std::string_view(t).substr(gt + 1));
      if (from == "*") {
        m.fallback = to;
      } else {
        m.values.emplace_back(squeeze_spaces(fold(from)), to);
      }
    } else {
      throw ImportError(
          fmt::format("mapping '{}': unknown option '{}'; use dmy, mdy, ymd, a separator (, ; | /), "
                      "none=VALUE or FROM>TO",
                      trim(entry), o));
    }
  }
  return m;
}

ColumnMapping parse_one(std::string_view entry) {
  auto eq = entry.find('=');
  if (eq == std::string::npos) {
    throw ImportError(fmt::format("mapping '{}' has no '='; write \"Source Column=target\"", trim(entry)));
  }
  return parse_entry(entry.substr(0, eq), entry.substr(eq + 1), entry);
}

} // namespace

std::vector<ColumnMapping> parse_mapping(std::string_view text) {
  // Entries split on ',' except a ',' right after ':' (the separator option).
  std::vector<std::string> entries(1);
  for (char c : text) {
    if (c == ',' && !(!entries.back().empty() && entries.back().back() == ':')) {
      entries.emplace_back();
    } else {
      entries.back() += c;
    }
  }
  std::vector<ColumnMapping> out;
  for (const auto& entry : entries) {
    if (!trim(entry).empty()) out.push_back(parse_one(entry));
  }
  return out;
}

std::vector<ColumnMapping> load_mapping_file(const std::string& path) {
  std::ifstream f(path);
  if (!f) throw ImportError(fmt::format("{}: cannot open the mapping file; check the path", path));
  std::vector<ColumnMapping> out;
  std::string line;
  std::size_t n = 0;
  while (std::getline(f, line)) {
    ++n;
    std::string t = trim(line);
    if (t.empty() || t[0] == '#') continue;
    // One entry per line, so commas belong to it (column names like "Articles, etc.").
    try {
      out.push_back(parse_one(t));
    } catch (const ImportError& e) {
      throw ImportError(fmt::format("{}: line {}: {}", path, n, e.what()));
    }
  }
  return out;
}

ImportReport import_agreements(Store& store, const std::string& path, const ImportOptions& options) {
  ImportReport report;
  report.path = path;
  std::string ext = fold(std::filesystem::path(path).extension().string());
  report.format = ext == ".json" ? "json" : "csv";

  CsvDocument doc;
  nlohmann::json json;
  std::vector<Column> columns;
  if (report.format == "json") {
    try {
      json = nlohmann::json::parse(read_whole(path));
    } catch (const nlohmann::json::parse_error& e) {
      throw ImportError(
          fmt::format("{}: not valid JSON ({}); export writes {{\"agreements\": [...]}}", path, e.what()));
    }
    if (!json.is_object() || !json.contains("agreements") || !json["agreements"].is_array()) {
      throw ImportError(
          fmt::format("{}: expected {{\"agreements\": [...]}}, the document export writes", path));
    }
    report.encoding = "UTF-8";
  } else {
    try {
      doc = read_csv_file(path);
    } catch (const CsvError& e) {
      throw ImportError(e.what());
    }
    report.encoding = doc.encoding;
    if (doc.encoding != "UTF-8") {
      report.notices.push_back(
          fmt::format("{} is not UTF-8; read it as {} and converted it", path, doc.encoding));
    }
    columns = resolve_columns(doc, options, report);
  }

  sql::Transaction tx(store.db());
  Importer imp(store, options, report);
  auto one = [&](std::size_t line, const std::function<Incoming()>& make) {
    ++report.rows;
    try {
      Incoming in = make();
      imp.apply(std::move(in));
    } catch (const ValidationError& e) {
      ++report.skipped;
      report.problems.push_back({line, as_problem(line, e.what())});
    } catch (const NotFoundError& e) {
      ++report.skipped;
      report.problems.push_back({line, as_problem(line, e.what())});
    } catch (const sql::SqliteError& e) {
      if (e.busy()) throw;
      ++report.skipped;
      report.problems.push_back({line, as_problem(line, e.what())});
    }
  };
  if (report.format == "json") {
    std::size_t i = 0;
    for (const auto& o : json["agreements"]) {
      ++i;
      one(i, [&] { return incoming_from_json(store, o, i); });
    }
    // JSON problems name the record, not a line.
    for (auto& p : report.problems) {
      if (p.message.starts_with("line ")) p.message = "agreement #" + p.message.substr(5);
    }
  } else {
    for (const auto& row : doc.rows) {
      bool blank = std::all_of(row.cells.begin(), row.cells.end(),
                               [](const std::string& c) { return trim(c).empty(); });
      if (blank) continue;
      one(row.line,
          [&] { return incoming_from_csv(store, row, columns, doc.header.size(), options, imp.source); });
    }
  }
  std::size_t before = report.problems.size();
  imp.apply_relations();
  if (report.format == "json") {
    for (std::size_t k = before; k < report.problems.size(); ++k) {
      auto& p = report.problems[k];
      if (p.message.starts_with("line ")) p.message = "agreement #" + p.message.substr(5);
    }
  }
  if (!options.dry_run) tx.commit();
  return report;
}

} // namespace entente
