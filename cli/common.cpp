#include "cli/common.hpp"

#include "registry/dates.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <charconv>
#include <iostream>

namespace entente::cli {

Options& options() {
  static Options opts;
  return opts;
}

std::string registry_home() {
  return resolve_home(options().db);
}

std::unique_ptr<Store> open_write() {
  auto store = std::make_unique<Store>(registry_home(), Access::Write);
  // A crash after an earlier SQLite commit left work in the outbox: finish it first.
  sync_index(*store);
  return store;
}

bool stdout_is_terminal() {
  return ::isatty(STDOUT_FILENO) == 1;
}
bool stderr_is_terminal() {
  return ::isatty(STDERR_FILENO) == 1;
}

void print_json(const nlohmann::json& doc) {
  std::cout << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void print_json_with_list(nlohmann::json doc, const std::string& key, std::size_t count,
                          const std::function<nlohmann::json(std::size_t)>& item) {
  auto dump = [](const nlohmann::json& j) {
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  // The document is dumped with a marker where the list goes, then the list
  // is written in its place at the marker's indentation.
  const std::string marker = "\x01entente-list\x01";
  doc[key] = marker;
  const std::string text = dump(doc);
  const std::string quoted = nlohmann::json(marker).dump();
  const std::size_t at = text.find(quoted);
  const std::size_t line = text.rfind('\n', at) + 1;
  const std::size_t indent = text.find_first_not_of(' ', line) - line;
  std::cout << std::string_view(text).substr(0, at);
  if (count == 0) {
    std::cout << "[]";
  } else {
    const std::string pad(indent + 2, ' ');
    // Items are indented into a buffer written in large pieces: a stream
    // write per character made output most of a large audit's time.
    std::string out = "[\n";
    for (std::size_t i = 0; i < count; ++i) {
      std::string one = dump(item(i));
      out += pad;
      std::size_t from = 0;
      for (std::size_t nl = one.find('\n'); nl != std::string::npos; nl = one.find('\n', from)) {
        out.append(one, from, nl + 1 - from);
        out += pad;
        from = nl + 1;
      }
      out.append(one, from);
      out += i + 1 < count ? ",\n" : "\n";
      if (out.size() >= (1u << 16)) {
        std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
        out.clear();
      }
    }
    std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
    std::cout << std::string(indent, ' ') << ']';
  }
  std::cout << std::string_view(text).substr(at + quoted.size()) << '\n';
}

void add_json_flag(CLI::App* cmd) {
  cmd->add_flag("--json", options().json, "Print one JSON document instead of a table");
}

CLI::Validator non_negative() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos) {
          return fmt::format("'{}' is not a count; give a whole number, 0 or more", value);
        }
        return {};
      },
      "N>=0");
}

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    n += (c & 0xC0) != 0x80;
  return n;
}

std::string truncate_display(std::string_view s, std::size_t width) {
  if (display_width(s) <= width) return std::string(s);
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (n + 1 >= width) break;
      ++n;
    }
    out.push_back(s[i]);
  }
  return out + "…";
}

Table::Table(std::vector<std::string> headers, std::vector<std::size_t> max_widths)
    : headers_(std::move(headers)), max_widths_(std::move(max_widths)) {}

void Table::add(std::vector<std::string> row) {
  for (auto& cell : row)
    cell = squeeze_spaces(cell);
  rows_.push_back(std::move(row));
}

void Table::print(std::ostream& out) const {
  std::vector<std::size_t> width(headers_.size());
  auto limit = [&](std::size_t i) { return i < max_widths_.size() && max_widths_[i] ? max_widths_[i] : 200; };
  for (std::size_t i = 0; i < headers_.size(); ++i)
    width[i] = display_width(headers_[i]);
  for (const auto& row : rows_) {
    for (std::size_t i = 0; i < row.size() && i < width.size(); ++i) {
      width[i] = std::max(width[i], std::min(display_width(row[i]), limit(i)));
    }
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (std::size_t i = 0; i < width.size(); ++i) {
      std::string cell = i < cells.size() ? truncate_display(cells[i], limit(i)) : "";
      text += cell;
      if (i + 1 < width.size()) text += std::string(width[i] - display_width(cell) + 2, ' ');
    }
    while (!text.empty() && text.back() == ' ')
      text.pop_back();
    out << text << '\n';
  };
  line(headers_);
  std::vector<std::string> rule;
  for (auto w : width)
    rule.push_back(std::string(w, '-'));
  line(rule);
  for (const auto& row : rows_)
    line(row);
}

YearRange parse_year_range(std::string_view text) {
  auto parse_year = [&](std::string_view y) {
    int v = 0;
    auto [p, ec] = std::from_chars(y.data(), y.data() + y.size(), v);
    if (ec != std::errc() || p != y.data() + y.size() || y.size() != 4) {
      throw UsageError(
          fmt::format("'{}' is not a year; write 2008 or 2008..2017 (open ends allowed: 2015..)", text));
    }
    return v;
  };
  YearRange r;
  auto dots = text.find("..");
  if (dots == std::string_view::npos) {
    r.from = r.to = parse_year(text);
    return r;
  }
  auto a = text.substr(0, dots);
  auto b = text.substr(dots + 2);
  if (a.empty() && b.empty()) throw UsageError("a year range needs at least one end, e.g. 2008..2017");
  if (!a.empty()) r.from = parse_year(a);
  if (!b.empty()) r.to = parse_year(b);
  if (r.from > r.to) throw UsageError(fmt::format("the year range {} is backwards", text));
  return r;
}

std::string parse_as_of(std::string_view text) {
  auto d = parse_partial_date(text);
  if (!d)
    throw UsageError(fmt::format("--as-of '{}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", text));
  return date_ceiling(*d);
}

} // namespace entente::cli
