// Opening a registry home, its reference data, user partners and the outbox.
#include "registry/store.hpp"

#include "registry/schema.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <limits>

namespace entente {
namespace {

namespace fs = std::filesystem;

std::unique_ptr<WriterLock> prepare_home(const std::string& home, Access access,
                                         std::chrono::milliseconds wait) {
  if (access == Access::Read) {
    if (!fs::exists(sqlite_path(home))) {
      throw MissingRegistryError(fmt::format(
          "no registry at {}. Create one with `entente ingest FILES` or `entente import FILE.csv` "
          "(or choose another with --db DIR or ENTENTE_DB).",
          home));
    }
    return nullptr;
  }
  std::error_code ec;
  fs::create_directories(home, ec);
  if (ec) throw std::runtime_error(fmt::format("cannot create the registry home {}: {}", home, ec.message()));
  return std::make_unique<WriterLock>(home, wait);
}

} // namespace

bool is_one_of(std::string_view value, std::initializer_list<const char*> allowed) {
  for (const char* a : allowed) {
    if (value == a) return true;
  }
  return false;
}

bool is_valid_ref(std::string_view ref) {
  if (ref.empty() || ref.size() > 40) return false;
  for (char c : ref) {
    bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' ||
              c == '/' || c == '.' || c == '_';
    if (!ok) return false;
  }
  return true;
}

Store::Store(const std::string& home, Access access) : Store(home, access, default_lock_wait()) {}

Store::Store(const std::string& home, Access access, std::chrono::milliseconds lock_wait)
    : home_(home), lock_(prepare_home(home, access, lock_wait)),
      db_(sqlite_path(home),
          access == Access::Read ? sql::Database::Mode::ReadOnly : sql::Database::Mode::Create) {
  sqlite3_busy_timeout(db_.handle(), 10000);
  db_.exec("PRAGMA foreign_keys = ON");
  if (access == Access::Write) {
    db_.exec("PRAGMA journal_mode = WAL");
    db_.exec("PRAGMA synchronous = NORMAL");
    migrate(db_);
  } else {
    int version = 0;
    try {
      version = schema_version(db_);
    } catch (const sql::SqliteError& e) {
      // WAL readers need to create the -shm file beside the database; on
      // read-only storage they cannot, and no writer can be there either.
      if ((e.code() & 0xff) != SQLITE_READONLY && (e.code() & 0xff) != SQLITE_CANTOPEN) throw;
      db_ = sql::Database(sqlite_path(home), sql::Database::Mode::Immutable);
      version = schema_version(db_);
    }
    if (version < current_schema_version()) {
      throw OutdatedSchemaError(
          fmt::format("the registry {} has schema version {} but this entente uses {}; run any write command "
                      "(for instance `entente check --fix`) to migrate it",
                      home, version, current_schema_version()));
    }
  }
}

Store::~Store() = default;

std::string Store::data_dir() {
  if (const char* env = std::getenv("ENTENTE_DATA_DIR"); env && *env) return env;
  return ENTENTE_DATA_DIR;
}

const Gazetteer& Store::gazetteer() {
  if (!gazetteer_) {
    auto g = std::make_unique<Gazetteer>(Gazetteer::load_tsv(data_dir() + "/gazetteer.tsv"));
    for (auto& p : user_partners())
      g->add(p);
    for (auto& [slug, alias] : user_aliases())
      g->add_alias(slug, alias);
    gazetteer_ = std::move(g);
  }
  return *gazetteer_;
}

const Taxonomy& Store::taxonomy() {
  if (!taxonomy_) taxonomy_ = std::make_unique<Taxonomy>(Taxonomy::load_tsv(data_dir() + "/domains.tsv"));
  return *taxonomy_;
}

std::vector<Partner> Store::user_partners() {
  std::vector<Partner> out;
  auto st = db_.prepare("SELECT slug, name, name_fr, kind, parent FROM user_partners ORDER BY rowid");
  while (st.step()) {
    Partner p;
    p.slug = st.text(0);
    p.name = st.text(1);
    p.name_fr = st.text(2);
    p.kind = st.text(3);
    p.parent = st.text(4);
    p.origin = "user";
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> Store::user_aliases() {
  std::vector<std::pair<std::string, std::string>> out;
  auto st = db_.prepare("SELECT slug, alias FROM user_aliases ORDER BY rowid");
  while (st.step())
    out.emplace_back(st.text(0), st.text(1));
  return out;
}

void Store::add_partner(const Partner& partner) {
  std::string slug = partner.slug.empty() ? slugify(partner.name) : partner.slug;
  if (slug.empty()) throw ValidationError("a partner needs a name (--name)");
  if (slug != slugify(slug)) {
    throw ValidationError(fmt::format(
        "'{}' is not a valid slug; use lower-case words joined by '-', e.g. '{}'", slug, slugify(slug)));
  }
  if (!is_one_of(partner.kind, {"country", "subdivision", "city", "region", "organisation", "institution"})) {
    throw ValidationError(fmt::format("unknown partner kind '{}'; use country, subdivision, city, region, "
                                      "organisation or institution",
                                      partner.kind));
  }
  const Gazetteer& g = gazetteer();
  if (g.find(slug)) throw ValidationError(fmt::format("a partner '{}' already exists", slug));
  std::string parent;
  if (!partner.parent.empty()) parent = require_partner(partner.parent);
  Partner stored = partner;
  stored.slug = slug;
  stored.parent = parent;
  stored.origin = "user";
  if (stored.name_fr.empty()) stored.name_fr = stored.name;
  sql::Transaction tx(db_);
  db_.prepare("INSERT INTO user_partners(slug, name, name_fr, kind, parent) VALUES(?,?,?,?,?)")
      .bind(1, slug)
      .bind(2, stored.name)
      .bind(3, stored.name_fr)
      .bind(4, stored.kind)
      .bind(5, parent)
      .run();
  for (const auto& alias : partner.aliases) {
    db_.prepare("INSERT OR IGNORE INTO user_aliases(slug, alias) VALUES(?,?)")
        .bind(1, slug)
        .bind(2, alias)
        .run();
  }
  tx.commit();
  gazetteer_->add(stored);
}

void Store::add_alias(std::string_view slug_or_name, std::string_view alias) {
  std::string slug = require_partner(slug_or_name);
  if (trim(alias).empty()) throw ValidationError("an alias cannot be empty");
  if (auto existing = gazetteer().resolve(alias); existing && existing->slug != slug) {
    throw ValidationError(fmt::format("'{}' already names the partner '{}'", alias, existing->slug));
  }
  db_.prepare("INSERT OR IGNORE INTO user_aliases(slug, alias) VALUES(?,?)")
      .bind(1, slug)
      .bind(2, trim(alias))
      .run();
  gazetteer_->add_alias(slug, trim(alias));
}

std::string Store::require_partner(std::string_view phrase) {
  const Gazetteer& g = gazetteer();
  if (auto slug = g.resolve_slug(phrase)) return *slug;
  auto near = g.suggest(phrase, 5);
  throw ValidationError(fmt::format("unknown partner '{}'{}", phrase,
                                    near.empty() ? std::string("; add it with `entente partners add`")
                                                 : fmt::format("; did you mean: {}?", join(near, ", "))));
}

std::string Store::require_domain(std::string_view phrase) {
  const Taxonomy& t = taxonomy();
  if (auto d = t.resolve(phrase)) return *d;
  auto near = t.suggest(phrase, 5);
  throw ValidationError(fmt::format("unknown domain '{}'{}", phrase,
                                    near.empty() ? std::string("; see `entente domains`")
                                                 : fmt::format("; did you mean: {}?", join(near, ", "))));
}

std::vector<OutboxEntry> Store::outbox(std::size_t limit) {
  return outbox(0, std::numeric_limits<std::int64_t>::max(), limit);
}

std::vector<OutboxEntry> Store::outbox(std::int64_t after_seq, std::int64_t up_to_seq, std::size_t limit) {
  std::vector<OutboxEntry> out;
  auto st = db_.prepare("SELECT seq, doc FROM outbox WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?");
  st.bind(1, after_seq);
  st.bind(2, up_to_seq);
  st.bind(3, static_cast<std::int64_t>(limit));
  while (st.step()) {
    std::string doc = st.text(1);
    auto colon = doc.find(':');
    if (colon == std::string::npos) continue;
    out.push_back({st.int64(0), doc.substr(0, colon), std::atoll(doc.c_str() + colon + 1)});
  }
  return out;
}

std::int64_t Store::last_outbox_seq() {
  auto st = db_.prepare("SELECT COALESCE(MAX(seq), 0) FROM outbox");
  return st.step() ? st.int64(0) : 0;
}

void Store::clear_outbox(std::int64_t up_to_seq) {
  db_.prepare("DELETE FROM outbox WHERE seq <= ?").bind(1, up_to_seq).run();
}

std::size_t Store::outbox_size() {
  auto st = db_.prepare("SELECT count(*) FROM outbox");
  return st.step() ? static_cast<std::size_t>(st.int64(0)) : 0;
}

void Store::enqueue_all() {
  sql::Transaction tx(db_);
  db_.exec("INSERT INTO outbox(doc) SELECT 'agreement:'||id FROM agreements");
  db_.exec("INSERT INTO outbox(doc) SELECT 'mission:'||id FROM missions");
  tx.commit();
}

} // namespace entente
