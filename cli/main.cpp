// entente: a cooperation-agreement registry with search.
#include "cli/common.hpp"

#include <fmt/format.h>
#include <xapian.h>

#include <filesystem>
#include <iostream>

namespace {

// Xapian and SQLite report a full disk as a failed write; say what it is.
bool disk_full() {
  try {
    std::error_code ec;
    auto info = std::filesystem::space(entente::cli::registry_home(), ec);
    return !ec && info.available < (1u << 20);
  } catch (const std::exception&) {
    return false;
  }
}

} // namespace

int main(int argc, char** argv) {
  using namespace entente;
  using namespace entente::cli;
  CLI::App app{
      "entente: mission reports, the cooperation agreements and MOUs they produce, reference or plan "
      "to update, and search over all of it.\n\nThe registry lives in --db DIR, else $ENTENTE_DB, else "
      "$XDG_DATA_HOME/entente (~/.local/share/entente)."};
  app.set_version_flag("--version", "entente 0.1.0");
  app.add_option("--db", options().db, "Registry home directory");
  app.require_subcommand(1);
  app.fallthrough();
  register_ingest(app);
  register_search(app);
  register_commitments(app);
  register_audit(app);
  register_timeline(app);
  register_missions(app);
  register_agreements(app);
  register_partners(app);
  register_domains(app);
  register_show(app);
  register_import_export(app);
  register_maintenance(app);
  register_compact(app);

  try {
    app.parse(argc, argv);
    return 0;
  } catch (const CLI::ParseError& e) {
    // CLI11 prints the message; its own exit codes (105, 106...) are not the
    // contract: --help and --version exit 0, every other parse error is a
    // usage error, exit 2.
    return app.exit(e) == 0 ? 0 : 2;
  } catch (const UsageError& e) {
    std::cerr << "entente: " << e.what() << "\n";
    return 2;
  } catch (const WorkFailed&) {
    return 1;
  } catch (const MissingRegistryError& e) {
    std::cerr << "entente: " << e.what() << "\n";
    return 1;
  } catch (const RegistryBusyError& e) {
    std::cerr << "entente: " << e.what() << "\n";
    return 1;
  } catch (const ValidationError& e) {
    std::cerr << "entente: " << e.what() << "\n";
    return 1;
  } catch (const NotFoundError& e) {
    std::cerr << "entente: " << e.what() << "\n";
    return 1;
  } catch (const Xapian::Error& e) {
    if (disk_full()) {
      std::cerr << "entente: the disk holding the registry is full (" << e.get_description()
                << "); free some space and run the command again: what was committed is kept\n";
    } else {
      std::cerr << "entente: search index error: " << e.get_description()
                << "\n(`entente reindex` rebuilds the index from the registry)\n";
    }
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "entente: " << e.what() << "\n";
    if (disk_full())
      std::cerr << "entente: the disk holding the registry is full; free some space and run it again\n";
    return 1;
  }
}
