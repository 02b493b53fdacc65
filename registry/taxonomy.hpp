#pragma once
// The domain taxonomy: about thirty fields of international cooperation,
// each with a slug, French and English labels and the synonyms and
// inflected forms that reports use ("domaine médical", "technologies de la
// santé"). Matching is case- and accent-insensitive.
#include "registry/model.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

struct DomainMention {
  std::string slug;
  std::size_t begin = 0; // byte offsets into the scanned text
  std::size_t end = 0;
};

class Taxonomy {
public:
  Taxonomy();
  explicit Taxonomy(std::vector<Domain> domains);
  ~Taxonomy();
  Taxonomy(Taxonomy&&) noexcept;
  Taxonomy& operator=(Taxonomy&&) noexcept;

  // Reads data/domains.tsv. Throws std::runtime_error naming file and line.
  static Taxonomy load_tsv(const std::string& path);

  const Domain* find(std::string_view slug) const;
  const std::vector<Domain>& domains() const;
  // The domains inside `slug`, at any depth ("health": disease-prevention,
  // mental-health...), in file order; not `slug` itself.
  std::vector<std::string> domains_inside(std::string_view slug) const;

  // Slug, label or synonym in either language to a domain slug.
  std::optional<std::string> resolve(std::string_view phrase) const;

  // Domains named in running text, longest match first, not overlapping.
  std::vector<DomainMention> find_in_text(std::string_view text) const;

  std::vector<std::string> suggest(std::string_view phrase, std::size_t count = 5) const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace entente
