#pragma once
// Partial ISO 8601 dates: "2008", "2008-08" or "2008-08-15". Agreements are
// often known only by their year, and a year must stay a year (not become
// 1 January) so that comparisons can say "not later than" honestly.
#include <optional>
#include <string>
#include <string_view>

namespace entente {

// Normalises "2008", "2008-8", "2008-08-5", "2008/08/05" and full ISO
// timestamps to a partial ISO date; nullopt when it is not a real date.
std::optional<std::string> parse_partial_date(std::string_view text);

// First and last day covered by a partial date ("2008" -> 2008-01-01 / 2008-12-31).
std::string date_floor(std::string_view partial);
std::string date_ceiling(std::string_view partial);

// Year of a partial date, or 0 when empty.
int date_year(std::string_view partial);

// Today's date in UTC as YYYY-MM-DD (ENTENTE_TODAY overrides, for tests).
std::string today();

// date + years, keeping the precision ("2008" + 10 -> "2018"); past the year
// 9999, the last day of 9999, which no date of the registry comes after.
std::string add_years(std::string_view partial, int years);
// A full date (YYYY-MM-DD) `months` months later, its day kept or, past the
// end of the shorter month, the month's last ("2026-08-31" + 6 = "2027-02-28").
std::string add_months(std::string_view date, int months);

bool is_leap_year(int year);
int days_in_month(int year, int month);

} // namespace entente
