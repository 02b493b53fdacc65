#include "registry/gazetteer.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>

using namespace entente;

namespace {

Partner make(std::string slug, std::string kind, std::string parent, std::string name, std::string name_fr,
             std::int64_t population = 0, std::vector<std::string> aliases = {}) {
  Partner p;
  p.slug = std::move(slug);
  p.kind = std::move(kind);
  p.parent = std::move(parent);
  p.name = std::move(name);
  p.name_fr = std::move(name_fr);
  p.population = population;
  p.aliases = std::move(aliases);
  return p;
}

Gazetteer small() {
  return Gazetteer({
      make("china", "country", "", "China", "Chine", 1400000000, {"People's Republic of China", "PRC"}),
      make("shandong", "subdivision", "china", "Shandong", "Shandong", 0, {"Shandong Sheng"}),
      make("qingdao", "city", "shandong", "Qingdao", "Qingdao", 3718835, {"Tsingtao"}),
      make("united-states", "country", "", "United States", "États-Unis", 330000000, {"USA"}),
      make("new-york-state", "subdivision", "united-states", "New York", "New York", 0, {"New York State"}),
      make("new-york", "city", "new-york-state", "New York City", "New York", 8175133),
  });
}

std::string slug_of(const Gazetteer &g, const std::string &phrase) {
  auto m = g.resolve(phrase);
  return m ? m->slug : std::string("<none>");
}

} // namespace

TEST_CASE("gazetteer: resolution rules on a small hand-made tree") {
  Gazetteer g = small();
  CHECK(slug_of(g, "la province du Shandong") == "shandong");
  CHECK(slug_of(g, "TSINGTAO") == "qingdao");
  CHECK(slug_of(g, "new-york") == "new-york");
  CHECK(slug_of(g, "New York") == "new-york-state");
  CHECK(slug_of(g, "État de New York") == "new-york-state");
  CHECK(slug_of(g, "ville de New York") == "new-york");
  CHECK(slug_of(g, "République populaire de Chine") == "<none>");
  auto m = g.resolve("new york");
  REQUIRE(m);
  CHECK(m->alternatives == std::vector<std::string>{"new-york"});
  CHECK(m->reason.find("higher level") != std::string::npos);
  CHECK(g.ancestors("qingdao") == std::vector<std::string>{"shandong", "china"});
  CHECK(g.descendants("china") == std::vector<std::string>{"qingdao", "shandong"});
  CHECK(g.suggest("Shandon").front() == "shandong");
}

TEST_CASE("gazetteer: text mentions on a small hand-made tree") {
  Gazetteer g = small();
  auto found = g.find_in_text("Mission à Qingdao, dans la province du Shandong (Chine), et aux USA.");
  REQUIRE(found.size() == 4);
  CHECK(found[0].slug == "qingdao");
  CHECK(found[1].slug == "shandong");
  CHECK(found[1].text == "province du Shandong");
  CHECK(found[2].slug == "china");
  CHECK(found[3].slug == "united-states");
  CHECK(g.find_in_text("nous avons vu tsingtao et usa").empty());
}
