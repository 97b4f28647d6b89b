#!/bin/sh
# Builds the libFuzzer targets with clang (build-fuzz/, -O1 with assertions on) and runs each
# for a fixed time from its seed corpus in fuzz/corpus/<target>/, two at a time. A crash,
# sanitizer report, failed assertion, an input taking over 10 s or over 2 GB fails the script;
# libFuzzer writes the input to build-fuzz/artifacts/. See docs/reliability.md.
# Usage: fuzz/run.sh [SECONDS_PER_TARGET (default 20)] [TARGET...]
# Longer runs: fuzz/run.sh 3600 pipeline   (new corpus entries go to build-fuzz/corpus/).
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-20}
[ $# -gt 0 ] && shift
targets=${*:-"html feed json text_header dates quantities pipeline"}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DEVENTDB_FUZZ=ON -DBUILD_TESTING=OFF > /dev/null
# shellcheck disable=SC2046
cmake --build build-fuzz -j2 --target $(for t in $targets; do printf 'fuzz_%s ' "$t"; done)
mkdir -p build-fuzz/artifacts
rm -f build-fuzz/*.failed

run_one() {
  t=$1
  mkdir -p "build-fuzz/corpus/$t"
  # The first corpus folder receives new inputs; the committed seeds are only read.
  if ! UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
    "build-fuzz/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$t-" \
      "build-fuzz/corpus/$t" "fuzz/corpus/$t" > "build-fuzz/fuzz_$t.log" 2>&1; then
    touch "build-fuzz/fuzz_$t.failed"
  fi
}

# Two at a time: one per core.
set -- $targets
while [ $# -gt 0 ]; do
  run_one "$1" & first=$!
  second=""
  if [ $# -gt 1 ]; then
    run_one "$2" & second=$!
  fi
  wait "$first"
  [ -z "$second" ] || wait "$second"
  shift; [ $# -gt 0 ] && shift
done

status=0
for t in $targets; do
  if [ -f "build-fuzz/fuzz_$t.failed" ]; then
    echo "FAIL: fuzz_$t found a problem; input in build-fuzz/artifacts/; log build-fuzz/fuzz_$t.log:" >&2
    grep -E "ERROR|SUMMARY|runtime error|Assertion|Test unit written" "build-fuzz/fuzz_$t.log" | head -20 >&2
    status=1
  else
    echo "fuzz_$t: ${seconds}s, $(grep -E "stat::number_of_executed_units" "build-fuzz/fuzz_$t.log" | awk '{ print $2 }') inputs, ok"
  fi
done
exit $status
