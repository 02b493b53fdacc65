#pragma once
// A registry built the way ingest and curators build it, for the tests of
// commitments, audit and timeline: the 2017 health mission to China (the
// real example in data/reports), a 2019 mission that names only Qingdao and
// Yantai, a 2020 mission whose report says the Shandong agreement was
// renewed, and agreements entered by hand.
#include "../support.hpp"
#include "registry/dates.hpp"
#include "registry/store.hpp"

#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>

namespace entente::test {

inline Place place(std::string text, std::string partner, int line) {
  return {std::move(text), std::move(partner), line};
}

inline ExtractedAgreement mention(std::string kind, std::string title, std::vector<std::string> partners,
                                  std::string signed_date, std::string relation, std::string evidence,
                                  int line, std::vector<std::string> domains = {}) {
  ExtractedAgreement ex;
  ex.draft.kind = std::move(kind);
  ex.draft.title = std::move(title);
  ex.draft.partners = std::move(partners);
  ex.draft.signed_date = std::move(signed_date);
  ex.draft.domains = std::move(domains);
  ex.relation = std::move(relation);
  ex.evidence = std::move(evidence);
  ex.line = line;
  ex.line_end = line + 2;
  return ex;
}

inline Recommendation recommendation(std::string text, int line, std::vector<std::string> partners = {}) {
  Recommendation r;
  r.text = std::move(text);
  r.line = line;
  r.line_end = line + 2;
  r.partners = std::move(partners);
  return r;
}

inline Agreement by_hand(std::string kind, std::string title, std::vector<std::string> partners,
                         std::string signed_date, std::vector<std::string> domains = {}) {
  Agreement a;
  a.kind = std::move(kind);
  a.title = std::move(title);
  a.partners = std::move(partners);
  a.signed_date = std::move(signed_date);
  a.domains = std::move(domains);
  a.origin = "hand";
  return a;
}

inline MissionInput mission_input(std::string path, std::string title, std::string start, std::string end,
                                  std::vector<Place> places, std::vector<std::string> partners) {
  MissionInput in;
  in.document.path = std::move(path);
  in.document.sha256 = in.document.path; // unique per file is all store_mission needs
  in.document.size = 1000;
  in.document.format = "txt";
  in.mission.title = std::move(title);
  in.mission.ministry = "Ministère de la Santé et des Services sociaux";
  in.mission.language = "fr";
  in.mission.start_date = std::move(start);
  in.mission.end_date = std::move(end);
  in.mission.places = std::move(places);
  in.mission.partners = std::move(partners);
  return in;
}

// An MOU with Wallonia signed in 2021 whose end a person recorded as `ends`
// ("2025": told for a year, counting from its last day).
inline Agreement ending_mou(std::string title, std::string ends) {
  Agreement a = by_hand("mou", std::move(title), {"wallonia"}, "2021-05-01");
  AgreementEvent end;
  end.type = "expired";
  end.date = std::move(ends);
  end.source_kind = "hand";
  a.events.push_back(std::move(end));
  return a;
}

// Stores a one-link mission titled by its path (starting and ending on
// `start`) and gives the agreement its link went to.
inline Id link_of_stored(Store& s, const std::string& path, const std::string& start, ExtractedAgreement ex) {
  auto in = mission_input(path, path, start, start, {}, {});
  in.agreements = {std::move(ex)};
  if (s.store_mission(in) != StoreOutcome::Added) throw std::runtime_error(path + " was not added");
  for (const auto& m : s.list_missions()) {
    if (m.title == path) return s.get_mission(m.id).links.at(0).agreement_id;
  }
  throw std::runtime_error("no mission " + path);
}

inline const char* const kChinaReport = "data/reports/2017-09_sante_chine_shanghai_qingdao_jinan_beijing.txt";
inline const char* const kQingdaoReport = "reports/2019-05_qingdao_yantai.txt";
inline const char* const kRenewalReport = "reports/2020-11_jinan_renouvellement.txt";

struct AnswersRegistry {
  TempDir dir;
  std::unique_ptr<Store> store;
  Id shanghai_2011 = 0, shandong_2008 = 0, qingdao_mou_2015 = 0, yantai_2012 = 0, bavaria_1989 = 0,
     idf_2014_expiring = 0;
  Id china_mou_disease = 0, china_mou_medtech = 0;
  Id mission_2017 = 0, mission_2019 = 0, mission_2020 = 0;

  explicit AnswersRegistry(bool with_renewal_report = true) {
    ::setenv("ENTENTE_TODAY", "2024-06-30", 1);
    store = std::make_unique<Store>(dir.str(), Access::Write);
    Store& s = *store;
    // As a curator or an import from Quebec's registry would enter them.
    shanghai_2011 = s.create_agreement(
        by_hand("agreement", "Entente de coopération entre le Québec et la municipalité de Shanghai",
                {"shanghai"}, "2011", {"health"}));
    shandong_2008 = s.create_agreement(
        by_hand("agreement", "Entente de coopération entre le Québec et la province du Shandong",
                {"shandong"}, "2008", {"health", "education"}));
    qingdao_mou_2015 =
        s.create_agreement(by_hand("mou", "Protocole d'entente en éducation avec la ville de Qingdao",
                                   {"qingdao"}, "2015-05-12", {"education"}));
    Agreement yantai = by_hand("agreement", "Entente de coopération scientifique avec Yantai", {"yantai"},
                               "2012-10-01", {"science-technology"});
    AgreementEvent signed_event;
    signed_event.type = "signed";
    signed_event.date = "2012-10-01";
    signed_event.evidence = "Signée à Yantai le 1er octobre 2012.";
    signed_event.source_kind = "registry";
    yantai.events.push_back(signed_event);
    yantai_2012 = s.create_agreement(yantai);
    bavaria_1989 =
        s.create_agreement(by_hand("agreement", "Entente Québec-Bavière", {"bavaria"}, "1989-03-01"));
    Agreement idf =
        by_hand("agreement", "Entente de mobilité avec l'Île-de-France", {"ile-de-france"}, "2014-06-01");
    idf.expires = "2019-12-31";
    idf_2014_expiring = s.create_agreement(idf);

    s.store_mission(china_2017());
    s.store_mission(qingdao_yantai_2019());
    if (with_renewal_report) s.store_mission(renewal_2020());
    for (const auto& m : s.list_missions()) {
      if (m.source == kChinaReport) mission_2017 = m.id;
      if (m.source == kQingdaoReport) mission_2019 = m.id;
      if (m.source == kRenewalReport) mission_2020 = m.id;
    }
    for (const auto& a : s.list_agreements()) {
      if (a.kind == "mou" && a.partners == std::vector<std::string>{"china"}) {
        (a.domains.front() == "disease-prevention" ? china_mou_disease : china_mou_medtech) = a.id;
      }
    }
  }

  static MissionInput china_2017() {
    auto in =
        mission_input(kChinaReport, "Mission en Chine du ministre de la Santé", "2017-09-02", "2017-09-10",
                      {place("Shanghai", "shanghai", 11), place("Qingdao", "qingdao", 11),
                       place("Jinan", "jinan", 11), place("Beijing", "beijing", 11)},
                      {"shanghai", "china", "qingdao", "shandong", "jinan", "beijing"});
    in.mission.domains = {"health", "medical-technologies"};
    in.mission.report_date = "2017-09-22";
    in.agreements = {
        mention("agreement", "Entente avec la municipalité de Shanghai", {"shanghai"}, "2011", "plans_update",
                "il a été proposé d’actualiser deux ententes de coopération existantes, soit celle signée en "
                "2011 "
                "avec la municipalité de Shanghai et celle signée en 2008 avec la province du Shandong",
                71),
        mention("agreement", "Entente avec la province du Shandong", {"shandong"}, "2008", "plans_update",
                "il a été proposé d’actualiser deux ententes de coopération existantes, soit celle signée en "
                "2011 "
                "avec la municipalité de Shanghai et celle signée en 2008 avec la province du Shandong",
                71),
        mention("mou", "Protocole d'entente en prévention et contrôle des maladies", {"china"}, "2017",
                "produced",
                "d’officialiser deux importants partenariats entre le Québec et la Chine par la signature de "
                "deux "
                "protocoles d’entente dans les domaines de la prévention et du contrôle des maladies",
                79, {"disease-prevention"}),
        mention("mou", "Protocole d'entente en technologies médicales", {"china"}, "2017", "produced",
                "d’officialiser deux importants partenariats entre le Québec et la Chine par la signature de "
                "deux "
                "protocoles d’entente dans les domaines [...] des technologies médicales",
                79, {"medical-technologies"}),
    };
    in.mission.recommendations = {
        recommendation(
            "Poursuivre les échanges et développer une offre concertée pour le Québec dans le domaine "
            "de la santé afin de promouvoir l’expertise québécoise",
            87),
        recommendation(
            "Entreprendre des démarches avec le ministère des Relations internationales et de la "
            "Francophonie afin d’actualiser les ententes signées avec la municipalité de Shanghai (2011) "
            "et la province du Shandong (2008)",
            91, {"shanghai", "shandong"}),
    };
    in.recommendation_agreements = {{}, {0, 1}};
    return in;
  }

  static MissionInput qingdao_yantai_2019() {
    auto in = mission_input(kQingdaoReport, "Mission à Qingdao et Yantai", "2019-05-14", "2019-05-18",
                            {place("Qingdao", "qingdao", 9), place("Yantai", "yantai", 9)},
                            {"qingdao", "shandong", "china", "yantai"});
    in.mission.domains = {"education"};
    in.agreements = {mention("mou", "Protocole d'entente avec Qingdao", {"qingdao"}, "2015", "references",
                             "Le protocole d'entente signé avec la ville de Qingdao en 2015 a été discuté.",
                             24, {"education"})};
    in.mission.recommendations = {
        recommendation("Organiser une mission de suivi à Yantai en 2020.", 40, {"yantai"})};
    return in;
  }

  static MissionInput renewal_2020() {
    auto in = mission_input(kRenewalReport, "Mission à Jinan", "2020-11-03", "2020-11-06",
                            {place("Jinan", "jinan", 8)}, {"jinan", "shandong", "china"});
    in.agreements = {mention("agreement", "Entente avec la province du Shandong", {"shandong"}, "2008",
                             "renewed",
                             "L'entente de 2008 avec la province du Shandong a été renouvelée à Jinan.", 30)};
    return in;
  }
};

} // namespace entente::test
