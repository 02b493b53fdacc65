#!/usr/bin/env bash
# The main job on a fresh Debian machine: install what is missing, build,
# load the bundled agreements and example reports into the default registry
# (or $ENTENTE_DB), and answer a first question.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
entente=build/cli/entente
echo "== Registry: ${ENTENTE_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/entente}"
"$entente" import data/agreements.csv --source-kind press_release
"$entente" ingest data/reports
echo
echo "== What do we hold with Shandong (Jinan, Qingdao... included)?"
"$entente" commitments shandong
