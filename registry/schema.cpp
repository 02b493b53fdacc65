// The registry schema. SQLite is the source of truth; the Xapian index is
// derived from it. Every change that must reach the index writes a row in
// `outbox` in the same transaction (through the triggers below, so no code
// path can forget it); the index sync replays the outbox into Xapian and
// deletes the rows only after the Xapian commit. A crash between the two
// commits leaves the rows in place and the next open heals the index.
//
// Outbox keys: 'mission:<id>' and 'agreement:<id>' (agreements and MOUs
// share the agreement table; the indexer reads the kind).
//
// The audit's kept facts (version 5) are derived the same way: triggers mark
// an agreement in `audit_stale` whenever what its rules read changes, in the
// writer's transaction; refresh_audit_facts() computes the marked rows again
// after each write command, and readers never use a marked row
// (registry/audit_facts.hpp).
//
// The match keys (version 6) are derived too: each agreement's partners with
// its kind and signing year, kept by triggers, which an ingest reads to
// match a mention to an agreement already held (registry/match_keys.hpp).
//
// Partners are not copied from the bundled gazetteer: they are referenced by
// slug, the bundled data is read from data/gazetteer.tsv, and only
// user-added partners and aliases live here (they survive a regeneration of
// the bundled data). `entente check` verifies every referenced slug exists.
#include "registry/schema.hpp"

#include "registry/match_keys.hpp"

#include <fmt/format.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace entente {
namespace {

// Version 6's triggers recompute the match keys of the agreement ids a
// changed row names (registry/match_keys.hpp says why).
std::string match_keys_refresh(std::string_view ids) {
  return fmt::format("DELETE FROM agreement_match_keys WHERE agreement_id IN ({0});\n"
                     "  INSERT OR IGNORE INTO agreement_match_keys(partner, kind, year, agreement_id)\n"
                     "  {1} WHERE a.id IN ({0});",
                     ids, match_keys_select_sql());
}

std::string match_keys_step() {
  return fmt::format(
      R"SQL(
CREATE TABLE agreement_match_keys(
  partner TEXT NOT NULL,
  kind TEXT NOT NULL,
  year INTEGER NOT NULL,
  agreement_id INTEGER NOT NULL,
  PRIMARY KEY(partner, kind, year, agreement_id)
) WITHOUT ROWID;
CREATE INDEX agreement_match_keys_agreement ON agreement_match_keys(agreement_id);
INSERT INTO agreement_match_keys(partner, kind, year, agreement_id) {0};
CREATE TRIGGER match_keys_agreements_ai AFTER INSERT ON agreements BEGIN
  {1} END;
CREATE TRIGGER match_keys_agreements_au AFTER UPDATE ON agreements
  WHEN OLD.id IS NOT NEW.id OR OLD.kind IS NOT NEW.kind OR OLD.signed IS NOT NEW.signed BEGIN
  {2} END;
CREATE TRIGGER match_keys_agreements_ad AFTER DELETE ON agreements BEGIN
  {3} END;
CREATE TRIGGER match_keys_partners_ai AFTER INSERT ON agreement_partners BEGIN
  {4} END;
CREATE TRIGGER match_keys_partners_au AFTER UPDATE OF agreement_id, partner ON agreement_partners BEGIN
  {5} END;
CREATE TRIGGER match_keys_partners_ad AFTER DELETE ON agreement_partners BEGIN
  {6} END;
)SQL",
      match_keys_select_sql(), match_keys_refresh("NEW.id"), match_keys_refresh("OLD.id, NEW.id"),
      match_keys_refresh("OLD.id"), match_keys_refresh("NEW.agreement_id"),
      match_keys_refresh("OLD.agreement_id, NEW.agreement_id"), match_keys_refresh("OLD.agreement_id"));
}

const std::vector<std::string>& migrations() {
  static const std::vector<std::string> steps = {
      // version 1
      R"SQL(
CREATE TABLE user_partners(
  slug TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_fr TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  parent TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE user_aliases(
  slug TEXT NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY(slug, alias)
);

CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  format TEXT NOT NULL,
  encoding TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE missions(
  id INTEGER PRIMARY KEY,
  document_id INTEGER UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
  title TEXT NOT NULL DEFAULT '',
  ministry TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'fr',
  start_date TEXT NOT NULL DEFAULT '',
  end_date TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  report_date TEXT NOT NULL DEFAULT '',
  filed_by TEXT NOT NULL DEFAULT '',
  filed_date TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT 'extracted' CHECK(origin IN ('extracted','hand')),
  edited INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE mission_places(
  mission_id INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  partner TEXT NOT NULL DEFAULT '',
  line INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(mission_id, position)
);
CREATE TABLE mission_partners(
  mission_id INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
  partner TEXT NOT NULL,
  PRIMARY KEY(mission_id, partner)
);
CREATE TABLE mission_domains(
  mission_id INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
  domain TEXT NOT NULL,
  PRIMARY KEY(mission_id, domain)
);
CREATE TABLE mission_delegation(
  mission_id INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  honorific TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  line INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(mission_id, position)
);
CREATE TABLE mission_sections(
  mission_id INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  heading TEXT NOT NULL DEFAULT '',
  line INTEGER NOT NULL DEFAULT 0,
  line_end INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(mission_id, position)
);

CREATE TABLE agreements(
  id INTEGER PRIMARY KEY,
  ref TEXT UNIQUE,
  kind TEXT NOT NULL CHECK(kind IN ('agreement','mou')),
  title TEXT NOT NULL,
  signed TEXT NOT NULL DEFAULT '',
  expires TEXT NOT NULL DEFAULT '',
  review TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL CHECK(origin IN ('hand','import','extracted')),
  edited INTEGER NOT NULL DEFAULT 0,
  match_key TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX agreements_match_key ON agreements(match_key);
CREATE TABLE agreement_partners(
  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  partner TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  origin TEXT NOT NULL DEFAULT 'hand',
  PRIMARY KEY(agreement_id, partner)
);
CREATE INDEX agreement_partners_partner ON agreement_partners(partner);
CREATE TABLE agreement_domains(
  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  domain TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(agreement_id, domain)
);
CREATE TABLE agreement_events(
  id INTEGER PRIMARY KEY,
  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK(type IN ('signed','in_force','renewed','amended','superseded','expired','terminated')),
  date TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT '',
  source_kind TEXT NOT NULL CHECK(source_kind IN ('mission_report','signed_text','registry','press_release','hand')),
  source TEXT NOT NULL DEFAULT '',
  mission_id INTEGER REFERENCES missions(id) ON DELETE CASCADE,
  line INTEGER
);
CREATE INDEX agreement_events_agreement ON agreement_events(agreement_id);
CREATE TABLE agreement_relations(
  from_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK(type IN ('renews','amends','supersedes','implements')),
  to_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  evidence TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(from_id, type, to_id),
  CHECK(from_id <> to_id)
);
CREATE INDEX agreement_relations_to ON agreement_relations(to_id);

CREATE TABLE mission_agreements(
  id INTEGER PRIMARY KEY,
  mission_id INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  relation TEXT NOT NULL CHECK(relation IN ('produced','references','plans_update','renewed')),
  evidence TEXT NOT NULL DEFAULT '',
  line INTEGER NOT NULL DEFAULT 0,
  line_end INTEGER NOT NULL DEFAULT 0,
  origin TEXT NOT NULL DEFAULT 'extracted' CHECK(origin IN ('extracted','hand')),
  UNIQUE(mission_id, agreement_id, relation, line)
);
CREATE INDEX mission_agreements_agreement ON mission_agreements(agreement_id);
-- A link that a person removed stays removed when the report is ingested again.
CREATE TABLE suppressed_links(
  document_path TEXT NOT NULL,
  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  relation TEXT NOT NULL,
  PRIMARY KEY(document_path, agreement_id, relation)
);

CREATE TABLE recommendations(
  id INTEGER PRIMARY KEY,
  mission_id INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  line INTEGER NOT NULL DEFAULT 0,
  line_end INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE recommendation_partners(
  recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  partner TEXT NOT NULL,
  PRIMARY KEY(recommendation_id, partner)
);
CREATE TABLE recommendation_agreements(
  recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  PRIMARY KEY(recommendation_id, agreement_id)
);

CREATE TABLE outbox(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  doc TEXT NOT NULL
);

CREATE TRIGGER agreements_ai AFTER INSERT ON agreements BEGIN INSERT INTO outbox(doc) VALUES('agreement:'||NEW.id); END;
CREATE TRIGGER agreements_au AFTER UPDATE ON agreements BEGIN INSERT INTO outbox(doc) VALUES('agreement:'||NEW.id); END;
CREATE TRIGGER agreements_ad AFTER DELETE ON agreements BEGIN INSERT INTO outbox(doc) VALUES('agreement:'||OLD.id); END;
CREATE TRIGGER agreement_partners_ai AFTER INSERT ON agreement_partners BEGIN INSERT INTO outbox(doc) VALUES('agreement:'||NEW.agreement_id); END;
CREATE TRIGGER agreement_partners_ad AFTER DELETE ON agreement_partners BEGIN INSERT INTO outbox(doc) VALUES('agreement:'||OLD.agreement_id); END;
CREATE TRIGGER agreement_domains_ai AFTER INSERT ON agreement_domains BEGIN INSERT INTO outbox(doc) VALUES('agreement:'||NEW.agreement_id); END;
CREATE TRIGGER agreement_domains_ad AFTER DELETE ON agreement_domains BEGIN INSERT INTO outbox(doc) VALUES('agreement:'||OLD.agreement_id); END;
CREATE TRIGGER agreement_events_ai AFTER INSERT ON agreement_events BEGIN INSERT INTO outbox(doc) VALUES('agreement:'||NEW.agreement_id); END;
CREATE TRIGGER agreement_events_ad AFTER DELETE ON agreement_events BEGIN INSERT INTO outbox(doc) VALUES('agreement:'||OLD.agreement_id); END;
CREATE TRIGGER missions_ai AFTER INSERT ON missions BEGIN INSERT INTO outbox(doc) VALUES('mission:'||NEW.id); END;
CREATE TRIGGER missions_au AFTER UPDATE ON missions BEGIN INSERT INTO outbox(doc) VALUES('mission:'||NEW.id); END;
CREATE TRIGGER missions_ad AFTER DELETE ON missions BEGIN INSERT INTO outbox(doc) VALUES('mission:'||OLD.id); END;
CREATE TRIGGER mission_agreements_ai AFTER INSERT ON mission_agreements BEGIN
  INSERT INTO outbox(doc) VALUES('mission:'||NEW.mission_id), ('agreement:'||NEW.agreement_id); END;
CREATE TRIGGER mission_agreements_ad AFTER DELETE ON mission_agreements BEGIN
  INSERT INTO outbox(doc) VALUES('mission:'||OLD.mission_id), ('agreement:'||OLD.agreement_id); END;
)SQL",
      // version 2: lookups that ingest and the index sync make once per report scanned
      // whole tables without these, so loading grew quadratically with the registry.
      // IF NOT EXISTS keeps the step harmless if another branch creates the same index.
      R"SQL(
CREATE INDEX IF NOT EXISTS missions_document ON missions(document_id);
CREATE INDEX IF NOT EXISTS recommendations_mission ON recommendations(mission_id, position);
CREATE INDEX IF NOT EXISTS agreement_events_mission ON agreement_events(mission_id);
)SQL",
      // version 3: documents.text holds the report text deflated, as a BLOB
      // (registry/compress.hpp); rows written before stay plain TEXT and are
      // read as such, and the version keeps an older entente from reading the
      // BLOBs as text. The indexes serve Store::records_touching, which reads
      // a partner's slice of the registry instead of all of it.
      R"SQL(
CREATE INDEX IF NOT EXISTS mission_partners_partner ON mission_partners(partner);
CREATE INDEX IF NOT EXISTS recommendation_partners_partner ON recommendation_partners(partner);
CREATE INDEX IF NOT EXISTS recommendation_agreements_agreement ON recommendation_agreements(agreement_id);
)SQL",
      // version 4: preset dictionaries for the stored texts (registry/compress.hpp).
      // A text stored with one starts "EZ2" and names it; the version keeps an
      // older entente from taking those texts for damaged ones. AUTOINCREMENT:
      // an id is never given to another dictionary, even after a compact drops it.
      R"SQL(
CREATE TABLE text_dictionaries(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  bytes BLOB NOT NULL,
  drawn_from INTEGER NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
)SQL",
      // version 5: the audit's facts kept at write time (registry/audit_facts.hpp;
      // `facts` is one text in the format it documents, which an audit of a
      // large registry reads much faster than ten columns).
      // The triggers mark an agreement stale whenever something its rules
      // read changes: its id (import keeps a file's ids by renumbering), its
      // dates or events, its relations (and the signing date of an agreement
      // related to it), its links, a linked mission's dates. Every agreement
      // starts stale; the next write computes them.
      R"SQL(
CREATE TABLE audit_facts(
  agreement_id INTEGER PRIMARY KEY REFERENCES agreements(id) ON DELETE CASCADE,
  horizon TEXT NOT NULL,
  facts TEXT NOT NULL
);
CREATE TABLE audit_stale(agreement_id INTEGER PRIMARY KEY);
INSERT INTO audit_stale SELECT id FROM agreements;
CREATE TRIGGER audit_agreements_ai AFTER INSERT ON agreements BEGIN
  INSERT OR IGNORE INTO audit_stale VALUES(NEW.id); END;
CREATE TRIGGER audit_agreements_au AFTER UPDATE OF id, signed, expires, review ON agreements
  WHEN OLD.id IS NOT NEW.id OR OLD.signed IS NOT NEW.signed OR OLD.expires IS NOT NEW.expires
    OR OLD.review IS NOT NEW.review BEGIN
  INSERT OR IGNORE INTO audit_stale VALUES(NEW.id);
  INSERT OR IGNORE INTO audit_stale SELECT to_id FROM agreement_relations WHERE from_id = NEW.id; END;
CREATE TRIGGER audit_agreement_events_ai AFTER INSERT ON agreement_events BEGIN
  INSERT OR IGNORE INTO audit_stale VALUES(NEW.agreement_id); END;
CREATE TRIGGER audit_agreement_events_au AFTER UPDATE ON agreement_events BEGIN
  INSERT OR IGNORE INTO audit_stale VALUES(OLD.agreement_id), (NEW.agreement_id); END;
CREATE TRIGGER audit_agreement_events_ad AFTER DELETE ON agreement_events BEGIN
  INSERT OR IGNORE INTO audit_stale VALUES(OLD.agreement_id); END;
CREATE TRIGGER audit_agreement_relations_ai AFTER INSERT ON agreement_relations BEGIN
  INSERT OR IGNORE INTO audit_stale VALUES(NEW.from_id), (NEW.to_id); END;
CREATE TRIGGER audit_agreement_relations_au AFTER UPDATE ON agreement_relations BEGIN
  INSERT OR IGNORE INTO audit_stale VALUES(OLD.from_id), (OLD.to_id), (NEW.from_id), (NEW.to_id); END;
CREATE TRIGGER audit_agreement_relations_ad AFTER DELETE ON agreement_relations BEGIN
  INSERT OR IGNORE INTO audit_stale VALUES(OLD.from_id), (OLD.to_id); END;
CREATE TRIGGER audit_mission_agreements_ai AFTER INSERT ON mission_agreements BEGIN
  INSERT OR IGNORE INTO audit_stale VALUES(NEW.agreement_id); END;
CREATE TRIGGER audit_mission_agreements_au AFTER UPDATE ON mission_agreements BEGIN
  INSERT OR IGNORE INTO audit_stale VALUES(OLD.agreement_id), (NEW.agreement_id); END;
CREATE TRIGGER audit_mission_agreements_ad AFTER DELETE ON mission_agreements BEGIN
  INSERT OR IGNORE INTO audit_stale VALUES(OLD.agreement_id); END;
CREATE TRIGGER audit_missions_au AFTER UPDATE OF start_date, report_date, filed_date ON missions
  WHEN OLD.start_date IS NOT NEW.start_date OR OLD.report_date IS NOT NEW.report_date
    OR OLD.filed_date IS NOT NEW.filed_date BEGIN
  INSERT OR IGNORE INTO audit_stale SELECT agreement_id FROM mission_agreements WHERE mission_id = NEW.id; END;
)SQL",
      // version 6: the keys Store::match_agreement reads, kept by triggers
      // (registry/match_keys.hpp).
      match_keys_step(),
      // version 7: ingest looks a report's bytes up, to take the same content
      // under another path as unchanged (Store::content_held_elsewhere).
      "CREATE INDEX documents_sha256 ON documents(sha256);",
      // version 8: four cities took a qualified slug in the gazetteer, since
      // their plain one is another country's name for a larger place
      // ("pekin" is Beijing). What a registry recorded under the old slug is
      // theirs; a partner a user added under that slug stays.
      R"SQL(
CREATE TEMP TABLE renamed_slugs(old TEXT PRIMARY KEY, new TEXT NOT NULL);
INSERT INTO renamed_slugs VALUES ('pekin', 'pekin-illinois'), ('vienne', 'vienne-auvergne-rhone-alpes'),
  ('canton', 'canton-michigan'), ('salvador', 'salvador-bahia');
DELETE FROM renamed_slugs WHERE old IN (SELECT slug FROM user_partners);
UPDATE OR IGNORE mission_places SET partner = (SELECT new FROM renamed_slugs WHERE old = partner)
  WHERE partner IN (SELECT old FROM renamed_slugs);
UPDATE OR IGNORE mission_partners SET partner = (SELECT new FROM renamed_slugs WHERE old = partner)
  WHERE partner IN (SELECT old FROM renamed_slugs);
UPDATE OR IGNORE agreement_partners SET partner = (SELECT new FROM renamed_slugs WHERE old = partner)
  WHERE partner IN (SELECT old FROM renamed_slugs);
UPDATE OR IGNORE recommendation_partners SET partner = (SELECT new FROM renamed_slugs WHERE old = partner)
  WHERE partner IN (SELECT old FROM renamed_slugs);
UPDATE OR IGNORE user_aliases SET slug = (SELECT new FROM renamed_slugs WHERE old = slug)
  WHERE slug IN (SELECT old FROM renamed_slugs);
UPDATE OR IGNORE user_partners SET parent = (SELECT new FROM renamed_slugs WHERE old = parent)
  WHERE parent IN (SELECT old FROM renamed_slugs);
DROP TABLE renamed_slugs;
)SQL",
      // version 9: an amendment now counts as an update in the audit's rules
      // (it closes a planned update and resets the review age), and what a
      // mission did no longer closes the update it plans, so every
      // agreement's kept facts are computed again.
      "INSERT OR IGNORE INTO audit_stale SELECT id FROM agreements;",
      // version 10: a report that says one agreement replaces or implements
      // another relates them; the relation goes with the report's mission.
      // The table is built anew rather than altered, so that the step can
      // run again on a registry whose version was set back (the relations
      // then all count as a person's: their mission and line are not
      // copied); the legacy rename leaves alone the triggers of other
      // tables that name it, which the table of the same name serves again.
      R"SQL(
CREATE TABLE agreement_relations_v10(
  from_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK(type IN ('renews','amends','supersedes','implements')),
  to_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  evidence TEXT NOT NULL DEFAULT '',
  mission_id INTEGER REFERENCES missions(id) ON DELETE CASCADE,
  line INTEGER,
  PRIMARY KEY(from_id, type, to_id),
  CHECK(from_id <> to_id)
);
INSERT INTO agreement_relations_v10(from_id, type, to_id, evidence)
  SELECT from_id, type, to_id, evidence FROM agreement_relations;
DROP TABLE agreement_relations;
PRAGMA legacy_alter_table = ON;
ALTER TABLE agreement_relations_v10 RENAME TO agreement_relations;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX agreement_relations_to ON agreement_relations(to_id);
CREATE INDEX agreement_relations_mission ON agreement_relations(mission_id);
CREATE TRIGGER audit_agreement_relations_ai AFTER INSERT ON agreement_relations BEGIN
  INSERT OR IGNORE INTO audit_stale VALUES(NEW.from_id), (NEW.to_id); END;
CREATE TRIGGER audit_agreement_relations_au AFTER UPDATE ON agreement_relations BEGIN
  INSERT OR IGNORE INTO audit_stale VALUES(OLD.from_id), (OLD.to_id), (NEW.from_id), (NEW.to_id); END;
CREATE TRIGGER audit_agreement_relations_ad AFTER DELETE ON agreement_relations BEGIN
  INSERT OR IGNORE INTO audit_stale VALUES(OLD.from_id), (OLD.to_id); END;
)SQL",
      // version 11: the kept facts of an agreement whose end is dated by a
      // month or a year hold from that period's last day, as the status
      // reads it; their horizon took its first day.
      "INSERT OR IGNORE INTO audit_stale SELECT DISTINCT agreement_id FROM agreement_events "
      "WHERE type = 'expired' AND length(date) BETWEEN 1 AND 9;",
      // version 12: the file each report was read from (document_files), so
      // that another path to the same file finds its report;
      // what the extraction called the agreement behind each link
      // (match_keys.hpp, mention_key), so that an ingest of a changed report
      // finds again the agreement a person corrected; and the mentions a
      // person rejected (by deleting the agreement, '*', or removing one
      // link, its relation), which an ingest of that report skips. Side
      // tables rather than a column, so that the step can run again.
      R"SQL(
CREATE TABLE IF NOT EXISTS link_mentions(
  link_id INTEGER PRIMARY KEY REFERENCES mission_agreements(id) ON DELETE CASCADE,
  mention TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS document_files(
  canonical TEXT PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS document_files_document ON document_files(document_id);
CREATE TABLE IF NOT EXISTS rejected_mentions(
  document_path TEXT NOT NULL,
  mention TEXT NOT NULL,
  relation TEXT NOT NULL,
  PRIMARY KEY(document_path, mention, relation)
);
)SQL",
  };
  return steps;
}

} // namespace

int current_schema_version() {
  return static_cast<int>(migrations().size());
}

int schema_version(sql::Database& db) {
  auto st = db.prepare("PRAGMA user_version");
  return st.step() ? st.integer(0) : 0;
}

void migrate(sql::Database& db) {
  int version = schema_version(db);
  int target = current_schema_version();
  if (version > target) {
    throw std::runtime_error(fmt::format("the registry {} has schema version {}, newer than this entente "
                                         "understands ({}); use a newer entente",
                                         db.path(), version, target));
  }
  if (version == target) return;
  sql::Transaction tx(db);
  for (int v = version; v < target; ++v) {
    db.exec(migrations()[static_cast<std::size_t>(v)]);
  }
  // PRAGMA takes no bound parameters; the value is our own integer.
  db.exec(fmt::format("PRAGMA user_version = {}", target));
  tx.commit();
}

} // namespace entente
