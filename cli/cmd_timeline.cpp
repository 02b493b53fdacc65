// `entente timeline PARTNER [--svg FILE]`: the partner's missions,
// signings, planned updates and renewals in date order.
#include "cli/common.hpp"
#include "registry/text.hpp"
#include "registry/timeline.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

namespace entente::cli {
namespace {

using nlohmann::json;

struct Args {
  std::string partner;
  std::string svg;
  std::string as_of;
};

json text_or_null(const std::string& s) {
  return s.empty() ? json(nullptr) : json(s);
}
template <typename T> json opt(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

void write_svg(const std::string& path, const std::string& svg) {
  // Written beside the target then renamed, so a failed write never leaves half a drawing.
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (out) out << svg;
    if (!out || !out.flush()) {
      std::remove(tmp.c_str());
      throw std::runtime_error(fmt::format("cannot write the SVG to '{}': {}", path, std::strerror(errno)));
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    std::remove(tmp.c_str());
    throw std::runtime_error(fmt::format("cannot write the SVG to '{}': {}", path, std::strerror(err)));
  }
}

void run(const Args& args) {
  auto store = open_read();
  std::string slug = store->require_partner(args.partner);
  auto t = build_timeline(*store, slug, args.as_of.empty() ? std::string() : parse_as_of(args.as_of));
  if (!args.svg.empty()) write_svg(args.svg, timeline_svg(t));

  if (options().json) {
    json lanes = json::array();
    for (const auto& l : t.lanes) {
      lanes.push_back({{"agreement_id", l.agreement_id},
                       {"kind", l.kind},
                       {"title", l.title},
                       {"partners", l.partners},
                       {"signed", text_or_null(l.signed_date)},
                       {"status", l.status}});
    }
    json events = json::array();
    for (const auto& e : t.entries) {
      json j = {{"date", e.date},
                {"type", e.type},
                {"agreement_id", opt(e.agreement_id)},
                {"mission_id", opt(e.mission_id)},
                {"title", e.title},
                {"source", text_or_null(e.source)},
                {"line", opt(e.line)},
                {"evidence", text_or_null(e.evidence)}};
      if (e.type == "planned_update") {
        j["closed"] = e.until.empty() ? json(nullptr) : json({{"how", e.closed_how}, {"date", e.until}});
      }
      events.push_back(std::move(j));
    }
    json doc = {{"partner", t.partner},
                {"includes", t.includes},
                {"as_of", t.as_of},
                {"lanes", lanes},
                {"events", events}};
    if (!args.svg.empty()) doc["svg"] = args.svg;
    print_json(doc);
    return;
  }
  const Partner* p = store->gazetteer().find(slug);
  std::cout << fmt::format("Timeline of {} ({}), as of {}: {} agreement(s), {} event(s)\n\n",
                           p ? p->name : slug, slug, t.as_of, t.lanes.size(), t.entries.size());
  for (const auto& e : t.entries) {
    std::string what;
    if (e.type == "mission") {
      what = fmt::format("mission {}: {}", e.mission_id.value_or(0), e.title);
    } else if (e.type == "planned_update") {
      what = fmt::format("mission {} plans to update {} {} ({})", e.mission_id.value_or(0), "agreement",
                         e.agreement_id.value_or(0),
                         e.until.empty() ? "still open" : fmt::format("{} {}", e.closed_how, e.until));
    } else {
      what = fmt::format("{} {}: {}", e.type, e.agreement_id.value_or(0), e.title);
    }
    std::cout << fmt::format("{:<10}  {}\n", e.date, squeeze_spaces(what));
    if (!e.evidence.empty()) std::cout << "            « " << squeeze_spaces(e.evidence) << " »\n";
    if (!e.source.empty()) {
      std::cout << "            " << e.source << (e.line ? fmt::format(":{}", *e.line) : "") << '\n';
    }
  }
  if (!args.svg.empty()) std::cout << fmt::format("\nWrote {} ({} lane(s)).\n", args.svg, t.lanes.size());
}

} // namespace

void register_timeline(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "timeline", "A partner's missions, signings, planned updates and renewals in date order");
  auto args = std::make_shared<Args>();
  cmd->add_option("partner", args->partner, "Partner slug, name or alias (either language)")->required();
  cmd->add_option("--svg", args->svg, "Also draw the timeline as an SVG file");
  cmd->add_option("--as-of", args->as_of, "Draw up to this date (default today)");
  add_json_flag(cmd);
  cmd->callback([args] { run(*args); });
}

} // namespace entente::cli
