// Agreements and MOUs: validation, storage, events and relations.
#include "registry/dates.hpp"
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
namespace {

std::string check_date(std::string_view field, std::string_view value) {
  if (value.empty()) return {};
  auto d = parse_partial_date(value);
  if (!d) {
    throw ValidationError(
        fmt::format("{} '{}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", field, value));
  }
  return *d;
}

void check_event(const AgreementEvent& e) {
  if (!is_one_of(e.type,
                 {"signed", "in_force", "renewed", "amended", "superseded", "expired", "terminated"})) {
    throw ValidationError(
        fmt::format("unknown event '{}'; use signed, in_force, renewed, amended, superseded, "
                    "expired or terminated",
                    e.type));
  }
  if (!is_one_of(e.source_kind, {"mission_report", "signed_text", "registry", "press_release", "hand"})) {
    throw ValidationError(fmt::format("unknown source kind '{}'; use mission_report, signed_text, registry, "
                                      "press_release or hand",
                                      e.source_kind));
  }
}

} // namespace

void Store::write_agreement_children(const Agreement& a, const std::string& partner_origin) {
  auto ins_p =
      db_.prepare("INSERT OR IGNORE INTO agreement_partners(agreement_id, partner, position, origin) "
                  "VALUES(?,?,?,?)");
  int pos = 0;
  for (const auto& p : a.partners) {
    ins_p.bind(1, a.id).bind(2, p).bind(3, pos++).bind(4, partner_origin).run();
  }
  auto ins_d =
      db_.prepare("INSERT OR IGNORE INTO agreement_domains(agreement_id, domain, position) VALUES(?,?,?)");
  pos = 0;
  for (const auto& d : a.domains)
    ins_d.bind(1, a.id).bind(2, d).bind(3, pos++).run();
}

// Checks what a person or a file may get wrong, and puts names into their
// canonical form (partner and domain slugs, ISO dates).
void Store::normalise_fields(Agreement& a) {
  if (!is_one_of(a.kind, {"agreement", "mou"})) {
    throw ValidationError(fmt::format("unknown kind '{}'; use agreement or mou", a.kind));
  }
  a.title = squeeze_spaces(a.title);
  if (a.title.empty()) throw ValidationError("an agreement needs a title");
  if (!a.ref.empty() && !is_valid_ref(a.ref)) {
    throw ValidationError(
        fmt::format("reference '{}' is not valid; use letters, digits and '-', e.g. 2008-12", a.ref));
  }
  a.signed_date = check_date("signed date", a.signed_date);
  a.expires = check_date("expiry date", a.expires);
  a.review = check_date("review date", a.review);
  for (auto& p : a.partners)
    p = require_partner(p);
  for (auto& d : a.domains)
    d = require_domain(d);
  // A reference number names one agreement (a new one has id 0, so any holder clashes).
  if (!a.ref.empty()) {
    auto st = db_.prepare("SELECT id FROM agreements WHERE ref = ? AND id <> ?");
    st.bind(1, a.ref).bind(2, a.id);
    if (st.step())
      throw ValidationError(fmt::format("reference {} is already agreement {}", a.ref, st.int64(0)));
  }
}

Id Store::create_agreement(Agreement a) {
  normalise_fields(a);
  for (auto& e : a.events) {
    check_event(e);
    e.date = check_date("event date", e.date);
  }
  if (a.origin.empty()) a.origin = "hand";
  sql::Savepoint sp(db_, "create_agreement");
  auto st =
      db_.prepare("INSERT INTO agreements(ref, kind, title, signed, expires, review, notes, origin, edited, "
                  "match_key) VALUES(?,?,?,?,?,?,?,?,?,?)");
  st.bind(1, a.ref.empty() ? std::optional<std::string>() : std::optional<std::string>(a.ref))
      .bind(2, a.kind)
      .bind(3, a.title)
      .bind(4, a.signed_date)
      .bind(5, a.expires)
      .bind(6, a.review)
      .bind(7, a.notes)
      .bind(8, a.origin)
      .bind(9, a.edited ? 1 : 0)
      .bind(10, std::string());
  st.run();
  a.id = db_.last_insert_id();
  write_agreement_children(a, a.origin == "extracted" ? "extracted" : "hand");
  for (auto& e : a.events)
    add_event(a.id, e);
  sp.release();
  return a.id;
}

void Store::update_agreement(const Agreement& in, bool by_hand) {
  Agreement a = in;
  Agreement old = get_agreement(a.id);
  normalise_fields(a);
  sql::Savepoint sp(db_, "update_agreement");
  db_.prepare("UPDATE agreements SET ref=?, kind=?, title=?, signed=?, expires=?, review=?, notes=?, "
              "edited = edited OR ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id=?")
      .bind(1, a.ref.empty() ? std::optional<std::string>() : std::optional<std::string>(a.ref))
      .bind(2, a.kind)
      .bind(3, a.title)
      .bind(4, a.signed_date)
      .bind(5, a.expires)
      .bind(6, a.review)
      .bind(7, a.notes)
      .bind(8, by_hand ? 1 : 0)
      .bind(9, a.id)
      .run();
  if (a.partners != old.partners) {
    db_.prepare("DELETE FROM agreement_partners WHERE agreement_id = ?").bind(1, a.id).run();
  }
  if (a.domains != old.domains) {
    db_.prepare("DELETE FROM agreement_domains WHERE agreement_id = ?").bind(1, a.id).run();
  }
  write_agreement_children(a, by_hand ? "hand" : "extracted");
  sp.release();
}

void Store::delete_agreement(Id id) {
  const Agreement gone = get_agreement(id);
  sql::Savepoint sp(db_, "delete_agreement");
  // The reports that named it would make it again when ingested after a
  // change: what each called it is rejected for that report. A link stored
  // before mentions were kept (schema 12) is taken to have called it what
  // it is called now, which holds for what nobody edited.
  db_.prepare("INSERT OR IGNORE INTO rejected_mentions(document_path, mention, relation) "
              "SELECT d.path, COALESCE(lm.mention, ?2), '*' FROM mission_agreements l "
              "JOIN missions m ON m.id = l.mission_id JOIN documents d ON d.id = m.document_id "
              "LEFT JOIN link_mentions lm ON lm.link_id = l.id "
              "WHERE l.agreement_id = ?1 AND l.origin = 'extracted' "
              "UNION SELECT document_path, ?2, '*' FROM suppressed_links WHERE agreement_id = ?1")
      .bind(1, id)
      .bind(2, mention_key(gone))
      .run();
  db_.prepare("DELETE FROM agreements WHERE id = ?").bind(1, id).run();
  sp.release();
}

Store::MergeOutcome Store::merge_agreements(Id from, Id into) {
  if (from == into) throw ValidationError(fmt::format("cannot merge agreement {} into itself", from));
  const Agreement gone = get_agreement(from);
  const Agreement kept = get_agreement(into);
  // Records that renew, amend, supersede or implement one another are two
  // agreements, not one recorded twice.
  for (const auto& r : gone.relations) {
    if ((r.from == from && r.to == into) || (r.from == into && r.to == from))
      throw ValidationError(fmt::format(
          "agreements {} and {} are two agreements: {} {} {}; remove that relation first (`entente agreements "
          "relate {} {} {} --remove`) if they are one",
          from, into, r.from, r.type, r.to, r.from, r.type, r.to));
  }
  MergeOutcome out;
  sql::Savepoint sp(db_, "merge_agreements");
  // Links are inserted anew, not updated, so that the triggers that feed
  // the index and the audit see them arrive; each keeps what the report
  // called the agreement, which an ingest of that report maps to `into`
  // since `into` is marked corrected below.
  {
    auto links = db_.prepare("SELECT l.id, COALESCE(lm.mention, ?2) FROM mission_agreements l "
                             "LEFT JOIN link_mentions lm ON lm.link_id = l.id WHERE l.agreement_id = ?1");
    links.bind(1, from).bind(2, mention_key(gone));
    std::vector<std::pair<Id, std::string>> all;
    while (links.step())
      all.emplace_back(links.int64(0), links.text(1));
    auto copy = db_.prepare("INSERT OR IGNORE INTO mission_agreements(mission_id, agreement_id, relation, "
                            "evidence, line, line_end, origin) SELECT mission_id, ?, relation, evidence, line, "
                            "line_end, origin FROM mission_agreements WHERE id = ?");
    auto remember = db_.prepare("INSERT OR REPLACE INTO link_mentions(link_id, mention) VALUES(?,?)");
    // The same sentence already links `into` with that relation: the
    // report's other name for it is rejected, or it would come back.
    auto reject = db_.prepare("INSERT OR IGNORE INTO rejected_mentions(document_path, mention, relation) "
                              "SELECT d.path, ?, '*' FROM mission_agreements l JOIN missions m ON m.id = "
                              "l.mission_id JOIN documents d ON d.id = m.document_id "
                              "WHERE l.id = ? AND l.origin = 'extracted'");
    for (const auto& [link, mention] : all) {
      copy.bind(1, into).bind(2, link).run();
      if (db_.changes() > 0) {
        remember.bind(1, db_.last_insert_id()).bind(2, mention).run();
        ++out.links;
      } else {
        reject.bind(1, mention).bind(2, link).run();
      }
    }
  }
  // (No event is the two's own: records related to each other are refused
  // above, and removing a relation removes the event it recorded.) Events
  // that name `from` as their source name `into`.
  const std::string from_source = fmt::format("agreement:{}", from), into_source = fmt::format("agreement:{}", into);
  db_.prepare("INSERT INTO agreement_events(agreement_id, type, date, evidence, source_kind, source, "
              "mission_id, line) SELECT ?2, type, date, evidence, source_kind, source, mission_id, line "
              "FROM agreement_events e WHERE e.agreement_id = ?1 AND NOT EXISTS (SELECT 1 FROM "
              "agreement_events t WHERE t.agreement_id = ?2 AND t.type = e.type AND t.date = e.date AND "
              "t.mission_id IS e.mission_id)")
      .bind(1, from)
      .bind(2, into)
      .run();
  out.events = db_.changes();
  db_.prepare("UPDATE agreement_events SET source = ? WHERE source_kind = 'hand' AND source = ?")
      .bind(1, into_source)
      .bind(2, from_source)
      .run();
  db_.prepare("INSERT OR IGNORE INTO recommendation_agreements(recommendation_id, agreement_id) "
              "SELECT recommendation_id, ?2 FROM recommendation_agreements WHERE agreement_id = ?1")
      .bind(1, from)
      .bind(2, into)
      .run();
  out.recommendations = db_.changes();
  // (One `into` already has is kept once.)
  db_.prepare("INSERT OR IGNORE INTO agreement_relations(from_id, type, to_id, evidence, mission_id, line) "
              "SELECT CASE from_id WHEN ?1 THEN ?2 ELSE from_id END, type, "
              "CASE to_id WHEN ?1 THEN ?2 ELSE to_id END, evidence, mission_id, line FROM agreement_relations "
              "WHERE from_id = ?1 OR to_id = ?1")
      .bind(1, from)
      .bind(2, into)
      .run();
  out.relations = db_.changes();
  // The other end's index document shows the relation (as add_relation does).
  db_.prepare("INSERT INTO outbox(doc) SELECT 'agreement:' || CASE from_id WHEN ?1 THEN to_id ELSE from_id END "
              "FROM agreement_relations WHERE (from_id = ?1 OR to_id = ?1) AND from_id <> to_id")
      .bind(1, from)
      .run();
  db_.prepare("DELETE FROM agreements WHERE id = ?").bind(1, from).run();
  db_.prepare("UPDATE agreements SET edited = 1, ref = COALESCE(ref, ?), "
              "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?")
      .bind(1, gone.ref.empty() || !kept.ref.empty() ? std::optional<std::string>()
                                                      : std::optional<std::string>(gone.ref))
      .bind(2, into)
      .run();
  sp.release();
  return out;
}

Id Store::agreement_id_from(std::string_view id_or_ref) {
  std::string key = trim(id_or_ref);
  bool numeric = !key.empty() && key.find_first_not_of("0123456789") == std::string::npos && key.size() < 18;
  if (numeric) {
    auto st = db_.prepare("SELECT id FROM agreements WHERE id = ?");
    st.bind(1, static_cast<std::int64_t>(std::stoll(key)));
    if (st.step()) return st.int64(0);
  }
  auto st = db_.prepare("SELECT id FROM agreements WHERE ref = ?");
  st.bind(1, key);
  if (st.step()) return st.int64(0);
  throw NotFoundError(
      fmt::format("no agreement with id or reference '{}'; `entente agreements` lists them", key));
}

std::optional<Agreement> Store::find_agreement(Id id) {
  auto found = read_agreements(Selection{id, std::nullopt});
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

Agreement Store::get_agreement(Id id) {
  auto a = find_agreement(id);
  if (!a) throw NotFoundError(fmt::format("no agreement {}; `entente agreements` lists them", id));
  return *a;
}

std::vector<Agreement> Store::list_agreements() {
  return read_agreements(Selection{});
}

std::vector<Agreement> Store::agreements_by_ids(const std::vector<Id>& ids) {
  return read_agreements(Selection{std::nullopt, nlohmann::json(ids).dump()});
}

std::vector<Agreement> Store::agreements_for_rules() {
  Selection all;
  all.rules_only = true;
  return read_agreements(all);
}

std::vector<Agreement> Store::agreements_for_rules(const std::vector<Id>& ids) {
  Selection these{std::nullopt, nlohmann::json(ids).dump()};
  these.rules_only = true;
  return read_agreements(these);
}

std::vector<Agreement> Store::read_agreements(const Selection& which) {
  std::vector<Agreement> out;
  // Texts the rules do not read are left empty rather than read and copied.
  const std::string columns =
      which.rules_only ? "id, '', kind, '', signed, expires, review, '', origin, edited"
                       : "id, COALESCE(ref,''), kind, title, signed, expires, review, notes, origin, edited";
  auto st = db_.prepare("SELECT " + columns + " FROM agreements" + which.where("id") + " ORDER BY id");
  which.bind(st);
  while (st.step()) {
    Agreement a;
    a.id = st.int64(0);
    a.ref = st.text(1);
    a.kind = st.text(2);
    a.title = st.text(3);
    a.signed_date = st.text(4);
    a.expires = st.text(5);
    a.review = st.text(6);
    a.notes = st.text(7);
    a.origin = st.text(8);
    a.edited = st.int64(9) != 0;
    out.push_back(std::move(a));
  }
  load_agreement_details(out, which);
  return out;
}

// Children are read in one pass per table rather than one query per
// agreement: a registry of thousands of agreements lists in milliseconds.
void Store::load_agreement_details(std::vector<Agreement>& agreements, const Selection& which) {
  if (agreements.empty()) return;
  std::unordered_map<Id, Agreement*> by_id;
  by_id.reserve(agreements.size());
  for (auto& a : agreements)
    by_id[a.id] = &a;
  // One query per child table, for all agreements or for those asked for.
  auto each = [&](const char* base, std::string_view order, auto&& fn) {
    auto st = db_.prepare(std::string(base) + which.where("agreement_id") + " " + std::string(order));
    which.bind(st);
    while (st.step()) {
      if (auto it = by_id.find(st.int64(0)); it != by_id.end()) fn(*it->second, st);
    }
  };
  if (!which.rules_only) {
    each("SELECT agreement_id, partner FROM agreement_partners", "ORDER BY agreement_id, position",
         [](Agreement& a, sql::Statement& st) { a.partners.push_back(st.text(1)); });
    each("SELECT agreement_id, domain FROM agreement_domains", "ORDER BY agreement_id, position",
         [](Agreement& a, sql::Statement& st) { a.domains.push_back(st.text(1)); });
  }
  // The rules' read of the whole registry scans the table in its stored
  // order, which costs far less than SQLite ordering it, and orders each
  // agreement's events below.
  each(which.rules_only
           ? "SELECT agreement_id, id, type, date, '', source_kind, '', mission_id, line "
             "FROM agreement_events"
           : "SELECT agreement_id, id, type, date, evidence, source_kind, source, mission_id, line "
             "FROM agreement_events",
       which.rules_only ? "" : "ORDER BY agreement_id, date, id", [](Agreement& a, sql::Statement& st) {
         AgreementEvent e;
         e.id = st.int64(1);
         e.type = st.text(2);
         e.date = st.text(3);
         e.evidence = st.text(4);
         e.source_kind = st.text(5);
         e.source = st.text(6);
         e.mission_id = st.opt_int64(7);
         if (auto l = st.opt_int64(8)) e.line = static_cast<int>(*l);
         a.events.push_back(std::move(e));
       });
  if (which.rules_only) {
    for (auto& a : agreements) {
      std::sort(a.events.begin(), a.events.end(), [](const AgreementEvent& x, const AgreementEvent& y) {
        return x.date != y.date ? x.date < y.date : x.id < y.id;
      });
    }
  }
  {
    std::string sql =
        which.rules_only ? "SELECT from_id, type, to_id, '', mission_id, line FROM agreement_relations"
                         : "SELECT from_id, type, to_id, evidence, mission_id, line FROM agreement_relations";
    if (which.one || which.ids_json) sql += which.where("from_id") + which.where("to_id", "OR");
    sql += " ORDER BY from_id, to_id";
    auto st = db_.prepare(sql);
    which.bind(st);
    while (st.step()) {
      AgreementRelation r{st.text(1),
                          st.int64(0),
                          st.int64(2),
                          st.text(3),
                          st.is_null(4) ? 0 : st.int64(4),
                          st.is_null(5) ? 0 : st.integer(5)};
      if (auto it = by_id.find(r.from); it != by_id.end()) it->second->relations.push_back(r);
      if (auto it = by_id.find(r.to); it != by_id.end() && r.to != r.from) it->second->relations.push_back(r);
    }
  }
}

Id Store::add_event(Id agreement, AgreementEvent e) {
  check_event(e);
  e.date = check_date("event date", e.date);
  db_.prepare("INSERT INTO agreement_events(agreement_id, type, date, evidence, source_kind, source, "
              "mission_id, line) "
              "VALUES(?,?,?,?,?,?,?,?)")
      .bind(1, agreement)
      .bind(2, e.type)
      .bind(3, e.date)
      .bind(4, e.evidence)
      .bind(5, e.source_kind)
      .bind(6, e.source)
      .bind(7, e.mission_id)
      .bind(8, e.line ? std::optional<std::int64_t>(*e.line) : std::nullopt)
      .run();
  return db_.last_insert_id();
}

void Store::add_relation(const AgreementRelation& r) {
  if (!is_one_of(r.type, {"renews", "amends", "supersedes", "implements"})) {
    throw ValidationError(
        fmt::format("unknown relation '{}'; use renews, amends, supersedes or implements", r.type));
  }
  if (r.from == r.to) throw ValidationError("an agreement cannot relate to itself");
  Agreement from = get_agreement(r.from);
  get_agreement(r.to);
  sql::Savepoint sp(db_, "add_relation");
  // One a report gave becomes the person's: it stays when the report goes.
  db_.prepare("UPDATE agreement_relations SET mission_id = NULL, line = NULL, "
              "evidence = CASE WHEN ?1 = '' THEN evidence ELSE ?1 END "
              "WHERE from_id = ?2 AND type = ?3 AND to_id = ?4 AND mission_id IS NOT NULL")
      .bind(1, r.evidence)
      .bind(2, r.from)
      .bind(3, r.type)
      .bind(4, r.to)
      .run();
  const bool claimed = db_.changes() > 0;
  db_.prepare("INSERT OR IGNORE INTO agreement_relations(from_id, type, to_id, evidence) VALUES(?,?,?,?)")
      .bind(1, r.from)
      .bind(2, r.type)
      .bind(3, r.to)
      .bind(4, r.evidence)
      .run();
  if (db_.changes() == 0 && !claimed) {
    sp.release();
    return;
  }
  const char* event = r.type == "renews"       ? "renewed"
                      : r.type == "supersedes" ? "superseded"
                      : r.type == "amends"     ? "amended"
                                               : nullptr;
  if (event) {
    AgreementEvent e;
    e.type = event;
    e.date = from.signed_date;
    e.source_kind = "hand";
    e.source = fmt::format("agreement:{}", r.from);
    e.evidence = r.evidence.empty() ? fmt::format("{} {} ({})", from.title, r.type, r.from) : r.evidence;
    add_event(r.to, e);
  }
  // The index document of the other agreement shows the relation too.
  db_.prepare("INSERT INTO outbox(doc) VALUES(?), (?)")
      .bind(1, fmt::format("agreement:{}", r.from))
      .bind(2, fmt::format("agreement:{}", r.to))
      .run();
  sp.release();
}

void Store::remove_relation(const AgreementRelation& r) {
  sql::Savepoint sp(db_, "remove_relation");
  db_.prepare("DELETE FROM agreement_relations WHERE from_id=? AND type=? AND to_id=?")
      .bind(1, r.from)
      .bind(2, r.type)
      .bind(3, r.to)
      .run();
  if (db_.changes() == 0) {
    throw NotFoundError(fmt::format("agreement {} does not {} agreement {}", r.from, r.type, r.to));
  }
  db_.prepare("DELETE FROM agreement_events WHERE agreement_id=? AND source=? AND source_kind='hand'")
      .bind(1, r.to)
      .bind(2, fmt::format("agreement:{}", r.from))
      .run();
  db_.prepare("INSERT INTO outbox(doc) VALUES(?), (?)")
      .bind(1, fmt::format("agreement:{}", r.from))
      .bind(2, fmt::format("agreement:{}", r.to))
      .run();
  sp.release();
}

} // namespace entente
