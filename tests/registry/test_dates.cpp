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
