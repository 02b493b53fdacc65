#include "indexer/agreement_links.hpp"

#include "indexer/pattern.hpp"

namespace entente::indexer {
namespace {

// The little words between a verb and the name it governs: "remplace l'",
// "replaces the", "dans le cadre de l'", "under the".
// (With the adjectives that come before a name: "under the new MOU",
// "which replaces the expired 2010 MOU".)
#define ENTENTE_LINK_DETERMINERS                                                                             \
  R"((?:(?:\s+|(?<='))(?:l'|d'|(?:la|le|les|un|une|de|du|des|son|sa|ses|leur|leurs|cette|ce|cet|the|an|a|of|its|their|this|that|au|aux|new|nouvel|nouvelle|nouveau|expired|lapsed|former|previous|old|earlier|existing|echue?|ancienne?|precedente?)\b))*\s*$)"

// Said in the negative, on the verb or its auxiliary: "ne remplace pas",
// "n'a pas remplacé", "does not replace", "was not replaced by"; not "that
// was never applied was replaced by".
bool negated(std::string_view before_cue) {
  static const Pattern negation(
      R"((?:\bne\b|\bn'|\bnot\b|\bnever\b|\bjamais\b|\bno longer\b|n't\b)\s*(?:\w+\s+)?(?:(?:pas|jamais|plus)\s+)?(?:(?:ete|been)\s+)?$)");
  return negation.found_in(before_cue);
}

// A replacement to come ("devrait remplacer", "is expected to replace",
// "destiné à remplacer"): the older one is still to update.
bool to_come(std::string_view before_cue) {
  static const Pattern modal(
      R"(\b(?:devra|devront|devrait|devraient|doit|doivent|pourra|pourront|pourrait|pourraient|va|vont|sera|seront|serait|seraient|will|would|could|should|shall|must|vise a|visent a|visant a|aims? to|is to|are to|intended to|expected to|set to|meant to|destinee?s? a|appelee?s? a|expected|intended|meant|likely)\s+(?:\w+\s+){0,2}$)");
  return modal.found_in(before_cue);
}

// "remplacera l'", "will replace the", "will supersede the".
bool future_form(std::string_view cue) {
  return cue.starts_with("remplacera") || cue.starts_with("succedera") || cue.starts_with("will ");
}

} // namespace

AgreementLink link_before(std::string_view lead) {
  // Written as the new agreement's own verb: "qui remplace l'", "remplaçant
  // le", "en remplacement de l'", "succède à l'", "replaces the", "in place
  // of the"; or to come: "remplacera l'", "will replace the".
  static const Pattern replaces(
      R"(\b(?:remplacera|remplaceront|succedera|will replace|will supersede|remplace|remplacent|remplacait|remplacaient|remplacant|remplacer|en remplacement|succede|succedent|succedant|succedait|replaces|replaced|replacing|to replace|supersedes|superseded|superseding|to supersede|in place|en lieu et place|takes the place|took the place|prend la place|a pris la place)\b(?:\s+(?:a|au|aux|of)\b)?)" ENTENTE_LINK_DETERMINERS);
  // "a été remplacée par une nouvelle", "was superseded by a new": the
  // agreement named before is the one replaced.
  static const Pattern replaced_by(
      R"(\b(?:remplacee?s?|replaced|superseded|supplantee?s?)\s+(?:par|by)\b(?:\s+[\w'-]+\b){0,4}?)" ENTENTE_LINK_DETERMINERS);
  static const Pattern works_under(
      R"(\b(?:dans le cadre|en vertu|en application|en execution|aux termes|au titre|conformement|mise en oeuvre|met en oeuvre|mettent en oeuvre|mettant en oeuvre|mettre en oeuvre|(?:qui|that|which) (?:mettait|mettaient|mettra|mettront) en oeuvre|prevue?s? par|decoulant|under|pursuant to|implementing|implements|(?:which|that) implemented|to implement|implementation of|in the framework|within the framework|provided for (?:by|in|under)|set out in|derived from)\b(?:\s+(?:de\b|d'|du\b|des\b|of\b|a\b|au\b|aux\b))?)" ENTENTE_LINK_DETERMINERS);
  struct Rule {
    const Pattern* pattern;
    AgreementLink link;
  };
  for (const Rule& r :
       {Rule{&replaced_by, AgreementLink::replaced_by}, Rule{&replaces, AgreementLink::replaces},
        Rule{&works_under, AgreementLink::works_under}}) {
    if (auto m = r.pattern->search(lead)) {
      const std::string_view before = lead.substr(0, m->position());
      if (r.link != AgreementLink::works_under && negated(before)) return AgreementLink::none;
      if (r.link == AgreementLink::replaces && (future_form(m->view()) || to_come(before)))
        return AgreementLink::will_replace;
      // ("sera remplacée par un protocole", "will be replaced by a full
      // MOU": the newer one is to come.)
      static const Pattern future_be(
          R"(\b(?:sera|seront|serait|seraient|devra|devront|devrait|devraient|doit|doivent|will|would|should|shall|must|is to|are to|is expected to|are expected to)\s+(?:\w+\s+)?(?:etre|be)\s+$)");
      // (Only by one not made yet, "by a full MOU", "par un protocole"; not
      // "by the MOU signed on October 16", which is.)
      static const Pattern by_new_one(R"(\b(?:par|by)\s+(?:un|une|a|an)\b)");
      if (r.link == AgreementLink::replaced_by && future_be.found_in(before) &&
          by_new_one.found_in(m->view()))
        return AgreementLink::will_be_replaced_by;
      if (r.link == AgreementLink::replaced_by && to_come(before)) continue;
      // "qui a été remplacée par" with a modal before "être": a plan, which
      // the cues read.
      if (r.link == AgreementLink::replaced_by) {
        static const Pattern modal_be(R"(\b(?:etre|be)\s+$)");
        // ("must be replaced by a protocol under the new MOU": what it is to
        // the one named before it the words right before it may still say.)
        if (modal_be.found_in(lead.substr(0, m->position()))) continue;
      }
      return r.link;
    }
  }
  return AgreementLink::none;
}

std::optional<ReplacedByPronoun> replaced_by_pronoun(std::string_view clause) {
  static const Pattern pronoun(
      R"(\b(?:remplacera|remplaceront|will replace|remplacer|to replace|remplace|remplacent|remplacait|a remplace|ont remplace|avait remplace|remplacant|en remplacement de|succede a|a succede a|succedant a|replaces|replaced|replacing|supersedes|superseded|superseding|in place of)\s+(?:(?:celle|celui|that|the one)(?:\s+(?:qui|which|that|a|avait|had|has|was|ete|been|etait|de|d'|du|signee?|conclue?|of|signed|concluded|from|en|in)\b)*\s*((?:19|20)\d\d)|the ((?:19|20)\d\d) (?:one|version|text))\b)");
  auto m = pronoun.search(clause);
  if (!m || negated(clause.substr(0, m->position()))) return std::nullopt;
  const bool later = future_form(m->view()) || to_come(clause.substr(0, m->position()));
  return ReplacedByPronoun{m->matched(1) && m->length(1) > 0 ? m->str(1) : m->str(2), m->position(), later};
}

} // namespace entente::indexer
