#!/usr/bin/env bash
# The whole test suite: install what is missing, build, run the sanitizer build's
# tests and the fuzz targets (scripts/sanitize_and_fuzz.sh), then every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
# Sanitizer build and short fuzz runs first, so the last line is the main ctest summary.
scripts/sanitize_and_fuzz.sh
cd "${BUILD_DIR:-build}"
ctest --output-on-failure -j"$(nproc)"
