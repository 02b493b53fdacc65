#include "indexer/agreement_lists.hpp"

#include "indexer/french_dates.hpp"
#include "indexer/month_names.hpp"
#include "indexer/pattern.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

namespace entente::indexer {
namespace {

bool made(const ListedName& l) {
  return l.last > l.first;
}

// Whether nothing but a coordinator stands between two names: "et sur l'",
// ", ainsi que le", "and the". Not a verb of its own, not a partner.
// (English puts the rest of a name before it: "and the digital governance
// agreement".) A partner between them is the first one's own, unless
// `partners_between` allows it.
bool listed_together(const FoldedText& f, const ListedName& a, const ListedName& b,
                     const std::vector<std::size_t>& verbs, const std::vector<PartnerMention>& partners,
                     bool partners_between = false) {
  if (b.name_begin < a.end || b.name_begin - a.end > 80) return false;
  static const Pattern coordinated(
      R"(^[^.;:()]*?(?:,|\bet|\band|\bainsi que|\bas well as)\s+(?:(?:sur|de|du|des|avec|a|au|aux|pour|on|of|with|to|about|for)\s+)?(?:(?:l'|le|la|les|un|une)\s*|(?:the|an?)\s+(?:[a-z-]+\s+){0,3})?$)");
  if (!coordinated.found_in(std::string_view(f.text).substr(a.end, b.name_begin - a.end))) return false;
  const bool verb_between =
      std::any_of(verbs.begin(), verbs.end(), [&](std::size_t v) { return v >= a.end && v < b.name_begin; });
  const std::size_t from = f.source_offset(a.end), to = f.source_offset(b.name_begin);
  const bool partner_between = std::any_of(partners.begin(), partners.end(), [&](const PartnerMention& m) {
    return m.begin >= from && m.begin < to;
  });
  return !verb_between && (partners_between || !partner_between);
}

} // namespace

void share_partners_across_list(std::vector<AgreementMention>& out, const std::vector<ListedName>& listed,
                                const FoldedText& f, const std::vector<std::size_t>& verbs,
                                const std::vector<PartnerMention>& partners, const MentionContext& ctx) {
  // From the last of a list back to its first.
  for (std::size_t h = listed.size(); h-- > 1;) {
    const ListedName& a = listed[h - 1];
    const ListedName& b = listed[h];
    if (!made(a) || !made(b) || !listed_together(f, a, b, verbs, partners)) continue;
    const auto& named = out[b.first].partners;
    // (Named after the last one's name, where it speaks of them all.)
    const bool after_last =
        !named.empty() && std::all_of(named.begin(), named.end(), [&](const std::string& p) {
          return std::any_of(partners.begin(), partners.end(), [&](const PartnerMention& m) {
            return m.slug == p && m.begin >= f.source_offset(b.end);
          });
        });
    if (!after_last) continue;
    for (std::size_t k = a.first; k < a.last; ++k) {
      // (One named by its year is known by it: "l'entente de 2008 et le
      // protocole avec la ville de Qingdao".)
      if (!out[k].partners.empty() || !out[k].year.empty() || out[k].relation != out[b.first].relation)
        continue;
      out[k].title = retitled(out[k], named, ctx);
      out[k].partners = named;
      out[k].partners_named = true;
      out[k].guessed_partners.clear();
    }
  }
}

// The verb right before the word and the dates right after it
// ("signées respectivement le 8 juin 1999 et le 12 octobre 2017"), or the
// verb, the dates, then the word ("signed in 1999 and 2017 respectively"):
// nothing else between them ("ont financé respectivement 12 et 20 projets
// en 2022 et 2023" dates no signing).
#define ENTENTE_LISTED_DATE                                                                                  \
  R"((?:(?:le|en|in|on|du|au|the)\s+)?(?:\d{1,2}(?:er|st|nd|rd|th)?\s+(?:of\s+)?)" ENTENTE_MONTH_NAME        \
  R"(\s+|)" ENTENTE_MONTH_NAME                                                                               \
  R"(\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?(?:\d{1,2}[/.]\d{1,2}[/.])?(?:19|20)\d\d(?:-\d\d-\d\d)?)"
#define ENTENTE_LISTED_DATES ENTENTE_LISTED_DATE R"((?:\s*,?\s*(?:et|and)?\s*)" ENTENTE_LISTED_DATE R"()+)"
#define ENTENTE_LISTED_VERB                                                                                  \
  R"((signee?s?|signed|conclue?s?|concluded|adoptee?s?|adopted|renouvelee?s?|reconduite?s?|prolongee?s?|renewed|extended|expirees?|expire|expirent|expireront|expired|echue?s?|ended|lapsed|(?:ont |avaient |prennent |prendront |prenaient )?(?:pris )?fin|arrivee?s? a (?:echeance|terme)|came to an end|resiliee?s?|abrogee?s?|denoncee?s?|terminated))"
// (With where, between: "signées à Paris respectivement", "signed in
// Paris in 1999 and 2017 respectively".)
#define ENTENTE_LISTED_PLACE R"((?:\s+(?:a|au|en|in|at)\s+[\w'-]+(?:\s+[\w'-]+)?)?)"

void share_dates_respectively(std::vector<AgreementMention>& out, const std::vector<ListedName>& listed,
                              const Sentence& sentence, const FoldedText& f,
                              const std::vector<std::size_t>& verbs,
                              const std::vector<PartnerMention>& partners, const MentionContext& ctx) {
  const std::string& text = sentence.text;
  const int line = sentence.line;
  static const Pattern respectively(R"(\b(?:respectivement|respectively)\b)");
  const auto r = respectively.search(f.text);
  if (!r) return;
  std::size_t last = listed.size();
  for (std::size_t h = 0; h < listed.size(); ++h) {
    if (listed[h].end <= r->position()) last = h;
  }
  if (last == listed.size()) return;
  std::size_t first = last;
  while (first > 0 && made(listed[first - 1]) &&
         listed_together(f, listed[first - 1], listed[first], verbs, partners, true))
    --first;
  // ("Les ententes avec la Bavière et avec la Saxe, signées respectivement
  // ...": one name, a mention for each partner.)
  std::vector<std::size_t> mentions;
  for (std::size_t h = first; h <= last; ++h) {
    for (std::size_t k = listed[h].first; k < listed[h].last; ++k)
      mentions.push_back(k);
  }
  if (mentions.size() < 2) return;
  static const Pattern verb_before(R"(\b)" ENTENTE_LISTED_VERB ENTENTE_LISTED_PLACE
                                   R"((?:\s+[a-z]+)?\s*,?\s*$)");
  static const Pattern dates_after(R"(^\s*,?\s*()" ENTENTE_LISTED_DATES R"())");
  static const Pattern verb_and_dates_before(R"(\b)" ENTENTE_LISTED_VERB
                                             R"((?:\s+(?:in|at)\s+[A-Za-z'-]+)?\s+()" ENTENTE_LISTED_DATES
                                             R"()\s*,?\s*$)");
  const std::string_view lead =
      std::string_view(f.text).substr(listed[last].end, r->position() - listed[last].end);
  // ("dont les comités ont été renouvelés respectivement en 2020 et 2022":
  // what they hold, not they.)
  static const Pattern theirs(R"(\b(?:dont|whose|leurs?|their)\b)");
  if (theirs.found_in(lead)) return;
  std::string verb;
  std::size_t from = 0, to = 0;
  if (auto v = verb_before.search(lead);
      v && dates_after.found_in(std::string_view(f.text).substr(r->end()))) {
    verb = v->str(1);
    const auto d = dates_after.search(std::string_view(f.text).substr(r->end()));
    from = r->end() + d->position(1);
    to = from + d->length(1);
  } else if (auto vd = verb_and_dates_before.search(lead)) {
    verb = vd->str(1);
    from = listed[last].end + vd->position(2);
    to = from + vd->length(2);
  } else {
    return;
  }
  // ("qui ont expiré respectivement en 2019 et en 2021": their ends;
  // "renouvelées respectivement en 2009 et en 2019": their renewals.)
  std::string event;
  static const Pattern renewal(R"(^(?:renouvel|recondui|prolong|renewed|extended))");
  static const Pattern ending(
      R"(^(?:expir|echu|ended|lapsed|came|arrive|ont |avaient |prennent |prendront |prenaient |pris |fin))");
  static const Pattern termination(R"(^(?:resili|abrog|denonc|terminated))");
  if (renewal.found_in(verb))
    event = "renewed";
  else if (ending.found_in(verb))
    event = "expired";
  else if (termination.found_in(verb))
    event = "terminated";
  static const Pattern year_re(R"(\b((?:19|20)\d\d)\b)");
  std::vector<std::pair<std::string, std::string>> dates; // year, day
  std::size_t segment = from;
  for (const auto& y : year_re.all(std::string_view(f.text).substr(from, to - from))) {
    const std::size_t y_end = from + y.end();
    std::string day;
    if (auto d =
            find_day_in_year(std::string_view(f.text).substr(segment, y_end - segment), std::stoi(y.str(1)));
        d && d->size() == 10)
      day = *d;
    dates.emplace_back(y.str(1), day);
    segment = y_end;
  }
  if (dates.size() != mentions.size()) return;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const auto& [year, day] = dates[i];
    AgreementMention& m = out[mentions[i]];
    if (m.relation != "references" && m.relation != "plans_update") continue;
    if (!event.empty()) {
      std::erase_if(m.stated, [&](const AgreementEvent& e) {
        return e.type == event || (event != "renewed" && (e.type == "expired" || e.type == "terminated"));
      });
      // (A year of the list is an end or a renewal, not its signing.)
      if (std::any_of(dates.begin(), dates.end(), [&](const auto& d) { return d.first == m.year; })) {
        if (m.title.ends_with(" (" + m.year + ")")) m.title.resize(m.title.size() - 7);
        m.year.clear();
        m.signed_day.clear();
      }
      AgreementEvent e;
      e.type = event;
      e.date = day.empty() ? year : day;
      e.evidence = text;
      e.line = line;
      m.stated.push_back(std::move(e));
      continue;
    }
    if (!ctx.mission_year.empty() && year >= ctx.mission_year) continue;
    if (m.title.size() > 7 && m.title.ends_with(")") && m.title[m.title.size() - 6] == '(')
      m.title.resize(m.title.size() - 7);
    m.title += " (" + year + ")";
    m.year = year;
    m.signed_day = day;
  }
}

#undef ENTENTE_LISTED_PLACE
#undef ENTENTE_LISTED_VERB
#undef ENTENTE_LISTED_DATES
#undef ENTENTE_LISTED_DATE

} // namespace entente::indexer
