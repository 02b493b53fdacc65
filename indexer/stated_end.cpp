#include "indexer/stated_end.hpp"

#include "indexer/french_dates.hpp"
#include "indexer/pattern.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace entente::indexer {
namespace {

// Past forms and states: the end has happened, dated or not.
const Pattern& past_expiry() {
  static const Pattern re(
      R"(\b(?:a|ont|avait|avaient|est|sont|etait|etaient)(?: (?:deja|maintenant|desormais|donc|alors|aujourd'hui|officiellement|finalement|effectivement))? (?:expire|expiree?s?|echue?s?|caduque?s?|perimee?s?|(?:arrivee?s?|venue?s?) a (?:echeance|expiration|son terme|terme)|pris fin)\b|\b(?:n'est|ne sont|n'etait|n'etaient)(?: donc| aujourd'hui| actuellement| desormais)? plus (?:en vigueur|valide|valable|applicable|active)\b|\b(?:a|ont) cesse (?:d'etre en vigueur|d'avoir effet|de produire (?:ses|leurs) effets)\b|\b(?:echue?s?|caduque?s?|expirees?|perimee?s?)\b|\b(?:has|have|had)(?: \w+)? (?:expired|lapsed|ended|run out|come to an end|ceased to (?:have effect|be in force))\b|\b(?:is|are|was|were)(?: \w+)? (?:expired|lapsed|no longer (?:in force|valid|in effect|active|applicable))\b|\b(?:expired|lapsed|came to an end|ran out)\b)");
  return re;
}

const Pattern& past_termination() {
  static const Pattern re(
      R"(\b(?:a|ont|avait|avaient) ete(?: \w+)? (?:resiliee?s?|denoncee?s?|abrogee?s?)\b|\b(?:resiliee?s?|abrogee?s?)\b|\b(?:has|have|had) been(?: \w+)? (?:terminated|rescinded|revoked|denounced|abrogated)\b|\b(?:is|are|was|were)(?: \w+)? (?:terminated|rescinded|revoked|denounced|abrogated)\b|\b(?:terminated|rescinded|revoked)\b)");
  return re;
}

// An end to come: counts only with the date it gives.
const Pattern& coming_expiry() {
  static const Pattern re(
      R"(\b(?:expire|expirent|expirera|expireront|expirer|arrive(?:ra|nt|ront)? a (?:echeance|expiration|son terme|terme)|(?:vient|viendra|viennent|viendront) a (?:echeance|expiration|terme)|(?:prend|prendra|prennent|prendront|prendre) fin|(?:valable|valide|en vigueur|court|courra)s? jusqu'|echeance (?:est |etait )?(?:fixee )?(?:en|au|le|a|pour)|expires|will expire|(?:is|are) due to (?:expire|end|lapse)|expiring|(?:ends|will end) (?:in|on)|runs? (?:until|through|till|to)|(?:valid|in force|in effect|effective) (?:until|through|till))\b)");
  return re;
}

// Done to the agreement by a party, written before it: "a résilié
// l'entente", "terminated the 2010 MOU".
const Pattern& ended_before() {
  static const Pattern re(
      R"(\b(?:(?:a|ont|avons|avait|avaient)(?: \w+)? (?:mis fin|resilie|denonce|abroge)(?: a)?|(?:terminated|rescinded|revoked|denounced|withdrew from|put an end to))(?: (?:l'|la|le|les|cette|cet|ce|son|sa|ses|leur|leurs|the|its|their|this|that|an|a))?(?: [\w-]+){0,2} ?$)");
  return re;
}

std::vector<std::string_view> words_before(std::string_view text, std::size_t at, std::size_t max) {
  std::vector<std::string_view> out;
  std::size_t i = at;
  auto word_char = [](char c) {
    auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80;
  };
  while (out.size() < max && i > 0) {
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\''))
      --i;
    if (i == 0 || !word_char(text[i - 1])) break;
    std::size_t end = i;
    while (i > 0 && word_char(text[i - 1]))
      --i;
    out.push_back(text.substr(i, end - i));
  }
  return out;
}

bool any_word(const std::vector<std::string_view>& words, std::initializer_list<std::string_view> of) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return std::find(of.begin(), of.end(), w) != of.end(); });
}

// "n'a pas expiré", "has not expired", "si l'entente expire", "devra être
// résiliée", "to be terminated": no end has happened.
bool not_an_end(std::string_view folded, const Match& m) {
  const std::string_view cue = m.view(); // m.position() is an offset into `folded`
  if (cue.find(" not ") != std::string_view::npos || cue.find(" never ") != std::string_view::npos ||
      cue.find(" pas ") != std::string_view::npos || cue.find(" jamais ") != std::string_view::npos)
    return true;
  auto before = words_before(folded, m.position(), 3);
  if (!cue.starts_with("n'") && !cue.starts_with("ne ") &&
      any_word(before, {"n", "ne", "pas", "jamais", "not", "never", "no", "without", "sans"}))
    return true;
  if (any_word(before, {"si", "s", "if", "unless", "whether", "lest", "eviter", "avoid", "prevent"}))
    return true;
  // A plan: "devra être résiliée", "should be terminated", "pour qu'elle soit abrogée".
  if (!before.empty() && (before[0] == "etre" || before[0] == "be" || before[0] == "sera" ||
                          before[0] == "seront" || before[0] == "serait" || before[0] == "seraient" ||
                          before[0] == "soit" || before[0] == "soient" || before[0] == "being"))
    return true;
  return false;
}

// The date written right after the cue, in its clause: "en 2019", "depuis le
// 31 mars 2020", "in March 2021", "since 2019". After the agreement's own
// words ("a résilié l'entente de 2005 en 2015"), only a date brought by a
// preposition: the first year there is the agreement's.
std::string date_after(std::string_view folded, std::size_t from, std::size_t clause_end,
                       bool after_agreement = false) {
  std::string_view window =
      folded.substr(from, std::min<std::size_t>(clause_end - from, after_agreement ? 80 : 45));
  if (auto cut = window.find_first_of(",;:.()"); cut != std::string_view::npos)
    window = window.substr(0, cut);
  static const Pattern year(R"(\b((?:19|20)\d\d)\b)");
  static const Pattern dated(
      R"(\b(?:en|in|le|on|depuis|since|as of|des|effective)\s+(?:(?:le|the)\s+)?(?:\d{1,2}(?:er|st|nd|rd|th)?\s+)?(?:[a-z]+\s+)?((?:19|20)\d\d)\b)");
  auto y = (after_agreement ? dated : year).search(window);
  if (!y) return "";
  const std::size_t start = after_agreement ? y->position() : 0;
  if (auto d = find_date_range(window.substr(start, y->end(1) - start));
      d && d->start.starts_with(y->view(1)))
    return d->start;
  return y->str(1);
}

// Whether an end stated after `between` (the words from the agreement to
// the end's verb) is the agreement's: "L'entente, qui a été signée en 2008,
// a expiré" is; "L'entente a permis de lancer un programme qui a pris fin"
// is not. What lies between commas is an aside; outside the asides, a verb
// of the agreement's own, or more than a dozen words, put the end on
// something else.
bool about_the_agreement(std::string_view between) {
  if (std::count(between.begin(), between.end(), ' ') > 24) return false;
  std::string outside;
  bool aside = false;
  for (char c : between) {
    if (c == ',') {
      aside = !aside;
      outside += ' ';
    } else if (!aside) {
      outside += c;
    }
  }
  // An aside left open runs to the end: "L'entente, signée en 2008 est échue".
  if (aside) outside.clear();
  static const Pattern verb(
      R"(\b(?:a|ont|est|sont|etait|etaient|avait|avaient|sera|seront|fut|has|have|had|is|are|was|were|will|would)\b)");
  if (verb.found_in(outside)) return false;
  return std::count(outside.begin(), outside.end(), ' ') <= 14;
}

} // namespace

std::optional<StatedEnd> find_stated_end(std::string_view folded, std::size_t term_begin,
                                         std::size_t term_end, std::size_t clause_end) {
  clause_end = std::min(clause_end, folded.size());
  if (term_end > clause_end) return std::nullopt;
  // A verb before the term: "Le Québec a résilié l'entente de 2008 en 2015".
  if (auto m = ended_before().search(folded.substr(0, term_begin)); m && !not_an_end(folded, *m)) {
    return StatedEnd{"terminated", date_after(folded, term_end, clause_end, true)};
  }
  // After the term, in words about it.
  std::string_view after = folded.substr(0, clause_end);
  struct Found {
    std::size_t pos;
    StatedEnd end;
  };
  std::optional<Found> best;
  auto consider = [&](const Pattern& re, const char* type, bool needs_date) {
    for (auto m = re.search(after, term_end); m;
         m = re.search(after, std::max(m->end(), m->position() + 1))) {
      const std::size_t pos = m->position();
      if (!about_the_agreement(folded.substr(term_end, pos - term_end))) break;
      if (not_an_end(folded, *m)) continue;
      std::string date = date_after(folded, m->end(), clause_end);
      if (needs_date && date.empty()) continue;
      if (!best || pos < best->pos) best = Found{pos, StatedEnd{type, std::move(date)}};
      break;
    }
  };
  consider(past_termination(), "terminated", false);
  consider(past_expiry(), "expired", false);
  consider(coming_expiry(), "expired", true);
  if (!best) return std::nullopt;
  return best->end;
}

} // namespace entente::indexer
