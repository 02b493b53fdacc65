#include "registry/taxonomy.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace entente;

namespace {

const Taxonomy& bundled() {
  static const Taxonomy t = Taxonomy::load_tsv(std::string(ENTENTE_SOURCE_DIR) + "/data/domains.tsv");
  return t;
}

std::string slug_of(const std::string& phrase) {
  return bundled().resolve(phrase).value_or("<none>");
}

std::vector<std::string> slugs_in(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& m : bundled().find_in_text(text))
    out.push_back(m.slug);
  return out;
}

} // namespace

TEST_CASE("taxonomy: the bundled file has about thirty domains with both labels") {
  const auto& t = bundled();
  CHECK(t.domains().size() >= 30);
  for (const auto& d : t.domains()) {
    INFO(d.slug);
    CHECK(!d.label_en.empty());
    CHECK(!d.label_fr.empty());
  }
  REQUIRE(t.find("disease-prevention"));
  CHECK(t.find("disease-prevention")->parent == "health");
}

TEST_CASE("taxonomy: labels and synonyms in both languages resolve") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"santé", "health"},
      {"Sante", "health"},
      {"health", "health"},
      {"domaine médical", "health"},
      {"le domaine de la santé", "health"},
      {"santé et services sociaux", "health"},
      {"prévention et contrôle des maladies", "disease-prevention"},
      {"Disease prevention and control", "disease-prevention"},
      {"technologies médicales", "medical-technologies"},
      {"technologie medicale", "medical-technologies"},
      {"technologies de la santé", "medical-technologies"},
      {"éducation supérieure", "higher-education"},
      {"enseignement supérieur", "higher-education"},
      {"higher-education", "higher-education"},
      {"science et technologie", "science-technology"},
      {"intelligence artificielle", "artificial-intelligence"},
      {"hydroélectricité", "energy"},
      // The energy domain's labels before session 23 (saved searches, spreadsheets).
      {"Énergie et hydroélectricité", "energy"},
      {"Energy and hydroelectricity", "energy"},
      {"changements climatiques", "environment-climate"},
      {"agroalimentaire", "agriculture"},
      {"aérospatiale", "aerospace"},
      {"Francophonie", "francophonie"},
      {"mobilité de la main-d'œuvre", "immigration-mobility"},
      {"recherche océanographique", "ocean-research"},
      {"relations gouvernementales", "government-relations"},
  };
  for (const auto& [phrase, slug] : cases) {
    INFO(phrase);
    CHECK(slug_of(phrase) == slug);
  }
  CHECK(slug_of("zzz") == "<none>");
  CHECK(bundled().suggest("santee").front() == "health");
  CHECK(bundled().suggest("aerospat").front() == "aerospace");
}

TEST_CASE("taxonomy: domains in report sentences, longest match first") {
  CHECK(slugs_in("deux protocoles d’entente portant sur la prévention et le contrôle des maladies et sur les "
                 "technologies médicales") ==
        std::vector<std::string>{"disease-prevention", "medical-technologies"});
  CHECK(slugs_in("collaborer dans les domaines de la santé et des technologies de la santé") ==
        std::vector<std::string>{"health", "medical-technologies"});
  CHECK(slugs_in("Ministère de la Santé et des Services sociaux") ==
        std::vector<std::string>{"health", "social-services"});
  CHECK(slugs_in("Il a dit que la réunion était une bonne idée.").empty());
  CHECK(slugs_in("L'IA au Québec") == std::vector<std::string>{"artificial-intelligence"});
  CHECK(slugs_in("ia").empty());
  // Trial 32: the circular and the blue economy are no trade either.
  CHECK(slugs_in("un protocole d'entente sur l'économie circulaire") ==
        std::vector<std::string>{"environment-climate"});
  CHECK(slugs_in("an MOU on the blue economy") == std::vector<std::string>{"ocean-research"});
  // Trial 31: a cap-and-trade agreement was one on trade.
  CHECK(slugs_in("linking their cap-and-trade systems") == std::vector<std::string>{"environment-climate"});
  CHECK(slugs_in("le système de plafonnement et d'échange de droits d'émission") ==
        std::vector<std::string>{"environment-climate"});
  // Trial 34: food security is no security; fisheries, urban mobility,
  // critical minerals and audiovisual coproduction had no domain.
  CHECK(slugs_in("la déclaration conjointe sur la sécurité alimentaire") ==
        std::vector<std::string>{"agriculture"});
  CHECK(slugs_in("an MOU on food security") == std::vector<std::string>{"agriculture"});
  CHECK(slugs_in("en matière de pêches") == std::vector<std::string>{"agriculture"});
  CHECK(slugs_in("in aquaculture") == std::vector<std::string>{"agriculture"});
  CHECK(slugs_in("an MOU on sustainable urban mobility") == std::vector<std::string>{"transport"});
  CHECK(slugs_in("a Joint Declaration on electric mobility and critical minerals") ==
        std::vector<std::string>{"transport", "natural-resources"});
  CHECK(slugs_in("relatif à la coproduction audiovisuelle") == std::vector<std::string>{"culture"});
  auto m = bundled().find_in_text("sur les technologies médicales.");
  REQUIRE(m.size() == 1);
  CHECK(std::string("sur les technologies médicales.").substr(m[0].begin, m[0].end - m[0].begin) ==
        "technologies médicales");
}

TEST_CASE("taxonomy: a bad file names the file and the line") {
  CHECK_THROWS_WITH(Taxonomy::load_tsv("/nonexistent/domains.tsv"),
                    Catch::Contains("/nonexistent/domains.tsv"));
}

// What domain:X in a search and commitments --domain X take in beside X.
TEST_CASE("taxonomy: the domains inside a domain, at any depth, without it") {
  using Strings = std::vector<std::string>;
  auto health = bundled().domains_inside("health");
  CHECK(std::find(health.begin(), health.end(), "disease-prevention") != health.end());
  CHECK(std::find(health.begin(), health.end(), "mental-health") != health.end());
  CHECK(std::find(health.begin(), health.end(), "health") == health.end());
  // Two levels down: research > science-technology > artificial-intelligence.
  auto research = bundled().domains_inside("research");
  CHECK(std::find(research.begin(), research.end(), "science-technology") != research.end());
  CHECK(std::find(research.begin(), research.end(), "artificial-intelligence") != research.end());
  CHECK(bundled().domains_inside("disease-prevention") == Strings{});
  CHECK(bundled().domains_inside("no-such-domain") == Strings{});
}
