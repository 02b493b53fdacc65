#pragma once
// A small hand-made corpus for the search tests: French missions to China,
// an English mission to Munich, agreements and MOUs signed in 2008, 2011 and
// 2017, and a fake resolver standing in for the registry's gazetteer.
#include "../support.hpp"
#include "indexer/query.hpp"
#include "indexer/search.hpp"
#include "indexer/search_error.hpp"
#include "indexer/search_index.hpp"
#include "registry/text.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace entente::test {

class FakeResolver : public indexer::QueryResolver {
public:
  FakeResolver() {
    partners_ = {{"shandong", "shandong"},
                 {"province du shandong", "shandong"},
                 {"shandong province", "shandong"},
                 {"china", "china"},
                 {"chine", "china"},
                 {"qingdao", "qingdao"},
                 {"jinan", "jinan"},
                 {"shanghai", "shanghai"},
                 {"municipalite de shanghai", "shanghai"},
                 {"bavaria", "bavaria"},
                 {"baviere", "bavaria"},
                 {"germany", "germany"},
                 {"allemagne", "germany"},
                 {"munich", "munich"}};
    domains_ = {{"health", "health"},
                {"sante", "health"},
                {"medical-technologies", "medical-technologies"},
                {"medical technologies", "medical-technologies"},
                {"technologies medicales", "medical-technologies"},
                {"disease-prevention", "disease-prevention"},
                {"trade", "trade"},
                {"commerce", "trade"},
                {"aerospace", "aerospace"},
                {"education", "education"}};
  }
  std::optional<std::string> partner(std::string_view phrase) const override {
    return find(partners_, phrase);
  }
  std::vector<std::string> partner_suggestions(std::string_view phrase) const override {
    return near(partners_, phrase);
  }
  std::optional<std::string> domain(std::string_view phrase) const override { return find(domains_, phrase); }
  std::vector<std::string> domain_suggestions(std::string_view phrase) const override {
    return near(domains_, phrase);
  }
  mutable int calls = 0;

private:
  using Table = std::map<std::string, std::string>;
  std::optional<std::string> find(const Table& t, std::string_view phrase) const {
    ++calls;
    auto it = t.find(fold(phrase));
    if (it == t.end()) return std::nullopt;
    return it->second;
  }
  static std::vector<std::string> near(const Table& t, std::string_view phrase) {
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const auto& [name, slug] : t) {
      auto d = edit_distance(name, phrase);
      if (d <= 3) scored.emplace_back(d, name);
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (auto& s : scored)
      out.push_back(s.second);
    return out;
  }
  Table partners_, domains_;
};

inline std::vector<indexer::SearchDocument> corpus() {
  using indexer::SearchDocument;
  std::vector<SearchDocument> docs;
  auto display = [](SearchDocument& d) {
    d.display_text = d.title;
    for (const auto& [k, t] : d.fields)
      d.display_text += "\n\n" + t;
  };
  {
    SearchDocument d;
    d.kind = "mission";
    d.id = 1;
    d.title = "Mission ministérielle en santé à Shanghai, Qingdao et Jinan";
    d.language = "fr";
    d.fields = {
        {"title", d.title},
        {"context", "L’hôpital municipal de Qingdao coopère avec le Québec depuis l'entente de 2008."},
        {"results", "Signature de deux protocoles d'entente : prévention et contrôle des maladies; "
                    "technologies médicales."},
        {"recommendations", "Actualiser l'entente de coopération Québec-Shandong de 2008 et renouveler "
                            "l'entente avec Shanghai de 2011."},
        {"general", "Les universités de Jinan souhaitent accueillir des étudiants québécois."}};
    display(d);
    d.partners = {"qingdao", "jinan", "shandong", "shanghai", "china"};
    d.places = {"qingdao", "jinan", "shanghai"};
    d.domains = {"health", "medical-technologies"};
    d.date = "2017-09-02";
    d.end_date = "2017-09-09";
    d.ministry = "Ministère de la Santé et des Services sociaux";
    d.persons = {"Gaétan Barrette", "Marie Tremblay"};
    d.source = "reports/2017-09_sante_chine.txt";
    docs.push_back(d);
  }
  {
    SearchDocument d;
    d.kind = "mission";
    d.id = 2;
    d.title = "Mission commerciale à Shanghai";
    d.language = "fr";
    d.fields = {{"title", d.title},
                {"context", "Mission consacrée au commerce, à l'agroalimentaire et à l'agriculture durable."},
                {"results", "Signature de l'entente de coopération Québec-Shanghai."}};
    display(d);
    d.partners = {"shanghai", "china"};
    d.places = {"shanghai"};
    d.domains = {"trade"};
    d.date = "2011-05-10";
    d.end_date = "2011-05-14";
    d.ministry = "Ministère de l'Économie";
    d.persons = {"Jean Dupont"};
    d.source = "reports/2011-05_shanghai.txt";
    docs.push_back(d);
  }
  {
    SearchDocument d;
    d.kind = "mission";
    d.id = 3;
    d.title = "Mission to Munich on aerospace and medical technology";
    d.language = "en";
    d.fields = {{"title", d.title},
                {"results",
                 "The delegation visited hospitals and medical technology companies. Public health "
                 "cooperation was discussed."}};
    display(d);
    d.partners = {"munich", "bavaria", "germany"};
    d.places = {"munich"};
    d.domains = {"aerospace", "medical-technologies"};
    d.date = "2015-06-01";
    d.end_date = "2015-06-05";
    d.ministry = "Ministry of Economy";
    d.persons = {"John Smith"};
    d.source = "reports/2015-06_munich.txt";
    docs.push_back(d);
  }
  auto agreement = [&](const char* kind, Id id, const char* title, const char* lang,
                       std::vector<std::string> partners, std::vector<std::string> domains, const char* date,
                       const char* evidence, const char* status) {
    SearchDocument d;
    d.kind = kind;
    d.id = id;
    d.title = title;
    d.language = lang;
    d.fields = {{"title", title}, {"evidence", evidence}};
    display(d);
    d.partners = std::move(partners);
    d.domains = std::move(domains);
    d.date = date;
    d.status = status;
    d.source = "reports/2017-09_sante_chine.txt";
    docs.push_back(d);
  };
  agreement("agreement", 1, "Entente de coopération entre le Québec et la province du Shandong", "fr",
            {"shandong", "china"}, {"health", "education"}, "2008-06-12",
            "L'entente de 2008 avec le Shandong porte sur la santé et l'éducation.", "in_force");
  agreement("agreement", 2, "Entente Québec-Shanghai", "fr", {"shanghai", "china"}, {"trade", "health"},
            "2011-05-11", "Renouveler l'entente avec Shanghai signée en 2011.", "to_update");
  agreement("mou", 3, "Protocole d'entente sur la prévention et le contrôle des maladies", "fr",
            {"qingdao", "shandong", "china"}, {"disease-prevention", "health"}, "2017-09-05",
            "Un protocole d'entente sur la prévention et le contrôle des maladies a été signé à Qingdao.",
            "");
  agreement("mou", 4, "Protocole d'entente sur les technologies médicales", "fr",
            {"jinan", "shandong", "china"}, {"medical-technologies"}, "2017-09-06",
            "Un protocole d'entente sur les technologies médicales a été signé à Jinan.", "");
  agreement("agreement", 5, "Agreement on aerospace research with Bavaria", "en", {"bavaria", "germany"},
            {"aerospace"}, "2008", "The 2008 agreement with Bavaria covers aerospace research.", "expired");
  return docs;
}

// An index holding corpus(), in a temporary directory.
struct SearchFixture {
  TempDir dir;
  FakeResolver resolver;
  indexer::SearchIndex index = build();

  indexer::SearchIndex build() {
    auto idx = indexer::SearchIndex::open_writable(dir.str() + "/xapian", std::chrono::milliseconds(0));
    idx.begin_transaction();
    for (const auto& d : corpus())
      idx.replace(d);
    idx.commit_transaction();
    return idx;
  }

  indexer::SearchResult run(const std::string& q, std::size_t limit = 50, std::string sort = "relevance") {
    indexer::SearchRequest r;
    r.query = q;
    r.limit = limit;
    r.sort = std::move(sort);
    return indexer::search(index, r, resolver);
  }

  // "kind:id" of every hit.
  std::set<std::string> ids(const std::string& q) {
    std::set<std::string> out;
    for (const auto& h : run(q).hits)
      out.insert(h.kind + ":" + std::to_string(h.id));
    return out;
  }
  // The message of the QueryError that `q` raises, or "(no error)".
  std::string error_of(const std::string& q) {
    try {
      run(q);
    } catch (const indexer::QueryError& e) {
      return e.what();
    }
    return "(no error)";
  }
};

using Ids = std::set<std::string>;

} // namespace entente::test
