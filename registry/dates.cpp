#include "registry/dates.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <stdexcept>

namespace entente {
namespace {

std::optional<int> parse_int(std::string_view s) {
  if (s.empty() || s.size() > 4) return std::nullopt;
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

} // namespace

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return days[month - 1];
}

std::optional<std::string> parse_partial_date(std::string_view text) {
  // Trim and drop a time part.
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
    text.remove_suffix(1);
  if (auto t = text.find('T'); t != std::string_view::npos && t >= 8) text = text.substr(0, t);
  if (text.empty()) return std::nullopt;
  int parts[3] = {0, 0, 0};
  int count = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '-' || text[i] == '/') {
      if (count == 3) return std::nullopt;
      auto v = parse_int(text.substr(start, i - start));
      if (!v) return std::nullopt;
      parts[count++] = *v;
      start = i + 1;
    }
  }
  if (text.substr(0, text.find_first_of("-/")).size() != 4) return std::nullopt;
  int year = parts[0];
  if (year < 1000 || year > 9999) return std::nullopt;
  if (count == 1) return fmt::format("{:04d}", year);
  int month = parts[1];
  if (month < 1 || month > 12) return std::nullopt;
  if (count == 2) return fmt::format("{:04d}-{:02d}", year, month);
  int day = parts[2];
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

std::string date_floor(std::string_view partial) {
  if (partial.size() == 4) return fmt::format("{}-01-01", partial);
  if (partial.size() == 7) return fmt::format("{}-01", partial);
  return std::string(partial);
}

std::string date_ceiling(std::string_view partial) {
  if (partial.size() == 4) return fmt::format("{}-12-31", partial);
  if (partial.size() == 7) {
    int y = date_year(partial);
    int m = std::atoi(std::string(partial.substr(5, 2)).c_str());
    return fmt::format("{}-{:02d}", partial, days_in_month(y, m));
  }
  return std::string(partial);
}

int date_year(std::string_view partial) {
  if (partial.size() < 4) return 0;
  return parse_int(partial.substr(0, 4)).value_or(0);
}

std::string today() {
  if (const char* forced = std::getenv("ENTENTE_TODAY")) {
    if (auto d = parse_partial_date(forced); d && d->size() == 10) return *d;
  }
  auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd{now};
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

std::string add_years(std::string_view partial, int years) {
  if (partial.size() < 4) return std::string(partial);
  int y = date_year(partial) + years;
  std::string_view rest = partial.substr(4);
  if (rest == "-02-29" && !is_leap_year(y)) rest = "-02-28";
  // Past the year 9999 no date of the registry can reach it; a five-digit
  // year would sort before them all ("10005" < "2024") and make every
  // comparison wrong.
  if (y > 9999) return "9999-12-31";
  // An audit computes this for every agreement: written by hand, not formatted.
  if (y < 0) return fmt::format("{:04d}{}", y, rest);
  std::string out(4, '0');
  for (int i = 3; i >= 0; --i, y /= 10)
    out[static_cast<std::size_t>(i)] = static_cast<char>('0' + y % 10);
  out += rest;
  return out;
}

std::string add_months(std::string_view date, int months) {
  auto d = parse_partial_date(date);
  if (!d || date.size() != 10) throw std::invalid_argument(fmt::format("'{}' is not a full date", date));
  int y = date_year(date);
  int m = (date[5] - '0') * 10 + (date[6] - '0') - 1 + months;
  int day = (date[8] - '0') * 10 + (date[9] - '0');
  y += m >= 0 ? m / 12 : -((11 - m) / 12);
  m = ((m % 12) + 12) % 12 + 1;
  if (y > 9999) return "9999-12-31";
  return fmt::format("{:04d}-{:02d}-{:02d}", y, m, std::min(day, days_in_month(y, m)));
}

} // namespace entente
