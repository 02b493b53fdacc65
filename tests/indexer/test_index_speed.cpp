// The indexing speed-ups must not change what is indexed: cached stems equal
// entente's stemmer's, spelling data equals what FLAG_SPELLING adds, and reused
// prepared statements behave like fresh ones.
#include "../support.hpp"
#include "indexer/folded_stem.hpp"
#include "indexer/positionless_words.hpp"
#include "indexer/search_index.hpp"
#include "indexer/search_text.hpp"
#include "indexer/stem_cache.hpp"
#include "registry/sqlite.hpp"
#include "registry/text.hpp"

#include <catch2/catch.hpp>
#include <xapian.h>

#include <map>

using namespace entente;

namespace {

const char* kText =
    "Les liens entre le Québec et la Chine s’appuient sur plus de trois décennies d’échanges "
    "continus. Il a été proposé d'actualiser deux ententes de coopération existantes, "
    "signées en 2011 et 2008; santé, santés, hôpitaux, hôpital, universités, université "
    "l'agriculture, technologies médicales, Technologies médicales. The agreements were renewed.";

std::vector<std::string> words() {
  std::vector<std::string> out;
  for (auto& w : fold_words(kText))
    out.push_back(w);
  return out;
}

} // namespace

TEST_CASE("cached stems equal the stemmer's, also after the cache is emptied", "[index][speed]") {
  for (const char* lang : {"french", "english"}) {
    Xapian::Stem plain = indexer::make_stem(lang);
    Xapian::Stem cached = indexer::make_cached_stem(lang, 5); // tiny: forces clears
    for (int round = 0; round < 3; ++round) {
      for (const auto& w : words())
        CHECK(cached(w) == plain(w));
    }
  }
}

TEST_CASE("spelling data equals what FLAG_SPELLING adds", "[index][speed]") {
  test::TempDir dir;
  indexer::SearchDocument d;
  d.kind = "mission";
  d.id = 1;
  d.title = "Mission santé en Chine";
  d.fields = {{"title", d.title}, {"general", kText}, {"results", "santé santé coopération"}};
  d.display_text = kText;
  {
    auto index = indexer::SearchIndex::open_writable(dir.str() + "/ix", std::chrono::milliseconds(0));
    index.replace(d);
    index.commit();
  }
  // The reference: Xapian's own spelling flag over the same unprefixed texts.
  Xapian::WritableDatabase ref(dir.str() + "/ref", Xapian::DB_CREATE_OR_OPEN);
  Xapian::TermGenerator tg;
  tg.set_database(ref);
  tg.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
  tg.set_stemmer(indexer::make_stem("french"));
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME_FULL_POS);
  Xapian::Document doc;
  tg.set_document(doc);
  for (const auto& [kind, body] : d.fields)
    tg.index_text(indexer::normalize_for_index(body));
  ref.add_document(doc);
  ref.commit();

  auto spellings = [](const Xapian::Database& db) {
    std::map<std::string, Xapian::doccount> out;
    for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it)
      out[*it] = it.get_termfreq();
    return out;
  };
  Xapian::Database ours(dir.str() + "/ix");
  auto got = spellings(ours);
  CHECK(got == spellings(ref));
  CHECK(got.at("sante") == 4);
}

TEST_CASE("only stemmed content words carry positions, and terms, wdf and length are the generator's, plus "
          "number twins",
          "[index][speed]") {
  test::TempDir dir;
  indexer::SearchDocument d;
  d.kind = "mission";
  d.id = 1;
  d.title = "Mission santé en Chine 2017";
  d.ministry = "Ministère de la Santé";
  d.persons = {"Jean Tremblay"};
  d.fields = {{"title", d.title}, {"general", kText}, {"results", "santé santé coopération"}};
  d.display_text = kText;
  {
    auto index = indexer::SearchIndex::open_writable(dir.str() + "/ix", std::chrono::milliseconds(0));
    index.replace(d);
    index.commit();
  }
  // The reference: the same texts with positions on every term (the layout of schema 1).
  Xapian::Document ref;
  Xapian::TermGenerator tg;
  tg.set_stemmer(indexer::make_stem("french"));
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME_FULL_POS);
  tg.set_document(ref);
  auto text = [&](const std::string& t, unsigned wdf, const std::string& prefix = std::string()) {
    tg.index_text(indexer::normalize_for_index(t), wdf, prefix);
    tg.increase_termpos(100);
  };
  text(d.fields[0].second, 3);
  text(d.fields[1].second, 1);
  text(d.fields[2].second, 3);
  text(d.title, 1, "S");
  text(d.ministry, 1);
  text(d.ministry, 1, "XM");
  text(d.persons[0], 1);
  text(d.persons[0], 1, "XN");

  Xapian::Database ours(dir.str() + "/ix");
  auto doc = ours.get_document(*ours.postlist_begin("Qmission:1"));
  std::map<std::string, Xapian::termcount> got_wdf;
  std::size_t z_with_positions = 0;
  Xapian::termcount instrument_wdf = 0;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    const std::string term = *t;
    if (term[0] == 'Q' || term[0] == 'L' || term.rfind("XK", 0) == 0)
      continue;                     // boolean terms, not made by the TermGenerator
    if (term.rfind("XI", 0) == 0) { // the sorts of instrument named, made apart
      instrument_wdf += t.get_wdf();
      continue;
    }
    got_wdf[term] = t.get_wdf();
    INFO(term);
    REQUIRE(term[0] == 'Z'); // the index keeps stems only
    if (!indexer::is_positionless_stem("fr", indexer::stem_of_term(term))) {
      CHECK(t.positionlist_count() > 0);
      ++z_with_positions;
    } else {
      CHECK(t.positionlist_count() == 0);
    }
  }
  std::map<std::string, Xapian::termcount> ref_wdf;
  std::size_t number_twins = 0;
  for (auto t = ref.termlist_begin(); t != ref.termlist_end(); ++t) {
    const std::string term = *t;
    // Only the generator's stems stay; words it leaves unstemmed (numbers) get
    // the Z form the query parser asks for, with their wdf.
    if (term[0] == 'Z') ref_wdf[term] = t.get_wdf();
    auto word = term.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    if (term[0] != 'Z' && word != std::string::npos && term[word] >= '0' && term[word] <= '9') {
      ref_wdf["Z" + term.substr(0, word) + Xapian::Stem("french")(term.substr(word))] = t.get_wdf();
      ++number_twins;
    }
  }
  CHECK(number_twins > 0);
  CHECK(got_wdf == ref_wdf);
  CHECK(z_with_positions > 20);
  CHECK(got_wdf.count("Zde"));    // a function word: its term stays, without positions
  CHECK(got_wdf.count("ZS2017")); // a number in a field gets the field's Z form
  Xapian::termcount ref_length = 0;
  for (auto& [term, wdf] : ref_wdf)
    ref_length += wdf;
  CHECK(ours.get_doclength(doc.get_docid()) == ref_length + instrument_wdf);
  // Stemmed phrases still match, through the Z positions.
  Xapian::Enquire enquire(ours);
  enquire.set_query(
      Xapian::Query(Xapian::Query::OP_PHRASE, Xapian::Query("Ztechnolog"), Xapian::Query("Zmedical")));
  CHECK(enquire.get_mset(0, 10).size() == 1);
}

TEST_CASE("reused prepared statements start clean and nest", "[sqlite][speed]") {
  test::TempDir dir;
  sql::Database db(dir.str() + "/t.db", sql::Database::Mode::Create);
  db.exec("CREATE TABLE t(a INTEGER, b TEXT)");
  for (int i = 0; i < 3; ++i)
    db.prepare("INSERT INTO t VALUES(?, ?)").bind(1, i).bind(2, "x").run();
  // A statement given back half-read must not keep its row or bindings.
  {
    auto st = db.prepare("SELECT a FROM t WHERE a >= ? ORDER BY a");
    st.bind(1, 1);
    REQUIRE(st.step());
    CHECK(st.int64(0) == 1);
  }
  {
    auto st = db.prepare("SELECT a FROM t WHERE a >= ? ORDER BY a");
    st.bind(1, 0);
    REQUIRE(st.step());
    CHECK(st.int64(0) == 0);
    // The same text while the first is live: its own statement, its own cursor.
    auto inner = db.prepare("SELECT a FROM t WHERE a >= ? ORDER BY a");
    inner.bind(1, 2);
    REQUIRE(inner.step());
    CHECK(inner.int64(0) == 2);
    REQUIRE(st.step());
    CHECK(st.int64(0) == 1);
  }
  // Writes after a half-read statement was returned are not blocked by it.
  db.exec("BEGIN IMMEDIATE");
  db.prepare("DELETE FROM t").run();
  db.exec("COMMIT");
  auto count = db.prepare("SELECT count(*) FROM t");
  REQUIRE(count.step());
  CHECK(count.int64(0) == 0);
}
