#include "indexer/agreement_mentions.hpp"

#include "registry/instrument_family.hpp"

#include "indexer/agreement_links.hpp"
#include "indexer/agreement_lists.hpp"
#include "indexer/french_dates.hpp"
#include "indexer/instrument_terms.hpp"
#include "indexer/month_names.hpp"
#include "indexer/pattern.hpp"
#include "indexer/signing_parties.hpp"
#include "indexer/stated_end.hpp"
#include "registry/dates.hpp"
#include "registry/text.hpp"

#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <set>

namespace entente::indexer {
namespace {

int count_word(std::string_view w) {
  static constexpr std::array<std::pair<std::string_view, int>, 24> words = {{
      {"un", 1},    {"une", 1},   {"deux", 2}, {"trois", 3}, {"quatre", 4}, {"cinq", 5},
      {"six", 6},   {"sept", 7},  {"huit", 8}, {"neuf", 9},  {"dix", 10},   {"one", 1},
      {"a", 1},     {"an", 1},    {"two", 2},  {"three", 3}, {"four", 4},   {"five", 5},
      {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10},  {"douze", 12}, {"onze", 11},
  }};
  for (const auto& [word, n] : words) {
    if (w == word) return n;
  }
  if (!w.empty() && w.size() <= 2 &&
      std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return std::stoi(std::string(w));
  return 0;
}

// "pour une durée de cinq ans, renouvelable par tacite reconduction", "was
// tacitly extended in 2017": the term renews itself, so it sets no end.
bool renews_itself(std::string_view folded) {
  static const Pattern tacit(
      R"(\b(?:tacite reconduction|tacitement (?:reconduite?s?|reconductibles?|renouvelee?s?|renouvelables?)|reconduite?s? (?:tacitement|automatiquement)|renouvelee?s? (?:tacitement|automatiquement)|automatiquement (?:reconduite?s?|renouvelee?s?)|(?:reconductibles?|renouvelables?) tacitement|(?:renewed|renewable|extended) (?:automatically|tacitly)|(?:automatically|tacitly) (?:renewed|renewable|extended)|renews? (?:itself )?automatically|automatic(?:ally)? renewal|tacit renewal)\b)");
  // ("dont la clause de tacite reconduction a été supprimée", "without tacit
  // renewal": said to be gone.)
  static const Pattern gone(
      R"(\b(?:sans|without|no|pas de|aucune|supprimee?|retiree?|abrogee?|removed|deleted|dropped|eliminated)\b[^.;]{0,40}$)");
  static const Pattern gone_after(
      R"(^[^.;]{0,40}?\b(?:supprimee?|retiree?|abrogee?|removed|deleted|dropped|eliminated)\b)");
  for (auto m = tacit.search(folded); m; m = tacit.search(folded, m->end())) {
    if (!gone.found_in(folded.substr(0, m->position())) && !gone_after.found_in(folded.substr(m->end())))
      return true;
  }
  return false;
}

// "pour une période de cinq ans", "for a further three years", "prolongée de
// deux ans": the term in years, else 0.
int term_in_years(std::string_view folded) {
  static const Pattern term(
      R"(\b(?:(?:pour|for)|(?:(?:prolongee?s?|prorogee?s?)|reconduite?s?|extended|renewed) (?:de|by|pour|for))(?: (?:une|a|an)(?: (?:nouvelle|new|further|initial|initiale|first|premiere|renewable|renouvelable))* (?:periode|duree|term|period)(?: (?:initiale|renouvelable|ferme))? (?:de|of)| a further| another| an additional| a)? (\w+) (?:ans?|annees?|years?)\b(?! (?:de|d'|of)\b))");
  // "d'une durée de quatre ans", "d'une validité de trois ans", "its ten-year
  // term".
  static const Pattern lasting(
      R"(\b(?:d'une (?:duree|periode|validite) de (\w+) (?:ans?|annees?)|(\w+)-year (?:term|period)|(?:sa|leur|its|their) (?:duree|validite|term) (?:est|sera|is|will be) (?:de |of )?(\w+) (?:ans?|annees?|years?)|(?:has|have|a|ont) (?:a|an|une) (?:\w+ )?(?:term|duree|period|periode|validite) (?:of|de) (\w+) (?:ans?|annees?|years?)|\bduree\s*:\s*(\w+) (?:ans?|annees?)|(?:^|,)\s*valables? (?:pour )?(\w+) (?:ans?|annees?)|\bvalid for (\w+) years?)\b)");
  if (renews_itself(folded)) return 0;
  std::string_view n_word;
  if (auto m = term.search(folded)) {
    n_word = m->view(1);
  } else if (auto l = lasting.search(folded)) {
    for (std::size_t g = 1; g <= 7; ++g) {
      if (l->matched(g) && l->length(g) > 0) {
        n_word = l->view(g);
        break;
      }
    }
  } else {
    return 0;
  }
  const int n = count_word(n_word);
  return n >= 1 && n <= 30 ? n : 0;
}

// "renouvelée par avenant en 2012", "extended by an exchange of letters in
// 2011", "renewed by tacit renewal in March 2025", "renouvelée la dernière
// fois par tacite reconduction en 2019": how and which time it was renewed,
// between the verb and its year.
#define ENTENTE_BY_INSTRUMENT                                                                                \
  R"((?:(?:(?:par|by)\s+(?:(?:un|une|an|a)\s+)?(?:avenant|amendment|echange de lettres|exchange of letters|tacite reconduction|reconduction tacite|renouvellement (?:tacite|automatique)|(?:tacit|automatic) renewal)|(?:pour )?la derniere fois|for the last time|most recently|le plus recemment|(?:every|tous les|toutes les) \w+ (?:years|ans|annees),?)\s+){0,3})"

// "renewed by tacit renewal", "reconduite par tacite reconduction": how it
// was renewed, not an update to make. "La mission de 2017 avait proposé
// d'actualiser l'entente", "the 2019 mission had recommended renewing the
// MOU": an earlier plan the report recalls, not this mission's. (`pos` and
// `end`: where the plan's word starts and ends in `folded`.)
bool plan_already_told(std::string_view folded, std::size_t pos, std::size_t end) {
  // "Cette actualisation est maintenant chose faite", "the update has now
  // been completed": done.
  static const Pattern done_after(
      R"(^[^.;,]{0,100}?\b(?:est|sont|a ete|ont ete|is|are|has been|have been|was|were)\s+(?:(?:maintenant|desormais|enfin|now|finally)\s+)?(?:chose faite|faite|realisee|completee|achevee|terminee|done|completed|carried out|finalized|finalised)\b)");
  if (done_after.found_in(folded.substr(end, 160))) return true;
  static const Pattern manner(R"(\b(?:by|par)\s+(?:(?:a|an|un|une)\s+)?(?:tacit|automatic|tacite)\s+$)");
  const std::size_t near = pos > 30 ? pos - 30 : 0;
  if (manner.found_in(folded.substr(near, pos - near))) return true;
  static const Pattern proposed_before(
      R"(\b(?:mission|missions|visite|visit|rapport|report|precedente|previous|earlier|(?:19|20)\d\d)\b[^.;]{0,60}?\b(?:avait|avaient|had)(?: \w+)? (?:propose|recommande|suggere|demande|prevu|souhaite|proposed|recommended|suggested|called for|planned|asked)\s+(?:de |d'|to |that |for )?(?:(?:la|le|l'|une?|the|an?)\s*)?$)");
  const std::size_t back = pos > 80 ? pos - 80 : 0;
  return proposed_before.found_in(folded.substr(back, pos - back));
}

bool is_vague_determiner(std::string_view w) {
  return w == "des" || w == "d" || w == "plusieurs" || w == "nombreuses" || w == "nombreux" ||
         w == "certaines" || w == "several" || w == "many" || w == "various" || w == "some" || w == "other" ||
         w == "autres" || w == "diverses" || w == "multiples" || w == "numerous" || w == "quelques";
}

// "Aucune entente n'a été signée", "no agreement was": none is named.
bool is_negative_determiner(std::string_view w) {
  return w == "aucun" || w == "aucune" || w == "nul" || w == "nulle" || w == "no" || w == "none";
}

bool is_determiner(std::string_view w) {
  static constexpr std::array<std::string_view, 26> words = {
      "the", "this", "that",  "these", "those", "its",   "their",  "our",   "le",
      "la",  "les",  "l",     "ce",    "cet",   "cette", "ces",    "son",   "sa",
      "ses", "leur", "leurs", "notre", "nos",   "tout",  "toutes", "chaque"};
  return std::find(words.begin(), words.end(), w) != words.end();
}

struct Cue {
  std::size_t pos;
  std::size_t end;
  std::string relation;
  bool future = false;  // "devra être renouvelée", "should be renewed": a plan, even with a renewal's words
  std::string year;     // for a signing of another year ("signed_earlier"): that year
  bool history = false; // a signing or renewal of another year: counts only where no other cue does
  bool nominal = false; // "la signature de", "signing of": says what follows it, never what came before
  // "signée le 22 novembre", "signed on 22 November": a signing dated by its
  // day without another year, the mission's only if that day falls within it.
  bool dated_day = false;
};

// "n'a été signée", "pas eu de signature", "not signed", "sans la signature":
// the cue at [pos, end) says what did not happen. Not "n'a signé qu'une"
// (only one), "not only signed", "l'entente no 12" or "sans précédent".
bool negated_at(std::string_view folded, std::size_t pos, std::size_t end) {
  auto before = words_before(folded, pos, 3);
  if (before.empty()) return false;
  auto without = [](std::string_view w) { return w == "sans" || w == "without"; };
  auto article = [](std::string_view w) {
    return w == "la" || w == "le" || w == "les" || w == "l" || w == "un" || w == "une" || w == "the" ||
           w == "a" || w == "an";
  };
  if (without(before[0]) || (before.size() > 1 && article(before[0]) && without(before[1]))) return true;
  if (before[0] == "only" && before.size() > 1 && before[1] == "not") return false;
  // "no agreement on health was signed", "aucune entente en santé n'a":
  // the subject the cue tells of is none, a few words back in its clause.
  {
    static const Pattern none_subject(
        R"(\b(?:no|aucune?|nulle?|neither|none of the)\s+(?!\d)(?:[\w'-]+\s+){1,6}$)");
    const std::size_t from = pos > 80 ? pos - 80 : 0;
    if (none_subject.found_in(folded.substr(from, pos - from))) return true;
  }
  std::string_view after = folded.substr(end);
  while (!after.empty() && after.front() == ' ')
    after.remove_prefix(1);
  const bool restricts = after.starts_with("qu'") || after.starts_with("que ");
  for (std::size_t k = 0; k < before.size(); ++k) {
    std::string_view w = before[k];
    if ((w == "n" || w == "ne") && !restricts) return true;
    // "no 12" is a number ("numéro"), "no signing" a negation.
    const bool number_follows =
        k > 0 && !before[k - 1].empty() &&
        std::all_of(before[k - 1].begin(), before[k - 1].end(), [](char c) { return c >= '0' && c <= '9'; });
    if (w == "no" && !number_follows) return true;
    if (w == "pas" || w == "jamais" || w == "aucune" || w == "aucun" || w == "not" || w == "never")
      return true;
  }
  return false;
}

// Adverbs that reports put inside a verb ("a aussi été signée", "a été
// officiellement signée", "was also signed", "has now been renewed").
#define FR_ADVERB                                                                                            \
  "(?: "                                                                                                     \
  "(?:aussi|egalement|enfin|finalement|officiellement|formellement|deja|ensuite|alors|donc|solennellement|"  \
  "conjointement|bien|effectivement|recemment|dument|notamment|ainsi|hier|aujourd'hui))?"
#define EN_ADVERB                                                                                            \
  "(?: "                                                                                                     \
  "(?:also|now|finally|formally|officially|jointly|recently|successfully|then|already|just|duly|"            \
  "subsequently|eventually|thus|today|yesterday))?"

// `first_year`..`last_year`: the years of the mission (a mission across the
// new year has two); a signing of another year is history.
std::vector<Cue> find_cues(const std::string& folded, const std::string& first_year,
                           const std::string& last_year) {
  const std::string& mission_year = first_year;
  auto other_year = [&](std::string_view y) {
    if (first_year.empty()) return false;
    return y < std::string_view(first_year) ||
           y > std::string_view(last_year.empty() ? first_year : last_year);
  };
  auto other_year_after = [&](std::string_view y) {
    return !first_year.empty() && y > std::string_view(last_year.empty() ? first_year : last_year);
  };
  static const Pattern renewed(
      R"(\b(?:a|ont|avons|ai))" FR_ADVERB R"( ete)" FR_ADVERB
      R"( (?:renouvelee?s?|reconduite?s?|prolongee?s?)\b|\b(?:a|ont|avons|avez))" FR_ADVERB
      R"( (?:renouvele|reconduit|prolonge)\b|\bprocede (?:au renouvellement|a la reconduction|a la prolongation)\b|\b(?:a|ont|avons|ai) (?:participe|assiste|pris part|preside) (?:au renouvellement|a la reconduction|a la prolongation)\b|\b(?:took part in|attended|participated in|witnessed|presided over) the (?:renewal|extension)\b|\b(?:was|were))" EN_ADVERB
      R"( (?:renewed|extended)\b|\b(?:has|have))" EN_ADVERB R"( been)" EN_ADVERB
      R"( (?:renewed|extended)\b|\brenewed (?:the|an|a|its|their|our)\b|\bsignature du renouvellement\b|\bsigning of the renewal\b|\bsigned the (?:renewed|renewal of the)\b|\b(?:was|were|has been|have been) (?:updated and )?(?:signed again|re-signed|resigned)\b|\b(?:a|ont) ete (?:mise?s? a jour et )?(?:signee?s? a nouveau|re-?signee?s?)\b|\b(?:a|ont|avons|avez) signe(?:,? le \d{1,2}(?:er)? [a-z]+(?: (?:19|20)\d\d)?,?)?(?:,? (?:avec|a|au|aux|en|with|in|at) (?:(?!\b(?:et|puis|un|une|qui|que|dont)\b)[^.;:]){1,80}?,?)? (?:le renouvellement|un renouvellement|la version renouvelee|la reconduction|la prolongation|une prolongation)\b|\bsigned(?:,? (?:with|in|at) (?:(?!\b(?:and|then|an?|which|that|providing|including)\b)[^.;:]){1,80}?,?)? (?:an|the) (?:extension|renewal|prolongation) (?:of|to)\b|\brenouvelee?s? (?:lors|durant|pendant|au cours)\b|\b(?:a|ont|avons) signe un avenant (?:(?:qui|pour) (?:renouvelle|renouveler|prolonge|prolonger|reconduit|reconduire)|prolongeant|renouvelant|reconduisant)\b(?! (?:la |le |l'|les )?(?:portee|champ|domaine|application|liste)\b)|\bsigned an amendment (?:(?:that|which|to) (?:renews?|extends?)|extending|renewing)\b(?! (?:the |its )?(?:scope|coverage|reach|application|list)\b))"
      // "de prolonger jusqu'en 2024 le protocole" after "a permis :"; "the
      // Minister extended by five years the Memorandum".
      R"(|^\W*(?:de|d') (?:renouveler|prolonger|reconduire)(?=,? (?:le \d|jusqu))|\bpar (?:un |l')?echange de lettres,? (?:de|d') (?:renouveler|prolonger|reconduire)\b|\b(?:by|through) (?:an )?exchange of letters,? to (?:renew|extend)\b|\b(?:a|ont)(?: \w+)? permis (?:de|d') (?:renouveler|prolonger|reconduire)\b|\b(?:extended|renewed) (?:by|for) (?:\w+ ){1,2}(?:the|its|their|our) (?:[\w-]+ ){0,3}?(?:mou|memorandum|agreement|accord|entente|protocol|arrangement|declaration|plan|programme|program)\b|\bextended (?:the|its|their|our) (?:[\w-]+ ){0,3}?(?:mou|memorandum|agreement|accord|entente|protocol|arrangement|declaration|plan|programme|program)\b)");
  static const Pattern plans(
      R"(\b(?:actualiser|actualisation|(?:amend|amending|amender|modifier) (?=(?:the |its |their |this |that |l'|le |la |les |cette |ce |cet )?(?:(?!(?:of|de|du|des|d'|for|pour|to|a|au|aux|in|dans|under|sous)\b)[\w'-]+ ){0,4}?(?:agreements?|mous?|memorand\w*|arrangements?|declarations?|protocols?|work programmes?|work programs?|work plans?|action plans?|letters?|accords?|ententes?|protocoles?|conventions?|lettres?|(?:programmes?|plans?) (?:de travail|d'action|de cooperation))\b)|denoncer|denonciation|renouveler|renouvellement|renegocier|renegociation|renegotiate|renegotiating|renegotiation|(?:reconduire|prolonger) (?:l'|le |la |les |cette |ce |cet )(?=(?:[\w'-]+ ){0,3}?(?:entente|ententes|protocole|protocoles|accord|accords|declaration|arrangement|programme|plan|lettre|convention)\b)|mettre a jour|mise a jour|mises a jour|reviser|revision|revoir|reexaminer|moderniser|modernisation|update|updating|renew|renewal|renewing|revise|revising|review|reviewing|revisit (?=(?:the|this|that|its|their) (?:[\w-]+ ){0,4}?(?:agreement|mou|memorandum|accord|arrangement|declaration|statement|plan|programme|program)\b)|re-examine|reexamine|modernize|modernise|revised draft of|projet revise (?:de|du|d')|(?:version|texte) revisee? (?:de|du|d')(?=[^.;]{0,120}?\b(?:sera|seront|devra|devront|est en cours|en cours de|en negociation|a venir)\b)(?![^.;]{0,120}?\b(?:signee?s?|adoptee?s?)\b)|revised (?:text|version) of(?=[^.;]{0,120}?\b(?:will|is under|are under|to be|being)\b)(?![^.;]{0,120}?\b(?:signed|adopted)\b))\b)");
  // ("vous avez signé": a note to the minister tells of what they did.)
  static const Pattern produced(
      R"(\b(?:a|ont|avons|ai|avez))" FR_ADVERB
      R"( (?:signe|conclu(?! (?:les|des|leurs|ses|nos|avec succes les) negociations)|paraphe)\b|\b(?:a|ont))" FR_ADVERB
      R"( ete)" FR_ADVERB
      R"( (?:signee?s?|conclue?s?|paraphee?s?|adoptee?s?|approuvee?s?)\b|\b(?:a|ont|avons))" FR_ADVERB
      R"( (?:adopte|approuve)\b|\bsignatures? (?:de|du|des|d')|\bsignatures? (?:a|au|aux) (?!venir|echoue|ete\b|eu\b|lieu|printemps|automne|hiver|l'automne|l'hiver|l'ete|la fin|une date|une prochaine|plus tard|nouveau|reporte|annule|court|moyen|long|terme|ce moment|cette date|l'issue)[^;.:]{1,80}?\bd(?:'|e |u |es )|\bprocede a la signature\b|\b(?:was|were))" EN_ADVERB
      R"( (?:signed|concluded|adopted|approved)\b|\b(?:has|have))" EN_ADVERB R"( been)" EN_ADVERB
      R"( (?:signed|concluded|adopted|approved)\b|\b(?:signed|adopted|approved)(?: (?:in|at) (?!)" ENTENTE_MONTH_NAME
      R"(\b|\d)(?:[\w'-]+ ){0,2}(?!)" ENTENTE_MONTH_NAME
      R"(\b)[\w'-]+)? (?:a|an|the|two|three|four|several|\d|amendments?)\b|\bsigning (?:of|a|an|the)\b|\bconclue?s? (?:lors|durant|pendant|au cours)\b|\bsignee?s? (?:lors|durant|pendant|au cours|a cette occasion|a l'occasion)\b|\bsigned (?:during|at|on the occasion)\b|\bofficialis|\b(?:signee?s?|conclue?s?|adoptee?s?) le (?:\d{1,2}(?:er)? [a-z]+(?: (?:19|20)\d\d)?|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\b|\b(?:signed|concluded|adopted) on (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?(?: of)? [a-z]+|[a-z]+ \d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d-\d\d-\d\d)(?:,? (?:19|20)\d\d)?\b)"
      // "Signed in Albany, April 14, 2026", "signé à Qingdao le 22 novembre":
      // the place of the signing, then its day.
      R"(|\bsigned (?:in|at) (?!)" ENTENTE_MONTH_NAME
      R"(\b)(?:[\w'-]+ ){0,2}[\w'-]+,? (?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? )" ENTENTE_MONTH_NAME
      R"((?:,? (?:19|20)\d\d)?\b)"
      R"(|\bsigned (?:in|at) (?!)" ENTENTE_MONTH_NAME
      R"(\b)(?:[\w'-]+ ){0,2}[\w'-]+,? (?:on )?)" ENTENTE_MONTH_NAME
      R"( \d{1,2}(?:st|nd|rd|th)?(?:,? (?:19|20)\d\d)?\b)"
      R"(|\bsignee?s? (?:a|au|en) (?!)" ENTENTE_MONTH_NAME
      R"(\b)(?:[\w'-]+ ){0,2}[\w'-]+,? le (?:\d{1,2}(?:er)? )" ENTENTE_MONTH_NAME
      R"((?: (?:19|20)\d\d)?|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\b)"
      // "La mission a permis : - de signer, le 7 mai, l'Entente": an item
      // that goes on from "permis"; "Signature, le 11 mars à Suwon, du protocole",
      // "Signature, au ministère de l'Enseignement technique, de l'Entente".
      R"(|^\W*(?:de|d') (?:signer|conclure|parapher)(?=,? le \d)|\b(?:a|ont)(?: \w+)? permis (?:de|d') (?:signer|conclure)\b|\bsignatures?, (?:(?:le|on|au|a la|aux|at|dans) |a l')[^;:.]{3,100}?, (?:du|de la|de l'|des|d'|of)\b)"
      // "inked an MOU", "executed in Kobe a Memorandum", "entered into a
      // Memorandum": other verbs of signing, before an instrument's name.
      R"(|\b(?:inked|entered into|executed)(?: (?:in|at|on) [^,;.]{2,40}?)? (?:a|an|the|two|three|several)(?= (?:[\w'-]+ ){0,4}?(?:mous?|memorand\w*|agreements?|accords?|declarations?|statements?|letters?|protocols?|arrangements?)\b)|\bsigned with [^.;]{2,100}? (?:a|an|the|two|three|several)(?= (?:[\w'-]+ ){0,4}?(?:mous?|memorand\w*|agreements?|accords?|declarations?|statements?|letters?|protocols?|arrangements?|work plans?|programmes?)\b)|\b(?:was|were) (?:inked|executed|entered into)\b|\b(?:made it possible|allowed|enabled (?:us|quebec|the parties)) to (?:sign|conclude)\b|\b(?:was|were) able to (?:sign|conclude)\b|\bmanaged to (?:sign|conclude)\b)");
  // An update planned in the passive or the future, after the agreement it
  // names ("L'entente de 2008 devra être renouvelée", "should be renewed").
  static const Pattern planned(
      R"(\b(?:(?:(?:devra|devront|doit|doivent|devrait|devraient|devait|devaient|pourra|pourront|pourrait|pourraient|faudrait|merite|meriterait|gagnerait a|gagneraient a|reste a|restent a)(?: \w+)?|appelee?s? a) etre|sera|seront|serait|seraient)(?: \w+)? (?:renouvelee?s?|actualisee?s?|mise?s? a jour|revisee?s?|revue?s?|renegociee?s?|modernisee?s?|reconduite?s?|(?:prolongee?s?|prorogee?s?)|remplacee?s?|denoncee?s?|modifiee?s?|amendee?s?)\b|\b(?:(?:should|must|will|would|could|may|might|shall|needs? to|ought to|has to|have to|is to|are to)(?: \w+)?|(?:expected|due|scheduled|likely|set|planned|slated|going) to) be(?: \w+)? (?:renewed|updated|revised|reviewed|revisited|refreshed|renegotiated|modernized|modernised|extended|replaced|superseded|amended)\b|\bneeds? (?:updating|renewing|renewal|revising|revision|review|amending)\b|\b(?:recommended|recommends?|proposed|suggested|agreed) that\b[^.;]{0,120}?\bbe (?:renewed|updated|revised|reviewed|modernized|modernised|extended|amended)\b|\b(?:asked|requested|requests?) that (?:the |its |their |this |our )?(?:[\w'-]+ ){0,5}?(?:agreement|mou|memorandum|arrangement|declaration|protocol|programme|program|plan)\b[^.;]{0,60}?\bbe (?:renewed|updated|revised|reviewed|modernized|modernised|extended|amended)\b|\bdue for (?:renewal|revision|review|an update|update)\b)");
  // "signée le 12 mai 2008", "signed on November 2, 2008", "signée en
  // 2008": a date, not "signé le plan de travail 2020-2022".
  static const Pattern dated(
      R"(^.{0,60}?\b(?:en|in|le|on|du|au cours de l'annee|dans l'annee)\s+(?:(?:\d{1,2}(?:er|st|nd|rd|th)?|premier)\s+(?:de\s+|of\s+)?)?(?:)" ENTENTE_MONTH_NAME
      R"(\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?(?:\d{1,2}[/.]\d{1,2}[/.])?((?:19|20)\d\d)\b)");
  // "In September 2017, Québec and China signed", "Le 17 octobre 2008, ...":
  // a sentence that opens on a date.
  static const Pattern opening_date(
      R"(^\W*(?:(?:en|in|le|on|au|du|depuis|since|des|at the end of|a la fin de|fin|debut|early|late|mid)\W+)?(?:\d{1,2}(?:er|st|nd|rd|th)?\W+)?(?:)" ENTENTE_MONTH_NAME
      R"(\W+)?(?:\d{1,2}(?:er|st|nd|rd|th)?\W+)?(?:de\W+|of\W+)?((?:19|20)\d\d)\b[^;]*$)");
  // "signed a Memorandum of Understanding on friendship and cooperation in
  // 2011": a long name puts its year further than `dated` looks; an earlier
  // year there, in the same clause, is still the signing's.
  static const Pattern dated_far(
      R"(^(?:(?!\b(?:qui|que|which|who|where|when|lorsque|dont|whose|while|alors|mais|but|to|pour|afin|visant|aiming|launched|lancee?s?|created|creee?s?|established|etablie?s?|started|begun|since|depuis)\b)[^.;]){0,110}?\b(?:en|in)\s+((?:19|20)\d\d)\b)");
  std::vector<Cue> cues;
  // A regex engine tries every alternative at every position, which made these
  // scans the largest cost of parsing. Each pattern needs one of its stems
  // somewhere in the text, so a substring test skips the regex exactly when it
  // cannot match.
  auto any_of_stems = [&](std::initializer_list<std::string_view> stems) {
    return std::any_of(stems.begin(), stems.end(),
                       [&](std::string_view s) { return folded.find(s) != std::string::npos; });
  };
  auto scan = [&](const Pattern& re, const char* relation, std::initializer_list<std::string_view> stems) {
    if (!any_of_stems(stems)) return;
    const bool done = std::string_view(relation) == "produced" || std::string_view(relation) == "renewed";
    for (const auto& m : re.all(folded)) {
      const std::size_t pos = m.position(), end = m.end();
      // "no decision was taken on its revision", "il n'est pas prévu de
      // renouveler", "aucune révision", "caduc faute de renouvellement": no
      // update is planned.
      // "will not be renewed", "ne sera pas renouvelée", "n'a pas à être
      // révisée": no update is planned.
      if (&re == &planned) {
        static const Pattern negation(R"(\b(?:not(?! only)|pas|jamais|never|plus|no longer)\b)");
        const auto lead = words_before(folded, pos, 2);
        // ("will not be renewed but replaced by a broader agreement": updated
        // all the same.)
        static const Pattern but_replaced(
            R"(^\s*,?\s*(?:but|mais)\s+(?:(?:will|sera|seront)\s+(?:be\s+|etre\s+)?)?(?:replaced|remplacee?s?|revised|revisee?s?|renegotiated|renegociee?s?|updated|actualisee?s?|superseded)\b)");
        if ((negation.found_in(m.view()) ||
             std::any_of(lead.begin(), lead.end(),
                         [](std::string_view w) { return w == "n" || w == "ne"; })) &&
            !but_replaced.found_in(std::string_view(folded).substr(end)))
          continue;
      }
      if (&re == &plans) {
        if (plan_already_told(folded, pos, end)) continue;
        // "L'actualisation de l'entente de 2011 ... relève d'une autre
        // démarche et n'a pas été abordée": not taken up by this mission.
        {
          static const Pattern not_taken_up(
              R"(\b(?:n'a pas ete|n'ont pas ete|n'est pas|ne sont pas|n'etait pas|was not|were not|is not|are not|has not been|have not been)(?: \w+)? (?:abordee?s?|discutee?s?|evoquee?s?|prevue?s?|envisagee?s?|a l'ordre du jour|discussed|raised|addressed|planned|on the agenda|considered|taken up)\b)");
          const std::size_t stop = folded.find_first_of(".;", end);
          if (not_taken_up.found_in(std::string_view(folded).substr(
                  end, stop == std::string::npos ? std::string::npos : stop - end)))
            continue;
        }
        // "Faire connaître aux cégeps le renouvellement de l'entente",
        // "Inform partners of the renewal": news of an update, not one to do.
        {
          static const Pattern news_of(
              R"(\b(?:faire connaitre|informer|annoncer|publiciser|diffuser|communiquer|souligner|celebrer|feliciter|inform|announce|publicize|publicise|promote|celebrate|communicate)\b[^.;]{0,60}$)");
          static const Pattern the_noun(
              R"(^(?:renouvellement|actualisation|renewal|update|revision|mise a jour))");
          const std::size_t back = pos > 60 ? pos - 60 : 0;
          if (the_noun.found_in(m.view()) &&
              news_of.found_in(std::string_view(folded).substr(back, pos - back)))
            continue;
        }
        auto lead = words_before(folded, pos, 6);
        if (std::any_of(lead.begin(), lead.end(), [](std::string_view w) {
              return w == "no" || w == "not" || w == "pas" || w == "aucune" || w == "aucun" ||
                     w == "jamais" || w == "never" || w == "sans" || w == "without" || w == "faute" ||
                     w == "lack" || w == "absence";
            }))
          continue;
        // "Le protocole prévoit un mécanisme de révision annuelle des
        // projets", "a review clause": what the agreement provides for.
        {
          static const Pattern provision_before(
              R"(\b(?:mecanismes?|clauses?|processus|mechanisms?|process|procedures?|comites?|committees?)(?: \w+)? (?:de |d'|du |of )?$)");
          static const Pattern provision_after(
              R"(^\s*(?:annuelle|annuel|periodique|annual|periodic|mechanism|clause|process|des projets|of (?:the )?projects)\b)");
          const std::size_t back = pos > 40 ? pos - 40 : 0;
          if (provision_before.found_in(std::string_view(folded).substr(back, pos - back)) ||
              provision_after.found_in(std::string_view(folded).substr(end)))
            continue;
        }
        // "La mission a permis de conclure la révision du protocole",
        // "completed the revision of the MOU": done, not planned.
        static const Pattern completed(
            R"((?:\b(?:a|ont|avons|ai)(?: (?:enfin|finalement|aussi|egalement|deja|notamment))? (?:permis de |pu )?(?:conclure|finaliser|achever|mener a (?:terme|bien))|\b(?:a|ont|avons|ai)(?: (?:enfin|finalement|aussi|egalement|deja|notamment))? (?:conclu|finalise|acheve|complete|mene a (?:terme|bien))|\b(?:has |have |had )?(?:completed|concluded|finalized|finalised|finished))\s+(?:(?:la|le|les|the|its|their|a|an)\s+|l')?$)");
        const std::size_t from = pos > 60 ? pos - 60 : 0;
        if (completed.found_in(std::string_view(folded).substr(from, pos - from))) {
          const std::string_view w = m.view();
          if (w.starts_with("renouvel") || w.starts_with("renew"))
            cues.push_back({pos, end, "renewed", false, "", false});
          else if (!w.starts_with("revoir") && !w.starts_with("review"))
            cues.push_back({pos, end, "revised", false, "", false});
          continue;
        }
      }
      // "a participé au renouvellement de l'entente ..., qui sera signé en
      // 2019", "took part in the renewal negotiations": a renewal to come.
      if (&re == &renewed) {
        static const Pattern took_part(
            R"(^(?:a|ont|avons|ai) (?:participe|assiste|pris part|preside)|^(?:took part|attended|participated|witnessed|presided))");
        static const Pattern still_to_come(
            R"(^\s*(?:negotiations?|talks|discussions?|process|negociations?)\b|\b(?:sera|seront|devra|devront|will be|is to be|are to be|to be signed|prochainement|a venir)\b)");
        if (took_part.found_in(m.view())) {
          const std::size_t stop = folded.find_first_of(".;", end);
          if (still_to_come.found_in(std::string_view(folded).substr(
                  end, stop == std::string::npos ? std::string::npos : stop - end))) {
            cues.push_back({pos, end, "plans_update", true, "", false});
            continue;
          }
        }
      }
      // "Les deux parties pourraient convenir, par un échange de lettres, de
      // reconduire l'entente": a renewal to come.
      if (&re == &renewed && (m.view().find("echange de lettres") != std::string_view::npos ||
                              m.view().find("exchange of letters") != std::string_view::npos)) {
        static const Pattern modal(
            R"(\b(?:pourrai\w*|pourra|pourront|devrai\w*|devra|devront|souhait\w*|envisag\w*|intend\w*|will|would|could|may|might|plans? to|planned to|expects? to|wish\w*)\b[^.;]{0,40}$)");
        const std::size_t back = pos > 60 ? pos - 60 : 0;
        if (modal.found_in(std::string_view(folded).substr(back, pos - back))) {
          cues.push_back({pos, end, "plans_update", true, "", false});
          continue;
        }
      }
      if (done) {
        // "Aucune entente n'a été signée": nothing was.
        if (negated_at(folded, pos, end)) continue;
        // "with a view to signing a new arrangement in 2024", "looking
        // forward to signing": a signing to come, whose year is not the
        // signing of what the sentence names.
        if (m.view().starts_with("signing") || m.view().starts_with("concluding")) {
          // (Not "In addition to signing", "Prior to signing": done.)
          auto lead = words_before(folded, pos, 2);
          if (lead.size() == 2 && lead[0] == "to" &&
              (lead[1] == "view" || lead[1] == "forward" || lead[1] == "committed" || lead[1] == "commit" ||
               lead[1] == "commits" || lead[1] == "close" || lead[1] == "closer"))
            continue;
        }
        // "signée en 2008": a signature from another year is history, not this
        // mission; "prolongée jusqu'en 2025" gives the new end, not a signature.
        // Such a signing still says which agreement it was and when.
        static const Pattern year_in(R"(\b((?:19|20)\d\d)\b)");
        const bool signing = std::string_view(relation) == "produced";
        auto earlier = [&](std::string_view year) {
          cues.push_back({pos, end, signing ? "signed_earlier" : "references", false,
                          signing ? std::string(year) : std::string(), true});
        };
        const auto own_year = year_in.search(m.view());
        if (own_year && (mission_year.empty() ? true : other_year(own_year->view(1)))) {
          earlier(own_year->view(1));
          continue;
        }
        // ("signed on 14 May 2025 in Québec City in 2026": the cue dates
        // itself; a later year is when something else happens.)
        auto date = own_year ? std::nullopt : dated.search(std::string_view(folded).substr(end, 60));
        if (date && (mission_year.empty() || other_year(date->view(1))) &&
            date->view().find("jusqu") == std::string_view::npos) {
          earlier(date->view(1));
          continue;
        }
        // (Not for a renewal: "renewed the MOU ..., first signed in 2012" is
        // this mission's renewal of an agreement of 2012.)
        if (auto far = signing ? dated_far.search(std::string_view(folded).substr(end, 140)) : std::nullopt;
            far && !mission_year.empty() && far->view(1) < std::string_view(mission_year)) {
          earlier(far->view(1));
          continue;
        }
      }
      if (std::string_view(relation) == "produced") {
        // "Quinze ans après la signature de l'Entente", "since the signing
        // of": a signing long past.
        if (m.view().starts_with("signature") || m.view().starts_with("signing")) {
          // ("Après la signature de l'entente, la délégation a visité le
          // port" is this mission's: "après" needs a span of time before it.)
          auto lead = words_before(folded, pos, 4);
          auto has = [&](std::initializer_list<std::string_view> words) {
            return std::any_of(lead.begin(), lead.end(), [&](std::string_view w) {
              return std::find(words.begin(), words.end(), w) != words.end();
            });
          };
          if (has({"depuis", "since", "anniversaire", "anniversary"}) ||
              (has({"apres", "after"}) &&
               has({"ans", "annees", "years", "mois", "months", "decennies", "decades", "jours", "days"}))) {
            cues.push_back({pos, end, "signed_earlier", false, "", true});
            continue;
          }
        }
        // "In September 2017, Québec and China signed", "Le 17 octobre 2008,
        // ...": history, when the sentence opens on a date of another year.
        std::string_view lead = std::string_view(folded).substr(0, pos);
        if (auto d = opening_date.search(lead); d && other_year(d->view(1))) {
          cues.push_back({pos, end, "signed_earlier", false, std::string(d->view(1)), true});
          continue;
        }
        // "afin qu'il puisse être signé lors d'une prochaine visite", "to be
        // signed": a signing to come.
        auto before = words_before(folded, pos, 2);
        if (std::any_of(before.begin(), before.end(), [](std::string_view w) {
              return w == "etre" || w == "be" || w == "puisse" || w == "sera" || w == "seront" ||
                     w == "serait" || w == "seraient";
            }))
          continue;
        // "a proposé qu'une déclaration conjointe ... soit signée lors de sa
        // visite": wished for. (Not "soit celle signée en 2011": "namely".)
        if (!before.empty() && (before[0] == "soit" || before[0] == "soient")) continue;
        // Only words that date the signing itself: "lors d'une prochaine
        // visite", "at a later date", not "pour les prochaines années".
        static const Pattern to_come(
            R"(^\W*(?:(?:(?:lors|au cours|a l'occasion) )?d'une (?:\w+ )?(?:prochaine|future|ulterieure)|(?:a|at|during|on) (?:a|the|an) (?:\w+ )?(?:next|future|later|upcoming|subsequent)|(?:a une date ulterieure|ulterieurement|plus tard|later|at a later date|prochainement))\b)");
        if (to_come.found_in(std::string_view(folded).substr(end, 60))) continue;
        // "En négociation — signature visée automne 2024" in a table's
        // status, "signing expected in the fall": a signing aimed at.
        static const Pattern aimed_at(
            R"(^\W*(?:visee?s?|prevue?s?|envisagee?s?|planifiee?s?|programmee?s?|attendue?s?|souhaitee?s?|a venir|planned|expected|scheduled|targeted|foreseen|envisaged|pending)\b)");
        if ((m.view().starts_with("signature") || m.view().starts_with("signing")) &&
            aimed_at.found_in(std::string_view(folded).substr(end, 40)))
          continue;
      }
      const std::string_view text = m.view();
      // ("signé à Qingdao le 2 mai", "signed in Albany, April 14": with its
      // place first.)
      static const Pattern day(
          R"(^sign\w* (?:(?:in|at|a|au|en) [^,\d]{1,40}?,? )?(?:le |on )?(?:the )?\d|^sign\w* (?:in|at) [^,\d]{1,40}?,? (?:on )?[a-z]+ \d)");
      cues.push_back(
          {pos, end, relation, &re == &planned, "", false,
           text.starts_with("signature") || text.starts_with("signing") || text.starts_with("procede"),
           &re == &produced && day.found_in(text)});
    }
  };
  scan(renewed, "renewed",
       {"renouvel", "reconduit", "reconduc", "prolong", "renew", "extend", "again", "re-sign", "resign",
        "nouveau", "extension", "reconduire", "reconduisant", "exchange of letters"});
  // "ont convenu de reconduire pour cinq ans (2025-2030) l'entente", "agreed
  // to extend the MOU until 2030": agreed with the years of a term that ends
  // after the mission, done. Not with a length alone ("pour trois ans": an
  // earlier trial's plan), a term that has run ("(2018-2023)", "en vigueur
  // depuis"), or under a condition or for later ("si", "lorsque", "sous
  // réserve", "d'ici", "pending", "lors de la prochaine visite").
  static const Pattern agreed_renewal(
      R"(\b(?:convenu|agreed) (?:de |d'|to )(?:renouveler|prolonger|reconduire|renew|extend)\b)");
  if (any_of_stems({"convenu", "agreed"}) && !mission_year.empty()) {
    static const Pattern condition(
        R"(\b(?:si|s'il|s'ils|lorsque|lorsqu|quand|des que|une fois|sous reserve|pourvu|a condition|d'ici|if|when|once|pending|subject to|provided|unless|upon|prochaine?s?(?! (?:\w+ )?(?:annees|ans)\b)|ulterieure?s?|futur|future|next(?! (?:\w+ )?years\b)|later|upcoming)\b)");
    // The agreement is what is renewed, its term told before or after it:
    // not "prolonger les discussions sur l'Entente", "extend the
    // consultation period on the MOU".
    static const Pattern renews_agreement(
        R"(^\s*(?:(?:pour|for|by) (?:une (?:nouvelle )?periode de |a (?:further|new) (?:period|term) of )?(?:\w+ )?(?:ans|annees|years)\s*,?\s*)?(?:\(?(?:19|20)\d\d ?- ?(?:19|20)\d\d\)?\s*,?\s*)?(?:(?:jusqu'(?:en|au|a)|until) [^,;.]{0,20}?(?:19|20)\d\d\s*,?\s*)?(?:l'|le |la |les |cette |cet |ce |the |its |their |our |this )(?!(?:discussions?|consultations?|negociations?|pourparlers|talks|dialogue|periode|period|delai|mandat|mandate|travaux|reflexion|echanges)\b)(?:[\w'-]+ ){0,4}?(?:entente|ententes|accord|accords|protocole|protocoles|mou|memorandum|agreement|agreements|programme|program|plan|declaration|convention|arrangement)\b)");
    // ("l'Entente ..., valide jusqu'en 2026", "en vigueur depuis 2018-2023":
    // the term it has, not the new one.)
    static const Pattern current_term(
        R"(\b(?:valide|valides|valable|valables|vigueur|valid|effect|force|runs|court|courant)\b[^,;]{0,12}$)");
    static const Pattern new_term(
        R"((?<!depuis )(?<!since )(?:\bjusqu'(?:en|au|a) [^.;]{0,20}?\b((?:19|20)\d\d)\b|\buntil [^.;]{0,20}?\b((?:19|20)\d\d)\b|\b(?:19|20)\d\d ?- ?((?:19|20)\d\d)\b))");
    bool done = false;
    for (const auto& m : agreed_renewal.all(folded)) {
      if (condition.found_in(folded)) break;
      const std::string_view rest = std::string_view(folded).substr(m.end(), 150);
      const std::string_view clause = rest.substr(0, rest.find_first_of(".;"));
      if (!renews_agreement.found_in(clause)) continue;
      if (auto t = new_term.search(clause)) {
        const std::string_view end_year = t->matched(1)   ? t->view(1)
                                          : t->matched(2) ? t->view(2)
                                                          : t->view(3);
        const std::string_view before_term = clause.substr(0, static_cast<std::size_t>(t->position()));
        if (end_year > std::string_view(mission_year) && !current_term.found_in(before_term) &&
            before_term.find("vigueur") == std::string_view::npos)
          done = true;
      }
    }
    if (done) scan(agreed_renewal, "renewed", {"convenu", "agreed"});
  }
  scan(produced, "produced",
       {"sign", "conclu", "paraphe", "officialis", "adopt", "approuv", "approved", "inked", "executed",
        "entered into"});
  // "Les parties ont confirmé la coopération ... au moyen d'un échange de
  // lettres", "formalized their partnership through an MOU": an act of the
  // parties whose means is the instrument makes it, as a signing does. Not
  // told of before ("avaient confirmé", "had confirmed") or in the passive.
  static const Pattern made_by_means(
      R"(\b(?:a|ont|avons))" FR_ADVERB
      R"( (?:confirme|formalise|scelle|enterine|concretise)\b[^.;]{0,100}?\b(?:au moyen d'|par )(?:un|une) (?=(?:[\w'-]+ ){0,3}?(?:echange de lettres|protocole|entente|accord|declaration|arrangement|memorandum)\b))"
      R"(|\b(?<!had )(?<!was )(?<!were )(?<!been )(?<!be )(?:confirmed|formalized|formalised|sealed)\b[^.;]{0,100}?\b(?:through|by|by means of|by way of) (?:an|a) (?=(?:[\w'-]+ ){0,3}?(?:exchange of letters|mou|memorandum|agreement|declaration|protocol|arrangement)\b))");
  // (Dated another year, "daté du 01/03/2019" in a report of 2024, it was
  // made then.)
  if (any_of_stems({"confirm", "formalis", "scell", "sealed", "enterin", "concretis"})) {
    static const Pattern dated_then(
        R"(^[^.;]{0,200}?\b(?:datee?s?|dated)\s+(?:du|of|le|on|from)?\s*(?:\d{1,2}(?:er|st|nd|rd|th)?[\s/.-]+(?:[a-z]+|\d{1,2})[\s/.-]+|[a-z]+\s+\d{1,2},?\s+)?((?:19|20)\d\d)\b)");
    // (Nor the means of another's change: "confirmed, by an exchange of
    // letters, the extension of the 2016 MOU".)
    static const Pattern changes_another(
        R"(^[^.;]{0,200}?\b(?:extension|prolongation|renouvellement|reconduction|renewal|amendment|modification)\s+(?:de|du|des|d'|of)\b)");
    for (const auto& m : made_by_means.all(folded)) {
      if (negated_at(folded, m.position(), m.end()) ||
          changes_another.found_in(std::string_view(folded).substr(m.end())))
        continue;
      auto d = dated_then.search(std::string_view(folded).substr(m.end()));
      if (d && other_year(d->view(1)))
        cues.push_back({m.position(), m.end(), "signed_earlier", false, d->str(1), true});
      else
        cues.push_back({m.position(), m.end(), "produced", false, "", false});
    }
  }
  // ("Letters were exchanged on 15 May 2025": the act of the exchange.)
  // (Not the means of another's change: "Letters were exchanged ...
  // confirming the extension of the 2016 MOU".)
  static const Pattern exchanged(
      R"(\b(?:letters were exchanged|exchanged letters|lettres ont ete echangees)\b(?![^.;]{0,150}?\b(?:confirm\w*|renew\w*|extend\w*|extension|prolong\w*|renouvel\w*|reconduc\w*|amend\w*|modifi\w*)\b))");
  scan(exchanged, "produced", {"exchanged", "echangees"});
  scan(plans, "plans_update",
       {"actualis", "renouvel", "a jour", "revis", "revoir", "reexamin", "modern", "updat", "renew", "review",
        "examine", "reconduire", "prolonger", "renegoci", "renegotiat", "denonc", "amend", "modifier"});
  // "Le Québec et le Sénégal avaient signé en 2009 une entente": the
  // pluperfect tells of a signing before the mission.
  static const Pattern pluperfect(R"(\b(?:avait|avaient|avions))" FR_ADVERB
                                  R"( (?:signe|conclu|paraphe)\b|\b(?:avait|avaient))" FR_ADVERB
                                  R"( ete)" FR_ADVERB R"( (?:signee?s?|conclue?s?|paraphee?s?)\b)");
  if (any_of_stems({"avai", "avions"})) {
    for (const auto& m : pluperfect.all(folded)) {
      const std::size_t pos = m.position(), end = m.end();
      if (negated_at(folded, pos, end)) continue;
      std::string year;
      if (auto d = dated.search(std::string_view(folded).substr(end, 60)); d && !other_year_after(d->view(1)))
        year = d->str(1);
      else if (auto o = opening_date.search(std::string_view(folded).substr(0, pos));
               o && !other_year_after(o->view(1)))
        year = o->str(1);
      cues.push_back({pos, end, "signed_earlier", false, year, true});
    }
  }
  if (any_of_stems({"etre ", "sera", "should", "must", "will", "would", "shall", "need", "ought", "to be",
                    "due for", "recommend", "propos", "suggest", "agreed", "asked", "request"}))
    scan(planned, "plans_update",
         {"renouvel", "actualis", "a jour",   "revis",      "revue",    "modern",  "reconduit",
          "prolong",  "renew",    "updat",    "review",     "extended", "remplac", "replac",
          "supersed", "refresh",  "renegoci", "renegotiat", "denonc",   "amend",   "modifie"});
  // "The 2004 agreement between Québec and Bavaria will be terminated at the
  // end of 2020": to be acted on, when the agreement is what is to end (not
  // "The employment of two officers under the 2013 MOU ... will be
  // terminated").
  if (any_of_stems({"terminated", "denounced"})) {
    static const Pattern to_end(
        R"(^\W*(?:the|this|that|our|its)\s+(?:[\w'-]+\s+){0,5}?(?:agreement|mou|memorandum|arrangement|protocol|declaration|letters?)\b[^.;,]{0,80}?\b(?:will|shall|is to|should|must|would)(?: \w+)? be (terminated|denounced)\b)");
    if (auto m = to_end.search(folded)) {
      static const Pattern negation(R"(\b(?:not|never|no longer)\b)");
      if (!negation.found_in(m->view()))
        cues.push_back({m->position(1), m->end(1), "plans_update", true, "", false});
    }
  }
  // "Le protocole de 2012 est jugé désuet", "the 1999 agreement is outdated",
  // "n'est plus adaptée aux priorités": an agreement said to be out of date
  // needs updating, though no one says yet how. (Not "dépassé": goals are
  // exceeded; nor "caduc", which says it lapsed.)
  static const Pattern obsolete(
      R"(\b(?:desuete?s?|obsoletes?|outdated|out of date|out-of-date|(?:n'est|ne sont|n'etait|n'etaient) plus (?:adaptee?s?|pertinente?s?|a jour|d'actualite)|no longer (?:relevant|adapted|suited|fit for purpose|up to date|up-to-date|appropriate))\b)");
  if (any_of_stems({"desuet", "obsolet", "outdated", "out of date", "out-of-date", "plus adapt",
                    "plus pertinent", "plus a jour", "plus d'actualite", "no longer"})) {
    for (const auto& m : obsolete.all(folded)) {
      const auto lead = words_before(folded, m.position(), 3);
      if (std::any_of(lead.begin(), lead.end(), [](std::string_view w) {
            return w == "pas" || w == "not" || w == "never" || w == "jamais" || w == "nullement" ||
                   w == "aucunement" || w == "guere";
          }))
        continue;
      // Said of it ("est jugé désuet", "has become obsolete"), not a name
      // for one replaced ("replaced the outdated 2009 MOU").
      static const std::set<std::string_view> says_of{
          "est",     "sont",       "etait",     "etaient",     "jugee",      "juge",    "jugees",  "juges",
          "reputee", "consideree", "considere", "considerees", "consideres", "devenue", "devenu",  "devenues",
          "devenus", "semble",     "semblent",  "reste",       "restent",    "demeure", "is",      "are",
          "was",     "were",       "deemed",    "considered",  "found",      "become",  "became",  "seems",
          "seem",    "appears",    "remains",   "remain",      "now",        "largely", "somewhat"};
      if (!m.view().starts_with("n'") && !m.view().starts_with("ne ") && !m.view().starts_with("no ") &&
          std::none_of(lead.begin(), lead.end(), [](std::string_view w) { return says_of.count(w) > 0; }))
        continue;
      // Of the agreement, not of something it holds ("Les technologies visées
      // par l'entente ... sont désuètes", "The data in the 2017 agreement is
      // outdated"), nor granted against it ("remains relevant, although some
      // of its annexes are out of date").
      {
        const std::size_t back = m.position() > 160 ? m.position() - 160 : 0;
        const std::string_view window = std::string_view(folded).substr(back, m.position() - back);
        static const Pattern instrument(
            R"(\b(?:exchanges? of letters|echanges? de lettres|entente|accord|protocole|arrangement|declaration|programme|plan|agreement|mou|memorandum|letters|lettres)s?\b)");
        std::size_t last = std::string_view::npos;
        for (const auto& i : instrument.all(window))
          last = i.position();
        if (last != std::string_view::npos) {
          static const Pattern held_in(
              R"(\b(?:par|in|of|dans|de|du|des|under|by|from|to|a|au|aux)\s+(?:(?:the|l'|le|la|les|this|cette|ce|cet|its|their)\s*)?(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+)?$)");
          static const Pattern granted(
              R"(\b(?:although|though|bien que|meme si|but|mais|whereas|alors que|tandis que)\b)");
          const std::string_view before = window.substr(0, last);
          const std::string_view between = window.substr(last);
          if ((held_in.found_in(before) && !before.ends_with("protocole d'") &&
               !before.ends_with("memoire d'")) ||
              granted.found_in(between))
            continue;
        }
      }
      cues.push_back({m.position(), m.end(), "plans_update", true, "", false});
    }
  }
  // A renewal cue wins over the plain signature or update words it contains,
  // and a planned update over the renewal words it contains ("sera renouvelée
  // lors de la prochaine visite").
  auto overlap = [](const Cue& a, const Cue& b) { return &a != &b && a.pos < b.end && b.pos < a.end; };
  std::vector<Cue> out;
  for (const auto& c : cues) {
    bool inside = std::any_of(cues.begin(), cues.end(), [&](const Cue& o) {
      if (!overlap(c, o)) return false;
      if (c.relation == "renewed") return o.future;
      return o.relation == "renewed" && !c.future;
    });
    if (!inside) out.push_back(c);
  }
  return out;
}
#undef FR_ADVERB
#undef EN_ADVERB

// An agreement still to be made ("négocier une entente", "projet d'entente",
// "explore a potential MOU"): the words just before the term say so. In a
// recommendation, so does the verb that asks for it ("Conclure le protocole",
// "Sign an MOU"). "Après deux ans de négociation, l'entente a été signée" is
// not one.
bool prospective(std::string_view folded_before, bool prescriptive) {
  static const Pattern re(
      R"(\b(?:negocier|negociations?|eventuel|eventuelle|future?s?|projet d|projets? de|projets? du|projets? des|explorer|conclure|envisag\w*|possibilite|(?:a|an|un|une) possibles?|pourrai\w*|preparer|elaborer|rediger|negotiate|negotiating|negotiations?|potential|explore|exploring|prospective|draft|drafting|en vue de la (?:conclusion|signature|negociation) (?:d'|de la |du |des )|with a view to (?:the )?(?:conclusion|signing|signature|negotiation) of|en vue (?:de|du|des|d)|(?:with )?a view to|forward to (?:signing|concluding)|towards? (?:a|an)(?: new)?|(?:proposed|propose|proposes|a propose|ont propose|suggested|suggere|suggeree?s?)(?= (?:a|an|un|une|de|d'|la signature|the signing)\b)|(?:interest in|interested in|interet pour|interessee?s? par)(?= (?:a|an|un|une|de nouveaux?|new)\b)|(?:aimed|aims|aiming|sought|seeks|hoped|hopes|intends|intended|wishes|wished|wants|wanted) to (?:conclude|sign|negotiate|reach|finalize|finalise)|(?<!possible to )(?<!able to )(?<!managed to )(?<!enabled to )(?<!allowed to )conclude|to negotiate|(?:visait|vise|visant|souhaite|souhaitait|esperait|espere|entend|entendait) (?:a )?(?:conclure|signer|negocier))\b)");
  static const Pattern asked(
      R"(\b(?:conclure|signer|finaliser|etablir|creer|developper|mettre en place|mettre sur pied|organiser|conclude|sign|finalize|finalise|establish|create|develop|set up|enter into|organise|organize|prepare)\b)");
  static const Pattern done_after(R"(\b(?:apres|suite a|au terme d|after|following)\W+(?:\w+\W+){0,3}$)");
  // The words that govern the term: at most six, within its clause, past
  // an aside ("envisage, à moyen terme, une entente").
  std::string unaside;
  static const Pattern aside(
      R"(,[^,;:()]{1,30},(\s*(?:un|une|a|an|des|de nouveaux|new|nouvelle|nouvel|nouveau)\s*)$)");
  if (auto a = aside.search(folded_before)) {
    unaside = std::string(folded_before.substr(0, a->position())) + " " + a->str(1);
    folded_before = unaside;
  }
  std::string_view near = folded_before;
  if (auto cut = near.find_last_of(",;:()"); cut != std::string_view::npos) near.remove_prefix(cut + 1);
  // "Négocier d'ici décembre 2024 un programme", "negotiate within six
  // months an MOU": a deadline between the verb and the term is passed over.
  static const Pattern deadline(
      R"(\b(?:d'ici|avant|au plus tard|by|before|no later than|within)\s+(?:(?:la |le |les |l'|the )?(?:fin|end|debut|beginning|printemps|ete|automne|hiver|spring|summer|fall|autumn|winter|prochains?|prochaines?|next)\s+(?:de |d'|du |of )?)?(?:(?:(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d|(?:\w+\s+)?(?:mois|ans|annees|semaines|months|years|weeks))\b)");
  std::string undeadlined;
  if (auto d = deadline.search(near)) {
    undeadlined = std::string(near.substr(0, d->position())) + std::string(near.substr(d->end()));
    near = undeadlined;
  }
  // "Proposal to New South Wales for a new MOU": a proposal governs the
  // agreement it is for, however long the name of whom it is made to.
  static const Pattern proposal_for(
      R"(\b(?:proposals?|propositions?)\b(?:(?!\b(?:et|and|a|ont|has|have|signe|signed|est|is|was|fut)\b)[^.,;]){0,60}?\b(?:for|pour|of|d'|de)\W*(?:a |an |un |une |the |le |la |l')?(?:new |nouvel |nouvelle |nouveau )?$)");
  if (proposal_for.found_in(near)) return true;
  for (std::size_t i = near.size(), words = 0; i > 0; --i) {
    if (near[i - 1] == ' ' && ++words > 6) {
      near.remove_prefix(i);
      break;
    }
  }
  // Only a word that governs the term counts: "préparer un protocole", not
  // "préparer un bilan de l'entente" or "develop projects under the agreement".
  static const Pattern apart(
      R"(\b(?:de|du|des|d'|of|under|sous|dans|in|with|avec|sur|on|pour|for|au|aux|to)\b)");
  auto governs = [&](const Match& m) {
    // "projet d'entente", "négociations du protocole" hold their own "de".
    if (m.view().starts_with("projet") || m.view().starts_with("negociation") ||
        m.view().starts_with("negotiation"))
      return true;
    // "Préparer la signature du protocole": the signing stands between.
    std::string_view after = near.substr(m.end());
    static const Pattern signing_of(
        R"(^\W*(?:la |the )?(?:signature|signing)\W+(?:de la|de l'|du|des|d'|of the|of)\W*)");
    if (auto sig = signing_of.search(after)) after.remove_prefix(sig->end());
    return !apart.found_in(after);
  };
  if (prescriptive) {
    for (const auto& m : asked.all(near))
      if (governs(m)) return true;
  }
  for (const auto& m : re.all(near)) {
    // "la négociation d'une entente" is one to come; "Après deux ans de
    // négociation, l'entente" is not.
    if (m.view().starts_with("negociation") || m.view().starts_with("negotiation")) {
      static const Pattern of_one(R"(^\W*(?:d'|de |du |of |sur |on |en vue d)\W*(?:\w+\W+){0,2}$)");
      if (!done_after.found_in(near.substr(0, m.position())) && of_one.found_in(near.substr(m.end())))
        return true;
      continue;
    }
    if (governs(m)) return true;
  }
  // "The talks on a dairy genetics research agreement ... did not conclude",
  // "les discussions en vue d'une entente": talks about one not yet made
  // (an article that makes one: "the talks on the 2008 agreement" are about
  // one that exists).
  static const Pattern talks_on_one(
      R"(\b(?:talks|discussions?|pourparlers|echanges|exchanges|conversations?)\s+(?:on|about|for|towards?|regarding|concerning|sur|concernant|au sujet d'|en vue d'|pour)\s*(?:a|an|un|une|d'un|d'une|de nouveaux?|de nouvelles?|new|nouvelle|nouvel|nouveau)\s+(?:[\w'-]+\s+){0,4}$)");
  return talks_on_one.found_in(near);
}

// Where "avenant à", "amendment to", "protocole modificatif de" begins, when
// it governs the agreement whose words begin at `scope_begin`.
std::optional<std::size_t> amendment_before(std::string_view folded, std::size_t scope_begin) {
  static const Pattern re(
      R"(\b(?:avenants?|amendments?|protocoles? modificatifs?|modifications?)(?: (?:no|numero|number|n)\.? ?\d+)? (?:a|au|aux|de|du|des|to|of)(?: (?:l'|la|le|les|the|this|that|cette|cet|ce|notre|our|its|their))?\s*$)");
  auto m = re.search(folded.substr(0, scope_begin));
  if (!m) return std::nullopt;
  return m->position();
}

std::string lower_first(std::string_view text) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (u.isEmpty()) return "";
  UChar32 c = u.char32At(0);
  icu::UnicodeString first(c);
  first.toLower();
  u.replace(0, U16_LENGTH(c), first);
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string partner_name(const std::string& slug, const MentionContext& ctx) {
  if (const Partner* p = ctx.gazetteer.find(slug)) {
    if (ctx.language == "fr" && !p->name_fr.empty()) return p->name_fr;
    if (!p->name.empty()) return p->name;
  }
  std::string s = slug;
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

struct Part {
  std::size_t begin; // source offsets into the sentence
  std::size_t end;
};

// A word for the reporting government: "Québec", "québécois", "nous", "our".
const Pattern& home_word() {
  static const Pattern p(R"(\b(?:quebec\w*|nous|notre|nos|we|our|us)\b)");
  return p;
}

// The clause of the instrument `hit` opens on a foreign government as its
// subject ("Le Shandong a signé", "Le gouvernement flamand a rappelé",
// "Yantai has had", "Rappelons que la Californie a signé", "le Shandong et la
// Bavière sont liés", "La Bavière est liée à la province du Shandong") and
// names another foreign party as the other side, with no word for the
// reporting government in the clause: the two foreign parties' agreement.
// ("elles sont elles-mêmes liées par un accord", after a sentence that opens
// on two foreign governments, is theirs too.)
bool foreign_parties_own(const std::string& text, const FoldedText& f, const InstrumentHit& hit,
                         const std::vector<PartnerMention>& foreign) {
  const std::size_t hit_begin = f.source_offset(hit.begin), hit_end = f.source_offset(hit.end);
  // The clause: from the last colon, semicolon or "que" before the hit.
  static const Pattern clause_mark(R"([:;]|\bque\b|\bqu'|\bthat\b)");
  std::size_t clause = 0;
  for (const auto& m : clause_mark.all(std::string_view(f.text).substr(0, hit.begin)))
    clause = m.end();
  const std::size_t clause_src = f.source_offset(clause);
  static const Pattern sentence_end(R"([.;])");
  std::size_t clause_end = f.text.size();
  if (auto e = sentence_end.search(std::string_view(f.text).substr(hit.end)))
    clause_end = hit.end + e->position();
  // The reporting government named in the clause up to the first comma past
  // the instrument makes it a party; "…, ce qui fait d'elle, comme le Québec,
  // …" further on does not.
  static const Pattern clause_pause(R"([,.;])");
  std::size_t home_end = f.text.size();
  if (auto e = clause_pause.search(std::string_view(f.text).substr(hit.end)))
    home_end = hit.end + e->position();
  if (home_word().found_in(std::string_view(f.text).substr(clause, home_end - clause))) return false;

  static const Pattern subject_lead(
      R"(^\W*(?:(?:aussi|egalement|also|enfin|d'ailleurs|de plus|en outre|pour sa part|de son cote|for its part)\W+)*(?:(?:le|la|les|l'|the)\s*)?(?:(?:gouvernement|government|ville|city|province|etat|state|region|municipalite|municipality|prefecture|land|commonwealth)\s+(?:(?:populaire|municipal|provincial|federal|central|regional|chinoise?|americaine?|allemande?|australienne?|mexicaine?)\s+)?(?:(?:de la|de l'|du|des|de|d'|of the|of)\s*)?)?$)");
  static const Pattern subject_verb(
      R"(^\s*(?:(?:side|government|gouvernement|authorities|autorites|provincial government|municipal government|state government)\s+)?(?:(?:a|ont|avait|avaient|has|have|had|signed|concluded|recalled|noted|mentioned|maintains|rappelle|signe|conclut|entretient)\b|(?:est|sont|etait|etaient|is|are|was|were|has been|have been)\s+(?:[\w'-]+\s+){0,3}?(?:liee?s?|linked|bound|tied|jumelee?s?|twinned)\b))");
  static const Pattern bound_verb(R"(\b(?:liee?s?|linked|bound|tied|jumelee?s?|twinned)\b)");
  static const Pattern and_other(R"(^\s*(?:et|and)\s+(?:(?:le|la|les|l'|the)\s*)?$)");
  static const Pattern to_other(R"(\b(?:avec|with)\b[^,;.]{0,40}$)");
  static const Pattern bound_to_other(R"(\b(?:avec|with|a|au|aux|to)\b[^,;.]{0,40}$)");

  const PartnerMention* subject = nullptr;
  for (const auto& m : foreign) {
    if (m.begin >= clause_src && m.begin < hit_begin && (subject == nullptr || m.begin < subject->begin))
      subject = &m;
  }
  if (subject == nullptr) {
    static const Pattern themselves(
        R"(\b(?:(?:elles|eux|ils)-memes|themselves|entre (?:elles|eux)|between themselves|each other)\b)");
    if (!themselves.found_in(std::string_view(f.text).substr(clause, hit.begin - clause))) return false;
    // The sentence's own subject, then: two foreign governments.
    for (const auto& m : foreign) {
      if (m.begin < hit_begin && (subject == nullptr || m.begin < subject->begin)) subject = &m;
    }
    if (subject == nullptr || home_word().found_in(std::string_view(f.text).substr(0, hit.end))) return false;
    const std::string lead = fold(std::string_view(text).substr(0, subject->begin));
    if (!subject_lead.found_in(lead)) return false;
    return std::any_of(foreign.begin(), foreign.end(), [&](const PartnerMention& other) {
      return other.begin > subject->end && other.begin < hit_begin && other.slug != subject->slug &&
             and_other.found_in(
                 fold(std::string_view(text).substr(subject->end, other.begin - subject->end)));
    });
  }
  if (!subject_lead.found_in(fold(std::string_view(text).substr(clause_src, subject->begin - clause_src))))
    return false;
  // "le Shandong et la Bavière sont liés": two foreign subjects.
  const PartnerMention* second = nullptr;
  for (const auto& m : foreign) {
    if (m.begin > subject->end && m.begin < hit_begin && m.slug != subject->slug &&
        and_other.found_in(fold(std::string_view(text).substr(subject->end, m.begin - subject->end))))
      second = &m;
  }
  // "la Région wallonne et la Communauté française ont conclu": another
  // body the gazetteer does not hold, named as a second subject.
  if (second == nullptr) {
    static const Pattern other_body(
        R"(^\s*(?:et|and)\s+(?:(?:la|le|les|l'|the)\s*)?(?:[A-Z]|\xC3[\x80-\x9E])[^\s,;.]*(?:\s+[a-z\xC3][^\s,;.]*){0,2}\s+(?:ont|avaient|have|had|sont|etaient|étaient|are|were)\s)");
    if (other_body.found_in(std::string_view(text).substr(subject->end, 80))) return true;
  }
  const std::size_t verb_at = second != nullptr ? second->end : subject->end;
  const std::string after_subject = fold(std::string_view(text).substr(verb_at, 60));
  static const Pattern plural_verb(
      R"(^\s*(?:ont|avaient|have|had|signed|concluded|sont|etaient|are|were)\b)");
  if (second != nullptr) return plural_verb.found_in(after_subject);
  if (!subject_verb.found_in(after_subject)) return false;
  const bool bound = bound_verb.found_in(after_subject);
  const std::size_t clause_end_src = f.source_offset(clause_end);
  return std::any_of(foreign.begin(), foreign.end(), [&](const PartnerMention& other) {
    if (other.slug == subject->slug || other.begin <= subject->end || other.begin >= clause_end_src)
      return false;
    // "avec X" after the instrument; "liée à X par un accord" before it too.
    if (other.begin < hit_end && !(bound && other.begin < hit_begin)) return false;
    const std::size_t from = other.begin < hit_begin ? subject->end : hit_end;
    return (bound ? bound_to_other : to_other)
        .found_in(fold(std::string_view(text).substr(from, other.begin - from)));
  });
}

} // namespace

std::vector<std::string> most_specific(const std::vector<std::string>& slugs, const Gazetteer& gazetteer) {
  std::vector<std::string> out;
  for (const auto& s : slugs) {
    if (std::find(out.begin(), out.end(), s) != out.end()) continue;
    bool is_ancestor = std::any_of(slugs.begin(), slugs.end(), [&](const std::string& other) {
      if (other == s) return false;
      auto up = gazetteer.ancestors(other);
      return std::find(up.begin(), up.end(), s) != up.end();
    });
    if (!is_ancestor) out.push_back(s);
  }
  return out;
}

const Pattern& not_home_instrument() {
  // "il ne s'agit pas d'un instrument québécois", "qui n'engage pas le
  // gouvernement du Québec", "cet accord ne lie pas le Québec", "does not
  // bind Québec".
  static const Pattern p(
      R"(\b(?:il ne s'agit pas d'une? (?:instrument|accord|entente|engagement)s? (?:quebecois|du (?:gouvernement du )?quebec)|n'engagen?t? (?:pas|aucunement|nullement|en rien) (?:le gouvernement du |le )?quebec(?=\s*(?:[.;:,]|$))|ne (?:lie|lient|lierait|lieraient|liera|lieront|concerne|concernent|vise|visent|touche|touchent) (?:pas|aucunement|nullement|en rien) (?:le gouvernement du |le )?quebec(?=\s*(?:[.;:,]|$))|(?:does|do) not (?:concern|involve|apply to) (?:the government of )?quebec(?=\s*(?:[.;:,]|$))|(?:does|do|did|would|will) not (?:bind|commit|involve) (?:the government of )?quebec(?=\s*(?:[.;:,]|$))|not a quebec (?:instrument|agreement|commitment)|(?:il|c)(?: s'agit d'|'est )une? (?:accord|entente|protocole|arrangement|contrat)s? (?:\w+ )?entre (?:deux )?(?:municipalites|villes|universites|etablissements|entreprises|societes|organismes)|(?:this|it) is an? (?:agreement|arrangement|contract|mou) between (?:two )?(?:municipalities|cities|universities|companies|firms)|(?:this|it) is a (?:private|commercial|private commercial) (?:contract|agreement|arrangement)|(?:il|c)(?: s'agit d'|'est )un contrat (?:prive|commercial))\b)");
  return p;
}

bool says_home_no_party(std::string_view folded_sentence) {
  static const Pattern home_not_party(
      R"(^\W*(?:le |the government of |the )?(?:quebec|gouvernement du quebec) (?:n'(?:y |en )?est (?:\w+ )?(?:pas|aucunement|nullement) (?:\w+ )?(?:un |une )?(?:signataires?|partie|parties|concernee?)|(?:is|was) not (?:\w+ )?(?:a |an )?(?:party|signatory|concerned|bound|involved)|isn't (?:a |an )?(?:party|signatory))\b)");
  // Said of what the sentence before names: at the start of this one ("Il
  // s'agit d'un accord entre municipalités, qui n'engage pas..."), not of an
  // instrument it names itself.
  static const Pattern opens_on_it(
      R"(^\W*(?:il ne s'agit pas|il s'agit|(?:it|this) is (?:a|an|not)|ce n'est pas|c'est (?:un|une) (?:accord|entente|protocole|arrangement|contrat)|(?:cet|cette|ce|this|that|the) (?:accord|entente|protocole|arrangement|declaration|agreement|memorandum|mou|instrument|document|texte|text)|(?:il|elle|it) (?:n'engage|does not|n'est pas))\b)");
  static const Pattern home_no_party_later(
      R"(\b(?:le |the government of |the )?(?:quebec|gouvernement du quebec) (?:n'(?:y |en )?est (?:\w+ )?(?:pas|aucunement|nullement) (?:\w+ )?(?:signataire|partie|concernee?)|is not (?:a )?(?:party|signatory))\b)");
  // "Although the port is in Québec City, the Government of Québec is not a
  // party to that agreement.": the instrument named, anywhere in the sentence.
  static const Pattern home_no_party_to_it(
      R"(\b(?:le |the government of |the )?(?:quebec|gouvernement du quebec|we) (?:n'(?:y |en )?est (?:\w+ )?(?:pas|aucunement|nullement) (?:\w+ )?(?:signataire|partie) (?:a|de) (?:cet|cette|ce|ces|l')\s*(?:accord|entente|protocole|arrangement|declaration|instrument|jumelage)|(?:is|are|was|were) not (?:\w+ )?(?:a )?(?:party|signatory|parties|signatories) to (?:that|this|these|those|the|either) (?:\w+ )?(?:agreement|mou|memorandum|arrangement|protocol|declaration|instrument|accord))\b)");
  return home_not_party.found_in(folded_sentence) || home_no_party_to_it.found_in(folded_sentence) ||
         (opens_on_it.found_in(folded_sentence) &&
          (not_home_instrument().found_in(folded_sentence) || home_no_party_later.found_in(folded_sentence)));
}

int term_of_sentence(std::string_view folded) {
  return term_in_years(folded);
}

// A guess for an agreement whose sentence names no partner.
std::vector<std::string> common_place(const std::vector<std::string>& slugs, const Gazetteer& gazetteer) {
  if (slugs.empty()) return {};
  auto chain = [&](const std::string& s) {
    std::vector<std::string> up{s};
    for (auto& a : gazetteer.ancestors(s))
      up.push_back(std::move(a));
    return up;
  };
  for (const auto& candidate : chain(slugs.front())) {
    bool holds_all = std::all_of(slugs.begin(), slugs.end(), [&](const std::string& s) {
      auto up = chain(s);
      return std::find(up.begin(), up.end(), candidate) != up.end();
    });
    if (holds_all) return {candidate};
  }
  return {};
}

// The partners in `slugs` that lie in one of `countries` (all of them when
// no country is known): "Mila" in a report on Bavaria is not Algeria's province.
std::vector<std::string> inside(const std::vector<std::string>& slugs,
                                const std::vector<std::string>& countries, const Gazetteer& gazetteer) {
  if (countries.empty()) return slugs;
  std::vector<std::string> out;
  for (const auto& s : slugs) {
    auto up = gazetteer.ancestors(s);
    up.push_back(s);
    if (std::any_of(countries.begin(), countries.end(),
                    [&](const std::string& c) { return std::find(up.begin(), up.end(), c) != up.end(); }))
      out.push_back(s);
  }
  return out;
}

// The reporting government and the places inside it: "un arrangement avec
// Montréal et Barcelone" is Québec's with Barcelona. Inside a home country
// (Canada) other governments are partners (Ontario).
bool is_home(const std::string& slug, const MentionContext& context) {
  auto at_home = [&](const std::string& s) {
    return std::find(context.home.begin(), context.home.end(), s) != context.home.end();
  };
  if (at_home(slug)) return true;
  auto up = context.gazetteer.ancestors(slug);
  return std::any_of(up.begin(), up.end(), [&](const std::string& s) {
    const Partner* p = context.gazetteer.find(s);
    return at_home(s) && p != nullptr && p->kind != "country";
  });
}

// "Direction Europe du Nord-Ouest", "Direction des Amériques": a place
// named in a directorate's name (the one at `begin` in `text`) is no partner.
bool in_directorate_name(std::string_view text, std::size_t begin) {
  // (Capitalised: a directorate's name; "la direction de la Bavière" is its
  // leadership.)
  static const Pattern directorate(
      R"(\b(?:Direction|DIRECTION|Directorate|DIRECTORATE|Division|DIVISION)(?:\s+[^\s,;:.()]+)?(?:\s+(?:du|de la|de l'|des|d'|de|of|for|DU|DE LA|DE L'|DES|D'|DE|OF|FOR))?\s*$)");
  std::size_t from = begin > 50 ? begin - 50 : 0;
  while (from < begin && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) // (a whole character)
    ++from;
  return directorate.found_in(text.substr(from, begin - from));
}

namespace {

// Heads of governments' names that are used alone once the name was given.
// (Not "l'État", "the State", "la Région", "la Province", "le Land": used
// alone for any state, "chef de l'État", "Department of State".)
constexpr std::array<std::string_view, 7> kGovernmentHeads = {
    "Generalitat", "Commonwealth", "Free State", "Freistaat", "Xunta", "Junta", "Regione"};

// Whether the byte at `at` is no letter or digit (or lies past the end).
bool word_edge(std::string_view text, std::size_t at) {
  return at >= text.size() || !(std::isalnum(static_cast<unsigned char>(text[at])) ||
                                static_cast<unsigned char>(text[at]) >= 0x80);
}

} // namespace

std::vector<std::pair<std::string, std::string>> short_names_in(const std::vector<std::string>& texts,
                                                                const Gazetteer& gazetteer) {
  static const Pattern of_name(R"(^\s+(?:de la|de l'|de|du|des|d'|of the|of)\s*$)");
  std::vector<std::pair<std::string, std::string>> out;
  std::set<std::string> shared;
  for (const auto& text : texts) {
    // (Only text that holds a head before "de" or "of": the scan is costly.)
    bool any = false;
    for (std::string_view head : kGovernmentHeads) {
      for (std::size_t at = text.find(head); at != std::string::npos && !any; at = text.find(head, at + 1)) {
        const std::size_t end = at + head.size();
        any = (at == 0 || word_edge(text, at - 1)) && text.compare(end, 1, " ") == 0 &&
              (text.compare(end + 1, 2, "de") == 0 || text.compare(end + 1, 2, "du") == 0 ||
               text.compare(end + 1, 2, "of") == 0 || text.compare(end + 1, 2, "d'") == 0);
      }
      if (any) break;
    }
    if (!any) continue;
    for (const auto& m : gazetteer.find_in_text(text)) {
      for (std::string_view head : kGovernmentHeads) {
        std::string_view named(m.text);
        std::size_t head_at = std::string_view::npos;
        if (named.starts_with(head) && named.size() > head.size() && named[head.size()] == ' ') {
          head_at = m.begin;
        } else if (m.begin > head.size()) {
          // ("la Generalitat de Catalunya": the gazetteer may match the name alone.)
          const std::size_t from = m.begin > head.size() + 10 ? m.begin - head.size() - 10 : 0;
          const std::string_view before = std::string_view(text).substr(from, m.begin - from);
          const std::size_t h = before.rfind(head);
          if (h != std::string_view::npos && of_name.found_in(before.substr(h + head.size())) &&
              (from + h == 0 || word_edge(text, from + h - 1)))
            head_at = from + h;
        }
        if (head_at == std::string_view::npos) continue;
        const std::string key(head);
        auto it = std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == key; });
        if (it == out.end() && !shared.count(key)) {
          out.emplace_back(key, m.slug);
        } else if (it != out.end() && it->second != m.slug) {
          out.erase(it);
          shared.insert(key);
        }
      }
    }
  }
  return out;
}

std::vector<PartnerMention> partners_named_in(std::string_view text, const MentionContext& context) {
  auto found = context.gazetteer.find_in_text(text);
  if (context.short_names.empty()) return found;
  static const Pattern full_name_after(R"(^\s+(?:de|du|des|d'|of)\b)");
  const std::size_t named = found.size();
  for (const auto& [head, slug] : context.short_names) {
    for (std::size_t at = text.find(head); at != std::string_view::npos; at = text.find(head, at + 1)) {
      const std::size_t end = at + head.size();
      if ((at > 0 && !word_edge(text, at - 1)) || !word_edge(text, end) ||
          full_name_after.found_in(text.substr(end, 8)))
        continue;
      if (std::any_of(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(named),
                      [&](const PartnerMention& m) { return m.begin < end && at < m.end; }))
        continue;
      PartnerMention m;
      m.slug = slug;
      m.begin = at;
      m.end = end;
      m.text = head;
      found.push_back(std::move(m));
    }
  }
  std::sort(found.begin(), found.end(),
            [](const PartnerMention& a, const PartnerMention& b) { return a.begin < b.begin; });
  return found;
}

std::vector<std::string> named_partners(std::string_view text, const MentionContext& context) {
  std::vector<std::string> slugs;
  const auto found = partners_named_in(text, context);
  // ("La province du Shandong et le Québec ... depuis la signature, le 28
  // septembre 2005 à Jinan, de la Déclaration": Jinan is where, inside the
  // province that is the party.)
  static const Pattern located_at(R"((?:^|[\s,(])(?:à|À|a|in|at)\s*$)");
  for (const auto& m : found) {
    if (is_home(m.slug, context) || in_directorate_name(text, m.begin)) continue;
    const std::size_t from = m.begin > 6 ? m.begin - 6 : 0;
    if (!m.demonym && located_at.found_in(text.substr(from, m.begin - from))) {
      const auto up = context.gazetteer.ancestors(m.slug);
      const bool holder_named = std::any_of(found.begin(), found.end(), [&](const PartnerMention& o) {
        const Partner* p = context.gazetteer.find(o.slug);
        return o.slug != m.slug && p != nullptr && p->kind != "country" &&
               std::find(up.begin(), up.end(), o.slug) != up.end();
      });
      if (holder_named) continue;
    }
    slugs.push_back(m.slug);
  }
  return most_specific(slugs, context.gazetteer);
}

void NearbyPartners::reading(const std::vector<Sentence>& sentences, std::size_t current) {
  if (sentences_ != &sentences) by_sentence_.reset();
  sentences_ = &sentences;
  current_ = current;
}

const std::vector<std::string>& NearbyPartners::in(const MentionContext& context) {
  if (!found_) found_ = named_partners(unit_text_, context);
  if (sentences_ == nullptr || found_->empty() || sentences_->size() < 2) return *found_;
  if (!by_sentence_) {
    // Once a paragraph: the sentences that name a partner, and whether each
    // brings in an instrument of its own ("Une lettre d'intention a été
    // signée avec la Ville de Barcelone"), not one named again ("Cette
    // entente avec la Bavière remplace celle de 2005", "L'entente, conclue
    // avec la Bavière").
    static const Pattern new_instrument(
        R"(\b(?:un|une|a|an|another|un autre|une autre|deux|two)\s+(?:[\w'-]+\s+){0,2}?(?:memorandums?|mous?|agreements?|ententes?|accords?|protocoles?|protocols?|arrangements?|declarations?|lettres? d'intention|letters? of intent)\b)");
    static const Pattern named_again(
        R"(\b(?:ce|cet|cette|ces|le|la|l'|les|this|that|these|the|same|meme)\s*(?:[\w'-]+\s+){0,1}?(?:memorandums?|mous?|agreements?|ententes?|accords?|protocoles?|protocols?|arrangements?|declarations?|lettres? d'intention|letters? of intent)\b)");
    // A sentence about an agreement the home government is no party to
    // ("the 2015 transmission agreement between Massachusetts and
    // Connecticut, to which Québec is not a party") names no one of ours.
    static const Pattern others_only(
        R"(\b(?:(?:auquel|a laquelle|auxquels|auxquelles|dont) le quebec n'est pas (?:partie|signataire)|to which quebec is not (?:a )?(?:party|signatory)|ne (?:concerne|vise|engage) pas le quebec|does not (?:concern|involve|bind|include) quebec)\b)");
    by_sentence_.emplace();
    for (std::size_t k = 0; k < sentences_->size(); ++k) {
      auto named = named_partners((*sentences_)[k].text, context);
      if (named.empty()) continue;
      const std::string folded = fold((*sentences_)[k].text);
      const bool others = others_only.found_in(folded) || says_home_no_party(folded);
      by_sentence_->push_back(
          {k, new_instrument.found_in(folded) && !named_again.found_in(folded), others, std::move(named)});
    }
    // (A paragraph of hundreds of such sentences is a list, not prose: each
    // sentence's look would cost as much as the paragraph.)
    if (by_sentence_->size() > 64) by_sentence_->clear();
    found_for_ = std::numeric_limits<std::size_t>::max();
  }
  auto left_out = [&](const SentencePartners& s) {
    return (s.index > current_ && s.names_instrument) || (s.others_only && s.index != current_);
  };
  if (std::none_of(by_sentence_->begin(), by_sentence_->end(), left_out)) return *found_;
  if (found_for_ != current_) {
    found_for_ = current_;
    std::vector<std::string> named;
    for (const auto& s : *by_sentence_) {
      if (left_out(s)) continue;
      for (const auto& p : s.partners) {
        if (std::find(named.begin(), named.end(), p) == named.end()) named.push_back(p);
      }
    }
    found_here_ = most_specific(named, context.gazetteer);
  }
  return found_here_;
}

bool names_city_government(std::string_view folded) {
  static const Pattern words(
      R"(\b(?:city|cities|villes?|municipal\w*|municipalites?|mayors?|maires?|mairesse|mairie|shi|hotel de ville|city hall|conseil municipal|city council|jumel\w*|twinn\w*)\b)");
  return words.found_in(folded);
}

std::string retitled(const AgreementMention& m, const std::vector<std::string>& partners,
                     const MentionContext& ctx) {
  const auto at = m.title.find(m.title_names);
  if (m.title_names.empty() || at == std::string::npos) return m.title;
  std::vector<std::string> names;
  if (!ctx.home.empty()) names.push_back(partner_name(ctx.home.front(), ctx));
  for (const auto& p : partners)
    names.push_back(partner_name(p, ctx));
  return m.title.substr(0, at) + join(names, "–") + m.title.substr(at + m.title_names.size());
}

std::vector<AgreementMention> find_agreements(const Sentence& sentence, NearbyPartners& nearby,
                                              const MentionContext& ctx) {
  std::vector<AgreementMention> out;
  const std::string& text = sentence.text;
  FoldedText f(text);
  auto hits = find_instrument_terms(f, text);
  if (hits.empty()) return out;
  auto cues = find_cues(f.text, ctx.mission_year, ctx.mission_end_year);

  std::vector<PartnerMention> partner_mentions;
  std::vector<PartnerMention> home_mentions; // "Québec-Canada", "Québec et Montréal"
  for (auto& m : partners_named_in(text, ctx)) {
    if (in_directorate_name(text, m.begin)) continue;
    (is_home(m.slug, ctx) ? home_mentions : partner_mentions).push_back(m);
  }
  // "aux salons MIGS (Montréal) et G-Star (Busan)": a city in brackets after
  // a name that is no partner is where that thing is, not a party.
  {
    auto names_place = [&](const PartnerMention& m) {
      const Partner* p = ctx.gazetteer.find(m.slug);
      // (A metropolitan city such as Busan is a subdivision too.)
      if (p == nullptr || (p->kind != "city" && p->kind != "subdivision") || m.end >= text.size() ||
          text[m.end] != ')')
        return false;
      std::size_t j = m.begin;
      while (j > 0 && text[j - 1] == ' ')
        --j;
      if (j == 0 || text[j - 1] != '(') return false;
      --j;
      while (j > 0 && text[j - 1] == ' ')
        --j;
      std::size_t w = j;
      while (w > 0 && text[w - 1] != ' ' && text[w - 1] != '(' && text[w - 1] != '\'')
        --w;
      if (w == j || !(std::isupper(static_cast<unsigned char>(text[w])) ||
                      std::isdigit(static_cast<unsigned char>(text[w]))))
        return false;
      // ("the Government of the Federal District (Mexico City)": a government's
      // name glossed.)
      static const Pattern administrative(
          R"(^(?:district|government|gouvernement|state|etat|province|region|city|ville|county|comte|prefecture|municipality|municipalite|department|departement|territory|territoire|canton|land|council|conseil)s?$)");
      if (administrative.found_in(fold(text.substr(w, j - w)))) return false;
      auto covers = [&](const PartnerMention& o) { return o.begin < j && o.end >= j; };
      // ("| Marine science MOU (Qingdao) |": the instrument's partner.)
      const bool after_instrument = std::any_of(hits.begin(), hits.end(), [&](const InstrumentHit& h) {
        return f.source_offset(h.begin) < j && f.source_offset(h.end) >= j;
      });
      return !after_instrument && std::none_of(partner_mentions.begin(), partner_mentions.end(), covers) &&
             std::none_of(home_mentions.begin(), home_mentions.end(), covers);
    };
    std::vector<PartnerMention> kept;
    for (const auto& m : partner_mentions) {
      if (!names_place(m)) kept.push_back(m);
    }
    partner_mentions = std::move(kept);
  }
  // "ont signé ..., en présence du consul de France et de l'ambassadeur
  // d'Allemagne", "In the presence of the Governor of Shandong, the Minister
  // and the Mayor of Jinan signed": witnesses, not parties, when the sentence
  // names another government. The span runs to the first comma when it opens
  // the sentence, else to the end of the clause.
  {
    static const Pattern witnessed(
        R"(\b(?:en (?:la )?presence d(?:u|e|es|')|in the presence of|witnessed by|sous les yeux d(?:u|e|es|'))\b)");
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (const auto& w : witnessed.all(f.text)) {
      static const Pattern opening(R"(^\W*$)");
      const bool opens = opening.found_in(std::string_view(f.text).substr(0, w.position()));
      static const Pattern clause_end(R"([;.])");
      static const Pattern comma(R"(,)");
      std::size_t end = f.text.size();
      if (auto e = (opens ? comma : clause_end).search(std::string_view(f.text).substr(w.end())))
        end = w.end() + e->position();
      spans.emplace_back(f.source_offset(w.end()), f.source_offset(end));
    }
    auto witness = [&](const PartnerMention& m) {
      return std::any_of(spans.begin(), spans.end(),
                         [&](const auto& s) { return m.begin >= s.first && m.begin < s.second; });
    };
    if (!spans.empty() && !std::all_of(partner_mentions.begin(), partner_mentions.end(), witness))
      std::erase_if(partner_mentions, witness);
  }

  // What each term gave: its relation and year, and its mentions in `out`.
  struct HitOutcome {
    std::string relation, year;
    std::size_t first = 0, end = 0;
  };
  std::vector<HitOutcome> outcomes(hits.size());

  auto domain_mentions = ctx.taxonomy.find_in_text(text);
  static const Pattern year_re(R"(\b((?:19|20)\d\d)\b)");

  // Where each name begins: capitalised words and years before the term;
  // between them and the term, up to two words of its name in lower case
  // ("the 2008 Québec–Shandong friendship agreement").
  std::vector<std::size_t> name_begins;
  for (const InstrumentHit& hit : hits) {
    std::size_t scope_begin = hit.begin;
    {
      std::size_t cursor = hit.begin;
      int lower_case = 0;
      for (int k = 0; k < 6; ++k) {
        std::size_t j = cursor;
        while (j > 0 && f.text[j - 1] == ' ')
          --j;
        std::size_t w = j;
        while (w > 0 && (is_word_byte(f.text[w - 1]) || f.text[w - 1] == '-'))
          --w;
        if (w == j) break;
        std::string_view src(text.data() + f.source_offset(w), f.source_offset(j) - f.source_offset(w));
        bool capital_or_year = starts_with_upper(src) || std::isdigit(static_cast<unsigned char>(src[0]));
        std::string_view word(f.text.data() + w, j - w);
        if (count_word(word) > 0 || is_vague_determiner(word) || is_determiner(word) ||
            is_negative_determiner(word)) {
          // "the education agreement", "the digital governance agreement":
          // English names its domain in lower case before the term.
          static const Pattern english_article(R"(^(?:the|its|our|their|this|that)$)");
          const std::size_t run = f.source_offset(cursor), term = f.source_offset(hit.begin);
          if (scope_begin == hit.begin && cursor < hit.begin && english_article.found_in(word) &&
              std::any_of(domain_mentions.begin(), domain_mentions.end(),
                          [&](const auto& d) { return d.begin >= run && d.begin < term; }))
            scope_begin = cursor;
          break;
        }
        cursor = w;
        if (capital_or_year) {
          scope_begin = w;
          lower_case = 0;
        } else if (++lower_case > 2 || scope_begin != hit.begin) {
          break;
        }
      }
    }
    name_begins.push_back(scope_begin);
  }
  // How each stands to the one named before it ("qui remplace l'entente de
  // 2008", "dans le cadre de l'entente de 2008").
  std::vector<AgreementLink> links;
  for (std::size_t h = 0; h < hits.size(); ++h) {
    const std::size_t from = h > 0 ? std::min(hits[h - 1].end, name_begins[h]) : 0;
    const std::string_view lead = std::string_view(f.text).substr(from, name_begins[h] - from);
    AgreementLink link = link_before(lead);
    // "signé une entente avec la Bavière, puis a présenté les projets en
    // cours dans le cadre de l'entente de 2012": another clause, another
    // subject.
    static const Pattern clause_break(R"(;|:|\b(?:puis|ensuite|then|mais|but|while|tandis que|alors que)\b)");
    // (A relative clause opens its own: "Le Programme de coopération ... de
    // l'eau, qui mettait en œuvre l'accord de 2016".)
    static const Pattern relative(R"(,\s*(?:qui|which|that)\s)");
    std::string_view own = lead;
    for (auto r = relative.search(lead); r; r = relative.search(lead, r->end()))
      own = lead.substr(r->position());
    if (link == AgreementLink::works_under && (own.size() > 100 || clause_break.found_in(own)))
      link = AgreementLink::none;
    links.push_back(link);
  }

  for (std::size_t h = 0; h < hits.size(); ++h) {
    const InstrumentHit& hit = hits[h];
    // (See MentionContext::unmade.)
    auto note_unmade = [&] {
      if (ctx.unmade == nullptr) return;
      std::vector<std::string> slugs;
      for (const auto& pm : partner_mentions)
        slugs.push_back(pm.slug);
      ctx.unmade->emplace_back(instrument_family(hit.term->label_en), std::move(slugs));
    };
    // The mention runs from the noun phrase in front of the term (English
    // puts "2009 Québec–Bavaria" there) to the end of its clause: the next
    // term, a semicolon, or the verb that says what happened to it.
    const std::size_t scope_begin = name_begins[h];
    // "The 2022 Letter of Intent ... will be replaced by a full MOU in 2026":
    // no MOU yet, and the letter is still to update.
    if (links[h] == AgreementLink::will_be_replaced_by) {
      if (h > 0) {
        for (std::size_t k = outcomes[h - 1].first; k < outcomes[h - 1].end; ++k) {
          if (out[k].relation == "references") out[k].relation = "plans_update";
        }
      }
      continue;
    }
    // Up to the next agreement's name ("which replaces the 2005 Québec–Bavaria
    // agreement": its year is that one's).
    std::size_t scope_end = h + 1 < hits.size() ? std::max(hit.end, name_begins[h + 1]) : f.text.size();
    if (auto semi = f.text.find(';', hit.end); semi != std::string::npos && semi < scope_end)
      scope_end = semi;
    for (const auto& c : cues) {
      if (c.pos >= hit.end && c.pos < scope_end) scope_end = c.pos;
    }
    static const Pattern clause_end(
        R"(\b(?:lors d|durant|pendant|au cours d|afin d|during|in order to|puis|then)\b)");
    if (auto m = clause_end.search(std::string_view(f.text).substr(hit.end, scope_end - hit.end)))
      scope_end = hit.end + m->position();
    // "elle remplace l'entente de 2008 et couvre l'éducation": the object of
    // a replacement or a framework takes no verb joined after it; what that
    // verb says (its domains, its partners) is the subject's.
    static const Pattern own_relative(R"(^[^.;]{0,60}?,\s*(?:qui|which|that|lequel|laquelle)\b)");
    if (links[h] != AgreementLink::none &&
        !own_relative.found_in(std::string_view(f.text).substr(hit.end, scope_end - hit.end))) {
      static const Pattern joined_verb(
          R"(\b(?:et|and) (?:couvre|couvrira|porte|portera|vise|visera|prevoit|prevoira|comprend|comprendra|inclut|englobe|s'etend|cible|covers|will cover|includes|will include|provides|focuses|targets|extends)\b)");
      if (auto m = joined_verb.search(std::string_view(f.text).substr(hit.end, scope_end - hit.end)))
        scope_end = hit.end + m->position();
    }

    // The relation: the nearest cue, preferring one before the term.
    std::string relation = "references";
    std::string signed_in; // "In 2017, Québec and China signed": a reference, signed that year
    std::size_t best = std::string::npos;
    // Another agreement between the cue and this one takes the cue, unless the
    // two are listed together ("ont signé une entente et un protocole"): in
    // "signed the renewed Agreement, which replaces the agreement signed in
    // 2008", the second was not signed by the mission.
    auto listed_with = [&](std::size_t from, std::size_t to) {
      static const Pattern joined(R"(^[^.;]{0,30}?(?:,|\bet\b|\band\b|\bainsi que\b|\bas well as\b))");
      static const Pattern relative(R"(\b(?:qui|que|dont|which|that|who|remplac\w*|replac\w*)\b)");
      std::string_view between = std::string_view(f.text).substr(from, to - from);
      return between.size() <= 40 && joined.found_in(between) && !relative.found_in(between);
    };
    auto taken_by_another = [&](const Cue& c) {
      for (std::size_t o = 0; o < hits.size(); ++o) {
        if (o == h) continue;
        // "Un plan de travail, qui met en œuvre l'entente de 2012, a été
        // adopté": the agreement a relative clause names takes no verb after it.
        if (o > h && (links[o] == AgreementLink::replaces || links[o] == AgreementLink::works_under))
          continue;
        if (c.end <= hit.begin && hits[o].begin >= c.end && hits[o].end <= hit.begin &&
            !listed_with(hits[o].end, hit.begin))
          return true;
        if (c.pos >= hit.end && hits[o].begin >= hit.end && hits[o].end <= c.pos &&
            !listed_with(hit.end, hits[o].begin))
          return true;
        // "The education MOU signed at MOET complements the 2009 Framework
        // Agreement": a participle right after another's name is that one's.
        // ("Deux ententes signées le 22 novembre : une entente en éducation
        // et un protocole": the list the participle introduces.)
        // "Une entente ... a été conclue; le protocole de 2012 devra être
        // renégocié": the verb after another's name, in the clause before a
        // semicolon, is that one's. (Not "Ont été signés : une entente en
        // santé; un protocole", where the verb comes before them all.)
        // (A clause with no verb of its own, "; le protocole en éducation,
        // avec la ville de Qingdao", shares the one before.)
        if (o < h && c.end <= hit.begin && hits[o].end <= c.pos) {
          const std::string_view folded(f.text);
          const std::size_t semi = folded.substr(0, hit.begin).rfind(';');
          const bool own_verb = std::any_of(cues.begin(), cues.end(), [&](const Cue& other) {
            return semi != std::string_view::npos && other.pos > semi;
          });
          if (semi != std::string_view::npos && semi >= c.end && own_verb &&
              folded.substr(hits[o].end, c.pos - hits[o].end).find(';') == std::string_view::npos)
            return true;
        }
        // "l'Entente ... conclue le 8 juin 1999, ainsi que sur l'Entente en
        // matière de gouvernance numérique, signée le 2017-10-12": a
        // participle after another's name, before this one's, is that one's.
        static const Pattern participle(
            R"(^(?:signee?s?|conclue?s?|adoptee?s?|paraphee?s?|signed|concluded|adopted|initiall?ed)\b)");
        if (o < h && c.end <= hit.begin && hits[o].end <= c.pos &&
            participle.found_in(std::string_view(f.text).substr(c.pos, c.end - c.pos)) &&
            std::string_view(f.text).substr(c.end, hit.begin - c.end).find(':') == std::string_view::npos &&
            !listed_with(hits[o].end, hit.begin))
          return true;
        if (o < h && c.end <= hit.begin && hits[o].end <= c.pos && c.pos - hits[o].end <= 2 &&
            !listed_with(hits[o].end, hit.begin) &&
            std::string_view(f.text).substr(c.end, hit.begin - c.end).find(':') == std::string_view::npos)
          return true;
      }
      return false;
    };
    bool chosen_nominal = false;
    std::size_t chosen_pos = std::string::npos;
    std::string_view chosen_day;
    const Cue* chosen_cue = nullptr;
    // A signing of another year counts only where nothing the mission did
    // does ("l'entente, signée en 2008, a été renouvelée lors de la mission").
    for (bool history : {false, true}) {
      for (const auto& c : cues) {
        if (c.history != history) continue;
        if (c.nominal && c.pos >= hit.end) continue;
        // ("ce protocole est désuet et devra être révisé; il sera intégré à la
        // nouvelle entente": what a clause before the semicolon says is of
        // its own subject.)
        if (c.end <= hit.begin &&
            std::string_view(f.text).substr(c.end, hit.begin - c.end).find(';') != std::string_view::npos)
          continue;
        // ("a permis de signer deux instruments et de convenir qu'une
        // nouvelle entente-cadre remplacera l'entente de 2010": what was
        // agreed about is told in a clause of its own.)
        static const Pattern reported(
            R"(\b(?:convenir|convenu|convenue?s|agreed|agree|decide|decider|decided|annonce|announced|prevoir|prevu|prevoient|provides?|stipule|stipulates?)\s+(?:que|qu'|that)\b)");
        if (c.end <= hit.begin &&
            reported.found_in(std::string_view(f.text).substr(c.end, hit.begin - c.end)))
          continue;
        std::size_t d = c.pos < hit.begin ? hit.begin - c.end : (c.pos - hit.end) * 2;
        if (c.pos < hit.begin && c.end > hit.begin) d = 0;
        if (d != 0 && taken_by_another(c)) continue;
        if (d < best) {
          best = d;
          relation = c.relation;
          signed_in = c.year;
          chosen_nominal = c.nominal;
          chosen_pos = c.pos;
          chosen_cue = &c;
          chosen_day =
              c.dated_day ? std::string_view(f.text).substr(c.pos, c.end - c.pos) : std::string_view();
        }
      }
      if (best != std::string::npos) break;
    }
    // "la signature de l'Entente Québec–Shandong (2008)": a signing named
    // with its year, another than the mission's, is that year's.
    // Only a year of its name counts: "(2008)", "de 2008", "the 2008 MOU";
    // not "pour la période 2020-2023" or "valable jusqu'en 2024".
    if (relation == "produced" && chosen_nominal && !ctx.mission_year.empty()) {
      static const Pattern named_year(R"(^(?:[^.;,()]{0,40}?\(|\s+(?:de|du|of)\s+)((?:19|20)\d\d)\b)");
      static const Pattern premodifier_year(R"(\b((?:19|20)\d\d)\b)");
      const std::string& last_year = ctx.mission_end_year.empty() ? ctx.mission_year : ctx.mission_end_year;
      auto y = named_year.search(std::string_view(f.text).substr(hit.end, scope_end - hit.end));
      if (!y)
        y = premodifier_year.search(std::string_view(f.text).substr(scope_begin, hit.begin - scope_begin));
      if (y && (y->view(1) < std::string_view(ctx.mission_year) || y->view(1) > std::string_view(last_year)))
        relation = "signed_earlier";
    }
    // "signée le 12 mai" in a report on a November mission: signed earlier
    // that year.
    if (relation == "produced" && !chosen_day.empty() && !ctx.mission_start.empty()) {
      const auto day = find_day_in_year(chosen_day, std::atoi(ctx.mission_year.c_str()));
      const std::string& last = ctx.mission_end.empty() ? ctx.mission_start : ctx.mission_end;
      if (day && (*day < ctx.mission_start || *day > last)) {
        relation = "signed_earlier";
        // "signée le 22 novembre" in a report on May: the November before.
        signed_in = *day > last ? std::to_string(std::atoi(ctx.mission_year.c_str()) - 1) : ctx.mission_year;
      }
    }
    // "The Agreement was renewed in March 2025" in a report on a September
    // 2025 mission: renewed before it, not by it (the renewal is then told
    // as an event of its own, below).
    if (relation == "renewed" && chosen_cue != nullptr && !ctx.mission_start.empty() &&
        chosen_cue->pos >= hit.end) {
      static const Pattern dated_next(
          R"(^\s+(?:(?:a|au|en|in|at)\s+[^,\d]{1,40}?,?\s+)?(?:(?:tacitement|automatiquement|tacitly|automatically)\s+)?)" ENTENTE_BY_INSTRUMENT
          R"((?:le|on|in|en|du)\s+(?:the\s+)?(?:\d|)" ENTENTE_MONTH_NAME R"(\b))");
      std::string_view next = std::string_view(f.text).substr(chosen_cue->end, 60);
      next = next.substr(0, next.find_first_of(";,"));
      if (dated_next.found_in(next)) {
        if (auto d = find_date_range(next); d && d->start == d->end && d->start.size() > 4 &&
                                            d->start < ctx.mission_start.substr(0, d->start.size()))
          relation = "references";
      }
    }
    const bool signed_earlier = relation == "signed_earlier";
    if (signed_earlier) relation = "references";
    // A revision the mission completed amends the agreement; one a
    // recommendation asks to complete is still to do.
    const bool revised_now = relation == "revised" && !ctx.prescriptive;
    if (relation == "revised") relation = revised_now ? "references" : "plans_update";
    // "Le programme de travail ... devra être actualisé pour tenir compte
    // de l'entente sur les arts de la scène", "revised to reflect the new
    // MOU": the update is the first one's; this one is why.
    // (Not when its own update is told after it: "pour intégrer l'accord de
    // 2010, qui devra lui-même être renouvelé".)
    if (relation == "plans_update" && h > 0 && (chosen_cue == nullptr || chosen_cue->pos < name_begins[h])) {
      static const Pattern reason_of_update(
          R"(\b(?:tenir compte|tient compte|compte tenu|a la lumiere|prendre en compte|refleter|take into account|account for|reflect|in light)\s+(?:de |du |des |d'|of )?(?:la |le |l'|les |the |its |their )?$)");
      const std::size_t from = name_begins[h] > 50 ? name_begins[h] - 50 : 0;
      static const Pattern own_update_after(
          R"(^[^.;]{0,80}?\b(?:qui|which|that|elle-meme|lui-meme|itself|aussi|also)\b[^.;]{0,40}?\b(?:renouvel\w*|renew\w*|actualis\w*|updat\w*|revis\w*|mettre a jour|mise a jour|reconduire|prolonger)\b)");
      if (reason_of_update.found_in(std::string_view(f.text).substr(from, name_begins[h] - from)) &&
          !own_update_after.found_in(std::string_view(f.text).substr(hit.end)))
        relation = "references";
    }
    // "L'entente, qui a été signée en 2008, a été renouvelée": the renewal
    // wins, and the signing still gives the agreement's year.
    std::string signed_year = signed_in;
    // ("ont renouvelé le Protocole d'entente sur la coopération économique
    // entre le ministère de ... et le Gouvernement populaire municipal de
    // Qingdao, signé le 9 juin 2014": a renewal's long name, up to the next.)
    const std::size_t next_name = h + 1 < hits.size() ? name_begins[h + 1] : f.text.size();
    // (A long name: "Le protocole d'entente MAPAQ–Région Bretagne en matière
    // de pêches et d'aquaculture, signé le 2014-06-12".)
    std::size_t reach = relation == "renewed" ? std::min(hit.end + 300, next_name)
                                              : std::min(hit.end + 120, std::max(next_name, hit.end + 60));
    // ("le « Protocole d'entente entre le gouvernement du Québec et la
    // Fédération Wallonie-Bruxelles relatif à la coproduction ... », signé le
    // 6 mai 2011": its official title in quotes, then its signing.)
    if (const std::size_t open = f.text.rfind("\xC2\xAB", hit.begin);
        open != std::string::npos && f.text.find("\xC2\xBB", open) > hit.begin) {
      if (const std::size_t close = f.text.find("\xC2\xBB", hit.end);
          close != std::string::npos && close < next_name && close - hit.end < 400)
        reach = std::max(reach, close + 60);
    }
    const Cue* signing_cue = signed_earlier && !signed_in.empty() ? chosen_cue : nullptr;
    for (const auto& c : cues) {
      if (signed_year.empty() && c.relation == "signed_earlier" && c.pos >= hit.end && c.pos < reach &&
          !taken_by_another(c)) {
        signed_year = c.year;
        signing_cue = &c;
      }
    }
    // "signée le 17 octobre 2008", "signed in Chicago on June 3, 2016": the
    // day of a signing before the mission, when its words give one.
    std::string signed_day;
    // (Not another document's: "..., de même que la lettre du ministre-
    // président signée le 3 juin 2016".)
    // (Not the parties: "entre le Québec et la Flandre, signé le 22 novembre
    // 1989" is the agreement's signing.)
    static const Pattern another_document(
        R"(\b(?:de meme que|ainsi que|as well as|tout comme|along with)\b|\b(?:et|and) (?:la|le|les|l'|the|its) ?(?:[\w'-]+ ){0,2}?(?:lettres?|letters?|documents?|declarations?|protocoles?|ententes?|accords?|agreements?|memorand\w*|mous?|notes?|proces-verbal|minutes|communiques?|plans?|programmes?|programs?|annexes?)\b)");
    if (signing_cue != nullptr && signing_cue->pos > hit.end &&
        another_document.found_in(std::string_view(f.text).substr(hit.end, signing_cue->pos - hit.end)))
      signing_cue = nullptr;
    if (signing_cue != nullptr && signed_year.size() == 4) {
      // (The cue and what follows it in its clause: "a été signé le 22
      // novembre 1989", "was signed on 21 March 2013".)
      // ("signed in Sapporo on 10 March 2010": its place first.)
      static const Pattern day_next(
          R"(^,?\s+(?:(?:in|at|a|au|en)\s+[^,\d.;]{1,40}?,?\s+)?(?:le|on|du|the)\s+(?:\d|[a-z]+\s+\d))");
      std::string_view signing =
          std::string_view(f.text).substr(signing_cue->pos, signing_cue->end - signing_cue->pos);
      if (auto d = day_next.search(std::string_view(f.text).substr(signing_cue->end, 70))) {
        signing = std::string_view(f.text).substr(signing_cue->pos,
                                                  signing_cue->end - signing_cue->pos + d->end() + 24);
        signing = signing.substr(0, signing.find(';'));
      }
      if (auto day = find_day_in_year(signing, std::atoi(signed_year.c_str()));
          day && day->size() == 10 && day->starts_with(signed_year))
        signed_day = *day;
    }
    // "La déclaration commune Québec–Shandong du 3 juin 2008", "l'échange de
    // lettres Québec–Espagne du 18 mars 2002": dated by its name.
    if (signed_day.empty()) {
      static const Pattern name_dated(
          R"(^\s+(?:quebec\s*(?:-|–|—|/)\s*[^\s.;,()]+\s+(?:[^\s.;,()]+\s+)?)?(?:du|of|dated)\s+((?:\d{1,2}(?:er|st|nd|rd|th)?\s+)" ENTENTE_MONTH_NAME
          R"(\s+(?:19|20)\d\d|)" ENTENTE_MONTH_NAME
          R"(\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d)\b))");
      if (auto d = name_dated.search(std::string_view(f.text).substr(hit.end, 80))) {
        const std::string_view date = d->view(1);
        if (auto day = find_day_in_year(date, std::atoi(std::string(date.substr(date.size() - 4)).c_str()));
            day && day->size() == 10)
          signed_day = *day;
      }
    }

    // "qui remplace l'entente de 2008", "dans le cadre de l'entente de 2008":
    // what the sentence says was signed or renewed is the other agreement.
    const AgreementLink link = links[h];
    if ((link == AgreementLink::replaces || link == AgreementLink::works_under ||
         link == AgreementLink::will_replace) &&
        (relation == "produced" || relation == "renewed"))
      relation = "references";
    // "must be replaced by a research protocol under the new MOU": the
    // update told before it is the other one's; this one is only where the
    // work goes on.
    if (link == AgreementLink::works_under && relation == "plans_update" && chosen_pos != std::string::npos &&
        chosen_pos < hit.begin)
      relation = "references";
    // "une nouvelle entente ... remplacera celle de 2009": still to update.
    if (link == AgreementLink::will_replace && relation == "references") relation = "plans_update";
    // "Negotiate with Shenzhen a new MOU to replace the 2010 MOU": the newer
    // one is still to make (a recommendation, or none came of it), so the
    // older is still to update.
    if (link == AgreementLink::replaces && relation == "references" && h > 0 &&
        (ctx.prescriptive || outcomes[h - 1].relation.empty() || outcomes[h - 1].relation == "plans_update"))
      relation = "plans_update";
    // "- Le renouvellement de l'entente de 2002 (4 octobre)" in the list of
    // the mission's results: done, as "Signature de l'entente" there is. (Not
    // "Le renouvellement de l'entente est à l'étude": said to be still to do.)
    if (relation == "plans_update" && ctx.results && !ctx.prescriptive) {
      static const Pattern renewal_named(
          R"(^\W*(?:(?:le|la|the)\s+)?(?:renouvellement|reconduction|prolongation|renewal|extension)\s+(?:de|du|des|d'|of)\b)");
      static const Pattern still_to_do(
          R"(\b(?:est|sont|sera|seront|serait|devra|devrait|doit|doivent|reste|restent|demeure|was|were|is|are|will|would|should|must|needs?|prevue?s?|souhaitee?s?|envisagee?s?|necessaire|necessary|recommandee?s?|recommended|proposee?s?|proposed|etude|study|review|cours|venir|pending|attente|awaited|planned|expected|a faire|to do|prevoir|envisager|planifier|souhaitable|d'ici|avant|before)\b)");
      // ("à conclure en 2020" in a report of 2019: a year to come.)
      static const Pattern any_year(R"(\b((?:19|20)\d\d)\b)");
      const std::string& last_year = ctx.mission_end_year.empty() ? ctx.mission_year : ctx.mission_end_year;
      // ("Renouvellement de l'entente jusqu'en 2009": the end of the new
      // term, not when to renew.)
      static const Pattern term_end(
          R"(\b(?:jusqu'|until|till|through)\s*(?:(?:en|au|le|the|in|a la fin de|fin|end of|\d{1,2}(?:er|st|nd|rd|th)?|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\s*){0,4}$)");
      bool year_to_come = false;
      for (const auto& y : any_year.all(f.text)) {
        const std::size_t back = y.position(1) > 40 ? y.position(1) - 40 : 0;
        if (term_end.found_in(std::string_view(f.text).substr(back, y.position(1) - back))) continue;
        // ("pour la période 2024-2027", "for 2019-2022": the new term's years.)
        static const Pattern term_years(
            R"((?:\b(?:periode|period|term|terme|duree|mandat)\b[^.;]{0,16}|(?:19|20)\d\d\s*(?:-|–|—|/|a|au|to)\s*)$)");
        if (term_years.found_in(std::string_view(f.text).substr(back, y.position(1) - back))) continue;
        year_to_come = year_to_come || (!last_year.empty() && y.view(1) > std::string_view(last_year));
      }
      // "Cooperation in education was confirmed, through the renewal of the
      // education agreement": done by renewing it, unless said to be to come.
      static const Pattern done_through_renewal(
          R"(\b(?:through|by|via|par|grace a|grace au|au moyen du?|by means of)\s+(?:(?:the|le|la|l')\s*)?(?:renouvellement|reconduction|prolongation|renewal|extension)\s+(?:de|du|des|d'|of)\b)");
      static const Pattern to_come(
          R"(\b(?:sera|seront|serait|devra|devrait|doit|doivent|will|would|should|must|needs?|to be|prevue?s?|planned|expected|a venir|envisagee?s?|proposee?s?|proposed)\b)");
      if (!year_to_come && ((renewal_named.found_in(f.text) && !still_to_do.found_in(f.text)) ||
                            (done_through_renewal.found_in(f.text) && !to_come.found_in(f.text))))
        relation = "renewed";
    }

    auto before = words_before(f.text, scope_begin, 3);
    // "the renewed agreement", "la nouvelle entente": the determiner is
    // before the adjective.
    // ("no other agreement", "aucune autre entente": none either.)
    static constexpr std::array<std::string_view, 29> adjectives = {
        "new",      "renewed",  "revised",  "amended",    "updated", "present",    "current",   "former",
        "previous", "original", "nouvelle", "nouvel",     "nouveau", "renouvelee", "renouvele", "revisee",
        "actuelle", "actuel",   "presente", "ancienne",   "ancien",  "precedente", "initiale",  "meme",
        "other",    "autre",    "further",  "additional", "formal"};
    const std::size_t det =
        before.size() > 1 && std::find(adjectives.begin(), adjectives.end(), before[0]) != adjectives.end()
            ? 1
            : 0;
    // "aucune entente", "pas d'entente", "sans signature d'entente": none is named.
    if (!before.empty() && (is_negative_determiner(before[0]) || is_negative_determiner(before[det]) ||
                            (before[0] == "d" && before.size() > 1 && before[1] == "pas") ||
                            std::any_of(before.begin(), before.end(),
                                        [](std::string_view w) { return w == "sans" || w == "without"; })))
      continue;
    // Between universities or companies, not the government's.
    if (made_between_institutions(f.text, hit.begin, hit.end)) continue;
    // "the RGGI, whose 2005 memorandum of understanding was signed by the
    // governors of seven northeastern states", "signé par les pays membres":
    // signed by a group of others, none of them Québec.
    {
      static const Pattern signed_by_others(
          R"(^[^.;]{0,40}?\b(?:was|were|has been|have been|had been|a ete|ont ete|avait ete|avaient ete)\s+(?:\w+\s+)?(?:signed|concluded|adopted|signee?s?|conclue?s?|adoptee?s?)\s+(?:by|par)\s+((?:the |les |des )?(?:[\w'-]+\s+){0,3}?(?:governors|gouverneurs|states|etats|countries|pays|provinces|members|membres|nations|regions|cities|villes|municipalities|municipalites)\b[^.;]{0,60}))");
      static const Pattern home_among(
          R"(\b(?:quebec\w*|ministre|minister|premier|nous|notre|we|our|delegation|deux|two|both)\b)");
      if (auto by = signed_by_others.search(std::string_view(f.text).substr(hit.end));
          by && !home_among.found_in(by->view(1)))
        continue;
    }
    // "The Shandong side noted that its 2014 vocational training agreement
    // with Bavaria...": the partner's own agreement with another, when the
    // sentence names no Québec before it.
    {
      // The possessive governs the name: "son entente", "its 2014 vocational
      // training agreement"; not "a signé avec son homologue un protocole".
      bool possessive = false;
      for (std::size_t k = 0; k < std::min<std::size_t>(before.size(), 5); ++k) {
        const std::string_view w = before[k];
        if (w == "its" || w == "their" || w == "son" || w == "sa") {
          possessive = true;
          break;
        }
        if (w == "a" || w == "an" || w == "the" || w == "un" || w == "une" || w == "le" || w == "la" ||
            w == "l" || w == "les" || w == "with" || w == "avec" || w == "de" || w == "du" || w == "to")
          break;
      }
      // "Karnataka's 2006 MOU on IT cooperation with the Government of
      // Singapore": a foreign government's own, unless made with Québec.
      {
        static const Pattern genitive(R"((?:'|’)s\s+(?:[\w-]+\s+){0,5}$)");
        const std::size_t from = scope_begin > 60 ? scope_begin - 60 : 0;
        if (auto g = genitive.search(std::string_view(f.text).substr(from, hit.begin - from))) {
          const std::size_t owner_end = f.source_offset(from + g->position());
          static const Pattern with_home_after(
              R"(^\W*(?:[\w'-]+ ){0,6}?(?:avec|with) (?:le |the )?(?:gouvernement du |government of )?quebec\b)");
          if (std::any_of(partner_mentions.begin(), partner_mentions.end(),
                          [&](const PartnerMention& m) { return m.end == owner_end; }) &&
              !with_home_after.found_in(std::string_view(f.text).substr(hit.end)))
            continue;
        }
      }
      if (possessive) {
        const std::string_view lead = std::string_view(f.text).substr(0, hit.begin);
        const std::size_t lead_source = f.source_offset(hit.begin);
        const bool partner_before =
            std::any_of(partner_mentions.begin(), partner_mentions.end(),
                        [&](const PartnerMention& m) { return m.begin < lead_source; });
        // ("son entente de 2008 avec le Québec": Québec named after it.)
        static const Pattern home_named(R"(\b(?:quebec|we|nous|notre|our)\b)");
        static const Pattern with_home(
            R"(^\W*(?:[\w'-]+ ){0,6}?(?:avec|with) (?:le |the )?(?:gouvernement du |government of )?quebec\b)");
        if (partner_before && !home_named.found_in(lead) &&
            !with_home.found_in(std::string_view(f.text).substr(hit.end)))
          continue;
      }
    }
    // "Le gouvernement flamand a rappelé l'accord conclu en 1995 avec les
    // Pays-Bas": two foreign parties' own (see foreign_parties_own). (Not "À
    // Qingdao, la ministre a signé ... avec le Shandong": a place, then the
    // subject.)
    if (!partner_mentions.empty() && foreign_parties_own(text, f, hit, partner_mentions)) continue;
    // "the Framework Agreement on Deepening Guangdong–Hong Kong–Macao
    // Cooperation": named after foreign parties joined by dashes, without
    // Québec; "« Quatre moteurs pour l'Europe », accord qui la lie au
    // Bade-Wurtemberg": binds another government ("la", "it") to others.
    {
      std::size_t name_end = f.text.size();
      static const Pattern name_stop(
          R"([,;.(]|\b(?:signed|signee?s?|conclue?s?|concluded|qui|which|that)\b)");
      if (auto e = name_stop.search(std::string_view(f.text).substr(hit.end)))
        name_end = hit.end + e->position();
      name_end = std::min(name_end, hit.end + 120);
      const std::size_t from = f.source_offset(name_begins[h]), to = f.source_offset(name_end);
      // (A dash or a spaced hyphen joins parties; a bare hyphen joins two
      // words of one name, "Wallonie-Bruxelles", unless three are chained.)
      static const Pattern dash_only(R"(^(?:\s*(?:–|—|/)\s*|\s+-\s+)$)");
      static const Pattern hyphen_only(R"(^-$)");
      auto joined = [&](std::size_t a, const Pattern& by) {
        const auto& x = partner_mentions[a];
        const auto& y = partner_mentions[a + 1];
        return x.begin >= from && y.end <= to && y.begin > x.end && x.slug != y.slug &&
               by.found_in(std::string_view(text).substr(x.end, y.begin - x.end));
      };
      bool foreign_pair = false;
      for (std::size_t a = 0; a + 1 < partner_mentions.size() && !foreign_pair; ++a) {
        foreign_pair = joined(a, dash_only) || (a + 2 < partner_mentions.size() && joined(a, hyphen_only) &&
                                                joined(a + 1, hyphen_only));
      }
      const bool home_in_name =
          std::any_of(home_mentions.begin(), home_mentions.end(),
                      [&](const PartnerMention& m) { return m.begin >= from && m.begin < to; });
      static const Pattern with_home(
          R"(\b(?:avec|with|between|entre) (?:le |the )?(?:gouvernement du |government of )?quebec\b)");
      // "la convention ... signée en 2007 entre le Maroc et la France",
      // "l'accord ... entre le Chili et l'Argentine": between two others.
      if (!foreign_pair) {
        static const Pattern between_two(
            R"(^[^.;]{0,100}?\b(?:entre|between)\s+(?:(?:le|la|les|l'|the)\s*)?$)");
        static const Pattern and_word(R"(^\s*(?:et|and)\s+(?:(?:le|la|les|l'|the)\s*)?$)");
        for (std::size_t a = 0; a + 1 < partner_mentions.size() && !foreign_pair; ++a) {
          const auto& x = partner_mentions[a];
          const auto& y = partner_mentions[a + 1];
          const std::size_t after_hit = f.source_offset(hit.end);
          if (x.begin < after_hit || x.slug == y.slug) continue;
          foreign_pair =
              between_two.found_in(fold(std::string_view(text).substr(after_hit, x.begin - after_hit))) &&
              and_word.found_in(fold(std::string_view(text).substr(x.end, y.begin - x.end)));
        }
      }
      // "the MOU on North Sea energy transition that Scotland signed with
      // Norway in 2021", "l'accord que la Bavière a conclu avec la Saxe".
      if (!foreign_pair) {
        static const Pattern relative_subject(
            R"(^[^.;]{0,100}?\b(?:that|which|que|qu')\s*(?:(?:le|la|les|l'|the)\s*)?(?:(?:gouvernement|government)\s+(?:(?:de la|de l'|du|de|of)\s*)?)?$)");
        static const Pattern signed_with(
            R"(^\s*(?:(?:a|avait|has|had)\s+)?(?:signed|concluded|signe|conclu|entered into)\b[^.;]{0,30}?\b(?:with|avec)\s+(?:(?:le|la|les|l'|the)\s*)?(?:(?:gouvernement|government)\s+(?:(?:de la|de l'|du|de|of)\s*)?)?$)");
        const std::size_t after_hit = f.source_offset(hit.end);
        for (std::size_t a = 0; a + 1 < partner_mentions.size() && !foreign_pair; ++a) {
          const auto& x = partner_mentions[a];
          const auto& y = partner_mentions[a + 1];
          if (x.begin < after_hit || x.slug == y.slug) continue;
          foreign_pair = relative_subject.found_in(
                             fold(std::string_view(text).substr(after_hit, x.begin - after_hit))) &&
                         signed_with.found_in(fold(std::string_view(text).substr(x.end, y.begin - x.end)));
        }
      }
      if (foreign_pair && !home_in_name && !with_home.found_in(f.text)) continue;
      static const Pattern binds_another(
          R"(^[^.;]{0,60}?\b(?:qui|which|that)\s+(?:la|le|les|l'|lui|it|them)\s*(?:lie|lient|liait|liaient|unit|unissent|unissait|binds?|links?|ties?)\s+(?:a|au|aux|to|with|avec)\b)");
      if (binds_another.found_in(std::string_view(f.text).substr(hit.end)) && !home_word().found_in(f.text))
        continue;
    }
    // "l'Accord entre le Canada et le Japon ..., dont le Québec n'est pas
    // signataire": not one of its commitments.
    {
      static const Pattern not_party(
          R"(^[^.;]{0,120}?\b(?:n'(?:y )?est pas|ne sont pas|n'y sont pas|is not|are not|isn't)\s+(?:un |une |a |an )?(?:signataires?|parties?|party|signatory|signatories)\b)");
      if (not_party.found_in(std::string_view(f.text).substr(hit.end))) continue;
      // "a sister-port agreement ..., to which the Province is not a party":
      // the report's own government, named by what it is.
      static const Pattern own_government_no_party(
          R"(^[^.;]{0,120}?\b(?:to which|auquel|a laquelle|auxquels|auxquelles)\s+(?:the |la |le |l')?(?:province|government|gouvernement|state|etat)\s+(?:is not|was not|n'est pas|n'etait pas)\s+(?:a |an |une )?(?:party|partie|signatory|signataire)\b)");
      if (own_government_no_party.found_in(std::string_view(f.text).substr(hit.end))) continue;
      // "...; le Québec n'est pas concerné par cet accord", "ce que le Québec
      // n'a pas fait", "; il ne s'agit pas d'un instrument québécois": said
      // of it in a clause after it.
      static const Pattern home_denied_after(
          R"(^[^.]{0,220}?(?:[;,:]|\bce que|\bwhich)\s*(?:le |the government of |the )?(?:quebec|gouvernement du quebec) (?:n'(?:y |en )?(?:est|etait|sont) (?:\w+ )?(?:pas|aucunement|nullement) (?:\w+ )?(?:concernee?|partie|signataire|lie|liee)|n'a pas (?:fait|signe|adhere|souscrit)|(?:is|was) not (?:\w+ )?(?:a )?(?:party|signatory|concerned|bound|involved)|did not (?:join|sign))\b)");
      // ("il s'agit d'un accord entre municipalités" names it too.)
      if (home_denied_after.found_in(std::string_view(f.text).substr(hit.end)) ||
          not_home_instrument().found_in(
              std::string_view(f.text).substr(hit.begin > 20 ? hit.begin - 20 : 0)))
        continue;
      // "the Paris Agreement", "le Protocole de Kyoto": conventions between
      // states; "the 1972 Canada–United States Agreement", "l'Accord entre le
      // Canada et la Chine", "federal instruments": Canada's, not Québec's.
      // (And Canada's constitutional accords: "l'Accord de Charlottetown",
      // "the Meech Lake Accord".)
      static const Pattern convention(
          R"(\b(?:paris|kyoto|montreal|nagoya|cartagena|minamata|marrakech|sendai|glasgow|charlottetown|meech lake|lac meech)\s*$)");
      static const Pattern convention_after(
          R"(^\s*(?:de|of|du) (?:paris|kyoto|montreal|nagoya|cartagena|minamata|marrakech|sendai|glasgow|charlottetown|lac meech|meech lake)\b)");
      static const Pattern federal_name(
          R"((?:\bcanada\s*(?:-|–|/)\s*(?!quebec)[a-z][^.;]{0,60}$)|(?:\b(?:du|the|of) canada\s*$))");
      // "l'accord Canada-Maroc", "Agreement for Trans-Pacific Partnership
      // (CPTPP), in force between Canada and Japan": named after the word, up
      // to a long name's length, unless Québec is named first.
      static const Pattern canada_named_after(
          R"(^\s*(?:(?!(?:with|avec)\b)[a-z'-]+\s+){0,3}?(?:du |de |the |of )?canada\s*(?:-|–|/)\s*(?!quebec)[a-z])");
      // The trade treaties of Canada, by the names reports use.
      static const Pattern federal_treaty(
          R"(^(?:(?!\b(?:quebec|pour|afin|visant|tirer|to|which|qui|that|with|avec|benefit|help|aider)\b)[^.;,]){0,60}?\b(?:alena|nafta|aceum|cusma|usmca|aecg|ceta|ptpgp|cptpp|alecc|ckfta|aelc|gatt|libre-echange nord-americain|north american free trade|comprehensive economic and trade|partenariat transpacifique|trans-pacific partnership)\b)");
      static const Pattern between_canada(
          R"(^([^.;]{0,90}?)\b(?:entre le canada et|between canada and|between the government of canada and|entre le gouvernement du canada et)\b)");
      static const Pattern quebec_word(R"(\bquebec\b)");
      static const Pattern federal(
          R"(\b(?:federal (?:instruments?|arrangements?|agreements?|treat(?:y|ies))|(?:instruments?|arrangements?|accords?|ententes?|traites?) federa(?:l|ux|le|les)|(?:releve|relevent) du gouvernement (?:du canada|federal)|negociee? par (?:le gouvernement (?:federal|du canada|canadien)|ottawa)|(?:conclue?s?|negociee?s?|signee?s?|concluded|negotiated|signed) (?:par|by|entre|between) ottawa|federal jurisdiction|competence federale|signed by (?:the government of )?canada|signee? par le (?:gouvernement du )?canada|accords? commerciaux? du canada|(?:the )?canadian embassy|ambassade du canada|global affairs canada|affaires mondiales canada)\b)");
      const std::string_view lead = std::string_view(f.text).substr(0, hit.begin);
      const std::string_view tail = std::string_view(f.text).substr(hit.end);
      if (convention.found_in(lead.substr(lead.size() > 30 ? lead.size() - 30 : 0)) ||
          convention_after.found_in(tail) ||
          federal_name.found_in(lead.substr(lead.size() > 60 ? lead.size() - 60 : 0)) ||
          canada_named_after.found_in(tail) || federal_treaty.found_in(tail))
        continue;
      // Said of it: between the instrument before and the one after
      // ("l'Entente franco-québécoise ..., et de la Convention fiscale entre le
      // Canada et la France, qui relève du gouvernement fédéral" is the
      // second's), or of all of them in the plural ("qui relèvent du").
      {
        const std::size_t from = h > 0 ? hits[h - 1].end : 0;
        const std::size_t to = h + 1 < hits.size() ? hits[h + 1].begin : f.text.size();
        static const Pattern plural_federal(
            R"(\b(?:relevent du gouvernement (?:du canada|federal)|(?:instruments|arrangements|accords|ententes|traites) federaux|federal (?:instruments|arrangements|agreements|treaties))\b)");
        // ("..., et de la Convention fiscale de 1975, qui relève du
        // gouvernement fédéral": said of the next thing listed.)
        static const Pattern listed_after(
            R"(,\s*(?:et|ainsi que|and|as well as)\s+(?:de |du |des |d'|of )?)");
        bool said_of_it = false;
        for (const auto& fm : federal.all(std::string_view(f.text).substr(from, to - from))) {
          const std::size_t at = from + fm.position();
          said_of_it = at < hit.begin ||
                       !listed_after.found_in(std::string_view(f.text).substr(hit.end, at - hit.end));
          if (said_of_it) break;
        }
        if (said_of_it || plural_federal.found_in(f.text)) continue;
      }
      // "Au plan fédéral, l'Accord-cadre ...": said before it, in its clause.
      static const Pattern federal_lead(R"(\b(?:au|sur le) plan federal|\bat the federal level)");
      {
        std::string_view clause = lead;
        if (const auto semi = clause.rfind(';'); semi != std::string_view::npos)
          clause = clause.substr(semi + 1);
        if (federal_lead.found_in(clause)) continue;
      }
      // (Not "which complements the agreement between Canada and China": said
      // of another instrument.)
      static const Pattern instrument_word(
          R"(\b(?:accords?|ententes?|agreements?|protocoles?|protocols?|arrangements?|traites?|treat(?:y|ies)|conventions?)\b)");
      if (auto b = between_canada.search(tail);
          b && !quebec_word.found_in(b->view(1)) && !instrument_word.found_in(b->view(1)))
        continue;
      // "We did not sign the proposed letter of intent", "Le protocole ... n'a
      // pu être signé": none was.
      static const Pattern not_signed_before(
          R"(\b(?:did not|didn't|could not|couldn't|n'avons pas|n'avons pu|n'a pas|n'a pu|n'ont pas|n'ont pu|ne pas|sans) (?:pu )?(?:sign|signe|signer|conclude|conclu|conclure)\b[^.;]{0,40}$)");
      static const Pattern not_signed_after(
          R"(^[^.;]{0,240}?\b(?:n'(?:a|ont|avait|avaient) (?:pas |jamais )?(?:pu )?(?:ete |etre )+(?:signee?s?|conclue?s?)|(?:was|were) not (?:signed|concluded)|(?:has|have) not been (?:signed|concluded)|(?:could|can) not be signed|cannot be signed|(?:initialled|initialed|paraphee?s?|negotiated|negociee?s?|drafted|redigee?s?|prepared|preparee?s?|discussed|discutee?s?)\b[^.;]{0,40}?\b(?:but not|mais (?:non|pas)|sans etre) (?:yet )?(?:encore )?(?:signed|signee?s?|concluded|conclue?s?))\b)");
      // "Un protocole d'entente ... a été paraphé, mais il ne sera signé
      // qu'après approbation", "au paraphe d'un protocole": initialled, not
      // signed, unless the sentence says it was signed too.
      static const Pattern initialled_before(
          R"(\b(?:paraphe|paraphee?s?|initiall?ed|initiall?ing)\b[^.;]{0,40}$)");
      static const Pattern initialled_after(
          R"(^[^.;]{0,100}?\b(?:paraphee?s?|initiall?ed)\b(?! (?:d'|de |du |des |of )))");
      static const Pattern signed_too(
          R"((?<!ne sera )(?<!ne seront )(?<!will be )(?<!to be )(?<!not )(?<!pas )\b(?:signee?s?|signed|signature|signing)\b)");
      const std::size_t own_end =
          (h + 1 < hits.size() ? std::max(hit.end, name_begins[h + 1]) : f.text.size()) - hit.end;
      // (Not one of an earlier year: "L'entente de 2012, paraphée en 2011,
      // demeure en vigueur".)
      auto earlier_year = [&] {
        static const Pattern year(R"(\b(?:19|20)\d\d\b)");
        for (const auto& y : year.all(f.text)) {
          if (!ctx.mission_year.empty() && y.view() < std::string_view(ctx.mission_year)) return true;
        }
        return false;
      };
      // (Signed too, in its own words: not "la signature d'une déclaration
      // ... et au paraphe d'un protocole", the declaration's.)
      const auto initialled_lead =
          initialled_before.search(lead.substr(lead.size() > 60 ? lead.size() - 60 : 0));
      const bool initialled_only = (initialled_lead || initialled_after.found_in(tail.substr(0, own_end))) &&
                                   !signed_too.found_in(tail.substr(0, own_end)) &&
                                   !(initialled_lead && signed_too.found_in(initialled_lead->view())) &&
                                   !earlier_year();
      // (Initialled and said to be signed later, it is not made yet;
      // initialled alone, it is known of, and what the mission made is not
      // known: the next sentence may tell of its signing.)
      static const Pattern signed_later(
          R"(\b(?:ne (?:sera|seront|pourra|pourront) (?:\w+ )?(?:etre )?signee?s?|(?:n'est|ne sont) pas encore|pas encore signee?s?|not yet|will (?:only )?be signed|to be signed|sera signee? (?:apres|une fois|lorsque|quand|lors|ulterieurement|plus tard))\b)");
      if ((initialled_only && signed_later.found_in(f.text)) ||
          not_signed_before.found_in(lead.substr(lead.size() > 80 ? lead.size() - 80 : 0)) ||
          not_signed_after.found_in(tail.substr(0, own_end))) {
        note_unmade();
        continue;
      }
      if (initialled_only && relation == "produced") relation = "references";
      // "une entente privée entre les deux entreprises", "a commercial
      // agreement": no government's.
      static const Pattern private_one(
          R"(^\s*(?:privee?s?|private|commerciale?s?|commercial|d'affaires|business)\b)");
      if (private_one.found_in(tail)) continue;
    }
    // "La signature de l'entente prévue a été reportée": not signed; a renewal
    // put off is still to do. What is put off must be in the agreement's clause
    // ("signé avec Qingdao, mais la visite à Jinan a été annulée" still signed
    // it), or be the signing itself ("..., mais sa signature a été reportée").
    if (relation == "produced" || relation == "renewed") {
      static const Pattern called_off(
          R"(\b(?:reportee?s?|repoussee?s?|annulee?s?|ajournee?s?|differee?s?|postponed|cancell?ed|deferred|called off|put off)\b)");
      static const Pattern other_clause(R"(;|\b(?:mais|tandis que|alors que|but|whereas|while)\b)");
      static const Pattern signing(R"(\b(?:signature|signing|sign|signed|signee?s?)\b)");
      std::string_view clause = std::string_view(f.text).substr(hit.begin), later;
      if (auto cut = other_clause.search(clause)) {
        later = clause.substr(cut->position());
        clause = clause.substr(0, cut->position());
      }
      if (called_off.found_in(clause) || (called_off.found_in(later) && signing.found_in(later))) {
        if (relation == "produced") continue;
        relation = "plans_update";
      }
    }
    // A recommendation asks for what is still to do: "Renouveler l'entente"
    // plans it, and a signing or renewal named there has not happened.
    if (ctx.prescriptive) {
      if (relation == "produced") relation = "references";
      if (relation == "renewed") relation = "plans_update";
    }
    int count = 0;
    bool vague = !before.empty() && is_vague_determiner(before[0]);
    // "l'entente", "cette entente", "the MOU": one the reader already knows.
    // "Cette entente", "this agreement": the one just named, whatever else
    // the sentence says about it.
    const bool demonstrative =
        before.size() > det &&
        (before[det] == "ce" || before[det] == "cet" || before[det] == "cette" || before[det] == "ladite" ||
         before[det] == "ledit" || before[det] == "this" || before[det] == "said");
    const bool definite =
        demonstrative ||
        (before.size() > det && (before[det] == "l" || before[det] == "le" || before[det] == "la" ||
                                 before[det] == "the" || before[det] == "that"));
    // "deux protocoles", not "pour trois ans l'entente" (a number of years).
    for (std::size_t k = 0; k < before.size(); ++k) {
      std::string_view w = before[k];
      // (Nor "Amendment No. 2 to the 2007 Agreement": a number before a
      // preposition labels something else.)
      const bool counts_units =
          k > 0 && (before[k - 1] == "ans" || before[k - 1] == "annees" || before[k - 1] == "years" ||
                    before[k - 1] == "mois" || before[k - 1] == "months" || before[k - 1] == "jours" ||
                    before[k - 1] == "days" || before[k - 1] == "fois" || before[k - 1] == "times" ||
                    (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                     (before[k - 1] == "to" || before[k - 1] == "of" || before[k - 1] == "a" ||
                      before[k - 1] == "au" || before[k - 1] == "aux" || before[k - 1] == "de" ||
                      before[k - 1] == "du")));
      // (A figure counts only standing alone: not the "2" of an item
      // numbered "A.2" or "3.2", nor "No. 2".)
      static const Pattern figure_alone(R"((?:^|[\s(,;:])\d+\s+(?:[\w'-]+\s+){0,2}$)");
      const bool figure =
          !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (figure && !figure_alone.found_in(std::string_view(f.text).substr(0, scope_begin))) continue;
      if (int n = count_word(w); n > 0 && !counts_units) {
        count = n;
        break;
      }
    }
    // "Un avenant à l'entente de 1989 a été signé": the mission amended that
    // agreement and signed no new one. "Un projet d'avenant à l'entente",
    // "un avenant sera négocié": an update to come. The words that govern
    // the agreement are then those before the amendment.
    std::optional<std::string> amended; // its date, "" for the mission's
    std::size_t governed_from = hit.begin;
    bool amendment_planned = false;
    if (auto amendment = amendment_before(f.text, scope_begin)) {
      governed_from = *amendment;
      static const Pattern to_come(
          R"(^[^.;]{0,80}?\b(?:(?:sera|seront|serait|devra|devrait|pourra|pourrait|will|would|should|shall|is to|are to)(?: \w+){0,2} (?:etre )?(?:negocie|signe|conclu|prepare|elabore|redige|soumis|propose|negotiated|signed|concluded|prepared|drafted|submitted|proposed)|(?:est|sont|is|are) (?:actuellement |currently |still |encore )?(?:en (?:cours de )?(?:negociation|preparation|redaction|elaboration)|under (?:negotiation|preparation|discussion)|being (?:negotiated|prepared|drafted)))\b)");
      if (relation == "produced" || relation == "renewed") {
        amended = "";
        relation = "references";
      } else if (prospective(std::string_view(f.text).substr(0, governed_from), ctx.prescriptive) ||
                 to_come.found_in(std::string_view(f.text).substr(hit.end)) || relation == "plans_update") {
        relation = "plans_update";
        amendment_planned = true;
      } else if (signed_earlier) {
        amended = signed_in;
      } else {
        // "L'avenant à l'entente de 2005, signé en 2012", "..., signé le 22
        // novembre" (this mission): when it was amended. The participle
        // agrees with the amendment ("avenant" is masculine, "entente"
        // feminine); English does not say which it is of.
        static const Pattern signed_then(
            R"(^[^.;]{0,80}?\b(?:signes?|conclus?)\b(?:[^.;]{0,15}?\b((?:19|20)\d\d)\b|( le \d{1,2}(?:er)? [a-z]+\b)(?! (?:19|20)\d\d))?)");
        if (auto m = signed_then.search(std::string_view(f.text).substr(hit.end))) {
          if (m->matched(1) && m->length(1) > 0)
            amended = m->str(1);
          else if (m->matched(2) && m->length(2) > 0)
            amended = "";
        }
      }
    }
    if (revised_now && !amended) amended = "";
    // "Negotiate with Shenzhen a successor to the expired 2010 MOU", "un
    // remplacement du protocole de 2010": the one named is to be replaced,
    // whatever is said of its successor.
    {
      static const Pattern successor_of(
          R"(\b(?:successor|successeur|replacement|remplacement|remplacant|new version|nouvelle version)\s+(?:to|of|for|a|au|de|du|d')\s*(?:(?:the|its|le|la|l'|cet|cette|ce)\s*)?(?:[\w-]+\s+){0,3}$)");
      const std::size_t from = scope_begin > 60 ? scope_begin - 60 : 0;
      if (relation == "references" &&
          successor_of.found_in(std::string_view(f.text).substr(from, scope_begin - from))) {
        relation = "plans_update";
        amendment_planned = true; // (what comes next governs the successor, not this one)
      }
    }
    if (!amendment_planned && !revised_now &&
        prospective(std::string_view(f.text).substr(0, governed_from), ctx.prescriptive)) {
      // ("Kyoto City proposed a letter of intent": one not made, when the
      // report does not ask for it.)
      if (!ctx.prescriptive) note_unmade();
      continue;
    }
    // "Un protocole d'entente ... est en cours de préparation", "is being
    // negotiated": not one yet.
    if (relation == "references") {
      static const Pattern in_the_making(
          R"(^[^.;,]{0,60}?\b(?:est|sont|is|are|was|were|reste|restent)(?: encore| toujours| still| currently| actuellement)? (?:en (?:cours de )?(?:preparation|negociation|elaboration|redaction|discussion)|a (?:negocier|preparer|finaliser|conclure|signer)|being (?:prepared|negotiated|drafted|discussed|finalized|finalised)|under (?:negotiation|preparation|discussion)|to be (?:signed|negotiated|concluded))\b)");
      // "Le bilan de l'entente ... est à préparer": the agreement is not what is prepared.
      auto governing = words_before(f.text, scope_begin, 2);
      const bool complement = governing.size() > 1 && (governing[1] == "de" || governing[1] == "du" ||
                                                       governing[1] == "of" || governing[1] == "under");
      if (!complement && in_the_making.found_in(std::string_view(f.text).substr(hit.end))) {
        note_unmade();
        continue;
      }
      // "Un protocole d'entente en matière agricole entre le ministère de
      // l'Agriculture, des Pêcheries et de l'Alimentation et le Département
      // de l'agriculture du Shandong est en cours de négociation": an
      // indefinite one whose long name reaches its verb is no more one yet.
      // Not across a clause about something else ("dont le renouvellement
      // est en cours de négociation").
      const bool indefinite = before.size() > det && (before[det] == "un" || before[det] == "une" ||
                                                      before[det] == "a" || before[det] == "an");
      // ("Un protocole ... a été négocié; il sera signé à une date
      // ultérieure", "A Québec-Minnesota agreement ... was discussed".)
      static const Pattern in_the_making_far(
          R"(^(?:(?!\b(?:dont|whose|mais|but|tandis|while|whereas|alors|qui|which|that|que)\b)[^.;]){0,300}?\b(?:(?:est|is)(?: encore| toujours| still| currently| actuellement)? (?:en (?:cours de )?(?:preparation|negociation|elaboration|redaction)|being (?:prepared|negotiated|drafted|finalized|finalised)|under (?:negotiation|preparation))|(?:a ete|ont ete|was|were|has been|have been) (?:negociee?s?|discutee?s?|evoquee?s?|proposee?s?|envisagee?s?|negotiated|discussed|proposed|considered|contemplated|explored)(?! (?:et|and) (?:signe|signed|conclu|concluded))|(?:sera|seront|will be|is to be|are to be|is expected to be) (?:signee?s?|conclue?s?|signed|concluded))\b)");
      // Only as far as the next instrument's name, and not past a clause
      // about something else ("..., et un nouveau volet est en cours de
      // négociation", "..., although the work plan it called for was never
      // finalized") or a signing of this one ("signée en 2014").
      const std::size_t own_end = h + 1 < hits.size() ? std::max(hit.end, name_begins[h + 1]) : f.text.size();
      const std::string_view own_tail = std::string_view(f.text).substr(hit.end, own_end - hit.end);
      static const Pattern other_clause(
          R"(,\s*(?:et|and|mais|but)\b|\b(?:although|though|bien que|quoique|alors que|even if|meme si)\b)");
      static const Pattern signed_one(
          R"((?<!sera )(?<!seront )(?<!serait )(?<!etre )(?<!will be )(?<!to be )(?<! be )\b(?:signee?s?|signed|conclue?s?|concluded|paraphee?s?)\b)");
      auto before_other_clause = [&](std::string_view tail, bool or_signing) {
        if (auto m = other_clause.search(tail)) tail = tail.substr(0, m->position());
        if (auto m = or_signing ? signed_one.search(tail) : std::nullopt)
          tail = tail.substr(0, m->position());
        return tail;
      };
      if (indefinite && !complement && in_the_making_far.found_in(before_other_clause(own_tail, true)))
        continue;
      // "The MOU with Yantai on agri-food discussed in 2014 was never
      // finalized": there is none, whichever article names it.
      static const Pattern never_made(
          R"(^(?:(?!\b(?:dont|whose|mais|but|tandis|while|whereas|alors|qui|which|that|que)\b)[^.;]){0,200}?\b(?:(?:was|were|has|have|had) never (?:been )?(?:finalized|finalised|signed|concluded|completed|ratified)|n'(?:a|ont|avait|avaient) jamais ete (?:finalisee?s?|signee?s?|conclue?s?|ratifiee?s?))\b)");
      if (!complement && never_made.found_in(before_other_clause(own_tail, false))) {
        note_unmade();
        continue;
      }
      // "a new comprehensive agreement, to be negotiated in 2016", "à négocier".
      static const Pattern to_be_made(
          R"(^\W{0,3}(?:to be (?:negotiated|signed|concluded|drafted|prepared)|a (?:negocier|signer|conclure|preparer|rediger))\b)");
      if (to_be_made.found_in(std::string_view(f.text).substr(hit.end))) continue;
      // "Une entente de jumelage avec Qingdao pourrait être signée en 2015",
      // "could be signed in 2026": a signing to come, not an agreement yet.
      // Not what is said of another thing ("dont l'avenant pourrait être signé").
      static const Pattern signed_later(
          R"(^(?:(?!\b(?:dont|whose|mais|but|tandis|while|whereas|et|and|que|that|qui|which|prevoit|provides|ou|or)\b)[^.;]){0,100}?\b(?:sera|seront|serait|seraient|pourra|pourront|pourrait|pourraient|devra|devront|devrait|devraient|doit|doivent|will|would|could|might|should|shall|must|is to|are to|is expected to|are expected to|is likely to)(?: \w+){0,2} (?:etre |be )?(?:signee?s?|conclue?s?|negociee?s?|paraphee?s?|adoptee?s?|signed|concluded|negotiated|initialled|initialed|adopted)\b)");
      if (signed_later.found_in(std::string_view(f.text).substr(hit.end))) continue;
    }
    // "We recommend that the Connecticut MOU be finalized", "que le protocole
    // ... soit signé": one still to be made, not one to update. ("that the
    // renewed MOU be signed" renews one.)
    if (relation == "references" || relation == "plans_update") {
      static const Pattern still_to_sign(
          R"(^(?:(?!\b(?:that|que|qui|which|provides|prevoit|will|would|shall|to|dont|whose)\b)[^.;,]){0,60}?\b(?:be|soit|soient) (?:finali[sz]ed|signed|concluded|ratified|finalisee?s?|signee?s?|conclue?s?|ratifiee?s?)\b)");
      static const Pattern renewed_one(
          R"(\b(?:renouvel\w*|renew\w*|revised|revisee?s?|nouvelle version|new version|updated|mise a jour|amended|modifiee?s?|(?:prolongee?s?|prorogee?s?)|extended)\b)");
      const std::size_t from = scope_begin > 40 ? scope_begin - 40 : 0;
      // ("que l'avenant à l'entente de 2008 soit signé": the amendment is.)
      if (still_to_sign.found_in(std::string_view(f.text).substr(hit.end)) &&
          !renewed_one.found_in(std::string_view(f.text).substr(from, hit.end - from)) &&
          !amendment_before(f.text, scope_begin))
        continue;
    }

    std::size_t src_begin = f.source_offset(scope_begin);
    std::size_t src_end = f.source_offset(scope_end);
    auto partners_in = [&](std::size_t b, std::size_t e) {
      std::vector<std::string> slugs;
      for (const auto& m : partner_mentions) {
        if (m.begin >= b && m.begin < e) slugs.push_back(m.slug);
      }
      return slugs;
    };
    auto domains_in = [&](std::size_t b, std::size_t e) {
      std::vector<std::string> slugs;
      for (const auto& m : domain_mentions) {
        if (m.begin >= b && m.begin < e && std::find(slugs.begin(), slugs.end(), m.slug) == slugs.end())
          slugs.push_back(m.slug);
      }
      return slugs;
    };
    auto years_in = [&](std::size_t b, std::size_t e) {
      // "expired in 2022", "jusqu'en 2025", "until 2030" give an end, not the signing.
      static const Pattern end_words(
          R"((?:\b(?:expir\w*|echu\w*|ech(?:e|é)ance|until|through|till|prend fin|pris fin|ends?|ended|plus en vigueur|no longer in force)|échu\w*|éch(?:e|é)ance)\W+(?:[\w\x80-\xff]+[^\w\x80-\xff]+){0,2}(?:\d{1,2}(?:er)?\s+[a-z\x80-\xff]+\s+|[\w\x80-\xff]+[^\w\x80-\xff]+)?$|\bjusqu(?:'|’)(?:\w+\W+){0,4}$|\b(?:r(?:e|é)sili\w*|abrog\w*|terminat\w*|rescind\w*|revok\w*|laps\w*|caduqu\w*)\W+(?:\w+\W+){0,3}?(?:en|in|on|le|since|depuis|d'ici|by|avant|before)\W+(?:\w+\W+){0,2}$)",
          Pattern::Case::Insensitive);
      std::vector<std::pair<std::size_t, std::string>> years;
      for (const auto& m : year_re.all(std::string_view(text).substr(b, e - b))) {
        std::size_t at = b + m.position(1);
        std::size_t from = at > 30 ? at - 30 : 0;
        std::string_view lead = std::string_view(text).substr(from, at - from);
        // ("the expired 2010 MOU", "l'entente échue de 2008": the year names
        // the agreement the adjective describes.)
        static const Pattern ended_adjective(
            R"(\b(?:the|its|their|this|that|an?)\s+(?:now[- ])?(?:expired|lapsed|defunct|terminated)\s+$|\b(?:echue?s?|expiree?s?|caduque?s?)\s+(?:de|du|d'|of)\s+$)",
            Pattern::Case::Insensitive);
        if (end_words.found_in(lead) && !ended_adjective.found_in(fold(lead))) continue;
        // "tacitly renewed every five years, most recently in September
        // 2023": its latest renewal's year.
        static const Pattern latest_renewal(
            R"(\b(?:most recently|le plus recemment|la derniere fois|en dernier lieu|last renewed|derniere reconduction|dernier renouvellement)\W+(?:\w+\W+){0,2}$)");
        if (latest_renewal.found_in(fold(lead))) continue;
        // "renouveler cette entente d'ici 2023": a deadline, not its year.
        static const Pattern by_deadline(
            R"(\b(?:d(?:'|’)ici|au plus tard|no later than|by the end of|avant la fin)\W+(?:(?:la|le|l'|l’|de|d'|d’|du|the|of|fin|end)\W*)*$|\bby (?:(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter) )?$)",
            Pattern::Case::Insensitive);
        if (by_deadline.found_in(lead)) continue;
        // "by December 31, 2025", "d'ici le 31 mars 2024": a day to come
        // (not "ratified by June 30, 2015 as planned").
        // ("avant le 1er janvier 2015", "before March 21, 2024": a cutoff,
        // whenever; "by June 30, 2015" is one only when it was to be done:
        // "was to be renewed by March 31, 2020", not "ratified by June 30,
        // 2015 as planned".)
        static const Pattern to_day(
            R"(\b(by|before|d(?:'|’)ici|au plus tard|avant) (?:(?:the|le) )?(?:\d{1,2}(?:st|nd|rd|th|er)? (?:of )?\S+,? |(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}(?:st|nd|rd|th)?,? )$)",
            Pattern::Case::Insensitive);
        static const Pattern to_be_done(
            R"(\b(?:to be|was to|were to|is to|are to|must|should|shall|will|would|due|doit|doivent|devait|devaient|devra|devront|devrait)\b)",
            Pattern::Case::Insensitive);
        if (auto d = to_day.search(lead)) {
          const std::string word = fold(d->view(1));
          const bool cutoff = word == "before" || word == "avant";
          if (cutoff || (!ctx.mission_year.empty() && m.view(1) >= std::string_view(ctx.mission_year)) ||
              to_be_done.found_in(std::string_view(text).substr(at > 70 ? at - 70 : 0, at > 70 ? 70 : at)))
            continue;
        }
        // "Convene the working group ... before December 2023", "avant
        // décembre 2023" in a recommendation: when it is asked for.
        static const Pattern before_deadline(
            R"(\b(?:before|avant)\s+(?:(?:la|le|l'|the)\s*)?(?:\d{1,2}(?:er|st|nd|rd|th)?\s+(?:of\s+)?)?(?:(?:fin|end|debut|start|january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:de\s+|d'|of\s+)?)?$)");
        if (ctx.prescriptive && !ctx.mission_year.empty() &&
            m.view(1) >= std::string_view(ctx.mission_year) && before_deadline.found_in(fold(lead)))
          continue;
        // "l'Entente de coopération ..., dont le groupe de travail s'est réuni
        // en 1993": a year of something the agreement has, not of the
        // agreement.
        static const Pattern part_of_it(
            R"(\b(?:dont|whose)\s+(?:le|la|les|l'|the|its)\s*(?!(?:signature|renouvellement|reconduction|entree|echeance|expiration|mise en oeuvre|signing|renewal|expiry|term|duree|validite)\b)[a-z])");
        if (part_of_it.found_in(fold(std::string_view(text).substr(b, at - b)))) continue;
        {
          const std::size_t wide_from = at > 80 ? at - 80 : 0;
          const std::string wide = fold(std::string_view(text).substr(wide_from, at - wide_from));
          // "left without one since 1995", "sans entente depuis 1995": when
          // there has been none.
          static const Pattern none_since(R"(\b(?:without|sans)\b[^.;]{0,40}\b(?:since|depuis)\s+$)");
          // "avant la vente aux enchères de février 2018", "after the
          // elections of 2018": another event's date.
          static const Pattern other_event(
              R"(\b(?:avant|apres|before|after|following|suite a)\s+(?:(?:la|le|l'|les|the|an?|une?)\s*)?(?!(?:entente|accord|protocole|arrangement|declaration|signature|renouvellement|reconduction|agreement|mou|memorandum|signing|renewal)\b)[\w'-]+(?:\s+[\w'-]+){0,3}\s+(?:de|du|d'|of|in|en)\s+(?:(?:\d{1,2}(?:er)?\s+)?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\s+)?$)");
          // "dont la signature est prévue en septembre 2017": not signed yet.
          static const Pattern signing_to_come(
              R"(\b(?:signature|signing)\s+(?:(?:\w+\s+)?(?:est|etait|sera|is|was|will be)\s+(?:\w+\s+)?)?(?:prevue|planifiee|envisagee|programmee|attendue|visee|planned|expected|scheduled|foreseen|targeted)\b[^.;|]{0,30}$)");
          // "a meeting in the first half of 2025", "au premier semestre de
          // 2025": a period to come.
          static const Pattern part_of_year(
              R"(\b(?:first|second|third|fourth|last|premier|premiere|second|seconde|deuxieme|troisieme|quatrieme|dernier)\s+(?:half|quarter|semester|semestre|trimestre)\s+(?:(?:of|de|du)\s+)?(?:l'(?:annee|exercice)\s+)?$)");
          if (none_since.found_in(wide) || other_event.found_in(wide) || signing_to_come.found_in(wide))
            continue;
          const std::string& last = ctx.mission_end_year.empty() ? ctx.mission_year : ctx.mission_end_year;
          if (!last.empty() && m.view(1) > std::string_view(last) && part_of_year.found_in(wide)) continue;
          // "Préparer le renouvellement de l'entente-cadre pour la commission
          // mixte de 2026": a meeting to come, not the agreement's year.
          static const Pattern meeting_to_come(
              R"(\b(?:pour|for|lors d[eu]|at|a|au|during|durant|avant|before|d'ici|ahead of|en vue d[eu])\s+(?:(?:la|le|l'|les|the)\s*)?(?:(?:prochaine?|next|future)\s+)?(?:commission|comite|committee|reunion|meeting|session|sommet|summit|forum|conference|visite|visit|mission|groupe de travail|working group)\b[^.;]{0,30}?\s(?:de|du|of|in|en)\s+$)");
          if (!last.empty() && m.view(1) > std::string_view(last) && meeting_to_come.found_in(wide)) continue;
          // "Assurer le suivi du protocole ... par un premier comité de suivi
          // en janvier 2024" asked by the report: when the thing asked for is
          // to happen, after the mission, not when the agreement was signed.
          static const Pattern happens_in(
              R"(\b(?:en|in|au|during|lors de|pour)\s+(?:(?:le|la|l'|the)\s*)?(?:(?:debut|fin|mi|printemps|ete|automne|hiver|early|late|mid|spring|summer|fall|autumn|winter|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)[\s-]+(?:de\s+|d'|of\s+)?)?$)");
          if (ctx.prescriptive && !last.empty() && m.view(1) > std::string_view(last) &&
              happens_in.found_in(wide))
            continue;
        }
        // "| Créer le groupe de travail du protocole avec Zibo | MEIE | 2025 |":
        // a year alone in a cell after the mission's is a column of deadlines.
        {
          static const Pattern cell_open(R"(\|\s*$)");
          static const Pattern cell_close(R"(^\d{4}\s*(?:\||$))");
          if (!ctx.mission_year.empty() && m.view(1) > std::string_view(ctx.mission_year) &&
              cell_open.found_in(lead) && cell_close.found_in(std::string_view(text).substr(at)))
            continue;
        }
        // "prolongé en 2019", "amended in 2015": when it was renewed or
        // amended, not signed. ("Revise the 1999 MOU", "renewed the 2008
        // agreement": the agreement's.)
        static const Pattern renewed_then(
            R"(\b(?:prolong[\w\x80-\xff]*|renouvel[\w\x80-\xff]*|reconduit[\w\x80-\xff]*|modifi[\w\x80-\xff]*|amend\w*|r(?:é|e)vis[\w\x80-\xff]*|mise? (?:a|à) jour|extended|renewed|revised|updated)\W+(?:(?:par|by)\W+(?:(?:un|an)\W+)?(?:avenant|amendment|(?:(?:é|e)change|exchange) (?:de|of) lettres?|letters?)\W+)?(?:(?:en|in|le|on|depuis|since)\W+)?$)",
            Pattern::Case::Insensitive);
        if (renewed_then.found_in(lead)) continue;
        // "joint calls for proposals starting in 2020", "à partir de 2021":
        // when something begins, not the signing.
        static const Pattern from_words(
            R"(\b(?:starting|beginning|commencing|effective|a partir d|(?:à|a) partir d|d(?:e|è)s|debutant|commencant|takes? effect|took effect|entre(?:ra)? en vigueur|est entree? en vigueur|prend(?:ra)? effet)\W+(?:(?:in|en|on|le|from|of|the)\W+)?(?:(?:\d{1,2}(?:er|st|nd|rd|th)?|[a-z]+)\W+){0,2}$)",
            Pattern::Case::Insensitive);
        if (from_words.found_in(lead)) continue;
        // In a recommendation, "d'ici la fin de 2024", "in 2024" say when to act.
        static const Pattern deadline(
            R"(\b(?:d'ici|avant|au plus tard|by|before|automne|printemps|hiver|fin|end|during|durant|cours|d(?:e|è)s|in|en)\W+(?:(?:la|le|l'|de|d'|du|the|of)\W*)*$)",
            Pattern::Case::Insensitive);
        static const Pattern signed_then(R"(\b(?:sign|conclu)\S*\s+(?:en|in)\s+$)",
                                         Pattern::Case::Insensitive);
        // A past year after "en"/"in" is still the agreement's ("conclue avec la
        // Bavière en 2008"); one from the mission's year on is when to act.
        if (ctx.prescriptive && deadline.found_in(lead) && !signed_then.found_in(lead) &&
            (ctx.mission_year.empty() || m.view(1) >= std::string_view(ctx.mission_year)))
          continue;
        // "agreed to revisit the agreement after three years, in 2023": a
        // year to come after "in" is when, never a signing already made.
        static const Pattern in_year(R"(\b(?:in|en|after|apres|for|pour|from)\W+$)",
                                     Pattern::Case::Insensitive);
        const std::string& last_year = ctx.mission_end_year.empty() ? ctx.mission_year : ctx.mission_end_year;
        if (!last_year.empty() && m.view(1) > std::string_view(last_year) && in_year.found_in(lead)) continue;
        // "réviser l'entente de liaison d'ici 2024 pour tenir compte des
        // cibles de 2030": a year well after the mission is never that of an
        // agreement already made; a period ("2025-2027") may name a plan.
        static const Pattern period_after(R"(^\d{4}\s*(?:-|–|/|a|au|to)\s*\d{2,4})");
        if (!last_year.empty() &&
            std::atoi(std::string(m.view(1)).c_str()) > std::atoi(last_year.c_str()) + 1 &&
            !period_after.found_in(std::string_view(text).substr(at)))
          continue;
        // "Préparer le texte révisé de l'entente (EF 2022-2023).", "the
        // committee the agreement provides for (2018)": a bracket that closes
        // the sentence on a year to come says when, not which agreement.
        static const Pattern bracket_open(R"(\([^()]{0,12}$)");
        static const Pattern fiscal(R"(\((?:ef|fy|exercice|q[1-4]|t[1-4])\b[^()]{0,8}$)",
                                    Pattern::Case::Insensitive);
        static const Pattern bracket_close(R"(^\d{4}(?:\s*(?:-|–|/)\s*\d{2,4})?\s*\)\W*$)");
        if (!ctx.mission_year.empty() && bracket_open.found_in(lead) &&
            bracket_close.found_in(std::string_view(text).substr(at)) &&
            (m.view(1) > std::string_view(ctx.mission_year) ||
             (m.view(1) == std::string_view(ctx.mission_year) && fiscal.found_in(lead))))
          continue;
        years.emplace_back(at, m.str(1));
      }
      return years;
    };

    struct Identity {
      std::vector<std::string> partners;
      std::string year;
      std::vector<std::string> domains;
    };
    std::vector<Identity> ids;

    // "soit celle signée en 2011 avec X et celle signée en 2008 avec Y"
    std::vector<std::size_t> pronouns;
    static const Pattern pronoun_re(R"(\b(?:celle|celles|celui|ceux|l'une|l'autre|l'un|one|the other)\b)");
    for (const auto& m : pronoun_re.all(std::string_view(f.text).substr(hit.end, scope_end - hit.end)))
      pronouns.push_back(hit.end + m.position());
    // "l'entente de 2008 avec le Shandong, ... la ville de Qingdao", "entre le
    // Québec et le Shandong s'est tenue à Jinan": a place named after the
    // partner and inside it is where something else happened.
    auto scope_partners = partners_in(src_begin, src_end);
    {
      std::vector<std::string> kept;
      for (auto& s : scope_partners) {
        auto up = ctx.gazetteer.ancestors(s);
        const bool inside_earlier = std::any_of(kept.begin(), kept.end(), [&](const std::string& earlier) {
          return std::find(up.begin(), up.end(), earlier) != up.end();
        });
        if (!inside_earlier) kept.push_back(std::move(s));
      }
      scope_partners = std::move(kept);
    }
    // "the 2016 MOU should be updated to include clean technologies", "une
    // version révisée ... qui inclut les sciences de la vie": what an update
    // would add is not what the agreement is about.
    std::size_t domains_end = src_end;
    if (relation == "plans_update") {
      static const Pattern to_add(
          R"(\b(?:to (?:include|add|cover|integrate|extend it to)|that (?:would )?(?:include|includes|adds|covers)|pour (?:y )?(?:inclure|integrer|ajouter|couvrir)|afin (?:d'y|de l'etendre a|d'(?:inclure|integrer|ajouter))|en y (?:ajoutant|integrant|incluant)|d'y (?:integrer|ajouter|inclure))\b)");
      if (auto cut = to_add.search(std::string_view(f.text).substr(hit.end, scope_end - hit.end)))
        domains_end = std::min(src_end, f.source_offset(hit.end + cut->position()));
    }
    auto scope_domains = domains_in(src_begin, domains_end);
    auto scope_years = years_in(src_begin, src_end);
    // "qui remplace celle de 2008": that year is the replaced agreement's.
    const std::size_t clause_limit =
        h + 1 < hits.size() ? std::max(hit.end, name_begins[h + 1]) : f.text.size();
    const auto replaced_one =
        replaced_by_pronoun(std::string_view(f.text).substr(hit.end, clause_limit - hit.end));
    if (replaced_one) {
      const std::size_t from = f.source_offset(hit.end + replaced_one->at);
      std::erase_if(scope_years, [&](const auto& y) { return y.first >= from; });
    }
    // "Cette entente avec la Catalogne" names its partner; "Cette entente
    // demeure le cadre de nos relations avec la Chine" does not.
    // "Cette entente prévoit ... un groupe de travail, qui ne s'était pas
    // réuni depuis 2011": only a year right after it is its own.
    if (demonstrative) {
      const std::size_t near = f.source_offset(hit.end) + 30;
      std::erase_if(scope_years, [&](const auto& y) { return y.first > near; });
    }
    // "Le Québec et la Bavière sont liés depuis 1989 par une entente",
    // "encadrées depuis 1982 par l'Entente de coopération": bound by it since
    // it was signed.
    if (scope_years.empty()) {
      static const Pattern bound_since(
          R"(\b(?:liee?s?|encadree?s?|regie?s?|unie?s?|bound|governed|framed|linked|tied)\s+(?:depuis|since)\s+(?:(?:le\s+|the\s+)?\d{1,2}(?:er|st|nd|rd|th)?\s+(?:of\s+)?)" ENTENTE_MONTH_NAME
          R"(\s+|)" ENTENTE_MONTH_NAME
          R"(\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?((?:19|20)\d\d)\s+(?:par|by)\s+(?:(?:l'|le|la|les|un|une|the|an|a)\s*)?$)");
      if (auto y = bound_since.search(std::string_view(f.text).substr(0, scope_begin)))
        scope_years.emplace_back(f.source_offset(y->position(1)), y->str(1));
    }
    if (demonstrative && scope_years.empty()) {
      std::vector<std::string> attached;
      // ("Oregon officials, invited to join this MOU, indicated that Oregon
      // would not sign": a clause away, the partner is not its own; but
      // "Cette entente, avec la Californie," and "This agreement,
      // California's first" name it in an aside.)
      static const Pattern with_partner(
          R"((?:\b(?:avec|with|entre|between)\s+(?:(?:la|le|les|the)\s+|l['’])?)$)",
          Pattern::Case::Insensitive);
      for (const auto& m : partner_mentions) {
        const std::size_t after = f.source_offset(hit.end);
        if (m.begin < after || m.begin > after + 30) continue;
        const bool same_clause =
            text.substr(after, m.begin - after).find_first_of(",;:.") == std::string::npos;
        const std::string_view upto(text.data() + after, m.begin - after);
        const bool possessive = text.compare(m.end, 2, "'s") == 0 || text.compare(m.end, 4, "’s") == 0;
        if (same_clause || with_partner.found_in(upto) || possessive) attached.push_back(m.slug);
      }
      scope_partners = most_specific(attached, ctx.gazetteer);
      if (attached.empty()) scope_domains.clear();
    }
    // "Le Québec et la province du Shandong sont liés par l'Entente ...,
    // signée à Jinan": where it was signed, not with whom, when the sentence
    // names the partner before.
    std::vector<std::string> signing_places, other_partners, set_apart, diary_places;
    std::vector<std::string> located; // named after "à", "in", "at": where someone was
    {
      static const Pattern signed_at(
          R"((?:sign(?:e|é)e?s?|conclue?s?|paraph(?:e|é)e?s?)(?: (?:à|a) nouveau| de nouveau)? (?:à|a)\s*$|(?:signed|renewed|extended|concluded)(?: again| anew)? (?:in|at)\s*$|(?:renouvel(?:e|é)e?s?|reconduite?s?|prolong(?:e|é)e?s?) (?:à|a)\s*$)",
          Pattern::Case::Insensitive);
      // "À Namur, la ministre et le ministre wallon ont signé": where they
      // met, inside the government that signed.
      static const Pattern located_at(R"((?:^|[\s,(])(?:à|À|a|A|au|Au|in|In|at|At)\s*$)");
      auto inside_a_government = [&](const PartnerMention& m) {
        std::size_t from = m.begin > 6 ? m.begin - 6 : 0;
        if (m.demonym || !located_at.found_in(std::string_view(text).substr(from, m.begin - from)))
          return false;
        // "le ministre de l'Éducation du Vietnam", "the Governor of Shandong":
        // a government named by the title of the one who signed for it, or
        // by its style ("the State of Illinois").
        static const Pattern official_of(
            R"(\b(?:ministres?|minist(?:è|e)re|ministers?|ministry|gouvernement|gouverneur|government|governor|vice-gouverneur|vice-governor)\b[^,;.]{0,60}?\b(?:du|de la|de l(?:'|’)|des|d(?:'|’)|of|of the)\s*$)",
            Pattern::Case::Insensitive);
        static const Pattern styled(
            R"(^(?:the |l(?:'|’)|la |le )?(?:state|(?:É|E)tat|province|land|pr(?:é|e)fecture|commonwealth|government|gouvernement)\b)",
            Pattern::Case::Insensitive);
        auto governs = [&](const PartnerMention& g) {
          const std::size_t at = g.begin > 90 ? g.begin - 90 : 0;
          return g.demonym || styled.found_in(g.text) ||
                 official_of.found_in(std::string_view(text).substr(at, g.begin - at));
        };
        const auto up = ctx.gazetteer.ancestors(m.slug);
        return std::any_of(partner_mentions.begin(), partner_mentions.end(), [&](const PartnerMention& g) {
          return g.begin != m.begin && governs(g) && std::find(up.begin(), up.end(), g.slug) != up.end();
        });
      };
      // "Le 12 mai 2004, à Rabat, la ministre et le directeur général de
      // l'ANAPEC ont signé": a city set apart as where it happened, when no
      // one of the city's own government signs.
      static const Pattern city_official(
          R"(\b(?:maires?|mairesse|mayors?|mairie|ville|villes|city|municipal\w*|conseil municipal|city council)\b)",
          Pattern::Case::Insensitive);
      auto set_apart_city = [&](const PartnerMention& m) {
        std::size_t from = m.begin > 6 ? m.begin - 6 : 0;
        if (m.demonym || !located_at.found_in(std::string_view(text).substr(from, m.begin - from)))
          return false;
        if (m.end >= text.size() || text[m.end] != ',') return false;
        const Partner* p = ctx.gazetteer.find(m.slug);
        return p != nullptr && p->kind == "city" && !city_official.found_in(text);
      };
      // "Mardi 9 mai, Sacramento : le 9 mai 2017, la ministre et le
      // gouverneur de la Californie ont signé": a diary's day and place run
      // into the sentence; the place is where, not with whom.
      static const Pattern diary_prefix(
          R"(^\W*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\W+)?(?:\d{1,2}(?:er)?\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+(?:19|20)\d\d)?\s*(?:[,–—-]\s*[^:.;,]{1,60}?)?\s*:)");
      std::size_t diary_end = 0;
      if (auto d = diary_prefix.search(f.text)) diary_end = f.source_offset(d->end());
      std::vector<std::string> kept, earlier;
      for (const auto& m : partner_mentions) {
        std::size_t from = m.begin > 20 ? m.begin - 20 : 0;
        if (set_apart_city(m)) set_apart.push_back(m.slug);
        const bool place = signed_at.found_in(std::string_view(text).substr(from, m.begin - from)) ||
                           inside_a_government(m) || set_apart_city(m) || m.end <= diary_end;
        if (m.end <= diary_end) diary_places.push_back(m.slug);
        {
          const std::size_t back = m.begin > 6 ? m.begin - 6 : 0;
          if (!m.demonym && located_at.found_in(std::string_view(text).substr(back, m.begin - back)))
            located.push_back(m.slug);
        }
        (place ? signing_places : other_partners).push_back(m.slug);
        if (m.begin >= src_begin && m.begin < src_end) {
          if (!place) kept.push_back(m.slug);
        } else if (m.begin < src_begin) {
          earlier.push_back(m.slug);
        }
      }
      // "The Flemish side suggested that the 1989 agreement should reflect the
      // competences of the regions of Belgium": the government named before,
      // inside the country named after.
      // (Only a government named by its people's adjective: "à Santiago" is
      // where it was signed.)
      std::vector<std::string> earlier_sides;
      for (const auto& m : partner_mentions) {
        if (m.demonym && m.begin < src_begin) earlier_sides.push_back(m.slug);
      }
      if (!kept.empty() && !earlier_sides.empty() &&
          std::all_of(kept.begin(), kept.end(), [&](const std::string& k) {
            const Partner* p = ctx.gazetteer.find(k);
            return p != nullptr && p->kind == "country" &&
                   std::any_of(earlier_sides.begin(), earlier_sides.end(), [&](const std::string& e) {
                     const auto up = ctx.gazetteer.ancestors(e);
                     return std::find(up.begin(), up.end(), k) != up.end();
                   });
          })) {
        std::vector<std::string> inside_kept;
        for (const auto& e : earlier_sides) {
          const auto up = ctx.gazetteer.ancestors(e);
          if (std::any_of(kept.begin(), kept.end(), [&](const std::string& k) {
                return std::find(up.begin(), up.end(), k) != up.end();
              }))
            inside_kept.push_back(e);
        }
        scope_partners = most_specific(inside_kept, ctx.gazetteer);
      } else if (!kept.empty() &&
                 std::any_of(scope_partners.begin(), scope_partners.end(), [&](const std::string& s) {
                   return std::find(kept.begin(), kept.end(), s) == kept.end() &&
                          std::find(signing_places.begin(), signing_places.end(), s) != signing_places.end();
                 })) {
        // "L'entente avec la Bavière, signée à Munich": with whom, not where.
        // "in Boston, Investissement Québec and the Massachusetts Office of
        // Business Development signed": the state, once the city it holds is
        // known for where they met.
        std::erase_if(scope_partners, [&](const std::string& s) {
          return std::find(kept.begin(), kept.end(), s) == kept.end() &&
                 std::find(signing_places.begin(), signing_places.end(), s) != signing_places.end();
        });
        if (scope_partners.empty()) scope_partners = most_specific(kept, ctx.gazetteer);
      } else if (kept.empty() && !scope_partners.empty() && !earlier.empty()) {
        scope_partners = earlier;
      } else if (kept.empty() && !scope_partners.empty()) {
        // "The Joint Declaration signed in Munich in 1989 established the
        // Québec–Bavaria Working Group": the government named later that
        // holds the place where it was signed.
        std::vector<std::string> holders;
        for (const auto& o : other_partners) {
          const bool holds_all =
              std::all_of(scope_partners.begin(), scope_partners.end(), [&](const std::string& s) {
                const auto up = ctx.gazetteer.ancestors(s);
                return std::find(up.begin(), up.end(), o) != up.end();
              });
          if (holds_all && std::find(holders.begin(), holders.end(), o) == holders.end())
            holders.push_back(o);
        }
        if (!holders.empty()) scope_partners = most_specific(holders, ctx.gazetteer);
        // "pour le protocole signé à Jinan", named again without its year:
        // the one the report tells of, whoever it was signed with.
        const bool only_where_signed =
            std::all_of(scope_partners.begin(), scope_partners.end(), [&](const std::string& s) {
              return std::find(signing_places.begin(), signing_places.end(), s) != signing_places.end();
            });
        if (holders.empty() && only_where_signed && definite && relation != "produced" &&
            relation != "renewed" && years_in(src_begin, src_end).empty())
          scope_partners.clear();
      }
    }
    bool plural = hit.term->plural;
    // "dans le cadre des programmes de travail biennaux adoptés par la
    // Commission mixte Québec/Wallonie-Bruxelles": the sort of instrument
    // in general, no one of them.
    // ("Trois ententes de coopération sont en vigueur, en X et en Y" counts
    // them: those are named.)
    if (plural && relation == "references" && scope_years.empty() && count == 0 && pronouns.size() < 2 &&
        most_specific(scope_partners, ctx.gazetteer).size() < 2)
      continue;

    if (plural && pronouns.size() >= 2) {
      for (std::size_t p = 0; p < pronouns.size(); ++p) {
        std::size_t b = f.source_offset(pronouns[p]);
        std::size_t e = p + 1 < pronouns.size() ? f.source_offset(pronouns[p + 1]) : src_end;
        auto ys = years_in(b, e);
        ids.push_back({most_specific(partners_in(b, e), ctx.gazetteer), ys.empty() ? "" : ys.front().second,
                       domains_in(b, e)});
      }
    } else if (plural && most_specific(scope_partners, ctx.gazetteer).size() >= 2) {
      // "les ententes signées avec X (2011) et Y (2008)": one each, with the
      // year written right after each partner.
      auto specific = most_specific(scope_partners, ctx.gazetteer);
      std::vector<PartnerMention> ordered;
      for (const auto& m : partner_mentions) {
        if (m.begin >= src_begin && m.begin < src_end &&
            std::find(specific.begin(), specific.end(), m.slug) != specific.end())
          ordered.push_back(m);
      }
      for (std::size_t p = 0; p < ordered.size(); ++p) {
        std::size_t b = ordered[p].begin;
        std::size_t e = p + 1 < ordered.size() ? ordered[p + 1].begin : src_end;
        std::string year;
        for (const auto& [pos, y] : scope_years) {
          if (pos >= ordered[p].end && pos < e && pos - ordered[p].end <= 12) year = y;
        }
        if (std::any_of(ids.begin(), ids.end(),
                        [&](const Identity& id) { return id.partners[0] == ordered[p].slug; }))
          continue;
        ids.push_back({{ordered[p].slug}, year, domains_in(b, e)});
      }
    } else if (plural && scope_domains.size() >= 2 &&
               (count == 0 || count == static_cast<int>(scope_domains.size()))) {
      // "deux protocoles d'entente dans les domaines de X ainsi que Y": one per domain.
      auto ys = scope_years;
      for (const auto& d : scope_domains) {
        ids.push_back(
            {most_specific(scope_partners, ctx.gazetteer), ys.empty() ? "" : ys.front().second, {d}});
      }
    } else {
      if (plural && (vague || count >= 2)) continue; // a number of agreements, none identified
      // "review the agreements in force between Québec and Korea", "les
      // ententes existantes avec la Bavière": all of them, none named.
      static const Pattern all_of_them(
          R"(^\s*(?:(?:now|currently|actuellement)\s+)?(?:in force|en vigueur|existing|existantes|current|actuelles|signed so far|signees a ce jour|already signed|deja signees)\b)");
      static const Pattern all_before(
          R"(\b(?:existing|current|all|toutes|all the|our|nos)\s+(?:[\w-]+\s+){0,2}$)");
      if (plural && scope_years.empty() && count == 0 &&
          (all_of_them.found_in(std::string_view(f.text).substr(hit.end)) ||
           all_before.found_in(std::string_view(f.text).substr(0, hit.begin))))
        continue;
      if (plural && relation != "produced" && relation != "renewed" && scope_partners.empty()) continue;
      ids.push_back({most_specific(scope_partners, ctx.gazetteer),
                     scope_years.empty() ? "" : scope_years.front().second, scope_domains});
    }
    if (count >= 2 && static_cast<int>(ids.size()) != count) continue;
    // "la province de Gyeonggi, avec laquelle une entente ... a été signée en
    // 2000, et la préfecture de Mie, avec laquelle une déclaration ...": the
    // place the relative pronoun stands for is the partner.
    if (ids.size() == 1) {
      static const Pattern with_which(
          R"(^\s*(?:\([^)]{0,40}\)\s*)?,\s*(?:avec|with)\s+(?:laquelle|lequel|lesquelles|lesquels|which|whom)\b[^,;.]{0,80}$)");
      const PartnerMention* antecedent = nullptr;
      for (const auto& pm : partner_mentions) {
        const std::size_t pm_end = pm.end;
        const std::size_t at = f.source_offset(hit.begin);
        if (pm_end <= at && (antecedent == nullptr || pm_end > antecedent->end)) antecedent = &pm;
      }
      if (antecedent != nullptr) {
        const std::size_t at = f.source_offset(hit.begin);
        const std::string between =
            fold(std::string_view(text).substr(antecedent->end, at - antecedent->end));
        if (with_which.found_in(between)) ids[0].partners = {antecedent->slug};
      }
    }

    // Its end, if the sentence states one: the clause runs to the next
    // agreement, unless the two are listed together ("l'entente et le
    // protocole ont expiré en 2019").
    std::vector<AgreementEvent> stated;
    bool end_until = false; // its end is stated by date: no term to count
    auto state = [&](std::string type, std::string date) {
      AgreementEvent e;
      e.type = std::move(type);
      e.date = std::move(date);
      e.evidence = text;
      e.line = sentence.line;
      stated.push_back(std::move(e));
    };
    if (amended) state("amended", *amended);
    {
      std::size_t end_clause = f.text.size(), resume = hit.end;
      // "Le programme 2018-2021, qui mettait en œuvre l'accord de 2016, est
      // échu": the agreement of a relative clause closed by a comma is passed
      // over, and the verb after the comma is the subject's, not its.
      static const Pattern relative_open(R"(,\s*(?:qui|which|that|lequel|laquelle)\b)");
      auto closing_comma = [&](std::size_t o) -> std::size_t {
        if (links[o] == AgreementLink::none) return std::string::npos;
        // (The subject may be no agreement: "Le Programme de coopération 2018-2021, qui
        // mettait en œuvre cet accord, est échu".)
        const std::size_t lead_from = o > 0 ? std::min(hits[o - 1].end, name_begins[o]) : 0;
        if (!relative_open.found_in(std::string_view(f.text).substr(lead_from, name_begins[o] - lead_from)))
          return std::string::npos;
        const std::size_t comma = f.text.find(',', hits[o].end);
        const std::size_t next = o + 1 < hits.size() ? hits[o + 1].begin : f.text.size();
        if (comma >= next) return std::string::npos;
        // Only a finite verb after it is the subject's ("..., est échu"); a
        // participle or "laquelle" goes on about the clause's agreement
        // ("..., arrivée à échéance en 2021", "..., renewed in 2021").
        static const Pattern finite(
            R"(^\s*(?:(?:ne|n'|also|aussi|toutefois|however|then|ensuite|deja|already|still|toujours)\s*)*(?:est|sont|etait|etaient|a|ont|avait|avaient|sera|seront|serait|demeure|demeurent|reste|restent|expire|expirait|prend|prenait|vient|venait|arrive|arrivait|is|are|was|were|has|have|had|will|would|remains|remained|expires|expired|ended|ends|lapsed|runs|ran)\b)");
        return finite.found_in(std::string_view(f.text).substr(comma + 1)) ? comma : std::string::npos;
      };
      if (const std::size_t comma = closing_comma(h); comma != std::string::npos) end_clause = comma;
      for (std::size_t o = h + 1; o < hits.size() && end_clause == f.text.size(); ++o) {
        if (const std::size_t comma = closing_comma(o); comma != std::string::npos) {
          resume = comma + 1;
          continue;
        }
        if (!listed_with(hits[o - 1].end, hits[o].begin)) {
          end_clause = hits[o].begin;
          break;
        }
        resume = hits[o].end;
      }
      static const Pattern turn(R"(;|\b(?:mais|tandis que|alors que|but|whereas|while)\b)");
      if (auto t = turn.search(std::string_view(f.text).substr(0, end_clause), hit.end))
        end_clause = t->position();
      // What the mission signed has not ended before it; what it renewed
      // has ended, if at all, before the renewal: an end without its date
      // says nothing more.
      auto end = find_stated_end(f.text, hit.begin, hit.end, end_clause, resume);
      // "ont décidé de ne pas la reconduire : l'entente a pris fin": ended on
      // purpose, it needs no renewal. The decision is said of this agreement:
      // after the one before it.
      static const Pattern not_renewed(
          R"(\b(?:decide|decident|decidee?s?|convenu|convenue?s?|agreed|decided|chose|choisi)\b[^.;]{0,20}?\b(?:ne pas|not to|de ne pas)\b[^.;]{0,12}?\b(?:reconduire|renouveler|prolonger|renew|extend)\b|\bd'un commun accord\b|\bby mutual (?:consent|agreement)\b)");
      const std::size_t decided_from = h > 0 ? hits[h - 1].end : 0;
      if (end && end->type == "expired" &&
          not_renewed.found_in(std::string_view(f.text).substr(decided_from, end_clause - decided_from)))
        end->type = "terminated";
      // A renewal by the mission comes after an end told before it ("qui
      // expirait en 2020, a été prolongée"); an end told after it is the
      // renewed term's ("renouvelée, elle est valide jusqu'en 2025").
      // ("a renouvelé l'entente de 2019, qui venait à échéance en mai 2024":
      // told in the imperfect, the end the renewal put off.)
      static const Pattern old_term(
          R"(^(?:expirait|expiraient|(?:venait|venaient|arrivait|arrivaient) a|prenait fin|prenaient fin|(?:etait|etaient) (?:valable|valide|en vigueur)|was due|were due|was set|were set|was to|were to|would have))");
      const bool before_renewal = end && relation == "renewed" &&
                                  (chosen_pos == std::string::npos || end->at < chosen_pos ||
                                   old_term.found_in(std::string_view(f.text).substr(end->at)));
      if (end && !(relation == "produced" && (end->date.empty() || end->date < ctx.mission_year)) &&
          !(relation == "renewed" &&
            (end->date.empty() || (before_renewal && end->date >= ctx.mission_year)))) {
        // "Le plan d'action 2018-2020 ... est arrivé à terme": ended with
        // the period its name gives, when the sentence dates it no other way.
        std::string date = end->date;
        if (date.empty() && end->type == "expired") {
          static const Pattern period(R"(\b(?:19|20)\d\d\s*(?:-|\xe2\x80\x93|/)\s*((?:19|20)\d\d)\b)");
          if (auto p = period.search(
                  std::string_view(f.text).substr(scope_begin, std::max(hit.end, scope_end) - scope_begin));
              p && (ctx.mission_year.empty() || p->view(1) <= std::string_view(ctx.mission_year)))
            date = p->str(1);
        }
        state(end->type, date);
      }
      // "renouvelée pour cinq ans, soit jusqu'au 31 mars 2009", "renewed
      // until 2027": what the mission signed or renewed ends then (that date,
      // not the mission's day plus the term).
      // ("L'avenant ... en prolonge la durée jusqu'au 31 décembre 2007": of
      // one the mission only amended, the verb of extending says it.)
      static const Pattern extended_until(
          R"(\b(?:prolonge|prolongent|prolongee?|prolongeait|prorogee?|extends?|extended|extending|reconduit|reconduite?)\b(?:(?!,\s*(?:and|but|while|whereas|which|et|mais|tandis|alors|qui)\b)[^.;]){0,60}?\b(?:jusqu'(?:au|a|en)|until|through|till)\s+)");
      const std::string_view after_hit = std::string_view(f.text).substr(hit.end, end_clause - hit.end);
      // ("Le mandat du comité institué par l'Entente de 2004 a été prorogé
      // jusqu'en 2027": the extension is the mandate's.)
      static const Pattern complement_of(
          R"(\b(?:de|du|des|d'|par|of|by|under|sous)\s*(?:(?:l'|le|la|les|the|this|cette|ce|cet)\s*)?$)");
      const std::size_t lead_from = name_begins[h] > 40 ? name_begins[h] - 40 : 0;
      const bool named_as_complement =
          complement_of.found_in(std::string_view(f.text).substr(lead_from, name_begins[h] - lead_from));
      if ((relation == "produced" || relation == "renewed" ||
           (!named_as_complement && extended_until.found_in(after_hit))) &&
          std::none_of(stated.begin(), stated.end(),
                       [](const AgreementEvent& e) { return e.type == "expired"; })) {
        static const Pattern until(R"(\b(?:jusqu'(?:au|a|en)|until|through|till)\s+)");
        const std::string_view after = after_hit;
        if (auto u = until.search(after)) {
          const std::string_view rest = after.substr(u->end(), 40);
          static const Pattern date_first(
              R"(^(?:le\s+|the\s+)?(?:\d|(?:fin|end of|la fin de)\s|janv|fevr|mars|avril|mai|juin|juil|aout|sept|oct|nov|dec|jan|feb|mar|apr|may|jun|jul|aug|sep))");
          static const Pattern year_alone(R"(^((?:19|20)\d\d)\b)");
          std::string date;
          if (auto y = year_alone.search(rest))
            date = y->str(1);
          else if (auto d = find_date_range(rest); d && date_first.found_in(rest))
            date = d->end;
          if (date.size() >= 4 && (ctx.mission_year.empty() || date.substr(0, 4) > ctx.mission_year)) {
            state("expired", date);
            end_until = true;
          }
        }
      }
      // "L'entente de 2008 a été reconduite en 2016 pour une période de cinq
      // ans": a renewal before the mission, and the end of its term when the
      // sentence states none.
      if (relation == "references" || relation == "plans_update") {
        // ("renouvelée le 2 juin 2014", "renewed on June 2, 2014", "tacitly
        // renewed in March 2025", "reconduite le 2014-06-02": dated as
        // precisely as written.)
        static const Pattern renewed_then(
            R"(^[^.;]{0,120}?\b(?:(?:a|ont|avait|avaient) ete |(?:was|were|has been|had been) )?(?:(?:egalement|aussi|deja|also|last|then|ensuite|puis|tacitement|automatiquement|tacitly|automatically)\s+)?(?:reconduite?s?|renouvelee?s?|(?:prolongee?s?|prorogee?s?)|renewed|extended)\s+(?:(?:tacitement|automatiquement|tacitly|automatically)\s+)?)" ENTENTE_BY_INSTRUMENT
            R"((?:(?:en|in)\s+(?:)" ENTENTE_MONTH_NAME
            R"(\s+)?|(?:le|on|du)\s+(?:the\s+)?(?:\d{1,2}(?:er|st|nd|rd|th)?\s+(?:of\s+)?)" ENTENTE_MONTH_NAME
            R"(\s+|)" ENTENTE_MONTH_NAME
            R"(\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)?)((?:19|20)\d\d)(?:-\d\d-\d\d)?\b)");
        static const Pattern negated(R"(\b(?:pas|jamais|not|never|no longer|n'\w+ plus)\b[^.;]{0,20}$)");
        // (Up to the next agreement's name: "La Déclaration de 2005,
        // l'Entente de 2006 (renouvelée en 2011) et ...": that one's renewal.)
        const std::size_t own_end =
            h + 1 < hits.size() ? std::min(end_clause, std::max(hit.end, name_begins[h + 1])) : end_clause;
        const std::string_view after = std::string_view(f.text).substr(hit.end, own_end - hit.end);
        // (A later renewal in the clause may be of something else: "renouvelée
        // en 2013, a été remplacée par celle de 2018, elle-même prolongée en
        // 2023"; only the first is read, and a tacit renewal after it sets no
        // end: "renewed in 2012, ... tacitly extended in 2017 for five years".)
        // (Unless joined to it right after: "renouvelée en 2012, puis
        // prolongée en 2017 pour cinq ans".)
        static const Pattern renewed_next(
            R"(^\s*,?\s*(?:et|puis|and|then)\s+(?:(?:a ete|was|has been)\s+)?(?:(?:de nouveau|a nouveau|again|tacitement|tacitly)\s+)?(?:reconduite?s?|renouvelee?s?|(?:prolongee?s?|prorogee?s?)|renewed|extended)\s+)" ENTENTE_BY_INSTRUMENT
            R"((?:en|in)\s+((?:19|20)\d\d)\b)");
        if (auto r = renewed_then.search(after)) {
          std::string year = r->str(1);
          const std::string_view lead = after.substr(0, r->position(1));
          // Its day or month, when written ("le 2 juin 2014": 2014-06-02).
          std::string when = year;
          {
            static const Pattern verb_end(
                R"(\b(?:reconduite?s?|renouvelee?s?|(?:prolongee?s?|prorogee?s?)|renewed|extended)\s+)");
            const std::string_view dated = after.substr(0, r->end());
            std::size_t from = 0;
            for (auto v = verb_end.search(dated); v; v = verb_end.search(dated, v->end()))
              from = v->end();
            if (auto d = find_date_range(dated.substr(from));
                d && d->start.starts_with(year) && d->start == d->end)
              when = d->start;
          }
          // (Of the mission's year, only before its first day.)
          const bool before_mission = ctx.mission_year.empty() || year < ctx.mission_year ||
                                      (when.size() > 4 && !ctx.mission_start.empty() &&
                                       when < ctx.mission_start.substr(0, when.size()));
          if (!negated.found_in(lead) && before_mission) {
            state("renewed", when);
            std::size_t year_at = r->position(1);
            if (auto next = renewed_next.search(after.substr(r->end()));
                next && (ctx.mission_year.empty() || next->view(1) < std::string_view(ctx.mission_year))) {
              year = next->str(1);
              state("renewed", year);
              year_at = r->end() + next->position(1);
            }
            const std::string_view rest = after.substr(year_at);
            const int term = renews_itself(rest) ? 0 : term_in_years(rest);
            // ("renouvelée le 2014-06-02 pour dix ans": to the day.)
            if (term > 0 && !end)
              state("expired", when.size() == 10 && when.starts_with(year)
                                   ? add_years(when, term)
                                   : std::to_string(std::stoi(year) + term));
          }
        }
        // "the 2010 MOU, as amended in 2017", "l'entente de 2008, modifiée en
        // 2017 par un avenant": an amendment before the mission (the audit
        // counts an agreement's age from its last change).
        static const Pattern amended_then(
            R"(^[^.;]{0,120}?\b(?:(?:a|ont|avait|avaient) ete |(?:was|were|has been|had been|as) )?(?:(?:egalement|aussi|deja|also|last|then|ensuite|puis|subsequently)\s+)?(?:modifiee?s?|amendee?s?|amended)\s+)" ENTENTE_BY_INSTRUMENT
            R"((?:en|in)\s+((?:19|20)\d\d)\b)");
        if (auto a = amended_then.search(after);
            a && !negated.found_in(after.substr(0, a->position(1))) &&
            (ctx.mission_year.empty() || a->view(1) < std::string_view(ctx.mission_year)) &&
            std::none_of(stated.begin(), stated.end(),
                         [](const AgreementEvent& e) { return e.type == "amended"; }))
          state("amended", a->str(1));
        // "the 2010 Agreement ... was amended by an addendum" in the account
        // of a mission: amended then, on the day the report gives or in the
        // mission; "In 2015, ... was amended", "by an addendum signed in
        // 2016": that year. ("had been amended", "as amended": when, it
        // does not say.)
        static const Pattern amended_now(
            R"(^[^.;]{0,120}?\b(?:(?:a|ont) ete|was|were|has been|have been)\s+(?:(?:egalement|aussi|officiellement|formellement|also|formally|officially)\s+)?(?:modifiee?s?|amendee?s?|amended)\b)");
        static const Pattern opening_year(R"(^\W*(?:en|in)\s+((?:19|20)\d\d)\b)");
        static const Pattern year_in(R"(\b((?:19|20)\d\d)\b)");
        if (auto a = relation == "references" && !ctx.prescriptive &&
                             std::none_of(stated.begin(), stated.end(),
                                          [](const AgreementEvent& e) { return e.type == "amended"; })
                         ? amended_now.search(after)
                         : std::nullopt;
            a && !negated.found_in(after.substr(0, a->end()))) {
          // (The agreement is what was amended: its subject, with nothing but
          // the rest of its name or an aside before the verb; not "Dans le
          // cadre de l'entente ..., le règlement a été modifié", "Since the
          // 2013 MOU ..., the law has been amended", "the MOU was discussed,
          // and the schedule was amended".)
          static const Pattern another_subject(
              R"([,;]\s*(?:le|la|les|l'|the|its|their|un|une|a|an|son|sa|ses|leur|leurs|our|notre|nos)\b|\b(?:et|and|mais|but|puis|then|where|when|ou|lorsque)\s+(?:(?:the|le|la|les|l')\s*)?(?:\w+\s+){0,3}?(?:(?:a|ont) ete|was|were|has been|have been)\b|\b(?:et|and|mais|but)\s+(?:le|la|les|l'|the|its|their|son|sa|ses)\b)");
          static const Pattern complement_of(
              R"(\b(?:de|du|des|d'|of|under|since|depuis|sous|dans|with|avec|selon|per|to|a|au|aux|from|by|par|pursuant|following|after|apres)\s+(?:(?:l'|le|la|les|the|this|that|cette|ce|cet|its|their)\s*)?(?:(?:19|20)\d\d\s+)?$)");
          const std::string_view lead = std::string_view(f.text).substr(0, scope_begin);
          const std::string_view own = after.substr(0, a->end());
          // ("The 2010 Agreement between Québec and New York State was
          // amended": its parties, not a new subject.)
          static const Pattern parties(R"(\b(?:between|entre)\b)");
          static const Pattern comma_subject(
              R"([,;]\s*(?:le|la|les|l'|the|its|their|un|une|a|an|son|sa|ses|leur|leurs|our|notre|nos)\b)");
          const std::string_view clause = own.substr(0, own.rfind(' ', own.size() - 1));
          const bool subject_changes =
              parties.found_in(clause) ? comma_subject.found_in(clause) : another_subject.found_in(clause);
          if (!subject_changes && !complement_of.found_in(lead)) {
            std::string year;
            if (auto y = year_in.search(after.substr(a->end(), 60)))
              year = y->str(1);
            else if (auto o = opening_year.search(std::string_view(f.text).substr(0, hit.begin)))
              year = o->str(1);
            if (year.empty() || ctx.mission_year.empty() || year == ctx.mission_year ||
                (!ctx.mission_end_year.empty() && year == ctx.mission_end_year))
              state("amended", "");
            else if (year < ctx.mission_year)
              state("amended", year);
          }
        }
      }
    }

    const std::size_t made_from = out.size();
    for (auto& id : ids) {
      if (id.year.empty() && relation != "produced") id.year = signed_year;
      bool year_written = !id.year.empty();
      std::vector<std::string> guessed;
      bool guessed_nearby = false; // from the sentences around, not its own
      // "L'Entente Québec-Canada (2007)": with the home country, no partner to guess.
      const bool home_named =
          std::any_of(home_mentions.begin(), home_mentions.end(), [&](const PartnerMention& named) {
            const Partner* p = ctx.gazetteer.find(named.slug);
            return named.begin >= src_begin && named.begin < src_end && p != nullptr && p->kind == "country";
          });
      if (id.partners.empty() && home_named) continue;
      // A government has action plans of its own ("le Plan d'action 2019-2024
      // de la Politique internationale"): one without its partner in the
      // sentence is one only when signed, or named by its period or again
      // ("ont signé le plan d'action 2023-2025", "The 2023-2026 Action Plan on
      // French immersion teachers ends", "Réviser le plan d'action"), and
      // never one named after a policy or a government of its own.
      if (id.partners.empty() && hit.term->label_en == std::string_view("Action plan")) {
        static const Pattern own_plan(
            R"(^[^.;,()]{0,40}?\b(?:de la|du|des|de l'|of the|of)\s+(?:\w+\s+){0,2}?(?:politique|strategie|gouvernement|ministere|government|ministry|department|policy|strategy|quebec|province|mrif|mri)\b|^\s*(?:gouvernemental|ministeriel|national|quebecois|interministeriel|federal)\b)");
        static const Pattern own_before(
            R"(\b(?:quebec's|quebec government|government's|ministry's|department's|national|provincial|federal|federale?|government-wide|notre|nos|our|son|sa|ses|leur|leurs|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$)");
        const std::size_t from = scope_begin > 40 ? scope_begin - 40 : 0;
        const bool own = own_plan.found_in(std::string_view(f.text).substr(hit.end)) ||
                         own_before.found_in(std::string_view(f.text).substr(from, hit.begin - from));
        // (What the sentence says of it must be a partner's business: its
        // signing, its end, its renewal or update; a policy's plan is only
        // named, "qui découle de la Politique", "guide la mission".)
        // (Or adopted before, or joint: "Le plan d'action adopté le 14 juin
        // 2019 ... arrive à échéance", "le plan d'action conjoint 2023-2025".)
        static const Pattern joint(R"(\b(?:conjoint|conjointe|joint|commun|commune)\b)");
        const bool acted_on = relation == "produced" || relation == "renewed" || relation == "plans_update" ||
                              !stated.empty() || signed_earlier ||
                              joint.found_in(std::string_view(f.text).substr(
                                  scope_begin, std::min(f.text.size(), hit.end + 12) - scope_begin));
        if (own || !acted_on) continue;
      }
      const bool partners_named = !id.partners.empty();
      if (id.partners.empty()) {
        // A signing names who signed: in its sentence (not where it was
        // signed, when the sentence names another), around it, or the
        // mission's country. A mere reference or plan takes only the sentence's
        // partners or the one place that holds those around it: "Renouveler
        // l'entente de 2008" in a report on Munich is no agreement with Germany.
        const bool says_who_signed = relation == "produced" || relation == "renewed" || signed_earlier;
        guessed = most_specific(other_partners.empty() ? signing_places : other_partners, ctx.gazetteer);
        // "Un protocole a été signé avec la préfecture de Hyogo; la Ville de
        // Kobe a été visitée": the partners of its own clause, when it names
        // any.
        {
          const std::size_t at = f.source_offset(hit.begin);
          const std::size_t semi = text.rfind(';', at);
          const std::size_t lo = semi == std::string::npos ? 0 : semi + 1;
          const std::size_t hi = std::min(text.find(';', at), text.size());
          if (lo > 0 || hi < text.size()) {
            std::vector<std::string> in_clause;
            for (const auto& m : partner_mentions) {
              if (m.begin >= lo && m.begin < hi &&
                  std::find(other_partners.begin(), other_partners.end(), m.slug) != other_partners.end())
                if (std::find(in_clause.begin(), in_clause.end(), m.slug) == in_clause.end())
                  in_clause.push_back(m.slug);
            }
            if (!in_clause.empty()) guessed = most_specific(in_clause, ctx.gazetteer);
          }
        }
        static const Pattern national(
            R"(\b(?:federale?s?|federal|nationale?s?|national|ambassadeurs?|ambassadrices?|ambassadors?|ambassades?|embassy|central|centrale)\b)");
        // "toujours à Dakar, la ministre et la ministre de l'Hydraulique ont
        // signé": a minister signs for a government, not for the city they
        // met in (a mayor or a governor would).
        {
          // (The other side's minister, beside ours: "la ministre et la
          // ministre de l'Hydraulique", "with the Minister of Mines".)
          static const Pattern minister(
              R"(\b(?:et|and|avec|with)\s+(?:(?:le|la|l'|the|son|sa|his|her)\s*)?(?:homologue\s+|counterpart,?\s+)?(?:ministres?|ministers?|secretaire d'etat|secretary of state|vice-ministre|vice-minister)\b)");
          static const Pattern local_official(
              R"(\b(?:maires?|mairesse|mayors?|gouverneure?s?|governors?|prefete?s?|prefects?|president du conseil|ville|city|municipal\w*)\b)");
          const bool only_places =
              std::all_of(other_partners.begin(), other_partners.end(), [&](const std::string& o) {
                return std::find(located.begin(), located.end(), o) != located.end();
              });
          if (says_who_signed && only_places && !(signing_places.empty() && other_partners.empty()) &&
              minister.found_in(f.text) && !local_official.found_in(f.text) &&
              !(ctx.region.empty() && ctx.fallback.empty()))
            guessed = ctx.region.empty() || national.found_in(f.text) ? ctx.fallback : ctx.region;
          // "Signature, le 5 février à Rabat, d'un protocole entre le Ministère
          // et l'Agence nationale de promotion de l'emploi": a national body
          // signs for its country. "An MOU was signed in Boston on April 15,
          // 2016", no one named, in a city of the one state the mission
          // visited: that state's.
          static const Pattern national_body(
              R"(\b(?:agences?|agency|agencies|offices?|instituts?|institutes?|commissions?|conseils?|councils?|caisses?|fonds|fund|societes?|corporations?|centres?|centers?) (?:[\w'-]+ )?(?:nationale?s?|national|federale?s?|federal)\b|\b(?:nationale?s?|national|federal) (?:agency|office|institute|council|commission|fund|corporation|center|centre)\b)");
          static const Pattern anyone_named(
              R"(\b(?:avec|with|entre|between|par|by|ministres?|ministers?|gouverneure?s?|governors?|premiers?|presidente?s?|presidents?|secretaire|secretary|maires?|mayors?|delegations?|homologues?|counterparts?)\b)");
          static const Pattern local_body(
              R"(\b(?:metropole|commune|communaute (?:urbaine|d'agglomeration)|mairie|conseil (?:regional|departemental|municipal)|region|departement|county|comte|prefecture|borough|arrondissement)\b)");
          const bool where_signed_only = says_who_signed && only_places && !signing_places.empty() &&
                                         !local_official.found_in(f.text) && !local_body.found_in(f.text);
          // "On October 7, 2025, in Sapporo, the Minister and Governor
          // Naomichi Suzuki signed": a governor or a regional council's
          // president signs for the province or region that holds the city.
          static const Pattern regional_signer(
              R"(\b(?:gouverneure?s?|governors?|lieutenant governor|president(?:e)? du conseil (?:regional|departemental)|president(?:e)? de (?:la )?region|ministre-president|minister-president)\b)");
          std::vector<std::string> holding_province;
          if (says_who_signed && only_places && !signing_places.empty() && regional_signer.found_in(f.text) &&
              !names_city_government(f.text)) {
            for (const auto& up : ctx.gazetteer.ancestors(signing_places.front())) {
              const Partner* p = ctx.gazetteer.find(up);
              if (p == nullptr || p->kind != "subdivision") continue;
              const bool holds_all =
                  std::all_of(signing_places.begin(), signing_places.end(), [&](const std::string& s) {
                    const auto ups = ctx.gazetteer.ancestors(s);
                    return std::find(ups.begin(), ups.end(), up) != ups.end();
                  });
              if (holds_all) holding_province = {up};
              break;
            }
          }
          if (!holding_province.empty()) {
            guessed = holding_province;
          } else if (where_signed_only && national_body.found_in(f.text) && ctx.fallback.size() == 1) {
            guessed = ctx.fallback;
          } else if (where_signed_only && !anyone_named.found_in(f.text)) {
            // (The state its paragraph names, else the mission's.)
            auto holds_where_signed = [&](const std::string& holder) {
              return std::all_of(signing_places.begin(), signing_places.end(), [&](const std::string& p) {
                const auto up = ctx.gazetteer.ancestors(p);
                return std::find(up.begin(), up.end(), holder) != up.end();
              });
            };
            std::vector<std::string> holders;
            for (const auto& n : nearby.in(ctx)) {
              const Partner* p = ctx.gazetteer.find(n);
              if (p != nullptr && p->kind == "subdivision" && holds_where_signed(n)) holders.push_back(n);
            }
            if (holders.size() == 1)
              guessed = holders;
            else if (ctx.region.size() == 1 && holds_where_signed(ctx.region.front()))
              guessed = ctx.region;
          }
        }

        const bool from_sentence = !guessed.empty();
        // "On 29 January, the Minister met the Catalan Minister of Culture.
        // The two ministers signed an MOU": the one government its paragraph
        // names signed it.
        const bool one_nearby = guessed.empty() && says_who_signed && nearby.in(ctx).size() == 1;
        if (guessed.empty()) {
          guessed = says_who_signed
                        ? nearby.in(ctx)
                        : common_place(inside(nearby.in(ctx), ctx.fallback, ctx.gazetteer), ctx.gazetteer);
          guessed_nearby = says_who_signed;
        }
        // ("son homologue fédéral", "l'ambassadeur": the country's.)
        if (guessed.empty() && says_who_signed)
          guessed = ctx.region.empty() || national.found_in(f.text) ? ctx.fallback : ctx.region;
        if (says_who_signed) {
          if (guessed.empty()) continue;
          // Partners from around the sentence or the mission's country are a
          // guess: "Signature de la lettre d'intention" in a list of results
          // is the letter the report tells of, when it tells of one; the
          // parser tries those first.
          // "le protocole signé à Jinan", named again without year or
          // partner: the one the report tells of, not one with the city.
          const bool named_again_where_signed = other_partners.empty() && relation != "produced" &&
                                                relation != "renewed" && definite && id.year.empty();
          // ("the Minister renewed the MOU on Culture, first signed in 2012"
          // among a diary's many places: the one the report tells of with
          // that year, found by the parser.)
          const bool renewal_named_elsewhere =
              relation == "renewed" && !id.year.empty() && guessed.size() > 1;
          // ("Les ministres ont convenu de reconduire ... l'Entente de
          // coopération en enseignement supérieur" after the report named
          // the one with Bavaria: that one, not one with the country.)
          const bool renewal_told_elsewhere = relation == "renewed" && definite && !from_sentence &&
                                              other_partners.empty() && id.year.empty();
          if (!renewal_told_elsewhere && ((from_sentence && !named_again_where_signed) || one_nearby ||
                                          (relation != "produced" && !renewal_named_elsewhere))) {
            if (!named_again_where_signed) {
              id.partners = std::move(guessed);
              guessed.clear();
            }
          }
        } else if (id.year.empty() && !definite) {
          continue; // "une entente" with no partner and no year names none
        }
        // Otherwise ("réviser l'entente de 1998", "cette entente"): the report
        // names it elsewhere; the parser attaches it there.
      }
      if (relation == "produced" && !ctx.mission_year.empty()) id.year = ctx.mission_year;
      AgreementMention m;
      m.kind = hit.term->mou ? "mou" : "agreement";
      m.relation = relation;
      m.partners = id.partners;
      m.partners_named = partners_named;
      // (Not when the city's own officials sign: "signed in Boston with the
      // Mayor", "l'entente de jumelage ... entre les deux villes".)
      // ("Le 19 mars, à Gérone, la délégation a visité le parc scientifique.
      // Un échange de lettres ... a été conclu le même jour avec l'Agence":
      // the city the sentence before was in, likewise.)
      m.named_where_signed =
          !id.partners.empty() && !names_city_government(f.text) &&
          std::all_of(id.partners.begin(), id.partners.end(), [&](const std::string& p) {
            const Partner* place = ctx.gazetteer.find(p);
            if (place == nullptr || place->kind != "city") return false;
            if (guessed_nearby && !partners_named) return true;
            // (Only there: not "Lettre d'intention Québec–Weifang | Signée à
            // Weifang", named a party too.)
            return std::find(signing_places.begin(), signing_places.end(), p) != signing_places.end() &&
                   std::find(other_partners.begin(), other_partners.end(), p) == other_partners.end();
          });
      m.guessed_partners = std::move(guessed);
      // "| Signature d'une entente (voir 1) |", "(see section 2)": one the
      // report tells of elsewhere, which the parser finds by its kind and year.
      static const Pattern cross_reference(
          R"(^[^.;|]{0,60}?(?:\(\s*(?:voir|see|cf)\b|\b(?:voir|see) (?:ci-dessous|ci-dessus|plus (?:haut|bas|loin)|below|above|section|annexe|annex|point|partie|part)\b))");
      // "May 14, Guangzhou: ...; signing of the 2025-2027 Work Plan": only
      // the diary's place names it, so it is the one the report tells of,
      // else one with that place.
      const bool only_diary_place =
          !m.partners.empty() && std::all_of(m.partners.begin(), m.partners.end(), [&](const std::string& p) {
            return std::find(diary_places.begin(), diary_places.end(), p) != diary_places.end();
          });
      if (!m.partners.empty() &&
          (only_diary_place || cross_reference.found_in(std::string_view(f.text).substr(hit.end)))) {
        if (m.guessed_partners.empty()) m.guessed_partners = m.partners;
        m.partners.clear();
      }
      m.family = instrument_family(hit.term->label_en);
      m.named_new = det == 1 && (before[0] == "new" || before[0] == "nouvelle" || before[0] == "nouvel" ||
                                 before[0] == "nouveau");
      // "Revisit the Haifa letter of intent once the Municipality is ready",
      // after "A letter of intent with the Haifa Municipality was prepared but
      // not signed": still none.
      // (Letters only: an MOU proposed anew does not undo one made before.)
      // (Not one dated before: "la lettre d'intention de 2012" was made.)
      if (ctx.unmade != nullptr && m.family == "letter of intent" &&
          (m.year.empty() || (!ctx.mission_year.empty() && m.year > ctx.mission_year)) &&
          (relation == "references" || relation == "plans_update") &&
          std::any_of(ctx.unmade->begin(), ctx.unmade->end(), [&](const auto& u) {
            // (Its partners, or the ones around it the parser will give it.)
            const auto& named = m.partners.empty() ? m.guessed_partners : m.partners;
            return u.first == m.family &&
                   std::any_of(u.second.begin(), u.second.end(), [&](const std::string& p) {
                     return std::find(named.begin(), named.end(), p) != named.end();
                   });
          }))
        continue;
      if ((relation == "produced" || relation == "renewed") && !end_until)
        m.term_years = term_in_years(f.text);
      m.stated = stated;
      m.year = id.year;
      if (relation != "produced" && !signed_day.empty() && signed_day.starts_with(id.year) &&
          !id.year.empty())
        m.signed_day = signed_day;
      // "signed on April 15, 2016, for a term of ten years", "signée le 12
      // octobre 2017 pour une durée de cinq ans": an agreement signed before
      // the mission, whose term runs from that day.
      if (id.year.size() == 4 && (relation == "references" || relation == "plans_update") &&
          std::none_of(stated.begin(), stated.end(), [](const AgreementEvent& e) {
            return e.type == "expired" || e.type == "terminated" || e.type == "renewed";
          })) {
        static const Pattern term_from_signing(
            R"(\b(?:signee?s?|signed|conclue?s?|concluded)\b[^.;]{0,40}?\b(?:19|20)\d\d\b,?\s+((?:pour|for)\s[^.;]{0,40}?\b(?:ans|annees|years)\b))");
        auto t = renews_itself(f.text) ? std::nullopt : term_from_signing.search(f.text, hit.end);
        const int n = t ? term_in_years(t->view(1)) : 0;
        std::string day = m.signed_day;
        if (n > 0 && day.empty()) {
          const auto signing = std::string_view(f.text).substr(t->position(), t->position(1) - t->position());
          if (auto d = find_day_in_year(signing, std::atoi(id.year.c_str())); d && d->size() == 10) day = *d;
        }
        if (n > 0 && day.size() == 10 && day.starts_with(id.year)) {
          m.signed_day = day;
          AgreementEvent e;
          e.type = "expired";
          e.date = add_years(day, n);
          e.evidence = text;
          e.line = sentence.line;
          m.stated.push_back(std::move(e));
        }
      }
      m.domains = id.domains;
      m.evidence = text;
      m.line = sentence.line;
      m.line_end = sentence.line_end;

      bool fr = ctx.language != "en";
      std::string title(fr ? hit.term->label_fr : hit.term->label_en);
      std::vector<std::string> names;
      if (!ctx.home.empty()) names.push_back(partner_name(ctx.home.front(), ctx));
      for (const auto& p : id.partners.empty() ? m.guessed_partners : id.partners)
        names.push_back(partner_name(p, ctx));
      m.title_names = join(names, "–");
      title += " " + m.title_names;
      if (!id.domains.empty()) {
        std::vector<std::string> labels;
        for (const auto& d : id.domains) {
          const Domain* dom = ctx.taxonomy.find(d);
          labels.push_back(dom == nullptr ? d : lower_first(fr ? dom->label_fr : dom->label_en));
        }
        title += (fr ? " : " : ": ") + join(labels, fr ? " et " : " and ");
      }
      if (year_written) title += " (" + id.year + ")";
      m.title = title;
      out.push_back(std::move(m));
    }
    if (out.size() == made_from) continue;
    HitOutcome& outcome = outcomes[h];
    outcome = {relation, out[made_from].year, made_from, out.size()};
    // When the newer agreement took the place of the older: the day the
    // mission signed or renewed it, or the year it was signed; unknown for
    // one still to come.
    auto replaced_on = [](const HitOutcome& newer) -> std::optional<std::string> {
      if (newer.relation == "produced" || newer.relation == "renewed") return std::string();
      // "L'entente de 2010 a été remplacée par cette entente-cadre": by the
      // mission at the latest.
      if (newer.relation == "references") return newer.year;
      return std::nullopt;
    };
    auto supersede = [&](const HitOutcome& older, const HitOutcome& newer) {
      const auto date = replaced_on(newer);
      if (!date || (older.relation != "references" && older.relation != "plans_update")) return;
      for (std::size_t k = older.first; k < older.end; ++k) {
        AgreementEvent e;
        e.type = "superseded";
        e.date = *date;
        e.evidence = text;
        e.line = sentence.line;
        out[k].stated.push_back(std::move(e));
      }
    };
    // `from` supersedes or implements `to`; neither is ever the other.
    auto tie = [&](const HitOutcome& from, const char* how, const HitOutcome& to) {
      for (std::size_t k = from.first; k < from.end; ++k) {
        out[k].linked = static_cast<int>(to.first) - static_cast<int>(k);
        out[k].relates = how;
      }
      for (std::size_t k = to.first; k < to.end; ++k)
        out[k].linked = static_cast<int>(from.first) - static_cast<int>(k);
    };
    // "signed the renewed Agreement, which replaces the agreement signed in
    // 2008": a renewal replaces the agreement's own earlier text.
    auto renewal_of = [&](const HitOutcome& a, const HitOutcome& b) {
      return link != AgreementLink::works_under && (a.relation == "renewed" || b.relation == "renewed");
    };
    // "une nouvelle entente ... remplacera celle de 2009": the new one is not
    // one yet; the parser drops a mention without a relation.
    auto not_yet = [&](const HitOutcome& newer) {
      if (newer.relation != "references") return;
      for (std::size_t k = newer.first; k < newer.end; ++k)
        out[k].relation.clear();
    };
    if (h > 0 && link == AgreementLink::will_replace) not_yet(outcomes[h - 1]);
    if (h > 0 && link != AgreementLink::none && link != AgreementLink::will_replace &&
        outcomes[h - 1].end > outcomes[h - 1].first && !renewal_of(outcomes[h - 1], outcome)) {
      const HitOutcome& earlier = outcomes[h - 1];
      if (link == AgreementLink::replaces) {
        supersede(outcome, earlier);
        tie(earlier, "supersedes", outcome);
      } else if (link == AgreementLink::replaced_by) {
        supersede(earlier, outcome);
        tie(outcome, "supersedes", earlier);
      } else {
        tie(earlier, "implements", outcome);
      }
    }
    // "Une nouvelle entente, qui remplace celle de 2008": the older one, of
    // the same sort and partners, named by its year.
    if (replaced_one && replaced_one->year != outcome.year && outcome.relation != "renewed") {
      AgreementMention older = out[made_from];
      older.relation = replaced_one->to_come ? "plans_update" : "references";
      older.year = replaced_one->year;
      older.stated.clear();
      older.term_years = 0;
      // Its own ties only: not those of the newer one it was copied from.
      older.linked = 0;
      older.relates.clear();
      if (older.title.size() > 7 && older.title.ends_with(")") && older.title[older.title.size() - 6] == '(')
        older.title.resize(older.title.size() - 7);
      older.title += " (" + older.year + ")";
      out.push_back(std::move(older));
      HitOutcome pronoun{out.back().relation, replaced_one->year, out.size() - 1, out.size()};
      if (!replaced_one->to_come) {
        supersede(pronoun, outcome);
        tie(outcome, "supersedes", pronoun);
      } else {
        not_yet(outcome);
      }
    }
  }
  std::vector<ListedName> listed;
  for (std::size_t h = 0; h < hits.size(); ++h)
    listed.push_back({hits[h].begin, hits[h].end, name_begins[h], outcomes[h].first, outcomes[h].end});
  std::vector<std::size_t> verbs;
  for (const auto& c : cues)
    verbs.push_back(c.pos);
  share_partners_across_list(out, listed, f, verbs, partner_mentions, ctx);
  share_dates_respectively(out, listed, sentence, f, verbs, partner_mentions, ctx);
  return out;
}

} // namespace entente::indexer
