#include "registry/status.hpp"

#include "registry/dates.hpp"

#include <algorithm>
#include <vector>

namespace entente {

bool is_live_status(std::string_view status) {
  return status == "signed" || status == "in_force";
}

std::string derive_status(const Agreement& agreement, std::string_view as_of) {
  std::string status = derive_status_from_events(agreement, as_of);
  if (is_live_status(status) && !agreement.expires.empty() && date_ceiling(agreement.expires) < as_of) {
    status = "expired";
  }
  return status;
}

std::string derive_status_from_events(const Agreement& agreement, std::string_view as_of) {
  if (!agreement.signed_date.empty() && date_floor(agreement.signed_date) > as_of) return "not_yet_signed";

  struct Dated {
    std::string date;
    std::string type;
  };
  std::vector<Dated> events;
  bool has_signed_event = false;
  for (const auto& e : agreement.events) {
    // A partial date counts from its first day: "2011" has happened by
    // 2011-01-01. An expiry counts from its last: "it expires in 2025" may
    // be on 31 December, and the agreement is not called expired before.
    if (e.date.empty()) {
      events.push_back({std::string(), e.type});
      continue;
    }
    const std::string when = e.type == "expired" ? date_ceiling(e.date) : date_floor(e.date);
    if (when > as_of) continue;
    events.push_back({when, e.type});
    has_signed_event |= e.type == "signed";
  }
  if (!has_signed_event && !agreement.signed_date.empty()) {
    events.push_back({date_floor(agreement.signed_date), "signed"});
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const Dated& a, const Dated& b) { return a.date < b.date; });

  std::string status = "unknown";
  for (const auto& e : events) {
    if (e.type == "signed") {
      if (status == "unknown") status = "signed";
    } else if (e.type == "in_force" || e.type == "renewed") {
      status = "in_force";
    } else if (e.type == "amended") {
      if (status == "unknown" || status == "signed") status = "in_force";
    } else {
      status = e.type; // superseded, expired, terminated
    }
  }
  return status;
}

} // namespace entente
