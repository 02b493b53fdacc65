#include "indexer/stated_end.hpp"

#include "indexer/french_dates.hpp"
#include "indexer/pattern.hpp"
#include "indexer/report_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace entente::indexer {
namespace {

// Past forms and states: the end has happened, dated or not.
const Pattern& past_expiry() {
  static const Pattern re(
      R"(\b(?:a|ont|avait|avaient|est|sont|etait|etaient)(?: (?:deja|maintenant|desormais|donc|alors|aujourd'hui|officiellement|finalement|effectivement))? (?:expire|expiree?s?|echue?s?|caduque?s?|perimee?s?|(?:arrivee?s?|venue?s?) a (?:echeance|expiration|son terme|terme)|pris fin)\b|\b(?:n'est|ne sont|n'etait|n'etaient)(?: donc| aujourd'hui| actuellement| desormais)? plus (?:en vigueur|valide|valable|applicable|active)\b|\b(?:a|ont) cesse (?:d'etre en vigueur|d'avoir effet|de produire (?:ses|leurs) effets)\b|\b(?:s'est|se sont|s'etait|s'etaient) (?:terminee?s?|achevee?s?)\b|\b(?:echue?s?|caduque?s?|expirees?|perimee?s?)\b|\b(?:has|have|had)(?: \w+)? (?:expired|lapsed|ended|run out|come to an end|ceased to (?:have effect|be in force))\b|\b(?:has|have|had) been allowed to lapse\b|\b(?:is|are|was|were)(?: \w+)? (?:expired|lapsed|allowed to lapse|no longer (?:in force|valid|in effect|active|applicable))\b|\b(?:expired|lapsed|came to an end|ran out|ceased to (?:have effect|be in force))\b|\bended (?:in|on)\b)");
  return re;
}

const Pattern& past_termination() {
  static const Pattern re(
      R"(\b(?:a|ont|avait|avaient) ete(?: \w+)? (?:resiliee?s?|abrogee?s?)\b|\b(?:a|ont|avait|avaient) ete (?:officiellement )?denoncee?s?\b(?!\s+(?:publiquement|par\s+(?!(?:le|la)\s+(?:quebec|gouvernement|partie|ministre)\b|l'une des parties|les (?:deux )?parties|(?:l'|les )?(?:etat|gouvernement)s?\b)))|\b(?:(?:a|ont|avait|avaient|est|sont) ete (?:officiellement )?)?denoncee?s?\s+par\s+(?:le |la |l')(?!(?:presse|opposition|media|medias|syndicat|ong|critique|public|population)\b)(?:[\w-]+ ){0,3}?(?:par (?:une |sa |son )?(?:lettre|note|notification|avis)(?! ouverte)|(?:[^.;]{0,30}?)(?:a compter|avec effet|,\s*(?:il |elle )?(?:prendra|prend) fin))(?![^.;]*\b(?:demeure|reste|restera|demeurera|remains|toujours) en vigueur\b)|\b(?:resiliee?s?|abrogee?s?)\b|\b(?:has|have|had) been(?: \w+)? (?:terminated|rescinded|revoked|abrogated)\b|\b(?:is|are|was|were)(?: \w+)? (?:terminated|rescinded|revoked|abrogated)\b|\b(?:terminated|rescinded|revoked)\b)");
  return re;
}

// An end to come, or told in the imperfect: counts only with the date it gives.
const Pattern& coming_expiry() {
  static const Pattern re(
      R"(\b(?:expire|expirent|expirera|expireront|expirer|expirait|expiraient|(?:arrive|arrivera|arrivent|arriveront|arrivait|arrivaient) a (?:echeance|expiration|son terme|terme)|(?:vient|viendra|viennent|viendront|venait) a (?:echeance|expiration|terme)|(?:prend|prendra|prennent|prendront|prendre|prenait|prenaient) fin|(?:(?:demeure|demeurera|reste|restera|est|sera) )?(?:valable|valide|en vigueur|court|courra)s? jusqu'|echeance (?:est |etait )?(?:fixee )?(?:en|au|le|a|pour)|expires|lapses (?=on|in)|will expire|(?:is|are) due to (?:expire|end|lapse)|(?:will|shall|to) (?:be allowed to |be left to )?lapse(?= (?:\w+ )?(?:on|in|at|when|upon|january|february|march|april|may|june|july|august|september|october|november|december)\b)|expiring|(?:ends|will end) (?:in|on)|runs? (?:until|through|till|to)|(?:(?:remains|is|will remain|remained) )?(?:valid|in force|in effect|effective) (?:until|through|till))\b)");
  return re;
}

// Written before the agreement: what a party did to it ("a résilié
// l'entente", "terminated the 2010 MOU"; not "dénoncer", which also means to
// criticise), or its end as a noun after "depuis", "since", "after" ("depuis
// l'expiration de l'entente"; not "avant l'expiration", "upon expiry") or an
// adjective ("the lapsed 2010 MOU").
const Pattern& terminated_before() {
  static const Pattern re(
      R"(\b(?:(?:a|ont|avons|avait|avaient)(?: \w+)? (?:mis fin|resilie|abroge)(?: a)?|(?:terminated|rescinded|revoked|withdrew from|put an end to))(?: (?:l'|la|le|les|cette|cet|ce|son|sa|ses|leur|leurs|the|its|their|this|that|an|a))?(?: [\w-]+){0,2} ?$)");
  return re;
}

const Pattern& expired_before() {
  static const Pattern re(
      R"(\b(?:(?:depuis|since|after|apres|following|suite a) (?:l'|la |le |the |son |sa |its )?(?:expiration|echeance|expiry|lapse|lapsing) (?:de|du|des|of)(?: (?:l'|la|le|les|cette|cet|ce|the|this|that|its|their))?|(?:the|its|their|this|that) (?:lapsed|expired|defunct|now-expired))(?: [\w-]+){0,2} ?$)");
  return re;
}

bool any_word(const std::vector<std::string_view>& words, std::initializer_list<std::string_view> of) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return std::find(of.begin(), of.end(), w) != of.end(); });
}

// "s'il", "s'ils" (if it): not the "s" of "s'agit" or "Quebec's". `words`
// are nearest first.
bool is_s_il(const std::vector<std::string_view>& words) {
  for (std::size_t k = 1; k < words.size(); ++k) {
    if (words[k] == "s" && (words[k - 1] == "il" || words[k - 1] == "ils")) return true;
  }
  return false;
}

// "n'a pas expiré", "has not expired", "si elle expire", "devra être
// résiliée", "devait expirer", "was due to expire": no end has happened.
bool not_an_end(std::string_view folded, const Match& m) {
  const std::string_view cue = m.view(); // m.position() is an offset into `folded`
  if (cue.find(" not ") != std::string_view::npos || cue.find(" never ") != std::string_view::npos ||
      cue.find(" pas ") != std::string_view::npos || cue.find(" jamais ") != std::string_view::npos)
    return true;
  auto before = words_before(folded, m.position(), 3);
  if (!cue.starts_with("n'") && !cue.starts_with("ne ") &&
      any_word(before, {"n", "ne", "pas", "jamais", "not", "never", "no", "without", "sans"}))
    return true;
  if (any_word(before, {"si", "if", "unless", "whether", "lest", "eviter", "avoid", "prevent"}) ||
      is_s_il(before))
    return true;
  // An end expected then, which may not have come.
  if (any_word(before, {"devait", "devaient", "aurait", "auraient", "due", "supposed", "expected",
                        "scheduled", "meant", "censee", "cense"}))
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
// preposition: the first year there is the agreement's. A year that says
// when something was signed or came into force is not the end's.
std::string date_after(std::string_view folded, std::size_t from, std::size_t clause_end,
                       bool after_agreement = false) {
  std::string_view window =
      folded.substr(from, std::min<std::size_t>(clause_end - from, after_agreement ? 80 : 45));
  // The clause ends at its punctuation, not at the period of "31 déc. 2024".
  for (std::size_t cut = window.find_first_of(",;:.()"); cut != std::string_view::npos;
       cut = window.find_first_of(",;:.()", cut + 1)) {
    if (window[cut] == '.') {
      const auto word = words_before(window, cut, 1);
      const std::size_t next = window.find_first_not_of(' ', cut + 1);
      if (!word.empty() && is_month_abbreviation(word[0]) && next != std::string_view::npos &&
          std::isdigit(static_cast<unsigned char>(window[next])))
        continue;
    }
    // Nor at the comma of "September 30, 2024".
    static const Pattern year_next(R"(^, (?:19|20)\d\d\b)");
    if (window[cut] == ',' && cut > 0 && std::isdigit(static_cast<unsigned char>(window[cut - 1])) &&
        year_next.found_in(window.substr(cut)))
      continue;
    window = window.substr(0, cut);
    break;
  }
  static const Pattern year(R"(\b((?:19|20)\d\d)\b)");
  static const Pattern dated(
      R"(\b(?:en|in|le|on|depuis|since|as of|des|effective)\s+(?:(?:le|the)\s+)?(?:\d{1,2}(?:er|st|nd|rd|th)?\s+)?(?:[a-z]+\s+)?((?:19|20)\d\d)\b)");
  static const Pattern other_event(
      R"(\b(?:sign\w*|conclu\w*|paraphe\w*|entered into|vigueur|force)\s+(?:[\w']+\s+){0,3}$)");
  const Pattern& re = after_agreement ? dated : year;
  for (auto y = re.search(window); y; y = re.search(window, y->end())) {
    if (other_event.found_in(window.substr(0, y->position(1)))) continue;
    const std::size_t start = after_agreement ? y->position() : 0;
    // ("arrivera à échéance le 2019-06-12": the ISO day.)
    static const Pattern iso_rest(R"(^-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b)");
    if (auto iso = iso_rest.search(window.substr(y->end(1))))
      return y->str(1) + "-" + iso->str(1) + "-" + iso->str(2);
    if (auto d = find_date_range(window.substr(start, y->end(1) - start));
        d && d->start.starts_with(y->view(1)))
      return d->start;
    return y->str(1);
  }
  return "";
}

// Words in `text`, commas apart.
std::size_t word_count(std::string_view text) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == ',';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// Whether an end stated after `between` (the words from the agreement to
// the end's verb) is the agreement's. It is in "L'entente, qui a été signée
// en 2008, a expiré", "L'entente qui avait été conclue en 2008 a expiré",
// "a été signée en 2008 et a expiré en 2018"; it is not in "L'entente
// finance un programme qui a pris fin", "... et le programme a pris fin",
// "une entente qui remplace celle de 2008, échue depuis 2016". With the
// agreement a complement ("le mandat prévu par l'entente ... a pris fin"),
// only an aside after it speaks of it.
bool about_the_agreement(std::string_view between, bool complement) {
  if (word_count(between) > 24) return false;
  static const Pattern another(
      R"(\b(?:remplac\w*|replac\w*|succed\w*|succeed\w*|celle|celui|celles|ceux|the one|the ones|that of|those of)\b)");
  if (another.found_in(between)) return false;
  // What lies between two commas is an aside; one left open runs on.
  std::string outside;
  bool aside = false;
  std::string open_aside;
  for (char c : between) {
    if (c == ',') {
      aside = !aside;
      if (!aside) open_aside.clear();
      outside += ' ';
    } else if (aside) {
      open_aside += c;
    } else {
      outside += c;
    }
  }
  if (aside) outside += open_aside;
  if (complement) return aside;
  // ("Le protocole de 2012 ... dont le volet hydrogène a pris fin": a part
  // of it ended.)
  static const Pattern part_of_it(R"(\b(?:dont|whose)\s+(?:le|la|les|l'|son|sa|ses|its|their)\b)");
  if (part_of_it.found_in(outside)) return false;
  static const Pattern new_subject(
      R"(\b(?:et|and|mais|but|ou|or|where|when|whose|dont|lorsque|quand|puis|then)\s+(?:le|la|les|l'|the|un|une|son|sa|ses|leur|leurs|its|their|a|an|ce|cet|cette|ces)\b)");
  // "entre le Québec et la Bavière" names the parties, not a new subject.
  // (No verb between: "between Québec and Bavaria remains the framework
  // and the pilot project ended" names a new subject.)
  static const Pattern parties(
      R"(\b(?:entre|between)\s+(?:(?!(?:remains?|remained|reste|restent|demeure|demeurent|est|sont|is|are|was|were|has|have|had|a|ont|funds?|funded|finance|financait|provides?|prevoit|covers?|couvre)\b)[^,;\s]+\s+)*$)");
  for (auto m = new_subject.search(outside); m; m = new_subject.search(outside, m->end())) {
    if (!parties.found_in(std::string_view(outside).substr(0, m->position()))) return false;
  }
  static const Pattern relative(R"(\b(?:qui|which|that|who)\b)");
  auto rel = relative.search(outside);
  if (rel) {
    // Right after the agreement's own words, the relative clause is about
    // it, and so is the verb after it; further on, about another noun.
    // ("the Memorandum of Understanding on Energy Cooperation between Québec
    // and Vermont, signed in 1983, which expired": the rest of its name.)
    // ("Le programme de travail 2023-2025 en transport de la commission
    // mixte, qui vient à échéance": its period, then the rest of its name.)
    static const Pattern name_goes_on(
        R"(^\s*(?:(?:19|20)\d\d(?:\s*-\s*(?:19|20)?\d\d)?\s+)?(?:on|sur|in|en|of|de|du|des|for|pour|between|entre|with|avec|relative|relatif|relating|concerning|regarding|concernant)\b)");
    static const Pattern set_off(R"(,\s*(?:qui|which|that)\b)");
    const std::size_t most = name_goes_on.found_in(outside) && set_off.found_in(between) ? 14 : 6;
    if (word_count(std::string_view(outside.data(), rel->position())) > most) return false;
    return !relative.search(outside, rel->end());
  }
  // "a été signée en 2008 et a expiré": the same subject goes on.
  static const Pattern coordinated(R"(\b(?:et|and|puis|then|mais|but)\s*$)");
  if (coordinated.found_in(outside)) return true;
  // "will not be renewed: it will be allowed to lapse", "ne sera pas
  // renouvelée : elle prendra fin": a pronoun takes its fate up again.
  static const Pattern resumed(
      R"(\b(?:renewed|extended|renouvelee?s?|prolongee?s?|reconduite?s?)\s*[:;,]\s*(?:it|elle|il)\s*$)");
  if (resumed.found_in(outside) && word_count(outside) <= 14) return true;
  // A verb of the agreement's own. "à" folds to "a": a preposition before
  // an article or a noun.
  static const Pattern verb(
      R"(\b(?:ont|est|sont|etait|etaient|avait|avaient|sera|seront|fut|has|have|had|is|are|was|were|will|would)\b|\ba (?!(?:la|le|les|l|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|nos|notre|vos|votre|tout|toute|tous|toutes|chaque|plusieurs)\b)(?:ete|eu|fait|pris|permis|mis|[a-z]+(?:e|i|u))\b)");
  if (verb.found_in(outside)) return false;
  // ("Le programme de travail 2022-2024 conclu avec l'Office de la formation
  // professionnelle et de la promotion du travail (OFPPT), échu le 31
  // décembre 2024": an aside after its whole name, however long.)
  static const Pattern lexical_verb(
      R"(\b(?:prevoit|prevoient|soutient|soutiennent|finance|financent|vise|visent|comprend|comprennent|inclut|incluent|couvre|couvrent|encadre|encadrent|permet|permettent|etablit|porte|portent|appuie|appuient|provides|funds|supports|covers|includes|aims|sets|establishes|allows)\b)");
  const bool after_its_name =
      aside && between.find(',') == between.rfind(',') && !lexical_verb.found_in(between);
  // ("Le protocole d'entente de 2014 avec le ministère de l'Éducation
  // nationale de Côte d'Ivoire sur la formation professionnelle est arrivé à
  // échéance": a long name with no verb in it.)
  // (Its parties named in it run longer: "entre le ministère de
  // l'Immigration du Québec et l'Agence nationale pour l'emploi ...".)
  static const Pattern with_parties(R"(\b(?:entre|between)\b)");
  const std::size_t most =
      after_its_name || (with_parties.found_in(outside) && !lexical_verb.found_in(outside)) ? 22
      : lexical_verb.found_in(outside)                                                      ? 14
                                                                                            : 18;
  return word_count(outside) <= most;
}

// A participle or past form without its auxiliary is the agreement's only
// where it stands for it: in French, in apposition right after its name
// ("L'entente de 2008, échue depuis 2016", not "des créances échues"); in
// English, as a verb, not before a noun ("expired in 2014", not "terminated
// employees").
bool stands_for_the_agreement(std::string_view folded, std::size_t resume, const Match& m) {
  static const Pattern auxiliary(
      R"(^(?:a|ont|avait|avaient|est|sont|etait|etaient|n'\w+|ne|s'\w+|se|has|have|had|is|are|was|were)\b)");
  const std::string_view cue = m.view();
  if (auxiliary.found_in(cue)) return true;
  static const Pattern french(R"(^(?:echue?s?|caduque?s?|expirees?|perimee?s?|resiliee?s?|abrogee?s?)$)");
  if (french.matches_whole(cue)) {
    std::string_view between = folded.substr(resume, m.position() - resume);
    // "l'entente-cadre, devenue caduque", "désormais échue".
    static const Pattern become(R"(\s*\b(?:devenue?s?|desormais|maintenant|deja|aujourd'hui)\s*$)");
    if (auto b = become.search(between)) between = between.substr(0, b->position());
    while (!between.empty() && between.back() == ' ')
      between.remove_suffix(1);
    // "(2009) – échue en 2014", "(2009) : échue", "(échue en 2014)": set
    // off by a dash, a colon or a bracket as well as by a comma.
    // "signée le 5 mai 2015 et échue le 4 mai 2025": joined to its signing.
    static const Pattern joined_to_signing(
        R"(\b(?:signee?s?|conclue?s?|adoptee?s?|renouvelee?s?|prolongee?s?)\b[^;:]*\bet$)");
    if (joined_to_signing.found_in(between)) return true;
    return between.empty() || between.back() == ',' || between.back() == '-' || between.back() == ':' ||
           between.back() == '(' || between.ends_with("\u2013") || between.ends_with("\u2014");
  }
  static const Pattern english_past(R"(^(?:expired|lapsed|terminated|rescinded|revoked|came|ran|ended)\b)");
  if (!english_past.found_in(cue)) return true;
  // ("ended on December 31": the cue holds its preposition.)
  if (cue.ends_with(" on") || cue.ends_with(" in")) return true;
  static const Pattern noun_after(
      R"(^ (?!(?:in|on|at|by|since|last|after|before|and|or|with|when|early|late|following|effective|as|during|without|under|upon|due|prior|because|following|but|so|years?|months?)\b)[a-z]+)");
  return !noun_after.found_in(folded.substr(m.end()));
}

} // namespace

std::optional<StatedEnd> find_stated_end(std::string_view folded, std::size_t term_begin,
                                         std::size_t term_end, std::size_t clause_end, std::size_t resume) {
  clause_end = std::min(clause_end, folded.size());
  if (term_end > clause_end) return std::nullopt;
  resume = std::clamp(resume, term_end, clause_end);
  // "Si l'entente expire en 2025": a condition on the agreement.
  auto lead = words_before(folded, term_begin, 4);
  if (any_word(lead, {"si", "if", "unless", "whether"})) return std::nullopt;
  // ("under the 2019 MOU": the year names it; the words before the year
  // govern it.)
  if (!lead.empty() && lead[0].size() == 4 && (lead[0].starts_with("19") || lead[0].starts_with("20")) &&
      std::all_of(lead[0].begin(), lead[0].end(), [](char c) { return c >= '0' && c <= '9'; }))
    lead = words_before(folded, term_begin, 5), lead.erase(lead.begin());
  // Before the term: "Le Québec a résilié l'entente de 2008 en 2015", "En
  // 2018, le Québec a résilié l'entente", "depuis l'expiration de l'entente".
  const std::string_view before = folded.substr(0, term_begin);
  for (const auto& [re, type] :
       {std::pair{&terminated_before(), "terminated"}, std::pair{&expired_before(), "expired"}}) {
    auto m = re->search(before);
    if (!m || not_an_end(folded, *m)) continue;
    std::string date = date_after(folded, resume, clause_end, true);
    static const Pattern opening(R"(^\W*(?:en|in)\s+((?:19|20)\d\d)\b)");
    if (date.empty()) {
      if (auto o = opening.search(before.substr(0, m->position()))) date = o->str(1);
    }
    return StatedEnd{type, date, m->position()};
  }
  // After the term, in words about it.
  static const Pattern preposition(
      R"(^(?:de|du|des|d|par|of|under|by|dans|in|selon|avec|with|sur|on|pour|for|au|aux|to|a|per|pursuant)$)");
  const bool complement =
      !lead.empty() && (lead[0] == "l" || lead[0] == "la" || lead[0] == "le" || lead[0] == "les" ||
                        lead[0] == "the" || lead[0] == "cette" || lead[0] == "this" || lead[0] == "ce" ||
                        lead[0] == "cet" || lead[0] == "ces" || lead[0] == "that" || lead[0] == "these")
          ? lead.size() > 1 && preposition.matches_whole(lead[1])
          : !lead.empty() && preposition.matches_whole(lead[0]);
  // "Un programme de travail, adopté en application de cet accord, expire en
  // 2013": named inside an aside, as a complement, the verb after the aside
  // is the subject's.
  if (complement) {
    const std::size_t semi = before.rfind(';');
    const std::string_view clause = before.substr(semi == std::string_view::npos ? 0 : semi + 1);
    // (The aside follows the subject it tells of: "Lors de la rencontre, les
    // parties ont discuté de l'entente, qui arrive à échéance" opens on no
    // such subject.)
    static const Pattern subject(
        R"(\b(?:programmes?|plans?|protocoles?|accords?|ententes?|conventions?|arrangements?|declarations?|lettres?|agreements?|mous?|memorand\w*|programs?|work plans?)\b)");
    if (std::count(clause.begin(), clause.end(), ',') % 2 == 1 &&
        subject.found_in(clause.substr(0, clause.find(','))))
      return std::nullopt;
  }
  std::string_view after = folded.substr(0, clause_end);
  struct Found {
    std::size_t pos;
    StatedEnd end;
  };
  std::optional<Found> best;
  auto consider = [&](const Pattern& re, const char* type, bool needs_date) {
    for (auto m = re.search(after, resume); m; m = re.search(after, std::max(m->end(), m->position() + 1))) {
      const std::size_t pos = m->position();
      if (!about_the_agreement(folded.substr(resume, pos - resume), complement)) break;
      if (not_an_end(folded, *m) || !stands_for_the_agreement(folded, resume, *m)) continue;
      // ("would never allow the 2019 MOU to lapse in 2026".)
      if (m->view().find("lapse") != std::string_view::npos &&
          any_word(words_before(folded, term_begin, 6), {"not", "never", "no", "ne", "pas", "jamais"}))
        continue;
      std::string date = date_after(folded, m->end(), clause_end);
      if (needs_date && date.empty()) continue;
      if (!best || pos < best->pos) best = Found{pos, StatedEnd{type, std::move(date), pos}};
      break;
    }
  };
  consider(past_termination(), "terminated", false);
  consider(past_expiry(), "expired", false);
  consider(coming_expiry(), "expired", true);
  if (!best) return std::nullopt;
  // "a été résilié d'un commun accord; il prendra fin le 30 juin 2025":
  // the day it takes effect, told of it right after.
  // ("dénoncé par le Yucatán par lettre du 30 novembre 2024, prendra fin le
  // 30 mai 2025": the day of the notice is not its end.)
  if (best->end.type == "terminated") {
    static const Pattern takes_effect(
        R"(^[^.;]{0,80}[;,]\s*(?:et\s+|and\s+)?(?:(?:il|elle|it)\s+)?(?:prendra fin|prend fin|cessera d'avoir effet|will (?:end|cease to have effect|expire)|ends|expires|takes effect)\b)");
    if (auto t = takes_effect.search(folded.substr(best->pos))) {
      std::string date = date_after(folded, best->pos + t->end(), std::min(folded.size(), clause_end + 80));
      if (date.size() >= 4) best->end.date = std::move(date);
    }
  }
  return best->end;
}

} // namespace entente::indexer
