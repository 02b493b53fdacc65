#include "registry/match_keys.hpp"

#include "../support.hpp"
#include "answers_fixture.hpp"
#include "registry/dates.hpp"
#include "registry/schema.hpp"
#include "registry/store.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace entente;
using entente::test::by_hand;

namespace {

std::size_t kept_keys(Store& s) {
  auto st = s.db().prepare("SELECT count(*) FROM agreement_match_keys");
  st.step();
  return static_cast<std::size_t>(st.int64(0));
}

Agreement draft(std::string kind, std::vector<std::string> partners, std::string signed_date,
                std::vector<std::string> domains = {}) {
  return by_hand(std::move(kind), "mention", std::move(partners), std::move(signed_date), std::move(domains));
}

} // namespace

TEST_CASE("match keys: the SQL year of a date is the year date_year reads") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  auto st = s.db().prepare("SELECT " + signed_year_sql("?1"));
  for (const char* text : {"", "1", "199", "1999", "1999-05", "2008-08-31", "0999", "0000", "-999", "-99",
                           "+999", " 999", "19a9", "abcd", "2001-13-45", "99999", "١٩٩٩"}) {
    st.bind(1, std::string_view(text));
    REQUIRE(st.step());
    CHECK(st.int64(0) == date_year(text));
    st.reset();
  }
}

TEST_CASE("match keys: the triggers keep every agreement's keys in line with its rows") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  auto in_line = [&] { return match_keys_out_of_date(s.db()).empty(); };

  Id a = s.create_agreement(by_hand("agreement", "Entente A", {"shandong", "qingdao"}, "2008-08"));
  Id b = s.create_agreement(by_hand("mou", "Protocole B", {"shanghai"}, "2015"));
  Id c = s.create_agreement(by_hand("agreement", "Entente C", {"jinan"}, ""));
  CHECK(kept_keys(s) == 4);
  CHECK(in_line());

  // Edits through the store: date, kind and partners.
  Agreement got = s.get_agreement(a);
  got.signed_date = "2009-01";
  got.kind = "mou";
  got.partners = {"qingdao"};
  s.update_agreement(got);
  CHECK(kept_keys(s) == 3);
  CHECK(in_line());
  CHECK(s.match_agreement(draft("mou", {"qingdao"}, "2009")) == a);
  CHECK_FALSE(s.match_agreement(draft("agreement", {"shandong"}, "2008")));

  // Edits behind the store's back, as the sqlite3 shell would make them.
  s.db().exec(fmt::format("UPDATE agreements SET signed = '1999-05-01' WHERE id = {}", b));
  s.db().exec(fmt::format("UPDATE agreement_partners SET partner = 'jinan' WHERE agreement_id = {}", b));
  s.db().exec(fmt::format("INSERT INTO agreement_partners(agreement_id, partner) VALUES({}, 'china')", c));
  CHECK(in_line());
  CHECK(s.match_agreement(draft("mou", {"jinan"}, "1999")) == b);
  // A partner row moved from one agreement to another.
  s.db().exec(fmt::format("UPDATE agreement_partners SET agreement_id = {} WHERE agreement_id = {} AND "
                          "partner = 'china'",
                          b, c));
  CHECK(in_line());
  s.db().exec(fmt::format("UPDATE agreement_partners SET agreement_id = {} WHERE agreement_id = {} AND "
                          "partner = 'china'",
                          c, b));
  // Without foreign keys enforced (the sqlite3 shell's default), an id can
  // change under its partners: the orphaned rows give no key.
  s.db().exec("PRAGMA foreign_keys = OFF");
  s.db().exec(fmt::format("UPDATE agreements SET id = 2000 WHERE id = {}", c));
  CHECK(in_line());
  s.db().exec(fmt::format("UPDATE agreements SET rowid = {} WHERE id = 2000", c));
  s.db().exec("PRAGMA foreign_keys = ON");
  CHECK(in_line());

  // Ids renumbered, two of them swapped through a free one, children first
  // and then the agreements, as an import that keeps a file's ids does.
  {
    sql::Transaction tx(s.db());
    s.db().exec("PRAGMA defer_foreign_keys = ON");
    const Id free_id = 1000;
    s.db().exec(
        fmt::format("UPDATE agreement_partners SET agreement_id = {} WHERE agreement_id = {}", free_id, a));
    s.db().exec(fmt::format("UPDATE agreements SET id = {} WHERE id = {}", free_id, a));
    s.db().exec(fmt::format("UPDATE agreements SET id = {} WHERE id = {}", a, b));
    s.db().exec(fmt::format("UPDATE agreement_partners SET agreement_id = {} WHERE agreement_id = {}", a, b));
    s.db().exec(
        fmt::format("UPDATE agreement_partners SET agreement_id = {} WHERE agreement_id = {}", b, free_id));
    s.db().exec(fmt::format("UPDATE agreements SET id = {} WHERE id = {}", b, free_id));
    tx.commit();
  }
  CHECK(in_line());
  CHECK(s.match_agreement(draft("mou", {"jinan"}, "1999")) == a);
  CHECK(s.match_agreement(draft("mou", {"qingdao"}, "2009")) == b);

  // Partners written before their agreement, as foreign keys deferred allow.
  {
    sql::Transaction tx(s.db());
    s.db().exec("PRAGMA defer_foreign_keys = ON");
    s.db().exec("INSERT INTO agreement_partners(agreement_id, partner) VALUES(3000, 'shanghai')");
    s.db().exec(
        "INSERT INTO agreements(id, kind, title, signed, origin) VALUES(3000, 'mou', 'P', '2020', 'hand')");
    tx.commit();
  }
  CHECK(in_line());
  CHECK(s.match_agreement(draft("mou", {"shanghai"}, "2020")) == 3000);
  s.db().exec("DELETE FROM agreements WHERE id = 3000");
  // A partner row deleted; then an agreement deleted with foreign keys off,
  // its partner rows left orphaned (with them on, they go by cascade).
  s.db().exec(fmt::format("DELETE FROM agreement_partners WHERE agreement_id = {} AND partner = 'china'", c));
  CHECK(in_line());
  s.db().exec("PRAGMA foreign_keys = OFF");
  s.db().exec(fmt::format("DELETE FROM agreements WHERE id = {}", c));
  s.db().exec("PRAGMA foreign_keys = ON");
  CHECK(in_line());
  CHECK(kept_keys(s) == 2);
}

TEST_CASE("match keys: keys that do not match the rows are found and computed again") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  Id a = s.create_agreement(by_hand("agreement", "Entente A", {"shandong"}, "2008-08"));
  Id b = s.create_agreement(by_hand("mou", "Protocole B", {"shanghai"}, "2015"));
  Id c = s.create_agreement(by_hand("mou", "Protocole C", {"jinan"}, "2016"));
  s.db().exec(fmt::format("DELETE FROM agreement_match_keys WHERE agreement_id = {}", a));
  s.db().exec(fmt::format("UPDATE agreement_match_keys SET year = 2014 WHERE agreement_id = {}", b));
  s.db().exec("INSERT INTO agreement_match_keys VALUES('china', 'mou', 2001, 777)");
  CHECK(match_keys_out_of_date(s.db()) == std::vector<Id>{a, b, 777});
  CHECK(recompute_match_keys(s.db(), match_keys_out_of_date(s.db())) == 3);
  CHECK(match_keys_out_of_date(s.db()).empty());
  CHECK(kept_keys(s) == 3);
  CHECK(s.match_agreement(draft("mou", {"jinan"}, "2016")) == c);
}

TEST_CASE("match keys: a registry from before them gets them when it is opened for writing") {
  test::TempDir dir;
  Id a = 0;
  {
    Store s(dir.str(), Access::Write);
    a = s.create_agreement(by_hand("agreement", "Entente A", {"shandong", "qingdao"}, "2008-08"));
    s.create_agreement(by_hand("mou", "Protocole B", {"shanghai"}, ""));
    s.db().exec("DROP INDEX documents_sha256; DROP TABLE agreement_match_keys; PRAGMA user_version = 5");
    for (const char* t : {"match_keys_agreements_ai", "match_keys_agreements_au", "match_keys_agreements_ad",
                          "match_keys_partners_ai", "match_keys_partners_au", "match_keys_partners_ad"})
      s.db().exec(std::string("DROP TRIGGER ") + t);
  }
  Store s(dir.str(), Access::Write);
  CHECK(schema_version(s.db()) == current_schema_version());
  CHECK(kept_keys(s) == 3);
  CHECK(match_keys_out_of_date(s.db()).empty());
  CHECK(s.match_agreement(draft("agreement", {"qingdao"}, "2008")) == a);
}

TEST_CASE("store: a mention matches the agreement of its partners, kind and year, domains deciding ties") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  Id entente = s.create_agreement(by_hand("agreement", "Entente", {"shandong"}, "2008-08"));
  Id health = s.create_agreement(by_hand("mou", "Protocole santé", {"shandong"}, "2012", {"health"}));
  Id education =
      s.create_agreement(by_hand("mou", "Protocole éducation", {"shandong"}, "2012", {"education"}));
  Id bare = s.create_agreement(by_hand("mou", "Protocole", {"qingdao"}, "2012"));
  Id bare_too = s.create_agreement(by_hand("mou", "Protocole bis", {"qingdao"}, "2012", {"culture"}));

  CHECK(s.match_agreement(draft("agreement", {"shandong"}, "2008")) == entente);
  CHECK(s.match_agreement(draft("agreement", {"china", "shandong"}, "2008-05")) == entente);
  CHECK_FALSE(s.match_agreement(draft("agreement", {"shandong"}, "2009")));
  CHECK_FALSE(s.match_agreement(draft("mou", {"shandong"}, "2008")));
  // Without a year, only a single candidate is taken.
  CHECK(s.match_agreement(draft("agreement", {"shandong"}, "")) == entente);
  CHECK_FALSE(s.match_agreement(draft("mou", {"shandong"}, "")));
  // Same partner, kind and year: the domains choose.
  CHECK(s.match_agreement(draft("mou", {"shandong"}, "2012", {"education"})) == education);
  CHECK(s.match_agreement(draft("mou", {"shandong"}, "2012", {"health", "education"})) == health);
  CHECK_FALSE(s.match_agreement(draft("mou", {"shandong"}, "2012", {"culture"})));
  // One with overlapping domains is preferred to one without any.
  CHECK(s.match_agreement(draft("mou", {"qingdao"}, "2012", {"culture"})) == bare_too);
  CHECK(s.match_agreement(draft("mou", {"qingdao"}, "2012", {"health"})) == bare);
  CHECK(s.match_agreement(draft("mou", {"qingdao"}, "2012")) == bare);
}
