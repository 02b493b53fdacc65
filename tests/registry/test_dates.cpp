#include "registry/dates.hpp"

#include <catch2/catch.hpp>

using namespace entente;

TEST_CASE("dates: partial ISO dates are normalised and checked") {
  CHECK(parse_partial_date("2008") == "2008");
  CHECK(parse_partial_date("2008-8") == "2008-08");
  CHECK(parse_partial_date("2008/08/05") == "2008-08-05");
  CHECK(parse_partial_date(" 2017-09-02T10:00:00Z ") == "2017-09-02");
  CHECK(parse_partial_date("2016-02-29") == "2016-02-29");
  CHECK_FALSE(parse_partial_date("2017-02-29"));
  CHECK_FALSE(parse_partial_date("2017-13"));
  CHECK_FALSE(parse_partial_date("20x8"));
  CHECK_FALSE(parse_partial_date("08-05-2008"));
  CHECK_FALSE(parse_partial_date(""));
}

TEST_CASE("dates: floors, ceilings, years and anniversaries") {
  CHECK(date_floor("2008") == "2008-01-01");
  CHECK(date_ceiling("2008") == "2008-12-31");
  CHECK(date_ceiling("2016-02") == "2016-02-29");
  CHECK(date_ceiling("2017-09-02") == "2017-09-02");
  CHECK(date_year("2011-09-02") == 2011);
  CHECK(date_year("") == 0);
  CHECK(add_years("2008", 10) == "2018");
  CHECK(add_years("2016-02-29", 1) == "2017-02-28");
  CHECK(add_years("9989-05", 10) == "9999-05");
  // Five digits would sort before every four-digit date.
  CHECK(add_years("9995-06-01", 10) == "9999-12-31");
  CHECK(add_years("9999", 200) == "9999-12-31");
}

TEST_CASE("add_months keeps the day or takes the shorter month's last") {
  CHECK(add_months("2026-12-02", 12) == "2027-12-02");
  CHECK(add_months("2026-12-02", 1) == "2027-01-02");
  CHECK(add_months("2026-08-31", 6) == "2027-02-28");
  CHECK(add_months("2027-08-31", 6) == "2028-02-29");
  CHECK(add_months("2026-03-31", 1) == "2026-04-30");
  CHECK(add_months("2026-01-15", -1) == "2025-12-15");
  CHECK(add_months("2026-05-20", 0) == "2026-05-20");
  CHECK(add_months("9999-06-01", 12) == "9999-12-31");
  CHECK_THROWS_AS(add_months("2026", 3), std::invalid_argument);
}
