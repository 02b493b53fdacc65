// Reports with pathological lines (megabytes without a space) must be read
// in bounded time and stack: a backtracking regex engine can recurse once per
// character of a repeated match (libstdc++'s std::regex, which the parser
// used, overflowed the stack on long runs).
#include "indexer/french_dates.hpp"

#include <catch2/catch.hpp>

#include <string>

using entente::indexer::find_date_range;

TEST_CASE("a date is found next to a megabyte-long word without exhausting the stack", "[reliability]") {
  std::string text =
      "du 3 au 7 septembre 2017 " + std::string(1 << 20, 'x') + " " + std::string(1 << 20, '7');
  auto r = find_date_range(text);
  REQUIRE(r);
  CHECK(r->start == "2017-09-03");
  CHECK(r->end == "2017-09-07");
  CHECK_FALSE(find_date_range(std::string(1 << 20, '-')));
}
