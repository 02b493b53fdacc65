#include "indexer/report_parser.hpp"

#include "indexer/french_dates.hpp"
#include "indexer/language.hpp"
#include "indexer/pattern.hpp"
#include "indexer/report_layout.hpp"
#include "registry/text.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <limits>
#include <map>
#include <set>

namespace entente::indexer {
namespace {

void add_unique(std::vector<std::string>& list, const std::string& value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

std::string strip_end_punct(std::string_view text) {
  std::string s = trim(text);
  while (!s.empty() && (s.back() == ';' || s.back() == ',' || s.back() == '.' || s.back() == ':')) {
    s.pop_back();
    s = trim(s);
  }
  return s;
}

// "à Paris", "en Île-de-France", "to Munich", "dans la région de": the name
// at `at` is where someone went or was.
bool after_travel_word(std::string_view text, std::size_t at) {
  // The last two words are enough, and a long paragraph names many places.
  const std::size_t from = at > 48 ? at - 48 : 0;
  auto words = fold_words(text.substr(from, at - from));
  auto last = [&](std::size_t k) { return words.size() > k ? words[words.size() - 1 - k] : std::string(); };
  static const std::array<std::string_view, 9> travel = {"a",  "au", "aux",  "en",  "in",
                                                         "to", "at", "dans", "vers"};
  auto is_travel = [&](const std::string& w) {
    return std::find(travel.begin(), travel.end(), w) != travel.end();
  };
  if (is_travel(last(0))) return true;
  // "à la Ville de", "dans la province du", "en région"
  return (last(0) == "la" || last(0) == "le" || last(0) == "l") && is_travel(last(1));
}

// The reporting government under every name the gazetteer gives it: "le
// Québec" in running text is the province, while the home slug may be the city.
std::vector<std::string> home_set(const ParseContext& ctx) {
  std::vector<std::string> out;
  for (const auto& h : ctx.home) {
    add_unique(out, h);
    const Partner* p = ctx.gazetteer.find(h);
    if (p == nullptr) continue;
    for (const auto& name : {p->name, p->name_fr}) {
      if (auto m = ctx.gazetteer.resolve(name)) {
        add_unique(out, m->slug);
        for (const auto& alt : m->alternatives)
          add_unique(out, alt);
      }
    }
  }
  return out;
}

std::optional<DelegationMember> parse_member(const std::string& item, int line) {
  std::string text = strip_end_punct(item);
  DelegationMember m;
  m.line = line;
  m.honorific = leading_honorific(text);
  std::string rest = trim(std::string_view(text).substr(m.honorific.size()));
  // "M. Étienne Lafrenière | Ministre délégué | Cabinet": a row of a table
  // of the delegation, the name in its first cell.
  if (const auto bar = rest.find(" | "); bar != std::string::npos) {
    m.name = trim(std::string_view(rest).substr(0, bar));
    std::string title;
    for (const auto& cell : split_list(rest.substr(bar + 3), '|')) {
      const std::string c = trim(cell);
      if (c.empty()) continue;
      if (!title.empty()) title += ", ";
      title += c;
    }
    m.title = strip_end_punct(title);
    const auto words = split_list(m.name, ' ');
    if (m.name.empty() || !starts_with_upper(m.name) || words.size() > 5 || words.size() < 2)
      return std::nullopt;
    return m;
  }
  std::size_t cut = rest.find(", ");
  std::size_t skip = 2;
  for (std::string_view sep : {" – ", " — ", " - ", " ("}) {
    auto at = rest.find(sep);
    if (at != std::string::npos && at < cut) {
      cut = at;
      skip = sep.size();
    }
  }
  m.name = trim(std::string_view(rest).substr(0, cut));
  if (cut != std::string::npos) m.title = strip_end_punct(std::string_view(rest).substr(cut + skip));
  if (!m.title.empty() && m.title.back() == ')') m.title.pop_back();
  // "Mme Mathieu-Lefebvre, Isabelle — ministre de la Culture": the surname
  // first, the given name after its comma.
  if (cut != std::string::npos && skip == 2 && m.name.find(' ') == std::string::npos) {
    static const Pattern given_then_title(
        R"(^([A-Z\xc3\xc5][^\s,]+(?: [A-Z\xc3\xc5][^\s,]+)?)\s+(?:\xe2\x80\x94|\xe2\x80\x93|-)\s+(.+)$)");
    if (auto g = given_then_title.search(m.title)) {
      m.name = g->str(1) + " " + m.name;
      m.title = g->str(2);
      if (!m.title.empty() && m.title.back() == ')') m.title.pop_back();
    }
  }
  // A name is a few capitalised words, not a sentence, nor a date ("Le
  // 27/11/2025, la ministre et le lehendakari ont signé", a bullet under a
  // place after the delegation's list).
  auto words = split_list(m.name, ' ');
  if (m.name.empty() || !starts_with_upper(m.name) || words.size() > 5 || words.size() < 2)
    return std::nullopt;
  static const Pattern not_a_name(R"(\d|^(?:le|la|les|l'|the|on|in|en|du|au)$)");
  if (m.honorific.empty() && (not_a_name.found_in(m.name) || not_a_name.found_in(fold(words.front()))))
    return std::nullopt;
  return m;
}

// "ministre de la Santé et des Services sociaux" gives "Ministère de la Santé
// et des Services sociaux"; "Minister of Health" gives "Ministry of Health".
std::string ministry_from_title(const std::string& title) {
  static const Pattern fr(
      R"(^(?:la |le )?ministre ((?:de la |de l’|de l'|des |du |de )(?:[^,;]|, (?=de |du |des |et ))+))",
      Pattern::Case::Insensitive);
  static const Pattern en(R"(^(?:the )?minister ((?:of|for) [^,;]+))", Pattern::Case::Insensitive);
  if (auto m = fr.search(title)) {
    std::string rest = m->str(1);
    for (std::string_view stop : {" et ministre", " ainsi que", " et de la Francophonie et ministre"}) {
      if (auto at = rest.find(stop); at != std::string::npos) rest = rest.substr(0, at);
    }
    return "Ministère " + trim(rest);
  }
  if (auto m = en.search(title)) {
    std::string rest = m->str(1);
    if (auto at = rest.find(" and Minister"); at != std::string::npos) rest = rest.substr(0, at);
    return "Ministry " + trim(rest);
  }
  return "";
}

// "Louise Bélanger, le 28 mai 2012", "Direction des États-Unis, April 3,
// 2023", "25 July 2014": who signed the report, and when. The name ends at
// the first comma when a date or a title follows (`name_only`).
std::pair<std::string, std::string> signer_and_date(const std::string& field_value, bool name_only) {
  std::string value = strip_end_punct(field_value);
  std::string head = trim(value.substr(0, value.find(',')));
  auto r = find_date_range(value);
  if (!r) return {name_only ? head : value, ""};
  return {starts_with_date(head) ? std::string() : head, r->start};
}

// "Ministère du Tourisme — Compte rendu de mission" gives the ministry and
// what follows the dash; "Québec Ministry of International Relations" the
// ministry alone. Not "Mission de la ministre..." (a title).
std::pair<std::string, std::string> ministry_header(const std::string& line) {
  static const Pattern header(
      R"(^(?:Québec |Quebec |QUÉBEC |QUEBEC |Government of Québec |Government of Quebec |GOVERNMENT OF QUÉBEC |GOVERNMENT OF QUEBEC )?((?:Ministère|MINISTÈRE|Ministere|MINISTERE|Ministry|MINISTRY|Department|DEPARTMENT) .+?)\s*(?:\([^)]*\)\s*)?(?:(?:—|–| - )\s*(.*))?$)");
  auto m = header.search(line);
  if (!m) return {"", ""};
  std::string ministry = trim(m->str(1));
  if (ministry.size() > 120 || ministry.back() == '.') return {"", ""};
  return {ministry, trim(m->str(2))};
}

// The government whose letterhead heads the report, when it is another than
// `home`: "SCOTTISH GOVERNMENT", "State Government of Victoria, Australia",
// "Gouvernement de la Wallonie", "PROVINCE OF BRITISH COLUMBIA" over
// "Ministry of Jobs". Its agreements are its own: none is the home
// government's. Empty when the letterhead is home's, or names no one
// government, or the report names that government as where it went
// ("Ministère de l'Éducation" over "Gouvernement du Jalisco", then
// "Destination : Mexique" or "la mission au Jalisco"): a destination, not
// an author. (A wrong author costs a home report its agreements: only a
// letterhead that says "government", or a province's or state's name over
// a ministry's, counts.)
std::string reporting_government(const Layout& layout, const std::vector<std::string>& title_lines,
                                 const ParseContext& ctx, const std::vector<std::string>& home) {
  static const Pattern about_the_trip(
      R"(\b(?:mission|missions|rapport|report|compte rendu|visite|visit|trip|voyage|bilan|note|memo|memorandum|briefing|aupres|to|au|aux|en|dans|in|avec|with|cooperation|relations|commission|committee|comite|bureau|office|agency|agence)\b)");
  // ("Government of X", "Gouvernement de X", "X Government", "State
  // Government of X"; not "Open Government Partnership", "e-Government".)
  static const Pattern government(
      R"(^(?:the )?(?:(?:state |provincial |regional )?(?:gouvernement|government) (?:of|du|de|de la|de l'|des|d')\b|[a-z' .-]{2,40} (?:state |provincial |regional )?government$))");
  static const Pattern styled(R"(^(?:the )?(?:province|state|commonwealth) of\b)");
  static const Pattern ministry(
      R"(^\W*(?:ministry|department|ministere|secretariat|directorate|direction)\b)");
  static const Pattern portfolio_words(
      R"(^\s*(?:agriculture|health|education|trade|treasury|finance|environment|tourism|industry|jobs|innovation|economic development|economy|culture|foreign affairs|international (?:relations|affairs))(?:,? (?:and|&) [a-z ]{3,40})?\s*$)");
  std::string found;
  std::size_t found_line = 0;
  // (The top line only: under a ministry's name, "Gouvernement de l'État de
  // New York" is where a Québec mission went.)
  for (std::size_t i = 0; i < title_lines.size() && i < 1 && found.empty(); ++i) {
    const std::string& line = title_lines[i];
    if (line.size() > 80 ||
        std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    const std::string f = fold(line);
    if (about_the_trip.found_in(f)) continue;
    std::vector<std::string> slugs;
    std::optional<PartnerMention> first;
    for (auto& m : ctx.gazetteer.find_in_text(line)) {
      const Partner* p = ctx.gazetteer.find(m.slug);
      if (p == nullptr || (p->kind != "subdivision" && p->kind != "country")) continue;
      add_unique(slugs, m.slug);
      if (!first) first = m;
    }
    slugs = most_specific(slugs, ctx.gazetteer);
    if (slugs.size() != 1) continue;
    // ("MANITOBA AGRICULTURE AND FOOD": a province's name opening the top
    // line, a ministry's portfolio after it.)
    const bool portfolio = i == 0 && first->slug == slugs.front() &&
                           first->begin == line.find_first_not_of(' ') &&
                           portfolio_words.found_in(fold(line.substr(first->end)));
    const bool letterhead =
        government.found_in(f) || portfolio ||
        (i == 0 && styled.found_in(f) && title_lines.size() > 1 && ministry.found_in(fold(title_lines[1])));
    if (!letterhead) continue;
    if (std::find(home.begin(), home.end(), slugs.front()) != home.end()) return {};
    found = slugs.front();
    found_line = i;
  }
  if (found.empty()) return {};
  // Named anywhere else at the top as a destination, or with home named
  // beside it ("Coopération Québec–Hyogo"), it is not the author.
  const auto up = ctx.gazetteer.ancestors(found);
  auto at_or_in = [&](const std::string& slug) {
    if (slug == found) return true;
    const auto above = ctx.gazetteer.ancestors(slug);
    return std::find(above.begin(), above.end(), found) != above.end() ||
           (std::find(up.begin(), up.end(), slug) != up.end() && ctx.gazetteer.find(slug) != nullptr &&
            ctx.gazetteer.find(slug)->kind == "country");
  };
  for (std::size_t i = 0; i < title_lines.size(); ++i) {
    if (i == found_line) continue;
    for (const auto& m : ctx.gazetteer.find_in_text(title_lines[i])) {
      // ("Mission ministérielle au Québec": another government came to us.)
      const bool home_named = std::find(home.begin(), home.end(), m.slug) != home.end();
      if ((home_named && !after_travel_word(title_lines[i], m.begin)) ||
          (at_or_in(m.slug) && after_travel_word(title_lines[i], m.begin)))
        return {};
    }
  }
  // Nor when the report went there, or signed with it: no government signs
  // with itself ("a été signée avec le Jalisco").
  // ("between B.C. and Korea", "signed in Victoria, B.C.": the author's own
  // words of itself, later in the report.)
  static const Pattern party(R"(\b(?:avec|with|aupres)\b[^.;:!?]{0,30}$)");
  for (const auto& u : layout.units) {
    const bool field = u.kind == Unit::field_unit;
    // (A delegation or an author of the home government: "Délégation : le
    // sous-ministre du Québec".)
    if (field && (u.field == FieldKind::delegation || u.field == FieldKind::author)) {
      for (const auto& m : ctx.gazetteer.find_in_text(u.value)) {
        if (std::find(home.begin(), home.end(), m.slug) != home.end()) return {};
      }
      continue;
    }
    if (field && u.field != FieldKind::places && u.field != FieldKind::subject) continue;
    if (!field && u.kind != Unit::paragraph_unit && u.kind != Unit::item_unit) continue;
    const bool opening = field;
    const std::string& text = field ? u.value : u.text();
    for (const auto& m : ctx.gazetteer.find_in_text(text)) {
      if (!at_or_in(m.slug)) continue;
      // (Its country is a party too: "a briefing with the Australian
      // Consulate-General".)
      const bool itself = m.slug == found || std::find(up.begin(), up.end(), m.slug) == up.end();
      if ((field && u.field == FieldKind::places) || (opening && after_travel_word(text, m.begin)) ||
          (itself && party.found_in(fold(std::string_view(text).substr(0, m.begin)))))
        return {};
    }
  }
  return found;
}

int relation_rank(const std::string& r) {
  if (r == "produced") return 4;
  if (r == "renewed") return 3;
  if (r == "plans_update") return 2;
  return 1;
}

// "ont signé le plan de travail" (the mission's year) and "le plan de
// travail 2020-2022" (its period) of the same sort: one, when the period
// starts the year of the signing or the next; not "le plan de travail
// 2022-2024 ... devra être mis à jour", nor one of an earlier period.
bool names_period_of(const AgreementMention& signed_one, const AgreementMention& named) {
  return signed_one.relation == "produced" && !signed_one.family.empty() &&
         signed_one.family == named.family && named.relation == "references" && !named.year.empty() &&
         named.year >= signed_one.year &&
         std::atoi(named.year.c_str()) <= std::atoi(signed_one.year.c_str()) + 1;
}

bool same_agreement(const AgreementMention& a, const AgreementMention& b, std::string_view mission_year) {
  // "Une entente ... a été conclue; l'entente-cadre de 2012 ... devra être
  // renégociée": what the mission signed, named without a year, is of the
  // mission's year, not an agreement of an earlier one.
  for (const auto& [made, named] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
    if (made->relation == "produced" && made->year.empty() && !named->year.empty() && !mission_year.empty() &&
        named->year < mission_year)
      return false;
  }
  if (a.kind != b.kind) {
    // "l'entente de 2011 en éducation avec le Nuevo León" and "le Protocole
    // d'entente en matière d'éducation ..., signé le 26 mai 2011": a plain
    // agreement of the MOU's year, partners and domain is that MOU.
    const AgreementMention& plain = a.kind == "agreement" ? a : b;
    const AgreementMention& mou = a.kind == "agreement" ? b : a;
    if (!plain.family.empty() || plain.year.empty() || (!mou.year.empty() && plain.year != mou.year) ||
        plain.domains.empty() ||
        std::none_of(plain.domains.begin(), plain.domains.end(), [&](const std::string& d) {
          return std::find(mou.domains.begin(), mou.domains.end(), d) != mou.domains.end();
        }))
      return false;
    std::set<std::string> pa(a.partners.begin(), a.partners.end());
    std::set<std::string> pb(b.partners.begin(), b.partners.end());
    return pa == pb;
  }
  if (!a.family.empty() && !b.family.empty() && a.family != b.family) return false;
  // A plain "entente" may be a work plan or a letter the report names, but
  // not one named by its own domain ("une nouvelle entente sur
  // l'environnement" and "un plan de travail"); it is still of the sort of
  // an "entente de coopération".
  if (a.family.empty() != b.family.empty() && (a.family.empty() ? b : a).family != "agreement") {
    const AgreementMention& plain = a.family.empty() ? a : b;
    const AgreementMention& named = a.family.empty() ? b : a;
    if (!plain.domains.empty()) return false;
    // "signed the renewed Agreement on Friendship" and "the 2019-2021 work
    // programme came to an end": what the mission renewed is no work plan
    // the report names otherwise.
    if (plain.relation == "renewed" && named.relation != "renewed") return false;
  }
  std::set<std::string> pa(a.partners.begin(), a.partners.end());
  std::set<std::string> pb(b.partners.begin(), b.partners.end());
  if (pa != pb) return false;
  if (!a.year.empty() && !b.year.empty() && a.year != b.year && !names_period_of(a, b) &&
      !names_period_of(b, a))
    return false;
  if (!a.domains.empty() && !b.domains.empty() && a.domains != b.domains) {
    // "the Qingdao MOU, which was renewed in 2019" and "the 2014 MOU on
    // Economic and Trade Cooperation with Qingdao": named once without its
    // year, the domains it shares with the dated one are enough.
    // "ont signé l'Entente ... en matière d'environnement, qui prévoit de la
    // recherche" and "Signature de l'Entente ... en matière
    // d'environnement" in the results: one signing told twice.
    const bool shared = std::any_of(a.domains.begin(), a.domains.end(), [&](const std::string& d) {
      return std::find(b.domains.begin(), b.domains.end(), d) != b.domains.end();
    });
    if (!a.year.empty() && !b.year.empty())
      return shared && a.relation == "produced" && b.relation == "produced";
    return shared;
  }
  return true;
}

// "the Québec-Osaka Prefecture agreement ... the renewal of the Québec-Osaka
// agreement": a city that bears its province's name ("Osaka", "New York",
// "São Paulo") stands for that province where the report names an agreement
// with it, unless the city's own government is named ("the City of Osaka").

void namesake_cities_to_provinces(std::vector<AgreementMention>& mentions, const Gazetteer& gazetteer) {
  std::set<std::string> provinces;
  for (const auto& m : mentions) {
    for (const auto& slug : m.partners) {
      const Partner* p = gazetteer.find(slug);
      if (p && p->kind == "subdivision") provinces.insert(slug);
    }
  }
  if (provinces.empty()) return;
  for (auto& m : mentions) {
    if (names_city_government(fold(m.title_names)) || names_city_government(fold(m.evidence))) continue;
    bool changed = false;
    for (auto& slug : m.partners) {
      const Partner* city = gazetteer.find(slug);
      if (!city || city->kind != "city" || !provinces.count(city->parent)) continue;
      const Partner* province = gazetteer.find(city->parent);
      const std::string name = " " + fold(city->name) + " ";
      if (province && ((" " + fold(province->name) + " ").find(name) != std::string::npos ||
                       (" " + fold(province->name_fr) + " ").find(name) != std::string::npos)) {
        slug = province->slug;
        changed = true;
      }
    }
    if (!changed) continue;
    // (Both named: once.)
    std::vector<std::string> once;
    for (const auto& slug : m.partners)
      add_unique(once, slug);
    m.partners = std::move(once);
  }
}

// The other way: "une lettre d'intention avec la mairesse de la Ville de
// Dakar", then "La signature de la lettre d'intention avec Dakar": the name
// the region shares with its city is the city's where the report names the
// city's government and not the region's.
void namesake_provinces_to_cities(std::vector<AgreementMention>& mentions, const Gazetteer& gazetteer) {
  std::map<std::string, std::string> city_of; // province slug -> its namesake city named as a government
  for (const auto& m : mentions) {
    if (!names_city_government(fold(m.evidence))) continue;
    for (const auto& slug : m.partners) {
      const Partner* city = gazetteer.find(slug);
      if (city == nullptr || city->kind != "city" || city->parent.empty()) continue;
      const Partner* province = gazetteer.find(city->parent);
      const std::string name = " " + fold(city->name) + " ";
      if (province != nullptr && province->kind == "subdivision" &&
          ((" " + fold(province->name) + " ").find(name) != std::string::npos ||
           (" " + fold(province->name_fr) + " ").find(name) != std::string::npos))
        city_of.emplace(province->slug, city->slug);
    }
  }
  if (city_of.empty()) return;
  static const Pattern names_province(
      R"(\b(?:region|regions|regional|regionale?|province|provincial|provinciale?|state|etat|prefecture|departement|department|gouverneure?|governor|conseil regional|regional council)\b)");
  // ("the Governor of New York State signed ...", then "the City of New
  // York": the report deals with both governments, and the bare name keeps
  // its higher level.)
  for (const auto& m : mentions) {
    if (!names_province.found_in(fold(m.evidence))) continue;
    for (const auto& slug : m.partners)
      city_of.erase(slug);
  }
  if (city_of.empty()) return;
  for (auto& m : mentions) {
    if (names_province.found_in(fold(m.evidence))) continue;
    std::vector<std::string> partners;
    for (const auto& slug : m.partners) {
      auto it = city_of.find(slug);
      add_unique(partners, it == city_of.end() ? slug : it->second);
    }
    m.partners = std::move(partners);
  }
}

// The country a partner is, or is in; empty when the gazetteer gives none.
std::string country_holding(const Gazetteer& gazetteer, const std::string& slug) {
  const Partner* p = gazetteer.find(slug);
  if (p != nullptr && p->kind == "country") return slug;
  for (const auto& up : gazetteer.ancestors(slug)) {
    const Partner* a = gazetteer.find(up);
    if (a != nullptr && a->kind == "country") return up;
  }
  return {};
}

// "the 1995 Manitoba-Córdoba MOU" in a report on a mission to Argentina:
// of the provinces that share a name, the one in the mission's country,
// unless the sentence names the other's country ("Córdoba (Colombie)").
// (Likewise the partners of a recommendation: "avec la province de Córdoba"
// in a report on Argentina and Chile.)
void namesakes_in_mission_country(std::vector<std::string>& partners, const std::string& evidence,
                                  const Gazetteer& gazetteer,
                                  const std::vector<std::string>& mission_countries) {
  if (mission_countries.empty()) return;
  auto country_of = [&](const std::string& slug) { return country_holding(gazetteer, slug); };
  auto in_mission = [&](const std::string& country) {
    return std::find(mission_countries.begin(), mission_countries.end(), country) != mission_countries.end();
  };
  {
    for (auto& slug : partners) {
      const Partner* p = gazetteer.find(slug);
      const std::string country = country_of(slug);
      // (Provinces only: they share generic names, "Nord", "Central",
      // "Córdoba"; a city named in a report is the one people know, London
      // not London, Ohio.)
      if (p == nullptr || p->kind != "subdivision" || country.empty() || in_mission(country)) continue;
      std::vector<std::string> here;
      for (const auto& other : gazetteer.namesakes(slug)) {
        const Partner* o = gazetteer.find(other);
        if (o != nullptr && o->kind == p->kind && in_mission(country_of(other))) here.push_back(other);
      }
      if (here.size() != 1) continue;
      const auto named = gazetteer.find_in_text(evidence);
      if (std::any_of(named.begin(), named.end(), [&](const PartnerMention& n) { return n.slug == country; }))
        continue;
      slug = here.front();
    }
  }
}

// Whether two names differ by one letter added, dropped or changed
// ("Montpelier", "Montpellier").
bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1 || a == b) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i])
    ++i;
  if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);
}

// "Organize a trade mission to Burlington in 2026" in a report on a mission
// to Montpelier and Burlington (Vermont): a city's name is the city the
// mission went to (not Burlington, Ontario, the larger one).
// (Not one the text places itself: "Portland, Oregon", "London, Ontario".)
// (Nor a small town abroad whose name is one letter from a city the mission
// went to: "Montpelier" in a report on Montpellier is a slip, not Vermont.)
void namesakes_among_mission_places(std::vector<std::string>& partners, std::string_view text,
                                    const Gazetteer& gazetteer,
                                    const std::vector<std::string>& mission_partners) {
  auto visited = [&](const std::string& slug) {
    return std::find(mission_partners.begin(), mission_partners.end(), slug) != mission_partners.end();
  };
  std::string folded; // (only for a city not visited)
  for (auto& slug : partners) {
    const Partner* p = gazetteer.find(slug);
    if (p == nullptr || p->kind != "city" || visited(slug)) continue;
    if (folded.empty()) folded = fold(text);
    const std::string name = fold(p->name);
    const Partner* holder = gazetteer.find(p->parent);
    auto placed = [&](const std::string& holder_name) {
      for (const char* sep : {", ", " (", " "})
        if (find_words(folded, name + sep + fold(holder_name)) != std::string::npos) return true;
      return false;
    };
    if (holder != nullptr && (placed(holder->name) || placed(holder->name_fr))) continue;
    std::vector<std::string> there;
    for (const auto& other : gazetteer.namesakes(slug)) {
      const Partner* o = gazetteer.find(other);
      if (o != nullptr && o->kind == "city" && visited(other)) there.push_back(other);
    }
    if (there.size() == 1) {
      slug = there.front();
      continue;
    }
    if (name.size() < 6) continue;
    for (const auto& m : mission_partners) {
      const Partner* o = gazetteer.find(m);
      if (o != nullptr && o->kind == "city" && o->population > p->population &&
          one_edit_apart(name, fold(o->name)) && !visited(country_holding(gazetteer, slug))) {
        slug = m;
        break;
      }
    }
  }
}

void namesakes_in_mission_country(std::vector<AgreementMention>& mentions, const Gazetteer& gazetteer,
                                  const std::vector<std::string>& mission_countries) {
  for (auto& m : mentions)
    namesakes_in_mission_country(m.partners, m.evidence, gazetteer, mission_countries);
}

// "| Programme de travail 2024-2026 | ... | 31 déc. 2026 | Signé |" under
// a header "| Instrument | ... | Échéance | Situation |": the row's date in
// the column of its end is when the one agreement of the row ends, and the
// day in the column of its signing ("Signature", "Signed") is the
// day it was signed.
void add_dates_from_columns(const Unit& row, AgreementMention& m) {
  static const Pattern parted(R"(\s\|\s)");
  const auto header = parted.split(row.table_header);
  const auto cells = parted.split(row.text());
  if (header.size() != cells.size()) return;
  static const Pattern end_column(
      R"(^\W*(?:echeance|expiration|expiry|expires|expiry date|date d'echeance|date d'expiration|fin|end|end date|valide jusqu'au|valid until|en vigueur jusqu'au|in force until)\W*$)");
  static const Pattern signed_column(
      R"(^\W*(?:signature|signee?s?|signed|signed on|date de signature|date of signature|signing date|signature date|conclue?s?|concluded)\W*$)");
  bool ended = std::any_of(m.stated.begin(), m.stated.end(), [](const AgreementEvent& e) {
    return e.type == "expired" || e.type == "terminated";
  });
  for (std::size_t c = 0; c < header.size(); ++c) {
    const std::string name = fold(header[c]);
    if (!ended && end_column.found_in(name)) {
      auto range = find_date_range(cells[c]);
      if (!range) continue;
      AgreementEvent e;
      e.type = "expired";
      e.date = range->end;
      e.evidence = m.evidence;
      e.line = m.line;
      m.stated.push_back(std::move(e));
      ended = true;
    } else if (m.signed_day.empty() && signed_column.found_in(name)) {
      auto range = find_date_range(cells[c]);
      if (!range || range->start.size() != 10 || range->start != range->end ||
          !(m.year.empty() || range->start.starts_with(m.year)))
        continue;
      if (m.year.empty()) m.year = range->start.substr(0, 4);
      m.signed_day = range->start;
    }
  }
}

// "Dairy genetics research agreement (MAPAQ–OSU) | — | Not signed",
// "Accord de coproduction | — | En négociation (non signé)": a row whose
// cell says the instrument was never made lists no agreement.
bool row_says_unmade(const Unit& row) {
  static const Pattern parted(R"(\s\|\s)");
  static const Pattern unmade(
      R"(^\W*(?:not (?:yet )?signed|unsigned|never signed|non signee?s?|pas (?:encore )?signee?s?|en (?:cours de )?negociation|under negotiation|in negotiation|being negotiated|a negocier|to be negotiated|en projet|projet|draft|en preparation|in preparation|abandonnee?s?|abandoned)\b)");
  const auto cells = parted.split(row.text());
  return cells.size() > 1 && std::any_of(cells.begin() + 1, cells.end(),
                                         [](std::string_view c) { return unmade.found_in(fold(c)); });
}

// The nearest heading above unit `i` in its section, else the section's own.
std::string heading_above(const Layout& layout, std::size_t i) {
  const Unit& u = layout.units[i];
  for (std::size_t j = i; j-- > 0;) {
    const Unit& above = layout.units[j];
    if (above.section != u.section) break;
    if (above.kind == Unit::heading_unit) return above.text();
  }
  return u.section >= 0 ? layout.sections[static_cast<std::size_t>(u.section)].heading : std::string();
}

// "Dates", "Période", "Dates de la mission", "Mission dates": the label of
// the mission's own days, not of another meeting's.
bool names_mission_days(std::string_view label) {
  static const std::set<std::string> words = {
      "dates",    "date",   "periode", "period",      "duree", "de",    "la", "du", "mission",
      "missions", "voyage", "sejour",  "deplacement", "trip",  "visit", "of", "the"};
  const auto folded = fold_words(label);
  return !folded.empty() &&
         std::all_of(folded.begin(), folded.end(), [](const std::string& w) { return words.count(w) > 0; });
}

// "D'une durée de cinq ans, ", "Valid for three years, ": a term said of
// the agreement the sentence then names or stands for with a pronoun.
#define ENTENTE_TERM_ASIDE                                                                                   \
  R"((?:d'une (?:duree|periode|validite) de|conclue?s? pour|valables? pour|valid for|for a (?:term|period) of) \w+ (?:ans?|annees?|years?)\W+)"

// Whether the fold()ed sentence opens on an agreement as its subject ("Le
// protocole d'entente ... a été conclu", "The 2004 agreement ..."): what a
// pronoun after it stands for.
bool opens_on_agreement(std::string_view folded) {
  static const Pattern agreement_first(
      R"(^\W*(?:(?:le|la|l'|les|ce|cet|cette|the|this|our)\s*)?(?:[\w'-]+\s+){0,3}?(?:protocole|entente|accord|declaration|memorandum|mou|agreement|convention|arrangement|lettre|letter|plan|programme|program)\b)");
  return agreement_first.found_in(folded);
}

// "... renewed the MOU with Yamanashi. It was renewed for five years", "...
// demeure en vigueur. Il sera mis à jour d'ici 2027": a pronoun opening the
// sentence after the one that named `named` stands for it when it is the
// subject of what happens to an agreement ("Il sera mis à jour", "Elle a
// expiré"); not "Elle a prolongé son séjour" (the minister), "It was also an
// opportunity", "Il est convenu". The sentence is read as if it named the
// agreement ("Cette Déclaration conjointe", "This Memorandum of
// understanding"), with that agreement's partners, not those around it ("In
// Kofu, ..."), nor the domains it now covers; its evidence stays the report's.
std::vector<AgreementMention> standing_for_named(const Sentence& sentence, const AgreementMention& named,
                                                 NearbyPartners& nearby, const MentionContext& ctx) {
  static const Pattern pronoun(
      R"(^(?:il|elle|it)\s+(?:(?:renews|se renouvelle|se reconduit)\b[^.;,]{0,40}?\b(?:and|et)\s+)?(?:(?:(?:a|avait|aura) ete|est|etait|sera|serait|devra etre|doit etre|devrait etre|was|is|will be|has been|had been|should be|must be|needs to be)\s+(?:(?:egalement|aussi|deja|also|then|now|last)\s+)?(?:renouvelee?|prolongee?|reconduite?|mise? a jour|actualisee?|revisee?|modernisee?|echue?|expiree?|resiliee?|renewed|extended|updated|revised|modernized|terminated|expired)\b|(?:expire|expirera|expirait|a expire|arrive a (?:echeance|terme)|arrivera a (?:echeance|terme)|est arrivee? a (?:echeance|terme)|prend fin|prendra fin|a pris fin|expires|expired|will expire|ends|ended|will end|lapsed|has lapsed|has expired)\b))");
  // "Il y aurait lieu de la renouveler avant 2027", "We should renew it":
  // the agreement as the object of an update to make.
  // Only verbs said of agreements ("la revoir" is to see her again), and a
  // pronoun of the agreement's gender ("le reconduire" is the programme).
  static const Pattern object(
      R"(\b(?:(la|le|l')\s*(?:renouveler|actualiser|mettre a jour|reviser|moderniser)|(?:renew|update|revise|modernize|modernise)(?:ing)? it|(en) (?:negocier|preparer|amorcer|entreprendre) (?:le renouvellement|la reconduction|la prolongation)|(?:negotiate|prepare) (its) (?:renewal|extension))\b)");
  const std::string folded = fold(sentence.text);
  static const Pattern feminine(R"(^(?:entente|declaration|lettre|convention)\b)");
  const bool agreement_feminine = feminine.found_in(fold(named.title));
  bool as_subject = pronoun.found_in(folded);
  // ("L'entente ... de 2004; il a été renouvelé": the committee, not her.)
  if (as_subject && (folded.starts_with("il ") || folded.starts_with("elle ")) &&
      folded.starts_with("elle ") != agreement_feminine)
    as_subject = false;
  if (!as_subject) {
    auto m = object.search(folded);
    if (!m) return {};
    // ("Il faudra en négocier le renouvellement", "negotiate its renewal":
    // only after a sentence whose subject the agreement was, and not "Il
    // n'est pas nécessaire d'en négocier ...".)
    if (m->matched(2) || m->matched(3)) {
      static const Pattern negation(R"(\b(?:pas|plus|jamais|not|no|never|aucun|aucune)\b)");
      if (negation.found_in(folded) || !opens_on_agreement(fold(named.evidence))) return {};
    }
    if (m->matched(1) && m->view(1) != "l'" && (m->view(1) == "la") != agreement_feminine) return {};
  }
  const std::size_t names_at =
      named.title_names.empty() ? std::string::npos : named.title.find(named.title_names);
  const std::string sort = names_at == std::string::npos || names_at == 0
                               ? std::string(named.kind == "mou" ? "MOU" : "agreement")
                               : named.title.substr(0, names_at - 1);
  Sentence standing_for = sentence;
  if (as_subject) {
    // The pronoun's bytes are the folded ones: "il", "elle", "it" have no accents.
    const std::size_t pronoun_size = folded.starts_with("elle") ? 4 : 2;
    standing_for.text =
        (folded.starts_with("it") ? "This " : "Cette ") + sort + sentence.text.substr(pronoun_size);
  } else {
    standing_for.text = named.title_names.empty() || ctx.language != "en"
                            ? "Cette " + sort + " devra être mise à jour."
                            : "This " + sort + " should be updated.";
  }
  auto found = find_agreements(standing_for, nearby, ctx);
  for (auto& m : found) {
    m.evidence = sentence.text;
    for (auto& e : m.stated)
      e.evidence = sentence.text;
    m.partners = named.partners;
    m.guessed_partners = named.guessed_partners;
    // (And its year and domains, so that it is that one and no other of its
    // partners: "L'Entente ... en matière de jeunesse, en vigueur depuis
    // 2012 ... Elle est échue" is not the 1989 accord named before it.)
    if (m.year.empty()) m.year = named.year;
    m.domains = named.domains;
    m.family = named.family;
    // (Its title too, domains and year with it: "Il faudra en négocier le
    // renouvellement" is no less the MOU on artificial intelligence.)
    m.title = m.year == named.year ? named.title : retitled(m, m.partners, ctx);
  }
  return found;
}

// "L'entente ..., signée en 2010, se renouvelle tous les cinq ans; elle a
// été reconduite tacitement en mars 2025", "...; elle est échue depuis
// 2020": a clause after a semicolon whose subject is a pronoun for the
// agreement the sentence named last tells what happened to it, as the next
// sentence would (the sentence's own relation already reads past the
// semicolon; its events do not).
void add_events_of_pronoun_clause(const Sentence& sentence, AgreementMention& named, NearbyPartners& nearby,
                                  const MentionContext& ctx) {
  static const Pattern clause_start(R"(;\s*(?=(?:il|elle|it)\s))");
  const FoldedText folded(sentence.text);
  auto m = clause_start.search(folded.text);
  if (!m) return;
  // (Only of the agreement the first clause is about: not "L'entente
  // finance le programme X; il a été prolongé".)
  if (!opens_on_agreement(folded.text)) return;
  static const Pattern other_subject_between(
      R"(\b(?:programme|program|fonds|fund|comite|committee|groupe de travail|working group|projet|project|mandat|mandate|bourse|scholarship)\b)");
  static const Pattern programme_title(R"(^(?:programme|plan|work programme|work plan)\b)");
  if (!programme_title.found_in(fold(named.title)) &&
      other_subject_between.found_in(std::string_view(folded.text).substr(0, m->position())))
    return;
  const std::size_t at = folded.source_offset(m->end());
  Sentence clause = sentence;
  clause.text = sentence.text.substr(at);
  clause.begin = sentence.begin + at;
  for (auto& told : standing_for_named(clause, named, nearby, ctx)) {
    for (auto& e : told.stated) {
      // ("résilié d'un commun accord; il prendra fin le 30 juin 2025": the
      // end of the termination, already told.)
      const bool known =
          std::any_of(named.stated.begin(), named.stated.end(), [&](const AgreementEvent& had) {
            return (had.type == e.type && had.date == e.date) ||
                   (e.type == "expired" && had.type == "terminated");
          });
      if (known) continue;
      e.evidence = sentence.text;
      named.stated.push_back(std::move(e));
    }
  }
}

// A community (the Wallonia-Brussels Federation, Belgium's German-speaking
// Community): a government of its country without a territory of its own,
// hence without ISO code or places inside it. Not a city-state (Berlin,
// DE-BE) nor a canton named after its town.
bool holds_no_places(const Partner* p, const Gazetteer& gazetteer) {
  return p != nullptr && p->kind == "subdivision" && p->code.empty() &&
         gazetteer.descendants(p->slug).empty();
}

// "le recteur de l'Université de Leipzig", "the Port of Valparaíso": one of
// `cities` names a body there, which may well be the party.
bool names_body_of(const std::string& text, const std::vector<std::string>& cities,
                   const Gazetteer& gazetteer) {
  static const Pattern of_before(R"((?:\bde|\bdu|\bd'|\bof)\s*$)");
  // ("Liège Airport", "Leipzig University": named before the body.)
  static const Pattern body_after(
      R"(^\s+(?:Airport|Port|University|Hospital|Museum|Zoo|Opera|Conservatory|Institute|Chamber|Council|City Council|Trade Fair|Fair)\b)");
  for (const auto& m : gazetteer.find_in_text(text)) {
    if (std::find(cities.begin(), cities.end(), m.slug) == cities.end()) continue;
    const std::size_t from = m.begin > 8 ? m.begin - 8 : 0;
    if (of_before.found_in(fold(std::string_view(text).substr(from, m.begin - from))) ||
        body_after.found_in(std::string_view(text).substr(m.end)))
      return true;
  }
  return false;
}

void parse_places(const Unit& field, const std::vector<std::string>& lines, const ParseContext& ctx,
                  std::vector<Place>& places, std::vector<std::string>& countries,
                  std::vector<std::string>& warnings) {
  std::string value = field.value;
  // "(CHINE)" qualifies the places before it.
  std::vector<std::string> qualifiers;
  static const Pattern paren(R"(\(([^)]*)\))");
  for (const auto& q : paren.all(value)) {
    if (auto m = ctx.gazetteer.resolve(trim(q.view(1)))) add_unique(qualifiers, m->slug);
  }
  value = paren.replace_all(value, ",");
  static const Pattern separators(R"(\s*(?:[,;/&]|\bet\b|\band\b)\s*)");
  std::vector<std::string> pieces;
  for (auto part : separators.split(value)) {
    std::string piece = strip_end_punct(std::string(part));
    if (!piece.empty()) pieces.push_back(piece);
  }
  const auto label_words = fold_words(field.label);
  const bool names_cities = std::any_of(label_words.begin(), label_words.end(), [](const std::string& w) {
    return w == "villes" || w == "ville" || w == "cities" || w == "city";
  });
  std::vector<Place> found;
  for (const auto& piece : pieces) {
    Place p;
    p.text = piece;
    p.line = field.line;
    for (int n = field.line; n <= field.line_end; ++n) {
      if (lines[static_cast<std::size_t>(n - 1)].find(piece) != std::string::npos) {
        p.line = n;
        break;
      }
    }
    if (auto m = ctx.gazetteer.resolve(piece)) {
      p.partner = m->slug;
      // "Villes : Guadalajara (Jalisco) et Mexico": under a label of cities,
      // the city that shares a country's name.
      if (names_cities) {
        const Partner* resolved = ctx.gazetteer.find(p.partner);
        if (resolved != nullptr && resolved->kind == "country") {
          // (The one in that country: Mexico City, a subdivision, not Mexico,
          // Missouri.)
          const std::string country = p.partner;
          for (const auto& alt : m->alternatives) {
            const Partner* a = ctx.gazetteer.find(alt);
            const auto up = ctx.gazetteer.ancestors(alt);
            if (a != nullptr && a->kind != "country" &&
                std::find(up.begin(), up.end(), country) != up.end()) {
              p.partner = alt;
              break;
            }
          }
        }
      }
      // A city name shared by several countries: take the one in the named country.
      if (!qualifiers.empty()) {
        auto inside = [&](const std::string& slug) {
          auto up = ctx.gazetteer.ancestors(slug);
          return std::any_of(qualifiers.begin(), qualifiers.end(), [&](const std::string& q) {
            return q == slug || std::find(up.begin(), up.end(), q) != up.end();
          });
        };
        // "Mexico (MEXIQUE)": the piece is the city that shares the country's name.
        const Partner* resolved = ctx.gazetteer.find(p.partner);
        bool is_qualifier = resolved != nullptr && resolved->kind == "country" &&
                            std::find(qualifiers.begin(), qualifiers.end(), p.partner) != qualifiers.end();
        if (is_qualifier) {
          for (const auto& alt : m->alternatives) {
            const Partner* a = ctx.gazetteer.find(alt);
            if (a != nullptr && a->kind != "country" && inside(alt)) {
              p.partner = alt;
              break;
            }
          }
        } else if (!inside(p.partner)) {
          for (const auto& alt : m->alternatives) {
            if (inside(alt)) {
              p.partner = alt;
              break;
            }
          }
        }
      }
    } else {
      warnings.push_back("place not found in the gazetteer: " + piece);
    }
    found.push_back(std::move(p));
  }
  // "Paris et Lyon, France": the country qualifies, it is not a stop of its own.
  for (const auto& p : found) {
    bool qualifier = false;
    if (!p.partner.empty()) {
      const Partner* partner = ctx.gazetteer.find(p.partner);
      if (partner != nullptr && partner->kind == "country") {
        qualifier = std::any_of(found.begin(), found.end(), [&](const Place& other) {
          if (other.partner.empty() || other.partner == p.partner) return false;
          auto up = ctx.gazetteer.ancestors(other.partner);
          return std::find(up.begin(), up.end(), p.partner) != up.end();
        });
      }
      if (qualifier) add_unique(qualifiers, p.partner);
    }
    if (!qualifier) places.push_back(p);
  }
  for (const auto& q : qualifiers)
    add_unique(countries, q);
}

// Days from `from` to `to` (ISO 8601 days), negative when `to` is earlier;
// the largest int when either is not a whole day.
int days_between(std::string_view from, std::string_view to) {
  auto day = [](std::string_view iso) -> std::optional<std::chrono::sys_days> {
    if (iso.size() != 10) return std::nullopt;
    const std::chrono::year_month_day ymd{
        std::chrono::year{std::atoi(std::string(iso.substr(0, 4)).c_str())},
        std::chrono::month{static_cast<unsigned>(std::atoi(std::string(iso.substr(5, 2)).c_str()))},
        std::chrono::day{static_cast<unsigned>(std::atoi(std::string(iso.substr(8, 2)).c_str()))}};
    if (!ymd.ok()) return std::nullopt;
    return std::chrono::sys_days{ymd};
  };
  auto a = day(from), b = day(to);
  if (!a || !b) return std::numeric_limits<int>::max();
  return static_cast<int>((*b - *a).count());
}

// The days lines open on ("Day 1 - Monday 8 November 1999 - Buenos Aires",
// "  Lundi 18 nov. 2019   | Hanoï |", "Jeudi 21 mars : visite"), days
// without a year taken in the year of `near` (else of the first day with
// one): the longest run of days at most three apart, within a month, of
// at least two days, with the lines that open on them. None when no such
// run, or two of the same length.
struct Itinerary {
  DateRange days;
  std::vector<std::size_t> lines; // indices into the report's lines
};

std::optional<Itinerary> itinerary_of(const std::vector<std::string>& lines, const std::string& near) {
  static const Pattern lead(R"(^[\s|*•▪●>-]*(?:(?:day|jour|journee)\s*\d+\s*(?:[-:.,]|–|—)?\s*)?)");
  int year = near.size() >= 4 ? std::stoi(near.substr(0, 4)) : 0;
  std::vector<std::pair<std::string, std::size_t>> days; // day, line
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    // (A day is written with digits near the line's start: most lines have none.)
    if (line.size() < 6 || std::none_of(line.begin(), line.begin() + std::min<std::size_t>(line.size(), 48),
                                        [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    // (Cut on a character's first byte.)
    std::size_t cut = std::min<std::size_t>(line.size(), 80);
    while (cut < line.size() && cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
      --cut;
    const std::string f = fold(std::string_view(line).substr(0, cut));
    auto l = lead.search(f);
    const std::string rest = f.substr(l ? l->end() : 0);
    // An itinerary names its days ("Day 1", "Jour 2") or their weekdays; a
    // history, a list of deadlines or a table of dates does not.
    static const Pattern numbered_day(R"(\b(?:day|jour|journee)\s*\d)");
    static const Pattern weekday(
        R"(^(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b)");
    if (!(l && numbered_day.found_in(l->view())) && !weekday.found_in(rest)) continue;
    if (!starts_with_date(rest)) continue;
    // The date must open the line: its first 32 characters hold it.
    const std::string head = rest.substr(0, 32);
    if (year == 0) {
      if (auto r = find_date_range(head); r && r->start.size() == 10) year = std::stoi(r->start.substr(0, 4));
    }
    if (year == 0) continue;
    const auto found = find_days_in_year(head, year);
    if (!found.empty()) days.emplace_back(found.front(), i);
  }
  std::sort(days.begin(), days.end());
  std::vector<std::string> distinct;
  for (const auto& d : days)
    if (distinct.empty() || distinct.back() != d.first) distinct.push_back(d.first);
  std::optional<Itinerary> best;
  std::size_t best_count = 0;
  bool tied = false;
  for (std::size_t i = 0; i < distinct.size();) {
    std::size_t j = i + 1;
    while (j < distinct.size() && days_between(distinct[j - 1], distinct[j]) <= 3 &&
           days_between(distinct[i], distinct[j]) <= 31)
      ++j;
    const std::size_t count = j - i;
    if (count >= 2) {
      if (count > best_count) {
        best = Itinerary{DateRange{distinct[i], distinct[j - 1]}, {}};
        best_count = count;
        tied = false;
      } else if (count == best_count) {
        tied = true;
      }
    }
    i = j;
  }
  if (tied || !best) return std::nullopt;
  for (const auto& [day, line] : days) {
    if (day >= best->days.start && day <= best->days.end) best->lines.push_back(line);
  }
  std::sort(best->lines.begin(), best->lines.end());
  return best;
}

} // namespace

ParsedReport parse_report(const SourceText& source, const ParseContext& ctx) {
  ParsedReport out;
  Mission& mission = out.mission;
  const auto& lines = source.lines;
  Layout layout = analyse_layout(lines);

  std::string all;
  for (const auto& l : lines) {
    all += l;
    all += '\n';
  }
  mission.language = detect_language(all);
  // A heading line that names the ministry ("Ministère du Tourisme — Compte
  // rendu de mission", "MINISTÈRE DE L'ÉDUCATION", "Ministry of Finance") is
  // the ministry, not part of the title; nor is "GOUVERNEMENT DU QUÉBEC".
  std::vector<std::string> title_lines;
  std::string header_ministry;
  for (const auto& line : layout.title_lines) {
    auto [ministry, rest] = ministry_header(line);
    if (!ministry.empty() && header_ministry.empty()) {
      header_ministry = ministry;
      if (!rest.empty()) title_lines.push_back(rest);
      continue;
    }
    const std::string f = fold(line);
    if (layout.title_lines.size() > 1 && (f == "gouvernement du quebec" || f == "government of quebec" ||
                                          f == "gouvernement du quebec." || f == "quebec"))
      continue;
    // Nor the directorate that wrote it ("Direction Europe du Nord-Ouest":
    // no place the mission went to).
    // ("Africa and Middle East Directorate": named first in English.)
    static const Pattern directorate(
        R"(^\W*(?:direction|directorate|division|secretariat|service)\b|^[\w ,'-]{3,80}\b(?:directorate|division|branch|secretariat)\W*$)");
    if (layout.title_lines.size() > 1 && line.size() <= 160 && directorate.found_in(f)) continue;
    // ("October 18-20, 1993", "du 17 au 21 février 2003" alone on a line
    // under the title: the dates, which the mission has of its own.)
    if (title_lines.size() >= 1 && line.size() <= 40 && starts_with_date(line)) continue;
    title_lines.push_back(line);
  }
  // "REPORT ON AN OFFICIAL MISSION OUTSIDE CANADA" over "Economic mission to
  // Japan – Tokyo and Osaka": the kind of document, then its title.
  {
    static const Pattern banner(
        R"(^\W*(?:rapport|report|compte[ -]rendu)(?: (?:de|of|on|sur|d'une?|du))?(?: (?:la|an|the|une?))?(?: (?:official|officielle))? (?:mission|deplacement|visite|visit|trip|voyage)(?: (?:officielle|official))?(?: (?:a l'etranger|hors (?:du )?(?:quebec|canada)|outside (?:of )?(?:quebec|canada)|abroad))?\W*$)");
    // (Not the banner's second line: "RAPPORT DE MISSION" / "D'UN
    // DÉPLACEMENT À L'EXTÉRIEUR DU CANADA".)
    static const Pattern titled(
        R"(^(?!\W*(?:d'une?|de|du|des|of|on|a|hors|outside|abroad)\b).*\b(?:mission|missions|visite|visit|trip|deplacement|sejour|voyage)\b)");
    if (title_lines.size() >= 2 && banner.found_in(fold(title_lines[0])) &&
        titled.found_in(fold(title_lines[1])))
      title_lines.erase(title_lines.begin());
  }
  mission.title = squeeze_spaces(join(title_lines, " "));
  mission.sections = layout.sections;
  auto home = home_set(ctx);
  // Another government's report: it is the home of what the report says.
  const std::string reporter = reporting_government(layout, layout.title_lines, ctx, home);
  if (!reporter.empty()) {
    ParseContext theirs{ctx.gazetteer, ctx.taxonomy, {reporter}};
    for (const auto& up : ctx.gazetteer.ancestors(reporter)) {
      const Partner* p = ctx.gazetteer.find(up);
      if (p != nullptr && p->kind == "country") theirs.home.push_back(up);
    }
    home = home_set(theirs);
  }

  // Fields: places, dates, author, who filed the report and when.
  std::vector<std::string> countries;
  FieldKind last_signature = FieldKind::none;
  bool content_started = false;
  bool date_line_day = false; // the mission's day from a bare "DATE :" line
  std::string subject;
  for (const auto& u : layout.units) {
    if (u.section >= 0) {
      const auto& kind = layout.sections[static_cast<std::size_t>(u.section)].kind;
      if (kind != "general" && kind != "delegation") content_started = true;
    }
    if (u.kind != Unit::field_unit) continue;
    switch (u.field) {
    case FieldKind::places:
      if (mission.places.empty()) {
        parse_places(u, lines, ctx, mission.places, countries, out.warnings);
      } else if (!content_started) {
        // "Pays visité : Mexique", then "Villes : Guadalajara (Jalisco) et
        // Mexico": the countries qualify the cities after them.
        std::vector<Place> more;
        parse_places(u, lines, ctx, more, countries, out.warnings);
        std::erase_if(mission.places, [&](const Place& p) {
          const Partner* partner = p.partner.empty() ? nullptr : ctx.gazetteer.find(p.partner);
          if (partner == nullptr || partner->kind != "country") return false;
          const bool holds = std::any_of(more.begin(), more.end(), [&](const Place& m) {
            if (m.partner.empty()) return false;
            auto up = ctx.gazetteer.ancestors(m.partner);
            return std::find(up.begin(), up.end(), p.partner) != up.end();
          });
          if (holds) add_unique(countries, p.partner);
          return holds;
        });
        for (auto& m : more) {
          if (std::none_of(mission.places.begin(), mission.places.end(),
                           [&](const Place& p) { return p.partner == m.partner && p.text == m.text; }))
            mission.places.push_back(std::move(m));
        }
      }
      break;
    case FieldKind::dates:
      // "DATE: 14/02/2020" on a briefing note, then "Mission dates:
      // February 1 to 7, 2020": the note's date is when it was written.
      // (Not "Dates de la prochaine commission mixte : ...".)
      if (mission.start_date.empty() || (date_line_day && names_mission_days(u.label))) {
        if (auto r = find_date_range(u.value)) {
          if (date_line_day && mission.report_date.empty()) mission.report_date = mission.start_date;
          mission.start_date = r->start;
          mission.end_date = r->end;
          date_line_day = false;
        }
      }
      break;
    case FieldKind::date: {
      auto r = find_date_range(u.value);
      if (!r) break;
      if (last_signature == FieldKind::author && mission.report_date.empty()) {
        mission.report_date = r->start;
      } else if (last_signature == FieldKind::filed && mission.filed_date.empty()) {
        mission.filed_date = r->start;
      } else if (last_signature == FieldKind::none && !content_started && mission.start_date.empty()) {
        mission.start_date = r->start;
        mission.end_date = r->end;
        date_line_day = r->start == r->end;
      }
      break;
    }
    case FieldKind::report_date:
      if (auto r = find_date_range(u.value)) mission.report_date = r->start;
      break;
    case FieldKind::author: {
      last_signature = FieldKind::author;
      auto [who, date] = signer_and_date(u.value, false);
      mission.author = who;
      if (!date.empty() && mission.report_date.empty()) mission.report_date = date;
      break;
    }
    case FieldKind::filed: {
      last_signature = FieldKind::filed;
      auto [who, date] = signer_and_date(u.value, true);
      std::string honorific = leading_honorific(who);
      mission.filed_by = trim(std::string_view(who).substr(honorific.size()));
      if (!date.empty() && mission.filed_date.empty()) mission.filed_date = date;
      break;
    }
    case FieldKind::ministry:
      mission.ministry = strip_end_punct(u.value);
      break;
    case FieldKind::subject:
      // (The report's own subject, at its head; not an annex's "Subject:".)
      {
        const std::string& where =
            u.section >= 0 ? layout.sections[static_cast<std::size_t>(u.section)].kind : std::string();
        if (subject.empty() && where != "annex" && where != "results" && where != "recommendations" &&
            where != "context" && where != "objectives")
          subject = u.value;
      }
      break;
    case FieldKind::delegation:
      for (const auto& piece : split_list(u.value, ';')) {
        if (auto m = parse_member(piece, u.line)) mission.delegation.push_back(*m);
      }
      break;
    case FieldKind::none:
      break;
    }
  }
  // "NOTE DE SERVICE" over "OBJET : Compte rendu de la mission en Bavière":
  // a memo's title is its kind; its subject says which mission. So is a bare
  // "RAPPORT DE MISSION" over "OBJET : MISSION ... RHONE-ALPES".
  static const Pattern memo_kind(
      R"(^\W*(?:note(?: (?:de service|d'information|de breffage|de briefing|interne|au dossier|a l'intention (?:de|du|des) [\w' -]+))?|memo|memorandum|briefing note|information note|note to file|internal memo|rapport(?: de mission)?|compte rendu(?: de mission)?|(?:mission )?report)\W*$)");
  // ("NOTE D INFORMATION - Direction Asie-Pacifique NOTE D'INFORMATION", a
  // PDF's running header over the memo's kind: its kind all the same.)
  static const Pattern memo_header(
      R"(^\W*(?:note d'information|note d information|note de service|note de breffage|memo|briefing note|information note)\b[^.]{0,80}$)");
  if (mission.title.empty() || (!subject.empty() && (memo_kind.matches_whole(fold(mission.title)) ||
                                                     memo_header.found_in(fold(mission.title)))))
    mission.title = subject;

  // "Québec, le 21 novembre 1994", "Québec City, April 27, 2018" closing the
  // report: where and when it was written. (Again once the dates the title
  // lines or an itinerary give are known.)
  auto closing_report_date = [&] {
    if (!mission.report_date.empty()) return;
    std::size_t looked = 0;
    for (auto u = layout.units.rbegin(); u != layout.units.rend() && looked < 6; ++u, ++looked) {
      if (u->line != u->line_end || u->kind == Unit::item_unit) continue;
      std::string told = closing_date_text(u->text());
      // ("Prepared by: Direction des affaires internationales" / "June 2,
      // 2025": a date alone under who wrote it.)
      static const Pattern date_alone(
          R"(^\s*(?:(?:le|on)\s+)?(?:\d{1,2}(?:er)?\s+[^\s\d]+\s+(?:19|20)\d\d|[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\s*\.?\s*$)");
      if (told.empty() && std::next(u) != layout.units.rend() && std::next(u)->kind == Unit::field_unit &&
          (std::next(u)->field == FieldKind::author || std::next(u)->field == FieldKind::filed) &&
          std::next(u)->line_end + 1 == u->line && date_alone.found_in(u->text()))
        told = u->text();
      if (told.empty()) continue;
      // (Written after the mission, within months; not a meeting to come:
      // "Joint committee meeting:" / "Québec City, June 12, 2019".)
      const auto r = find_date_range(told);
      if (!r || r->start != r->end || r->start.size() != 10) continue;
      const std::string& ended = mission.end_date.empty() ? mission.start_date : mission.end_date;
      const bool after_a_label = std::next(u) != layout.units.rend() && !std::next(u)->text().empty() &&
                                 std::next(u)->text().back() == ':';
      if (!ended.empty() && ended.size() == 10 && r->start >= ended && days_between(ended, r->start) <= 120 &&
          !after_a_label) {
        mission.report_date = r->start;
        break;
      }
    }
  };
  closing_report_date();

  // Delegation: the items of its section, or honorific lines before the body.
  for (const auto& u : layout.units) {
    std::string kind = u.section >= 0 ? layout.sections[static_cast<std::size_t>(u.section)].kind : "";
    // ("Ms. Valérie Tanguay-Kim, Minister ...; Mr. Jean-Sébastien Lord,
    // Deputy Minister; ...": a paragraph of the delegation's section, one
    // person between semicolons.)
    if ((u.kind == Unit::paragraph_unit || u.kind == Unit::item_unit) && kind == "delegation" &&
        u.text().find(';') != std::string::npos) {
      // ("The mission was led by Ms. X, Minister .... She was accompanied by
      // Mr. Y, Director, Asia-Pacific; Ms. Z, ...; and Mr. W, ...": each
      // person after the words that lead to them.)
      static const Pattern narrative(
          R"(^.*\b(?:led by|headed by|dirig(?:é|e)e? par|conduite par|men(?:é|e)e par|accompagn(?:é|e)e?s? (?:de|par)|accompanied by)\s+|^\s*(?:and|et)\s+(?:de\s+)?)");
      static const Pattern sentence_break(
          R"((?<!\bM)(?<!\bMM)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bHon)(?<!\b[A-Z])\.\s+(?=[A-Z]))");
      const bool told = narrative.found_in(u.text());
      for (const auto& piece : split_list(u.text(), ';')) {
        for (auto part : told ? sentence_break.split(piece) : std::vector<std::string_view>{piece}) {
          std::string person(part);
          if (auto lead = narrative.search(person)) person = person.substr(lead->end());
          if (auto m = parse_member(person, u.line)) mission.delegation.push_back(*m);
        }
      }
      continue;
    }
    if (u.kind != Unit::item_unit) continue;
    bool in_delegation = kind == "delegation";
    if (!in_delegation && !((kind.empty() || kind == "general") && !leading_honorific(u.text()).empty()))
      continue;
    if (auto m = parse_member(u.text(), u.line)) mission.delegation.push_back(*m);
  }
  // "Mission de Mme Louise Dagenais-Fortier, ministre déléguée ...,
  // accompagnée de M. Pierre-Yves Ndiaye-Bouchard, conseiller politique, et
  // de Mme Hélène Gravel, directrice": a delegation told in the report's first
  // paragraphs, when no field or list gives one.
  // (Also its head before a list of the others: "Délégation dirigée par M.
  // Gilles Boisvert, ministre ..., accompagné de :" then "- Mme Chantal
  // Ouellet, ...".)
  {
    std::vector<DelegationMember> told;
    static const Pattern led_by(
        R"(\b(?:[Mm]ission|[Vv]isite|[Vv]isit|[Dd](?:é|e)l(?:é|e)gation|[Dd](?:é|e)placement)(?:\s+(?:officielle\s+|official\s+)?(?:de|du|of|(?:(?:was|is|a (?:é|e)t(?:é|e)|(?:é|e)tait|fut|est)\s+)?(?:led by|headed by|dirig(?:é|e)e par|conduite par|pr(?:é|e)sid(?:é|e)e par))|\s*,\s*(?:led by|headed by|dirig(?:é|e)e par|conduite par|men(?:é|e)e par|pr(?:é|e)sid(?:é|e)e par))\s+(?:(?:le|la|l'|the)\s*([^,.;()]{2,60}?)\s+)?(?=(?:M\.|Mme|Mmes|MM\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Hon\.?)\s))");
    static const Pattern accompanied(
        R"((?:accompagn(?:é|e)e?s?|accompanied)\s+(?:de|par|by)\s+(?=(?:M\.|Mme|Mmes|MM\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s))");
    // Each person starts at an honorific after a comma or "et (de)", "and".
    static const Pattern next_person(
        R"((?:[,;]\s*(?:(?:et|and)\s+)?(?:de\s+)?|\s+(?:et|and)\s+(?:de\s+)?)(?=(?:M\.|Mme|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s))");
    // (Up to the sentence's end, or to "ainsi que d'une délégation de
    // quatorze entreprises": people, not the companies with them.)
    // (Not the period of "M." or "Dr.".)
    static const Pattern sentence_end(
        R"((?<!\bM)(?<!\bMM)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bHon)\.(?:\s|$)|,?\s+(?:ainsi que|as well as|along with)\b|,?\s+(?:accompagn|accompanied\b)|;(?!\s*(?:(?:et|and)\s+)?(?:de\s+)?(?:M\.|Mme|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s)|,\s+(?:s'est|s'était|se sont|a eu lieu|a été|était|est|took place|was|were|has|had|visited|a visité)\b)");
    auto people_from = [&](std::string_view from, int line) {
      if (auto e = sentence_end.search(from)) from = from.substr(0, e->position());
      for (auto piece : next_person.split(from)) {
        if (auto m = parse_member(std::string(piece), line)) told.push_back(*m);
      }
    };
    std::size_t seen = 0;
    // (With a list already read, only the lines right above it.)
    const int listed_from = mission.delegation.empty() ? 0 : mission.delegation.front().line;
    for (const auto& u : layout.units) {
      if (u.kind == Unit::heading_unit) continue;
      if (++seen > 8) break;
      if (listed_from > 0 && (u.line_end >= listed_from || u.line_end + 2 < listed_from)) continue;
      const std::string& t = u.text();
      // (Above a list, only a sentence about the delegation: not "La mission
      // faisait suite à la visite de M. Markus Söder".)
      static const Pattern of_the_delegation(
          R"(^\W*(?:(?:la|the)\s+)?(?:delegation\b|mission\s+(?:\w+\s+)?(?:dirigee|conduite|presidee|menee|led|headed)\b))");
      if (listed_from > 0 && !of_the_delegation.found_in(fold(t))) continue;
      auto head = led_by.search(t);
      auto with = accompanied.search(t);
      if (!head && !with) continue;
      if (head) {
        std::string_view lead = std::string_view(t).substr(head->end());
        if (with && with->position() > head->end()) lead = lead.substr(0, with->position() - head->end());
        const std::size_t before = told.size();
        people_from(lead, u.line);
        // ("dirigée par le sous-ministre M. Jean-François Bédard": the title
        // before the name.)
        if (told.size() > before && told[before].title.empty() && head->matched(1) && head->length(1) > 0)
          told[before].title = head->str(1);
      }
      if (with && mission.delegation.empty()) people_from(std::string_view(t).substr(with->end()), u.line);
      if (!told.empty()) break;
    }
    mission.delegation.insert(mission.delegation.begin(), told.begin(), told.end());
  }
  // ("Chef de la délégation : M. Rémi Castonguay-Ferland, ministre ..." and
  // again first of "Membres de la délégation :": once, as first named.)
  {
    std::vector<DelegationMember> once;
    for (auto& m : mission.delegation) {
      if (std::none_of(once.begin(), once.end(), [&](const DelegationMember& o) { return o.name == m.name; }))
        once.push_back(std::move(m));
    }
    mission.delegation = std::move(once);
  }
  if (mission.ministry.empty()) mission.ministry = header_ministry;
  if (mission.ministry.empty()) {
    for (const auto& m : mission.delegation) {
      mission.ministry = ministry_from_title(m.title);
      if (!mission.ministry.empty()) break;
    }
  }

  auto add_place = [&](const PartnerMention& m, int line) {
    if (std::find(home.begin(), home.end(), m.slug) != home.end()) return;
    if (std::any_of(mission.places.begin(), mission.places.end(),
                    [&](const Place& q) { return q.partner == m.slug; }))
      return;
    Place p;
    p.text = m.text;
    p.partner = m.slug;
    p.line = line;
    mission.places.push_back(p);
  };
  // Places from the title or subject line when no field lists them.
  if (mission.places.empty()) {
    // Each title line starts afresh: "Compte rendu de mission" over "Mission
    // de promotion en Chine" is not the town of Mission in mid-sentence.
    for (const auto& m : ctx.gazetteer.find_in_text(join(layout.title_lines, " \n ") + " \n " + subject))
      add_place(m, layout.title_line);
  }
  // "RAPPORT DE MISSION AU SÉNÉGAL / Dakar et Saint-Louis": a place whose
  // name several bear is the one in the country the report names with it
  // (not Saint Louis in the Seychelles).
  {
    std::vector<std::string> named_countries;
    for (const auto& p : mission.places) {
      const Partner* partner = p.partner.empty() ? nullptr : ctx.gazetteer.find(p.partner);
      if (partner != nullptr && partner->kind == "country") named_countries.push_back(p.partner);
    }
    auto in_named = [&](const std::string& slug) {
      const auto up = ctx.gazetteer.ancestors(slug);
      return std::any_of(named_countries.begin(), named_countries.end(), [&](const std::string& c) {
        return c == slug || std::find(up.begin(), up.end(), c) != up.end();
      });
    };
    for (auto& p : mission.places) {
      if (named_countries.empty() || p.partner.empty() || in_named(p.partner)) continue;
      if (auto r = ctx.gazetteer.resolve(p.text)) {
        for (const auto& alt : r->alternatives) {
          if (in_named(alt)) {
            p.partner = alt;
            break;
          }
        }
      }
    }
  }
  // A report without either: where its first paragraphs say the mission went
  // ("s'est rendue à Paris et en Île-de-France"), not every partner they name
  // ("coopère avec la Chine").
  for (std::size_t i = 0, paragraphs = 0; mission.places.empty() && i < layout.units.size() && paragraphs < 3;
       ++i) {
    const Unit& u = layout.units[i];
    if (u.kind != Unit::paragraph_unit) continue;
    ++paragraphs;
    for (const auto& m : ctx.gazetteer.find_in_text(u.text())) {
      if (after_travel_word(u.text(), m.begin)) add_place(m, u.line);
    }
  }
  // "OBJET : Compte rendu de la mission à Qingdao (20 au 24 octobre 2013)"
  // above "DATE : Le 4 novembre 2013": a memo dated when it was written.
  // A range of days told in the first paragraphs ("la mission que vous avez
  // effectuée au Sénégal du 20 au 23 novembre 2023"), starting by `day` and
  // ending `slack` days before it at most: a press release is dated the
  // mission's last day or the next, a note within weeks; a range further
  // back is another mission ("fait suite à la mission du 3 au 7 septembre
  // 2018"). Units [from, to).
  auto days_told_by = [&](std::string_view day, std::size_t from, std::size_t to,
                          int slack) -> std::optional<DateRange> {
    for (std::size_t i = from; i < layout.units.size() && i < to; ++i) {
      const Unit& u = layout.units[i];
      if (u.kind != Unit::paragraph_unit) continue;
      auto r = find_days_range(u.text());
      if (r && r->start <= day && days_between(r->end, day) <= slack) return r;
    }
    return std::nullopt;
  };
  if (date_line_day) {
    const std::string told = join(layout.title_lines, " ") + " \n " + subject;
    auto r = find_date_range(told);
    // ("Suivi de la mission ... de mai 2024 et visite ... (20 au 22 octobre
    // 2025)": the days in brackets, not the month named before them.)
    for (std::size_t open = told.find('(');
         (!r || r->end.size() != 10 || r->start == r->end) && open != std::string::npos;
         open = told.find('(', open + 1))
      r = find_date_range(std::string_view(told).substr(open));
    if (!r || r->end.size() != 10 || r->start == r->end) r = days_told_by(mission.start_date, 0, 8, 60);
    if (r && r->end <= mission.start_date && r->end.size() == 10 && r->start != r->end) {
      if (mission.report_date.empty()) mission.report_date = mission.start_date;
      mission.start_date = r->start;
      mission.end_date = r->end;
    }
  }
  // "(Kigali, 10-12 February 2020; Victoria, Mahé, 13-15 February 2020)":
  // the legs of one trip, parted by semicolons, make its whole range.
  auto with_later_legs = [](std::string_view text, std::optional<DateRange> r) {
    if (!r || r->start.size() != 10 || r->end.size() != 10) return r;
    std::size_t from = text.find(';');
    while (from != std::string_view::npos) {
      const std::size_t next = text.find(';', from + 1);
      const auto leg =
          find_date_range(text.substr(from + 1, next == std::string_view::npos ? next : next - from - 1));
      if (leg && leg->start.size() == 10 && leg->end.size() == 10 && leg->start >= r->start &&
          leg->end > r->end && days_between(r->end, leg->start) <= 31)
        r->end = leg->end;
      from = next;
    }
    return r;
  };
  if (mission.start_date.empty()) {
    // A date range near the top (title, subject, first paragraphs).
    std::string head = join(layout.title_lines, " ") + " \n " + subject;
    std::optional<DateRange> r = with_later_legs(head, find_date_range(head));
    // ("... de mai 2024 et visite ... (20 au 22 octobre 2025)": the days in
    // brackets rather than a month named before them.)
    if (r && r->end.size() != 10) {
      for (std::size_t open = head.find('('); open != std::string::npos; open = head.find('(', open + 1)) {
        if (auto days = find_date_range(std::string_view(head).substr(open));
            days && days->end.size() == 10) {
          r = days;
          break;
        }
      }
    }
    for (std::size_t i = 0; !r && i < layout.units.size() && i < 12; ++i) {
      const Unit& u = layout.units[i];
      if (u.kind == Unit::paragraph_unit || u.kind == Unit::heading_unit)
        r = with_later_legs(u.text(), find_date_range(u.text()));
      // "MUNICH, le 17 mars 2023 - La ministre ... conclut aujourd'hui une
      // mission ... du 14 au 17 mars 2023": a press release's dateline, then
      // the mission's days, in the same paragraph or the next ones.
      if (r && r->start == r->end && r->start.size() == 10) {
        if (auto days = days_told_by(r->start, i, i + 4, 2)) r = days;
      }
    }
    if (r) {
      mission.start_date = r->start;
      mission.end_date = r->end;
    }
  }

  // No range of days yet: the days an itinerary or a table of meetings
  // opens its lines on ("Day 1 - Monday 8 November 1999", "| Lundi 18 nov.
  // 2019 | Hanoï |"), when they run on within a month and the day known so
  // far (a memo's date, one meeting's) is among them or a few weeks after.
  const auto itinerary = itinerary_of(lines, mission.start_date);
  if (itinerary && (mission.start_date.empty() || mission.start_date == mission.end_date)) {
    const DateRange& days = itinerary->days;
    const std::string& known = mission.start_date;
    if (known.empty() || (known >= days.start && days_between(days.end, known) <= 60)) {
      if (!known.empty() && known > days.end && mission.report_date.empty()) mission.report_date = known;
      mission.start_date = days.start;
      mission.end_date = days.end;
    }
  }
  closing_report_date();
  // The cities and provinces the itinerary's days name ("Day 2 - Tuesday
  // 9 November 1999 - Buenos Aires / Cordoba", "| Mardi 19 nov. | Hanoï |")
  // are where the mission went, within the countries it went to; of places
  // that share a name, the one there.
  if (itinerary && itinerary->days.start == mission.start_date) {
    auto country_of = [&](const std::string& slug) { return country_holding(ctx.gazetteer, slug); };
    std::vector<std::string> visited;
    for (const auto& p : mission.places) {
      const Partner* partner = p.partner.empty() ? nullptr : ctx.gazetteer.find(p.partner);
      if (partner == nullptr) continue;
      add_unique(visited, partner->kind == "country" ? p.partner : country_of(p.partner));
    }
    auto within = [&](const std::string& slug) {
      return visited.empty() || std::find(visited.begin(), visited.end(), country_of(slug)) != visited.end();
    };
    // ("Départ de Liège", "flight from Montréal", "retour à Bruxelles": home.)
    static const Pattern leaving(
        R"(\b(?:depart|departs|departure|retour|return|returns|back|from|depuis)\b[^.;|,]{0,16}$)");
    // (A sentence that opens on its day, "Le 10 octobre 2013, l'Université de
    // Liège et ... ont signé", names more than where the day was spent.)
    static const Pattern prose(R"(^\W*(?:le|les|on|the|en|in|au|du)\s)");
    // (Nor the government of someone met: "Munich – rencontre avec le
    // représentant du Land de Bade-Wurtemberg", "call with the Mayor of
    // Chongqing": the places before such words only.)
    static const Pattern met(
        R"(\b(?:avec|with|rencontre|rencontres|meeting|meetings|meet|call|appel|visioconference|videoconference|entretien|entretiens|delegue|representant|representative|vice-gouverneur|vice-governor|gouverneur|governor|maire|mayor|ambassadeur|ambassador|ministre|minister)\b)");
    for (std::size_t i : itinerary->lines) {
      const std::string& full = lines[i];
      const std::string folded_line = fold(full);
      if (prose.found_in(folded_line)) continue;
      std::string line = full;
      if (auto w = met.search(folded_line)) {
        // (Folding keeps a line's words in order: cut at the same word.)
        const auto words_before = fold_words(folded_line.substr(0, w->position())).size();
        std::size_t at = 0, seen = 0;
        bool in_word = false;
        for (; at < full.size(); ++at) {
          const bool word = is_word_byte(full[at]);
          if (word && !in_word && seen++ == words_before) break;
          in_word = word;
        }
        line = full.substr(0, at);
      }
      for (auto m : ctx.gazetteer.find_in_text(line)) {
        const Partner* p = ctx.gazetteer.find(m.slug);
        if (p == nullptr || (p->kind != "city" && p->kind != "subdivision")) continue;
        if (leaving.found_in(fold(std::string_view(line).substr(0, m.begin)))) continue;
        if (!within(m.slug)) {
          std::string there;
          for (const auto& other : ctx.gazetteer.namesakes(m.slug)) {
            const Partner* o = ctx.gazetteer.find(other);
            if (o != nullptr && o->kind == p->kind && within(other)) there = other;
          }
          if (there.empty()) continue;
          m.slug = there;
        }
        add_place(m, static_cast<int>(i) + 1);
      }
    }
  }

  // Partners: every place upward, then the countries named as qualifiers.
  for (const auto& p : mission.places) {
    if (p.partner.empty()) continue;
    add_unique(mission.partners, p.partner);
    for (const auto& a : ctx.gazetteer.ancestors(p.partner))
      add_unique(mission.partners, a);
  }
  for (const auto& c : countries)
    add_unique(mission.partners, c);
  std::vector<std::string> mission_countries;
  for (const auto& slug : mission.partners) {
    const Partner* p = ctx.gazetteer.find(slug);
    if (p != nullptr && p->kind == "country") add_unique(mission_countries, slug);
  }

  // Agreements, sentence by sentence, remembering which unit each came from.
  MentionContext mctx{ctx.gazetteer,
                      ctx.taxonomy,
                      home,
                      mission.language,
                      mission.start_date.substr(0, std::min<std::size_t>(4, mission.start_date.size())),
                      mission_countries,
                      false,
                      mission.end_date.size() >= 4 ? mission.end_date.substr(0, 4) : std::string(),
                      mission.start_date.size() == 10 ? mission.start_date : std::string(),
                      mission.end_date.size() == 10 ? mission.end_date : std::string(),
                      {}};
  std::vector<std::pair<std::string, std::vector<std::string>>> unmade;
  mctx.unmade = &unmade;
  {
    std::vector<std::string> texts;
    for (const auto& u : layout.units)
      texts.push_back(u.text());
    mctx.short_names = short_names_in(texts, ctx.gazetteer);
  }
  {
    std::vector<std::string> below_country;
    for (const auto& p : mission.places) {
      const Partner* partner = ctx.gazetteer.find(p.partner);
      if (partner != nullptr && partner->kind != "country" && !is_home(p.partner, mctx))
        add_unique(below_country, p.partner);
    }
    // One city alone says nothing of its province's part (Paris is France's).
    const auto held = common_place(below_country, ctx.gazetteer);
    const Partner* region = held.empty() ? nullptr : ctx.gazetteer.find(held.front());
    if (region != nullptr && region->kind == "subdivision") mctx.region = held;
  }
  std::vector<std::size_t> mention_unit;
  std::vector<std::pair<std::size_t, std::size_t>> mention_sentence; // (unit, sentence) of each mention
  std::vector<AgreementMention> mentions;
  for (std::size_t i = 0; i < layout.units.size(); ++i) {
    const Unit& u = layout.units[i];
    if (u.kind != Unit::paragraph_unit && u.kind != Unit::item_unit) continue;
    NearbyPartners nearby(u.text());
    const std::string heading = heading_above(layout, i);
    MentionContext uctx = mctx;
    // What a report asks for, or what the mission set out to do ("Objectifs :
    // signer un protocole de coopération avec la Région"): a signing or
    // renewal named there is still to do.
    static const Pattern aims(
        R"(^\W*(?:objectifs?|objectives?|buts?|purpose|aims?|goals?)(?: (?:de la mission|du voyage|of the (?:mission|trip|visit)))?\s*:)");
    const bool recommends =
        u.section >= 0 && layout.sections[static_cast<std::size_t>(u.section)].kind == "recommendations";
    uctx.results = u.section >= 0 && layout.sections[static_cast<std::size_t>(u.section)].kind == "results";
    const auto sentences = split_sentences(u.joined);
    for (std::size_t k = 0; k < sentences.size(); ++k) {
      nearby.reading(sentences, k);
      // (Only the sentence that opens on the word: lines run on into the
      // paragraphs after them.)
      uctx.prescriptive =
          recommends ||
          aims.found_in(fold(std::string_view(sentences[k].text)
                                 .substr(0, std::min<std::size_t>(sentences[k].text.size(), 60))));
      // "... signed an MOU on student exchanges. Québec is not a party to
      // this MOU.": not one of its commitments.
      auto found = find_agreements(sentences[k], nearby, uctx);
      // The one it names last ("... ont signé un protocole. Le Québec n'est
      // pas partie à ce protocole"), not every one of the sentence.
      if (!found.empty() && k + 1 < sentences.size() && says_home_no_party(fold(sentences[k + 1].text)))
        found.pop_back();
      if (found.empty() && k > 0 && !mentions.empty() && mention_sentence.back() == std::pair{i, k - 1}) {
        found = standing_for_named(sentences[k], mentions.back(), nearby, uctx);
      }
      if (!found.empty()) add_events_of_pronoun_clause(sentences[k], found.back(), nearby, uctx);
      if (!u.table_header.empty() && found.size() == 1) add_dates_from_columns(u, found.front());
      if (!u.table_header.empty() && found.size() == 1 && row_says_unmade(u)) found.clear();
      // "L'Entente Québec-Flandre a été signée en 2016. Elle remplace
      // l'entente conclue en 1992.": the one just named replaces the one
      // this sentence names. (Not "Elle ne remplace pas", nor "remplacera":
      // the older one is still in force.)
      if (!found.empty() && k > 0 && !mentions.empty() && mention_sentence.back() == std::pair{i, k - 1} &&
          found.front().linked == 0 && mentions.back().linked == 0 &&
          (found.front().relation == "references" || found.front().relation == "plans_update")) {
        static const Pattern pronoun_replaces(
            R"(^\W*(?:)" ENTENTE_TERM_ASIDE
            R"()?(?:elle|il|celle-ci|celui-ci|cette derniere|ce dernier|it|this one|the latter)\s+(?:(?:a|avait|has|had)\s+)?(?:remplace|remplacait|replaces|replaced|supersedes|superseded|succede a|takes the place of|took the place of|prend la place de|a pris la place de)\s)");
        AgreementMention& newer = mentions.back();
        if (newer.relation != "plans_update" &&
            pronoun_replaces.found_in(fold(std::string_view(sentences[k].text).substr(0, 80)))) {
          AgreementEvent e;
          e.type = "superseded";
          // Replaced by the mission's signing on its day, or by one signed
          // before, in that one's year.
          e.date = newer.relation == "references" ? newer.year : std::string();
          e.evidence = sentences[k].text;
          e.line = sentences[k].line;
          found.front().stated.push_back(std::move(e));
          newer.linked = 1;
          newer.relates = "supersedes";
          found.front().linked = -1;
        }
      }
      // "... ont signé le Protocole d'entente. Le protocole, d'une durée de
      // quatre ans, soutiendra ...": the term the next sentence gives the
      // agreement it opens on, or the one after while each opens on it ("The
      // MOU provides for ... It is concluded for a term of five years.").
      // "D'une durée de trois ans, ce protocole permettra ..." opens on it too.
      if (found.size() == 1 && found[0].term_years == 0 &&
          (found[0].relation == "produced" || found[0].relation == "renewed")) {
        static const Pattern opens_on_it(
            R"(^\W*(?:(?:le|ce|cet|cette|l'|the|this) ?(?:protocole|accord|entente|memorandum|mou|agreement|arrangement|declaration)|(?:il|elle|it) (?:est|sera|is|will be|was|a ete) (?:conclue?|valables?|valide|en vigueur|signee?|concluded|valid|in force|signed)|sa duree|sa validite|its term|)" ENTENTE_TERM_ASIDE
            R"((?:(?:le|ce|cet|cette|l'|the|this) ?(?:protocole|accord|entente|memorandum|mou|agreement|arrangement|declaration)|(?:il|elle) (?:remplace|succede)|it (?:replaces|supersedes)))\b)");
        // (A sentence between about something else, "La ministre signait au
        // nom de son collègue", is passed over; one naming an instrument ends
        // the search.)
        static const Pattern names_instrument(
            R"(\b(?:protocoles?|accords?|ententes?|memorandums?|mou|agreements?|arrangements?|declarations?|conventions?)\b)");
        for (std::size_t j = k + 1; j < sentences.size() && j <= k + 2; ++j) {
          const std::string next = fold(sentences[j].text);
          if (!opens_on_it.found_in(next)) {
            if (names_instrument.found_in(next)) break;
            continue;
          }
          // ("Le protocole d'entente ..., signé le 2014-06-12, ...": another,
          // named with its own earlier date; not "L'entente, qui fait suite
          // à la visite de 2017, est conclue pour cinq ans".)
          static const Pattern own_earlier_date(
              R"(^\W*(?:le|la|l'|the) ?(?:protocole|accord|entente|memorandum|mou|agreement|arrangement|declaration)\b[^.;]{0,120}?(?:\b(?:signee?s?|conclue?s?|signed|concluded)\s+(?:(?:le|en|in|on)\s+)?(?:\d{1,2}(?:er)?\s+[a-z]+\s+)?|\b(?:de|of|du)\s+|\()((?:19|20)\d\d))");
          if (auto y = own_earlier_date.search(next);
              y && !mctx.mission_year.empty() && y->view(1) < std::string_view(mctx.mission_year) &&
              y->view(1) != std::string_view(found[0].year) &&
              next.substr(0, y->position(1)).find(" qui ") == std::string::npos &&
              next.substr(0, y->position(1)).find(" which ") == std::string::npos)
            break;
          if ((found[0].term_years = term_of_sentence(next)) > 0) break;
        }
      }
      // "Lors de la même cérémonie", "Le même jour", "on the same day": the
      // day of the signing told last, whichever paragraph told it.
      // ("Le lendemain", "Deux jours plus tard": counted from that day.)
      static const Pattern same_day(
          R"(\b(?:(?:le|du|au|lors de la|a la|lors du|de la) meme (?:jour|journee|ceremonie|occasion|seance)|(?:the|that) same (?:day|ceremony|occasion)|a cette occasion|on that occasion|lors de cette (?:ceremonie|seance)|le lendemain|le surlendemain|the (?:next|following) day|(?:deux|trois|two|three) (?:jours plus tard|days later))\b)");
      // (Only when the sentence opens on it, and the signing before is in this
      // paragraph or the one before, under the same heading.)
      const std::string opening = fold(std::string_view(sentences[k].text).substr(0, 60));
      const bool told_same_day = !found.empty() && !mentions.empty() && same_day.found_in(opening) &&
                                 mention_unit.back() + 1 >= i && mentions.back().heading == heading;
      for (auto& m : found) {
        // Up to two sentences back, in the same block of lines: a blank line
        // between is another paragraph ("s'est tenue à Mexico le 26 février."
        // then "À Guadalajara, la ministre a signé").
        std::size_t first = k;
        while (first > 0 && k - first < 2 && sentences[first - 1].line_end >= sentences[first].line - 1)
          --first;
        if (told_same_day) {
          const auto& last = mentions.back();
          m.told_before.insert(m.told_before.end(), last.told_before.begin(), last.told_before.end());
          m.told_before.push_back(last.evidence);
        }
        for (std::size_t b = first; b < k; ++b)
          m.told_before.push_back(sentences[b].text);
        m.heading = heading;
        mentions.push_back(std::move(m));
        mention_unit.push_back(i);
        mention_sentence.emplace_back(i, k);
      }
    }
  }
  namesake_cities_to_provinces(mentions, ctx.gazetteer);
  namesake_provinces_to_cities(mentions, ctx.gazetteer);
  namesakes_in_mission_country(mentions, ctx.gazetteer, mission_countries);
  for (auto& m : mentions)
    namesakes_among_mission_places(m.partners, m.evidence, ctx.gazetteer, mission.partners);
  std::vector<std::size_t> merged_index(mentions.size());
  // "signed a Memorandum ... The parties agreed to revisit the agreement in
  // 2023": the mission both signed it and planned its update; the plan is a
  // link of its own, or the audit never hears of it.
  std::vector<std::pair<std::size_t, AgreementMention>> plans_for_signed;
  auto merge_into = [&](AgreementMention& into, const AgreementMention& m) {
    // (A plain agreement found to be an MOU named later is that MOU.)
    if (into.kind == "agreement" && m.kind == "mou" && into.family.empty()) into.kind = "mou";
    // (Guessed by one, named by the other: named.)
    if (m.partners_named && m.partners == into.partners) into.partners_named = true;
    if (m.relation == "plans_update" && (into.relation == "produced" || into.relation == "renewed") &&
        m.line > into.line_end)
      plans_for_signed.emplace_back(static_cast<std::size_t>(&into - out.agreements.data()), m);
    if (into.year.empty() && !m.year.empty()) {
      into.year = m.year;
      // (Titled as the agreement of that year, as one named with it is.)
      if (into.relation != "produced" && !into.title.empty() && into.title.back() != ')')
        into.title += " (" + m.year + ")";
    }
    if (into.domains.empty()) into.domains = m.domains;
    // "l'Entente" then "une entente de coopération en éducation, conclue en
    // 2013": what it is, named the second time, and the title that says so.
    if (into.family.empty() && !m.family.empty() && !m.partners.empty()) {
      into.family = m.family;
      into.title = m.title;
    }
    if (into.term_years == 0 && m.relation == into.relation) into.term_years = m.term_years;
    // "La mission a permis de signer un protocole d'entente ..." in a summary,
    // then "Le 16 novembre 2021, ... ont signé le Protocole ...": the sentence
    // that tells the day is the evidence, and dates the signing.
    // (Or by the sentences before it or the day heading above it.)
    // A renewal likewise ("La ministre a procédé au renouvellement de
    // l'Entente" in a summary, then "Le 25 novembre 2024, ... a signé ... le
    // renouvellement"), in the mission's year rather than the agreement's.
    const bool both_renewed = m.relation == "renewed" && into.relation == "renewed";
    const std::string& day_year = both_renewed ? mctx.mission_year : into.year;
    if (((m.relation == "produced" && into.relation == "produced") || both_renewed) && !day_year.empty()) {
      const int year = std::atoi(day_year.c_str());
      auto tells_day = [&](const AgreementMention& a) {
        if (find_day_in_year(a.evidence, year)) return true;
        for (const auto& b : a.told_before) {
          if (find_day_in_year(b, year)) return true;
        }
        return find_day_in_year(a.heading, year).has_value();
      };
      if (!tells_day(into) && tells_day(m)) {
        into.evidence = m.evidence;
        into.told_before = m.told_before;
        into.heading = m.heading;
        into.line = m.line;
        into.line_end = m.line_end;
      }
    }
    if (into.signed_day.empty() && !m.signed_day.empty() && !into.year.empty() &&
        m.signed_day.starts_with(into.year))
      into.signed_day = m.signed_day;
    for (const auto& e : m.stated) {
      if (std::none_of(into.stated.begin(), into.stated.end(),
                       [&](const AgreementEvent& o) { return o.type == e.type && o.date == e.date; }))
        into.stated.push_back(e);
    }
    if (relation_rank(m.relation) > relation_rank(into.relation)) {
      // Signed by the mission: its year, whatever year its name gives.
      if (m.relation == "produced" && !m.year.empty()) into.year = m.year;
      into.term_years = m.term_years;
      into.relation = m.relation;
      into.evidence = m.evidence;
      into.told_before = m.told_before;
      into.heading = m.heading;
      into.line = m.line;
      into.line_end = m.line_end;
      // A title names the partners; one named without them keeps the other's.
      if (!m.partners.empty()) into.title = m.title;
    }
  };
  // An agreement replaced by, or working under, another of its sentence is
  // never that other one: the agreement the mention it is tied to went to.
  constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
  // "La ministre a participé au renouvellement de l'entente entre l'Office
  // ... et le Bureau ...", then "L'entente LOJIQ–BIJ de 2014 a été
  // renouvelée": one renewal told again right after, with the agreement's
  // year, and with no partner (`partners` empty) or only the country around
  // the first one's.
  auto renewal_told_again = [&](const AgreementMention& m, const std::vector<std::string>& partners,
                                std::size_t other) {
    auto told_again = [&](const AgreementMention& a) {
      if (a.relation != "renewed" || !a.year.empty() || a.kind != m.kind || m.line < a.line ||
          m.line > a.line_end + 2 || static_cast<std::size_t>(&a - out.agreements.data()) == other)
        return false;
      return std::all_of(partners.begin(), partners.end(), [&](const std::string& p) {
        return std::any_of(a.partners.begin(), a.partners.end(), [&](const std::string& q) {
          const auto up = ctx.gazetteer.ancestors(q);
          return q == p || std::find(up.begin(), up.end(), p) != up.end();
        });
      });
    };
    if (m.relation != "renewed" || m.year.empty() ||
        std::count_if(out.agreements.begin(), out.agreements.end(), told_again) != 1)
      return none;
    return static_cast<std::size_t>(std::find_if(out.agreements.begin(), out.agreements.end(), told_again) -
                                    out.agreements.begin());
  };
  std::vector<bool> placed(mentions.size(), false);
  auto tied_to = [&](std::size_t i) {
    if (mentions[i].linked == 0) return none;
    const auto j = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(i) + mentions[i].linked);
    return j < mentions.size() && placed[j] ? merged_index[j] : none;
  };
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    auto& m = mentions[i];
    if (m.relation.empty()) { // an agreement still to come ("qui remplacera celle de 2009")
      merged_index[i] = none;
      placed[i] = true;
      continue;
    }
    if (m.partners.empty()) continue; // attached below, once every named one is known
    placed[i] = true;
    const std::size_t other = tied_to(i);
    auto same = [&](const AgreementMention& a) {
      return same_agreement(a, m, mctx.mission_year) &&
             static_cast<std::size_t>(&a - out.agreements.data()) != other;
    };
    auto it = std::find_if(out.agreements.begin(), out.agreements.end(), same);
    // ("le comité conjoint prévu à l'entente avec le Sénégal" after the
    // framework agreement of 2006 and the entente the mission signed: named
    // without its year, the one the mission signed or renewed.)
    if (it != out.agreements.end() && m.year.empty() && it->relation != "produced" &&
        it->relation != "renewed") {
      auto made = std::find_if(std::next(it), out.agreements.end(), [&](const AgreementMention& a) {
        return (a.relation == "produced" || a.relation == "renewed") && same(a);
      });
      if (made != out.agreements.end()) it = made;
    }
    // "Il y aurait lieu de réviser le protocole avec Valparaíso ... pour y
    // ajouter l'énergie", "le bilan du protocole de Grenoble": named again
    // without its year, an agreement the report holds one of, with that
    // partner or with the one holding the city named, is that one, whatever
    // the sentence adds of domains.
    // (Domains it names of its own, not added: "l'entente avec la Chine en
    // sécurité" is not the report's one in francophonie.)
    static const Pattern adds_domains(
        R"(\b(?:y (?:ajouter|integrer|inclure|adjoindre)|en y (?:ajoutant|integrant|incluant)|to (?:add|include|cover|integrate)|adding|including)\b)");
    if (it == out.agreements.end() && m.year.empty() &&
        (m.relation == "references" || m.relation == "plans_update")) {
      const bool domains_added = adds_domains.found_in(fold(m.evidence));
      auto holds = [&](const AgreementMention& a) {
        if (a.kind != m.kind || (!a.family.empty() && !m.family.empty() && a.family != m.family) ||
            static_cast<std::size_t>(&a - out.agreements.data()) == other)
          return false;
        if (!domains_added && !m.domains.empty() && !a.domains.empty() &&
            std::none_of(m.domains.begin(), m.domains.end(), [&](const std::string& d) {
              return std::find(a.domains.begin(), a.domains.end(), d) != a.domains.end();
            }))
          return false;
        return std::all_of(m.partners.begin(), m.partners.end(), [&](const std::string& p) {
          if (std::find(a.partners.begin(), a.partners.end(), p) != a.partners.end()) return true;
          // (The city where the report says it was signed or its work goes
          // on: "the Qingdao MOU" is no MOU the mission signed with Shandong;
          // nor "le protocole avec la municipalité de Qingdao".)
          if (names_city_government(fold(m.evidence))) return false;
          const Partner* city = ctx.gazetteer.find(p);
          auto words_of = [](const std::string& t) { return " " + join(fold_words(t), " ") + " "; };
          const std::string told = words_of(a.evidence + " " + a.heading);
          // ("Donner suite à la lettre d'intention sur l'intelligence
          // artificielle par une mission à Guadalajara": of its sort and on
          // its subject, the one signed with Jalisco.)
          const bool same_sort_and_subject =
              !m.family.empty() && m.family == a.family && !m.domains.empty() && !a.domains.empty() &&
              std::any_of(m.domains.begin(), m.domains.end(), [&](const std::string& d) {
                return std::find(a.domains.begin(), a.domains.end(), d) != a.domains.end();
              });
          if (city == nullptr ||
              (told.find(words_of(city->name)) == std::string::npos &&
               told.find(words_of(city->name_fr)) == std::string::npos && !same_sort_and_subject))
            return false;
          const auto up = ctx.gazetteer.ancestors(p);
          return std::any_of(a.partners.begin(), a.partners.end(), [&](const std::string& q) {
            const Partner* holder = ctx.gazetteer.find(q);
            return holder != nullptr && holder->kind != "country" &&
                   std::find(up.begin(), up.end(), q) != up.end();
          });
        });
      };
      if (std::count_if(out.agreements.begin(), out.agreements.end(), holds) == 1)
        it = std::find_if(out.agreements.begin(), out.agreements.end(), holds);
    }
    if (it == out.agreements.end()) {
      if (const std::size_t again = renewal_told_again(m, m.partners, other); again != none)
        it = out.agreements.begin() + static_cast<std::ptrdiff_t>(again);
    }
    // "l'entente ... signée à Jinan en août 2008" and "l'entente Québec–
    // Shandong de 2008": named once by the city it was signed in, the
    // report's agreement of that year with the government holding the city.
    // (Either may come first; the government's name is kept.)
    bool named_by_holder = false;
    if (it == out.agreements.end() && !m.year.empty()) {
      // (The government right above the city: Jinan's Shandong, not China,
      // whose agreement of the same year is another one.)
      auto inside = [&](const std::vector<std::string>& cities, const std::vector<std::string>& holders) {
        return !cities.empty() && std::all_of(cities.begin(), cities.end(), [&](const std::string& c) {
          const Partner* city = ctx.gazetteer.find(c);
          return city != nullptr && std::find(holders.begin(), holders.end(), city->parent) != holders.end();
        });
      };
      auto holder_of = [&](const AgreementMention& a) {
        if (a.kind != m.kind || a.year != m.year ||
            (!a.family.empty() && !m.family.empty() && a.family != m.family) ||
            static_cast<std::size_t>(&a - out.agreements.data()) == other)
          return false;
        return (m.named_where_signed && !a.named_where_signed && inside(m.partners, a.partners)) ||
               (a.named_where_signed && !m.named_where_signed && inside(a.partners, m.partners));
      };
      if (std::count_if(out.agreements.begin(), out.agreements.end(), holder_of) == 1) {
        it = std::find_if(out.agreements.begin(), out.agreements.end(), holder_of);
        named_by_holder = it->named_where_signed;
      }
    }
    if (it == out.agreements.end()) {
      merged_index[i] = out.agreements.size();
      out.agreements.push_back(m);
      continue;
    }
    if (named_by_holder) {
      it->title = retitled(*it, m.partners, mctx);
      it->title_names = m.title_names;
      it->partners = m.partners;
      it->named_where_signed = false;
    } else if (m.named_where_signed && !it->named_where_signed && !it->partners.empty() &&
               it->partners != m.partners) {
      // (Told by its city, it keeps the government's name.)
      AgreementMention told = m;
      told.title = retitled(m, it->partners, mctx);
      told.title_names = it->title_names;
      told.partners = it->partners;
      merged_index[i] = static_cast<std::size_t>(it - out.agreements.begin());
      merge_into(*it, told);
      continue;
    }
    merged_index[i] = static_cast<std::size_t>(it - out.agreements.begin());
    merge_into(*it, m);
  }
  // In a federation the states are the usual partners: an agreement named
  // alone in a mission to Boston and Providence is not with the United
  // States. (The federations of the world, as their constitutions say.)
  auto is_federation = [](const std::string& country) {
    static const std::set<std::string> federations = {
        "argentina",     "australia",   "austria",  "belgium",     "bosnia-and-herzegovina",
        "brazil",        "canada",      "comoros",  "ethiopia",    "germany",
        "india",         "iraq",        "malaysia", "mexico",      "micronesia",
        "nepal",         "nigeria",     "pakistan", "russia",      "saint-kitts-and-nevis",
        "somalia",       "south-sudan", "sudan",    "switzerland", "united-arab-emirates",
        "united-states", "venezuela"};
    return federations.count(country) > 0;
  };
  // Whether the report names provinces or states among its places (Boston,
  // Massachusetts and Providence, Rhode Island): their agreements are theirs.
  const bool provinces_are_places =
      std::any_of(mission.places.begin(), mission.places.end(), [&](const Place& p) {
        const Partner* self = ctx.gazetteer.find(p.partner);
        return self != nullptr && self->kind == "subdivision";
      });
  // Not an agreement of the home federation or of international bodies
  // ("l'Accord de libre-échange canadien de 2017", "l'Accord économique et
  // commercial global"), nor one between two home ministries ("l'Entente
  // administrative de 2019 entre le MRIF et le ministère de l'Économie").
  auto bilateral_with_country = [](const std::string& evidence) {
    static const Pattern not_bilateral(
        R"(\b(?:canad\w*|federale?s?|federal|ottawa|union europeenne|european union|aecg|ceta|alena|nafta|aceum|cusma|usmca|omc|wto|unesco|onu|united nations|nations unies|ocde|oecd|accord economique et commercial global|libre-echange|free trade|multilateral\w*|multilateral)\b|\bentre (?:le |la |les |l')?(?:ministere|mrif|secretariat|office|societe)\b[^.;]{0,80}\bet (?:le |la |les |l')?(?:ministere|secretariat|office|societe)\b)");
    return !not_bilateral.found_in(fold(evidence));
  };
  // Whether every place the mission went to lies in one province or state.
  const bool one_province_visited = [&] {
    std::set<std::string> provinces;
    for (const auto& p : mission.places) {
      // (The province right under the country: Lyon's and Grenoble's
      // departments differ, their region does not.)
      std::string top;
      const Partner* self = ctx.gazetteer.find(p.partner);
      if (self != nullptr && self->kind == "subdivision") top = p.partner;
      for (const auto& up : ctx.gazetteer.ancestors(p.partner)) {
        const Partner* a = ctx.gazetteer.find(up);
        if (a != nullptr && a->kind == "subdivision") top = up;
      }
      if (!top.empty()) provinces.insert(top);
    }
    return provinces.size() == 1;
  }();
  // An agreement named without its partner ("réviser l'entente de 1998",
  // "cette entente") is the one of the same kind (and year, when given) that
  // the report names: the nearest before it, else the first after it. One with
  // a year that the report names nowhere else takes the partners around it.
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    auto& m = mentions[i];
    if (!m.partners.empty() || m.relation.empty()) continue;
    merged_index[i] = none;
    placed[i] = true;
    const std::size_t other = tied_to(i);
    // The same year first; one whose year the report does not give, next.
    // "the agreement" in a report that names only an MOU is that MOU: in
    // everyday words an MOU is an agreement. A plain agreement named without
    // its partner may so be an MOU, tried after every agreement of its kind.
    bool any_kind = false;
    // "the 2012 MOU should be revised to cover drones": what the sentence
    // adds is no domain of its name; the one named with that year, last.
    bool any_domain = false;
    auto fits = [&](const AgreementMention& a, bool exact_year) {
      if (a.kind != m.kind && !(any_kind && m.kind == "agreement" && m.family.empty())) return false;
      // Without its year, only one named in the same sentence ("signed the
      // renewed Agreement, which replaces the agreement signed in 2008").
      // "They also signed the Work Plan 2020–2022" is the work plan the report
      // names elsewhere by its period.
      // ("Le MOU en santé numérique a été signé le deuxième jour", then "Le
      // mémoire d'entente Québec-Catalogne sur la santé numérique prévoit":
      // what the mission signed, named later by its partner and domains.)
      const bool signed_then_named = !exact_year && a.year.empty() && a.relation == "references" &&
                                     (m.relation == "produced" || m.relation == "renewed") &&
                                     a.line > m.line && !m.domains.empty() && a.domains == m.domains;
      // ("Renouveler le programme de travail avec l'OFPPT pour 2025-2027":
      // a plan names the period to come; what it renews is of its family
      // and of an earlier period.)
      const bool period_to_come = !exact_year && m.relation == "plans_update" && !m.family.empty() &&
                                  !mctx.mission_year.empty() && m.year >= mctx.mission_year &&
                                  a.family == m.family && !a.year.empty() && a.year < m.year;
      if (!m.year.empty() && a.year != m.year &&
          (exact_year || !a.year.empty() || a.evidence != m.evidence) &&
          !(names_period_of(m, a) && !exact_year) && !signed_then_named && !period_to_come)
        return false;
      if (!a.family.empty() && !m.family.empty() && a.family != m.family) return false;
      // ("Convene the working group created under the new MOU": the one the
      // mission made, when it made one.)
      if (m.named_new && a.relation != "produced" && a.relation != "renewed" &&
          std::any_of(out.agreements.begin(), out.agreements.end(), [&](const AgreementMention& o) {
            return o.kind == m.kind && (o.relation == "produced" || o.relation == "renewed");
          }))
        return false;
      // ("Renouveler le programme de travail avec l'OFPPT pour 2025-2027"
      // is the work programme the report named, not the plain agreement
      // signed in 2025; one of its family first. Not for "l'entente de
      // coopération", everyday words for any agreement.)
      if (a.family.empty() && !m.family.empty() && m.family != "agreement" && !any_kind &&
          std::any_of(out.agreements.begin(), out.agreements.end(),
                      [&](const AgreementMention& o) { return o.family == m.family; }))
        return false;
      return any_domain || m.domains.empty() || a.domains.empty() || a.domains == m.domains;
    };
    std::size_t best = none;
    for (int pass = 0; pass < 5 && best == none; ++pass) {
      any_kind = pass >= 2 && pass < 4;
      any_domain = pass == 4;
      // (Not a signing: "deux protocoles ..., l'un en justice et l'autre en
      // enseignement supérieur" are two.)
      if (any_domain && (m.year.empty() || m.relation == "produced" || m.relation == "renewed")) break;
      const bool exact_year = pass % 2 == 0;
      for (std::size_t k = 0; k < out.agreements.size(); ++k) {
        const auto& a = out.agreements[k];
        if (k == other || !fits(a, exact_year)) continue;
        if (best == none) {
          best = k;
          continue;
        }
        // One of its own domains first ("l'Entente en matière de gouvernance
        // numérique" is the one named so, not "l'Entente en matière d'état
        // civil" named with no domain after it); then the nearest before it,
        // else the first after it.
        const auto& b = out.agreements[best];
        const bool a_same = !m.domains.empty() && a.domains == m.domains;
        const bool b_same = !m.domains.empty() && b.domains == m.domains;
        if (a_same != b_same) {
          if (a_same) best = k;
          continue;
        }
        const bool before = a.line <= m.line;
        const bool best_before = b.line <= m.line;
        if (before && (!best_before || a.line > b.line)) best = k;
        if (!before && !best_before && a.line < b.line) best = k;
      }
    }
    if (best == none) best = renewal_told_again(m, {}, other);
    if (best != none) {
      merged_index[i] = best;
      merge_into(out.agreements[best], m);
    } else if (!m.year.empty() && other != none && !out.agreements[other].partners.empty()) {
      // "The renewed agreement replaces the 2008 agreement": the older one
      // is with the same partners, not with the city it was signed in.
      m.partners = out.agreements[other].partners;
      m.title = retitled(m, m.partners, mctx);
      merged_index[i] = out.agreements.size();
      out.agreements.push_back(m);
    } else if ((!m.year.empty() || m.relation == "renewed") && !m.guessed_partners.empty()) {
      // (A renewal the report names nowhere else is still one: with the
      // partners around it.)
      m.partners = m.guessed_partners;
      merged_index[i] = out.agreements.size();
      out.agreements.push_back(m);
    } else if (!m.year.empty() && mission_countries.size() == 1 && !one_province_visited &&
               !provinces_are_places && !is_federation(mission_countries.front()) &&
               m.family != "work plan" && bilateral_with_country(m.evidence)) {
      // ("un avenant à l'Entente ... de 2012" in a mission to Rabat and
      // Casablanca, with no one around it: the agreement of the one country
      // it went to. Not in a mission to Munich: "Renouveler l'entente de
      // 2008" may well be Bavaria's.)
      m.partners = mission_countries;
      m.title = retitled(m, m.partners, mctx);
      merged_index[i] = out.agreements.size();
      out.agreements.push_back(m);
    } else if (!m.year.empty() && mctx.region.size() == 1 && m.family != "work plan" &&
               (mctx.mission_year.empty() || m.year <= mctx.mission_year) &&
               bilateral_with_country(m.evidence)) {
      // ("la ministre a signé l'avenant no 1 à l'Entente sur le livre et la
      // lecture conclue le 12 février 2016" in a mission to the
      // Wallonia-Brussels Federation alone: that government's.)
      m.partners = mctx.region;
      m.title = retitled(m, m.partners, mctx);
      merged_index[i] = out.agreements.size();
      out.agreements.push_back(m);
    }
  }
  // "Le protocole ... a été signé à Leipzig", in a mission to Dresden,
  // Leipzig and Chemnitz: with Saxony, which holds every place it went to,
  // rather than with the city that hosted the signing.
  // (A government that holds no place of its own, such as the
  // Wallonia-Brussels Federation, a community: the cities of its country the
  // mission went to are where it met, even when they lie in several regions.)
  std::vector<std::string> holder = mctx.region;
  const bool some_city_guessed =
      std::any_of(out.agreements.begin(), out.agreements.end(), [&](const AgreementMention& a) {
        if (!a.named_where_signed && a.partners_named) return false;
        return std::any_of(a.partners.begin(), a.partners.end(), [&](const std::string& c) {
          const Partner* city = ctx.gazetteer.find(c);
          return city != nullptr && city->kind == "city";
        });
      });
  if (holder.empty() && some_city_guessed) {
    // (Named as the mission's partner, or as the party of the report's
    // agreements: "l'Accord de coopération ... avec la Communauté française".)
    std::vector<std::string> named = mission.partners;
    for (const auto& a : out.agreements)
      if (a.partners_named)
        for (const auto& p : a.partners)
          add_unique(named, p);
    for (const auto& slug : named) {
      const Partner* p = ctx.gazetteer.find(slug);
      if (holds_no_places(p, ctx.gazetteer)) holder.push_back(slug);
    }
  }
  if (holder.size() == 1 && some_city_guessed) {
    const Partner* region = ctx.gazetteer.find(holder.front());
    const std::string region_country = region != nullptr ? region->parent : std::string();
    const bool region_without_places = !region_country.empty() && holds_no_places(region, ctx.gazetteer);
    // ("On 5 June the delegation visited the Suzuka Circuit. The two sides
    // agreed to amend the 2013 agreement": a city only guessed from around
    // the agreement, likewise; so is one an agreement named with it inherits
    // in its sentence: "le protocole ... signé le 3 mars 2019, qui a remplacé
    // le protocole de 2010".)
    // ("| Qingdao | Signature d'un second protocole |" and "un protocole
    // d'entente en santé avec Qingdao": a city the report names a party
    // elsewhere is one.)
    auto named_as_party = [&](const std::vector<std::string>& cities) {
      return std::any_of(out.agreements.begin(), out.agreements.end(), [&](const AgreementMention& b) {
        return b.partners_named && std::any_of(cities.begin(), cities.end(), [&](const std::string& c) {
                 return std::find(b.partners.begin(), b.partners.end(), c) != b.partners.end();
               });
      });
    };
    for (auto& a : out.agreements) {
      if (!a.named_where_signed && a.partners_named) continue;
      // (Not when the mayor or the city hall is named around it: "Le maire
      // de Gérone nous a reçus. Un échange de lettres a été conclu".)
      std::string around = a.evidence;
      for (const auto& b : a.told_before)
        around += " " + b;
      if (names_city_government(fold(around))) continue;
      if (!a.named_where_signed &&
          (names_body_of(around, a.partners, ctx.gazetteer) || named_as_party(a.partners)))
        continue;
      const bool held = std::all_of(a.partners.begin(), a.partners.end(), [&](const std::string& c) {
        const Partner* city = ctx.gazetteer.find(c);
        if (city == nullptr || city->kind != "city") return false;
        const auto up = ctx.gazetteer.ancestors(c);
        return std::find(up.begin(), up.end(), holder.front()) != up.end() ||
               (region_without_places && std::find(up.begin(), up.end(), region_country) != up.end());
      });
      if (!held) continue;
      a.title = retitled(a, holder, mctx);
      a.partners = holder;
      a.named_where_signed = false;
    }
  }
  // One signing told twice, once with the city it happened in ("Mardi 4
  // octobre — Barcelone : Signature de l'entente sur la santé numérique") and
  // once with the government that signed it ("Le MOU en santé numérique",
  // Catalonia's): one agreement, the government's, unless the city's own
  // government is named. Likewise one told with the mission's country only
  // because its sentence names no one ("Signing of the Clean Energy MOU at
  // the State House") and with the state that signed it: the state's.
  // (The domains of one told in fewer words are among the other's: "the
  // Clean Energy MOU", "the MOU on Clean Energy and Climate Cooperation".)
  auto told_twice = [&](const AgreementMention& a, const AgreementMention& b) {
    const std::set<std::string> sa(a.domains.begin(), a.domains.end()),
        sb(b.domains.begin(), b.domains.end());
    const bool kinds_fit = a.kind == b.kind ||
                           (a.kind == "mou" && b.kind == "agreement" && b.family.empty()) ||
                           (b.kind == "mou" && a.kind == "agreement" && a.family.empty());
    return &a != &b && a.relation == b.relation && (a.relation == "produced" || a.relation == "renewed") &&
           a.partners.size() == 1 && b.partners.size() == 1 && kinds_fit &&
           (a.family.empty() || b.family.empty() || a.family == b.family) &&
           (a.year.empty() || b.year.empty() || a.year == b.year) &&
           ((!b.domains.empty() && (std::includes(sa.begin(), sa.end(), sb.begin(), sb.end()) ||
                                    std::includes(sb.begin(), sb.end(), sa.begin(), sa.end()))) ||
            // (A renewal of the year's agreement: "Renouvellement de l'entente
            // LOJIQ–BIJ (2014)" in the results, the renewal told before.)
            (a.relation == "renewed" && !a.year.empty() && a.year == b.year &&
             (a.domains.empty() || b.domains.empty())));
  };
  auto inside = [&](const AgreementMention& inner, const AgreementMention& outer) {
    const auto up = ctx.gazetteer.ancestors(inner.partners.front());
    return std::find(up.begin(), up.end(), outer.partners.front()) != up.end();
  };
  auto names_own_partner = [&](const AgreementMention& a) {
    for (const auto& m : ctx.gazetteer.find_in_text(a.evidence)) {
      if (m.slug == a.partners.front()) return true;
    }
    return false;
  };
  // Folds agreement `c` into `holder`, which keeps its partners and title.
  auto fold_into = [&](std::size_t c, std::size_t holder) {
    AgreementMention told = out.agreements[c];
    const std::string title = out.agreements[holder].title;
    const std::vector<std::string> partners = out.agreements[holder].partners;
    merge_into(out.agreements[holder], told);
    out.agreements[holder].partners = partners;
    out.agreements[holder].title = title;
    if (told.kind == "mou") out.agreements[holder].kind = "mou";
    out.agreements.erase(out.agreements.begin() + static_cast<std::ptrdiff_t>(c));
    const std::size_t into = holder > c ? holder - 1 : holder;
    for (auto& k : merged_index) {
      if (k == none) continue;
      if (k == c)
        k = into;
      else if (k > c)
        --k;
    }
    for (auto& [signed_one, m] : plans_for_signed) {
      if (signed_one == c)
        signed_one = into;
      else if (signed_one > c)
        --signed_one;
    }
  };
  // The one agreement `fits` c, if only one does.
  auto only_one = [&](std::size_t c, auto fits) {
    std::size_t holder = none;
    for (std::size_t r = 0; r < out.agreements.size(); ++r) {
      if (r == c || !told_twice(out.agreements[c], out.agreements[r]) || !fits(out.agreements[r])) continue;
      if (holder != none) return none; // two: not known which
      holder = r;
    }
    return holder;
  };
  for (std::size_t c = 0; c < out.agreements.size(); ++c) {
    const AgreementMention& guessed = out.agreements[c];
    if (guessed.partners.size() != 1 || names_own_partner(guessed)) continue;
    // (Only the mission's country, taken for want of a name: a province
    // guessed as the one holding every place the mission went to is the
    // better guess than a city its diary names.)
    const Partner* country = ctx.gazetteer.find(guessed.partners.front());
    if (country == nullptr || country->kind != "country") continue;
    const std::size_t holder =
        only_one(c, [&](const AgreementMention& r) { return inside(r, guessed) && names_own_partner(r); });
    if (holder == none) continue;
    fold_into(c, holder);
    --c;
  }
  // (Only a city, named in its sentence at most as where it happened: "Le
  // Shandong" named as the one who signed is an agreement of its own. A
  // city in a table's cell is its row's place: "25 février | Rabat |
  // Signature de l'entente".)
  static const Pattern located_at(R"((?:^|[\s,(])(?:à|À|a|au|Au|in|In|at|At|—|–|-|\|)\s*$)");
  auto named_as_party = [&](const AgreementMention& a) {
    for (const auto& m : ctx.gazetteer.find_in_text(a.evidence)) {
      if (m.slug != a.partners.front()) continue;
      const std::size_t from = m.begin > 6 ? m.begin - 6 : 0;
      if (!located_at.found_in(std::string_view(a.evidence).substr(from, m.begin - from))) return true;
    }
    return false;
  };
  // (Nor one another sentence merged into it names as the party: "|
  // Qingdao | Signature d'un second protocole" and "Le ministre a également
  // signé un protocole d'entente avec Qingdao"; nor "a second" one.)
  auto party_elsewhere = [&](std::size_t c) {
    for (std::size_t k = 0; k < mentions.size(); ++k) {
      if (merged_index[k] != c || mentions[k].partners != out.agreements[c].partners) continue;
      if (named_as_party(mentions[k])) return true;
    }
    return false;
  };
  static const Pattern another_one(
      R"(\b(?:second|seconde|deuxieme|troisieme|autre|nouvel|additionnel|another|additional|further|other)\b)");
  for (std::size_t c = 0; c < out.agreements.size(); ++c) {
    const AgreementMention& city = out.agreements[c];
    if (city.partners.size() != 1 || names_city_government(fold(city.evidence))) continue;
    const Partner* place = ctx.gazetteer.find(city.partners.front());
    if (place == nullptr || place->kind != "city" || named_as_party(city) || party_elsewhere(c) ||
        another_one.found_in(fold(city.evidence)))
      continue;
    const std::size_t holder = only_one(c, [&](const AgreementMention& r) { return inside(city, r); });
    if (holder == none) continue;
    fold_into(c, holder);
    --c;
  }
  for (const auto& [signed_one, m] : plans_for_signed) {
    AgreementMention plan = out.agreements[signed_one];
    plan.relation = "plans_update";
    plan.evidence = m.evidence;
    plan.told_before = m.told_before;
    plan.heading = m.heading;
    plan.line = m.line;
    plan.line_end = m.line_end;
    plan.term_years = 0;
    plan.stated.clear();
    out.agreements.push_back(std::move(plan));
  }
  for (const auto& a : out.agreements) {
    for (const auto& p : a.partners)
      add_unique(mission.partners, p);
  }
  // Another government's agreements are its own, kept apart from the home
  // government's with the same partner and year; unless the sentence names
  // the home government as the party ("the Québec–Shandong agreement").
  // One it signed with the home government ("with the Government of
  // Québec") is the home government's with it.
  if (!reporter.empty()) {
    const auto registry_home = home_set(ctx);
    auto is_registry_home = [&](const std::string& p) {
      return std::find(registry_home.begin(), registry_home.end(), p) != registry_home.end();
    };
    MentionContext ours = mctx;
    ours.home = registry_home;
    for (auto& a : out.agreements) {
      if (a.partners.empty()) continue;
      if (std::any_of(a.partners.begin(), a.partners.end(), is_registry_home)) {
        std::vector<std::string> theirs{reporter};
        for (const auto& p : a.partners) {
          if (!is_registry_home(p)) add_unique(theirs, p);
        }
        a.title = retitled(a, theirs, ours);
        a.partners = std::move(theirs);
        continue;
      }
      if (std::find(a.partners.begin(), a.partners.end(), reporter) == a.partners.end())
        a.partners.insert(a.partners.begin(), reporter);
    }
  }
  // "The two governments signed a new Memorandum ..., which replaces the
  // expired 2010 MOU": a signing whose sentence names no partner is with
  // the partners of the agreement it replaces.
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const auto& m = mentions[i];
    if (m.relates != "supersedes" || m.linked == 0 || m.partners_named || merged_index[i] == none) continue;
    const auto j = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(i) + m.linked);
    if (j >= mentions.size() || merged_index[j] == none || merged_index[i] == merged_index[j]) continue;
    auto& newer = out.agreements[merged_index[i]];
    const auto& older = out.agreements[merged_index[j]];
    if ((newer.relation != "produced" && newer.relation != "renewed") || older.partners.empty() ||
        newer.partners != m.partners || newer.partners == older.partners)
      continue;
    newer.title = retitled(newer, older.partners, mctx);
    newer.title_names = "";
    newer.partners = older.partners;
  }
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const auto& m = mentions[i];
    if (m.relates.empty() || m.linked == 0) continue;
    const auto j = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(i) + m.linked);
    if (j >= mentions.size() || merged_index[i] == none || merged_index[j] == none ||
        merged_index[i] == merged_index[j])
      continue;
    ExtractedRelation r{merged_index[i], m.relates, merged_index[j], m.evidence, m.line};
    if (std::none_of(out.relations.begin(), out.relations.end(), [&](const ExtractedRelation& o) {
          return o.from == r.from && o.type == r.type && o.to == r.to;
        }))
      out.relations.push_back(std::move(r));
  }

  // Keeps a unit's recommendations with the partners and agreements they name.
  auto keep_recommendations = [&](std::size_t i, std::vector<Recommendation>& recs) {
    // "La directrice Europe, / Martine Vaillancourt" after the last one: who
    // signed the memo, not a recommendation.
    static const Pattern signature(
        R"(^(?:Le|La|L'|The)\s*[^,.;:]{2,60},\s+((?:(?:[A-Z]|\xc3[\x80-\x9e])[^\s,.;:]+\s+){1,3}(?:[A-Z]|\xc3[\x80-\x9e])[^\s,.;:]+)\s*$)");
    std::erase_if(recs, [&](const Recommendation& r) {
      const std::string trimmed = trim(r.text);
      auto m = signature.search(trimmed);
      if (!m || r.line == r.line_end) return false;
      // (A title, not a sentence wrapped before a name: "La coordination
      // sera confiée à notre attachée, / Mme Julie Roy".)
      static const Pattern sentence(
          R"(\b(?:sera|seront|est|sont|a|ont|will|would|should|shall|is|are|be|must|doit|devra|confiee?s?|involve|assigned)\b)");
      const std::string before = fold(std::string_view(r.text).substr(0, r.text.find(',')));
      if (sentence.found_in(before) || fold_words(before).size() > 6 || !leading_honorific(m->str(1)).empty())
        return false;
      if (mission.author.empty()) mission.author = m->str(1);
      return true;
    });
    // "Veuillez agréer, Madame la Ministre, l'expression de nos sentiments
    // distingués.", "Respectfully submitted": a letter's close.
    std::erase_if(recs, [](const Recommendation& r) {
      static const Pattern closing(
          R"(^\W*(?:veuillez (?:agreer|recevoir|accepter)|je vous prie (?:d'agreer|de recevoir|d'accepter)|nous vous prions (?:d'agreer|de recevoir)|recevez|agreez|cordialement|salutations|please accept|respectfully(?: submitted| yours)?|sincerely|yours (?:sincerely|truly|faithfully)|(?:with )?(?:best|kind|warm) regards)\b)");
      return closing.found_in(fold(r.text));
    });
    // "None.", "Néant": the section says there is nothing to recommend.
    std::erase_if(recs, [](const Recommendation& r) {
      static const std::array<std::string_view, 8> nothing = {"none", "aucune", "aucun", "neant",
                                                              "n/a",  "na",     "nil",   "sans objet"};
      const std::string f = fold(trim(r.text));
      // ("• • • •": the bullets of an empty column of a table a PDF gave as text.)
      return fold_words(f).empty() || f == "ras" ||
             std::find(nothing.begin(), nothing.end(), f) != nothing.end() ||
             f.starts_with("aucune recommandation") || f.starts_with("pas de recommandation") ||
             f.starts_with("none at ") || f.starts_with("no recommendation");
    });
    for (auto& r : recs) {
      r.partners = named_partners(r.text, mctx);
      namesakes_in_mission_country(r.partners, r.text, ctx.gazetteer, mission_countries);
      namesakes_among_mission_places(r.partners, r.text, ctx.gazetteer, mission.partners);
      std::vector<std::size_t> named;
      for (std::size_t k = 0; k < mentions.size(); ++k) {
        if (mention_unit[k] == i && mentions[k].line >= r.line && mentions[k].line <= r.line_end &&
            merged_index[k] != none &&
            std::find(named.begin(), named.end(), merged_index[k]) == named.end()) {
          named.push_back(merged_index[k]);
        }
      }
      mission.recommendations.push_back(std::move(r));
      out.recommendation_agreements.push_back(std::move(named));
    }
  };
  // Recommendations: each item of a recommendations section (or each
  // sentence when the section is running text).
  // (A signature block closes the last section: "Signature :", then the
  // signer's name, title and "Québec, le 8 novembre 2010".)
  static const Pattern signature(
      R"(^\W*(?:(?:signatures?|signe|signed|le signataire|la signataire)\W*|_{4,}.*|original signe par .{0,60}|\(signe\) .{0,60})$)");
  int signed_off = -1; // the section a signature block closed
  for (std::size_t i = 0; i < layout.units.size(); ++i) {
    const Unit& u = layout.units[i];
    if (u.section < 0 || layout.sections[static_cast<std::size_t>(u.section)].kind != "recommendations")
      continue;
    if (u.section == signed_off) continue;
    if (u.kind != Unit::item_unit && u.text().size() <= 80 && signature.found_in(fold(u.text()))) {
      signed_off = u.section;
      continue;
    }
    bool section_has_items = std::any_of(layout.units.begin(), layout.units.end(), [&](const Unit& o) {
      return o.section == u.section && o.kind == Unit::item_unit;
    });
    std::vector<Recommendation> recs;
    if (u.kind == Unit::item_unit) {
      Recommendation r;
      r.text = strip_end_punct(u.text());
      r.line = u.line;
      r.line_end = u.line_end;
      recs.push_back(r);
    } else if (u.kind == Unit::paragraph_unit && !section_has_items) {
      for (const auto& s : split_sentences(u.joined)) {
        Recommendation r;
        r.text = strip_end_punct(s.text);
        r.line = s.line;
        r.line_end = s.line_end;
        recs.push_back(r);
      }
    }
    keep_recommendations(i, recs);
  }
  // Without such a section, the sentences that recommend ("Il est recommandé
  // que...", "We recommend that...") and the "Suivi : ..." lines are them.
  const bool has_recommendations_section =
      std::any_of(layout.sections.begin(), layout.sections.end(),
                  [](const Section& s) { return s.kind == "recommendations"; });
  for (std::size_t i = 0; i < layout.units.size() && !has_recommendations_section; ++i) {
    const Unit& u = layout.units[i];
    if (u.kind != Unit::paragraph_unit) continue;
    static const Pattern recommending(
        R"(^(?:il est (?:donc |aussi |également )?recommandé|nous recommandons|(?:la|le|les) \S+(?: \S+)? recommande(?:nt)?|il est proposé de|we (?:also )?recommend|it is (?:also )?recommended|the \S+(?: \S+)? recommends?)(?:\s|$))",
        Pattern::Case::Insensitive);
    static const Pattern follow_up(
        R"(^(?:suivi|suites?(?: à donner)?|follow[- ]up|next steps?|recommandations?|recommendations?)\s*:\s*(.+)$)",
        Pattern::Case::Insensitive);
    std::vector<Recommendation> recs;
    for (const auto& s : split_sentences(u.joined)) {
      Recommendation r;
      if (auto m = follow_up.search(s.text)) {
        r.text = strip_end_punct(m->str(1));
      } else if (recommending.found_in(s.text)) {
        r.text = strip_end_punct(s.text);
      } else {
        continue;
      }
      r.line = s.line;
      r.line_end = s.line_end;
      recs.push_back(std::move(r));
    }
    keep_recommendations(i, recs);
  }

  // Domains of the mission: what it set out to do and what came of it.
  std::string purpose = mission.title + "\n" + subject + "\n";
  bool has_body_sections = std::any_of(layout.sections.begin(), layout.sections.end(), [](const Section& s) {
    return s.kind == "objectives" || s.kind == "results" || s.kind == "recommendations";
  });
  for (const auto& u : layout.units) {
    if (u.kind != Unit::paragraph_unit && u.kind != Unit::item_unit) continue;
    std::string kind = u.section >= 0 ? layout.sections[static_cast<std::size_t>(u.section)].kind : "";
    if (!has_body_sections || kind == "objectives" || kind == "results" || kind == "recommendations") {
      purpose += u.text() + "\n";
    }
  }
  // Ministry names ("ministère des Relations internationales et de la
  // Francophonie") name no field of cooperation.
  static const Pattern ministry_name(
      R"((?:[Mm]inist(?:e|è)re|Ministry|Department|Direction|Directorate) (?:[^,;.\n]*?)(?= afin| pour| in order|[,;.\n]|$))");
  purpose = ministry_name.replace_all(purpose, " ");
  for (const auto& m : ctx.taxonomy.find_in_text(purpose))
    add_unique(mission.domains, m.slug);
  for (const auto& a : out.agreements) {
    for (const auto& d : a.domains)
      add_unique(mission.domains, d);
  }

  bool recognised = std::any_of(layout.sections.begin(), layout.sections.end(),
                                [](const Section& s) { return s.kind != "other"; });
  if (!recognised) out.warnings.push_back("no recognisable sections");
  if (mission.start_date.empty()) out.warnings.push_back("no mission dates found");
  if (mission.places.empty()) out.warnings.push_back("no places found");
  if (mission.delegation.empty()) out.warnings.push_back("no delegation found");
  if (mission.title.empty()) out.warnings.push_back("no title found");
  return out;
}

} // namespace entente::indexer
