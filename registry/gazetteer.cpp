#include "registry/gazetteer.hpp"

#include "registry/text.hpp"
#include "registry/tokens.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace entente {
namespace {

// ISO's names keep the macrons of a transliteration ("Mahārāshtra",
// "Hyōgo"), which French and English text does not write: a title or a
// heading names "Maharashtra". Matching folds them away anyway.
std::string without_macrons(std::string_view name) {
  // (Most names have none: the gazetteer's load is on every command's path.)
  if (name.find('\xC4') == std::string_view::npos && name.find('\xC5') == std::string_view::npos)
    return std::string(name);
  // (Where other letters of Latin Extended-A stand beside them, as in
  // "Ērgļu novads" or "Asyuţ", they are the name's own spelling.)
  for (std::size_t i = 0; i + 1 < name.size(); ++i) {
    const auto lead = static_cast<unsigned char>(name[i]);
    if (lead != 0xC4 && lead != 0xC5) continue;
    const unsigned code = ((lead & 0x1Fu) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3Fu);
    if (code != 0x100 && code != 0x101 && code != 0x112 && code != 0x113 && code != 0x12A && code != 0x12B &&
        code != 0x14C && code != 0x14D && code != 0x16A && code != 0x16B)
      return std::string(name);
  }
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto lead = static_cast<unsigned char>(name[i]);
    if ((lead == 0xC4 || lead == 0xC5) && i + 1 < name.size()) {
      const auto next = static_cast<unsigned char>(name[i + 1]);
      const unsigned code = ((lead & 0x1Fu) << 6) | (next & 0x3Fu);
      const char* plain = nullptr;
      switch (code) {
      case 0x100:
        plain = "A";
        break;
      case 0x101:
        plain = "a";
        break;
      case 0x112:
        plain = "E";
        break;
      case 0x113:
        plain = "e";
        break;
      case 0x12A:
        plain = "I";
        break;
      case 0x12B:
        plain = "i";
        break;
      case 0x14C:
        plain = "O";
        break;
      case 0x14D:
        plain = "o";
        break;
      case 0x16A:
        plain = "U";
        break;
      case 0x16B:
        plain = "u";
        break;
      default:
        break;
      }
      if (plain != nullptr) {
        out += plain;
        ++i;
        continue;
      }
    }
    out.push_back(name[i]);
  }
  return out;
}

// Levels decide between partners that share a name (rule 3 of the header).
int level_of(std::string_view kind) {
  if (kind == "country" || kind == "region") return 4;
  if (kind == "subdivision") return 3;
  if (kind == "city") return 2;
  return 1; // organisations and institutions that users add
}

// Words that, around a name, say which level is meant. Folded forms.
enum class Hint : std::uint8_t { none, country, subdivision, city };

Hint hint_of(std::string_view w) {
  static const std::unordered_map<std::string_view, Hint> words = {
      {"province", Hint::subdivision},
      {"provinces", Hint::subdivision},
      {"etat", Hint::subdivision},
      {"state", Hint::subdivision},
      {"land", Hint::subdivision},
      {"bundesland", Hint::subdivision},
      {"region", Hint::subdivision},
      {"municipalite", Hint::subdivision},
      {"municipality", Hint::subdivision},
      {"prefecture", Hint::subdivision},
      {"oblast", Hint::subdivision},
      {"krai", Hint::subdivision},
      {"kray", Hint::subdivision},
      {"canton", Hint::subdivision},
      {"territoire", Hint::subdivision},
      {"territory", Hint::subdivision},
      {"sheng", Hint::subdivision},
      {"zizhiqu", Hint::subdivision},
      {"communaute", Hint::subdivision},
      {"comunidad", Hint::subdivision},
      {"governorate", Hint::subdivision},
      {"gouvernorat", Hint::subdivision},
      {"voivodeship", Hint::subdivision},
      {"ville", Hint::city},
      {"city", Hint::city},
      {"cite", Hint::city},
      {"town", Hint::city},
      {"republique", Hint::country},
      {"republic", Hint::country},
      {"royaume", Hint::country},
      {"kingdom", Hint::country},
      {"pays", Hint::country},
      {"country", Hint::country},
  };
  auto it = words.find(w);
  return it == words.end() ? Hint::none : it->second;
}

// Articles, prepositions and qualifiers that may surround a name in an
// administrative phrasing ("la municipalité autonome de Shanghai") but
// carry no level of their own.
bool is_filler(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "la",
      "le",
      "les",
      "l",
      "de",
      "du",
      "des",
      "d",
      "the",
      "of",
      "autonome",
      "autonomous",
      "federal",
      "federe",
      "libre",
      "free",
      "special",
      "speciale",
      "shi",
      "administrative",
      "metropolitaine",
      "metropolitan",
      "capitale",
      "capital",
      "in",
      "en",
      "au",
      "aux",
      "a",
  };
  return words.count(w) != 0;
}

const char* hint_kind(Hint h) {
  switch (h) {
  case Hint::country:
    return "country";
  case Hint::subdivision:
    return "subdivision";
  case Hint::city:
    return "city";
  case Hint::none:
    break;
  }
  return "";
}

// Ordinary French and English words that are also the names of places in
// the bundled data. In running text they count as a place only when
// capitalised in the middle of a sentence; resolve() still accepts them.
bool is_common_word(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "nice",     "orange",   "mobile",   "split",        "sens",       "vienne",      "mais",
      "of",       "bath",     "reading",  "sante",        "tours",      "sale",        "mission",
      "commerce", "union",    "liberty",  "independence", "concord",    "providence",  "normal",
      "price",    "energy",   "police",   "lens",         "grasse",     "bar",         "rang",
      "date",     "dole",     "vire",     "digne",        "gap",        "belle",       "bonne",
      "condom",   "ham",      "mer",      "sable",        "worms",      "hof",         "bad",
      "colon",    "salt",     "man",      "moron",        "bend",       "center",      "centre",
      "mesa",     "temple",   "charity",  "hope",         "enterprise", "opportunity", "pleasant",
      "paradise", "eden",     "golden",   "general",      "justice",    "nation",      "national",
      "marche",   "sport",    "cultures", "ville",        "region",     "progreso",    "victoria",
      "florida",  "mercedes", "lagos",    "trinidad",     "asia",       "europe",      "natal",
      "deal",     "dover",    "street",   "university",   "college",    "industry",    "friendship",
      "harmony",  "unity",    "commune",  "plaines",      "valence",    "lune",
  };
  return words.count(w) != 0;
}

// Words of geography that name first-level divisions somewhere ("Nord" in
// Bahrain, "Centre" in Burkina Faso, "Bay" in Somalia) and, far more often,
// no place: "Amérique du Sud", "Centre hospitalier", "Missisquoi Bay",
// "Logistik Nord". Alone they need an administrative word beside them
// ("la région du Nord", "Centre Region").
bool is_generic_place_word(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "nord",      "sud",      "est",       "ouest",     "centre",     "center",    "central",    "north",
      "south",     "east",     "west",      "northern",  "southern",   "eastern",   "western",    "bay",
      "coast",     "cote",     "littoral",  "plateau",   "plateaux",   "lakes",     "lacs",       "capital",
      "capitale",  "interior", "interieur", "highlands", "islands",    "iles",      "savanes",    "mountains",
      "montagnes", "lagunes",  "sahel",     "oriental",  "occidental", "orientale", "occidentale"};
  return words.count(w) != 0;
}

// Function words never taken for a place in running text, whatever the case.
bool is_never_in_text(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "a",  "au",  "aux", "de",   "des", "du",  "en", "et",  "la", "le", "les", "l",  "d",
      "un", "une", "par", "pour", "sur", "the", "an", "and", "in", "on", "at",  "to", "is",
      "it", "as",  "be",  "or",   "ou",  "y",   "il", "on",  "ne", "se", "ce",  "si", "no",
  };
  return words.count(w) != 0;
}

// Words of a mission report that name a small town somewhere (Mission,
// Texas; Commerce, California) and, written with a capital in a report,
// a thing: "the Premier's Mission", "Santé Québec". Like the words of
// geography above, alone they need an administrative word beside them.
bool is_report_word(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "mission",    "commerce", "sante",    "energy",     "justice",     "industry", "university",
      "college",    "nation",   "national", "general",    "union",       "police",   "sport",
      "friendship", "harmony",  "unity",    "enterprise", "opportunity", "date",     "center",
      "centre",     "cultures", "ville",    "agri"}; // "Agri-food cooperation MOU", not Ağrı in Turkey
  return words.count(w) != 0;
}

// Titles before a person's name: "Governor Mark Dayton", "le maire Bruno
// Marchand".
bool is_title_word(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "governor",     "gouverneur", "gouverneure", "mayor",      "maire",        "mairesse",
      "minister",     "ministre",   "premier",     "president",  "presidente",   "secretary",
      "secretaire",   "senator",    "senateur",    "senatrice",  "ambassador",   "ambassadeur",
      "ambassadrice", "consul",     "deputy",      "depute",     "deputee",      "chancellor",
      "chancelier",   "director",   "directeur",   "directrice", "commissioner", "commissaire",
      "chair",        "chairman",   "chairwoman",  "professor",  "professeur"};
  return words.count(w) != 0;
}

bool is_honorific(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "me", "sir", "monsieur", "madame"};
  return words.count(w) != 0;
}

struct Entry {
  std::uint32_t partner = 0;
  std::uint8_t flags = 0;
};
enum : std::uint8_t {
  kSlug = 1,    // the key is the partner's slug
  kCode = 2,    // an ISO code: only in resolve(), written in capitals
  kAcronym = 4, // "PRC", "USA": in text only when written in capitals
  kName = 8,    // English name
  kNameFr = 16, // French name
  kAlias = 32,
};

std::string join_words(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string key;
  for (std::size_t i = from; i < to; ++i) {
    if (i > from) key.push_back(' ');
    key += words[i];
  }
  return key;
}

bool is_upper_ascii_word(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
}

std::size_t levenshtein(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<std::size_t> prev(b.size() + 1);
  std::vector<std::size_t> cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

} // namespace

struct Gazetteer::Impl {
  std::vector<Partner> partners;
  std::unordered_map<std::string, std::uint32_t> by_slug;
  // Folded words joined by one space -> partners known by that name.
  std::unordered_map<std::string, std::vector<Entry>> index;
  // First word of a name -> the most words a name starting with it has.
  std::unordered_map<std::string, std::uint8_t> first_word;
  std::unordered_map<std::string, std::vector<std::uint32_t>> children;
  // Folded demonym ("wallonne", "bavarian") -> the partner whose government
  // it names next to a word of government (demonyms.tsv).
  std::unordered_map<std::string, std::uint32_t> demonyms;
  // The name index (index, first_word) is most of the load time, and answers
  // that start from a slug (commitments, timeline, a partner: filter) never
  // read it: it is built on first use. Ingest reads it from several threads,
  // hence the lock; adding partners happens before any reader starts.
  std::mutex names_mutex;
  std::atomic<bool> names_ready{false};

  void ensure_names() {
    if (names_ready.load(std::memory_order_acquire)) return;
    std::lock_guard lock(names_mutex);
    if (names_ready.load(std::memory_order_relaxed)) return;
    rebuild_names();
    names_ready.store(true, std::memory_order_release);
  }

  // The key fold_words + join_words would make, without their allocations, for the
  // ASCII names that are most of the gazetteer: for ASCII, folding is lower-casing
  // and u_isalnum is [A-Za-z0-9], so words are the runs of those.
  static bool ascii_key(std::string_view name, std::string& key, std::size_t& first_len, std::size_t& count) {
    key.clear();
    first_len = 0;
    count = 0;
    bool in_word = false;
    for (char ch : name) {
      auto c = static_cast<unsigned char>(ch);
      if (c >= 0x80) return false;
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (!in_word) {
          if (count > 0) key.push_back(' ');
          ++count;
          in_word = true;
        }
        key.push_back(static_cast<char>(c));
        if (count == 1) ++first_len;
      } else {
        in_word = false;
      }
    }
    return true;
  }

  void index_name(std::uint32_t p, std::string_view name, std::uint8_t flags) {
    std::string key;
    std::size_t first_len = 0;
    std::size_t count = 0;
    if (!ascii_key(name, key, first_len, count)) {
      std::vector<std::string> words = fold_words(name);
      count = words.size();
      if (count > 0) {
        key = join_words(words, 0, words.size());
        first_len = words.front().size();
      }
    }
    if (count == 0) return;
    auto& entries = index[key];
    auto same = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.partner == p; });
    if (same != entries.end()) {
      same->flags = static_cast<std::uint8_t>(same->flags | flags);
    } else {
      entries.push_back(Entry{p, flags});
    }
    key.resize(first_len);
    auto& longest = first_word[key];
    longest = static_cast<std::uint8_t>(std::max<std::size_t>(longest, std::min<std::size_t>(count, 255)));
  }

  void index_partner(std::uint32_t p) {
    const Partner& partner = partners[p];
    index_name(p, partner.slug, kSlug);
    index_name(p, partner.name, kName);
    if (!partner.name_fr.empty()) index_name(p, partner.name_fr, kNameFr);
    if (!partner.code.empty()) index_name(p, partner.code, kCode);
    for (const auto& alias : partner.aliases) {
      bool acronym = alias.size() <= 5 && is_upper_ascii_word(alias);
      index_name(p, alias, acronym ? kAcronym : kAlias);
    }
  }

  void rebuild() {
    by_slug.clear();
    by_slug.reserve(partners.size());
    for (std::uint32_t p = 0; p < partners.size(); ++p)
      by_slug[partners[p].slug] = p;
    rebuild_children();
    names_ready.store(false);
    index.clear();
    first_word.clear();
  }

  void rebuild_children() {
    children.clear();
    for (std::uint32_t p = 0; p < partners.size(); ++p) {
      if (!partners[p].parent.empty()) children[partners[p].parent].push_back(p);
    }
  }

  // by_slug must be current.
  void rebuild_names() {
    index.clear();
    first_word.clear();
    // The bundled file has about 3.5 names and 2 distinct keys per partner.
    index.reserve(partners.size() * 2);
    first_word.reserve(partners.size() * 2);
    for (std::uint32_t p = 0; p < partners.size(); ++p)
      index_partner(p);
  }

  const std::vector<Entry>* lookup(const std::string& key) const {
    auto it = index.find(key);
    return it == index.end() ? nullptr : &it->second;
  }

  // Ranks candidates: the level asked by an administrative word, then the
  // higher level, then population, then slug. Returns the winner's index
  // into `entries` and explains the choice in `reason`.
  std::size_t choose(const std::vector<Entry>& entries, Hint hint, std::string_view hint_word,
                     std::string_view phrase, std::string& reason) const {
    auto better = [&](const Entry& a, const Entry& b) {
      const Partner& pa = partners[a.partner];
      const Partner& pb = partners[b.partner];
      if (hint != Hint::none) {
        bool ha = pa.kind == hint_kind(hint);
        bool hb = pb.kind == hint_kind(hint);
        if (ha != hb) return ha;
      }
      int la = level_of(pa.kind);
      int lb = level_of(pb.kind);
      if (la != lb) return la > lb;
      if (pa.population != pb.population) return pa.population > pb.population;
      return pa.slug < pb.slug;
    };
    std::size_t best = 0;
    for (std::size_t i = 1; i < entries.size(); ++i) {
      if (better(entries[i], entries[best])) best = i;
    }
    const Partner& win = partners[entries[best].partner];
    if (entries.size() == 1) {
      reason = "'" + std::string(phrase) + "' is a name of the " + win.kind + " " + win.slug;
      if (hint != Hint::none) reason += " ('" + std::string(hint_word) + "' is an administrative word)";
      return best;
    }
    std::string names;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const Partner& p = partners[entries[i].partner];
      if (i) names += i + 1 == entries.size() ? " and " : ", ";
      names += "the " + p.kind + " " + p.slug;
    }
    reason = "'" + std::string(phrase) + "' names " + names + "; ";
    // The runner-up explains which rule separated it from the winner.
    const Partner* runner = nullptr;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (i == best) continue;
      const Partner& p = partners[entries[i].partner];
      if (runner == nullptr || level_of(p.kind) > level_of(runner->kind) ||
          (level_of(p.kind) == level_of(runner->kind) && p.population > runner->population)) {
        runner = &p;
      }
    }
    if (hint != Hint::none && win.kind == hint_kind(hint) && runner && runner->kind != win.kind) {
      reason += "'" + std::string(hint_word) + "' asks for the " + win.kind + ", so " + win.slug + " wins";
    } else if (runner && level_of(win.kind) != level_of(runner->kind)) {
      reason += "without an administrative word ('State', 'province', 'État de', 'ville de', 'City'), the "
                "higher level wins: " +
                win.slug;
    } else if (runner && win.population != runner->population) {
      reason += "same level, the larger population wins: " + win.slug + " (" +
                std::to_string(win.population) + " inhabitants) over " + runner->slug + " (" +
                std::to_string(runner->population) + ")";
    } else {
      reason += "same level and population, the first slug in alphabetical order wins: " + win.slug;
    }
    return best;
  }

  std::optional<PartnerMatch> resolve_words(std::string_view phrase, const std::vector<std::string>& words,
                                            bool allow_codes) const {
    if (words.empty()) return std::nullopt;
    auto usable = [&](const std::vector<Entry>& entries) {
      std::vector<Entry> out;
      for (const Entry& e : entries) {
        if ((e.flags & kCode) && !(e.flags & ~kCode) && !allow_codes) continue;
        out.push_back(e);
      }
      return out;
    };
    auto make = [&](const std::vector<Entry>& entries, Hint hint, std::string_view hint_word,
                    const std::string& key) -> std::optional<PartnerMatch> {
      std::vector<Entry> cands = usable(entries);
      if (cands.empty()) return std::nullopt;
      PartnerMatch m;
      std::size_t best = choose(cands, hint, hint_word, phrase, m.reason);
      m.slug = partners[cands[best].partner].slug;
      m.matched = key;
      for (std::size_t i = 0; i < cands.size(); ++i) {
        if (i != best) m.alternatives.push_back(partners[cands[i].partner].slug);
      }
      return m;
    };
    std::string key = join_words(words, 0, words.size());
    if (const auto* entries = lookup(key)) {
      // A stored alias may itself carry the level ("New York State").
      Hint hint = Hint::none;
      std::string hint_word;
      for (const auto& w : words) {
        if (Hint h = hint_of(w); h != Hint::none) {
          hint = h;
          hint_word = w;
        }
      }
      if (auto m = make(*entries, hint, hint_word, key)) return m;
    }
    // Peel administrative words and articles off both ends.
    std::size_t from = 0;
    std::size_t to = words.size();
    Hint hint = Hint::none;
    std::string hint_word;
    auto note = [&](const std::string& w) {
      if (Hint h = hint_of(w); h != Hint::none && hint == Hint::none) {
        hint = h;
        hint_word = w;
      }
    };
    // Try the phrase after each peeled word, so that a stored administrative name wins over the
    // bare one: "la préfecture d'Osaka" is "préfecture d'Osaka" (the prefecture), not "Osaka" (the city).
    while (from < to && (hint_of(words[from]) != Hint::none || is_filler(words[from]))) {
      note(words[from++]);
      if (from < to) {
        if (const auto* entries = lookup(join_words(words, from, to)))
          return make(*entries, hint, hint_word, join_words(words, from, to));
      }
    }
    while (to > from && (hint_of(words[to - 1]) != Hint::none || is_filler(words[to - 1]))) {
      note(words[--to]);
      if (from < to) {
        if (const auto* entries = lookup(join_words(words, from, to)))
          return make(*entries, hint, hint_word, join_words(words, from, to));
      }
    }
    return std::nullopt;
  }
};

Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) {}

Gazetteer::Gazetteer(std::vector<Partner> partners) : impl_(std::make_unique<Impl>()) {
  impl_->partners = std::move(partners);
  impl_->rebuild();
}

Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;

Gazetteer Gazetteer::load_tsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open the gazetteer file");
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string data = buf.str();

  static constexpr std::array<std::string_view, 8> kColumns = {"slug",       "kind",    "parent",  "code",
                                                               "population", "name_en", "name_fr", "aliases"};
  std::vector<Partner> partners;
  partners.reserve(data.size() / 80);
  std::size_t pos = 0;
  std::size_t line_no = 0;
  bool header_seen = false;
  std::array<std::string_view, 8> cols;
  while (pos < data.size()) {
    std::size_t eol = data.find('\n', pos);
    if (eol == std::string::npos) eol = data.size();
    std::string_view line(data.data() + pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    auto where = [&] { return path + ":" + std::to_string(line_no) + ": "; };
    std::size_t count = 0;
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      if (count < cols.size())
        cols[count] = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
      ++count;
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (count != cols.size()) {
      throw std::runtime_error(where() + "expected " + std::to_string(cols.size()) +
                               " tab-separated columns, found " + std::to_string(count));
    }
    if (!header_seen) {
      for (std::size_t i = 0; i < cols.size(); ++i) {
        if (cols[i] != kColumns[i]) {
          throw std::runtime_error(where() +
                                   "the header row must be 'slug kind parent code population name_en "
                                   "name_fr aliases' (tab-separated); column " +
                                   std::to_string(i + 1) + " is '" + std::string(cols[i]) + "'");
        }
      }
      header_seen = true;
      continue;
    }
    Partner p;
    p.slug = std::string(cols[0]);
    p.kind = std::string(cols[1]);
    p.parent = std::string(cols[2]);
    p.code = std::string(cols[3]);
    if (p.slug.empty()) throw std::runtime_error(where() + "empty slug");
    if (p.kind.empty()) throw std::runtime_error(where() + "empty kind for '" + p.slug + "'");
    if (!cols[4].empty()) {
      std::int64_t v = 0;
      for (char c : cols[4]) {
        if (c < '0' || c > '9') {
          throw std::runtime_error(where() + "population '" + std::string(cols[4]) + "' of '" + p.slug +
                                   "' is not a whole number");
        }
        v = v * 10 + (c - '0');
      }
      p.population = v;
    }
    p.name = without_macrons(cols[5]);
    p.name_fr = cols[6].empty() ? p.name : without_macrons(cols[6]);
    p.aliases = split_list(cols[7], '|');
    p.origin = "bundled";
    partners.push_back(std::move(p));
  }
  if (!header_seen) throw std::runtime_error(path + ": no header row; is this a gazetteer file?");

  Gazetteer g;
  g.impl_->partners = std::move(partners);
  auto& impl = *g.impl_;
  impl.by_slug.reserve(impl.partners.size());
  for (std::uint32_t p = 0; p < impl.partners.size(); ++p) {
    auto [it, fresh] = impl.by_slug.emplace(impl.partners[p].slug, p);
    if (!fresh) {
      throw std::runtime_error(path + ": slug '" + impl.partners[p].slug + "' appears twice");
    }
  }
  for (const auto& p : impl.partners) {
    if (!p.parent.empty() && impl.by_slug.count(p.parent) == 0) {
      throw std::runtime_error(path + ": parent '" + p.parent + "' of '" + p.slug + "' is not in the file");
    }
  }
  impl.rebuild_children();
  // The demonyms beside the gazetteer, when there are: "le ministre wallon".
  const auto demonyms = std::filesystem::path(path).parent_path() / "demonyms.tsv";
  if (std::filesystem::exists(demonyms)) g.load_demonyms(demonyms.string());
  return g;
}

void Gazetteer::load_demonyms(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open the demonyms file");
  std::string line;
  bool header_seen = false;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos)
      throw std::runtime_error(path + ": expected two tab-separated columns (slug, forms) in '" + line + "'");
    if (!header_seen) {
      if (line != "slug\tforms") throw std::runtime_error(path + ": the header row must be 'slug forms'");
      header_seen = true;
      continue;
    }
    auto it = impl_->by_slug.find(line.substr(0, tab));
    if (it == impl_->by_slug.end()) continue;
    for (const auto& form : split_list(std::string_view(line).substr(tab + 1), '|'))
      impl_->demonyms.emplace(fold(form), it->second);
  }
}

void Gazetteer::add(Partner partner) {
  if (partner.slug.empty()) partner.slug = slugify(partner.name);
  if (partner.slug.empty()) throw std::invalid_argument("a partner needs a slug or a name");
  if (partner.name.empty()) partner.name = partner.slug;
  if (partner.name_fr.empty()) partner.name_fr = partner.name;
  if (partner.kind.empty()) partner.kind = "organisation";
  if (partner.origin.empty()) partner.origin = "user";
  auto it = impl_->by_slug.find(partner.slug);
  if (it != impl_->by_slug.end()) {
    Partner& old = impl_->partners[it->second];
    for (auto& a : old.aliases) {
      if (std::find(partner.aliases.begin(), partner.aliases.end(), a) == partner.aliases.end()) {
        partner.aliases.push_back(a);
      }
    }
    old = std::move(partner);
    impl_->rebuild(); // names may have changed: rebuilding is simpler than unindexing
    return;
  }
  auto p = static_cast<std::uint32_t>(impl_->partners.size());
  impl_->partners.push_back(std::move(partner));
  impl_->by_slug[impl_->partners.back().slug] = p;
  if (!impl_->partners.back().parent.empty()) impl_->children[impl_->partners.back().parent].push_back(p);
  if (impl_->names_ready) impl_->index_partner(p);
}

void Gazetteer::add_alias(std::string_view slug, std::string_view alias) {
  auto it = impl_->by_slug.find(std::string(slug));
  if (it == impl_->by_slug.end()) {
    throw std::invalid_argument("no partner '" + std::string(slug) + "' to add the alias '" +
                                std::string(alias) + "' to");
  }
  std::string a = trim(alias);
  if (fold_words(a).empty()) throw std::invalid_argument("alias '" + std::string(alias) + "' has no letters");
  Partner& p = impl_->partners[it->second];
  if (std::find(p.aliases.begin(), p.aliases.end(), a) != p.aliases.end()) return;
  p.aliases.push_back(a);
  if (impl_->names_ready)
    impl_->index_name(it->second, a, a.size() <= 5 && is_upper_ascii_word(a) ? kAcronym : kAlias);
}

const Partner* Gazetteer::find(std::string_view slug) const {
  auto it = impl_->by_slug.find(std::string(slug));
  return it == impl_->by_slug.end() ? nullptr : &impl_->partners[it->second];
}

const std::vector<Partner>& Gazetteer::partners() const {
  return impl_->partners;
}

std::optional<std::string> Gazetteer::resolve_slug(std::string_view phrase) const {
  std::string clean = trim(phrase);
  if (const Partner* p = find(clean)) return p->slug;
  auto m = resolve(clean);
  if (!m) return std::nullopt;
  return m->slug;
}

std::optional<PartnerMatch> Gazetteer::resolve(std::string_view phrase) const {
  std::string clean = trim(phrase);
  if (clean.empty()) return std::nullopt;
  impl_->ensure_names();
  if (const Partner* p = find(clean)) {
    PartnerMatch m;
    m.slug = p->slug;
    m.matched = p->slug;
    m.reason = "'" + clean + "' is the slug of the " + p->kind + " " + p->slug;
    if (const auto* entries = impl_->lookup(join_words(fold_words(clean), 0, fold_words(clean).size()))) {
      for (const Entry& e : *entries) {
        if (impl_->partners[e.partner].slug != p->slug)
          m.alternatives.push_back(impl_->partners[e.partner].slug);
      }
    }
    return m;
  }
  // Codes are written in capitals ("CN-SD"); "de" or "in" are words, not Germany or India.
  bool allow_codes = std::all_of(clean.begin(), clean.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
  auto words = fold_words(clean);
  if (auto m = impl_->resolve_words(clean, words, allow_codes)) return m;

  // "Qingdao, Chine", "Orange (France)", "Portland, Maine": the qualifier picks among homonyms.
  std::size_t cut = clean.find_first_of(",(");
  if (cut == std::string::npos) return std::nullopt;
  std::string head = trim(clean.substr(0, cut));
  std::string tail = trim(clean.substr(cut + 1));
  while (!tail.empty() && tail.back() == ')')
    tail = trim(tail.substr(0, tail.size() - 1));
  auto first = impl_->resolve_words(head, fold_words(head), false);
  if (!first) return std::nullopt;
  auto context = resolve(tail);
  if (!context) return first;
  std::vector<std::string> cands{first->slug};
  cands.insert(cands.end(), first->alternatives.begin(), first->alternatives.end());
  for (const auto& c : cands) {
    auto up = ancestors(c);
    if (std::find(up.begin(), up.end(), context->slug) != up.end()) {
      PartnerMatch m = *first;
      if (c != m.slug) {
        m.alternatives.erase(std::remove(m.alternatives.begin(), m.alternatives.end(), c),
                             m.alternatives.end());
        m.alternatives.push_back(m.slug);
        m.slug = c;
      }
      m.reason = "'" + head + "' inside " + context->slug + " is " + c +
                 (cands.size() > 1 ? " (the qualifier '" + tail + "' picks it among its homonyms)" : "");
      return m;
    }
  }
  return first;
}

std::vector<std::string> Gazetteer::namesakes(std::string_view slug) const {
  const Partner* self = find(slug);
  if (self == nullptr) return {};
  impl_->ensure_names();
  std::vector<std::uint32_t> found;
  for (const std::string* name : {&self->name, &self->name_fr}) {
    if (name->empty()) continue;
    const auto words = fold_words(*name);
    auto it = impl_->index.find(join_words(words, 0, words.size()));
    if (it == impl_->index.end()) continue;
    for (const Entry& e : it->second) {
      if ((e.flags & (kName | kNameFr)) == 0 || impl_->partners[e.partner].slug == self->slug) continue;
      if (std::find(found.begin(), found.end(), e.partner) == found.end()) found.push_back(e.partner);
    }
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (std::uint32_t i : found)
    out.push_back(impl_->partners[i].slug);
  return out;
}

std::vector<std::string> Gazetteer::ancestors(std::string_view slug) const {
  std::vector<std::string> out;
  const Partner* p = find(slug);
  while (p != nullptr && !p->parent.empty() && out.size() < 16) { // the bound guards against cycles
    out.push_back(p->parent);
    p = find(p->parent);
  }
  return out;
}

std::vector<std::string> Gazetteer::descendants(std::string_view slug) const {
  std::vector<std::string> out;
  std::vector<std::string> todo{std::string(slug)};
  std::unordered_set<std::string> seen{std::string(slug)};
  while (!todo.empty()) {
    std::string cur = std::move(todo.back());
    todo.pop_back();
    auto it = impl_->children.find(cur);
    if (it == impl_->children.end()) continue;
    for (std::uint32_t c : it->second) {
      const std::string& s = impl_->partners[c].slug;
      if (seen.insert(s).second) {
        out.push_back(s);
        todo.push_back(s);
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

// "la région du Nord", "province du Sud", "Centre Region", "East Province";
// or named as a party, bare: "entre le Québec et Ouest", "avec Centre".
bool beside_administrative_word(const std::vector<Token>& tokens, std::size_t i) {
  // Named bare as a party beside Québec: "avec Ouest", "le Québec et
  // Ouest"; not "la coopération Nord et Sud", "between East and West".
  if (i > 0) {
    const std::string& w = tokens[i - 1].folded;
    if (w == "avec" || w == "with") return true;
    if ((w == "et" || w == "and") && i > 1 && tokens[i - 2].folded == "quebec") return true;
  }
  for (std::size_t k = i, back = 0; k > 0 && back < 3; --k, ++back) {
    if (hint_of(tokens[k - 1].folded) != Hint::none) return true;
    if (!is_filler(tokens[k - 1].folded)) break;
  }
  return i + 1 < tokens.size() && hint_of(tokens[i + 1].folded) != Hint::none;
}

// "l'État libre et souverain de Jalisco", "Estado Libre Asociado de Puerto
// Rico": a state's style, not the Free State of South Africa.
bool styles_another_state(const std::vector<Token>& tokens, std::size_t i, std::size_t n) {
  std::string key;
  for (std::size_t k = i; k < i + n; ++k)
    key += (k > i ? " " : "") + tokens[k].folded;
  if (key != "etat libre" && key != "free state" && key != "estado libre") return false;
  if (i + n >= tokens.size()) return false;
  const std::string& next = tokens[i + n].folded;
  return next == "et" || next == "de" || next == "du" || next == "d" || next == "of" || next == "associe" ||
         next == "y" || next == "asociado" || next == "and";
}

} // namespace

std::vector<PartnerMention> Gazetteer::find_in_text(std::string_view text) const {
  std::vector<PartnerMention> out;
  std::vector<Token> tokens = tokenize(text);
  impl_->ensure_names();
  // For each mention whose name several places bear, those places.
  std::map<std::size_t, std::vector<std::string>> alternatives;
  const auto& impl = *impl_;
  std::string key;
  for (std::size_t i = 0; i < tokens.size();) {
    auto fw = impl.first_word.find(tokens[i].folded);
    if (fw == impl.first_word.end() || !(tokens[i].capital)) {
      ++i;
      continue;
    }
    std::size_t longest = std::min<std::size_t>(fw->second, tokens.size() - i);
    const std::vector<Entry>* hit = nullptr;
    std::size_t len = 0;
    for (std::size_t n = longest; n >= 1 && hit == nullptr; --n) {
      key.clear();
      for (std::size_t k = i; k < i + n; ++k) {
        if (k > i) key.push_back(' ');
        key += tokens[k].folded;
      }
      const auto* entries = impl.lookup(key);
      if (entries == nullptr) continue;
      // Keep only the names that are safe in running text.
      bool ok = false;
      for (const Entry& e : *entries) {
        if (e.flags & kAcronym) {
          if (n == 1 && tokens[i].all_caps) ok = true;
        } else if ((e.flags & ~kCode) != 0) {
          ok = true;
        }
      }
      if (!ok) continue;
      if (styles_another_state(tokens, i, n)) continue;
      if (n == 1) {
        const Token& t = tokens[i];
        bool acronym_only = std::all_of(entries->begin(), entries->end(),
                                        [](const Entry& e) { return (e.flags & (kAcronym | kCode)) != 0; });
        if (!acronym_only) {
          if (is_never_in_text(t.folded) || t.folded.size() <= 2) continue;
          if (is_common_word(t.folded) && (t.sentence_start || t.all_caps)) continue;
          if ((is_generic_place_word(t.folded) || is_report_word(t.folded)) &&
              !beside_administrative_word(tokens, i))
            continue;
        } else if (!t.all_caps) {
          continue;
        } else {
          // A code counts only where capitals stand out: not in a line written
          // in capitals ("SHANDONG PROVINCE AND BEIJING"), nor as the
          // abbreviation of the name before it ("l'Institut de technologie
          // agroalimentaire (ITA)").
          // ("CCI PACA": a three-letter prefix is not a line in capitals.)
          auto shouting = [&](std::size_t k) { return tokens[k].all_caps && tokens[k].folded.size() > 3; };
          if ((i > 0 && shouting(i - 1)) || (i + 1 < tokens.size() && shouting(i + 1))) continue;
          if (t.begin > 0 && text[t.begin - 1] == '(' && t.end < text.size() && text[t.end] == ')') continue;
        }
        // "Mme Valérie Fontaine", "Dr Laval": after an honorific or a capitalised word in the
        // middle of a sentence, a one-word small town is far more often a surname.
        if (i > 0 && tokens[i - 1].capital && is_honorific(tokens[i - 1].folded)) continue;
        // "New England", "Nouvelle-Angleterre": a place of its own whose name the
        // gazetteer lacks (New York, New Brunswick... it holds), not England.
        if (i > 0 && tokens[i - 1].capital &&
            (tokens[i - 1].folded == "new" || tokens[i - 1].folded == "nouvelle" ||
             tokens[i - 1].folded == "nouveau" || tokens[i - 1].folded == "nouvel"))
          continue;
        // "Great Lakes–St. Lawrence", "San Marcos": a saint's name the
        // gazetteer lacks (those it holds match whole, from their first word),
        // not Lawrence, Kansas.
        if (i > 0 && tokens[i - 1].capital &&
            (tokens[i - 1].folded == "st" || tokens[i - 1].folded == "ste" ||
             tokens[i - 1].folded == "saint" || tokens[i - 1].folded == "sainte" ||
             tokens[i - 1].folded == "san" || tokens[i - 1].folded == "santa" ||
             tokens[i - 1].folded == "sao"))
          continue;
        // "Governor Mark Dayton": a title, a first name, then the surname.
        if (i > 1 && tokens[i - 1].capital && !tokens[i - 1].all_caps && is_title_word(tokens[i - 2].folded))
          continue;
        // "Agri-Food" (not Ağrı, Turkey): joined by a hyphen to a capitalised
        // word that starts no place, the name is part of another word.
        if (t.end < text.size() && text[t.end] == '-' && i + 1 < tokens.size() &&
            tokens[i + 1].begin == t.end + 1 && tokens[i + 1].capital &&
            impl.first_word.find(tokens[i + 1].folded) == impl.first_word.end())
          continue;
        if (i > 0 && !t.sentence_start && tokens[i - 1].capital && !tokens[i - 1].all_caps &&
            std::all_of(entries->begin(), entries->end(), [&](const Entry& e) {
              const Partner& p = impl.partners[e.partner];
              return p.kind == "city" && p.population < 100000;
            }))
          continue;
      }
      hit = entries;
      len = n;
    }
    if (hit == nullptr) {
      ++i;
      continue;
    }
    // Administrative words around the name decide the level and belong to the mention.
    std::size_t first = i;
    std::size_t last = i + len;
    Hint hint = Hint::none;
    std::string hint_word;
    for (std::size_t k = i; k < i + len; ++k) {
      if (Hint h = hint_of(tokens[k].folded); h != Hint::none) {
        hint = h;
        hint_word = tokens[k].folded;
      }
    }
    if (hint == Hint::none) {
      std::size_t k = i;
      std::size_t back = 0;
      while (k > 0 && back < 4 &&
             (is_filler(tokens[k - 1].folded) || hint_of(tokens[k - 1].folded) != Hint::none)) {
        --k;
        ++back;
        if (Hint h = hint_of(tokens[k].folded); h != Hint::none) {
          hint = h;
          hint_word = tokens[k].folded;
          first = k;
        }
      }
      if (hint == Hint::none && last < tokens.size()) {
        Hint h = hint_of(tokens[last].folded);
        // "Shandong Province", "New York City": only a capitalised word after the name,
        // and not one that starts the next name ("Québec-Royaume-Uni", "Québec–Pays-Bas").
        auto starts_name = [&](std::size_t at) {
          auto next = impl.first_word.find(tokens[at].folded);
          if (next == impl.first_word.end()) return false;
          std::string probe = tokens[at].folded;
          for (std::size_t j = at + 1; j < tokens.size() && j < at + next->second; ++j) {
            probe += ' ' + tokens[j].folded;
            if (impl.lookup(probe) != nullptr) return true;
          }
          return false;
        };
        if (h != Hint::none && tokens[last].capital && !starts_name(last)) {
          hint = h;
          hint_word = tokens[last].folded;
          ++last;
        }
      }
    }
    std::string reason;
    std::vector<Entry> cands;
    for (const Entry& e : *hit) {
      if ((e.flags & ~kCode) != 0) cands.push_back(e);
    }
    std::size_t best = impl.choose(cands, hint, hint_word, "", reason);
    PartnerMention m;
    m.slug = impl.partners[cands[best].partner].slug;
    // (Only when the first choice is a small place or a division: "London"
    // stays London beside "Ontario"; or when it is listed in brackets after
    // a place: "Vermont (Montpelier, St. Albans and Burlington)".)
    auto in_brackets_after_place = [&](std::size_t begin) {
      const std::size_t open = text.rfind('(', begin);
      if (open == std::string_view::npos || text.find(')', open) < begin) return false;
      std::size_t j = open;
      while (j > 0 && text[j - 1] == ' ')
        --j;
      return std::any_of(out.begin(), out.end(), [&](const PartnerMention& o) { return o.end == j; });
    };
    if (cands.size() > 1 && hint == Hint::none &&
        (impl.partners[cands[best].partner].population < 100000 ||
         in_brackets_after_place(tokens[first].begin))) {
      std::vector<std::string> others;
      for (const Entry& e : cands)
        others.push_back(impl.partners[e.partner].slug);
      alternatives.emplace(out.size(), std::move(others));
    }
    m.begin = tokens[first].begin;
    m.end = tokens[last - 1].end;
    m.text = std::string(text.substr(m.begin, m.end - m.begin));
    out.push_back(std::move(m));
    i = last;
  }
  // "in Saint Paul, Québec and the State of Minnesota": a name that several
  // places bear is the one inside another partner the text names, rather
  // than the larger kind of place elsewhere (a parish of Antigua).
  for (const auto& [mention, slugs] : alternatives) {
    const std::size_t at = mention; // (clang lets no lambda capture a structured binding)
    for (const auto& candidate : slugs) {
      const auto up = ancestors(candidate);
      // Inside a state or province named beside it, not merely in a country
      // named beside it ("À Saint-Louis, ... avec la France").
      const bool inside_named = std::any_of(out.begin(), out.end(), [&](const PartnerMention& other) {
        const Partner* holder = find(other.slug);
        return &other != &out[at] && holder != nullptr && holder->kind != "country" &&
               std::find(up.begin(), up.end(), other.slug) != up.end();
      });
      if (inside_named) {
        out[at].slug = candidate;
        break;
      }
    }
  }
  drop_misread_glossed(text, out);
  drop_own_offices(text, out);
  add_demonym_mentions(text, tokens, out);
  return out;
}

// "le Bureau du Québec à Beijing", "the Québec Government Office in
// Beijing", "la Délégation générale du Québec à Munich": where the
// reporting government's own office is, not a partner.
void Gazetteer::drop_own_offices(std::string_view text, std::vector<PartnerMention>& found) const {
  auto is_any = [](const std::string& w, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), w) != words.end();
  };
  std::erase_if(found, [&](const PartnerMention& m) {
    const std::size_t from = m.begin > 80 ? m.begin - 80 : 0;
    const auto words = fold_words(text.substr(from, m.begin - from));
    // "the Chicago office will propose", "Québec's Chicago Office": the
    // name before the office (not "the Chicago office of Bombardier").
    {
      const auto after = fold_words(text.substr(m.end, std::min<std::size_t>(40, text.size() - m.end)));
      const std::size_t n = words.size();
      const bool owned = n >= 1 && (is_any(words[n - 1], {"the", "our"}) ||
                                    (n >= 2 && words[n - 1] == "s" && words[n - 2] == "quebec"));
      // (A city's: "the Scotland Office" is the United Kingdom's department.)
      const Partner* named = find(m.slug);
      if (owned && named != nullptr && named->kind == "city" && !after.empty() &&
          is_any(after[0], {"office", "bureau"}) &&
          (after.size() < 2 || !is_any(after[1], {"of", "de", "du", "des"})))
        return true;
    }
    std::size_t k = words.size();
    if (k == 0 || !is_any(words[k - 1], {"a", "in", "at", "au"})) return false;
    --k;
    if (k >= 2 && is_any(words[k - 1], {"chine", "china"}) && is_any(words[k - 2], {"en", "in"})) k -= 2;
    if (k >= 2 && words[k - 1] == "quebec" && is_any(words[k - 2], {"du", "of"})) {
      k -= 2;
      if (k >= 3 && words[k - 1] == "government" && words[k - 2] == "the" && words[k - 3] == "of") k -= 3;
    }
    if (k >= 1 && is_any(words[k - 1], {"generale", "general"})) --k;
    if (k >= 1 && words[k - 1] == "government" && k >= 2 && words[k - 2] == "quebec")
      --k; // "Québec Government Office"
    return k >= 1 && is_any(words[k - 1], {"bureau", "delegation", "antenne", "office", "representation"});
  });
}

// "the Federal District (Mexico City)": the name in brackets says which
// place the one before it is. When they lie in different countries, the
// first was read as another country's place of that name (Brazil's Federal
// District) and is dropped. "Jinan (Shandong)" and "Munich (Allemagne)" are
// a place and what holds it, and stay.
void Gazetteer::drop_misread_glossed(std::string_view text, std::vector<PartnerMention>& found) const {
  auto country_of = [&](const std::string& slug) {
    auto up = ancestors(slug);
    return up.empty() ? slug : up.back();
  };
  for (std::size_t k = 0; k + 1 < found.size();) {
    const PartnerMention& name = found[k];
    const PartnerMention& gloss = found[k + 1];
    std::size_t at = name.end;
    while (at < gloss.begin && (text[at] == ' ' || text[at] == '\t'))
      ++at;
    const bool bracketed = at + 1 == gloss.begin && text[at] == '(' && gloss.end < text.size() &&
                           (text[gloss.end] == ')' || text[gloss.end] == ',');
    // (A territory the gazetteer holds as a country, glossed by the state it
    // belongs to, stays: "le Groenland (Danemark)".)
    const Partner* named = find(name.slug);
    if (bracketed && named != nullptr && named->kind != "country" &&
        country_of(name.slug) != country_of(gloss.slug)) {
      found.erase(found.begin() + static_cast<std::ptrdiff_t>(k));
      continue;
    }
    ++k;
  }
}

// "le ministre wallon", "la partie chinoise", "le gouvernement fédéral
// allemand", "the Bavarian State Government", "his Walloon counterpart": a
// demonym names a government only next to a word of government, French
// after it, English before it. Alone, "français" is a language and
// "chinois" a cuisine.
void Gazetteer::add_demonym_mentions(std::string_view text, const std::vector<Token>& tokens,
                                     std::vector<PartnerMention>& out) const {
  if (impl_->demonyms.empty()) return;
  static const std::unordered_set<std::string_view> government_fr = {
      "gouvernement",   "gouvernements", "ministre",      "ministres",       "ministere",    "ministeres",
      "partie",         "parties",       "autorites",     "autorite",        "delegation",   "delegations",
      "homologue",      "homologues",    "gouverneur",    "president",       "presidente",   "executif",
      "administration", "ambassade",     "consulat",      "ambassadeur",     "ambassadrice", "consul",
      "representants",  "representant",  "representante", "vice-gouverneur", "republique",   "royaume"};
  static const std::unordered_set<std::string_view> government_en = {
      "government",  "governments",     "minister",       "ministers",   "ministry",     "side",
      "authorities", "authority",       "delegation",     "counterpart", "counterparts", "governor",
      "premier",     "officials",       "administration", "embassy",     "consulate",    "ambassador",
      "consul",      "representatives", "president"};
  // Words that may stand between ("le gouvernement fédéral allemand", "the
  // Bavarian State Government", "le ministère d'État bavarois", "le
  // gouvernement de l'État bavarois").
  static const std::unordered_set<std::string_view> between = {
      "federal", "central", "regional", "provincial", "national", "local", "state", "etat", "d", "de", "l"};
  const std::size_t named = out.size();
  // "l'Entente franco-québécoise", "the Franco-Québec agreement", "la
  // coopération québéco-bavaroise": the other side of a compound with Québec.
  static const std::unordered_map<std::string_view, std::string_view> prefixes = {
      {"franco", "france"},       {"germano", "germany"},
      {"sino", "china"},          {"belgo", "belgium"},
      {"italo", "italy"},         {"hispano", "spain"},
      {"nippo", "japan"},         {"luso", "portugal"},
      {"helveto", "switzerland"}, {"americano", "united-states"},
      {"mexicano", "mexico"},     {"bavaro", "bavaria"},
      {"wallono", "wallonia"},    {"catalano", "catalonia"},
      {"russo", "russia"},        {"indo", "india"},
      {"israelo", "israel"},      {"tuniso", "tunisia"},
      {"algero", "algeria"},      {"maroco", "morocco"}};
  auto hyphen_between = [&](std::size_t i) {
    const std::string_view gap = text.substr(tokens[i].end, tokens[i + 1].begin - tokens[i].end);
    return gap == "-" || gap == "\u2011";
  };
  auto add = [&](const Token& t, std::string_view slug, bool demonym) {
    if (find(std::string(slug)) == nullptr) return;
    PartnerMention m;
    m.slug = std::string(slug);
    m.begin = t.begin;
    m.end = t.end;
    m.text = std::string(text.substr(t.begin, t.end - t.begin));
    m.demonym = demonym;
    out.push_back(std::move(m));
  };
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (!hyphen_between(i)) continue;
    if (tokens[i + 1].folded.starts_with("quebec")) {
      if (auto p = prefixes.find(tokens[i].folded); p != prefixes.end()) add(tokens[i], p->second, false);
    } else if (tokens[i].folded == "quebeco") {
      if (auto d = impl_->demonyms.find(tokens[i + 1].folded); d != impl_->demonyms.end())
        add(tokens[i + 1], impl_->partners[d->second].slug, true);
    }
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    auto d = impl_->demonyms.find(tokens[i].folded);
    if (d == impl_->demonyms.end()) continue;
    // "the Lower Saxon Minister", "le ministre bas-saxon": Lower Saxony's,
    // named by a compound. (Only Saxony has such a namesake Land; "Lower
    // Bavaria" is Bavaria's.)
    if (i > 0 && tokens[i].folded.starts_with("saxon") &&
        (tokens[i - 1].folded == "lower" || tokens[i - 1].folded == "bas" || tokens[i - 1].folded == "basse"))
      continue;
    auto french = [&] {
      // "le Forem, service public wallon": a government's public service.
      if (i >= 2 && tokens[i - 1].folded == "public" &&
          (tokens[i - 2].folded == "service" || tokens[i - 2].folded == "services"))
        return true;
      for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
        const std::string& w = tokens[i - back].folded;
        if (government_fr.count(w)) return true;
        if (!between.count(w)) return false;
      }
      return false;
    };
    auto english = [&] {
      if (!tokens[i].capital) return false;
      for (std::size_t ahead = 1; ahead <= 2 && i + ahead < tokens.size(); ++ahead) {
        const std::string& w = tokens[i + ahead].folded;
        if (government_en.count(w)) return true;
        if (!between.count(w)) return false;
      }
      return false;
    };
    if (!french() && !english()) continue;
    const Token& t = tokens[i];
    const bool inside_name =
        std::any_of(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(named),
                    [&](const PartnerMention& m) { return t.begin < m.end && m.begin < t.end; });
    if (inside_name) continue;
    PartnerMention m;
    m.slug = impl_->partners[d->second].slug;
    m.begin = t.begin;
    m.end = t.end;
    m.text = std::string(text.substr(t.begin, t.end - t.begin));
    m.demonym = true;
    out.push_back(std::move(m));
  }
  if (out.size() > named)
    std::stable_sort(out.begin(), out.end(),
                     [](const PartnerMention& a, const PartnerMention& b) { return a.begin < b.begin; });
}

std::vector<std::string> Gazetteer::suggest(std::string_view phrase, std::size_t count) const {
  std::string q = join_words(fold_words(phrase), 0, fold_words(phrase).size());
  if (q.empty() || count == 0) return {};
  impl_->ensure_names();
  const std::size_t limit = std::max<std::size_t>(2, q.size() / 3);
  struct Scored {
    std::size_t dist;
    int level;
    std::int64_t population;
    std::uint32_t partner;
  };
  std::unordered_map<std::uint32_t, std::size_t> best;
  for (const auto& [key, entries] : impl_->index) {
    std::size_t d = levenshtein(q, key, limit);
    // A prefix the user stopped typing ("shand") is nearly as good as the word.
    if (d > limit && key.size() > q.size() && key.compare(0, q.size(), q) == 0) d = 1;
    if (d > limit) continue;
    for (const Entry& e : entries) {
      if (e.flags == kCode) continue;
      auto [it, fresh] = best.emplace(e.partner, d);
      if (!fresh) it->second = std::min(it->second, d);
    }
  }
  std::vector<Scored> scored;
  for (const auto& [p, d] : best) {
    scored.push_back(Scored{d, level_of(impl_->partners[p].kind), impl_->partners[p].population, p});
  }
  std::sort(scored.begin(), scored.end(), [&](const Scored& a, const Scored& b) {
    if (a.dist != b.dist) return a.dist < b.dist;
    if (a.level != b.level) return a.level > b.level;
    if (a.population != b.population) return a.population > b.population;
    return impl_->partners[a.partner].slug < impl_->partners[b.partner].slug;
  });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && out.size() < count; ++i) {
    out.push_back(impl_->partners[scored[i].partner].slug);
  }
  return out;
}

} // namespace entente
