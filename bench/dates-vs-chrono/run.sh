#!/bin/sh
# Peer comparison: eventdb's time-expression finder vs chrono-node on the same cases.
# Usage: bench/dates-vs-chrono/run.sh [path/to/eventdb_dates_bench]   (run from anywhere)
# Builds nothing: build the project first (target eventdb_dates_bench). chrono-node is installed
# from npm into a scratch folder that is deleted afterwards; it is not a project dependency.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bench=${1:-"$root/build/bench/eventdb_dates_bench"}
cases="$root/tests/fixtures/dates_cases.tsv"
chrono_version=${CHRONO_VERSION:-2.10.3}

if [ ! -x "$bench" ]; then
  echo "run.sh: $bench not found; build the eventdb_dates_bench target first" >&2
  exit 2
fi
command -v npm >/dev/null || { echo "run.sh: npm is needed" >&2; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
(cd "$scratch" && npm init -y >/dev/null &&
  npm install --no-audit --no-fund --silent "chrono-node@$chrono_version" >/dev/null)

echo "== machine: $(uname -srm), $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'), node $(node --version)"
echo
echo "== eventdb"
"$bench" "$cases" "${EVENTDB_REPS:-200}"
echo
echo "== chrono-node $chrono_version"
node "$here/chrono.mjs" "$cases" "$scratch/node_modules/chrono-node" "${CHRONO_REPS:-20}"
