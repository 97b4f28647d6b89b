#!/bin/sh
# Builds the libFuzzer targets with clang (build-fuzz/) and runs each one for a fixed time
# from its seed corpus in fuzz/corpus/<target>/. A crash, leak, sanitizer report or timeout
# fails the script; libFuzzer writes the input to build-fuzz/artifacts/. See docs/reliability.md.
# Usage: fuzz/run.sh [SECONDS_PER_TARGET (default 20)] [TARGET...]
# Longer runs: fuzz/run.sh 3600 pipeline   (new corpus entries go to build-fuzz/corpus/).
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-20}
[ $# -gt 0 ] && shift
targets=${*:-"html feed json text_header dates quantities pipeline"}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVENTDB_FUZZ=ON \
  -DBUILD_TESTING=OFF > /dev/null
cmake --build build-fuzz -j2
mkdir -p build-fuzz/artifacts
status=0
for t in $targets; do
  mkdir -p "build-fuzz/corpus/$t"
  echo "fuzz_$t: ${seconds}s"
  # The first corpus folder receives new inputs; the committed seeds are only read.
  if ! UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
    "build-fuzz/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$t-" \
      "build-fuzz/corpus/$t" "fuzz/corpus/$t" > "build-fuzz/fuzz_$t.log" 2>&1; then
    echo "FAIL: fuzz_$t found a problem; input in build-fuzz/artifacts/; log:" >&2
    grep -E "ERROR|SUMMARY|runtime error|Test unit written" "build-fuzz/fuzz_$t.log" | head -20 >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|cov: " "build-fuzz/fuzz_$t.log" | tail -1
  fi
done
exit $status
