#include "indexer/phrase_rewrite.hpp"

#include "indexer/positionless_words.hpp"

#include <charconv>
#include <optional>
#include <string>
#include <vector>

namespace entente::indexer {
namespace {

// Xapian 1.4 has no accessor for a query's window; its description names it
// ("Query((Zaccord@1 PHRASE 3 Zde@2 PHRASE 3 Zcooper@3))"). Terms never
// contain a space and phrases never nest, so the first " PHRASE n " is ours.
std::optional<Xapian::termcount> window_of(const Xapian::Query& q) {
  const std::string desc = q.get_description();
  const std::string op = q.get_type() == Xapian::Query::OP_PHRASE ? " PHRASE " : " NEAR ";
  auto at = desc.find(op);
  if (at == std::string::npos) return std::nullopt;
  const char* begin = desc.data() + at + op.size();
  const char* end = desc.data() + desc.size();
  Xapian::termcount window = 0;
  auto [next, ec] = std::from_chars(begin, end, window);
  if (ec != std::errc() || next == begin || next == end || *next != ' ' || window == 0) return std::nullopt;
  return window;
}

std::optional<std::string> term_of(const Xapian::Query& leaf) {
  if (leaf.get_type() != Xapian::Query::LEAF_TERM) return std::nullopt;
  auto it = leaf.get_terms_begin();
  if (it == leaf.get_terms_end()) return std::nullopt;
  return *it;
}

bool positionless(const Xapian::Query& sub, std::string_view language) {
  // Only stemmed ("Z") terms have positions in the index, and only those of
  // content words.
  auto term = term_of(sub);
  return term && !term->empty() && (*term)[0] == 'Z' && is_positionless_stem(language, stem_of_term(*term));
}

Xapian::Query rewrite_positional(const Xapian::Query& q, std::string_view language, bool& changed) {
  // Children other than single terms (several prefixes give an OR) are kept
  // as they are; only function-word terms go.
  std::vector<Xapian::Query> kept, all;
  for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) {
    Xapian::Query sub = q.get_subquery(i);
    all.push_back(sub);
    if (!positionless(sub, language)) kept.push_back(sub);
  }
  if (kept.size() == all.size()) return q;
  changed = true;
  if (kept.empty()) return Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end());
  if (kept.size() == 1) return kept.front();
  // Xapian's own default window is the number of words.
  const Xapian::termcount window = window_of(q).value_or(static_cast<Xapian::termcount>(all.size()));
  return Xapian::Query(q.get_type(), kept.begin(), kept.end(), window);
}

bool rebuildable(Xapian::Query::op op) {
  switch (op) {
  case Xapian::Query::OP_AND:
  case Xapian::Query::OP_OR:
  case Xapian::Query::OP_AND_NOT:
  case Xapian::Query::OP_XOR:
  case Xapian::Query::OP_AND_MAYBE:
  case Xapian::Query::OP_FILTER:
  case Xapian::Query::OP_MAX:
    return true;
  default:
    return false;
  }
}

Xapian::Query rewrite(const Xapian::Query& query, std::string_view language, bool& changed) {
  const auto op = query.get_type();
  if (op == Xapian::Query::OP_PHRASE || op == Xapian::Query::OP_NEAR)
    return rewrite_positional(query, language, changed);
  if (!rebuildable(op)) return query;
  std::vector<Xapian::Query> subs;
  bool any = false;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
    subs.push_back(rewrite(query.get_subquery(i), language, any));
  if (!any) return query;
  changed = true;
  return Xapian::Query(op, subs.begin(), subs.end());
}

} // namespace

Xapian::Query without_positionless_words(const Xapian::Query& query, std::string_view language) {
  bool changed = false;
  return rewrite(query, language, changed);
}

} // namespace entente::indexer
