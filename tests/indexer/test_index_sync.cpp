#include "indexer/index_sync.hpp"

#include "../support.hpp"
#include "indexer/search.hpp"
#include "indexer/search_index.hpp"
#include "indexer/store_resolver.hpp"
#include "registry/home.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include <xapian.h>

using namespace entente;
using namespace entente::indexer;

namespace {

Agreement sample(const char* title, const char* partner) {
  Agreement a;
  a.title = title;
  a.partners = {partner};
  a.signed_date = "2011";
  return a;
}

bool has(const SearchIndex& index, const std::string& kind, Id id) {
  auto ids = index.all_ids();
  return std::find(ids.begin(), ids.end(), std::make_pair(kind, id)) != ids.end();
}

} // namespace

TEST_CASE("index sync: changes committed to SQLite but not to Xapian are replayed at the next sync") {
  test::TempDir dir;
  Store store(dir.str(), Access::Write);
  Id id = 0;
  {
    sql::Transaction tx(store.db());
    id = store.create_agreement(sample("Entente Québec–Qingdao", "qingdao"));
    tx.commit();
  }
  // The process "dies" here: SQLite has the agreement, the index has never seen it.
  auto index = SearchIndex::open_writable(index_path(dir.str()), std::chrono::milliseconds(100));
  CHECK_FALSE(has(index, "agreement", id));
  REQUIRE(store.outbox_size() > 0);

  auto stats = sync_outbox(store, index);
  CHECK(stats.replaced == 1);
  CHECK(has(index, "agreement", id));
  CHECK(store.outbox_size() == 0);

  // Replaying again (a crash after the Xapian commit but before the outbox
  // was cleared) changes nothing.
  store.enqueue_all();
  sync_outbox(store, index);
  CHECK(index.doc_count() == 1);

  // A deletion reaches the index the same way; a kind change moves the document.
  Agreement a = store.get_agreement(id);
  a.kind = "mou";
  store.update_agreement(a);
  sync_outbox(store, index);
  CHECK(has(index, "mou", id));
  CHECK_FALSE(has(index, "agreement", id));
  store.delete_agreement(id);
  sync_outbox(store, index);
  CHECK(index.doc_count() == 0);
}

TEST_CASE("index sync: agreement documents carry partners with their parents and the evidence") {
  test::TempDir dir;
  Store store(dir.str(), Access::Write);
  Agreement a = sample("Entente Québec–Qingdao", "qingdao");
  AgreementEvent e;
  e.type = "signed";
  e.date = "2011";
  e.source_kind = "press_release";
  e.evidence = "signée à Qingdao en présence du maire";
  a.events = {e};
  Id id = store.create_agreement(a);
  auto doc = build_agreement_document(store, store.gazetteer(), id);
  REQUIRE(doc);
  CHECK(doc->kind == "agreement");
  CHECK(doc->partners == std::vector<std::string>{"qingdao", "shandong", "china"});
  CHECK(doc->places == std::vector<std::string>{"qingdao"});
  CHECK(doc->display_text.find("en présence du maire") != std::string::npos);
  CHECK_FALSE(build_agreement_document(store, store.gazetteer(), id + 100));
  CHECK_FALSE(build_mission_document(store, store.gazetteer(), 1));
}

TEST_CASE("index sync: a rebuild writes every record and clears the outbox") {
  test::TempDir dir;
  Store store(dir.str(), Access::Write);
  store.create_agreement(sample("A", "china"));
  store.create_agreement(sample("B", "shanghai"));
  auto index = SearchIndex::open_writable(dir.str() + "/fresh", std::chrono::milliseconds(100));
  CHECK(rebuild_index(store, index).replaced == 2);
  CHECK(index.doc_count() == 2);
  CHECK(store.outbox_size() == 0);
}

TEST_CASE("index sync: a rebuild commits in pieces, so its memory does not grow with the registry") {
  // One transaction for a whole rebuild held every posting in memory until
  // the end: `reindex` of 10,000 reports peaked at 379 MB.
  test::TempDir dir;
  Store store(dir.str(), Access::Write);
  const std::size_t n = 2 * kRebuildTransactionSize + kRebuildTransactionSize / 2;
  {
    sql::Transaction tx(store.db());
    for (std::size_t i = 0; i < n; ++i)
      store.create_agreement(sample(("Accord " + std::to_string(i)).c_str(), "china"));
    tx.commit();
  }
  const std::string fresh = dir.str() + "/fresh";
  {
    auto index = SearchIndex::open_writable(fresh, std::chrono::milliseconds(100));
    CHECK(rebuild_index(store, index, false).replaced == n);
    CHECK(index.doc_count() == n);
  }
  CHECK(Xapian::Database(fresh).get_revision() >= 3);
  CHECK(store.outbox_size() > 0); // not cleared: the caller clears once the index is in place
}

namespace {

// Every document of the index at `path`, by unique term: its terms with
// their wdf, its values and its data.
std::map<std::string, std::string> documents_of(const std::string& path) {
  Xapian::Database db(path);
  std::map<std::string, std::string> out;
  for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p) {
    Xapian::Document doc = db.get_document(*p);
    std::string unique, all;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      if ((*t)[0] == 'Q') unique = *t;
      all += *t + "/" + std::to_string(t.get_wdf()) + " ";
    }
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
      all += std::to_string(v.get_valueno()) + "=" + *v + " ";
    out[unique] = all + doc.get_data();
  }
  return out;
}

} // namespace

TEST_CASE("index sync: a rebuild on builder threads writes what the serial replay writes") {
  test::TempDir dir;
  Store store(dir.str(), Access::Write);
  const char* partners[] = {"china", "shanghai", "qingdao", "jinan", "shandong"};
  {
    sql::Transaction tx(store.db());
    for (int i = 0; i < 400; ++i) {
      Agreement a = sample(("Entente de coopération numéro " + std::to_string(i)).c_str(), partners[i % 5]);
      if (i % 3 == 0) a.kind = "mou";
      a.signed_date = std::to_string(1990 + i % 30);
      store.create_agreement(a);
    }
    for (int i = 0; i < 60; ++i) {
      const std::string n = std::to_string(i);
      MissionInput in;
      in.document = {
          0,
          "reports/r" + n + ".txt",
          "sha-" + n,
          100,
          "txt",
          "utf-8",
          "",
          "Mission " + n + " à Qingdao\nSignature d'un protocole d'entente en santé numéro " + n + "\n"};
      in.mission.title = "Mission " + n + " en Chine";
      in.mission.start_date = std::to_string(2000 + i % 20) + "-09-02";
      in.mission.places = {{"Qingdao", "qingdao", 1}};
      in.mission.partners = {"qingdao", "shandong", "china"};
      ExtractedAgreement mou;
      mou.draft = sample(("Protocole d'entente santé " + n).c_str(), partners[i % 5]);
      mou.draft.kind = "mou";
      mou.relation = "produced";
      mou.evidence = "Signature d'un protocole d'entente en santé numéro " + n;
      mou.line = 2;
      in.agreements = {mou};
      REQUIRE(store.store_mission(in) == StoreOutcome::Added);
    }
    tx.commit();
  }
  // The reference: every record replayed one by one on this thread.
  const std::string serial = dir.str() + "/serial";
  {
    auto index = SearchIndex::open_writable(serial, std::chrono::milliseconds(100));
    store.enqueue_all();
    sync_outbox(store, index);
  }
  const auto expected = documents_of(serial);
  const auto records =
      static_cast<std::size_t>(store.list_missions().size() + store.list_agreements().size());
  REQUIRE(store.list_missions().size() == 60);
  REQUIRE(expected.size() == records);
  for (unsigned builders : {1u, 3u}) {
    CAPTURE(builders);
    const std::string path = dir.str() + "/fresh" + std::to_string(builders);
    {
      auto index = SearchIndex::open_writable(path, std::chrono::milliseconds(100));
      CHECK(rebuild_index(store, index, false, builders).replaced == records);
    }
    CHECK(documents_of(path) == expected);
  }
}

TEST_CASE("index sync: a rebuild refuses to run inside a write transaction") {
  // Its builders read through their own connections and would not see the
  // records this transaction has not committed.
  test::TempDir dir;
  Store store(dir.str(), Access::Write);
  auto index = SearchIndex::open_writable(dir.str() + "/fresh", std::chrono::milliseconds(100));
  sql::Transaction tx(store.db());
  store.create_agreement(sample("A", "china"));
  CHECK_THROWS_AS(rebuild_index(store, index), std::logic_error);
}

TEST_CASE("index sync: a mission's report text stays in the registry and snippets are cut from it") {
  test::TempDir dir;
  Store store(dir.str(), Access::Write);
  MissionInput in;
  in.document = {0, "r.txt", "sha", 10, "txt", "utf-8", "", "Titre\nVisite de l'hôpital de Qingdao.\n"};
  in.mission.title = "Mission à Qingdao";
  in.mission.partners = {"qingdao"};
  REQUIRE(store.store_mission(in) == StoreOutcome::Added);
  Id id = *store.mission_id_for_path("r.txt");
  auto doc = build_mission_document(store, store.gazetteer(), id);
  REQUIRE(doc);
  CHECK(doc->display_text.empty());
  auto index = SearchIndex::open_writable(dir.str() + "/xapian", std::chrono::milliseconds(100));
  sync_outbox(store, index);
  StoreResolver resolver(store);
  CHECK(resolver.mission_text(id) == std::optional<std::string>(in.document.text));
  SearchRequest r;
  r.query = "hopital";
  auto result = search(index, r, resolver, "[", "]");
  REQUIRE(result.hits.size() == 1);
  CHECK(result.hits[0].snippet == "Titre Visite de l'[hôpital] de Qingdao.");
}

// Trial 28: a word broken at a line's end was indexed and shown in halves.
TEST_CASE("index sync: a word broken at a line's end is found and shown whole") {
  test::TempDir dir;
  Store store(dir.str(), Access::Write);
  MissionInput in;
  in.document = {
      0,     "r.txt", "sha", 10,
      "txt", "utf-8", "",    "Titre\nLe Partenariat trans-\npacifique et la coopéra-\ntion en santé.\n"};
  in.mission.title = "Mission à Qingdao";
  in.mission.partners = {"qingdao"};
  REQUIRE(store.store_mission(in) == StoreOutcome::Added);
  auto index = SearchIndex::open_writable(dir.str() + "/xapian", std::chrono::milliseconds(100));
  sync_outbox(store, index);
  StoreResolver resolver(store);
  SearchRequest r;
  r.query = "\"coopération en santé\"";
  auto result = search(index, r, resolver, "[", "]");
  REQUIRE(result.hits.size() == 1);
  CHECK(result.hits[0].snippet == "Titre Le Partenariat transpacifique et la [coopération] [en] [santé].");
}

namespace {

// A report of mission `n` that names the memorandum with Qingdao, Jinan or
// Shanghai (n % 3), each signed in 2011: every third report names the same one.
MissionInput mission_naming_a_shared_mou(int n) {
  const char* partners[] = {"qingdao", "jinan", "shanghai"};
  const std::string number = std::to_string(n);
  const std::string partner = partners[n % 3];
  MissionInput in;
  in.document = {0,
                 "reports/r" + number + ".txt",
                 "sha-" + number,
                 100,
                 "txt",
                 "utf-8",
                 "",
                 "Mission " + number + "\nSuivi du protocole d'entente avec " + partner + ", visite " +
                     number + "\n"};
  in.mission.title = "Mission " + number;
  in.mission.start_date = "2015-03-02";
  in.mission.partners = {partner};
  ExtractedAgreement mou;
  mou.draft = sample(("Protocole d'entente avec " + partner).c_str(), partner.c_str());
  mou.draft.kind = "mou";
  mou.relation = "references";
  mou.evidence = "Suivi du protocole d'entente avec " + partner + ", visite " + number;
  mou.line = 2;
  in.agreements = {mou};
  return in;
}

std::size_t documents_of_kind(const SearchIndex& index, const std::string& kind) {
  auto ids = index.all_ids();
  return static_cast<std::size_t>(
      std::count_if(ids.begin(), ids.end(), [&](const auto& ref) { return ref.first == kind; }));
}

} // namespace

TEST_CASE("index sync: a deferring replay writes missions at once and each waiting agreement once") {
  test::TempDir dir;
  Store store(dir.str(), Access::Write);
  auto store_missions = [&](int from, int to) {
    sql::Transaction tx(store.db());
    for (int i = from; i < to; ++i)
      REQUIRE(store.store_mission(mission_naming_a_shared_mou(i)) == StoreOutcome::Added);
    tx.commit();
  };
  store_missions(0, 20);
  const std::int64_t half = store.last_outbox_seq();
  store_missions(20, 40);
  const std::int64_t last = store.last_outbox_seq();
  REQUIRE(store.list_agreements().size() == 3);
  const std::string reference = dir.str() + "/reference";
  {
    auto index = SearchIndex::open_writable(reference, std::chrono::milliseconds(100));
    rebuild_index(store, index, false, 1);
  }

  auto sources = open_document_sources(dir.str(), 2);
  const std::string path = dir.str() + "/followed";
  auto index = SearchIndex::open_writable(path, std::chrono::milliseconds(100));
  AgreementDeferral deferral;
  auto never = [] { return false; };

  SECTION("agreements wait, and the outbox keeps them, until a replay writes them all") {
    auto first = replay_outbox(sources, store.gazetteer(), index, 0, half, never, &deferral);
    CHECK(first.replayed_seq == half);
    CHECK(first.replaced == 20);
    CHECK(deferral.waiting.size() == 3);
    CHECK(first.covered_seq == deferral.first_seq - 1);
    CHECK(first.covered_seq < half);
    CHECK(documents_of_kind(index, "mission") == 20);
    CHECK(documents_of_kind(index, "mou") == 0);

    auto second =
        replay_outbox(sources, store.gazetteer(), index, first.replayed_seq, last, never, &deferral);
    CHECK(second.replayed_seq == last);
    CHECK(second.replaced == 20);
    CHECK(second.covered_seq == first.covered_seq);

    deferral.write_all = true;
    auto third =
        replay_outbox(sources, store.gazetteer(), index, second.replayed_seq, last, never, &deferral);
    // Named by 40 reports in two replays, each memorandum is written once.
    CHECK(third.replaced == 3);
    CHECK(third.covered_seq == last);
    CHECK(deferral.waiting.empty());
  }
  SECTION("agreements are written once the replay reads their span past the first of them") {
    deferral.span = 1;
    auto stats = replay_outbox(sources, store.gazetteer(), index, 0, last, never, &deferral);
    CHECK(stats.replaced == 43);
    CHECK(stats.covered_seq == last);
    CHECK(deferral.waiting.empty());
  }
  SECTION("a replay asked to stop leaves what waits in the outbox") {
    auto first = replay_outbox(sources, store.gazetteer(), index, 0, last, never, &deferral);
    REQUIRE(deferral.waiting.size() == 3);
    deferral.write_all = true;
    auto stopped = replay_outbox(
        sources, store.gazetteer(), index, first.replayed_seq, last, [] { return true; }, &deferral);
    CHECK(stopped.replaced == 0);
    CHECK(stopped.covered_seq == deferral.first_seq - 1);
    store.clear_outbox(stopped.covered_seq);
    sync_outbox(store, index);
    CHECK(store.outbox_size() == 0);
  }
  index.commit();
  CHECK(documents_of(path) == documents_of(reference));
}

TEST_CASE("index sync: a replay stopped while writing waiting agreements keeps the unwritten ones waiting") {
  test::TempDir dir;
  Store store(dir.str(), Access::Write);
  // More than one transaction of waiting agreements.
  const std::size_t count = kAgreementTransactionSize + kAgreementTransactionSize / 2;
  {
    sql::Transaction tx(store.db());
    for (std::size_t i = 0; i < count; ++i)
      store.create_agreement(sample(("Entente " + std::to_string(i)).c_str(), "qingdao"));
    tx.commit();
  }
  const std::int64_t last = store.last_outbox_seq();
  auto sources = open_document_sources(dir.str(), 1);
  auto index = SearchIndex::open_writable(index_path(dir.str()), std::chrono::milliseconds(100));
  AgreementDeferral deferral;
  deferral.write_all = true;
  // Asked before the one chunk of entries, before finding the outbox read,
  // then before each transaction of waiting agreements: stop after the first.
  int asked = 0;
  auto stats = replay_outbox(
      sources, store.gazetteer(), index, 0, last, [&] { return ++asked > 3; }, &deferral);
  CHECK(stats.replaced == kAgreementTransactionSize);
  CHECK(deferral.waiting.size() == count - kAgreementTransactionSize);
  CHECK(stats.covered_seq == deferral.first_seq - 1);
  CHECK(index.doc_count() == kAgreementTransactionSize);

  store.clear_outbox(stats.covered_seq);
  sync_outbox(store, index);
  CHECK(index.doc_count() == count);
  CHECK(store.outbox_size() == 0);
}

// After a crash during a bulk load, the next command replays up to a deferral
// span of entries with sync_outbox. It wrote them 6,000 entries to a chunk, and
// rebuilt an agreement in each chunk that named it.
TEST_CASE("index sync: sync_outbox writes a record named in several chunks of entries once") {
  test::TempDir dir;
  Store store(dir.str(), Access::Write);
  const std::size_t count = kIndexTransactionSize / 2 + 100; // two outbox rows each
  {
    sql::Transaction tx(store.db());
    REQUIRE(store.store_mission(mission_naming_a_shared_mou(0)) == StoreOutcome::Added);
    for (std::size_t i = 0; i < count; ++i)
      store.create_agreement(sample(("Entente " + std::to_string(i)).c_str(), "jinan"));
    REQUIRE(store.store_mission(mission_naming_a_shared_mou(3)) == StoreOutcome::Added);
    tx.commit();
  }
  REQUIRE(store.outbox_size() > kIndexTransactionSize);
  const std::int64_t last = store.last_outbox_seq();
  auto index = SearchIndex::open_writable(index_path(dir.str()), std::chrono::milliseconds(100));
  auto stats = sync_outbox(store, index);
  // Two missions, their memorandum with Qingdao, and the agreements: each once.
  CHECK(stats.replaced == 2 + 1 + count);
  CHECK(stats.covered_seq == last);
  CHECK(store.outbox_size() == 0);
  CHECK(index.doc_count() == 2 + 1 + count);
}
