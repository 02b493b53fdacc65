#pragma once
// Agreements and MOUs named in a sentence: which ones (partner, year,
// domains), and what this mission did with each (signed it, renewed it,
// plans to update it, or only mentions it). Generic talk about agreements
// ("huit ententes sont en vigueur", "des ententes multisectorielles") names
// no agreement and gives nothing.
#include "indexer/report_text.hpp"
#include "registry/gazetteer.hpp"
#include "registry/model.hpp"
#include "registry/taxonomy.hpp"

#include <optional>
#include <string>
#include <vector>

namespace entente::indexer {

struct AgreementMention {
  std::string kind; // "agreement" | "mou"
  // "produced" | "references" | "plans_update" | "renewed"; empty for one
  // still to come that another of its sentence is to replace, which the
  // parser drops.
  std::string relation;
  std::vector<std::string> partners; // most specific partner slugs, home partners excluded
  // When the sentence names no partner for a reference or a planned update
  // ("réviser l'entente de 1998", "cette entente"), `partners` is empty and the
  // report must say elsewhere which agreement it is; these are the partners
  // around the sentence, for one with a year that the report names nowhere else.
  std::vector<std::string> guessed_partners;
  // What sort of instrument the report calls it ("work plan", "letter",
  // "declaration"...; "" for a plain "entente" or "agreement", which may be
  // any): two of different sorts are two agreements.
  std::string family;
  std::string year; // signing year when stated; for "produced" the mission's year
  // "signée le 17 octobre 2008": the day of a signing before the mission,
  // in `year`, when the sentence gives it; empty otherwise.
  std::string signed_day;
  std::vector<std::string> domains; // taxonomy slugs
  std::string title;
  std::string title_names; // the partners' names in the title ("Québec–Jinan"), to name others instead
  std::string evidence;    // the whole sentence, re-joined
  // The sentences of its paragraph just before it, nearest last: "Le 15
  // octobre, le ministre a été reçu par le maire. Lors de cette cérémonie,
  // l'entente a été signée" gives the signing's day there.
  std::vector<std::string> told_before;
  // The nearest heading above its paragraph ("Lundi 7 juin — Baton Rouge",
  // "3.1 Suwon — 8 novembre 2016"): the day, when neither it nor the
  // sentences before give one.
  std::string heading;
  int line = 0;
  int line_end = 0;
  // "renouvelée pour une période de cinq ans", "signed for a term of three
  // years": how long what the mission signed or renewed runs, else 0.
  int term_years = 0;
  // What else the sentence says happened to it: its end ("échue depuis
  // 2019", "was terminated in 2018") or an amendment ("un avenant à
  // l'entente a été signé"), as events with this sentence and its line. An
  // empty date is the mission's: the sentence gives none.
  std::vector<AgreementEvent> stated;
  // The agreement of the same sentence that this one replaces, is replaced
  // by, implements or works under, as an offset among the sentence's
  // mentions (-1: the one before); 0 for none. The two are never one.
  int linked = 0;
  // "the new MOU", "la nouvelle entente": named as the one just made.
  bool named_new = false;
  // Its partners are named in its sentence, not guessed from around it.
  bool partners_named = true;
  // Its partners are only the cities it was signed in ("signée à Jinan en
  // 2008", "à Port-au-Prince, un échange de lettres a prolongé l'entente de
  // 2010"): the government that holds the city may well be the party, and
  // the parser tries the report's agreement with it first.
  bool named_where_signed = false;
  // How this one stands to that one, when it is the newer or the
  // implementing one: "supersedes" | "implements"; else "".
  std::string relates;
};

struct MentionContext {
  const Gazetteer& gazetteer;
  const Taxonomy& taxonomy;
  std::vector<std::string> home;
  std::string language;     // "fr" | "en", for titles
  std::string mission_year; // year of the mission's start, may be empty
  std::vector<std::string>
      fallback; // partners for a signed agreement that names none (the mission's countries)
  // The sentence asks for something (a recommendation): a signing or renewal
  // named there is still to do.
  bool prescriptive = false;
  std::string mission_end_year; // year of the mission's last day, when it differs
  // Its first and last days (ISO 8601, empty when unknown): a signing dated by
  // its day ("signée le 22 novembre") is the mission's only within them.
  std::string mission_start, mission_end;
  // The one province or state that holds every place the mission went to
  // (Jinan and Yantai: Shandong), empty when they span several or the report
  // names only one city: a renewal in the mission's list of results that
  // names no partner is with it rather than with the whole country.
  std::vector<std::string> region;
  // Where to note the instruments the report says were not made ("A letter
  // of intent with the Haifa Municipality was prepared but not signed"): their
  // sort and the partners of their sentence. A later "Revisit the Haifa
  // letter of intent" then names no agreement either. Null: not noted.
  std::vector<std::pair<std::string, std::vector<std::string>>>* unmade = nullptr;
  // The sentence is in the report's list of results: "Renouvellement de
  // l'entente de 2002" there tells what the mission did.
  bool results = false;
  // "la Generalitat" after "la Generalitat de Catalunya": governments the
  // report names in full, then by the head of their name alone (the head as
  // written, the partner).
  std::vector<std::pair<std::string, std::string>> short_names;
};

// The heads of governments' full names in `texts` ("Generalitat de
// Catalunya", "Commonwealth of Massachusetts", "Free State of Bavaria"), each
// with its partner; a head two partners share is neither's.
std::vector<std::pair<std::string, std::string>> short_names_in(const std::vector<std::string>& texts,
                                                                const Gazetteer& gazetteer);

// The partners `text` names: the gazetteer's, and the context's short names.
std::vector<PartnerMention> partners_named_in(std::string_view text, const MentionContext& context);

// The partners named in the paragraph or list item around a sentence, for a
// signed agreement that names its partner only nearby. Found once per unit:
// a long paragraph of such signatures looked them up for each, which made a
// 200 KB report take 23 s.
class NearbyPartners {
public:
  explicit NearbyPartners(std::string_view unit_text) : unit_text_(unit_text) {}
  // The paragraph's sentences, and the one being read: a later sentence that
  // names an instrument of its own keeps its partners ("Le MOU en santé
  // numérique a été signé le deuxième jour. Une lettre d'intention a été
  // signée avec la Ville de Barcelone.": the MOU is not Barcelona's).
  void reading(const std::vector<Sentence>& sentences, std::size_t current);
  const std::vector<std::string>& in(const MentionContext& context);

private:
  std::string_view unit_text_;
  const std::vector<Sentence>* sentences_ = nullptr;
  std::size_t current_ = 0;
  std::optional<std::vector<std::string>> found_;
  struct SentencePartners {
    std::size_t index;
    bool names_instrument;
    bool others_only; // tells of an agreement the home government is no party to
    std::vector<std::string> partners;
  };
  std::optional<std::vector<SentencePartners>> by_sentence_; // those naming a partner
  std::size_t found_for_ = 0;                                // the sentence found_here_ is for
  std::vector<std::string> found_here_;
};

// Whether the fold()ed text names a city's own government ("la ville de
// Qingdao", "the City of Osaka", "le maire", "Osaka-shi", "l'hôtel de ville",
// "les deux villes"): a signing or an agreement of the city, not of the
// province or country that holds it.
bool names_city_government(std::string_view folded);

// The title of `m` naming `partners` instead of the partners it was made with.
std::string retitled(const AgreementMention& m, const std::vector<std::string>& partners,
                     const MentionContext& ctx);

std::vector<AgreementMention> find_agreements(const Sentence& sentence, NearbyPartners& nearby,
                                              const MentionContext& context);

// Partners named in text, most specific only (Jinan and China give Jinan),
// home partners left out, in order of appearance.
std::vector<std::string> named_partners(std::string_view text, const MentionContext& context);

// Keeps only the partners that are not an ancestor of another in the list.
std::vector<std::string> most_specific(const std::vector<std::string>& slugs, const Gazetteer& gazetteer);

// The one place that holds every partner in `slugs` (Albany and Plattsburgh
// give New York State), nothing when they share none.
std::vector<std::string> common_place(const std::vector<std::string>& slugs, const Gazetteer& gazetteer);

// The term a sentence gives in years ("d'une durée de quatre ans", "for a
// further five years"), else 0; `folded` as fold() gives it.
int term_of_sentence(std::string_view folded);

// "Le Québec n'est évidemment pas partie à cet accord.", "Il s'agit d'un
// accord entre municipalités, qui n'engage pas le gouvernement du Québec.":
// the folded sentence says that what the one before names is not Québec's.
bool says_home_no_party(std::string_view folded_sentence);

// The reporting government, or a place inside it that is not a country.
bool is_home(const std::string& slug, const MentionContext& context);

} // namespace entente::indexer
