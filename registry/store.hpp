#pragma once
// The registry store: owns the SQLite file of a registry home and every
// read and write of the domain model. Writers hold the registry's writer
// lock for the life of the Store; readers never block writers (WAL).
#include "registry/compress.hpp"
#include "registry/gazetteer.hpp"
#include "registry/home.hpp"
#include "registry/model.hpp"
#include "registry/sqlite.hpp"
#include "registry/taxonomy.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace entente {

// Input that breaks a rule of the model; the message says which and how to fix it.
class ValidationError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// A record that does not exist.
class NotFoundError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// A registry written by an older entente: a writer migrates it forward.
class OutdatedSchemaError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

enum class Access { Read, Write };

struct OutboxEntry {
  std::int64_t seq = 0;
  std::string kind; // "mission" | "agreement"
  Id id = 0;
};

// The stored file behind a mission.
struct DocumentRecord {
  Id id = 0;
  std::string path;
  std::string sha256;
  std::int64_t size = 0;
  std::string format;
  std::string encoding;
  std::string notes;
  std::string text;
  // The file's absolute path with links resolved ("" when unknown): a report
  // is the same whatever path names it ("reports/a.txt" from one folder,
  // "../reports/a.txt" from another). `path` stays as given to ingest.
  std::string file = {};
};

// One agreement or MOU that a report mentions, as extraction found it.
struct ExtractedAgreement {
  Agreement draft;      // kind, title, partners, domains, signed_date (often a year)
  std::string relation; // produced | references | plans_update | renewed
  std::string evidence;
  int line = 0;
  int line_end = 0;
  // For a signing or renewal: the day its sentence gives within the mission
  // (else the mission's first day is used), and the years it runs for ("pour
  // cinq ans"), which date its expiry; 0 when the report does not say.
  std::string event_date;
  int term_years = 0;
  // What else the report says happened to it: its end ("échue depuis 2019",
  // "was terminated") or an amendment signed ("un avenant à l'entente"), as
  // events of the mission with their own sentences. Their source is filled in
  // when stored.
  std::vector<AgreementEvent> stated;
};

// "Une nouvelle entente, qui remplace l'entente de 2005": one agreement of
// the report to another, as indices into MissionInput::agreements.
struct ExtractedRelation {
  std::size_t from = 0;
  std::string type; // supersedes | implements
  std::size_t to = 0;
  std::string evidence;
  int line = 0;
};

// Everything ingest learned from one file.
struct MissionInput {
  DocumentRecord document;
  Mission mission;
  std::vector<ExtractedAgreement> agreements;
  // Per recommendation of `mission`, indices into `agreements` it names.
  std::vector<std::vector<std::size_t>> recommendation_agreements;
  std::vector<ExtractedRelation> relations;
};

enum class StoreOutcome { Added, Updated, Unchanged };

class Store {
public:
  Store(const std::string& home, Access access);
  // A writer that waits at most `lock_wait` for the writer lock.
  Store(const std::string& home, Access access, std::chrono::milliseconds lock_wait);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& home() const { return home_; }
  bool writable() const { return lock_ != nullptr; }
  sql::Database& db() { return db_; }

  // Reference data, loaded on first use: the bundled gazetteer and taxonomy
  // from the data directory, plus the partners and aliases users added.
  const Gazetteer& gazetteer();
  const Taxonomy& taxonomy();
  static std::string data_dir();

  // --- partners (only user additions are stored) ---
  void add_partner(const Partner& partner);
  void add_alias(std::string_view slug, std::string_view alias);
  std::vector<Partner> user_partners();
  std::vector<std::pair<std::string, std::string>> user_aliases();
  // The slug for a name, slug or alias; ValidationError with suggestions otherwise.
  std::string require_partner(std::string_view phrase);
  std::string require_domain(std::string_view phrase);

  // --- agreements and MOUs ---
  Id create_agreement(Agreement agreement);
  // Replaces the editable fields (not events or relations). by_hand marks
  // the record edited so that re-extraction leaves it alone.
  void update_agreement(const Agreement& agreement, bool by_hand = true);
  // Deleting rejects what each report called it: ingesting one again after a
  // change does not make it anew.
  void delete_agreement(Id id);
  // Two records of one agreement: `from`'s links, events, recommendations
  // and relations move to `into`, which keeps its own fields (and takes
  // `from`'s reference number if it has none), and `from` is deleted. The
  // reports that named `from` name `into` when ingested again.
  struct MergeOutcome {
    int links = 0, events = 0, recommendations = 0, relations = 0;
  };
  MergeOutcome merge_agreements(Id from, Id into);
  std::optional<Agreement> find_agreement(Id id);
  Agreement get_agreement(Id id);
  // A numeric id or an official reference number ("2008-12").
  Id agreement_id_from(std::string_view id_or_ref);
  std::vector<Agreement> list_agreements();
  // These agreements (ids that do not exist are skipped), in id order.
  std::vector<Agreement> agreements_by_ids(const std::vector<Id>& ids);
  // Every agreement with only what the dated rules read (planned_updates.hpp,
  // audit.hpp): kind, dates, events and relations, without titles, partners,
  // domains, notes, evidence or event sources. An audit ranks a large registry
  // from this and reads the full records of the page it shows.
  std::vector<Agreement> agreements_for_rules();
  // The same for these agreements only.
  std::vector<Agreement> agreements_for_rules(const std::vector<Id>& ids);
  Id add_event(Id agreement, AgreementEvent event);
  // Records "from <type> to". For renews and supersedes it also records the
  // matching event on `to`, dated at the signing of `from`, so status
  // derivation needs only events.
  void add_relation(const AgreementRelation& relation);
  void remove_relation(const AgreementRelation& relation);

  // --- missions ---
  std::vector<Mission> list_missions();
  // These missions, in list order. `links_only` reads a mission's own columns
  // and its links, not its places, delegation, sections or recommendations.
  std::vector<Mission> missions_by_ids(const std::vector<Id>& ids, bool links_only = false);
  std::vector<Mission> list_missions_with_links();
  // The missions with a plans_update or renewed link, with their dates and
  // those links only, without evidence or source, in no particular order:
  // what the dated rules read (see agreements_for_rules).
  std::vector<Mission> missions_for_rules();
  // The same, with only their links to these agreements.
  std::vector<Mission> missions_for_rules(const std::vector<Id>& agreements);
  std::optional<Mission> find_mission(Id id);
  Mission get_mission(Id id);
  std::optional<DocumentRecord> document_for_mission(Id mission);
  std::optional<DocumentRecord> document_by_path(std::string_view path);
  // Without reading (and inflating) the text: what ingest asks of every file,
  // and the report path that listings and index documents show.
  // `file` is DocumentRecord::file: the report held for that file, else
  // (for a report stored before files were kept, schema 12) for that path.
  std::optional<std::string> stored_sha256(std::string_view path, std::string_view file = {});
  std::optional<std::string> source_of_mission(Id mission);
  std::optional<Id> mission_id_for_path(std::string_view path, std::string_view file = {});
  // A report already held under another path with these bytes: ingest takes
  // the same content again as unchanged, wherever it is read from.
  struct HeldContent {
    Id mission = 0;
    std::string path;
  };
  std::optional<HeldContent> content_held_elsewhere(std::string_view sha256, std::string_view path);
  // A link made by a person; it survives re-ingesting the report.
  Id add_link(const MissionLink& link);
  // Removes a link; an extracted one stays removed when the report is ingested again.
  void remove_link(Id link_id);
  // Takes a mission out with its report's text and everything extracted from
  // it: links, events, recommendations, and the extracted agreements no
  // other report names and nobody edited. Ingesting the file again adds it
  // back. Throws NotFoundError for an unknown mission.
  struct MissionRemoval {
    std::string source;             // the report's path
    std::size_t agreements_removed; // agreements only it named
  };
  MissionRemoval remove_mission(Id mission);
  std::vector<MissionLink> links_of_agreement(Id agreement);
  // Stores (or replaces) the mission extracted from one file, as one unit:
  // all of it or nothing. Extracted facts of an earlier version of the same
  // path are replaced; hand corrections (edited agreements, links added by
  // hand, links removed by hand) survive.
  StoreOutcome store_mission(const MissionInput& input);
  // The existing agreement an extraction refers to, if any: same kind,
  // a shared partner, the same signing year (or the only candidate when the
  // text gives no year) and, for MOUs, overlapping domains. With
  // `not_after` (the last day of the report's mission), never one signed
  // after it: a report of 2019 cannot name the agreement of 2025, whatever
  // order the reports are loaded in.
  std::optional<Id> match_agreement(const Agreement& draft, std::string_view not_after = {});
  // A dated agreement named with the places its work goes on, matched to the
  // one of that year with the province that holds them all.
  std::optional<Id> match_in_holder(const Agreement& draft, std::string_view evidence,
                                    std::string_view not_after = {});
  std::optional<Id> loosely_named(const Agreement& draft, std::string_view relation,
                                  std::string_view not_after = {});

  // What an answer about these partners can read: the agreements with one of
  // them, the missions that name one, link to such an agreement or recommend
  // about it, or are cited by its events; then every agreement those missions
  // link to or recommend about, and every agreement related to one in scope.
  struct Touching {
    std::vector<Id> agreements, missions;
  };
  Touching records_touching(const std::vector<std::string>& partners);
  // What the dated rules read about these agreements: them, the agreements
  // related to them, the missions that plan to update them or record their
  // renewal, and those their events cite.
  Touching records_around(const std::vector<Id>& agreements);

  // --- index outbox ---
  std::vector<OutboxEntry> outbox(std::size_t limit);
  // Entries with after_seq < seq <= up_to_seq, oldest first, at most `limit`.
  std::vector<OutboxEntry> outbox(std::int64_t after_seq, std::int64_t up_to_seq, std::size_t limit);
  // The newest entry's sequence number, 0 when the outbox is empty.
  std::int64_t last_outbox_seq();
  void clear_outbox(std::int64_t up_to_seq);
  // Puts every record in the outbox (for reindex).
  void enqueue_all();
  std::size_t outbox_size();

  // --- report texts (stored deflated with the registry's own dictionaries,
  // registry/compress.hpp) ---
  // Called between committed batches of an ingest: once the registry holds
  // enough texts and has no dictionary, draws its first one from them, so that
  // the rest of a first bulk load is stored with it. Must run outside any
  // transaction (the dictionary is committed before any text refers to it).
  void train_text_dictionary_if_due();
  struct TextCompaction {
    std::size_t texts = 0;        // report texts in the registry
    std::size_t recompressed = 0; // stored again with the newest dictionary
    std::uint32_t dictionary = 0; // the newest dictionary (0: none, too few texts)
    bool new_dictionary = false;  // drawn by this call
    std::vector<Id> damaged;      // documents whose text could not be read (left as they were)
  };
  // For `entente compact`: draws a fresh dictionary from the registry's texts
  // as they are now, stores every text with it and drops the dictionaries no
  // text needs any more (so wording gone from the reports goes from them too).
  TextCompaction compact_texts();
  // For `entente check`: the report texts that cannot be read back (damaged,
  // or naming a dictionary the registry lacks), each with why.
  struct UnreadableText {
    Id document;
    std::string path;
    std::string reason;
  };
  std::vector<UnreadableText> unreadable_texts();
  // Forgets what these documents' files hashed to, so that the next ingest of
  // their paths stores them afresh instead of finding them unchanged.
  void forget_document_hashes(const std::vector<Id>& documents);

private:
  // Which records a read covers: all of them, one, or a set of ids (as a
  // JSON array, bound to json_each so that the SQL stays prepared).
  struct Selection {
    std::optional<Id> one;
    std::optional<std::string> ids_json;
    bool links_only = false;
    // For agreements: only what the dated rules read (agreements_for_rules).
    bool rules_only = false;
    // "" for all; else " <keyword> <column> = ?1" or "... IN (json_each(?1))".
    std::string where(std::string_view column, std::string_view keyword = "WHERE") const;
    void bind(sql::Statement& st) const;
  };
  std::vector<Agreement> read_agreements(const Selection& which);
  void load_agreement_details(std::vector<Agreement>& agreements, const Selection& which);
  void normalise_fields(Agreement& agreement);
  void write_agreement_children(const Agreement& agreement, const std::string& partner_origin);
  std::vector<Mission> read_missions(const Selection& which);
  // missions_for_rules, for the agreements in this JSON array (all when none).
  std::vector<Mission> read_missions_for_rules(const std::optional<std::string>& agreements_json);
  void load_mission_details(std::vector<Mission>& missions, const Selection& which);
  void delete_extracted_facts(Id mission);

  const TextCompressor& text_compressor();
  std::string inflate_text(std::string_view stored);
  std::uint32_t draw_text_dictionary(std::size_t texts);
  TextCompaction compact_texts_in_transaction();

  std::string home_;
  std::unique_ptr<WriterLock> lock_;
  sql::Database db_;
  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<Taxonomy> taxonomy_;
  std::unique_ptr<TextCompressor> compressor_;
  std::map<std::uint32_t, TextDecompressor> dictionaries_;
};

// "2008-12" style reference numbers of Quebec's registry, or any other
// official numbering: letters, digits, '-', '/', '.'.
bool is_valid_ref(std::string_view ref);

bool is_one_of(std::string_view value, std::initializer_list<const char*> allowed);

} // namespace entente
