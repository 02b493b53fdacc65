#include "indexer/french_dates.hpp"

#include <catch2/catch.hpp>

using namespace entente::indexer;

TEST_CASE("the one day a text gives, its year taken from the mission") {
  CHECK(find_day_in_year("Le 23 novembre, la ministre a signé", 2019) == "2019-11-23");
  CHECK(find_day_in_year("On November 23, 2018, the Minister signed", 2019) == "2018-11-23");
  // Several days, or a range: no one day.
  CHECK_FALSE(find_day_in_year("Les 22 et 23 novembre, la ministre a signé", 2019).has_value());
  CHECK_FALSE(find_day_in_year("Du 3 au 7 mars, la délégation a visité", 2019).has_value());
  CHECK_FALSE(find_day_in_year("Le 22 novembre puis le 24 novembre, la ministre a signé", 2019).has_value());
}

// Trial 25: a diary's day heading run into a sentence that dates the day
// again was read as two days, so the signing took the mission's first day.
TEST_CASE("one day told twice is still one day") {
  CHECK(find_day_in_year("Mardi 9 mai, Sacramento : le 9 mai 2017, la ministre et le gouverneur ont signé",
                         2017) == "2017-05-09");
  CHECK(find_day_in_year("Jeudi 17 novembre : le 17 novembre 1994, à Guadalajara, les parties ont signé",
                         1994) == "1994-11-17");
  CHECK_FALSE(
      find_day_in_year("Mardi 9 mai, Sacramento : le 10 mai 2017, la ministre a signé", 2017).has_value());
}

TEST_CASE("a range of days is found past the single days before it") {
  auto r = find_days_range("MUNICH, le 17 mars 2023 - La ministre ... à Nuremberg du 14 au 17 mars 2023.");
  REQUIRE(r.has_value());
  CHECK(r->start == "2023-03-14");
  CHECK(r->end == "2023-03-17");
  auto en = find_days_range("Boston, May 12, 2023 — The mission, from May 8 to 11, 2023, ended.");
  REQUIRE(en.has_value());
  CHECK(en->start == "2023-05-08");
  CHECK(en->end == "2023-05-11");
  // A month or one day is no range of days.
  CHECK_FALSE(find_days_range("En mars 2023, le 17 mars 2023 seulement.").has_value());
}

TEST_CASE("every single day a text writes and none of a range's") {
  CHECK(find_days_in_year("| 07/02/2024 | Signé durant la mission | 07/02/2029 |", 2024) ==
        std::vector<std::string>{"2024-02-07", "2029-02-07"});
  CHECK(find_days_in_year("Le 22 novembre, puis du 3 au 7 décembre 2019", 2019) ==
        std::vector<std::string>{"2019-11-22"});
  CHECK(find_days_in_year("Aucune date ici.", 2019).empty());
}

// Trial 29: "Day 1 - Monday 8 November 1999" was read as 1 to 8 November.
TEST_CASE("the number of an itinerary's day is not a day of the month") {
  auto r = find_date_range("Day 1 - Monday 8 November 1999 - Buenos Aires");
  REQUIRE(r.has_value());
  CHECK(r->start == "1999-11-08");
  CHECK(r->end == "1999-11-08");
  auto fr = find_date_range("Jour 2 – mardi 9 novembre 1999 : Córdoba");
  REQUIRE(fr.has_value());
  CHECK(fr->start == "1999-11-09");
  CHECK_FALSE(
      find_days_range("Day 1 - Monday 8 November 1999. Day 2 - Tuesday 9 November 1999.").has_value());
  // A range of days is still one.
  auto days = find_days_range("Mission du 1 au 8 novembre 1999");
  REQUIRE(days.has_value());
  CHECK(days->start == "1999-11-01");
}
