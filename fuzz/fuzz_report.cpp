// Fuzzes the text reader (encoding detection, cleaning) and the report
// parser over arbitrary bytes, with the real gazetteer and taxonomy.
#include "indexer/pattern.hpp"
#include "indexer/report_parser.hpp"
#include "indexer/text_reader.hpp"
#include "registry/gazetteer.hpp"
#include "registry/taxonomy.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

struct Reference {
  entente::Gazetteer gazetteer;
  entente::Taxonomy taxonomy;
};

std::string data_dir() {
  const char* env = std::getenv("ENTENTE_DATA_DIR");
  return env && *env ? env : ENTENTE_DATA_DIR;
}

// Loaded once: the data files are large and never change during a run.
const Reference& reference() {
  static Reference r{entente::Gazetteer::load_tsv(data_dir() + "/gazetteer.tsv"),
                     entente::Taxonomy::load_tsv(data_dir() + "/domains.tsv")};
  return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Reference& ref = reference();
  entente::indexer::ReadLimits limits;
  limits.max_bytes = 1 << 20;
  try {
    auto text = entente::indexer::read_text_bytes(std::string_view(reinterpret_cast<const char*>(data), size),
                                                  limits);
    entente::indexer::ParseContext ctx{ref.gazetteer, ref.taxonomy};
    auto parsed = entente::indexer::parse_report(text, ctx);
    // Evidence must point into the text the parser was given.
    for (const auto& a : parsed.agreements) {
      if (a.line < 0 || static_cast<std::size_t>(a.line) > text.lines.size() + 1) std::abort();
    }
  } catch (const entente::indexer::ReadError&) {
    // Refusing unreadable bytes with a message is the expected outcome.
  } catch (const entente::indexer::PatternError&) {
    // So is a text whose matching outgrows the pattern engine's limits: the
    // ingest reports the file as failed with the message.
  }
  return 0;
}
