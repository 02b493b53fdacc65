#pragma once
// An agreement's status is derived from its dated events, never stored, so
// that `--as-of` can answer "what was in force on that day" and a late
// correction of one event changes every answer consistently.
#include "registry/model.hpp"

#include <string>
#include <string_view>

namespace entente {

// One of: unknown, signed, in_force, expired, terminated, superseded,
// not_yet_signed (signed after as_of).
//   - events dated after as_of are ignored; undated events count as having
//     happened at an unknown time before any dated one;
//   - the signing date (Agreement::signed_date) counts as a `signed` event;
//   - the latest decisive event wins: signed -> signed; in_force, renewed,
//     amended -> in_force (amended only upgrades unknown/signed);
//     superseded, expired, terminated -> that status;
//   - an expiry date before as_of makes a live agreement expired.
std::string derive_status(const Agreement& agreement, std::string_view as_of);
// The same without the last rule (the expiry date): what the events alone say.
std::string derive_status_from_events(const Agreement& agreement, std::string_view as_of);

// True for the statuses in which the agreement still binds (signed, in_force).
bool is_live_status(std::string_view status);

} // namespace entente
