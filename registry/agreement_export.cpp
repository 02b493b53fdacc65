#include "registry/agreement_export.hpp"

#include "registry/csv.hpp"
#include "registry/dates.hpp"
#include "registry/status.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>

#include <charconv>
#include <ostream>

namespace entente {
namespace {

std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\\' || c == '|' || c == ';' || c == ']') out += '\\';
    out += c;
  }
  return out;
}

// Splits on `sep` outside backslash escapes, keeping the escapes.
std::vector<std::string> split_escaped(std::string_view s, char sep) {
  std::vector<std::string> parts(1);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      parts.back() += s[i];
      parts.back() += s[++i];
    } else if (s[i] == sep) {
      parts.emplace_back();
    } else {
      parts.back() += s[i];
    }
  }
  return parts;
}

std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) ++i;
    out += s[i];
  }
  return out;
}

// The pieces of a " | "-joined cell, exactly as written (one space on each
// side of every separator belongs to the separator).
std::vector<std::string> split_items(std::string_view cell) {
  if (trim(cell).empty()) return {};
  auto parts = split_escaped(cell, '|');
  for (std::size_t i = 0; i < parts.size(); ++i) {
    auto& p = parts[i];
    if (i > 0 && !p.empty() && p.front() == ' ') p.erase(0, 1);
    if (i + 1 < parts.size() && !p.empty() && p.back() == ' ') p.pop_back();
  }
  return parts;
}

std::optional<std::int64_t> to_int(std::string_view s) {
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

nlohmann::json opt(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

} // namespace

ExportFormat export_format_from(std::string_view name) {
  std::string f = fold(name);
  if (f == "csv") return ExportFormat::Csv;
  if (f == "json") return ExportFormat::Json;
  throw ValidationError(fmt::format("unknown export format '{}'; use csv or json", name));
}

std::string encode_events(const std::vector<AgreementEvent>& events) {
  std::vector<std::string> items;
  for (const auto& e : events) {
    std::string s = e.type;
    if (!e.date.empty()) s += "@" + e.date;
    s += "[" + e.source_kind;
    if (!e.source.empty() || e.mission_id || e.line) s += ";" + escape(e.source);
    if (e.mission_id) s += fmt::format(";mission={}", *e.mission_id);
    if (e.line) s += fmt::format(";line={}", *e.line);
    s += "]";
    if (!e.evidence.empty()) s += ": " + escape(e.evidence);
    items.push_back(std::move(s));
  }
  return join(items, " | ");
}

std::vector<AgreementEvent> decode_events(std::string_view cell) {
  std::vector<AgreementEvent> out;
  for (const auto& item : split_items(cell)) {
    auto bad = [&](std::string_view why) {
      return ValidationError(
          fmt::format("event '{}' {}; write type@date[source_kind;source]: evidence", item, why));
    };
    std::size_t open = item.find('[');
    if (open == std::string::npos) throw bad("has no [source_kind]");
    AgreementEvent e;
    std::string head = trim(std::string_view(item).substr(0, open));
    if (auto at = head.find('@'); at != std::string::npos) {
      e.type = trim(std::string_view(head).substr(0, at));
      e.date = trim(std::string_view(head).substr(at + 1));
    } else {
      e.type = head;
    }
    // The closing bracket is the first one not escaped.
    std::size_t close = std::string::npos;
    for (std::size_t i = open + 1; i < item.size(); ++i) {
      if (item[i] == '\\') {
        ++i;
      } else if (item[i] == ']') {
        close = i;
        break;
      }
    }
    if (close == std::string::npos) throw bad("has no closing ']'");
    auto parts = split_escaped(std::string_view(item).substr(open + 1, close - open - 1), ';');
    e.source_kind = trim(parts[0]);
    if (parts.size() > 1) e.source = unescape(parts[1]);
    for (std::size_t i = 2; i < parts.size(); ++i) {
      std::string_view p = parts[i];
      if (p.starts_with("mission=") && to_int(p.substr(8))) {
        e.mission_id = to_int(p.substr(8));
      } else if (p.starts_with("line=") && to_int(p.substr(5))) {
        e.line = static_cast<int>(*to_int(p.substr(5)));
      } else {
        throw bad(fmt::format("has an unknown part '{}'", p));
      }
    }
    std::string_view rest = std::string_view(item).substr(close + 1);
    if (rest.starts_with(": ")) {
      e.evidence = unescape(rest.substr(2));
    } else if (!trim(rest).empty()) {
      throw bad("has text after ']' without ': '");
    }
    out.push_back(std::move(e));
  }
  return out;
}

std::string encode_relations(const std::vector<AgreementRelation>& relations, Id self) {
  std::vector<std::string> items;
  for (const auto& r : relations) {
    if (r.from != self) continue;
    std::string s = fmt::format("{}:{}", r.type, r.to);
    if (!r.evidence.empty()) s += ": " + escape(r.evidence);
    items.push_back(std::move(s));
  }
  return join(items, " | ");
}

std::vector<AgreementRelation> decode_relations(std::string_view cell, Id self) {
  std::vector<AgreementRelation> out;
  for (const auto& item : split_items(cell)) {
    AgreementRelation r;
    r.from = self;
    std::size_t colon = item.find(':');
    std::size_t colon2 = colon == std::string::npos ? colon : item.find(':', colon + 1);
    auto id = colon == std::string::npos
                  ? std::nullopt
                  : to_int(trim(std::string_view(item).substr(
                        colon + 1, colon2 == std::string::npos ? std::string::npos : colon2 - colon - 1)));
    if (!id) {
      throw ValidationError(fmt::format("relation '{}' is not type:id; write e.g. implements:12", item));
    }
    r.type = trim(std::string_view(item).substr(0, colon));
    r.to = *id;
    if (colon2 != std::string::npos) {
      std::string_view ev = std::string_view(item).substr(colon2 + 1);
      if (ev.starts_with(' ')) ev.remove_prefix(1);
      r.evidence = unescape(ev);
    }
    out.push_back(std::move(r));
  }
  return out;
}

nlohmann::json agreement_json(const Agreement& a, std::string_view as_of) {
  nlohmann::json events = nlohmann::json::array();
  for (const auto& e : a.events) {
    events.push_back({{"type", e.type},
                      {"date", opt(e.date)},
                      {"evidence", e.evidence},
                      {"source_kind", e.source_kind},
                      {"source", e.source},
                      {"mission_id", e.mission_id ? nlohmann::json(*e.mission_id) : nlohmann::json(nullptr)},
                      {"line", e.line ? nlohmann::json(*e.line) : nlohmann::json(nullptr)}});
  }
  nlohmann::json relations = nlohmann::json::array();
  for (const auto& r : a.relations) {
    relations.push_back(
        {{"type", r.type},
         {"from", r.from},
         {"to", r.to},
         {"evidence", r.evidence},
         {"mission_id", r.mission_id ? nlohmann::json(r.mission_id) : nlohmann::json(nullptr)},
         {"line", r.line ? nlohmann::json(r.line) : nlohmann::json(nullptr)}});
  }
  return {{"id", a.id},
          {"ref", opt(a.ref)},
          {"kind", a.kind},
          {"title", a.title},
          {"partners", a.partners},
          {"domains", a.domains},
          {"signed", opt(a.signed_date)},
          {"status", derive_status(a, as_of)},
          {"expires", opt(a.expires)},
          {"review", opt(a.review)},
          {"notes", a.notes},
          {"origin", a.origin},
          {"events", std::move(events)},
          {"relations", std::move(relations)}};
}

void export_agreements(Store& store, std::ostream& out, ExportFormat format, const ExportOptions& options) {
  std::string as_of = options.as_of.empty() ? today() : options.as_of;
  auto agreements = store.list_agreements();
  if (format == ExportFormat::Json) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& a : agreements)
      list.push_back(agreement_json(a, as_of));
    nlohmann::json doc = {{"agreements", std::move(list)}};
    out << doc.dump(2) << '\n';
    return;
  }
  if (options.bom) out << "\xEF\xBB\xBF";
  const char d = options.delimiter;
  write_csv_row(out,
                {"id", "ref", "title", "kind", "partners", "domains", "signed", "status", "expires", "review",
                 "notes", "events", "relations", "origin"},
                d);
  for (const auto& a : agreements) {
    write_csv_row(out,
                  {std::to_string(a.id), a.ref, a.title, a.kind, join(a.partners, "; "),
                   join(a.domains, "; "), a.signed_date, derive_status(a, as_of), a.expires, a.review,
                   a.notes, encode_events(a.events), encode_relations(a.relations, a.id), a.origin},
                  d);
  }
}

} // namespace entente
