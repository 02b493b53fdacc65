// The timeline drawn as SVG. Plain shapes and system fonts only, so the
// file renders the same in a browser, an office suite or a PDF converter.
#include "registry/dates.hpp"
#include "registry/timeline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <map>

namespace entente {
namespace {

constexpr double kWidth = 1100;
constexpr double kLabelWidth = 300;
constexpr double kPlotLeft = kLabelWidth + 20;
constexpr double kPlotRight = kWidth - 30;
constexpr double kTop = 70;          // the year axis
constexpr double kMissionLane = 100; // y of the mission markers
constexpr double kFirstLane = 150;
constexpr double kLaneHeight = 36;

const char* const kMissionColour = "#2c5282";
const char* const kSignedColour = "#2b6cb0";
const char* const kRenewedColour = "#2f855a";
const char* const kEndColour = "#c53030";
const char* const kOpenColour = "#dd6b20";
const char* const kClosedColour = "#718096";

std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&apos;";
      break;
    default:
      // Control characters are not allowed in XML 1.0.
      if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') {
        out += ' ';
      } else {
        out += c;
      }
    }
  }
  return out;
}

// Cuts at a code point boundary so the result stays valid UTF-8.
std::string shorten(std::string_view s, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (chars == max_chars) return std::string(s.substr(0, i)) + "…";
      ++chars;
    }
  }
  return std::string(s);
}

long day_number(std::string_view partial) {
  using namespace std::chrono;
  std::string d = date_floor(partial);
  year_month_day ymd{year{date_year(d)}, month{static_cast<unsigned>(std::stoi(d.substr(5, 2)))},
                     day{static_cast<unsigned>(std::stoi(d.substr(8, 2)))}};
  return sys_days{ymd}.time_since_epoch().count();
}

struct Scale {
  long from = 0;
  long to = 1;
  double x(std::string_view date) const {
    double f = static_cast<double>(day_number(date) - from) / static_cast<double>(to - from);
    return kPlotLeft + f * (kPlotRight - kPlotLeft);
  }
};

std::string marker(const std::string& type, double x, double y, const std::string& tooltip) {
  std::string shape;
  if (type == "signed") {
    shape = fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="6" fill="{}"/>)", x, y, kSignedColour);
  } else if (type == "renewed") {
    shape = fmt::format(
        R"(<polygon points="{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}" fill="{}"/>)", x, y - 7,
        x + 7, y, x, y + 7, x - 7, y, kRenewedColour);
  } else if (type == "superseded" || type == "expired" || type == "terminated") {
    shape = fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="11" height="11" fill="{}"/>)", x - 5.5, y - 5.5,
                        kEndColour);
  } else if (type == "mission") {
    shape = fmt::format(R"(<polygon points="{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}" fill="{}"/>)", x,
                        y + 7, x - 7, y - 6, x + 7, y - 6, kMissionColour);
  } else {
    shape =
        fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="5" fill="white" stroke="{}" stroke-width="2"/>)", x,
                    y, kSignedColour);
  }
  return fmt::format(R"(<g class="marker {}"><title>{}</title>{}</g>)", type, escape(tooltip), shape);
}

} // namespace

std::string timeline_svg(const Timeline& t) {
  // The axis runs from the first recorded year to the end of as_of's year.
  int first = date_year(t.as_of);
  for (const auto& e : t.entries)
    first = std::min(first, date_year(e.date));
  for (const auto& l : t.lanes) {
    if (!l.signed_date.empty()) first = std::min(first, date_year(l.signed_date));
  }
  int last = date_year(t.as_of) + 1;
  Scale scale{day_number(fmt::format("{:04d}", first)), day_number(fmt::format("{:04d}", last))};

  std::map<Id, double> lane_y;
  for (std::size_t i = 0; i < t.lanes.size(); ++i) {
    lane_y[t.lanes[i].agreement_id] = kFirstLane + static_cast<double>(i) * kLaneHeight;
  }
  double plot_bottom = kFirstLane + static_cast<double>(t.lanes.size()) * kLaneHeight - kLaneHeight / 2;
  double legend_y = plot_bottom + 40;
  double height = legend_y + 50;

  std::string out;
  out += R"(<?xml version="1.0" encoding="UTF-8"?>)"
         "\n";
  out += fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1:.0f}" viewBox="0 0 {0} {1:.0f}" )"
      R"(font-family="DejaVu Sans, Arial, sans-serif" font-size="12">)"
      "\n",
      kWidth, height);
  out += fmt::format(R"(<title>{}</title>)"
                     "\n",
                     escape(fmt::format("Timeline of {} as of {}", t.partner, t.as_of)));
  out += "<defs>";
  for (const auto& [id, colour] :
       {std::pair{"arrow-open", kOpenColour}, std::pair{"arrow-closed", kClosedColour}}) {
    out += fmt::format(
        R"(<marker id="{}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" )"
        R"(orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{}"/></marker>)",
        id, colour);
  }
  out += "</defs>\n";
  out += fmt::format(
      R"(<rect width="100%" height="100%" fill="white"/>)"
      "\n"
      R"(<text x="20" y="30" font-size="18" font-weight="bold">{}</text>)"
      "\n",
      escape(fmt::format("{}: missions, agreements and planned updates (as of {})", t.partner, t.as_of)));

  // Year axis: a tick per year, labels thinned so they never overlap.
  int step = std::max(1, (last - first) / 15 + 1);
  out += R"(<g class="axis" stroke="#cbd5e0">)";
  for (int y = first; y <= last; ++y) {
    double x = scale.x(fmt::format("{:04d}", y));
    out += fmt::format(R"(<line x1="{0:.1f}" y1="{1:.1f}" x2="{0:.1f}" y2="{2:.1f}"/>)", x, kTop,
                       plot_bottom + 10);
    if ((y - first) % step == 0) {
      out += fmt::format(
          R"(<text x="{:.1f}" y="{:.1f}" text-anchor="middle" stroke="none" fill="#4a5568">{}</text>)", x,
          kTop - 6, y);
    }
  }
  out += "</g>\n";

  double now_x = scale.x(t.as_of);
  out += fmt::format(
      R"(<g class="as-of"><line x1="{0:.1f}" y1="{1:.1f}" x2="{0:.1f}" y2="{2:.1f}" stroke="#e53e3e" )"
      R"(stroke-dasharray="4 3"/><text x="{0:.1f}" y="{3:.1f}" text-anchor="middle" fill="#e53e3e" )"
      R"(font-size="10">{4}</text></g>)"
      "\n",
      now_x, kTop, plot_bottom + 10, plot_bottom + 24, escape(t.as_of));

  out += fmt::format(R"(<g class="missions"><text x="20" y="{:.1f}" font-weight="bold">Missions</text>)",
                     kMissionLane + 4);
  for (const auto& e : t.entries) {
    if (e.type != "mission") continue;
    out += marker("mission", scale.x(e.date), kMissionLane,
                  fmt::format("{} — {}{}", e.date, e.title, e.source.empty() ? "" : " (" + e.source + ")"));
  }
  out += "</g>\n";

  for (std::size_t i = 0; i < t.lanes.size(); ++i) {
    const auto& lane = t.lanes[i];
    double y = lane_y[lane.agreement_id];
    std::string label = fmt::format(
        "{} {}{}", lane.kind == "mou" ? "MOU" : "Agreement",
        lane.signed_date.empty() ? "" : fmt::format("{} ", date_year(lane.signed_date)), lane.title);
    out += fmt::format(R"(<g class="lane" data-agreement="{}">)", lane.agreement_id);
    if (i % 2 == 0) {
      out += fmt::format(R"(<rect x="10" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="#f7fafc"/>)",
                         y - kLaneHeight / 2, kWidth - 20, kLaneHeight);
    }
    out += fmt::format(
        R"(<text x="20" y="{:.1f}"><title>{}</title>{}</text>)", y + 4,
        escape(fmt::format("{} ({}; {})", lane.title, lane.status, fmt::join(lane.partners, ", "))),
        escape(shorten(label, 44)));
    if (!lane.signed_date.empty()) {
      bool live = lane.status == "signed" || lane.status == "in_force" || lane.status == "unknown";
      double end_x = now_x;
      for (const auto& e : t.entries) {
        if (e.agreement_id == lane.agreement_id &&
            (e.type == "superseded" || e.type == "expired" || e.type == "terminated")) {
          end_x = scale.x(e.date);
        }
      }
      out += fmt::format(
          R"(<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" stroke="{}" stroke-width="3"{}/>)",
          scale.x(lane.signed_date), y, end_x, y, kSignedColour, live ? "" : R"( stroke-opacity="0.35")");
    }
    for (const auto& e : t.entries) {
      if (e.agreement_id != lane.agreement_id || e.type == "planned_update" || e.type == "mission") continue;
      out += marker(e.type, scale.x(e.date), y,
                    fmt::format("{} {}{}", e.date, e.type, e.evidence.empty() ? "" : ": " + e.evidence));
    }
    out += "</g>\n";
  }

  // Planned updates: from the mission down to the lane, ending where a record closed them or at as_of.
  out += R"(<g class="planned-updates" fill="none" stroke-width="2">)";
  for (const auto& e : t.entries) {
    if (e.type != "planned_update" || !e.agreement_id || !lane_y.count(*e.agreement_id)) continue;
    bool open = e.until.empty();
    double x1 = scale.x(e.date);
    double x2 = open ? now_x : scale.x(e.until);
    double y2 = lane_y[*e.agreement_id];
    out += fmt::format(
        R"(<path class="{}" d="M{:.1f},{:.1f} C{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}" stroke="{}" )"
        R"svg(marker-end="url(#arrow-{})"{}><title>{}</title></path>)svg",
        open ? "open" : "closed", x1, kMissionLane + 8, x1, y2, x1, y2, x2 - 2, y2,
        open ? kOpenColour : kClosedColour, open ? "open" : "closed",
        open ? R"( stroke-dasharray="6 4")" : "",
        escape(fmt::format("{} planned update{}: {}", e.date,
                           open ? " (still open)" : fmt::format(" ({} {})", e.closed_how, e.until),
                           e.evidence)));
  }
  out += "</g>\n";

  // Legend.
  double lx = 20;
  out += fmt::format(R"svg(<g class="legend" transform="translate(0,{:.1f})">)svg", legend_y);
  auto item = [&](const std::string& shape, const std::string& text) {
    out += shape;
    out += fmt::format(R"(<text x="{:.1f}" y="4">{}</text>)", lx + 14, escape(text));
    lx += 14 + 8.0 * static_cast<double>(text.size()) + 20;
  };
  item(marker("mission", lx, 0, "mission"), "mission");
  item(marker("signed", lx, 0, "signed"), "signed");
  item(marker("renewed", lx, 0, "renewed"), "renewed");
  item(marker("terminated", lx, 0, "ended"), "superseded, expired, terminated");
  item(
      fmt::format(
          R"(<line x1="{:.1f}" y1="0" x2="{:.1f}" y2="0" stroke="{}" stroke-width="2" stroke-dasharray="6 4"/>)",
          lx - 8, lx + 8, kOpenColour),
      "planned update, open");
  item(fmt::format(R"(<line x1="{:.1f}" y1="0" x2="{:.1f}" y2="0" stroke="{}" stroke-width="2"/>)", lx - 8,
                   lx + 8, kClosedColour),
       "planned update, closed");
  out += "</g>\n</svg>\n";
  return out;
}

} // namespace entente
