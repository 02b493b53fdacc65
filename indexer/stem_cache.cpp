#include "indexer/stem_cache.hpp"

#include "indexer/folded_stem.hpp"

#include <unordered_map>

namespace entente::indexer {
namespace {

class CachedStem : public Xapian::StemImplementation {
public:
  CachedStem(const std::string& language, std::size_t max_entries, WordTally* tally)
      : inner_(make_stem(language)), max_(max_entries), tally_(tally) {}

  std::string operator()(const std::string& word) override {
    if (tally_ && tally_->counting) ++tally_->counts[word];
    if (auto it = cache_.find(word); it != cache_.end()) return it->second;
    if (cache_.size() >= max_) cache_.clear();
    std::string stem = inner_(word);
    cache_.emplace(word, stem);
    return stem;
  }

  std::string get_description() const override { return "cached " + inner_.get_description(); }

private:
  Xapian::Stem inner_;
  std::size_t max_;
  WordTally* tally_;
  std::unordered_map<std::string, std::string> cache_;
};

} // namespace

Xapian::Stem make_cached_stem(const std::string& language, std::size_t max_entries, WordTally* tally) {
  return Xapian::Stem(new CachedStem(language, max_entries, tally));
}

} // namespace entente::indexer
