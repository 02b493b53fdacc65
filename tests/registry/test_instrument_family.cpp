#include "registry/instrument_family.hpp"

#include <catch2/catch.hpp>

using namespace entente;

TEST_CASE("instrument_family: the sort of instrument a title names, in French or English") {
  CHECK(instrument_family("Programme de travail 2019-2021 Québec–Shandong") == "work plan");
  CHECK(instrument_family("Work plan Québec–Mexico: trade (2014)") == "work plan");
  CHECK(instrument_family("Lettre d’entente Québec–Qingdao") == "letter of agreement");
  CHECK(instrument_family("Letter of understanding Québec–China") == "letter of agreement");
  CHECK(instrument_family("Lettre d'intention Québec–Bavière") == "letter of intent");
  CHECK(instrument_family("Déclaration conjointe Québec–Bavière (1989)") == "declaration");
  CHECK(instrument_family("Joint declaration Québec–Bavaria") == "declaration");
  CHECK(instrument_family("Arrangement Québec–France (2010)") == "arrangement");
  CHECK(instrument_family("Entente de coopération Québec–Shandong (2008)") == "agreement");
  CHECK(instrument_family("Cooperation agreement Québec–San Miguel (2004)") == "agreement");
  CHECK(instrument_family("Entente-cadre Québec–Wallonie") == "agreement");
  // Plain agreements and MOUs may be named any way.
  CHECK(instrument_family("Entente Québec–Shandong (2008)").empty());
  CHECK(instrument_family("Agreement Québec–Shandong").empty());
  CHECK(instrument_family("Protocole d'entente Québec–Chine").empty());
  CHECK(instrument_family("Planning agreement").empty());
  CHECK(instrument_family("").empty());
}
