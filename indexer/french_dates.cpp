#include "indexer/french_dates.hpp"

#include "indexer/pattern.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace entente::indexer {
namespace {

enum class Tok { day, year, month, full, dash, skip, other };

struct Token {
  Tok kind = Tok::other;
  int a = 0;            // day, year or month; for full: year
  int b = 0;            // full: month
  int c = 0;            // full: day
  bool numeric = false; // full, written 3/7/2019: day first, or month first in some English
  bool compact = false; // a day written right before "-DD/MM/YYYY", nothing but a space before it
};

int month_of(const std::string& w) {
  struct M {
    std::string_view name;
    int month;
  };
  static constexpr std::array<M, 40> months = {{
      {"janvier", 1},   {"janv", 1},      {"january", 1},  {"jan", 1},       {"fevrier", 2},
      {"fevr", 2},      {"fev", 2},       {"february", 2}, {"feb", 2},       {"mars", 3},
      {"march", 3},     {"mar", 3},       {"avril", 4},    {"avr", 4},       {"april", 4},
      {"apr", 4},       {"mai", 5},       {"may", 5},      {"juin", 6},      {"june", 6},
      {"jun", 6},       {"juillet", 7},   {"juil", 7},     {"july", 7},      {"jul", 7},
      {"aout", 8},      {"august", 8},    {"aug", 8},      {"septembre", 9}, {"sept", 9},
      {"september", 9}, {"sep", 9},       {"octobre", 10}, {"october", 10},  {"oct", 10},
      {"novembre", 11}, {"november", 11}, {"nov", 11},     {"decembre", 12}, {"december", 12},
  }};
  for (const auto& m : months) {
    if (w == m.name) return m.month;
  }
  if (w == "dec") return 12;
  return 0;
}

bool is_skip_word(const std::string& w) {
  static constexpr std::array<std::string_view, 24> words = {
      "du",      "le",        "les",      "from",   "the",      "entre",  "between",  "on",
      "lundi",   "mardi",     "mercredi", "jeudi",  "vendredi", "samedi", "dimanche", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "of",       "jusqu"};
  for (auto s : words) {
    if (w == s) return true;
  }
  return false;
}

bool is_dash_word(const std::string& w) {
  return w == "au" || w == "a" || w == "to" || w == "through" || w == "until" || w == "till" || w == "et" ||
         w == "and" || w == "-";
}

// No date is written without spaces over more than this many characters.
constexpr std::size_t kMaxRun = 64;

// A long run without spaces (a URL, a hex dump, a hostile file) holds no date:
// each such run becomes one "#", which tokenizes as an ordinary symbol, so that
// the tokens stay few whatever the file.
std::string shorten_long_runs(const std::string& text) {
  std::string out;
  out.reserve(std::min(text.size(), std::size_t(1) << 20));
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = i;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])))
      ++end;
    if (end - i > kMaxRun) {
      out += '#';
    } else {
      out.append(text, i, end - i);
    }
    std::size_t next = end;
    while (next < text.size() && std::isspace(static_cast<unsigned char>(text[next])))
      ++next;
    out.append(text, end, next - end);
    i = next;
  }
  return out;
}

std::vector<Token> tokenize(const std::string& text) {
  const std::string folded = shorten_long_runs(text);
  static const Pattern re(
      R"((\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})|(\d+)(?:er|re|e|st|nd|rd|th)?(?![0-9a-z])|([a-z]+)\.?|(-+)|(,)|(\S))");
  std::vector<Token> out;
  // "Day 1 - Monday 8 November", "Jour 2", "page 3": a number that counts
  // something, not a day of the month.
  auto counts = [&out](const std::string& word) {
    static constexpr std::array<std::string_view, 12> counters = {"day",     "jour",  "journee", "week",
                                                                  "semaine", "page",  "p",       "annex",
                                                                  "annexe",  "phase", "etape",   "step"};
    return std::find(counters.begin(), counters.end(), word) != counters.end() && !out.empty() &&
           out.back().kind == Tok::other;
  };
  std::string last_word;
  // Where "10-14/03/2025" starts: its first day is compact.
  static const Pattern compact_range(
      R"((?:^|(?<=[\s(]))(?<!\bno )(?<!\bno\. )(?<!n° )(?<!\bnumero )(?<!\bversion )(?<!\bpage )(?<!\bp\. )(?<!\bref\. )(?<!\bref )(?<!\breference )(?<!\bdossier )\d{1,2}-\d{1,2}[/.]\d{1,2}[/.]\d{4}\b)");
  std::vector<std::size_t> compact_at;
  for (const auto& c : compact_range.all(folded))
    compact_at.push_back(c.position());
  for (const auto& m : re.all(folded)) {
    Token t;
    const bool counted = m.matched(7) && counts(last_word);
    last_word = m.matched(8) ? m.str(8) : std::string();
    if (m.matched(1)) {
      t = {Tok::full, std::stoi(m.str(1)), std::stoi(m.str(2)), std::stoi(m.str(3))};
    } else if (m.matched(4)) {
      t = {Tok::full, std::stoi(m.str(6)), std::stoi(m.str(5)), std::stoi(m.str(4)), true};
    } else if (counted) {
      // Tok::other: ends any date around it.
    } else if (m.matched(7)) {
      std::string digits = m.str(7);
      int v = digits.size() > 5 ? 0 : std::stoi(digits);
      if (digits.size() == 4 && v >= 1900 && v <= 2100) {
        t = {Tok::year, v, 0, 0};
      } else if (digits.size() <= 2 && v >= 1 && v <= 31) {
        t = {Tok::day, v, 0, 0};
        t.compact = std::find(compact_at.begin(), compact_at.end(), m.position()) != compact_at.end();
      }
    } else if (m.matched(8)) {
      std::string w = m.str(8);
      if (int mo = month_of(w); mo > 0) {
        t = {Tok::month, mo, 0, 0};
      } else if (is_dash_word(w)) {
        t.kind = Tok::dash;
      } else if (is_skip_word(w)) {
        t.kind = Tok::skip;
      }
    } else if (m.matched(9)) {
      t.kind = Tok::dash;
    } else if (m.matched(10)) {
      t.kind = Tok::skip;
    } else if (m.matched(11) && m.view(11) == "'") {
      t.kind = Tok::skip;
    }
    out.push_back(t);
  }
  return out;
}

struct Point {
  int year = 0;
  int month = 0;
  int day = 0;
  bool numeric = false;
};

Point month_first(Point p) {
  std::swap(p.month, p.day);
  return p;
}

// Days from a to b, roughly (months of 31 days): enough to tell days from months.
int rough_days(const Point& a, const Point& b) {
  return (b.year - a.year) * 372 + (b.month - a.month) * 31 + (b.day - a.day);
}

class Parser {
public:
  explicit Parser(std::vector<Token> tokens) : t_(std::move(tokens)) {}

  std::optional<DateRange> find() {
    for (std::size_t i = 0; i < t_.size(); ++i) {
      auto r = at(i);
      if (!r) continue;
      // "novembre 2019 (du 4 au 8 novembre)": the days of that month, written
      // later without the year, say more than the month.
      if (r->start.size() == 7 && r->start == r->end) {
        const int year = std::stoi(r->start.substr(0, 4));
        const int month = std::stoi(r->start.substr(5, 2));
        for (std::size_t j = i + 1; j < t_.size(); ++j) {
          const std::size_t d = skip(j + 1);
          const std::size_t e = skip(d + 1);
          if (kind(j) == Tok::day && kind(d) == Tok::dash && kind(e) == Tok::day &&
              kind(e + 1) == Tok::month && t_[e + 1].a == month && kind(skip(e + 2)) != Tok::year &&
              t_[j].a <= t_[e].a) {
            if (auto days = make({year, month, t_[j].a}, {year, month, t_[e].a})) return days;
          }
        }
      }
      return r;
    }
    return std::nullopt;
  }

  std::optional<DateRange> find_days() {
    for (std::size_t i = 0; i < t_.size(); ++i) {
      auto r = at(i);
      if (r && r->start.size() == 10 && r->end.size() == 10 && r->start != r->end) return r;
    }
    return std::nullopt;
  }

private:
  std::vector<Token> t_;

  Tok kind(std::size_t i) const { return i < t_.size() ? t_[i].kind : Tok::other; }
  std::size_t skip(std::size_t i) const {
    while (kind(i) == Tok::skip)
      ++i;
    return i;
  }

  // One date: day month [year], month day [year], month year, or numeric.
  std::optional<Point> point(std::size_t& i) const {
    std::size_t j = i;
    if (kind(j) == Tok::full) {
      i = j + 1;
      return Point{t_[j].a, t_[j].b, t_[j].c, t_[j].numeric};
    }
    if (kind(j) == Tok::day && kind(j + 1) == Tok::month) {
      Point p{0, t_[j + 1].a, t_[j].a};
      j += 2;
      std::size_t k = skip(j);
      if (kind(k) == Tok::year) {
        p.year = t_[k].a;
        j = k + 1;
      }
      i = j;
      return p;
    }
    if (kind(j) == Tok::month) {
      std::size_t k = j + 1;
      if (kind(k) == Tok::day) {
        Point p{0, t_[j].a, t_[k].a};
        std::size_t y = skip(k + 1);
        i = k + 1;
        if (kind(y) == Tok::year) {
          p.year = t_[y].a;
          i = y + 1;
        }
        return p;
      }
      if (kind(k) == Tok::year) {
        i = k + 1;
        return Point{t_[k].a, t_[j].a, 0};
      }
    }
    return std::nullopt;
  }

  std::optional<DateRange> at(std::size_t i) const {
    // 14-18 mai 2019, 1er au 5 avril 2022, du lundi 2 au mercredi 4 mars 2020
    if (kind(i) == Tok::day) {
      std::size_t d = skip(i + 1);
      std::size_t e = skip(d + 1);
      if (kind(d) == Tok::dash && kind(e) == Tok::day && kind(e + 1) == Tok::month) {
        std::size_t y = skip(e + 2);
        if (kind(y) == Tok::year) {
          const int month = t_[e + 1].a, year = t_[y].a;
          const Point end{year, month, t_[e].a};
          // "31 au 2 avril": the first day is in the month before.
          if (t_[i].a > t_[e].a)
            return make({month == 1 ? year - 1 : year, month == 1 ? 12 : month - 1, t_[i].a}, end);
          return make({year, month, t_[i].a}, end);
        }
      }
    }
    // "10-14/03/2025": days of the month a numeric date gives, written
    // tight (not "Version 2 - 14/03/2025", "no 7-14/03/2025").
    if (kind(i) == Tok::day && t_[i].compact && kind(i + 1) == Tok::dash && kind(i + 2) == Tok::full &&
        t_[i + 2].numeric && t_[i].a < t_[i + 2].c) {
      const Token& end = t_[i + 2];
      if (auto r = make({end.a, end.b, t_[i].a}, {end.a, end.b, end.c})) return r;
    }
    // September 2-10, 2017
    if (kind(i) == Tok::month && kind(i + 1) == Tok::day && kind(i + 2) == Tok::dash &&
        kind(i + 3) == Tok::day) {
      std::size_t y = skip(i + 4);
      if (kind(y) == Tok::year) {
        int month = t_[i].a;
        return make({t_[y].a, month, t_[i + 1].a}, {t_[y].a, month, t_[i + 3].a});
      }
    }
    std::size_t j = i;
    auto first = point(j);
    if (!first) return std::nullopt;
    std::size_t k = skip(j);
    if (kind(k) == Tok::dash) {
      std::size_t m = skip(k + 1);
      if (auto second = point(m)) {
        Point a = *first;
        Point b = *second;
        if (b.year == 0 && a.year != 0) b.year = a.year + (b.month < a.month ? 1 : 0);
        if (a.year == 0 && b.year != 0) a.year = b.year - (a.month > b.month ? 1 : 0);
        if (a.year != 0) {
          // 3/7/2019 - 3/9/2019 is read day first, unless only month first
          // makes a mission of days rather than of months.
          auto day_first = make(a, b);
          if (a.numeric && b.numeric && (!day_first || rough_days(a, b) > 31) &&
              rough_days(month_first(a), month_first(b)) <= 31) {
            if (auto other = make(month_first(a), month_first(b))) return other;
          }
          return day_first;
        }
      }
    }
    if (first->year == 0) return std::nullopt;
    if (first->numeric && !valid(*first)) return make(month_first(*first), month_first(*first));
    return make(*first, *first);
  }

  static bool valid(const Point& p) {
    static constexpr std::array<int, 12> days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (p.year < 1900 || p.year > 2100 || p.month < 1 || p.month > 12) return false;
    if (p.day == 0) return true;
    bool leap = (p.year % 4 == 0 && p.year % 100 != 0) || p.year % 400 == 0;
    int max = p.month == 2 && !leap ? 28 : days[static_cast<std::size_t>(p.month - 1)];
    return p.day >= 1 && p.day <= max;
  }

  static std::string iso(const Point& p) {
    return p.day == 0 ? fmt::format("{:04}-{:02}", p.year, p.month)
                      : fmt::format("{:04}-{:02}-{:02}", p.year, p.month, p.day);
  }

  static std::optional<DateRange> make(const Point& a, const Point& b) {
    if (!valid(a) || !valid(b)) return std::nullopt;
    DateRange r{iso(a), iso(b)};
    if (r.end < r.start) return std::nullopt;
    return r;
  }
};

} // namespace

bool starts_with_date(std::string_view text) {
  std::string folded = fold(text);
  for (std::string_view lead : {"en ", "in "}) {
    if (std::string_view(folded).starts_with(lead)) folded.erase(0, lead.size());
  }
  for (const auto& t : tokenize(folded)) {
    if (t.kind == Tok::skip) continue;
    return t.kind == Tok::day || t.kind == Tok::month || t.kind == Tok::year || t.kind == Tok::full;
  }
  return false;
}

std::optional<DateRange> find_date_range(std::string_view text) {
  return Parser(tokenize(fold(text))).find();
}

std::optional<DateRange> find_days_range(std::string_view text) {
  return Parser(tokenize(fold(text))).find_days();
}

namespace {

// Each day written in the text, with or without its year, in order; none
// from a range ("du 3 au 7 mars"). `ranged` tells whether one was passed over.
std::vector<std::string> days_written(std::string_view text, int year, bool& ranged) {
  auto tokens = tokenize(fold(text));
  std::vector<std::string> out;
  ranged = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::optional<std::string> day;
    if (tokens[i].kind == Tok::full) {
      day = fmt::format("{:04}-{:02}-{:02}", tokens[i].a, tokens[i].b, tokens[i].c);
    } else if (i + 1 < tokens.size()) {
      const bool day_month = tokens[i].kind == Tok::day && tokens[i + 1].kind == Tok::month;
      const bool month_day = tokens[i].kind == Tok::month && tokens[i + 1].kind == Tok::day;
      if (!day_month && !month_day) continue;
      // "du 3 au 7 mars": a range, no one day.
      if (day_month && i >= 2 && tokens[i - 1].kind == Tok::dash) {
        ranged = true;
        continue;
      }
      // ("Wednesday, May 15 – Munich" is one day, then a place.)
      if (month_day && i + 3 < tokens.size() && tokens[i + 2].kind == Tok::dash &&
          (tokens[i + 3].kind == Tok::day || tokens[i + 3].kind == Tok::month)) {
        ranged = true;
        continue;
      }
      const int d = day_month ? tokens[i].a : tokens[i + 1].a;
      const int m = day_month ? tokens[i + 1].a : tokens[i].a;
      // ("November 23, 2018": the year after a comma.)
      std::size_t y = i + 2;
      if (y + 1 < tokens.size() && tokens[y].kind == Tok::skip && tokens[y + 1].kind == Tok::year) ++y;
      const bool year_written = y < tokens.size() && tokens[y].kind == Tok::year;
      day = fmt::format("{:04}-{:02}-{:02}", year_written ? tokens[y].a : year, m, d);
      i = year_written ? y : i + 1;
    }
    if (!day) continue;
    auto valid = find_date_range(*day); // "2019-02-31" is no day
    if (valid && valid->start == *day) out.push_back(*day);
  }
  return out;
}

} // namespace

std::optional<std::string> find_day_in_year(std::string_view text, int year) {
  // More than one day, or a range, and the signature's day is not known.
  // ("Mardi 9 mai, Sacramento : le 9 mai 2017, ...": one day, told twice.)
  bool ranged = false;
  auto days = days_written(text, year, ranged);
  if (ranged || days.empty()) return std::nullopt;
  if (std::any_of(days.begin(), days.end(), [&](const std::string& d) { return d != days.front(); }))
    return std::nullopt;
  return days.front();
}

std::vector<std::string> find_days_in_year(std::string_view text, int year) {
  bool ranged = false;
  return days_written(text, year, ranged);
}

} // namespace entente::indexer
