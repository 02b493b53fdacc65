// Missions: reading them back, links made by hand, and storing what ingest
// extracted from a report.
#include "registry/compress.hpp"
#include "registry/dates.hpp"
#include "registry/instrument_family.hpp"
#include "registry/match_keys.hpp"
#include "registry/store.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace entente {

std::vector<Mission> Store::list_missions() {
  return read_missions(Selection{});
}

std::vector<Mission> Store::list_missions_with_links() {
  Selection all;
  all.links_only = true;
  return read_missions(all);
}

// One scan of the links the rules read, each with its mission's dates: the
// missions without such a link are not read at all, nor sorted (Snapshot
// orders each agreement's links, which costs far less than ordering them all).
std::vector<Mission> Store::missions_for_rules() {
  return read_missions_for_rules(std::nullopt);
}

std::vector<Mission> Store::missions_for_rules(const std::vector<Id>& agreements) {
  return read_missions_for_rules(nlohmann::json(agreements).dump());
}

std::vector<Mission> Store::read_missions_for_rules(const std::optional<std::string>& agreements_json) {
  auto st = db_.prepare(std::string("SELECT ma.mission_id, ma.id, ma.agreement_id, ma.relation, ma.line, "
                                    "ma.line_end, ma.origin, m.start_date, m.report_date, m.filed_date FROM "
                                    "mission_agreements ma JOIN missions m ON m.id = ma.mission_id WHERE "
                                    "ma.relation IN ('plans_update','renewed')") +
                        (agreements_json ? " AND ma.agreement_id IN (SELECT value FROM json_each(?1))" : ""));
  if (agreements_json) st.bind(1, *agreements_json);
  std::vector<Mission> out;
  std::unordered_map<Id, std::size_t> at;
  while (st.step()) {
    Id id = st.int64(0);
    auto [it, added] = at.try_emplace(id, out.size());
    if (added) {
      Mission m;
      m.id = id;
      m.start_date = st.text(7);
      m.report_date = st.text(8);
      m.filed_date = st.text(9);
      out.push_back(std::move(m));
    }
    MissionLink l;
    l.mission_id = id;
    l.id = st.int64(1);
    l.agreement_id = st.int64(2);
    l.relation = st.text(3);
    l.line = st.integer(4);
    l.line_end = st.integer(5);
    l.origin = st.text(6);
    out[it->second].links.push_back(std::move(l));
  }
  return out;
}

std::vector<Mission> Store::missions_by_ids(const std::vector<Id>& ids, bool links_only) {
  Selection which{std::nullopt, nlohmann::json(ids).dump()};
  which.links_only = links_only;
  return read_missions(which);
}

std::optional<Mission> Store::find_mission(Id id) {
  auto found = read_missions(Selection{id, std::nullopt});
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<Mission> Store::read_missions(const Selection& which) {
  std::vector<Mission> out;
  auto st = db_.prepare("SELECT m.id, COALESCE(d.path,''), m.title, m.ministry, m.language, m.start_date, "
                        "m.end_date, m.author, m.report_date, m.filed_by, m.filed_date "
                        "FROM missions m LEFT JOIN documents d ON d.id = m.document_id" +
                        which.where("m.id") + " ORDER BY m.start_date, m.id");
  which.bind(st);
  while (st.step()) {
    Mission m;
    m.id = st.int64(0);
    m.source = st.text(1);
    m.title = st.text(2);
    m.ministry = st.text(3);
    m.language = st.text(4);
    m.start_date = st.text(5);
    m.end_date = st.text(6);
    m.author = st.text(7);
    m.report_date = st.text(8);
    m.filed_by = st.text(9);
    m.filed_date = st.text(10);
    out.push_back(std::move(m));
  }
  load_mission_details(out, which);
  return out;
}

Mission Store::get_mission(Id id) {
  auto m = find_mission(id);
  if (!m) throw NotFoundError(fmt::format("no mission {}; `entente missions` lists them", id));
  return *m;
}

void Store::load_mission_details(std::vector<Mission>& missions, const Selection& which) {
  if (missions.empty()) return;
  std::unordered_map<Id, Mission*> by_id;
  by_id.reserve(missions.size());
  for (auto& m : missions)
    by_id[m.id] = &m;
  // One query per child table for all missions, or for those asked for.
  auto each = [&](std::string sql, auto&& fn) {
    auto order = sql.find(" ORDER BY");
    sql.insert(order, which.where("mission_id"));
    auto st = db_.prepare(sql);
    which.bind(st);
    while (st.step()) {
      if (auto it = by_id.find(st.int64(0)); it != by_id.end()) fn(*it->second, st);
    }
  };
  each("SELECT mission_id, id, agreement_id, relation, evidence, line, line_end, origin FROM "
       "mission_agreements "
       "ORDER BY mission_id, line, id",
       [](Mission& m, sql::Statement& st) {
         MissionLink l;
         l.mission_id = st.int64(0);
         l.id = st.int64(1);
         l.agreement_id = st.int64(2);
         l.relation = st.text(3);
         l.evidence = st.text(4);
         l.line = st.integer(5);
         l.line_end = st.integer(6);
         l.origin = st.text(7);
         m.links.push_back(std::move(l));
       });
  if (which.links_only) return;
  each("SELECT mission_id, text, partner, line FROM mission_places ORDER BY mission_id, position",
       [](Mission& m, sql::Statement& st) {
         m.places.push_back({st.text(1), st.text(2), st.integer(3)});
       });
  each("SELECT mission_id, partner FROM mission_partners ORDER BY mission_id, rowid",
       [](Mission& m, sql::Statement& st) { m.partners.push_back(st.text(1)); });
  each("SELECT mission_id, domain FROM mission_domains ORDER BY mission_id, rowid",
       [](Mission& m, sql::Statement& st) { m.domains.push_back(st.text(1)); });
  each(
      "SELECT mission_id, honorific, name, title, line FROM mission_delegation ORDER BY mission_id, position",
      [](Mission& m, sql::Statement& st) {
        m.delegation.push_back({st.text(1), st.text(2), st.text(3), st.integer(4)});
      });
  each("SELECT mission_id, kind, heading, line, line_end FROM mission_sections ORDER BY mission_id, position",
       [](Mission& m, sql::Statement& st) {
         m.sections.push_back({st.text(1), st.text(2), st.integer(3), st.integer(4)});
       });
  std::map<Id, Recommendation*> recs;
  each("SELECT mission_id, id, text, line, line_end FROM recommendations ORDER BY mission_id, position",
       [](Mission& m, sql::Statement& st) {
         Recommendation r;
         r.id = st.int64(1);
         r.text = st.text(2);
         r.line = st.integer(3);
         r.line_end = st.integer(4);
         m.recommendations.push_back(std::move(r));
       });
  for (auto& m : missions) {
    for (auto& r : m.recommendations)
      recs[r.id] = &r;
  }
  const std::string rec_filter =
      which.one || which.ids_json
          ? " WHERE recommendation_id IN (SELECT id FROM recommendations" + which.where("mission_id") + ")"
          : "";
  {
    auto st = db_.prepare("SELECT recommendation_id, partner FROM recommendation_partners" + rec_filter +
                          " ORDER BY rowid");
    which.bind(st);
    while (st.step()) {
      if (auto it = recs.find(st.int64(0)); it != recs.end()) it->second->partners.push_back(st.text(1));
    }
  }
  {
    auto st = db_.prepare("SELECT recommendation_id, agreement_id FROM recommendation_agreements" +
                          rec_filter + " ORDER BY rowid");
    which.bind(st);
    while (st.step()) {
      if (auto it = recs.find(st.int64(0)); it != recs.end()) it->second->agreements.push_back(st.int64(1));
    }
  }
}

namespace {

template <typename Inflate>
std::optional<DocumentRecord> read_document_row(sql::Statement& st, Inflate inflate) {
  if (!st.step()) return std::nullopt;
  // Texts are stored deflated (a BLOB); rows written before schema 3 hold plain TEXT.
  std::string text = st.is_blob(7) ? inflate(st.blob(7)) : st.text(7);
  return DocumentRecord{st.int64(0), st.text(1), st.text(2), st.int64(3),
                        st.text(4),  st.text(5), st.text(6), std::move(text)};
}

} // namespace

std::optional<DocumentRecord> Store::document_by_path(std::string_view path) {
  auto st = db_.prepare(
      "SELECT id, path, sha256, size, format, encoding, notes, text FROM documents WHERE path = ?");
  st.bind(1, path);
  return read_document_row(st, [this](std::string_view stored) { return inflate_text(stored); });
}

namespace {

// The report held for a file, else for a path no file was recorded for
// (stored before schema 12, or without a file); columns id, path, sha256.
constexpr const char* kHeldDocumentSql =
    "SELECT d.id, d.path, d.sha256 FROM document_files f JOIN documents d ON d.id = f.document_id "
    "WHERE f.canonical = ?1 AND ?1 <> '' "
    "UNION ALL SELECT d.id, d.path, d.sha256 FROM documents d WHERE d.path = ?2 "
    "AND NOT EXISTS (SELECT 1 FROM document_files f WHERE f.document_id = d.id) LIMIT 1";

} // namespace

std::optional<std::string> Store::stored_sha256(std::string_view path, std::string_view file) {
  auto st = db_.prepare(kHeldDocumentSql);
  st.bind(1, file).bind(2, path);
  if (!st.step()) return std::nullopt;
  return st.text(2);
}

std::optional<Store::HeldContent> Store::content_held_elsewhere(std::string_view sha256,
                                                                std::string_view path) {
  auto st = db_.prepare("SELECT m.id, d.path FROM documents d JOIN missions m ON m.document_id = d.id "
                        "WHERE d.sha256 = ? AND d.path <> ? ORDER BY m.id LIMIT 1");
  st.bind(1, sha256).bind(2, path);
  if (!st.step()) return std::nullopt;
  return HeldContent{st.int64(0), st.text(1)};
}

std::optional<std::string> Store::source_of_mission(Id mission) {
  auto st =
      db_.prepare("SELECT d.path FROM documents d JOIN missions m ON m.document_id = d.id WHERE m.id = ?");
  st.bind(1, mission);
  if (!st.step()) return std::nullopt;
  return st.text(0);
}

std::optional<Id> Store::mission_id_for_path(std::string_view path, std::string_view file) {
  auto st = db_.prepare(
      fmt::format("SELECT m.id FROM missions m JOIN ({}) d ON d.id = m.document_id", kHeldDocumentSql));
  st.bind(1, file).bind(2, path);
  if (!st.step()) return std::nullopt;
  return st.int64(0);
}

std::optional<DocumentRecord> Store::document_for_mission(Id mission) {
  auto st = db_.prepare("SELECT d.id, d.path, d.sha256, d.size, d.format, d.encoding, d.notes, d.text "
                        "FROM documents d JOIN missions m ON m.document_id = d.id WHERE m.id = ?");
  st.bind(1, mission);
  return read_document_row(st, [this](std::string_view stored) { return inflate_text(stored); });
}

Id Store::add_link(const MissionLink& link) {
  if (!is_one_of(link.relation, {"produced", "references", "plans_update", "renewed"})) {
    throw ValidationError(fmt::format(
        "unknown relation '{}'; use produced, references, plans_update or renewed", link.relation));
  }
  Mission m = get_mission(link.mission_id);
  get_agreement(link.agreement_id);
  sql::Savepoint sp(db_, "add_link");
  db_.prepare("INSERT INTO mission_agreements(mission_id, agreement_id, relation, evidence, line, line_end, "
              "origin) "
              "VALUES(?,?,?,?,?,?,'hand')")
      .bind(1, link.mission_id)
      .bind(2, link.agreement_id)
      .bind(3, link.relation)
      .bind(4, link.evidence)
      .bind(5, link.line)
      .bind(6, link.line_end ? link.line_end : link.line)
      .run();
  Id id = db_.last_insert_id();
  // A link restored by hand is no longer suppressed.
  db_.prepare("DELETE FROM suppressed_links WHERE document_path=? AND agreement_id=? AND relation=?")
      .bind(1, m.source)
      .bind(2, link.agreement_id)
      .bind(3, link.relation)
      .run();
  sp.release();
  return id;
}

void Store::remove_link(Id link_id) {
  auto st = db_.prepare("SELECT ma.mission_id, ma.agreement_id, ma.relation, ma.origin, COALESCE(d.path,'') "
                        "FROM mission_agreements ma JOIN missions m ON m.id = ma.mission_id "
                        "LEFT JOIN documents d ON d.id = m.document_id WHERE ma.id = ?");
  st.bind(1, link_id);
  if (!st.step())
    throw NotFoundError(fmt::format("no link {}; `entente show mission ID` lists them", link_id));
  Id agreement = st.int64(1);
  std::string relation = st.text(2);
  std::string origin = st.text(3);
  std::string path = st.text(4);
  sql::Savepoint sp(db_, "remove_link");
  if (origin == "extracted" && !path.empty()) {
    db_.prepare("INSERT OR IGNORE INTO suppressed_links(document_path, agreement_id, relation) VALUES(?,?,?)")
        .bind(1, path)
        .bind(2, agreement)
        .bind(3, relation)
        .run();
    // The suppression holds while the agreement keeps its id; the mention
    // holds once a person corrected the agreement so that the report's
    // draft no longer matches it.
    db_.prepare("INSERT OR IGNORE INTO rejected_mentions(document_path, mention, relation) "
                "SELECT ?, mention, ? FROM link_mentions WHERE link_id = ?")
        .bind(1, path)
        .bind(2, relation)
        .bind(3, link_id)
        .run();
  }
  db_.prepare("DELETE FROM mission_agreements WHERE id = ?").bind(1, link_id).run();
  sp.release();
}

std::vector<MissionLink> Store::links_of_agreement(Id agreement) {
  std::vector<MissionLink> out;
  auto st = db_.prepare("SELECT id, mission_id, agreement_id, relation, evidence, line, line_end, origin "
                        "FROM mission_agreements WHERE agreement_id = ? ORDER BY mission_id, line");
  st.bind(1, agreement);
  while (st.step()) {
    out.push_back({st.int64(0), st.int64(1), st.int64(2), st.text(3), st.text(4), st.integer(5),
                   st.integer(6), st.text(7)});
  }
  return out;
}

std::optional<Id> Store::match_agreement(const Agreement& draft, std::string_view not_after) {
  if (draft.partners.empty()) return std::nullopt;
  // The kept keys (registry/match_keys.hpp) name a partner's agreements of a
  // kind and year without reading the agreements themselves.
  std::string placeholders;
  for (std::size_t i = 0; i < draft.partners.size(); ++i)
    placeholders += i ? ",?" : "?";
  const int year = date_year(draft.signed_date);
  auto st = db_.prepare(fmt::format("SELECT DISTINCT agreement_id FROM agreement_match_keys "
                                    "WHERE partner IN ({}) AND kind = ?{} ORDER BY agreement_id",
                                    placeholders, year != 0 ? " AND year = ?" : ""));
  int i = 1;
  for (const auto& p : draft.partners)
    st.bind(i++, p);
  st.bind(i++, draft.kind);
  if (year != 0) st.bind(i++, year);
  // Without a year, every agreement of the partners and kind is a candidate.
  std::vector<Id> candidates;
  while (st.step())
    candidates.push_back(st.int64(0));
  // (Only for a draft without its year: one named by a year to come, "the
  // 2020 agreement, which the premiers will sign in June", is that one.)
  if (!not_after.empty() && year == 0 && !candidates.empty()) {
    auto t = db_.prepare("SELECT id, signed FROM agreements WHERE id IN (SELECT value FROM json_each(?))");
    t.bind(1, nlohmann::json(candidates).dump());
    std::set<Id> later;
    while (t.step()) {
      const std::string signed_date = t.text(1);
      if (!signed_date.empty() && date_floor(signed_date) > not_after) later.insert(t.int64(0));
    }
    std::erase_if(candidates, [&](Id id) { return later.count(id) > 0; });
  }
  // A letter of agreement is not the work plan signed with the same partner
  // the same year (instrument_family.hpp); nor is a plain "entente" named by
  // its own domain.
  if (const std::string family = instrument_family(draft.title);
      (!family.empty() || !draft.domains.empty()) && !candidates.empty()) {
    auto t = db_.prepare(
        "SELECT id, title, EXISTS(SELECT 1 FROM agreement_domains d WHERE d.agreement_id = agreements.id) "
        "FROM agreements WHERE id IN (SELECT value FROM json_each(?))");
    t.bind(1, nlohmann::json(candidates).dump());
    std::set<Id> other_sort;
    while (t.step()) {
      const std::string theirs = instrument_family(t.text(1));
      const bool plain_with_domains = family.empty() ? !draft.domains.empty() : t.int64(2) != 0;
      const std::string& other = family.empty() ? theirs : family; // the one that is not plain
      if ((!theirs.empty() && !family.empty() && theirs != family) ||
          (theirs.empty() != family.empty() && other != "agreement" && plain_with_domains))
        other_sort.insert(t.int64(0));
    }
    candidates.erase(
        std::remove_if(candidates.begin(), candidates.end(), [&](Id id) { return other_sort.count(id) > 0; }),
        candidates.end());
  }
  if (!draft.domains.empty() && candidates.size() > 1) {
    // Several MOUs signed the same year with the same partner differ by domain.
    std::set<std::string> want(draft.domains.begin(), draft.domains.end());
    // The candidates' domains in one query: a partner's agreements of one
    // year number in the dozens in a large registry, and a query each cost
    // more than the matching itself.
    struct Domains {
      bool has = false;
      bool hit = false;
    };
    std::unordered_map<Id, Domains> seen;
    auto d = db_.prepare("SELECT agreement_id, domain FROM agreement_domains "
                         "WHERE agreement_id IN (SELECT value FROM json_each(?))");
    d.bind(1, nlohmann::json(candidates).dump());
    while (d.step()) {
      Domains& found = seen[d.int64(0)];
      found.has = true;
      found.hit |= want.count(d.text(1)) > 0;
    }
    auto domains_of = [&](Id id) {
      auto it = seen.find(id);
      return it == seen.end() ? Domains{} : it->second;
    };
    std::vector<Id> overlapping;
    for (Id id : candidates) {
      const Domains found = domains_of(id);
      if (found.hit || !found.has) overlapping.push_back(id);
    }
    candidates = overlapping;
    if (candidates.size() > 1) {
      // Prefer the candidate whose domains overlap over one without domains.
      for (Id id : candidates) {
        if (domains_of(id).has) return id;
      }
    }
  } else if (!draft.domains.empty() && candidates.size() == 1 && draft.kind == "mou") {
    auto d = db_.prepare("SELECT domain FROM agreement_domains WHERE agreement_id = ?");
    d.bind(1, candidates[0]);
    std::set<std::string> want(draft.domains.begin(), draft.domains.end());
    bool has = false;
    bool hit = false;
    while (d.step()) {
      has = true;
      hit |= want.count(d.text(0)) > 0;
    }
    if (has && !hit) return std::nullopt;
  }
  if (year == 0 && candidates.size() > 1) {
    // "le Programme de travail 2025-2027 de l'Entente de coopération
    // Québec–Shandong": named without its year, it is the one of the
    // partner's agreements that bears the same name, when only one does.
    auto without_year = [](std::string t) {
      if (t.size() > 7 && t.back() == ')' && t[t.size() - 6] == '(' && t[t.size() - 7] == ' ')
        t.resize(t.size() - 7);
      return t;
    };
    const std::string wanted = without_year(draft.title);
    auto t = db_.prepare("SELECT id, title FROM agreements WHERE id IN (SELECT value FROM json_each(?))");
    t.bind(1, nlohmann::json(candidates).dump());
    std::vector<Id> same_name;
    while (t.step()) {
      if (without_year(t.text(1)) == wanted) same_name.push_back(t.int64(0));
    }
    if (same_name.size() == 1) return same_name.front();
  }
  if (year == 0 && candidates.size() != 1) return std::nullopt;
  if (candidates.empty()) return std::nullopt;
  return candidates.front();
}

// "Under the 2014 clean energy agreement, two projects are under way in
// Jinan and a third in Qingdao", "le Protocole d'entente Québec–Munich :
// aérospatiale (2012)": where the work goes on, not who signed. The nearest
// province that holds every place, never a country: a 2014 agreement with
// China is no agreement with Jinan.
std::optional<Id> Store::match_in_holder(const Agreement& draft, std::string_view evidence,
                                         std::string_view not_after) {
  // (A city's own government named: "l'entente de 2008 avec la ville de
  // Qingdao" is Qingdao's; not "signée à Jinan en 1998, ... avec la
  // municipalité de Qingdao", where the government named is another city's.)
  auto names_city_government = [&] {
    const auto words = fold_words(evidence);
    auto city_word = [](const std::string& w) {
      return w == "ville" || w == "mairie" || w == "maire" || w == "city" || w == "mayor" ||
             w.starts_with("municipal");
    };
    const Partner* city = gazetteer().find(draft.partners.front());
    if (city == nullptr) return std::any_of(words.begin(), words.end(), city_word);
    const auto name = fold_words(city->name);
    const auto name_fr = fold_words(city->name_fr);
    for (std::size_t i = 0; i < words.size(); ++i) {
      const bool named =
          (!name.empty() && words[i] == name.front()) || (!name_fr.empty() && words[i] == name_fr.front());
      if (!named) continue;
      for (std::size_t k = i > 4 ? i - 4 : 0; k < std::min(words.size(), i + 3); ++k) {
        if (city_word(words[k])) return true;
      }
    }
    return false;
  };
  if (draft.partners.empty() || date_year(draft.signed_date) == 0 ||
      (draft.partners.size() == 1 && names_city_government()))
    return std::nullopt;
  const Gazetteer& places = gazetteer();
  for (const auto& candidate : places.ancestors(draft.partners.front())) {
    const Partner* p = places.find(candidate);
    if (p == nullptr || p->kind != "subdivision") continue;
    const bool holds_all =
        std::all_of(draft.partners.begin(), draft.partners.end(), [&](const std::string& s) {
          const auto up = places.ancestors(s);
          return std::find(up.begin(), up.end(), candidate) != up.end();
        });
    if (!holds_all) return std::nullopt;
    Agreement wider = draft;
    wider.partners = {candidate};
    return match_agreement(wider, not_after);
  }
  return std::nullopt;
}

// "le suivi des ententes avec le Vermont et le Maine", "l'entente de 2011
// en éducation avec le Nuevo León": a plain agreement, named without its
// name or sort, may be the partner's MOU (in everyday words an MOU is an
// agreement), rather than a record of its own.
std::optional<Id> Store::loosely_named(const Agreement& draft, std::string_view relation,
                                       std::string_view not_after) {
  if ((relation != "references" && relation != "plans_update") || draft.kind != "agreement" ||
      !instrument_family(draft.title).empty())
    return std::nullopt;
  // Only when the partner has no agreement of the plain sort (of that year,
  // when it has one): among two, which one is meant is not known.
  const int year = date_year(draft.signed_date);
  for (const auto& p : draft.partners) {
    auto st =
        db_.prepare(year != 0 ? "SELECT 1 FROM agreement_match_keys WHERE partner = ? AND kind = 'agreement' "
                                "AND year = ? LIMIT 1"
                              : "SELECT 1 FROM agreement_match_keys WHERE partner = ? AND kind = 'agreement' "
                                "LIMIT 1");
    st.bind(1, p);
    if (year != 0) st.bind(2, year);
    if (st.step()) return std::nullopt;
  }
  Agreement as_mou = draft;
  as_mou.kind = "mou";
  // Undated, its domains come from words around it, as loose as its name
  // ("le ministère des Relations internationales et de la Francophonie");
  // dated ("l'entente de 2011 en éducation avec le Nuevo León"), they tell
  // the partner's MOUs of that year apart.
  if (year == 0) as_mou.domains.clear();
  return match_agreement(as_mou, not_after);
}

void Store::delete_extracted_facts(Id mission) {
  for (const char* sql : {"DELETE FROM mission_places WHERE mission_id = ?",
                          "DELETE FROM mission_partners WHERE mission_id = ?",
                          "DELETE FROM mission_domains WHERE mission_id = ?",
                          "DELETE FROM mission_delegation WHERE mission_id = ?",
                          "DELETE FROM mission_sections WHERE mission_id = ?",
                          "DELETE FROM recommendations WHERE mission_id = ?",
                          "DELETE FROM agreement_events WHERE mission_id = ?",
                          "DELETE FROM agreement_relations WHERE mission_id = ?",
                          "DELETE FROM mission_agreements WHERE mission_id = ? AND origin = 'extracted'"}) {
    db_.prepare(sql).bind(1, mission).run();
  }
}

namespace {

// Agreements that only a report's extraction knew, and that nobody edited,
// go once no report names them; anything a person touched (edited, related,
// or whose link they removed by hand) or another report names stays. Run
// after the report's mentions are matched again, so that a re-ingested
// report finds its agreements under the same ids.
void delete_orphan_extracted_agreements(sql::Database& db) {
  db.exec("DELETE FROM agreements WHERE origin = 'extracted' AND edited = 0 "
          "AND id NOT IN (SELECT agreement_id FROM mission_agreements) "
          "AND id NOT IN (SELECT agreement_id FROM suppressed_links) "
          "AND id NOT IN (SELECT from_id FROM agreement_relations WHERE mission_id IS NULL) "
          "AND id NOT IN (SELECT to_id FROM agreement_relations WHERE mission_id IS NULL)");
}

} // namespace

StoreOutcome Store::store_mission(const MissionInput& in) {
  // The stored text is not needed here: only which row, and whether it changed.
  struct Existing {
    Id id;
    std::string path, sha256;
  };
  std::optional<Existing> existing;
  {
    auto st = db_.prepare(kHeldDocumentSql);
    st.bind(1, in.document.file).bind(2, in.document.path);
    if (st.step()) existing = Existing{st.int64(0), st.text(1), st.text(2)};
  }
  if (existing && existing->sha256 == in.document.sha256) return StoreOutcome::Unchanged;
  // The path a held report was first given by names it (suppressed links,
  // rejected mentions, event sources). A new file whose path, as given,
  // names another file already held (a relative path from another folder)
  // is stored under its own file's path.
  std::string doc_path = existing ? existing->path : in.document.path;
  if (!existing && !in.document.file.empty()) {
    auto st = db_.prepare("SELECT 1 FROM documents WHERE path = ?");
    st.bind(1, doc_path);
    if (st.step()) doc_path = in.document.file;
  }

  const std::string stored_text = text_compressor().compress(in.document.text);
  sql::Savepoint sp(db_, "store_mission");
  const Mission& m = in.mission;
  Id mission_id = 0;
  if (existing) {
    db_.prepare("UPDATE documents SET sha256=?, size=?, format=?, encoding=?, notes=?, text=?, "
                "ingested_at=strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id=?")
        .bind(1, in.document.sha256)
        .bind(2, in.document.size)
        .bind(3, in.document.format)
        .bind(4, in.document.encoding)
        .bind(5, in.document.notes)
        .bind_blob(6, stored_text.data(), stored_text.size())
        .bind(7, existing->id)
        .run();
    auto st = db_.prepare("SELECT id, edited FROM missions WHERE document_id = ?");
    st.bind(1, existing->id);
    if (st.step()) mission_id = st.int64(0);
  } else {
    db_.prepare(
           "INSERT INTO documents(path, sha256, size, format, encoding, notes, text) VALUES(?,?,?,?,?,?,?)")
        .bind(1, doc_path)
        .bind(2, in.document.sha256)
        .bind(3, in.document.size)
        .bind(4, in.document.format)
        .bind(5, in.document.encoding)
        .bind(6, in.document.notes)
        .bind_blob(7, stored_text.data(), stored_text.size())
        .run();
  }
  Id document_id = existing ? existing->id : db_.last_insert_id();
  if (!in.document.file.empty()) {
    db_.prepare("INSERT OR REPLACE INTO document_files(canonical, document_id) VALUES(?,?)")
        .bind(1, in.document.file)
        .bind(2, document_id)
        .run();
  }
  // The agreements a person corrected that the report's previous version
  // named, by what the extraction called them: a corrected partner, kind or
  // date no longer matches the draft, and the correction wins.
  std::map<std::string, Id> corrected_by_mention;
  if (mission_id != 0) {
    auto st = db_.prepare("SELECT lm.mention, l.agreement_id FROM mission_agreements l "
                          "JOIN link_mentions lm ON lm.link_id = l.id "
                          "JOIN agreements a ON a.id = l.agreement_id "
                          "WHERE l.mission_id = ? AND l.origin = 'extracted' AND a.edited = 1");
    st.bind(1, mission_id);
    while (st.step())
      corrected_by_mention.emplace(st.text(0), st.int64(1));
  }
  if (mission_id != 0) {
    delete_extracted_facts(mission_id);
    db_.prepare("UPDATE missions SET title=?, ministry=?, language=?, start_date=?, end_date=?, author=?, "
                "report_date=?, filed_by=?, filed_date=? WHERE id=? AND edited = 0")
        .bind(1, m.title)
        .bind(2, m.ministry)
        .bind(3, m.language)
        .bind(4, m.start_date)
        .bind(5, m.end_date)
        .bind(6, m.author)
        .bind(7, m.report_date)
        .bind(8, m.filed_by)
        .bind(9, m.filed_date)
        .bind(10, mission_id)
        .run();
  } else {
    db_.prepare("INSERT INTO missions(document_id, title, ministry, language, start_date, end_date, author, "
                "report_date, filed_by, filed_date) VALUES(?,?,?,?,?,?,?,?,?,?)")
        .bind(1, document_id)
        .bind(2, m.title)
        .bind(3, m.ministry)
        .bind(4, m.language)
        .bind(5, m.start_date)
        .bind(6, m.end_date)
        .bind(7, m.author)
        .bind(8, m.report_date)
        .bind(9, m.filed_by)
        .bind(10, m.filed_date)
        .run();
    mission_id = db_.last_insert_id();
  }

  {
    auto st = db_.prepare(
        "INSERT INTO mission_places(mission_id, position, text, partner, line) VALUES(?,?,?,?,?)");
    int pos = 0;
    for (const auto& p : m.places)
      st.bind(1, mission_id).bind(2, pos++).bind(3, p.text).bind(4, p.partner).bind(5, p.line).run();
  }
  {
    auto st =
        db_.prepare("INSERT INTO mission_delegation(mission_id, position, honorific, name, title, line) "
                    "VALUES(?,?,?,?,?,?)");
    int pos = 0;
    for (const auto& d : m.delegation) {
      st.bind(1, mission_id)
          .bind(2, pos++)
          .bind(3, d.honorific)
          .bind(4, d.name)
          .bind(5, d.title)
          .bind(6, d.line)
          .run();
    }
  }
  {
    auto st = db_.prepare("INSERT INTO mission_sections(mission_id, position, kind, heading, line, line_end) "
                          "VALUES(?,?,?,?,?,?)");
    int pos = 0;
    for (const auto& s : m.sections) {
      st.bind(1, mission_id)
          .bind(2, pos++)
          .bind(3, s.kind)
          .bind(4, s.heading)
          .bind(5, s.line)
          .bind(6, s.line_end)
          .run();
    }
  }
  std::vector<std::string> partners = m.partners;
  std::set<std::string> domains(m.domains.begin(), m.domains.end());

  // Agreements: match each mention to a record or create one, then link.
  // One per mention, 0 for a mention a person rejected.
  std::vector<Id> agreement_ids;
  std::set<std::tuple<Id, std::string>> suppressed;
  {
    auto st = db_.prepare("SELECT agreement_id, relation FROM suppressed_links WHERE document_path = ?");
    st.bind(1, doc_path);
    while (st.step())
      suppressed.emplace(st.int64(0), st.text(1));
  }
  std::set<std::pair<std::string, std::string>> rejected;
  {
    auto st = db_.prepare("SELECT mention, relation FROM rejected_mentions WHERE document_path = ?");
    st.bind(1, doc_path);
    while (st.step())
      rejected.emplace(st.text(0), st.text(1));
  }
  auto remember_mention = db_.prepare("INSERT INTO link_mentions(link_id, mention) VALUES(?,?)");
  // The mission's last day: what it names was signed by then.
  const std::string& mission_last = !m.end_date.empty()     ? m.end_date
                                    : !m.start_date.empty() ? m.start_date
                                                            : m.report_date;
  const std::string not_after = mission_last.empty() ? std::string() : date_ceiling(mission_last);
  for (const auto& ex : in.agreements) {
    Agreement draft = ex.draft;
    draft.origin = "extracted";
    const std::string mention = mention_key(draft);
    if (rejected.count({mention, "*"}) || rejected.count({mention, ex.relation})) {
      agreement_ids.push_back(0);
      continue;
    }
    Id id = 0;
    if (auto corrected = corrected_by_mention.find(mention); corrected != corrected_by_mention.end()) {
      id = corrected->second;
    } else if (auto found = match_agreement(draft, not_after)) {
      id = *found;
    } else if (auto held = ex.relation == "references" || ex.relation == "plans_update"
                               ? match_in_holder(draft, ex.evidence, not_after)
                               : std::nullopt) {
      id = *held;
    } else if (auto loose = loosely_named(draft, ex.relation, not_after)) {
      id = *loose;
    } else {
      // Extraction names partners and domains from the gazetteer and taxonomy, so they resolve.
      id = create_agreement(draft);
    }
    agreement_ids.push_back(id);
    if (suppressed.count({id, ex.relation})) continue;
    db_.prepare(
           "INSERT OR IGNORE INTO mission_agreements(mission_id, agreement_id, relation, evidence, line, "
           "line_end, origin) VALUES(?,?,?,?,?,?,'extracted')")
        .bind(1, mission_id)
        .bind(2, id)
        .bind(3, ex.relation)
        .bind(4, ex.evidence)
        .bind(5, ex.line)
        .bind(6, ex.line_end)
        .run();
    if (db_.changes() == 1) remember_mention.bind(1, db_.last_insert_id()).bind(2, mention).run();
    // "l'entente signée le 17 octobre 2008" in a report after one that named
    // it by its year: the day, unless a person or an import set the date.
    if (ex.relation != "produced" && draft.signed_date.size() == 10) {
      db_.prepare(
             "UPDATE agreements SET signed = ?1 WHERE id = ?2 AND edited = 0 AND origin = 'extracted' AND "
             "(signed = '' OR (length(signed) < 10 AND substr(?1, 1, length(signed)) = signed))")
          .bind(1, draft.signed_date)
          .bind(2, id)
          .run();
    }
    if (ex.relation == "produced" || ex.relation == "renewed") {
      AgreementEvent e;
      e.type = ex.relation == "produced" ? "signed" : "renewed";
      // The mission's own dates are the best date for what happened during it,
      // unless the extraction found the day of the signature (a full date).
      std::string when = m.start_date.empty() ? m.report_date : m.start_date;
      e.date = when.empty() ? draft.signed_date : when;
      if (ex.relation == "produced" && draft.signed_date.size() == 10 && !m.start_date.empty() &&
          draft.signed_date >= m.start_date)
        e.date = draft.signed_date;
      if (!ex.event_date.empty()) e.date = ex.event_date;
      e.evidence = ex.evidence;
      e.source_kind = "mission_report";
      e.source = doc_path;
      e.mission_id = mission_id;
      e.line = ex.line;
      add_event(id, e);
      // A report loaded earlier may have named it by its year alone ("the
      // 2006 agreement"); the report of its signing gives its day, unless a
      // person set the date.
      // (Only a day the report gives, not the mission's first, and not over a
      // date an import or a person set. A day no signing event holds any
      // more, the one this report gave before it changed, is replaced.)
      if (ex.relation == "produced" && draft.signed_date.size() == 10 && e.date == draft.signed_date) {
        db_.prepare(
               "UPDATE agreements SET signed = ?1 WHERE id = ?2 AND edited = 0 AND origin = 'extracted' AND "
               "(signed = '' OR (length(signed) < 10 AND substr(?1, 1, length(signed)) = signed) OR "
               "NOT EXISTS (SELECT 1 FROM agreement_events e WHERE e.agreement_id = ?2 AND e.type = 'signed' "
               "AND e.date = agreements.signed))")
            .bind(1, e.date)
            .bind(2, id)
            .run();
      }
      // "renouvelée pour cinq ans": it expires then, unless renewed again.
      if (ex.term_years > 0 && e.date.size() >= 4) {
        AgreementEvent end = e;
        end.type = "expired";
        end.date = add_years(e.date, ex.term_years);
        add_event(id, end);
      }
    }
    for (AgreementEvent stated : ex.stated) {
      stated.source_kind = "mission_report";
      stated.source = doc_path;
      stated.mission_id = mission_id;
      add_event(id, stated);
    }
    // Only the agreement's partners and domains are wanted: reading it whole
    // would read every event, and an agreement many reports name has many.
    {
      auto st =
          db_.prepare("SELECT partner FROM agreement_partners WHERE agreement_id = ? ORDER BY position");
      st.bind(1, id);
      while (st.step()) {
        std::string p = st.text(0);
        if (std::find(partners.begin(), partners.end(), p) == partners.end())
          partners.push_back(std::move(p));
      }
    }
    // What the mission signed is part of its subject; what it merely mentions is not.
    if (ex.relation == "produced") {
      auto st = db_.prepare("SELECT domain FROM agreement_domains WHERE agreement_id = ?");
      st.bind(1, id);
      while (st.step())
        domains.insert(st.text(0));
    }
  }
  {
    // A relation a person entered stays theirs (INSERT OR IGNORE).
    auto st = db_.prepare("INSERT OR IGNORE INTO agreement_relations(from_id, type, to_id, evidence, "
                          "mission_id, line) VALUES(?,?,?,?,?,?)");
    for (const auto& r : in.relations) {
      if (r.from >= agreement_ids.size() || r.to >= agreement_ids.size()) continue;
      const Id from = agreement_ids[r.from], to = agreement_ids[r.to];
      if (from == to || from == 0 || to == 0) continue;
      st.bind(1, from)
          .bind(2, r.type)
          .bind(3, to)
          .bind(4, r.evidence)
          .bind(5, mission_id)
          .bind(6, r.line)
          .run();
    }
  }
  {
    auto st = db_.prepare("INSERT OR IGNORE INTO mission_partners(mission_id, partner) VALUES(?,?)");
    for (const auto& p : partners)
      st.bind(1, mission_id).bind(2, p).run();
    auto sd = db_.prepare("INSERT OR IGNORE INTO mission_domains(mission_id, domain) VALUES(?,?)");
    for (const auto& d : m.domains)
      sd.bind(1, mission_id).bind(2, d).run();
    for (const auto& d : domains)
      sd.bind(1, mission_id).bind(2, d).run();
  }
  {
    auto st = db_.prepare(
        "INSERT INTO recommendations(mission_id, position, text, line, line_end) VALUES(?,?,?,?,?)");
    auto sp_partner =
        db_.prepare("INSERT OR IGNORE INTO recommendation_partners(recommendation_id, partner) VALUES(?,?)");
    auto sp_agreement = db_.prepare(
        "INSERT OR IGNORE INTO recommendation_agreements(recommendation_id, agreement_id) VALUES(?,?)");
    for (std::size_t i = 0; i < m.recommendations.size(); ++i) {
      const auto& r = m.recommendations[i];
      st.bind(1, mission_id)
          .bind(2, static_cast<int>(i))
          .bind(3, r.text)
          .bind(4, r.line)
          .bind(5, r.line_end)
          .run();
      Id rid = db_.last_insert_id();
      for (const auto& p : r.partners)
        sp_partner.bind(1, rid).bind(2, p).run();
      if (i < in.recommendation_agreements.size()) {
        for (std::size_t idx : in.recommendation_agreements[i]) {
          if (idx < agreement_ids.size() && agreement_ids[idx] != 0)
            sp_agreement.bind(1, rid).bind(2, agreement_ids[idx]).run();
        }
      }
    }
  }
  if (existing) delete_orphan_extracted_agreements(db_);
  // Changed children of a mission reach the index through the mission row.
  db_.prepare("INSERT INTO outbox(doc) VALUES(?)").bind(1, fmt::format("mission:{}", mission_id)).run();
  sp.release();
  return existing ? StoreOutcome::Updated : StoreOutcome::Added;
}

Store::MissionRemoval Store::remove_mission(Id mission) {
  auto st = db_.prepare("SELECT m.document_id, COALESCE(d.path, '') FROM missions m "
                        "LEFT JOIN documents d ON d.id = m.document_id WHERE m.id = ?");
  st.bind(1, mission);
  if (!st.step()) throw NotFoundError(fmt::format("no mission {}; `entente missions` lists them", mission));
  const Id document = st.is_null(0) ? 0 : st.int64(0); // a mission entered by hand has none
  MissionRemoval out{st.text(1), 0};
  sql::Savepoint sp(db_, "remove_mission");
  std::vector<Id> named;
  {
    auto a = db_.prepare("SELECT DISTINCT agreement_id FROM mission_agreements WHERE mission_id = ?");
    a.bind(1, mission);
    while (a.step())
      named.push_back(a.int64(0));
  }
  // Its children go by cascade, and the triggers queue the index updates and
  // mark the audit facts of the agreements it named. Links a person removed
  // from its report stay removed: the agreements they kept stay, and so does
  // the removal if the file is ingested again.
  db_.prepare("DELETE FROM missions WHERE id = ?").bind(1, mission).run();
  if (document != 0) db_.prepare("DELETE FROM documents WHERE id = ?").bind(1, document).run();
  delete_orphan_extracted_agreements(db_);
  auto exists = db_.prepare("SELECT 1 FROM agreements WHERE id = ?");
  for (Id id : named) {
    if (!exists.bind(1, id).step()) ++out.agreements_removed;
    exists.reset();
  }
  sp.release();
  return out;
}

} // namespace entente
