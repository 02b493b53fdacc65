#include "answers_fixture.hpp"
#include "registry/audit.hpp"
#include "registry/audit_facts.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>

using namespace entente;
using namespace entente::test;

namespace {

std::vector<Id> ids(const AuditReport& report) {
  std::vector<Id> out;
  for (const auto& e : report.entries)
    out.push_back(e.agreement.id);
  return out;
}

std::vector<std::string> rules(const AuditEntry& e) {
  std::vector<std::string> out;
  for (const auto& r : e.reasons)
    out.push_back(r.rule);
  return out;
}

const AuditEntry& entry(const AuditReport& report, Id id) {
  for (const auto& e : report.entries) {
    if (e.agreement.id == id) return e;
  }
  FAIL("agreement " << id << " is not in the audit");
  throw std::logic_error("unreachable");
}

bool same_reason(const AuditReason& x, const AuditReason& y) {
  return x.rule == y.rule && x.detail == y.detail && x.mission_id == y.mission_id && x.source == y.source &&
         x.evidence == y.evidence && x.line == y.line && x.since == y.since;
}

bool same_closure(const std::optional<Closure>& x, const std::optional<Closure>& y) {
  if (!x || !y) return !x && !y;
  return x->how == y->how && x->date == y->date && x->mission_id == y->mission_id && x->source == y->source &&
         x->evidence == y->evidence && x->by_agreement == y->by_agreement && x->line == y->line;
}

// Everything an audit prints about an entry.
void check_same_entry(const AuditEntry& x, const AuditEntry& y) {
  INFO("agreement " << x.agreement.id);
  CHECK(x.agreement.id == y.agreement.id);
  CHECK(x.agreement.title == y.agreement.title);
  CHECK(x.agreement.kind == y.agreement.kind);
  CHECK(x.agreement.partners == y.agreement.partners);
  CHECK(x.agreement.signed_date == y.agreement.signed_date);
  CHECK(x.status == y.status);
  REQUIRE(x.reasons.size() == y.reasons.size());
  for (std::size_t i = 0; i < x.reasons.size(); ++i)
    CHECK(same_reason(x.reasons[i], y.reasons[i]));
  CHECK(same_closure(x.closed_by, y.closed_by));
  CHECK(x.closed_plan_mission == y.closed_plan_mission);
}

// Every audit of these tests is also read one page of one entry at a time
// (the page is ranked without proof, then read in full on its own): each page
// must be the whole list's entry at that place, with the same proof.
void check_pages(Store& store, const AuditOptions& whole_options, const AuditReport& whole) {
  for (std::size_t at = 0; at <= whole.entries.size(); ++at) {
    AuditOptions o = whole_options;
    o.limit = 1;
    o.offset = at;
    auto page = run_audit(store, o);
    INFO("page at " << at);
    CHECK(page.total == whole.total);
    CHECK(page.needing_update == whole.needing_update);
    CHECK(page.offset == at);
    if (at == whole.entries.size()) {
      CHECK(page.entries.empty());
    } else {
      REQUIRE(page.entries.size() == 1);
      check_same_entry(page.entries[0], whole.entries[at]);
    }
  }
  // A limit as large as can be typed lists the rest (offset + limit must not wrap around).
  AuditOptions rest = whole_options;
  rest.offset = 1;
  rest.limit = std::numeric_limits<std::size_t>::max();
  auto tail = run_audit(store, rest);
  REQUIRE(tail.entries.size() == (whole.entries.empty() ? 0 : whole.entries.size() - 1));
  for (std::size_t i = 0; i < tail.entries.size(); ++i)
    check_same_entry(tail.entries[i], whole.entries[i + 1]);
}

AuditReport audit_at(Store& store, std::string as_of, bool all = false, int years = 10) {
  AuditOptions o;
  o.as_of = std::move(as_of);
  o.include_closed = all;
  o.review_years = years;
  auto whole = run_audit(store, o);
  CHECK(whole.offset == 0);
  CHECK(whole.total == whole.entries.size());
  // Pages are ranked from the kept facts where they hold: first with the
  // changes since the last refresh marked stale, then with all of them fresh.
  check_pages(store, o, whole);
  refresh_audit_facts(store);
  check_pages(store, o, whole);
  return whole;
}

} // namespace

TEST_CASE("audit: the agreements listed at several dates") {
  AnswersRegistry r;

  // Before the 2017 mission only Bavaria's 1989 agreement is past its review age.
  auto before = audit_at(*r.store, "2016-12-31");
  CHECK(before.as_of == "2016-12-31");
  CHECK(ids(before) == std::vector<Id>{r.bavaria_1989});
  CHECK(rules(before.entries[0]) == std::vector<std::string>{"review_age"});

  // End of 2018: both updates the mission asked for are pending; Shandong's
  // 2008 agreement is exactly ten years old (not more) on that day.
  auto end_2018 = audit_at(*r.store, "2018-12-31");
  CHECK(ids(end_2018) == std::vector<Id>{r.shanghai_2011, r.shandong_2008, r.bavaria_1989});
  const auto& shandong = entry(end_2018, r.shandong_2008);
  CHECK(rules(shandong) == std::vector<std::string>{"planned_update_pending"});
  CHECK(shandong.reasons[0].mission_id == r.mission_2017);
  CHECK(shandong.reasons[0].source == kChinaReport);
  CHECK(shandong.reasons[0].evidence.find("province du Shandong") != std::string::npos);
  CHECK(shandong.reasons[0].line == 71);
  CHECK(shandong.status == "signed");

  // The next day it is past the review age as well.
  auto jan_2019 = audit_at(*r.store, "2019-01-01");
  CHECK(rules(entry(jan_2019, r.shandong_2008)) ==
        std::vector<std::string>{"planned_update_pending", "review_age"});

  // Today (2024-06-30): Shandong was renewed by the 2020 report; Shanghai is
  // still pending; the Île-de-France agreement expired; Yantai passed ten years.
  auto now = audit_at(*r.store, "");
  CHECK(now.as_of == "2024-06-30");
  CHECK(ids(now) == std::vector<Id>{r.shanghai_2011, r.bavaria_1989, r.idf_2014_expiring, r.yantai_2012});
  CHECK(rules(entry(now, r.shanghai_2011)) ==
        std::vector<std::string>{"planned_update_pending", "review_age"});
  CHECK(rules(entry(now, r.idf_2014_expiring)) == std::vector<std::string>{"expired"});
  CHECK(entry(now, r.idf_2014_expiring).status == "expired");
  CHECK(now.needing_update == 4);
}

TEST_CASE("audit: a renewal in a later report closes the plan, and --all says what closed it") {
  AnswersRegistry r(false);
  auto pending = audit_at(*r.store, "2021-01-01");
  CHECK(entry(pending, r.shandong_2008).reasons.front().rule == "planned_update_pending");

  r.store->store_mission(AnswersRegistry::renewal_2020());
  auto after = audit_at(*r.store, "2021-01-01");
  for (const auto& e : after.entries)
    CHECK(e.agreement.id != r.shandong_2008);

  // At a date before the renewal report, the plan was still pending.
  auto earlier = audit_at(*r.store, "2020-11-02");
  CHECK(entry(earlier, r.shandong_2008).reasons.front().rule == "planned_update_pending");

  auto all = audit_at(*r.store, "2021-01-01", true);
  const auto& closed = entry(all, r.shandong_2008);
  CHECK(closed.status == "closed");
  CHECK(closed.reasons.empty());
  REQUIRE(closed.closed_by);
  CHECK(closed.closed_by->mission_id == r.store->list_missions().back().id);
  CHECK(closed.closed_by->source == kRenewalReport);
  CHECK(closed.closed_by->date == "2020-11-03");
  CHECK(closed.closed_by->evidence.find("renouvelée") != std::string::npos);
  // Closed entries come after those that need work.
  CHECK(all.entries.back().status == "closed");
  CHECK(all.needing_update == after.entries.size());
}

TEST_CASE("audit: a renewal entered by hand closes the plan") {
  AnswersRegistry r;
  Agreement renewal =
      by_hand("agreement", "Entente renouvelée avec la municipalité de Shanghai", {"shanghai"}, "2023-04-10");
  Id renewed_by = r.store->create_agreement(renewal);
  r.store->add_relation({"renews", renewed_by, r.shanghai_2011, "Signée à Shanghai le 10 avril 2023."});

  auto now = audit_at(*r.store, "", true);
  const auto& closed = entry(now, r.shanghai_2011);
  CHECK(closed.status == "closed");
  REQUIRE(closed.closed_by);
  CHECK_FALSE(closed.closed_by->mission_id);
  CHECK(closed.closed_by->source.empty());
  CHECK(closed.closed_by->date == "2023-04-10");
  CHECK(closed.closed_by->evidence == "Signée à Shanghai le 10 avril 2023.");
  CHECK(closed.closed_by->by_agreement == renewed_by);

  // Still pending at a date before the hand-entered renewal.
  auto end_2022 = audit_at(*r.store, "2022-12-31");
  CHECK(entry(end_2022, r.shanghai_2011).reasons.front().rule == "planned_update_pending");
}

TEST_CASE("audit: a superseded or terminated agreement is not listed, a hand event closes a plan") {
  AnswersRegistry r(false);
  AgreementEvent ended;
  ended.type = "terminated";
  ended.date = "2022-03-01";
  ended.evidence = "Résiliée d'un commun accord.";
  ended.source_kind = "hand";
  r.store->add_event(r.shandong_2008, ended);
  auto now = audit_at(*r.store, "");
  for (const auto& e : now.entries)
    CHECK(e.agreement.id != r.shandong_2008);
  auto all = audit_at(*r.store, "", true);
  const auto& closed = entry(all, r.shandong_2008);
  REQUIRE(closed.closed_by);
  CHECK(closed.closed_by->how == "terminated");
  CHECK(closed.closed_by->evidence == "Résiliée d'un commun accord.");
}

// Trial 14: "Un avenant à l'entente de 1989 a été signé" made up a new
// agreement. An amendment is an update of the agreement it amends: it closes
// a plan to update it, and the review age counts from it.
TEST_CASE("audit: an amendment closes a plan and restarts the review age") {
  AnswersRegistry r(false);
  AgreementEvent amended;
  amended.type = "amended";
  amended.date = "2022-03-01";
  amended.evidence = "Un avenant à l'entente a été signé le 1er mars 2022.";
  amended.source_kind = "hand";
  r.store->add_event(r.shandong_2008, amended);
  auto now = audit_at(*r.store, "2024-06-30");
  for (const auto& e : now.entries)
    CHECK(e.agreement.id != r.shandong_2008);
  auto all = audit_at(*r.store, "2024-06-30", true);
  const auto& closed = entry(all, r.shandong_2008);
  REQUIRE(closed.closed_by);
  CHECK(closed.closed_by->how == "amended");
  CHECK(closed.closed_by->evidence == amended.evidence);
  // Ten years after the amendment, its review is due, and says why.
  auto later = audit_at(*r.store, "2032-03-02");
  const auto& due = entry(later, r.shandong_2008);
  REQUIRE(due.reasons.size() == 1);
  CHECK(due.reasons[0].rule == "review_age");
  CHECK(due.reasons[0].detail.find("last amended 2022-03-01") != std::string::npos);
  CHECK(ids(audit_at(*r.store, "2032-02-28")) != ids(later));
}

TEST_CASE("audit: review age is exact at its boundary") {
  TempDir dir;
  ::setenv("ENTENTE_TODAY", "2024-06-30", 1);
  Store store(dir.str(), Access::Write);
  Id dated = store.create_agreement(by_hand("agreement", "Entente datée", {"bavaria"}, "2010-03-15"));
  Id year_only = store.create_agreement(by_hand("agreement", "Entente de l'année", {"wallonia"}, "2010"));
  Id leap = store.create_agreement(by_hand("mou", "Protocole du 29 février", {"shandong"}, "2012-02-29"));

  CHECK(ids(audit_at(store, "2020-03-15")).empty()); // exactly ten years: not more
  CHECK(ids(audit_at(store, "2020-03-16")) == std::vector<Id>{dated});
  // A year alone counts from its last day: only certainly-older agreements are flagged.
  CHECK(ids(audit_at(store, "2020-12-31")) == std::vector<Id>{dated});
  CHECK(ids(audit_at(store, "2021-01-01")) == std::vector<Id>{dated, year_only});
  // 29 February plus ten years is 28 February.
  CHECK(ids(audit_at(store, "2022-02-28")) == std::vector<Id>{dated, year_only});
  CHECK(ids(audit_at(store, "2022-03-01")) == std::vector<Id>{dated, year_only, leap});

  // Another review age; a renewal restarts the clock.
  CHECK(ids(audit_at(store, "2016-03-16", false, 6)) == std::vector<Id>{dated});
  AgreementEvent renewed;
  renewed.type = "renewed";
  renewed.date = "2019-01-10";
  renewed.source_kind = "registry";
  store.add_event(dated, renewed);
  CHECK(ids(audit_at(store, "2029-01-10")) == std::vector<Id>{year_only, leap});
  auto later = audit_at(store, "2029-01-11");
  CHECK(ids(later) == std::vector<Id>{year_only, leap, dated});
  CHECK(later.entries.back().reasons[0].detail.find("last renewed 2019-01-10") != std::string::npos);

  CHECK_THROWS_AS(audit_at(store, "2020-01-01", false, -1), ValidationError);

  // A review age that runs past the year 9999 is never reached (a five-digit
  // due date used to sort before every date and flag it at once).
  Id far = store.create_agreement(by_hand("agreement", "Entente lointaine", {"bavaria"}, "9995-06-01"));
  auto listed = ids(audit_at(store, "9999-12-31"));
  CHECK(std::count(listed.begin(), listed.end(), far) == 0);
  CHECK(std::count(listed.begin(), listed.end(), year_only) == 1);
}

TEST_CASE("audit: expiry and review dates") {
  TempDir dir;
  ::setenv("ENTENTE_TODAY", "2024-06-30", 1);
  Store store(dir.str(), Access::Write);
  Agreement expiring = by_hand("agreement", "Entente à échéance", {"bavaria"}, "2020-01-01");
  expiring.expires = "2023-12-31";
  Id expires = store.create_agreement(expiring);
  Agreement reviewed = by_hand("agreement", "Entente à réviser", {"wallonia"}, "2021-05-01");
  reviewed.review = "2023-05";
  Id review = store.create_agreement(reviewed);

  CHECK(ids(audit_at(store, "2023-05-31")).empty());
  auto june = audit_at(store, "2023-06-01");
  CHECK(ids(june) == std::vector<Id>{review});
  CHECK(june.entries[0].reasons[0].rule == "review_due");
  auto next_year = audit_at(store, "2024-01-01");
  CHECK(ids(next_year) == std::vector<Id>{review, expires});
  CHECK(next_year.entries[1].reasons[0].rule == "expired");

  // Renewed after its expiry: no longer expired, and the review is lifted too.
  AgreementEvent renewed;
  renewed.type = "renewed";
  renewed.date = "2024-02-01";
  renewed.source_kind = "hand";
  store.add_event(expires, renewed);
  store.add_event(review, renewed);
  CHECK(ids(audit_at(store, "2024-01-31")) == std::vector<Id>{review, expires});
  CHECK(ids(audit_at(store, "2024-02-01")).empty());
}

TEST_CASE("audit: asked, agreements that end soon, by their expiry date or an end a report told") {
  TempDir dir;
  ::setenv("ENTENTE_TODAY", "2024-06-30", 1);
  Store store(dir.str(), Access::Write);
  Agreement dated = by_hand("agreement", "Entente à date d'échéance", {"bavaria"}, "2020-01-01");
  dated.expires = "2025-03-15";
  Id by_date = store.create_agreement(dated);
  Agreement told = ending_mou("Protocole à terme annoncé", "2025");
  told.events[0].evidence = "Le protocole arrive à échéance en 2025.";
  Id by_report = store.create_agreement(told);
  Agreement far = by_hand("agreement", "Entente lointaine", {"catalonia"}, "2022-01-01");
  far.expires = "2031-01-01";
  Id far_id = store.create_agreement(far);

  auto audit = [&](const std::string& as_of, int months) {
    AuditOptions o;
    o.as_of = as_of;
    o.expiring_within_months = months;
    auto whole = run_audit(store, o);
    check_pages(store, o, whole);
    return whole;
  };
  // Off unless asked: nothing here is past its review age.
  CHECK(audit("2024-06-30", 0).entries.empty());

  auto year = audit("2024-06-30", 12);
  CHECK(year.expiring_by == "2025-06-30");
  REQUIRE(ids(year) == std::vector<Id>{by_date});
  CHECK(rules(year.entries[0]) == std::vector<std::string>{"expires_soon"});
  CHECK(year.entries[0].reasons[0].since == "2025-03-15");
  CHECK(year.entries[0].reasons[0].detail == "expires on 2025-03-15");
  CHECK(year.entries[0].status == "signed");
  CHECK(year.needing_update == 1);

  // "En 2025" may mean its last day: listed once the window reaches it, nearest end first.
  CHECK(ids(audit("2024-06-30", 18)) == std::vector<Id>{by_date});
  auto longer = audit("2024-06-30", 19);
  REQUIRE(ids(longer) == (std::vector<Id>{by_date, by_report}));
  const AuditReason& r = longer.entries[1].reasons.at(0);
  CHECK(r.rule == "expires_soon");
  CHECK(r.since == "2025-12-31");
  CHECK(r.detail == "recorded to end in 2025");
  CHECK(r.evidence == "Le protocole arrive à échéance en 2025.");

  // Past its date the agreement is expired, not expiring; a renewal lifts both.
  auto after = audit("2025-03-16", 12);
  CHECK(rules(entry(after, by_date)) == std::vector<std::string>{"expired"});
  CHECK(rules(entry(after, by_report)) == std::vector<std::string>{"expires_soon"});
  AgreementEvent renewed;
  renewed.type = "renewed";
  renewed.date = "2025-03-16";
  renewed.source_kind = "hand";
  store.add_event(by_date, renewed);
  CHECK(ids(audit("2025-03-16", 12)) == std::vector<Id>{by_report});
  // Kept facts rank the same list once refreshed.
  refresh_audit_facts(store);
  CHECK(ids(audit("2025-03-16", 12)) == std::vector<Id>{by_report});
  auto later = audit("2030-06-01", 12);
  CHECK(rules(entry(later, by_report)) == std::vector<std::string>{"expired"});
  CHECK(rules(entry(later, far_id)) == std::vector<std::string>{"expires_soon"});
}

TEST_CASE("audit: an end told for a year counts from its last day, in kept facts too") {
  // An "expired" event dated "2025" made kept facts (computed past every
  // record) call the agreement expired in March 2025, where its records do
  // not: a page of the audit then disagreed with the whole list.
  TempDir dir;
  ::setenv("ENTENTE_TODAY", "2025-03-16", 1);
  Store store(dir.str(), Access::Write);
  Id id = store.create_agreement(ending_mou("Protocole à terme annoncé", "2025"));
  refresh_audit_facts(store);
  CHECK(ids(audit_at(store, "2025-03-16")).empty());
  CHECK(ids(audit_at(store, "2025-12-31")) == std::vector<Id>{id});
}

TEST_CASE("audit: a renewed link added by hand closes the plan, on every page too") {
  // A link made by hand records no event: the audit reads the mission's link itself.
  AnswersRegistry r;
  MissionLink renewed;
  renewed.mission_id = r.mission_2020;
  renewed.agreement_id = r.shanghai_2011;
  renewed.relation = "renewed";
  renewed.evidence = "L'entente avec Shanghai a été renouvelée en novembre 2020.";
  renewed.line = 12;
  r.store->add_link(renewed);

  auto all = audit_at(*r.store, "2021-01-01", true);
  const auto& closed = entry(all, r.shanghai_2011);
  CHECK(closed.status == "closed");
  REQUIRE(closed.closed_by);
  CHECK(closed.closed_by->mission_id == r.mission_2020);
  CHECK(closed.closed_by->source == kRenewalReport);
  CHECK(closed.closed_by->evidence == renewed.evidence);
  CHECK(closed.closed_by->line == 12);
  // Before that mission the plan was pending.
  CHECK(entry(audit_at(*r.store, "2020-06-30"), r.shanghai_2011).reasons.front().rule ==
        "planned_update_pending");
}
