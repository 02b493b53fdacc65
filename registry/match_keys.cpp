#include "registry/match_keys.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace entente {

std::string signed_year_sql(std::string_view column) {
  return fmt::format("(CASE WHEN substr({0}, 1, 4) GLOB '[0-9][0-9][0-9][0-9]' "
                     "OR substr({0}, 1, 4) GLOB '-[0-9][0-9][0-9]' "
                     "THEN CAST(substr({0}, 1, 4) AS INTEGER) ELSE 0 END)",
                     column);
}

std::string match_keys_select_sql() {
  return fmt::format("SELECT p.partner AS partner, a.kind AS kind, {} AS year, a.id AS agreement_id "
                     "FROM agreements a JOIN agreement_partners p ON p.agreement_id = a.id",
                     signed_year_sql("a.signed"));
}

std::string mention_key(const Agreement& draft) {
  // The unit separator cannot occur in a title read from a report's text.
  // (Not its date: a signing the report gives no day of takes the
  // mission's first, which a correction of the report's dates moves.)
  return fmt::format("{}\x1f{}\x1f{}", draft.kind, draft.title, fmt::join(draft.partners, ","));
}

std::vector<Id> match_keys_out_of_date(sql::Database& db) {
  const std::string expected = match_keys_select_sql();
  const std::string kept = "SELECT partner, kind, year, agreement_id FROM agreement_match_keys";
  auto st = db.prepare(fmt::format("SELECT agreement_id FROM ({0} EXCEPT {1}) "
                                   "UNION SELECT agreement_id FROM ({1} EXCEPT {0}) ORDER BY 1",
                                   expected, kept));
  std::vector<Id> out;
  while (st.step())
    out.push_back(st.int64(0));
  return out;
}

std::size_t recompute_match_keys(sql::Database& db, const std::vector<Id>& agreements) {
  sql::Savepoint sp(db, "recompute_match_keys");
  auto drop = db.prepare("DELETE FROM agreement_match_keys WHERE agreement_id = ?");
  auto add =
      db.prepare(fmt::format("INSERT OR IGNORE INTO agreement_match_keys(partner, kind, year, agreement_id) "
                             "{} WHERE a.id = ?",
                             match_keys_select_sql()));
  for (Id id : agreements) {
    drop.bind(1, id).run();
    add.bind(1, id).run();
  }
  sp.release();
  return agreements.size();
}

} // namespace entente
