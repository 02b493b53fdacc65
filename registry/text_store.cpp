// Report texts in the registry: each stored deflated on its own, with the
// newest of the registry's preset dictionaries (registry/compress.hpp says why).
#include "registry/compress.hpp"
#include "registry/store.hpp"

#include <fmt/format.h>

#include <set>

namespace entente {
namespace {

// Fewer texts than this make a dictionary that says little about the rest.
constexpr std::size_t kFirstDictionaryAfter = 32;
// Whole texts drawn evenly from the registry; the dictionary keeps the last
// 32 KiB of them (several reports of a few kilobytes each).
constexpr std::size_t kDictionarySamples = 16;

std::size_t text_count(sql::Database& db) {
  auto st = db.prepare("SELECT count(*) FROM documents");
  st.step();
  return static_cast<std::size_t>(st.int64(0));
}

bool has_text_dictionary(sql::Database& db) {
  return db.prepare("SELECT 1 FROM text_dictionaries LIMIT 1").step();
}

} // namespace

const TextCompressor& Store::text_compressor() {
  if (!compressor_) {
    // The newest dictionary, or none yet.
    auto st = db_.prepare("SELECT id, bytes FROM text_dictionaries ORDER BY id DESC LIMIT 1");
    compressor_ = st.step()
                      ? std::make_unique<TextCompressor>(static_cast<std::uint32_t>(st.int64(0)), st.blob(1))
                      : std::make_unique<TextCompressor>();
  }
  return *compressor_;
}

std::string Store::inflate_text(std::string_view stored) {
  const std::uint32_t id = stored_dictionary_id(stored);
  if (id == 0) return decompress_text(stored);
  auto it = dictionaries_.find(id);
  if (it == dictionaries_.end()) {
    auto st = db_.prepare("SELECT bytes FROM text_dictionaries WHERE id = ?");
    st.bind(1, static_cast<std::int64_t>(id));
    if (!st.step())
      throw CompressError(fmt::format(
          "a stored report text needs text dictionary {}, which the registry lacks; re-ingest its file", id));
    it = dictionaries_.emplace(id, TextDecompressor(id, st.blob(0))).first;
  }
  return it->second.decompress(stored);
}

std::uint32_t Store::draw_text_dictionary(std::size_t texts) {
  std::vector<std::int64_t> ids;
  {
    auto st = db_.prepare("SELECT id FROM documents ORDER BY id");
    while (st.step())
      ids.push_back(st.int64(0));
  }
  std::vector<std::string> samples;
  const std::size_t n = std::min(kDictionarySamples, ids.size());
  auto st = db_.prepare("SELECT text FROM documents WHERE id = ?");
  for (std::size_t i = 0; i < n; ++i) {
    st.reset();
    st.bind(1, ids[i * ids.size() / n]);
    if (!st.step()) continue;
    try {
      samples.push_back(st.is_blob(0) ? inflate_text(st.blob(0)) : st.text(0));
    } catch (const CompressError&) {
      // A damaged text says nothing about the others; `entente check` reports it.
    }
  }
  const std::string dictionary = make_dictionary(samples);
  if (dictionary.empty()) return 0;
  db_.prepare("INSERT INTO text_dictionaries(bytes, drawn_from) VALUES(?, ?)")
      .bind_blob(1, dictionary.data(), dictionary.size())
      .bind(2, static_cast<std::int64_t>(texts))
      .run();
  // Not cached for reading: if the transaction rolls back, the id can come again.
  const auto id = static_cast<std::uint32_t>(db_.last_insert_id());
  compressor_ = std::make_unique<TextCompressor>(id, dictionary);
  return id;
}

void Store::train_text_dictionary_if_due() {
  if (has_text_dictionary(db_)) return;
  const std::size_t texts = text_count(db_);
  if (texts < kFirstDictionaryAfter) return;
  sql::Transaction tx(db_);
  draw_text_dictionary(texts);
  // Loaded again after the commit: if the commit fails, no text may name it.
  compressor_.reset();
  tx.commit();
}

Store::TextCompaction Store::compact_texts() {
  try {
    return compact_texts_in_transaction();
  } catch (...) {
    compressor_.reset(); // it may name a dictionary that was rolled back
    throw;
  }
}

Store::TextCompaction Store::compact_texts_in_transaction() {
  TextCompaction out;
  sql::Transaction tx(db_);
  out.texts = text_count(db_);
  compressor_.reset();
  // Always a fresh dictionary: it follows what the registry holds now, and
  // wording that re-ingested or removed reports no longer have leaves with
  // the dictionary it was drawn into.
  if (out.texts >= kFirstDictionaryAfter) out.new_dictionary = draw_text_dictionary(out.texts) != 0;
  // The newest dictionary in the table, drawn now or before: every text is
  // stored with it and it alone is kept.
  const TextCompressor& compressor = text_compressor();
  out.dictionary = compressor.dictionary_id();
  std::vector<std::int64_t> ids;
  {
    auto st = db_.prepare("SELECT id FROM documents ORDER BY id");
    while (st.step())
      ids.push_back(st.int64(0));
  }
  auto read = db_.prepare("SELECT text FROM documents WHERE id = ?");
  auto write = db_.prepare("UPDATE documents SET text = ? WHERE id = ?");
  for (auto id : ids) {
    read.reset();
    read.bind(1, id);
    if (!read.step()) continue;
    std::string text;
    try {
      // Already stored with it (never the case for a dictionary drawn just now).
      if (read.is_blob(0) && stored_dictionary_id(read.blob(0)) == compressor.dictionary_id()) continue;
      text = read.is_blob(0) ? inflate_text(read.blob(0)) : read.text(0);
    } catch (const CompressError&) {
      // Left as it is (re-ingesting its file mends it); the others go on.
      out.damaged.push_back(id);
      continue;
    }
    const std::string stored = compressor.compress(text);
    write.reset();
    write.bind_blob(1, stored.data(), stored.size()).bind(2, id).run();
    ++out.recompressed;
  }
  // A damaged text may still name an older dictionary: keep the ones they name.
  std::set<std::uint32_t> keep = {out.dictionary};
  for (auto id : out.damaged) {
    read.reset();
    read.bind(1, id);
    if (!read.step() || !read.is_blob(0)) continue;
    try {
      keep.insert(stored_dictionary_id(read.blob(0)));
    } catch (const CompressError&) {
    }
  }
  std::vector<std::int64_t> drop;
  {
    auto st = db_.prepare("SELECT id FROM text_dictionaries");
    while (st.step()) {
      if (!keep.count(static_cast<std::uint32_t>(st.int64(0)))) drop.push_back(st.int64(0));
    }
  }
  auto del = db_.prepare("DELETE FROM text_dictionaries WHERE id = ?");
  for (auto id : drop) {
    del.reset();
    del.bind(1, id).run();
  }
  tx.commit();
  return out;
}

std::vector<Store::UnreadableText> Store::unreadable_texts() {
  std::vector<UnreadableText> out;
  auto st = db_.prepare("SELECT id, path, text FROM documents ORDER BY id");
  while (st.step()) {
    if (!st.is_blob(2)) continue; // a plain text from before compression is read as it is
    try {
      (void)inflate_text(st.blob(2));
    } catch (const CompressError& e) {
      out.push_back({st.int64(0), st.text(1), e.what()});
    }
  }
  return out;
}

void Store::forget_document_hashes(const std::vector<Id>& documents) {
  sql::Savepoint sp(db_, "forget_document_hashes");
  auto st = db_.prepare("UPDATE documents SET sha256 = '' WHERE id = ?");
  for (Id id : documents)
    st.bind(1, id).run();
  sp.release();
}

} // namespace entente
