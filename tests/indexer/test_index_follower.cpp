#include "indexer/index_follower.hpp"

#include "../support.hpp"
#include "indexer/index_sync.hpp"
#include "registry/home.hpp"

#include <catch2/catch.hpp>

#include <thread>

using namespace entente;
using namespace entente::indexer;

namespace {

Agreement sample(const std::string& title) {
  Agreement a;
  a.title = title;
  a.partners = {"qingdao"};
  a.signed_date = "2011";
  return a;
}

MissionInput mission(int n) {
  const std::string number = std::to_string(n);
  MissionInput in;
  in.document = {0,  "r" + number + ".txt",     "sha-" + number, 10, "txt", "utf-8",
                 "", "Mission " + number + "\n"};
  in.mission.title = "Mission " + number;
  in.mission.partners = {"qingdao"};
  return in;
}

void create_index(const std::string& home) {
  auto index = SearchIndex::open_writable(index_path(home), std::chrono::milliseconds(100));
  index.mark_schema_current();
  index.commit();
}

} // namespace

TEST_CASE("index follower: indexes what the writer committed up to the asked entry, while it writes more") {
  test::TempDir dir;
  Store store(dir.str(), Access::Write);
  create_index(dir.str());
  for (int i = 0; i < 30; ++i)
    store.create_agreement(sample("Accord " + std::to_string(i)));
  const std::int64_t asked = store.last_outbox_seq();
  const std::size_t asked_rows = store.outbox_size();
  REQUIRE(asked > 0);
  std::int64_t covered = 0;
  const unsigned builders = GENERATE(1u, 3u);
  {
    IndexFollower follower(dir.str(), store.gazetteer(), std::chrono::milliseconds(100), builders);
    follower.follow(asked);
    // The writer goes on while the follower replays: these are not asked for.
    for (int i = 30; i < 40; ++i)
      store.create_agreement(sample("Accord " + std::to_string(i)));
    follower.follow(asked - 1); // an older request changes nothing
    covered = follower.finish();
    CHECK(follower.covered() == covered);
  }
  CHECK(covered == asked);
  // The outbox keeps everything until the writer clears what the index committed.
  const std::size_t all_rows = store.outbox_size();
  CHECK(all_rows > asked_rows);
  store.clear_outbox(covered);
  CHECK(store.outbox_size() == all_rows - asked_rows);
  CHECK(SearchIndex::open_readonly(index_path(dir.str())).doc_count() == 30);

  auto index = SearchIndex::open_writable(index_path(dir.str()), std::chrono::milliseconds(100));
  sync_outbox(store, index);
  CHECK(index.doc_count() == 40);
  CHECK(store.outbox_size() == 0);
}

TEST_CASE("index follower: requests made during a replay are done after it, the latest one only") {
  test::TempDir dir;
  Store store(dir.str(), Access::Write);
  create_index(dir.str());
  IndexFollower follower(dir.str(), store.gazetteer(), std::chrono::milliseconds(100), 2);
  CHECK(follower.finish() == 0); // nothing asked: nothing to wait for
  std::int64_t last = 0;
  for (int round = 0; round < 20; ++round) {
    for (int i = 0; i < 5; ++i)
      store.create_agreement(sample("Accord " + std::to_string(round) + "-" + std::to_string(i)));
    last = store.last_outbox_seq();
    follower.follow(last);
  }
  CHECK(follower.finish() == last);
}

TEST_CASE("index follower: holds the index writer, so a second one waits and fails") {
  test::TempDir dir;
  Store store(dir.str(), Access::Write);
  create_index(dir.str());
  IndexFollower follower(dir.str(), store.gazetteer(), std::chrono::milliseconds(100));
  CHECK_THROWS(IndexFollower(dir.str(), store.gazetteer(), std::chrono::milliseconds(50)));
}

TEST_CASE(
    "index follower: agreements wait for finish(), and a follower stopped before leaves them in the outbox") {
  test::TempDir dir;
  Store store(dir.str(), Access::Write);
  create_index(dir.str());
  for (int i = 0; i < 5; ++i)
    REQUIRE(store.store_mission(mission(i)) == StoreOutcome::Added);
  const std::int64_t missions_seq = store.last_outbox_seq();
  for (int i = 0; i < 5; ++i)
    store.create_agreement(sample("Accord " + std::to_string(i)));
  const std::int64_t asked = store.last_outbox_seq();
  {
    IndexFollower follower(dir.str(), store.gazetteer(), std::chrono::milliseconds(100), 2);
    follower.follow(asked);
    // The missions are written as they come; the agreements wait.
    for (int tries = 0; follower.covered() < missions_seq && tries < 500; ++tries)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(follower.covered() == missions_seq);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    CHECK(follower.covered() == missions_seq);
  }
  {
    auto index = SearchIndex::open_readonly(index_path(dir.str()));
    CHECK(index.doc_count() == 5);
  }
  const std::size_t agreement_rows = store.outbox_size() - static_cast<std::size_t>(missions_seq);
  store.clear_outbox(missions_seq);
  CHECK(store.outbox_size() == agreement_rows);
  CHECK(agreement_rows >= 5);
  auto index = SearchIndex::open_writable(index_path(dir.str()), std::chrono::milliseconds(100));
  sync_outbox(store, index);
  CHECK(index.doc_count() == 10);
}
