#include "registry/status.hpp"

#include <catch2/catch.hpp>

using namespace entente;

namespace {

AgreementEvent event(const char* type, const char* date) {
  AgreementEvent e;
  e.type = type;
  e.date = date;
  e.source_kind = "hand";
  return e;
}

} // namespace

TEST_CASE("status: unknown without events, signed from the signing date") {
  Agreement a;
  CHECK(derive_status(a, "2020-01-01") == "unknown");
  a.signed_date = "2008";
  CHECK(derive_status(a, "2020-01-01") == "signed");
  CHECK(derive_status(a, "2007-12-31") == "not_yet_signed");
  // A year counts from its first day.
  CHECK(derive_status(a, "2008-01-01") == "signed");
}

TEST_CASE("status: the latest decisive event at the date wins") {
  Agreement a;
  a.signed_date = "2006";
  a.events = {event("in_force", "2006-06"), event("expired", "2011-01-01"), event("renewed", "2011-08-31"),
              event("terminated", "2020-03-01")};
  CHECK(derive_status(a, "2006-03-01") == "signed");
  CHECK(derive_status(a, "2007-01-01") == "in_force");
  CHECK(derive_status(a, "2011-05-01") == "expired");
  CHECK(derive_status(a, "2011-09-01") == "in_force");
  CHECK(derive_status(a, "2020-03-01") == "terminated");
}

TEST_CASE("status: undated events count before dated ones, amendments confirm a live agreement") {
  Agreement a;
  a.events = {event("in_force", "")};
  CHECK(derive_status(a, "1990-01-01") == "in_force");
  Agreement b;
  b.signed_date = "2010-05-05";
  b.events = {event("amended", "2012-01-01")};
  CHECK(derive_status(b, "2011-01-01") == "signed");
  CHECK(derive_status(b, "2012-06-01") == "in_force");
  b.events.push_back(event("superseded", "2015-01-01"));
  CHECK(derive_status(b, "2016-01-01") == "superseded");
  CHECK_FALSE(is_live_status("superseded"));
  CHECK(is_live_status("signed"));
}

TEST_CASE("status: an expiry date before the date makes a live agreement expired") {
  Agreement a;
  a.signed_date = "2010";
  a.expires = "2015-06";
  CHECK(derive_status(a, "2015-06-30") == "signed");
  CHECK(derive_status(a, "2015-07-01") == "expired");
}

// The review of session 14: "expirera en 2025" recorded as the year alone
// made the agreement expired from 1 January 2025.
TEST_CASE("status: an expiry given as a year or month counts from its last day") {
  Agreement a;
  a.signed_date = "2015";
  a.events = {event("expired", "2025")};
  CHECK(derive_status(a, "2025-06-30") == "signed");
  CHECK(derive_status(a, "2025-12-31") == "expired");
  a.events = {event("expired", "2021-03")};
  CHECK(derive_status(a, "2021-03-30") == "signed");
  CHECK(derive_status(a, "2021-03-31") == "expired");
  // Other events still count from their first day.
  a.events = {event("terminated", "2022")};
  CHECK(derive_status(a, "2022-01-01") == "terminated");
}
