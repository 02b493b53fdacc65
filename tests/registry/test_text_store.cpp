#include "registry/compress.hpp"
#include "registry/store.hpp"

#include "../support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace entente;

namespace {

std::string report_text(int i) {
  std::string text = "RAPPORT DE MISSION " + std::to_string(i) + "\nMinistère de la Santé\n";
  for (int line = 0; line < 30; ++line)
    text += "Ligne " + std::to_string(line * i) + " : la délégation a visité l'hôpital de Qingdao.\n";
  return text;
}

std::string path_of(int i) {
  return "reports/r" + std::to_string(i) + ".txt";
}

MissionInput report_input(int i) {
  MissionInput in;
  const std::string text = report_text(i);
  in.document = {
      0,  path_of(i), "sha-" + std::to_string(i), static_cast<std::int64_t>(text.size()), "txt", "utf-8",
      "", text};
  in.mission.title = "Mission " + std::to_string(i);
  return in;
}

void store_reports(Store& s, int from, int to) {
  for (int i = from; i < to; ++i)
    REQUIRE(s.store_mission(report_input(i)) == StoreOutcome::Added);
}

// Overwrites the stored bytes of a report's text, as damage on disk would.
void set_stored_text(Store& s, const std::string& path, const std::string& bytes) {
  s.db()
      .prepare("UPDATE documents SET text = ? WHERE path = ?")
      .bind_blob(1, bytes.data(), bytes.size())
      .bind(2, path)
      .run();
}

// The dictionary each stored text names (0: none), by path.
std::map<std::string, std::uint32_t> dictionaries_used(Store& s) {
  std::map<std::string, std::uint32_t> out;
  auto st = s.db().prepare("SELECT path, text FROM documents");
  while (st.step())
    out[st.text(0)] = stored_dictionary_id(st.blob(1));
  return out;
}

std::size_t dictionary_rows(Store& s) {
  auto st = s.db().prepare("SELECT count(*) FROM text_dictionaries");
  st.step();
  return static_cast<std::size_t>(st.int64(0));
}

void check_all_read_back(Store& s, int to) {
  for (int i = 0; i < to; ++i) {
    INFO(path_of(i));
    CHECK(s.document_by_path(path_of(i))->text == report_text(i));
  }
}

} // namespace

TEST_CASE("text store: the first dictionary comes once there are texts to draw it from") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  store_reports(s, 0, 10);
  s.train_text_dictionary_if_due();
  CHECK(dictionary_rows(s) == 0); // too few texts to say what the others will look like
  store_reports(s, 10, 40);
  s.train_text_dictionary_if_due();
  REQUIRE(dictionary_rows(s) == 1);
  s.train_text_dictionary_if_due(); // one is enough until a compact
  CHECK(dictionary_rows(s) == 1);
  store_reports(s, 40, 50);
  auto used = dictionaries_used(s);
  CHECK(used[path_of(39)] == 0); // stored before it existed
  CHECK(used[path_of(40)] != 0);
  CHECK(used[path_of(49)] == used[path_of(40)]);
  check_all_read_back(s, 50);
  // A second handle on the same registry reads them too (it loads the dictionary).
  Store reader(dir.str(), Access::Read);
  CHECK(reader.document_by_path(path_of(45))->text == report_text(45));
}

TEST_CASE("text store: compact draws a fresh dictionary, stores every text with it, drops the others") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  store_reports(s, 0, 10);
  auto few = s.compact_texts();
  CHECK(few.texts == 10);
  CHECK(few.dictionary == 0); // too few texts to draw one from
  CHECK_FALSE(few.new_dictionary);
  CHECK(few.recompressed == 0); // stored without a dictionary already

  store_reports(s, 10, 40);
  auto first = s.compact_texts();
  CHECK(first.texts == 40);
  CHECK(first.new_dictionary);
  CHECK(first.recompressed == 40);
  for (const auto& [path, id] : dictionaries_used(s))
    CHECK(id == first.dictionary);
  check_all_read_back(s, 40);

  // A plain text among them (as older registries hold), and more reports.
  store_reports(s, 40, 60);
  set_stored_text(s, path_of(3), compress_text(report_text(3)));
  auto second = s.compact_texts();
  CHECK(second.new_dictionary);
  CHECK(second.dictionary > first.dictionary);
  CHECK(second.recompressed == 60);
  CHECK(second.damaged.empty());
  CHECK(dictionary_rows(s) == 1);
  for (const auto& [path, id] : dictionaries_used(s))
    CHECK(id == second.dictionary);
  check_all_read_back(s, 60);
  // New texts take the newest dictionary.
  store_reports(s, 60, 61);
  CHECK(dictionaries_used(s)[path_of(60)] == second.dictionary);
  Store fresh(dir.str(), Access::Read);
  for (int i = 0; i < 61; ++i)
    CHECK(fresh.document_by_path(path_of(i))->text == report_text(i));
}

TEST_CASE("text store: a damaged text is left as it was and named, the others are compacted") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  store_reports(s, 0, 40);
  auto first = s.compact_texts();
  REQUIRE(first.new_dictionary);
  auto st = s.db().prepare("SELECT id, text FROM documents WHERE path = ?");
  st.bind(1, path_of(7));
  REQUIRE(st.step());
  const Id damaged = st.int64(0);
  std::string bad = st.blob(1);
  bad.resize(bad.size() - 5);
  st.reset();
  set_stored_text(s, path_of(7), bad);
  auto second = s.compact_texts();
  CHECK(second.damaged == std::vector<Id>{damaged});
  CHECK(second.recompressed == 39);
  // The damaged text still names the first dictionary, which stays for it.
  CHECK(dictionary_rows(s) == 2);
  Store fresh(dir.str(), Access::Read);
  for (int i = 0; i < 40; ++i) {
    if (i == 7)
      CHECK_THROWS_AS(fresh.document_by_path(path_of(i)), CompressError);
    else
      CHECK(fresh.document_by_path(path_of(i))->text == report_text(i));
  }
}

TEST_CASE("text store: a text whose dictionary is missing says so") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  store_reports(s, 0, 40);
  s.compact_texts();
  s.db().exec("DELETE FROM text_dictionaries");
  Store fresh(dir.str(), Access::Read);
  CHECK_THROWS_WITH(fresh.document_by_path(path_of(1)), Catch::Matchers::Contains("text dictionary"));
}

TEST_CASE("text store: unreadable texts are named with why, and their files can be stored afresh") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  store_reports(s, 0, 40);
  s.compact_texts();
  CHECK(s.unreadable_texts().empty());
  auto id_of = [&](int i) {
    auto st = s.db().prepare("SELECT id FROM documents WHERE path = ?");
    st.bind(1, path_of(i));
    REQUIRE(st.step());
    return st.int64(0);
  };
  // One text cut short, one with a byte changed in its deflated body.
  s.db().exec(
      fmt::format("UPDATE documents SET text = substr(text, 1, length(text) - 5) WHERE id = {}", id_of(3)));
  {
    auto st = s.db().prepare("SELECT text FROM documents WHERE id = ?");
    st.bind(1, id_of(11));
    REQUIRE(st.step());
    std::string flipped = st.blob(0);
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x10);
    st.reset();
    set_stored_text(s, path_of(11), flipped);
  }
  auto bad = s.unreadable_texts();
  REQUIRE(bad.size() == 2);
  CHECK(bad[0].document == id_of(3));
  CHECK(bad[0].path == path_of(3));
  CHECK(bad[0].reason.find("damaged") != std::string::npos);
  CHECK(bad[1].document == id_of(11));
  // Without its hash, the same file is stored again rather than skipped.
  s.forget_document_hashes({bad[0].document, bad[1].document});
  for (int i : {3, 11})
    CHECK(s.store_mission(report_input(i)) == StoreOutcome::Updated);
  CHECK(s.unreadable_texts().empty());
  CHECK(s.document_by_path(path_of(11))->text == report_text(11));
  // A text whose dictionary is gone is named too.
  s.db().exec("DELETE FROM text_dictionaries");
  Store fresh(dir.str(), Access::Read);
  auto orphans = fresh.unreadable_texts();
  CHECK(orphans.size() >= 38);
  REQUIRE_FALSE(orphans.empty());
  CHECK(orphans[0].reason.find("text dictionary") != std::string::npos);
}

TEST_CASE("text store: when no dictionary can be drawn, compact keeps the one the texts use") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  store_reports(s, 0, 40);
  auto first = s.compact_texts();
  REQUIRE(first.dictionary != 0);
  // Every text empty (a registry of empty files), and twice as many: due for a
  // new dictionary, but there is nothing to draw it from.
  for (int i = 0; i < 80; ++i) {
    MissionInput in;
    in.document = {0, path_of(i), "empty-" + std::to_string(i), 0, "txt", "utf-8", "", ""};
    in.mission.title = "Mission " + std::to_string(i);
    s.store_mission(in);
  }
  auto second = s.compact_texts();
  CHECK_FALSE(second.new_dictionary);
  CHECK(second.dictionary == first.dictionary);
  CHECK(dictionary_rows(s) == 1);
  Store fresh(dir.str(), Access::Read); // nothing cached: reads what the registry holds
  for (int i = 0; i < 80; ++i)
    CHECK(fresh.document_by_path(path_of(i))->text.empty());
}
