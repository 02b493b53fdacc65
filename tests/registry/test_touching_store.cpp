#include "registry/store.hpp"

#include "../support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace entente;

namespace {

Agreement agreement(const char* title, const char* partner, const char* signed_date) {
  Agreement a;
  a.title = title;
  a.partners = {partner};
  a.signed_date = signed_date;
  return a;
}

// A mission of `partner` whose report names one agreement (draft) with `relation`.
MissionInput mission(const char* path, const char* partner, const Agreement& named, const char* relation) {
  MissionInput in;
  in.document = {0, path, std::string("sha-") + path, 10, "txt", "utf-8", "", "texte\n"};
  in.mission.title = path;
  in.mission.start_date = "2019-05-01";
  in.mission.partners = {partner};
  ExtractedAgreement x;
  x.draft = named;
  x.relation = relation;
  x.evidence = "phrase";
  in.agreements = {x};
  return in;
}

bool has(const std::vector<Id>& ids, Id id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

TEST_CASE("touching: a partner's slice holds what its answers read, and nothing unrelated") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  Id shandong = s.create_agreement(agreement("Entente Québec-Shandong", "shandong", "2008"));
  Id renewal = s.create_agreement(agreement("Entente renouvelée", "quebec", "2018"));
  s.add_relation({"renews", renewal, shandong, ""});
  Id japan = s.create_agreement(agreement("Entente Québec-Japon", "japan", "2015"));
  Id unrelated = s.create_agreement(agreement("Entente Québec-Brésil", "brazil", "2012"));

  // A mission to Qingdao (inside Shandong), one to France that plans to update
  // the Shandong agreement and names the Japanese one, one to Japan whose
  // recommendation names the Shandong agreement, one to Brazil alone.
  auto to_qingdao =
      mission("qingdao.txt", "qingdao", agreement("Entente Québec-Japon", "japan", "2015"), "references");
  auto to_france = mission("france.txt", "france", agreement("Entente Québec-Shandong", "shandong", "2008"),
                           "plans_update");
  ExtractedAgreement also;
  also.draft = agreement("Entente Québec-Japon", "japan", "2015");
  also.relation = "references";
  also.evidence = "autre phrase";
  to_france.agreements.push_back(also);
  auto to_japan =
      mission("japon.txt", "japan", agreement("Entente Québec-Shandong", "shandong", "2008"), "references");
  to_japan.mission.recommendations = {{0, "Renouveler l'entente avec le Shandong", 3, 3, {}, {}}};
  to_japan.recommendation_agreements = {{0}};
  to_japan.agreements[0].relation = "references";
  auto to_brazil =
      mission("bresil.txt", "brazil", agreement("Entente Québec-Brésil", "brazil", "2012"), "references");
  for (auto* in : {&to_qingdao, &to_france, &to_japan, &to_brazil})
    REQUIRE(s.store_mission(*in) == StoreOutcome::Added);

  auto t = s.records_touching({"shandong", "qingdao", "jinan"});
  auto id_of = [&](const char* path) { return *s.mission_id_for_path(path); };
  CHECK(has(t.missions, id_of("qingdao.txt")));
  CHECK(has(t.missions, id_of("france.txt")));
  CHECK(has(t.missions, id_of("japon.txt")));
  CHECK_FALSE(has(t.missions, id_of("bresil.txt")));
  CHECK(has(t.agreements, shandong));
  CHECK(has(t.agreements, renewal)); // related: it may close a planned update
  CHECK(has(t.agreements, japan));   // named by a mission in the slice
  CHECK_FALSE(has(t.agreements, unrelated));

  // Read back whole, in list order, as by the list verbs.
  auto missions = s.missions_by_ids(t.missions);
  REQUIRE(missions.size() == 3);
  auto all = s.list_missions();
  CHECK(missions[0].id == all[0].id);
  CHECK(s.agreements_by_ids({unrelated, 999999}).size() == 1);
  CHECK(s.missions_by_ids({}).empty());
  auto light = s.missions_by_ids(t.missions, true);
  CHECK(light[1].links.size() == missions[1].links.size());
  CHECK(light[1].partners.empty());
}
