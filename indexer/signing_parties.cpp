#include "indexer/signing_parties.hpp"

#include "indexer/pattern.hpp"

namespace entente::indexer {
namespace {

// Institutions and companies, in the words reports use for them.
bool names_institution(std::string_view parties) {
  static const Pattern institution(
      R"(\b(?:universites?|universitys?|universities|universitaires?|polytechniques?|institut|instituts|institutes?|colleges?|cegeps?|ecoles?|schools?|hopitals?|hopitaux|hospitals?|hospitaliers?|ports?|port authority|administration portuaire|chu|centres? de recherche|research (?:centres?|centers?|institutes?)|entreprises?|company|companies|firms?|societes?|corporations?|inc|ltd|ltee|publishers?|publishing|editeurs?|maisons? d'edition|manufacturers?|fabricants?|distributeurs?|distributors?|cooperatives?|chambres? de commerce|chambers? of commerce|associations?|fondations?|foundations?|musees?|museums?|orchestres?|orchestras?|theatres?|theaters?|groupes? industriels?|startups?|start-ups?|pme|sme)\b)");
  return institution.found_in(parties);
}

// A government or public authority among the parties keeps the agreement
// the government's ("le ministère de l'Éducation et l'Université du
// Shandong").
bool names_government(std::string_view parties) {
  static const Pattern government(
      R"(\b(?:(?:le|au|the government of|government of) quebec|(?:two|both) sides|les deux parties|the two parties|both parties|les deux gouvernements|the two governments|(?<!universite )du quebec|(?<!-)quebec (?:et|and)|(?:et|and) (?:le )?quebec|delegations?|ministeres?|ministry|ministries|ministres?|ministers?|gouvernements?|governments?|gouverneurs?|governors?|secretariats?|secretaires? d'etat|secretary|secretaries|departements?|departments?|provinces?|(?<!universite d')(?<!universite de l')etats?|states?(?! (?:universit|grid|owned|bank|enterprise|corporation|company))|villes?|city|cities|municipalites?|municipality|municipalities|mairies?|maires?|mayors?|prefectures?|regions?|agences? gouvernementales?|government agency|(?<!port )(?<!airport )(?<!canal )(?<!transit )(?<!education )(?<!school )(?<!news )(?<!local )authority|autorite (?!portuaire)(?:des|de la|du|de l')\s*(?!universite|college|ecole|institut)|premier)\b)");
  return government.found_in(parties);
}

} // namespace

bool made_between_institutions(std::string_view folded, std::size_t term_begin, std::size_t term_end) {
  static const Pattern inter_university(
      R"(\b(?:inter-?universitaires?|inter-?university|inter-?institutionnel(?:le)?s?|inter-?institutional)\b)");
  {
    const std::size_t from = term_begin > 40 ? term_begin - 40 : 0;
    const std::size_t to = std::min(folded.size(), term_end + 40);
    if (inter_university.found_in(folded.substr(from, to - from))) return true;
  }
  auto institutional = [](std::string_view parties) {
    return names_institution(parties) && !names_government(parties);
  };
  // "... agreement between that university and the Université de
  // Sherbrooke", "une entente entre l'Université Laval et ...": two parties, right after the agreement's name
  // ("un accord d'échanges entre ..."): not "l'entente prévoit des échanges entre universités", nor "une
  // entente avec la Bavière qui prévoit des échanges entre ...".
  static const Pattern between(R"(^[^.;,]{0,30}?\b(?:entre|between)\b([^.;]{1,160}))");
  static const Pattern partner_first(R"(\b(?:avec|with|qui|which|that|prevoit|provides)\b)");
  auto m = between.search(folded.substr(term_end));
  if (m && !partner_first.found_in(folded.substr(term_end, m->position(1)))) {
    std::string_view parties = m->view(1);
    static const Pattern clause_end(
        R"(\b(?:qui|which|lors|during|afin|in order|sur|on|en (?:matiere|vue|faveur|\d)|in (?:the field|the area|order|\d)|pour|for|visant|aiming|to|portant|concernant|regarding|dans|within|sera|seront|serait|a ete|ont ete|est|sont|will|would|was|were|is|are|has|have|en presence|in the presence|in presence)\b)");
    if (auto cut = clause_end.search(parties)) parties = parties.substr(0, cut->position());
    static const Pattern two(R"(\b(?:et|and)\b)");
    if (two.found_in(parties)) return institutional(parties);
  }
  // "a Québec publisher and a Barcelona publishing house signed a
  // distribution agreement", "l'entreprise X et un distributeur de Qingdao
  // ont conclu une entente": the subject of the verb, after the last clause
  // boundary or relative word before it.
  // ("ont signé, en présence de la ministre, un protocole": an aside may
  // stand between the verb and the agreement.)
  static const Pattern subject_verb(
      R"(((?:[^,;:.()]|\([^().;]{0,40}\)){3,200}?)\s+(?:(?:ont|a|have|has|had)\s+)?(?:signe|signed|conclu|concluded|sign|conclude|entered into|renouvele|renewed|reconduit|prolonge|extended)\b(?:,[^,;:.]{0,60},)?[^,;:.]{0,60}$)");
  if (auto s = subject_verb.search(folded.substr(0, term_begin))) {
    std::string_view subject = s->view(1);
    static const Pattern relative(
        R"(.*\b(?:at which|which|where|whereby|qui|ou|dont|lors de laquelle|au cours de laquelle)\b)");
    if (auto r = relative.search(subject)) subject = subject.substr(r->end());
    // "La délégation a visité l'Institut Max Planck et signé une entente": a
    // second verb of a subject named before the first one.
    static const Pattern coordinated(R"(\b(?:et|and)\s*$)");
    static const Pattern auxiliary(R"(\b(?:a|ont|has|have|had)\b)");
    if (coordinated.found_in(subject)) {
      if (auto aux = auxiliary.search(subject)) subject = subject.substr(0, aux->position());
    }
    // "the Port of Québec and the Qingdao Port Group signed ...; the
    // Minister attended the signing", "ont signé, en présence de la
    // ministre": others signed, unless a minister or government is named
    // among those who did.
    static const Pattern witnessed(
        R"(\b(?:en (?:presence|compagnie) (?:de|du|des)|in the presence of|(?:attended|witnessed) the (?:signing|signature)|witnessed by|(?:a|ont) assiste a la signature|temoin de la signature)\b)");
    static const Pattern official(
        R"(\b(?:ministres?|ministers?|ministere|ministry|gouvernements?|governments?|gouverneur|governor|premier|maires?|mayors?|delegation|delegue|delegate)\b)");
    if (witnessed.found_in(folded) && !official.found_in(subject) &&
        (names_institution(subject) || !names_government(subject)))
      return true;
    return institutional(subject);
  }
  return false;
}

} // namespace entente::indexer
