#!/usr/bin/env bash
# The sanitizer and fuzzing half of CI: builds build-asan/ (ASan + UBSan) and
# runs its ctest, then builds the libFuzzer targets in build-fuzz/ (clang) and
# runs each for FUZZ_SECONDS (60) from a seed corpus made of tests/data.
# ENTENTE_SKIP_SANITIZE=1 or ENTENTE_SKIP_FUZZ=1 leave a half out.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
fuzz_seconds=${FUZZ_SECONDS:-60}
start=$(date +%s)

if [ "${ENTENTE_SKIP_SANITIZE:-0}" != 1 ]; then
  BUILD_DIR=build-asan scripts/build.sh -DENTENTE_SANITIZE=ON
  # The reliability scripts SIGKILL and time the binary: they run in the main
  # build; every other test runs here under the sanitizers.
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --output-on-failure -j"$jobs" -LE reliability)
  echo "sanitizers: build-asan ctest passed ($(($(date +%s) - start)) s so far)"
fi

if [ "${ENTENTE_SKIP_FUZZ:-0}" != 1 ]; then
  cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang -DENTENTE_FUZZ=ON \
    -DBUILD_TESTING=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build-fuzz -j"$jobs" --target fuzz_report fuzz_query fuzz_csv
  corpus=build-fuzz/corpus
  rm -rf "$corpus"
  mkdir -p "$corpus"/report "$corpus"/query "$corpus"/csv
  cp tests/data/reports/*.txt tests/data/hostile/*.txt "$corpus"/report/
  i=0
  for q in 'sante' 'partner:shandong year:2008..2017' '"technologies medicales" OR domain:health' \
    'kind:mou NOT partner:china' 'date:2017-09-01..2017-09-30 -sante' '(a OR b' 'partner:"province du shandong"' \
    'title:entente person:"Gaetan Barrette"' 'year:..2010 kind:agreement' 'tech* ADJ medic*' \
    'accord sante NEAR/3 chine -(a OR b)' '(-a) b AND -c' '« santé publique » OR “a b”' 'x,-y ＋z（w）' 'saint-malo NEAR/3 "a b" NEAR c'; do
    printf '%s' "$q" >"$corpus/query/seed$((i++))"
  done
  find tests/data -name '*.csv' -exec cp {} "$corpus"/csv/ \;
  printf 'title,kind,partners,signed\n"Entente, ""A""",agreement,shandong;china,2008\n=cmd|x,mou,"a\nb",2017-09\n' \
    >"$corpus/csv/seed.csv"
  for target in fuzz_report fuzz_query fuzz_csv; do
    dir=$corpus/${target#fuzz_}
    log=build-fuzz/$target.log
    if ! ENTENTE_DATA_DIR="$PWD/data" build-fuzz/fuzz/$target -max_total_time="$fuzz_seconds" -rss_limit_mb=2048 \
      -timeout=20 -max_len=65536 -print_final_stats=1 -artifact_prefix=build-fuzz/$target- "$dir" >"$log" 2>&1; then
      tail -60 "$log"
      echo "fuzz: $target found a failure (artifact in build-fuzz/)" >&2
      exit 1
    fi
    echo "fuzz: $target: $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') executions in ${fuzz_seconds} s"
  done
fi
echo "sanitize_and_fuzz: $(($(date +%s) - start)) s"
