// entente: a cooperation-agreement registry with search.
#include "cli/common.hpp"

#include <fmt/format.h>
#include <xapian.h>

#include <filesystem>
#include <initializer_list>
#include <iostream>
#include <string>
#include <string_view>

namespace {

struct Command {
  std::initializer_list<std::string_view> names;
  void (*add)(CLI::App&);
};

// In the order `entente --help` lists them.
const Command kCommands[] = {
    {{"ingest"}, entente::cli::register_ingest},
    {{"search"}, entente::cli::register_search},
    {{"commitments"}, entente::cli::register_commitments},
    {{"audit"}, entente::cli::register_audit},
    {{"timeline"}, entente::cli::register_timeline},
    {{"missions"}, entente::cli::register_missions},
    {{"agreements"}, entente::cli::register_agreements},
    {{"partners"}, entente::cli::register_partners},
    {{"domains"}, entente::cli::register_domains},
    {{"show"}, entente::cli::register_show},
    {{"import", "export"}, entente::cli::register_import_export},
    {{"check", "reindex"}, entente::cli::register_maintenance},
    {{"compact"}, entente::cli::register_compact},
};

// The first argument that is not the global --db: a command's name when the
// run names one.
std::string_view first_word(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--db") {
      ++i;
      continue;
    }
    if (a.starts_with("--db=")) continue;
    return a;
  }
  return {};
}

const Command* find_command(std::string_view word) {
  for (const auto& c : kCommands) {
    for (auto name : c.names) {
      if (name == word) return &c;
    }
  }
  return nullptr;
}

std::string command_list() {
  std::string out;
  for (const auto& c : kCommands) {
    for (auto name : c.names) {
      if (!out.empty()) out += ", ";
      out += name;
    }
  }
  return out;
}

// Building every command's options, and destroying them at exit, was half a
// millisecond of each run: a twentieth of a search command. A run that names
// its command builds that one only; one that names none (--help, --version)
// builds them all, so that the help lists every command.
void register_commands(CLI::App& app, std::string_view word) {
  if (const Command* c = find_command(word)) {
    c->add(app);
    return;
  }
  for (const auto& c : kCommands)
    c.add(app);
}

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
  const std::string_view word = first_word(argc, argv);
  // CLI11 would only say that a command is required. A usage error even with
  // --help: the help of a command that does not exist would mislead.
  if (!word.empty() && word[0] != '-' && !find_command(word)) {
    std::cerr << fmt::format(
        "entente: unknown command \"{}\"; the commands are: {} (`entente --help` says what "
        "each does)\n",
        word, command_list());
    return 2;
  }
  register_commands(app, word);

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
