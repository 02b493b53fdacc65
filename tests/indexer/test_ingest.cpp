#include "indexer/ingest.hpp"

#include <catch2/catch.hpp>

#include <string>

using entente::indexer::sha256_hex;

// Registries store each report's fingerprint and skip a file whose
// fingerprint they already hold: a hash that changed with its library would
// make every re-ingest redo every report. FIPS 180-2 test vectors.
TEST_CASE("sha256_hex gives the standard SHA-256 of its bytes", "[ingest]") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  const std::string million(1'000'000, 'a');
  CHECK(sha256_hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // Bytes are hashed as they are, NUL and high bytes included.
  CHECK(sha256_hex(std::string("\0\xff", 2)) ==
        "06eb7d6a69ee19e5fbdf749018d3d2abfa04bcbd1365db312eb86dc7169389b8");
}
