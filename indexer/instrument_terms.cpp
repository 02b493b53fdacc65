#include "indexer/instrument_terms.hpp"

#include "indexer/pattern.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

namespace entente::indexer {
namespace {

// Longest phrasings first so that "protocole d'entente" is not read as "entente".
constexpr std::array<InstrumentTerm, 100> kTerms = {{
    {"protocoles d'entente", true, true, "Protocole d'entente", "Memorandum of understanding"},
    {"protocole d'entente", true, false, "Protocole d'entente", "Memorandum of understanding"},
    {"memoires d'entente", true, true, "Mémoire d'entente", "Memorandum of understanding"},
    {"memoire d'entente", true, false, "Mémoire d'entente", "Memorandum of understanding"},
    {"memorandums d'entente", true, true, "Protocole d'entente", "Memorandum of understanding"},
    {"memorandum d'entente", true, false, "Protocole d'entente", "Memorandum of understanding"},
    {"protocoles d'accord", true, true, "Protocole d'accord", "Memorandum of understanding"},
    {"protocole d'accord", true, false, "Protocole d'accord", "Memorandum of understanding"},
    {"memoranda of understanding", true, true, "Protocole d'entente", "Memorandum of understanding"},
    {"memorandums of understanding", true, true, "Protocole d'entente", "Memorandum of understanding"},
    {"memorandum of understanding", true, false, "Protocole d'entente", "Memorandum of understanding"},
    {"memoranda of cooperation", true, true, "Protocole de coopération", "Memorandum of cooperation"},
    {"memorandum of cooperation", true, false, "Protocole de coopération", "Memorandum of cooperation"},
    {"memoranda on cooperation", true, true, "Protocole de coopération", "Memorandum of cooperation"},
    {"memorandum on cooperation", true, false, "Protocole de coopération", "Memorandum of cooperation"},
    {"mous", true, true, "Protocole d'entente", "Memorandum of understanding"},
    {"mou", true, false, "Protocole d'entente", "Memorandum of understanding"},
    {"protocoles de cooperation", false, true, "Protocole de coopération", "Cooperation protocol"},
    {"protocole de cooperation", false, false, "Protocole de coopération", "Cooperation protocol"},
    {"ententes de cooperation", false, true, "Entente de coopération", "Cooperation agreement"},
    {"entente de cooperation", false, false, "Entente de coopération", "Cooperation agreement"},
    {"ententes-cadres", false, true, "Entente-cadre", "Framework agreement"},
    {"entente-cadre", false, false, "Entente-cadre", "Framework agreement"},
    {"lettres d'entente", false, true, "Lettre d'entente", "Letter of agreement"},
    {"lettre d'entente", false, false, "Lettre d'entente", "Letter of agreement"},
    {"ententes", false, true, "Entente", "Agreement"},
    {"entente", false, false, "Entente", "Agreement"},
    {"accords de cooperation", false, true, "Accord de coopération", "Cooperation agreement"},
    {"accord de cooperation", false, false, "Accord de coopération", "Cooperation agreement"},
    {"accords-cadres", false, true, "Accord-cadre", "Framework agreement"},
    {"accord-cadre", false, false, "Accord-cadre", "Framework agreement"},
    {"accords", false, true, "Accord", "Agreement"},
    {"accord", false, false, "Accord", "Agreement"},
    {"conventions de cooperation", false, true, "Convention de coopération", "Cooperation agreement"},
    {"convention de cooperation", false, false, "Convention de coopération", "Cooperation agreement"},
    {"declarations conjointes", false, true, "Déclaration conjointe", "Joint declaration"},
    {"declaration conjointe", false, false, "Déclaration conjointe", "Joint declaration"},
    {"declaration commune", false, false, "Déclaration commune", "Joint declaration"},
    {"declarations de cooperation", false, true, "Déclaration de coopération", "Declaration of cooperation"},
    {"declaration de cooperation", false, false, "Déclaration de coopération", "Declaration of cooperation"},
    {"declarations d'intention", false, true, "Déclaration d'intention", "Declaration of intent"},
    {"declaration d'intention", false, false, "Déclaration d'intention", "Declaration of intent"},
    {"echanges de lettres", false, true, "Échange de lettres", "Exchange of letters"},
    {"echange de lettres", false, false, "Échange de lettres", "Exchange of letters"},
    {"lettres d'intention", false, true, "Lettre d'intention", "Letter of intent"},
    {"lettre d'intention", false, false, "Lettre d'intention", "Letter of intent"},
    {"plans d'action conjoints", false, true, "Plan d'action", "Action plan"},
    {"plan d'action conjoint", false, false, "Plan d'action", "Action plan"},
    {"plans d'action", false, true, "Plan d'action", "Action plan"},
    {"plan d'action", false, false, "Plan d'action", "Action plan"},
    {"plans de travail", false, true, "Plan de travail", "Work plan"},
    {"plan de travail", false, false, "Plan de travail", "Work plan"},
    {"programmes de cooperation", false, true, "Programme de coopération", "Cooperation programme"},
    {"programme de cooperation", false, false, "Programme de coopération", "Cooperation programme"},
    {"programmes de travail", false, true, "Programme de travail", "Work programme"},
    {"programme de travail", false, false, "Programme de travail", "Work programme"},
    {"arrangements", false, true, "Arrangement", "Arrangement"},
    {"arrangement", false, false, "Arrangement", "Arrangement"},
    {"letters of agreement", false, true, "Lettre d'entente", "Letter of agreement"},
    {"letter of agreement", false, false, "Lettre d'entente", "Letter of agreement"},
    {"letter of understanding", false, false, "Lettre d'entente", "Letter of understanding"},
    {"exchanges of letters", false, true, "Échange de lettres", "Exchange of letters"},
    {"exchange of letters", false, false, "Échange de lettres", "Exchange of letters"},
    // ("Letters were exchanged on 15 May 2025 between ...": the act names it.)
    {"letters were exchanged", false, false, "Échange de lettres", "Exchange of letters"},
    {"exchanged letters", false, false, "Échange de lettres", "Exchange of letters"},
    {"lettres ont ete echangees", false, false, "Échange de lettres", "Exchange of letters"},
    {"letters of intent", false, true, "Lettre d'intention", "Letter of intent"},
    {"letter of intent", false, false, "Lettre d'intention", "Letter of intent"},
    {"declarations of cooperation", false, true, "Déclaration de coopération", "Declaration of cooperation"},
    {"declaration of cooperation", false, false, "Déclaration de coopération", "Declaration of cooperation"},
    {"declarations of intent", false, true, "Déclaration d'intention", "Declaration of intent"},
    {"declaration of intent", false, false, "Déclaration d'intention", "Declaration of intent"},
    {"declarations of intention", false, true, "Déclaration d'intention", "Declaration of intent"},
    {"declaration of intention", false, false, "Déclaration d'intention", "Declaration of intent"},
    {"cooperation programmes", false, true, "Programme de coopération", "Cooperation programme"},
    {"cooperation programme", false, false, "Programme de coopération", "Cooperation programme"},
    {"cooperation programs", false, true, "Programme de coopération", "Cooperation programme"},
    {"cooperation program", false, false, "Programme de coopération", "Cooperation programme"},
    {"joint declarations", false, true, "Déclaration conjointe", "Joint declaration"},
    {"joint declaration", false, false, "Déclaration conjointe", "Joint declaration"},
    {"joint statements", false, true, "Déclaration conjointe", "Joint declaration"},
    {"joint statement", false, false, "Déclaration conjointe", "Joint declaration"},
    {"joint action plans", false, true, "Plan d'action", "Action plan"},
    {"joint action plan", false, false, "Plan d'action", "Action plan"},
    {"action plans", false, true, "Plan d'action", "Action plan"},
    {"action plan", false, false, "Plan d'action", "Action plan"},
    {"work programmes", false, true, "Programme de travail", "Work programme"},
    {"work programme", false, false, "Programme de travail", "Work programme"},
    {"work programs", false, true, "Programme de travail", "Work programme"},
    {"work program", false, false, "Programme de travail", "Work programme"},
    {"work plans", false, true, "Plan de travail", "Work plan"},
    {"work plan", false, false, "Plan de travail", "Work plan"},
    {"framework agreements", false, true, "Entente-cadre", "Framework agreement"},
    {"framework agreement", false, false, "Entente-cadre", "Framework agreement"},
    {"cooperation agreements", false, true, "Entente de coopération", "Cooperation agreement"},
    {"cooperation agreement", false, false, "Entente de coopération", "Cooperation agreement"},
    {"agreements", false, true, "Entente", "Agreement"},
    {"agreement", false, false, "Entente", "Agreement"},
    // "Le protocole avec le CODOFIL devra être renouvelé": a protocole named
    // without "d'entente" is one, in the words find_instrument_terms allows.
    {"protocoles", true, true, "Protocole d'entente", "Memorandum of understanding"},
    {"protocole", true, false, "Protocole d'entente", "Memorandum of understanding"},
}};

// A bare "protocole" is one only where its words say it is an agreement:
// followed by its partner, year, subject or signing ("le protocole avec le
// CODOFIL", "le protocole de 2012", "le protocole sur les sciences de la
// mer", "le protocole signé à Jinan") or governed by what is done to
// agreements ("mettre à jour le protocole microélectronique", "le bilan du
// protocole"). Not the diplomatic one ("le directeur du protocole", "selon le
// protocole chinois", "le protocole de la visite"), a research or medical
// protocol, or a convention's ("le protocole de Kyoto").
bool bare_protocole_is_instrument(std::string_view text, std::size_t at, std::size_t end) {
  static const Pattern after(
      R"(^\s+(?:avec|entre|quebec\s*(?:-|\xe2\x80\x93|\xe2\x80\x94)(?!\s*[\w-]+\s+(?:cafe|restaurant|bar|bistro|hotel|club|boutique)\b)|de (?:19|20)\d\d|du \d|signee?s?|conclue?s?|en matiere|relatifs?|sur (?:la|le|les|l')|d'une duree|en vigueur|d'accord))");
  static const Pattern governed(
      R"(\b(?:renouveler|reviser|actualiser|mettre a jour|prolonger|reconduire|bilan|mise a jour|mise en oeuvre|mise en œuvre|suivi|renouvellement|revision|cadre|termes)\s+(?:du|le|ce|de ce|les|des|l')\s*(?:\w+\s+)?$)");
  static const Pattern not_one(
      R"(^\s+(?:sanitaire|phytosanitaire|de (?:la|l'|recherche|soins|traitement|kyoto|montreal|nagoya|cartagena|carthagene|madrid|communication|transmission|depistage)|experimental|clinique|d'accueil|de securite|d'evaluation|therapeutique|medical|facultatif|d'essai|informatique|d'intervention|d'urgence|chinois|officiel))");
  if (not_one.found_in(text.substr(end))) return false;
  const std::size_t from = at > 40 ? at - 40 : 0;
  // "ce protocole est désuet et devra être révisé", "Ce protocole remplace
  // la déclaration commune de 2008": the one just named, of which the
  // sentence says what agreements undergo or do.
  static const Pattern this_one(R"(\b(?:ce|cedit|ledit)\s+$)");
  static const Pattern told_of(
      R"(^\s+(?:est (?:jugee? |devenue? |considere\w* )?(?:desuet|obsolete|caduc|perime|echu|arrive a)|est devenu|a expire|sera (?:revise|renouvele|remplace|integre|actualise|prolonge|reconduit)|devra|devrait etre|doit etre|arrive a echeance|expire|n'est plus|remplace|remplacera|succede))");
  if (this_one.found_in(text.substr(from, at - from)) && told_of.found_in(text.substr(end))) return true;
  return after.found_in(text.substr(end)) || governed.found_in(text.substr(from, at - from));
}

std::string slug_of(std::string_view label) {
  std::string out;
  for (char c : label) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) out.push_back(static_cast<char>(std::tolower(u)));
  }
  return out;
}

// "protocole d'entente", "entente-cadre" as the query parser renders them.
std::string as_query_words(std::string_view folded) {
  std::string out;
  for (char c : folded)
    out.push_back(c == '\'' || c == '-' ? ' ' : c);
  return out;
}

bool is_function_word(std::string_view w) {
  return w.size() < 3 || w == "des" || w == "les" || w == "the";
}

} // namespace

namespace {

// The terms by their first word: a name starts where a word does, so one
// pass over the words finds every candidate (61 scans of the text made
// indexing an agreement's many sentences slow).
const std::unordered_map<std::string_view, std::vector<std::size_t>>& terms_by_first_word() {
  static const auto index = [] {
    std::unordered_map<std::string_view, std::vector<std::size_t>> out;
    for (std::size_t k = 0; k < kTerms.size(); ++k) {
      std::string_view t = kTerms[k].folded;
      std::size_t n = 0;
      while (n < t.size() && is_word_byte(t[n]))
        ++n;
      out[t.substr(0, n)].push_back(k);
    }
    return out;
  }();
  return index;
}

} // namespace

std::vector<InstrumentHit> find_instrument_terms(const FoldedText& f, std::string_view original) {
  const std::string_view text = f.text;
  // Every place a term stands as words, by term in table order (longest
  // phrasings first), then by place: the order the overlaps are settled in.
  std::vector<std::pair<std::size_t, std::size_t>> found; // term, offset
  const auto& index = terms_by_first_word();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_word_byte(text[i]) || (i > 0 && is_word_byte(text[i - 1]))) continue;
    std::size_t j = i;
    while (j < text.size() && is_word_byte(text[j]))
      ++j;
    auto it = index.find(text.substr(i, j - i));
    if (it != index.end()) {
      for (std::size_t k : it->second) {
        const std::string_view term = kTerms[k].folded;
        if (text.compare(i, term.size(), term) != 0) continue;
        const std::size_t end = i + term.size();
        if (end < text.size() && is_word_byte(text[end]) && is_word_byte(term.back())) continue;
        found.emplace_back(k, i);
      }
    }
    i = j;
  }
  std::sort(found.begin(), found.end());
  std::vector<InstrumentHit> hits;
  std::vector<bool> taken(text.size(), false);
  for (const auto& [k, at] : found) {
    const InstrumentTerm& term = kTerms[k];
    std::size_t end = at + term.folded.size();
    if (std::any_of(taken.begin() + static_cast<std::ptrdiff_t>(at),
                    taken.begin() + static_cast<std::ptrdiff_t>(end), [](bool b) { return b; }))
      continue;
    // "mou" is a French adjective; the acronym is written in capitals.
    if (term.folded.substr(0, 3) == "mou" && original.substr(f.source_offset(at), 2) != "MO") continue;
    if ((term.folded == "protocole" || term.folded == "protocoles") &&
        !bare_protocole_is_instrument(text, at, end))
      continue;
    // "Letters were exchanged on 15 May 2025": an instrument when dated,
    // not "the two ministers exchanged letters about the visit".
    if (term.folded.find("exchanged") != std::string_view::npos ||
        term.folded.find("echangees") != std::string_view::npos) {
      static const Pattern dated_act(
          R"(^[^.;]{0,80}?\b(?:on|le)\s+(?:the\s+)?(?:\d|(?:19|20)\d\d|[a-z]+\s+\d))");
      // (Nor letters about a matter, "between the two ministers regarding
      // the forum", "to invite each other", of pupils, "Students ...
      // exchanged letters", or the means of another's renewal, "confirming
      // the renewal of the 2016 MOU".)
      static const Pattern of_people(
          R"(\b(?:between|entre)\s+(?:the\s+|les\s+|le\s+|la\s+)?(?:two\s+|deux\s+)?(?:students?|etudiants?|eleves|pupils|citizens|citoyens|schools?|ecoles?)\b|\b(?:regarding|about|concerning|au sujet (?:de|du|des|d')|a propos (?:de|du|des|d')|quant a|to invite|pour inviter|d'invitation|of invitation|as part of|dans le cadre d'un projet|to mark|to celebrate|pour (?:souligner|marquer|celebrer)|portant sur (?:la tenue|l'organisation))\b|\b(?:confirming|confirmant|to (?:renew|extend|amend)|pour (?:renouveler|prolonger|modifier)|renewing|extending|prolongeant|renouvelant)\b)");
      static const Pattern people_subject(
          R"(\b(?:students?|etudiants?|eleves|pupils|citizens|citoyens|schools?|ecoles?|children|enfants|youth|jeunes)\b[^.;]{0,60}$)");
      const std::size_t from = at > 80 ? at - 80 : 0;
      const std::string_view rest = text.substr(end, std::min<std::size_t>(160, text.size() - end));
      if (!dated_act.found_in(text.substr(end)) || of_people.found_in(rest) ||
          people_subject.found_in(text.substr(from, at - from)))
        continue;
    }
    // "prolongée par un échange de lettres", "extended by an exchange of
    // letters": the means of another agreement's renewal, not one of its own.
    if (term.folded.find("de lettres") != std::string_view::npos ||
        term.folded.find("of letters") != std::string_view::npos) {
      static const Pattern means(
          R"(\b(?:par|by|through|via|au moyen d'|by means of)\s+(?:(?:un|une|an|the|l'|le|d')\s*)?(?:simple\s+)?$)");
      // ("confirmé la coopération ... au moyen d'un échange de lettres": the
      // means of no other agreement's change, an instrument of its own.)
      static const Pattern changes_another(
          R"(\b(?:renouvel\w*|recondui\w*|prolong\w*|proroge\w*|modifi\w*|amend\w*|renew\w*|extend\w*|extension|rollover|avenant|addendum)\b)");
      const std::size_t from = at > 40 ? at - 40 : 0;
      const std::size_t near_from = at > 120 ? at - 120 : 0;
      const bool by_means = means.found_in(text.substr(from, at - from));
      if (by_means &&
          changes_another.found_in(text.substr(near_from, std::min(text.size(), end + 120) - near_from)))
        continue;
      // What confirms or formalises a cooperation is an instrument, dated or
      // not ("avaient confirmé leur coopération par un échange de lettres").
      static const Pattern made_by(
          R"(\b(?:confirm\w*|formalis\w*|formaliz\w*|scelle\w*|sealed|enterin\w*|concretis\w*)\b[^.;]{0,100}$)");
      const bool made_by_means = by_means && made_by.found_in(text.substr(near_from, at - near_from));
      // Letters between ministers ("À la suite d'un échange de lettres entre
      // les deux ministres") are correspondence: an instrument is signed,
      // dated by its name ("the 2011 exchange of letters", "l'échange de
      // lettres de 2011") or pointed back to ("cet échange de lettres").
      static const Pattern instrument_words(
          R"(\b(?:(?:19|20)\d\d|ce|cet|cette|this|that|ledit|signee?s?|signed|signe|conclue?s?|concluded|renouvel\w*|renewed|prolonge\w*|extended)\s+$)");
      // ("L'échange de lettres Québec–Espagne du 18 mars 2002": named by its
      // parties and dated.)
      static const Pattern dated_after(
          R"(^\s+(?:de|of|du)\s+(?:19|20)\d\d\b|^\s+quebec\s*(?:-|–|—|/)\s*[^\s.;,]+\s+(?:[^\s.;,]+\s+)?(?:de|of|du)\s+(?:(?:\d{1,2}(?:er)?\s+)?[a-z]+\s+)?(?:19|20)\d\d\b|^[^.;]{0,120}?\b(?:datee?s?|dated) (?:du|of|on|le)?\s*(?:[a-z]+ )?\d)");
      static const Pattern signed_in_sentence(
          R"(\b(?:signe|signee?s?|signed|sign|signature|signing|conclu|concluded)\b)");
      static const Pattern between_people(
          R"(^\s+(?:entre|between)\s+(?:les|the)\s+(?:deux\s+|two\s+)?(?:ministres?|ministers?|premiers?|chefs?|heads?|presidents?|maires?|mayors?)\b)");
      const std::size_t lead_from = at > 30 ? at - 30 : 0;
      if (between_people.found_in(text.substr(end)) ||
          !(made_by_means || instrument_words.found_in(text.substr(lead_from, at - lead_from)) ||
            dated_after.found_in(text.substr(end)) || signed_in_sentence.found_in(text)))
        continue;
    }
    // "le programme de coopération internationale du Québec, qui finance des
    // ONG", "decentralized cooperation program": a funding programme, not
    // one agreed with a partner.
    if (term.label_en == std::string_view("Cooperation programme")) {
      static const Pattern funding_after(R"(^\s+(?:internationale?s?\s+)?(?:du quebec|quebecois\w*)\b)");
      static const Pattern funding_before(R"(\bquebec's\s+(?:international\s+)?$)");
      const std::size_t from = at > 30 ? at - 30 : 0;
      if (funding_after.found_in(text.substr(end)) || funding_before.found_in(text.substr(from, at - from)))
        continue;
    }
    // "d'accord", "en accord avec", "accord de principe" are not agreements.
    if (term.folded.substr(0, 6) == "accord") {
      std::string_view before(text.data(), at);
      if (before.ends_with("d'") || before.ends_with("en ") || before.ends_with("un commun ")) continue;
      if (text.substr(end).starts_with(" de principe")) continue;
    }
    // "Agreement in principle with Shenzhen to negotiate a successor", "in
    // agreement with": a consent, not an instrument.
    if (term.folded == "agreement" || term.folded == "agreements") {
      if (text.substr(end).starts_with(" in principle")) continue;
      std::string_view before(text.data(), at);
      // ("in agreement with", "by mutual agreement".)
      if (before.ends_with("in ") || before.ends_with("mutual ")) continue;
    }
    std::fill(taken.begin() + static_cast<std::ptrdiff_t>(at),
              taken.begin() + static_cast<std::ptrdiff_t>(end), true);
    hits.push_back({at, end, &term});
  }
  std::sort(hits.begin(), hits.end(),
            [](const InstrumentHit& a, const InstrumentHit& b) { return a.begin < b.begin; });
  return hits;
}

namespace {

std::vector<std::string> concepts_of(const InstrumentTerm& term) {
  std::vector<std::string> out{slug_of(term.label_en)};
  if (term.mou && out[0] != "mou") out.emplace_back("mou");
  const std::string_view label = term.label_en;
  if (out[0] != "agreement" && label.size() >= 9 && slug_of(label.substr(label.size() - 9)) == "agreement")
    out.emplace_back("agreement");
  // A work plan and a work programme are one thing under two names ("plan de
  // travail", "programme de travail"): either finds both.
  if (out[0] == "workplan") out.emplace_back("workprogramme");
  if (out[0] == "workprogramme") out.emplace_back("workplan");
  return out;
}

} // namespace

const std::vector<std::string>& instrument_concepts(const InstrumentTerm& term) {
  static const auto all = [] {
    std::vector<std::vector<std::string>> out;
    for (const auto& t : kTerms)
      out.push_back(concepts_of(t));
    return out;
  }();
  return all[static_cast<std::size_t>(&term - kTerms.data())];
}

std::optional<std::string> query_instrument_concept(std::string_view operand) {
  for (const auto& term : kTerms) {
    if (as_query_words(term.folded) != operand) continue;
    // (A bare "protocole" is a word to search: the extractor reads it as a
    // name only in context.)
    if (term.folded == "protocole" || term.folded == "protocoles") continue;
    // "MOU" means any memorandum; "protocole d'entente", one of understanding.
    if (term.folded == "mou" || term.folded == "mous") return std::string("mou");
    return slug_of(term.label_en);
  }
  return std::nullopt;
}

std::vector<std::string> instrument_concept_words(std::string_view sort) {
  // Words that name a sort of their own ("entente", "accord") or none
  // ("cooperation", "travail") would light up everywhere.
  static const std::array<std::string_view, 9> generic = {"entente",     "ententes",  "accord",
                                                          "accords",     "agreement", "agreements",
                                                          "cooperation", "travail",   "commune"};
  std::vector<std::string> out;
  for (const auto& term : kTerms) {
    auto concepts = instrument_concepts(term);
    if (std::find(concepts.begin(), concepts.end(), sort) == concepts.end()) continue;
    std::string words = as_query_words(term.folded);
    std::size_t at = 0;
    while (at < words.size()) {
      std::size_t end = words.find(' ', at);
      if (end == std::string::npos) end = words.size();
      std::string w = words.substr(at, end - at);
      const bool own_name = std::string_view(term.folded).find(' ') == std::string_view::npos;
      const bool plain = std::find(generic.begin(), generic.end(), w) != generic.end();
      if (!is_function_word(w) && (own_name || !plain) && std::find(out.begin(), out.end(), w) == out.end())
        out.push_back(w);
      at = end + 1;
    }
  }
  return out;
}

} // namespace entente::indexer
