#include "answers_fixture.hpp"
#include "registry/timeline.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>

using namespace entente;
using namespace entente::test;

namespace {

// A small XML 1.0 well-formedness check, enough for the SVG we write:
// prolog, comments, elements with quoted attributes, character references
// and the five predefined entities. Returns an empty string when well
// formed, else what is wrong and where.
std::string xml_problem(const std::string& doc) {
  std::vector<std::string> open;
  std::size_t i = 0;
  bool root_seen = false;
  auto name_at = [&](std::size_t& p) {
    std::size_t start = p;
    while (p < doc.size() && (std::isalnum(static_cast<unsigned char>(doc[p])) || doc[p] == '-' ||
                              doc[p] == '_' || doc[p] == ':' || doc[p] == '.')) {
      ++p;
    }
    return doc.substr(start, p - start);
  };
  auto check_text = [&](std::size_t from, std::size_t to) -> std::string {
    for (std::size_t p = from; p < to; ++p) {
      if (doc[p] == '<') return "raw '<' at " + std::to_string(p);
      if (doc[p] == '&') {
        auto semi = doc.find(';', p);
        if (semi == std::string::npos || semi > to) return "unterminated entity at " + std::to_string(p);
        std::string ent = doc.substr(p + 1, semi - p - 1);
        bool ok = ent == "amp" || ent == "lt" || ent == "gt" || ent == "quot" || ent == "apos" ||
                  (ent.size() > 1 && ent[0] == '#');
        if (!ok) return "unknown entity &" + ent + "; at " + std::to_string(p);
      }
    }
    return {};
  };
  if (doc.rfind("<?xml", 0) == 0) i = doc.find("?>") + 2;
  while (i < doc.size()) {
    auto lt = doc.find('<', i);
    if (lt == std::string::npos) lt = doc.size();
    if (auto p = check_text(i, lt); !p.empty()) return p;
    if (open.empty() && doc.find_first_not_of(" \t\r\n", i) < lt) return "text outside the root element";
    if (lt == doc.size()) break;
    if (doc.compare(lt, 4, "<!--") == 0) {
      auto end = doc.find("-->", lt);
      if (end == std::string::npos) return "unterminated comment";
      i = end + 3;
      continue;
    }
    std::size_t p = lt + 1;
    bool closing = p < doc.size() && doc[p] == '/';
    if (closing) ++p;
    std::string name = name_at(p);
    if (name.empty()) return "element without a name at " + std::to_string(lt);
    if (closing) {
      if (open.empty() || open.back() != name)
        return "</" + name + "> does not close <" + (open.empty() ? "" : open.back()) + ">";
      open.pop_back();
      if (doc[p] != '>') return "junk in end tag </" + name + ">";
      i = p + 1;
      continue;
    }
    if (open.empty() && root_seen) return "second root element <" + name + ">";
    std::vector<std::string> attrs;
    while (true) {
      while (p < doc.size() && std::isspace(static_cast<unsigned char>(doc[p])))
        ++p;
      if (p >= doc.size()) return "unterminated tag <" + name + ">";
      if (doc[p] == '>' || doc.compare(p, 2, "/>") == 0) break;
      std::string attr = name_at(p);
      if (attr.empty() || doc[p] != '=') return "bad attribute in <" + name + "> at " + std::to_string(p);
      if (std::find(attrs.begin(), attrs.end(), attr) != attrs.end()) return "duplicate attribute " + attr;
      attrs.push_back(attr);
      char quote = doc[++p];
      if (quote != '"' && quote != '\'') return "unquoted attribute " + attr;
      auto end = doc.find(quote, p + 1);
      if (end == std::string::npos) return "unterminated attribute " + attr;
      if (auto problem = check_text(p + 1, end); !problem.empty()) return problem;
      p = end + 1;
    }
    root_seen = true;
    if (doc[p] == '>') {
      open.push_back(name);
      i = p + 1;
    } else {
      i = p + 2;
    }
  }
  if (!open.empty()) return "<" + open.back() + "> is never closed";
  if (!root_seen) return "no root element";
  return {};
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1))
    ++n;
  return n;
}

std::vector<std::string> types(const Timeline& t) {
  std::vector<std::string> out;
  for (const auto& e : t.entries)
    out.push_back(e.date + " " + e.type);
  return out;
}

} // namespace

TEST_CASE("timeline: the well-formedness check itself") {
  CHECK(xml_problem(R"(<?xml version="1.0"?><a x="1"><b/>t &amp; u</a>)").empty());
  CHECK_FALSE(xml_problem("<a><b></a></b>").empty());
  CHECK_FALSE(xml_problem("<a>x < y</a>").empty());
  CHECK_FALSE(xml_problem(R"(<a x="A & B"/>)").empty());
  CHECK_FALSE(xml_problem("<a x=1/>").empty());
  CHECK_FALSE(xml_problem("<a/><b/>").empty());
}

TEST_CASE("timeline: Shandong in date order") {
  AnswersRegistry r;
  auto t = build_timeline(*r.store, "shandong");
  CHECK(t.as_of == "2024-06-30");
  CHECK(types(t) == std::vector<std::string>{"2008 signed", "2012-10-01 signed", "2015-05-12 signed",
                                             "2017-09-02 mission", "2017-09-02 planned_update",
                                             "2019-05-14 mission", "2020-11-03 mission",
                                             "2020-11-03 renewed"});
  std::vector<Id> lanes;
  for (const auto& l : t.lanes)
    lanes.push_back(l.agreement_id);
  CHECK(lanes == std::vector<Id>{r.shandong_2008, r.yantai_2012, r.qingdao_mou_2015});
  const auto& plan = t.entries[4];
  CHECK(plan.agreement_id == r.shandong_2008);
  CHECK(plan.mission_id == r.mission_2017);
  CHECK(plan.until == "2020-11-03");
  CHECK(plan.closed_how == "renewed");

  // As of the end of 2018 the renewal has not happened and the plan is open.
  auto earlier = build_timeline(*r.store, "shandong", "2018-12-31");
  CHECK(earlier.entries.back().type == "planned_update");
  CHECK(earlier.entries.back().until.empty());
}

TEST_CASE("timeline: the SVG is well-formed XML with one lane per agreement") {
  AnswersRegistry r;
  // Titles with markup characters must be escaped.
  r.store->create_agreement(
      by_hand("mou", "Protocole <R&D> \"Jinan\" & l'Université", {"jinan"}, "2021-02-03"));
  auto t = build_timeline(*r.store, "shandong");
  auto svg = timeline_svg(t);
  INFO(svg);
  CHECK(xml_problem(svg).empty());
  CHECK(xml_problem(svg) == "");
  CHECK(count(svg, R"(<g class="lane")") == 4);
  CHECK(count(svg, R"(<g class="lane")") == t.lanes.size());
  CHECK(count(svg, R"(<g class="marker mission")") == 4); // three missions and the legend
  CHECK(count(svg, R"(<path class="closed")") == 1);
  CHECK(svg.find("&lt;R&amp;D&gt;") != std::string::npos);
  CHECK(svg.find(R"(<g class="legend")") != std::string::npos);

  // An open plan's arrow runs to as_of.
  auto china = timeline_svg(build_timeline(*r.store, "china", "2018-12-31"));
  CHECK(xml_problem(china).empty());
  CHECK(count(china, R"(<path class="open")") == 2);

  // A partner with a single old agreement and no mission still draws a valid timeline.
  auto empty = timeline_svg(build_timeline(*r.store, "bavaria", "2024-06-30"));
  CHECK(xml_problem(empty).empty());
}
