#pragma once
// What commitments, audit and timeline share: one consistent read of the
// registry, the date a mission counts at, and the rule that decides whether
// a planned update was later closed. Keeping the rule in one place means the
// audit and the commitments answer never disagree about an agreement.
#include "registry/store.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace entente {

// Agreements and missions, read once.
class Snapshot {
public:
  // Every agreement and mission. The audit needs of a mission only its dates,
  // source and links, which LinksOnly reads without the rest. Rules reads only
  // what the dated rules decide on (Store::agreements_for_rules): answers from
  // it are right about status, reasons and dates but carry no text or proof,
  // and its missions() are those with such links, in no particular order.
  enum class Detail { Full, LinksOnly, Rules };
  explicit Snapshot(Store& store, Detail detail = Detail::Full);
  // What the dated rules read about these agreements (Store::records_around):
  // the same answers about them as from everything. With Detail::Rules, only
  // the rules' share of it, without proof (Full and LinksOnly read the same).
  struct Around {
    std::vector<Id> agreements;
  };
  Snapshot(Store& store, const Around& around, Detail detail = Detail::Full);
  // What an answer about these partners can touch (Store::records_touching):
  // the same answer as from everything, at the cost of the partners' share.
  Snapshot(Store& store, const std::vector<std::string>& partners);
  Snapshot(const Snapshot&) = delete;
  Snapshot& operator=(const Snapshot&) = delete;

  const std::vector<Agreement>& agreements() const { return agreements_; }
  const std::vector<Mission>& missions() const { return missions_; }
  const Agreement* agreement(Id id) const;
  const Mission* mission(Id id) const;

  struct LinkRef {
    const Mission* mission;
    const MissionLink* link;
  };
  // Every mission link to this agreement, in mission order (start date, then
  // id; a report's links in line order). Built once, so
  // that answering for thousands of agreements does not rescan every mission.
  const std::vector<LinkRef>& links_to(Id agreement) const;

private:
  void build_indexes();

  std::vector<Agreement> agreements_;
  std::vector<Mission> missions_;
  std::unordered_map<Id, std::size_t> agreement_index_;
  std::unordered_map<Id, std::size_t> mission_index_;
  std::unordered_map<Id, std::vector<LinkRef>> links_;
};

// The day a mission counts at: its first day, else the report's date, else
// the filing date (first day of a partial date); empty when none is known.
std::string mission_date(const Mission& m);

// A record that shows an agreement renewed, amended, superseded or terminated.
struct Closure {
  std::string how;              // renewed | amended | superseded | terminated
  std::string date;             // partial ISO date as recorded
  std::optional<Id> mission_id; // the report that says so, if any
  std::string source;           // that report's path, empty for a hand edit
  std::string evidence;
  std::optional<Id> by_agreement; // the renewing/superseding agreement, if any
  std::optional<int> line;
};

// The earliest record dated after `after` (a full date) and on or before
// `as_of` that closes the agreement: a renewed/amended/superseded/terminated
// event, a renews/amends/supersedes relation from an agreement signed after
// `after`, or a
// later mission's `renewed` link. A partial date counts as after `after` when
// any of its days is (a renewal "in 2017" may follow a September 2017 plan),
// and as happened by `as_of` from its first day, as derive_status does.
// `planning_mission`: the mission whose plan is judged; what that mission
// itself did (an amendment it signed on its second day) does not close it.
std::optional<Closure> closure_after(const Snapshot& snap, const Agreement& a, std::string_view after,
                                     std::string_view as_of,
                                     std::optional<Id> planning_mission = std::nullopt);

// The latest date the agreement was signed, renewed or amended on or before as_of
// (partial), empty when unknown.
std::string last_signed_renewed_or_amended(const Snapshot& snap, const Agreement& a, std::string_view as_of);

} // namespace entente
