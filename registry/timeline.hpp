#pragma once
// A partner's story in date order: missions, signings, planned updates and
// renewals of everything in its scope, for the terminal, JSON and an SVG a
// person can drop into a briefing note.
#include "registry/store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace entente {

// One agreement or MOU of the partner's scope: one lane of the drawing.
struct TimelineLane {
  Id agreement_id = 0;
  std::string kind;
  std::string title;
  std::vector<std::string> partners;
  std::string signed_date; // partial, empty when unknown
  std::string status;      // derived at as_of
};

struct TimelineEntry {
  std::string date; // partial ISO date; never empty (undated records are left out)
  // mission | signed | planned_update | renewed | amended | in_force | superseded | expired | terminated
  std::string type;
  std::optional<Id> agreement_id;
  std::optional<Id> mission_id;
  std::string title; // the mission's or the agreement's
  std::string source;
  std::optional<int> line;
  std::string evidence;
  // For a planned update: the date and kind of the record that closed it;
  // empty while it is still open at as_of.
  std::string until;
  std::string closed_how;
};

struct Timeline {
  std::string partner;
  std::vector<std::string> includes;
  std::string as_of;
  std::vector<TimelineLane> lanes;    // by signing date, undated last
  std::vector<TimelineEntry> entries; // in date order
};

// `slug` must be a known partner (Store::require_partner); as_of empty means today().
Timeline build_timeline(Store& store, const std::string& slug, const std::string& as_of = "");

// A standalone SVG document (UTF-8, well-formed XML): a top lane of
// missions, one lane per agreement with its signing and later events,
// planned-update arrows from the mission to the record that closed them or
// to as_of, and a legend.
std::string timeline_svg(const Timeline& timeline);

} // namespace entente
