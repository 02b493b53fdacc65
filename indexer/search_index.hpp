#pragma once
// The Xapian index as an RAII handle. One writer at a time (Xapian's lock);
// any number of readers, each seeing the last committed revision.
//
// Writes go by unique term, so replaying a change is harmless: replace() of a
// document that is already there overwrites it, remove() of one that is not
// there does nothing.
#include "indexer/search_document.hpp"

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace entente::indexer {

// A document turned into index terms, ready for SearchIndex::apply.
class IndexedDocument {
public:
  IndexedDocument();
  IndexedDocument(IndexedDocument&&) noexcept;
  IndexedDocument& operator=(IndexedDocument&&) noexcept;
  ~IndexedDocument();
  struct Data;

private:
  friend class DocumentIndexer;
  friend class SearchIndex;
  std::unique_ptr<Data> data_;
};

// Turns documents into index terms: the larger half of indexing, and the
// part that needs no index, so several threads can do it for one writer.
// Keeps a term generator and caching stemmers: one per thread.
class DocumentIndexer {
public:
  DocumentIndexer();
  DocumentIndexer(DocumentIndexer&&) noexcept;
  DocumentIndexer& operator=(DocumentIndexer&&) noexcept;
  ~DocumentIndexer();
  // Throws SearchError for a document without a kind.
  IndexedDocument index(const SearchDocument& doc);

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class SearchIndex {
public:
  // Creates the directory and the database if missing. If another process holds
  // the write lock, retries until `lock_wait` has passed, then throws
  // IndexLockedError.
  static SearchIndex open_writable(const std::string& dir, std::chrono::milliseconds lock_wait);
  // Throws SearchError if there is no index at `dir`.
  static SearchIndex open_readonly(const std::string& dir);
  // Writes a compacted copy of the index at `src` into the new directory
  // `dest` (Xapian compaction: full blocks, smaller and faster to read after
  // bulk loads). Document ids are kept. The caller swaps the directories.
  static void compact(const std::string& src, const std::string& dest);

  SearchIndex(SearchIndex&&) noexcept;
  SearchIndex& operator=(SearchIndex&&) noexcept;
  ~SearchIndex();

  bool writable() const;

  // apply(DocumentIndexer().index(doc)), with the index's own indexer.
  void replace(const SearchDocument& doc);
  void apply(IndexedDocument doc);
  void remove(std::string_view kind, Id id);

  // All changes between begin and commit are applied together or not at all,
  // metadata included (the sync watermark rides on this). commit() outside a
  // transaction makes earlier changes durable.
  void begin_transaction();
  void commit_transaction();
  void cancel_transaction();
  void commit();

  std::vector<std::pair<std::string, Id>> all_ids() const;
  std::size_t doc_count() const;

  void set_metadata(std::string_view key, std::string_view value);
  std::string metadata(std::string_view key) const; // "" when unset

  // The layout this binary writes; an index built with another needs `entente reindex`.
  static std::string schema();
  // False when the index was written with another schema (or predates schemas
  // while holding documents).
  bool schema_current() const;
  // Records that every document now has the current layout (after a rebuild).
  void mark_schema_current();

  // Readers see the revision current when they opened; this moves to the latest.
  void reopen();

  struct Impl;
  Impl& impl() const { return *impl_; }

private:
  explicit SearchIndex(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

} // namespace entente::indexer
