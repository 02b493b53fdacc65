#include "registry/taxonomy.hpp"

#include "registry/text.hpp"
#include "registry/tokens.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace entente {
namespace {

// Reports write "technologies médicales" and "technologie médicale": both
// sides drop a final plural mark so that one synonym covers both.
std::string singular(std::string w) {
  if (w.size() > 3 && (w.back() == 's' || w.back() == 'x')) w.pop_back();
  return w;
}

std::string key_of(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string key;
  for (std::size_t i = from; i < to; ++i) {
    if (i > from) key.push_back(' ');
    key += singular(words[i]);
  }
  return key;
}

bool is_article(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "la", "le",      "les",      "l",     "de",     "du",      "des",    "d",  "the",
      "of", "domaine", "domaines", "field", "fields", "secteur", "sector", "en", "in"};
  return words.count(w) != 0;
}

bool is_acronym(std::string_view s) {
  return !s.empty() && s.size() <= 5 &&
         std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '&'; });
}

std::size_t levenshtein(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1);
  std::vector<std::size_t> cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

struct Entry {
  std::uint32_t domain = 0;
  bool acronym = false; // "IA", "TIC": only when written in capitals
};

} // namespace

struct Taxonomy::Impl {
  std::vector<Domain> domains;
  std::unordered_map<std::string, std::uint32_t> by_slug;
  std::unordered_map<std::string, std::vector<Entry>> index;
  std::unordered_map<std::string, std::uint8_t> first_word;

  void add_name(std::uint32_t d, std::string_view name) {
    auto words = fold_words(name);
    if (words.empty()) return;
    std::string key = key_of(words, 0, words.size());
    auto& entries = index[key];
    bool acronym = is_acronym(trim(name));
    for (auto& e : entries) {
      if (e.domain == d) {
        e.acronym = e.acronym && acronym;
        return;
      }
    }
    entries.push_back(Entry{d, acronym});
    auto& longest = first_word[singular(words.front())];
    longest =
        static_cast<std::uint8_t>(std::max<std::size_t>(longest, std::min<std::size_t>(words.size(), 255)));
  }

  void rebuild() {
    by_slug.clear();
    index.clear();
    first_word.clear();
    for (std::uint32_t d = 0; d < domains.size(); ++d) {
      const Domain& dom = domains[d];
      by_slug[dom.slug] = d;
      add_name(d, dom.slug);
      add_name(d, dom.label_en);
      add_name(d, dom.label_fr);
      for (const auto& s : dom.synonyms)
        add_name(d, s);
    }
  }

  // The more specific domain wins when a name is shared (a child over its parent), then the first listed.
  std::uint32_t pick(const std::vector<Entry>& entries) const {
    auto depth = [&](std::uint32_t d) {
      int n = 0;
      for (const Domain* p = &domains[d]; !p->parent.empty() && n < 16; ++n) {
        auto it = by_slug.find(p->parent);
        if (it == by_slug.end()) break;
        p = &domains[it->second];
      }
      return n;
    };
    std::uint32_t best = entries.front().domain;
    for (const auto& e : entries) {
      if (depth(e.domain) > depth(best)) best = e.domain;
    }
    return best;
  }
};

Taxonomy::Taxonomy() : impl_(std::make_unique<Impl>()) {}

Taxonomy::Taxonomy(std::vector<Domain> domains) : impl_(std::make_unique<Impl>()) {
  impl_->domains = std::move(domains);
  impl_->rebuild();
}

Taxonomy::~Taxonomy() = default;
Taxonomy::Taxonomy(Taxonomy&&) noexcept = default;
Taxonomy& Taxonomy::operator=(Taxonomy&&) noexcept = default;

Taxonomy Taxonomy::load_tsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open the domain taxonomy file");
  static constexpr std::array<std::string_view, 5> kColumns = {"slug", "parent", "label_en", "label_fr",
                                                               "synonyms"};
  std::vector<Domain> domains;
  std::string line;
  std::size_t line_no = 0;
  bool header_seen = false;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    auto where = [&] { return path + ":" + std::to_string(line_no) + ": "; };
    std::vector<std::string> cols;
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      cols.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (cols.size() != kColumns.size()) {
      throw std::runtime_error(where() +
                               "expected 5 tab-separated columns (slug, parent, label_en, label_fr, "
                               "synonyms), found " +
                               std::to_string(cols.size()));
    }
    if (!header_seen) {
      for (std::size_t i = 0; i < cols.size(); ++i) {
        if (cols[i] != kColumns[i]) {
          throw std::runtime_error(where() +
                                   "the header row must be 'slug parent label_en label_fr synonyms'; "
                                   "column " +
                                   std::to_string(i + 1) + " is '" + cols[i] + "'");
        }
      }
      header_seen = true;
      continue;
    }
    Domain d;
    d.slug = cols[0];
    d.parent = cols[1];
    d.label_en = cols[2];
    d.label_fr = cols[3].empty() ? cols[2] : cols[3];
    d.synonyms = split_list(cols[4], '|');
    if (d.slug.empty() || d.label_en.empty())
      throw std::runtime_error(where() + "a domain needs a slug and a label");
    if (d.slug != slugify(d.slug)) {
      throw std::runtime_error(where() + "slug '" + d.slug + "' must be lower case words joined by '-'");
    }
    domains.push_back(std::move(d));
  }
  if (!header_seen) throw std::runtime_error(path + ": no header row; is this a domain taxonomy file?");
  std::unordered_set<std::string> slugs;
  for (const auto& d : domains) {
    if (!slugs.insert(d.slug).second)
      throw std::runtime_error(path + ": slug '" + d.slug + "' appears twice");
  }
  for (const auto& d : domains) {
    if (!d.parent.empty() && slugs.count(d.parent) == 0) {
      throw std::runtime_error(path + ": parent '" + d.parent + "' of '" + d.slug + "' is not in the file");
    }
  }
  return Taxonomy(std::move(domains));
}

const Domain* Taxonomy::find(std::string_view slug) const {
  auto it = impl_->by_slug.find(std::string(slug));
  return it == impl_->by_slug.end() ? nullptr : &impl_->domains[it->second];
}

const std::vector<Domain>& Taxonomy::domains() const {
  return impl_->domains;
}

std::vector<std::string> Taxonomy::domains_inside(std::string_view slug) const {
  std::set<std::string, std::less<>> inside{std::string(slug)};
  // Parents are few levels deep; repeat until no domain joins.
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& d : impl_->domains) {
      if (!d.parent.empty() && inside.count(d.parent) && inside.insert(d.slug).second) grew = true;
    }
  }
  std::vector<std::string> out;
  for (const auto& d : impl_->domains) {
    if (d.slug != slug && inside.count(d.slug)) out.push_back(d.slug);
  }
  return out;
}

std::optional<std::string> Taxonomy::resolve(std::string_view phrase) const {
  if (const Domain* d = find(trim(phrase))) return d->slug;
  auto words = fold_words(phrase);
  std::size_t from = 0;
  std::size_t to = words.size();
  while (true) {
    if (from >= to) return std::nullopt;
    auto it = impl_->index.find(key_of(words, from, to));
    if (it != impl_->index.end()) return impl_->domains[impl_->pick(it->second)].slug;
    // "le domaine de la santé" -> "santé"
    if (!is_article(words[from])) return std::nullopt;
    ++from;
  }
}

std::vector<DomainMention> Taxonomy::find_in_text(std::string_view text) const {
  std::vector<DomainMention> out;
  auto tokens = tokenize(text);
  std::string key;
  for (std::size_t i = 0; i < tokens.size();) {
    auto fw = impl_->first_word.find(singular(tokens[i].folded));
    if (fw == impl_->first_word.end()) {
      ++i;
      continue;
    }
    std::size_t longest = std::min<std::size_t>(fw->second, tokens.size() - i);
    std::size_t len = 0;
    std::uint32_t domain = 0;
    for (std::size_t n = longest; n >= 1 && len == 0; --n) {
      key.clear();
      for (std::size_t k = i; k < i + n; ++k) {
        if (k > i) key.push_back(' ');
        key += singular(tokens[k].folded);
      }
      auto it = impl_->index.find(key);
      if (it == impl_->index.end()) continue;
      std::vector<Entry> usable;
      for (const auto& e : it->second) {
        if (!e.acronym || (n == 1 && tokens[i].all_caps)) usable.push_back(e);
      }
      if (usable.empty()) continue;
      domain = impl_->pick(usable);
      len = n;
    }
    if (len == 0) {
      ++i;
      continue;
    }
    out.push_back(DomainMention{impl_->domains[domain].slug, tokens[i].begin, tokens[i + len - 1].end});
    i += len;
  }
  return out;
}

std::vector<std::string> Taxonomy::suggest(std::string_view phrase, std::size_t count) const {
  auto words = fold_words(phrase);
  std::string q = key_of(words, 0, words.size());
  if (q.empty()) return {};
  std::unordered_map<std::uint32_t, std::size_t> best;
  for (const auto& [key, entries] : impl_->index) {
    std::size_t d = levenshtein(q, key);
    if (key.size() > q.size() && key.compare(0, q.size(), q) == 0) d = std::min<std::size_t>(d, 1);
    for (const auto& e : entries) {
      auto [it, fresh] = best.emplace(e.domain, d);
      if (!fresh) it->second = std::min(it->second, d);
    }
  }
  std::vector<std::pair<std::size_t, std::uint32_t>> scored;
  const std::size_t limit = std::max<std::size_t>(2, q.size() / 2);
  for (const auto& [d, dist] : best) {
    if (dist <= limit) scored.emplace_back(dist, d);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && out.size() < count; ++i) {
    out.push_back(impl_->domains[scored[i].second].slug);
  }
  return out;
}

} // namespace entente
