#pragma once
// Dates as reports write them, in French and English: "2 au 10 septembre
// 2017", "du 28 octobre au 3 novembre 2018", "14-18 mai 2019", "1er au 5
// avril 2022", "30 décembre 2016 au 3 janvier 2017", "le 22 septembre
// 2017", "September 2-10, 2017", "2–10 September 2017", "2017-09-22",
// "22/09/2017", "septembre 2017".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente::indexer {

struct DateRange {
  std::string start; // ISO 8601, possibly partial ("2017-09") when no day is written
  std::string end;   // equals start for a single date
};

// Whether the text opens on a date ("le 28 mai 2012", "October 2, 2024",
// "février 2015", "en mars 2015"): a signature line's date rather than a name.
bool starts_with_date(std::string_view text);

// The first date or date range in the text, if any.
std::optional<DateRange> find_date_range(std::string_view text);

// The first range of several whole days in the text ("du 14 au 17 mars
// 2023"), passing over single days before it ("MUNICH, le 17 mars 2023 -").
std::optional<DateRange> find_days_range(std::string_view text);

// The one day the text gives, a day without a year ("le 23 novembre") taken
// to be in `year`: a signature dated within a mission whose year is known.
// None when the text gives no day, several, or a range.
std::optional<std::string> find_day_in_year(std::string_view text, int year);

// Every single day the text writes, in order (a range's days not among
// them), those without a year taken to be in `year`.
std::vector<std::string> find_days_in_year(std::string_view text, int year);

} // namespace entente::indexer
