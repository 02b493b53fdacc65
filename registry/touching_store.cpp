// Store::records_touching and records_around: the slice of the registry that
// commitments and timeline read for a partner, and an audit for the page it
// shows, so that their cost follows that share of the registry rather than the
// whole of it. Every set is a JSON array
// bound to json_each, so the statements stay prepared whatever their size.
#include "registry/store.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace entente {
namespace {

constexpr const char* kIn = " IN (SELECT value FROM json_each(?1))";

std::set<Id> ids_of(sql::Database& db, const std::string& sql, const std::string& json) {
  std::set<Id> out;
  auto st = db.prepare(sql);
  st.bind(1, json);
  while (st.step())
    out.insert(st.int64(0));
  return out;
}

std::string json_of(const std::set<Id>& ids) {
  return nlohmann::json(std::vector<Id>(ids.begin(), ids.end())).dump();
}

} // namespace

std::string Store::Selection::where(std::string_view column, std::string_view keyword) const {
  if (one) return fmt::format(" {} {} = ?1", keyword, column);
  if (ids_json) return fmt::format(" {} {}{}", keyword, column, kIn);
  return {};
}

void Store::Selection::bind(sql::Statement& st) const {
  if (one)
    st.bind(1, *one);
  else if (ids_json)
    st.bind(1, *ids_json);
}

Store::Touching Store::records_touching(const std::vector<std::string>& partners) {
  const std::string scope = nlohmann::json(partners).dump();
  auto in = [](const char* sql) { return std::string(sql) + kIn; };

  std::set<Id> agreements =
      ids_of(db_, in("SELECT agreement_id FROM agreement_partners WHERE partner"), scope);
  const std::string agreements_json = json_of(agreements);

  std::set<Id> missions = ids_of(db_, in("SELECT mission_id FROM mission_partners WHERE partner"), scope);
  auto add = [](std::set<Id>& to, const std::set<Id>& from) { to.insert(from.begin(), from.end()); };
  add(missions, ids_of(db_,
                       in("SELECT r.mission_id FROM recommendation_partners rp "
                          "JOIN recommendations r ON r.id = rp.recommendation_id WHERE rp.partner"),
                       scope));
  add(missions,
      ids_of(db_, in("SELECT mission_id FROM mission_agreements WHERE agreement_id"), agreements_json));
  add(missions, ids_of(db_,
                       in("SELECT r.mission_id FROM recommendation_agreements ra "
                          "JOIN recommendations r ON r.id = ra.recommendation_id WHERE ra.agreement_id"),
                       agreements_json));
  add(missions,
      ids_of(db_, in("SELECT mission_id FROM agreement_events WHERE mission_id IS NOT NULL AND agreement_id"),
             agreements_json));
  const std::string missions_json = json_of(missions);

  std::set<Id> all_agreements = agreements;
  add(all_agreements,
      ids_of(db_, in("SELECT agreement_id FROM mission_agreements WHERE mission_id"), missions_json));
  add(all_agreements, ids_of(db_,
                             in("SELECT ra.agreement_id FROM recommendation_agreements ra "
                                "JOIN recommendations r ON r.id = ra.recommendation_id WHERE r.mission_id"),
                             missions_json));
  add(all_agreements,
      ids_of(db_, in("SELECT from_id FROM agreement_relations WHERE to_id"), agreements_json));
  add(all_agreements,
      ids_of(db_, in("SELECT to_id FROM agreement_relations WHERE from_id"), agreements_json));

  Touching out;
  out.agreements.assign(all_agreements.begin(), all_agreements.end());
  out.missions.assign(missions.begin(), missions.end());
  return out;
}

Store::Touching Store::records_around(const std::vector<Id>& ids) {
  const std::string scope = nlohmann::json(ids).dump();
  auto in = [](const char* sql) { return std::string(sql) + kIn; };
  auto add = [](std::set<Id>& to, const std::set<Id>& from) { to.insert(from.begin(), from.end()); };

  std::set<Id> agreements(ids.begin(), ids.end());
  add(agreements, ids_of(db_, in("SELECT from_id FROM agreement_relations WHERE to_id"), scope));
  add(agreements, ids_of(db_, in("SELECT to_id FROM agreement_relations WHERE from_id"), scope));
  // Only the links the rules read: an agreement referred to by thousands of
  // reports would otherwise bring every one of them.
  std::set<Id> missions = ids_of(db_,
                                 in("SELECT mission_id FROM mission_agreements WHERE relation IN "
                                    "('plans_update', 'renewed') AND agreement_id"),
                                 scope);
  add(missions,
      ids_of(db_, in("SELECT mission_id FROM agreement_events WHERE mission_id IS NOT NULL AND agreement_id"),
             scope));

  Touching out;
  out.agreements.assign(agreements.begin(), agreements.end());
  out.missions.assign(missions.begin(), missions.end());
  return out;
}

} // namespace entente
