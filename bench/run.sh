#!/usr/bin/env bash
# One command for the side-by-side benchmark: bench/run.sh [N...]
# Builds Release (BUILD_DIR, default build-release), generates the corpora
# (cached in WORK, default /tmp/entente-bench), measures entente, SQLite FTS5
# and grep in the same run, prints the table and writes bench/RESULTS.md
# (OUT overrides). Default sizes: 1000 10000. The full run: bench/run.sh 1000 10000 100000
# (about 100,000 reports need ~550 MB of corpus plus the registries in WORK).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
build=${BUILD_DIR:-build-release}
work=${WORK:-/tmp/entente-bench}
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench: needs the sqlite3 CLI (apt-get install sqlite3)" >&2; exit 1; }
command -v omindex >/dev/null || echo "bench: omindex not found (apt-get install xapian-omega); its column stays empty" >&2
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target entente bench_query bench_fts5 >/dev/null
exec python3 bench/run.py --build "$build" --work "$work" --seed "${SEED:-7}" --reps "${REPS:-30}" \
  --cmd-reps "${CMD_REPS:-5}" --out "${OUT:-bench/RESULTS.md}" "${sizes[@]}"
