#include "indexer/ingest.hpp"
#include "indexer/report_files.hpp"

#include "indexer/french_dates.hpp"
#include "indexer/language.hpp"
#include "indexer/pattern.hpp"
#include "registry/dates.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>
#include <nettle/sha2.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

namespace entente::indexer {
namespace {

namespace fs = std::filesystem;

std::string lower_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

std::string read_bytes(const std::string& path, std::uintmax_t limit) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) throw ReadError(fmt::format("cannot read: {}", ec.message()));
  if (size > limit) {
    throw ReadError(fmt::format("file is {:.1f} MB, over the {:.0f} MB limit for a report", size / 1048576.0,
                                limit / 1048576.0));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ReadError("cannot open the file (permissions?)");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Report headings are often the form's own title ("RAPPORT DE MISSION D'UN
// DÉPLACEMENT À L'EXTÉRIEUR DU CANADA"), which tells one mission from no
// other: such a title is replaced by where and when.
bool is_generic_title(const std::string& title) {
  std::string f = fold(title);
  return f.empty() || f.find("rapport de mission") != std::string::npos ||
         f.find("mission report") != std::string::npos ||
         f.find("report on the mission") != std::string::npos ||
         f.find("report on an official mission") != std::string::npos ||
         f.find("official mission report") != std::string::npos ||
         f.find("rapport de mission officielle") != std::string::npos ||
         f.find("compte rendu de mission") != std::string::npos ||
         // A memo's kind alone: "NOTE", "NOTE AU MINISTRE", "MEMORANDUM".
         f == "note" || f == "note au ministre" || f == "note a la ministre" || f == "note de mission" ||
         f == "note d'information" || f == "memorandum" || f == "memo" || f == "briefing note" ||
         f == "trip report" ||
         // A press release's or a directorate's label over the text
         // ("COMMUNIQUÉ DE PRESSE", "Direction Amériques"): the document's
         // kind or issuer, not what the mission was.
         f == "communique" || f == "communique de presse" || f == "press release" || f == "news release" ||
         f == "media release" || f == "for immediate release" ||
         ((f.starts_with("direction ") || f.starts_with("directorate ") || f.starts_with("division ") ||
           f.starts_with("secretariat ")) &&
          std::count(f.begin(), f.end(), ' ') <= 4);
}

std::string descriptive_title(const Mission& m) {
  static const char* fr_months[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                    "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
  static const char* en_months[] = {"January", "February", "March",     "April",   "May",      "June",
                                    "July",    "August",   "September", "October", "November", "December"};
  bool en = m.language == "en";
  std::vector<std::string> names;
  for (const auto& p : m.places)
    names.push_back(p.text);
  std::string where;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) where += i + 1 == names.size() ? (en ? " and " : " et ") : ", ";
    where += names[i];
  }
  std::string when;
  if (m.start_date.size() >= 7) {
    int month = std::stoi(m.start_date.substr(5, 2));
    if (month >= 1 && month <= 12)
      when = std::string(en ? en_months[month - 1] : fr_months[month - 1]) + " " + m.start_date.substr(0, 4);
  } else if (m.start_date.size() == 4) {
    when = m.start_date;
  }
  std::string title = "Mission";
  if (!where.empty()) title += (en ? " to " : " : ") + where;
  if (!when.empty()) title += " (" + when + ")";
  return title;
}

// The day `sentence` gives for something done during the mission, when that
// day falls within it. A mission across the new year: the day takes the year
// that puts it inside.
std::optional<std::string> day_within_mission(std::string_view sentence, const Mission& m) {
  const std::string& first = m.start_date;
  const std::string& last = m.end_date.empty() ? first : m.end_date;
  if (first.size() < 4) return std::nullopt;
  for (const std::string* bound : {&first, &last}) {
    auto day = find_day_in_year(sentence, std::atoi(bound->substr(0, 4).c_str()));
    if (day && *day >= first && *day <= last) return day;
  }
  // "3.2 Le 10 mars 2004, la ministre et le gouverneur ont procédé au
  // renouvellement ..., soit jusqu'au 31 mars 2009": several days, but the
  // one the sentence opens on is when it happened.
  static const Pattern numbering(R"(^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?)");
  std::string_view rest = sentence;
  if (auto n = numbering.search(rest)) rest.remove_prefix(n->end());
  if (starts_with_date(rest)) {
    if (auto range = find_date_range(rest.substr(0, std::min<std::size_t>(rest.size(), 40)));
        range && range->start == range->end && range->start.size() == 10 && range->start >= first &&
        range->start <= last)
      return range->start;
  }
  // "| 07/02/2024 | Signé durant la mission | 07/02/2029 |", "signed on 7
  // February 2024 for five years, until 7 February 2029": several days, one
  // of them within the mission and each written with its year.
  if (first.size() == 10 && last.size() == 10) {
    std::optional<std::string> inside;
    for (const auto& day : find_days_in_year(sentence, 0)) {
      if (day.starts_with("0000")) return std::nullopt;
      if (day < first || day > last) continue;
      if (inside && *inside != day) return std::nullopt;
      inside = day;
    }
    return inside;
  }
  return std::nullopt;
}

// The day of something a sentence tells of: its own, else the one the
// sentences just before it in its paragraph give ("Le 15 octobre, le
// ministre a été reçu à l'hôtel de ville. Lors de cette cérémonie, l'entente
// a été signée").
// "Le lendemain", "Deux jours plus tard", "the next day": days after the one
// told before, or 0.
int days_later(std::string_view sentence) {
  static const Pattern later(
      R"(^\W*(?:(le lendemain|the next day|the following day|next day)|(le surlendemain|(?:deux|two) (?:jours plus tard|days later))|(?:trois|three) (?:jours plus tard|days later))\b)");
  // (Only at its head: "..., avant le départ pour Qingdao le lendemain" dates
  // something else.)
  auto m = later.search(fold(sentence));
  if (!m) return 0;
  if (m->matched(1) && m->length(1) > 0) return 1;
  if (m->matched(2) && m->length(2) > 0) return 2;
  return 3;
}

// `iso` (YYYY-MM-DD) plus `days`.
std::string plus_days(const std::string& iso, int days) {
  int y = std::atoi(iso.substr(0, 4).c_str()), mo = std::atoi(iso.substr(5, 2).c_str()),
      d = std::atoi(iso.substr(8, 2).c_str()) + days;
  while (d > days_in_month(y, mo)) {
    d -= days_in_month(y, mo);
    if (++mo > 12) {
      mo = 1;
      ++y;
    }
  }
  return fmt::format("{:04d}-{:02d}-{:02d}", y, mo, d);
}

// "On the second day", "Le troisième jour de la mission", "Jour 2 — Jinan",
// "le dernier jour": that day of the mission, when it has dates and the day
// falls within them.
std::optional<std::string> mission_day_named(std::string_view text, const Mission& m) {
  if (m.start_date.size() != 10) return std::nullopt;
  // At the head ("On the final day of the mission, ..."), or right after
  // the signing it dates ("Le MOU a été signé le deuxième jour").
  static const Pattern nth_day(
      R"((?:^\W*|\b(?:signee?s?|conclue?s?|paraphee?s?|renouvelee?s?|signed|concluded|renewed)\s+)(?:(?:on|during|au cours du|lors du|au|le|the)\s+)?(?:the\s+)?(?:(first|second|third|fourth|fifth|sixth|last|final|premier|deuxieme|second|troisieme|quatrieme|cinquieme|sixieme|dernier)\s+(?:day|jour)|(?:day|jour)\s+(\d|one|two|three|four|five|six|un|deux|trois|quatre|cinq|six)\b)\b)");
  const std::string head = fold(text.substr(0, std::min<std::size_t>(text.size(), 240)));
  auto hit = nth_day.search(head); // (a Match views the text it was found in)
  if (!hit) return std::nullopt;
  const std::string& last = m.end_date.size() == 10 ? m.end_date : m.start_date;
  const std::string word = hit->matched(1) && hit->length(1) > 0 ? hit->str(1) : hit->str(2);
  if (word == "last" || word == "final" || word == "dernier")
    return m.end_date.size() == 10 ? std::optional(last) : std::nullopt;
  static const std::pair<const char*, int> ordinals[] = {
      {"first", 1},  {"premier", 1},   {"one", 1},   {"un", 1},        {"second", 2}, {"deuxieme", 2},
      {"two", 2},    {"deux", 2},      {"third", 3}, {"troisieme", 3}, {"three", 3},  {"trois", 3},
      {"fourth", 4}, {"quatrieme", 4}, {"four", 4},  {"quatre", 4},    {"fifth", 5},  {"cinquieme", 5},
      {"five", 5},   {"cinq", 5},      {"sixth", 6}, {"sixieme", 6},   {"six", 6}};
  int n = 0;
  if (word.size() == 1 && std::isdigit(static_cast<unsigned char>(word[0]))) n = word[0] - '0';
  for (const auto& [w, k] : ordinals) {
    if (word == w) n = k;
  }
  if (n < 1) return std::nullopt;
  std::string day = plus_days(m.start_date, n - 1);
  if (day > last) return std::nullopt;
  return day;
}

std::optional<std::string> day_told(std::string_view sentence, const std::vector<std::string>& before,
                                    std::string_view heading, const Mission& m) {
  if (auto day = day_within_mission(sentence, m)) return day;
  if (auto day = mission_day_named(sentence, m)) return day;
  // "Le lendemain, la ministre ... ont signé": the day after the one told
  // before it, or the day heading's, when that stays within the mission.
  const int later = days_later(sentence);
  auto after = [&](std::optional<std::string> day) -> std::optional<std::string> {
    if (!day || later == 0) return day;
    std::string moved = plus_days(*day, later);
    const std::string& last = m.end_date.empty() ? m.start_date : m.end_date;
    if (moved > last) return std::nullopt;
    return moved;
  };
  // (Not across a sentence that tells of another instrument: "On 7
  // September, the Minister signed an MOU on hydrogen. The MOU on culture of
  // 2012 was renewed." gives the renewal no day.)
  static const Pattern instrument(
      R"(\b(?:memorandum|memorandums|mous?|agreements?|ententes?|accords?|protocoles?|protocols?|arrangements?|declarations?|lettres? d'intention|letters? of intent|programmes? de travail|work plans?)\b)");
  // ("Lors de la même cérémonie", "Le lendemain", "The same day": it goes on
  // from that one.)
  static const Pattern goes_on(
      R"(^\W*(?:lors de (?:la|cette) (?:meme )?(?:ceremonie|occasion|rencontre|seance)|a (?:cette|la meme) (?:occasion|ceremonie)|au cours de (?:la meme|cette) (?:ceremonie|rencontre)|le meme jour|the same day|on the same (?:day|occasion)|at the same (?:ceremony|occasion|meeting)|during the same|on that occasion|at that (?:ceremony|occasion))\b)");
  // ("A letter of intent ... was also signed", "Un avenant ... a été signé à
  // la même occasion": alongside the signing told before it.)
  static const Pattern alongside(
      R"(\b(?:(?:was|were|has been|have been) also (?:signed|concluded)|also signed|(?:a|ont) (?:aussi|egalement) (?:ete )?(?:signee?s?|conclue?s?|signe|conclu)|(?:a|ont) ete (?:aussi|egalement) (?:signee?s?|conclue?s?)|a la meme (?:occasion|ceremonie)|at the same (?:ceremony|occasion|time))\b)");
  const bool continues =
      later > 0 || goes_on.found_in(fold(sentence.substr(0, std::min<std::size_t>(sentence.size(), 60)))) ||
      alongside.found_in(fold(sentence));
  for (auto it = before.rbegin(); it != before.rend(); ++it) {
    if (!continues && instrument.found_in(fold(*it))) break;
    if (auto day = day_within_mission(*it, m)) return after(day);
    if (auto day = mission_day_named(*it, m)) return after(day);
  }
  // "Lundi 7 juin — Baton Rouge", "Jour 2 — Jinan" over the paragraph.
  if (auto day = day_within_mission(heading, m)) return after(day);
  return after(mission_day_named(heading, m));
}

} // namespace

std::string sha256_hex(std::string_view bytes) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  sha256_update(&ctx, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  std::uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, sizeof digest, digest);
  std::string hex;
  hex.reserve(2 * sizeof digest);
  for (auto byte : digest)
    hex += fmt::format("{:02x}", byte);
  return hex;
}

MissionInput to_mission_input(const ParsedReport& parsed, const SourceText& text, const std::string& path,
                              const std::string& sha256, std::size_t size) {
  MissionInput in;
  in.document.path = path;
  in.document.sha256 = sha256;
  in.document.size = static_cast<std::int64_t>(size);
  in.document.format = text.format;
  in.document.encoding = text.encoding;
  in.document.notes = join(text.notes, "; ");
  std::string joined;
  for (const auto& l : text.lines) {
    joined += l;
    joined += '\n';
  }
  in.document.text = std::move(joined);
  in.mission = parsed.mission;
  in.mission.source = path;
  if (is_generic_title(in.mission.title) && (!in.mission.places.empty() || !in.mission.start_date.empty())) {
    in.mission.title = descriptive_title(in.mission);
  }
  for (const auto& a : parsed.agreements) {
    ExtractedAgreement ex;
    ex.draft.kind = a.kind;
    ex.draft.title = a.title;
    ex.draft.partners = a.partners;
    ex.draft.domains = a.domains;
    ex.draft.signed_date = a.year;
    // (A signing before the mission, dated to the day: "signée le 17
    // octobre 2008".)
    if (a.relation != "produced" && a.signed_day.size() == 10 && !a.year.empty() &&
        a.signed_day.starts_with(a.year))
      ex.draft.signed_date = a.signed_day;
    // Something signed during the mission is dated by the mission: by the day
    // its sentence gives, when that day falls within the mission, else by its
    // first day.
    const std::string& first = parsed.mission.start_date;
    if ((a.relation == "produced" || a.relation == "renewed") && !first.empty()) {
      ex.event_date = day_told(a.evidence, a.told_before, a.heading, parsed.mission).value_or("");
      ex.term_years = a.term_years;
      // "renewed for a further five years" and, told again, "until 8
      // September 2027": the end the report dates, not one counted.
      if (std::any_of(a.stated.begin(), a.stated.end(), [&](const AgreementEvent& e) {
            return e.type == "expired" && e.date.size() >= 4 &&
                   e.date > (ex.event_date.empty() ? first : ex.event_date);
          }))
        ex.term_years = 0;
    }
    if (a.relation == "produced" && !first.empty() && (a.year.empty() || first.rfind(a.year, 0) == 0))
      ex.draft.signed_date = ex.event_date.empty() ? first : ex.event_date;
    ex.draft.origin = "extracted";
    // What the report states without a date happened by the mission: an
    // amendment or a replacement signed during it on the day its sentence
    // gives, like a signature; an end is known as of its first day.
    ex.stated = a.stated;
    // "the expired 2010 MOU" with "which expired in 2020" elsewhere: the end
    // the report dates is the end; the undated one would date it by the
    // mission.
    // Likewise "jusqu'en 2009" beside "jusqu'au 31 mars 2009": the day.
    for (const char* type : {"expired", "terminated"}) {
      const std::vector<AgreementEvent> all = ex.stated;
      std::erase_if(ex.stated, [&](const AgreementEvent& e) {
        return e.type == type && std::any_of(all.begin(), all.end(), [&](const AgreementEvent& finer) {
                 return finer.type == type && finer.date.size() > e.date.size() &&
                        finer.date.starts_with(e.date);
               });
      });
    }
    for (auto& e : ex.stated) {
      if (!e.date.empty()) continue;
      if (e.type == "amended" || e.type == "superseded") {
        if (auto day =
                day_told(e.evidence, e.evidence == a.evidence ? a.told_before : std::vector<std::string>{},
                         e.evidence == a.evidence ? a.heading : std::string_view(), parsed.mission))
          e.date = *day;
      }
      if (e.date.empty()) e.date = first.empty() ? parsed.mission.report_date : first;
    }
    ex.relation = a.relation;
    ex.evidence = a.evidence;
    ex.line = a.line;
    ex.line_end = a.line_end;
    in.agreements.push_back(std::move(ex));
  }
  in.recommendation_agreements = parsed.recommendation_agreements;
  in.relations = parsed.relations;
  return in;
}

PreparedFile prepare_file(const ParseContext& ctx, const std::string& path, const std::string& stored_sha256,
                          const ReadLimits& limits) {
  PreparedFile out;
  out.path_held = !stored_sha256.empty();
  IngestResult& result = out.result;
  result.path = path;
  try {
    std::string bytes = read_bytes(path, limits.max_bytes);
    result.bytes = bytes.size();
    std::string sha = sha256_hex(bytes);
    if (!stored_sha256.empty() && stored_sha256 == sha) {
      result.status = IngestStatus::Unchanged;
      return out;
    }
    std::string ext = lower_extension(path);
    // The reader decides from the content too (a .txt that is a PDF), but
    // reads from memory so the file is read once.
    SourceText text = ext == ".pdf" || bytes.rfind("%PDF-", 0) == 0 ? read_document(path, limits)
                                                                    : read_text_bytes(bytes, limits);
    ParsedReport parsed = parse_report(text, ctx);
    result.notes = text.notes;
    result.notes.insert(result.notes.end(), parsed.warnings.begin(), parsed.warnings.end());
    MissionInput in = to_mission_input(parsed, text, path, sha, bytes.size());
    in.document.file = file_identity(path);
    if (in.mission.language.empty()) in.mission.language = "fr";
    out.input = std::move(in);
  } catch (const ReadError& e) {
    result.status = IngestStatus::Failed;
    result.error = e.what();
  } catch (const std::bad_alloc&) {
    result.status = IngestStatus::Failed;
    result.error = "ran out of memory while reading it";
  } catch (const std::exception& e) {
    result.status = IngestStatus::Failed;
    result.error = e.what();
  }
  return out;
}

IngestResult store_prepared(Store& store, PreparedFile&& prepared) {
  IngestResult result = std::move(prepared.result);
  if (!prepared.input) return result;
  try {
    // Only for a path the registry does not hold: a report it holds, changed
    // into a copy of another, is still that report.
    auto held = prepared.path_held
                    ? std::nullopt
                    : store.content_held_elsewhere(prepared.input->document.sha256, result.path);
    if (held) {
      result.status = IngestStatus::Unchanged;
      result.mission_id = held->mission;
      result.notes.push_back(fmt::format("same content as {}, already in the registry as mission {}",
                                         held->path, held->mission));
      return result;
    }
    sql::Savepoint sp(store.db(), "ingest_file");
    StoreOutcome outcome = store.store_mission(*prepared.input);
    result.mission_id = store.mission_id_for_path(result.path, prepared.input->document.file).value_or(0);
    sp.release();
    result.agreements = prepared.input->agreements.size();
    result.status = outcome == StoreOutcome::Added     ? IngestStatus::Added
                    : outcome == StoreOutcome::Updated ? IngestStatus::Updated
                                                       : IngestStatus::Unchanged;
  } catch (const sql::SqliteError& e) {
    // A full disk or a broken registry concerns every file: stop the run.
    if (e.code() == SQLITE_FULL || (e.code() & 0xff) == SQLITE_IOERR || (e.code() & 0xff) == SQLITE_READONLY)
      throw;
    result.status = IngestStatus::Failed;
    result.error = fmt::format("could not store it: {}", e.what());
  } catch (const std::bad_alloc&) {
    result.status = IngestStatus::Failed;
    result.error = "ran out of memory while storing it";
  } catch (const std::exception& e) {
    result.status = IngestStatus::Failed;
    result.error = e.what();
  }
  return result;
}

IngestResult ingest_file(Store& store, const std::string& path, const ReadLimits& limits) {
  ParseContext ctx{store.gazetteer(), store.taxonomy()};
  return store_prepared(
      store, prepare_file(ctx, path, store.stored_sha256(path, file_identity(path)).value_or(""), limits));
}

} // namespace entente::indexer
