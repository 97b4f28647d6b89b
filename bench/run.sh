#!/usr/bin/env bash
# The import and query benchmark of eventdb (issue #8); README "Performance" shows one run.
#
# Usage: bench/run.sh [--full] [--build DIR] [--sizes "N N..."] [--no-peers] [--no-floor]
#   --build DIR   the build folder holding eventdb and bench/eventdb_floor (default: build/).
#                 This script builds nothing: cmake --build DIR first.
#   --full        also the 1,000,000-article corpus (about 3.9 GB of text, hours of machine time)
#   --sizes       corpus sizes to run (default "10000 100000")
#   --no-peers    skip chrono-node and compromise (they need node + npm and network for npm)
#   --no-floor    skip the SQLite+FTS5 floor
# Environment:
#   BENCH_DIR     where corpora (cached between runs, keyed by size and seed) and databases go
#                 (default /tmp/eventdb-bench); never inside the repository
#   BENCH_SEED    corpus seed (default 8)
#   BENCH_DENSITY gen_corpus.py --density (default 1); 0.6 gives about sample_data's events per
#                 1,000 words (docs/performance.md)
#   BENCH_RUNS    runs per query latency; the median is reported (default 11)
#   BENCH_JOBS    worker counts for `eventdb import --jobs` (default "1 2" when import has
#                 --jobs, else "1")
#   PEER_ARTICLES articles of the first corpus given to chrono-node (default 2000) and
#   PEER_ARTICLES_COMPROMISE to compromise (default 300): both are per-article throughputs,
#                 and compromise runs at a few articles per second.
# Needs: python3 (standard library), GNU time for peak RSS (`apt-get install time`; without it
# the RSS column says n/a), optionally hyperfine (used for the query latencies when present),
# node + npm for the peers (installed into a scratch folder with
# `npm install chrono-node compromise compromise-dates`, deleted afterwards).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build="$root/build"
sizes="10000 100000"
peers=1
floor=1
while [ $# -gt 0 ]; do
  case "$1" in
  --full) sizes="10000 100000 1000000" ;;
  --build) build=$(cd "$2" && pwd); shift ;;
  --sizes) sizes="$2"; shift ;;
  --no-peers) peers=0 ;;
  --no-floor) floor=0 ;;
  -h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

eventdb="$build/eventdb"
floor_bin="$build/bench/eventdb_floor"
[ -x "$eventdb" ] || { echo "run.sh: $eventdb not found; build first (cmake --build $build)" >&2; exit 2; }
if [ "$floor" = 1 ] && [ ! -x "$floor_bin" ]; then
  echo "run.sh: $floor_bin not found; build the eventdb_floor target or pass --no-floor" >&2
  exit 2
fi
bench_dir=${BENCH_DIR:-/tmp/eventdb-bench}
case "$bench_dir" in "$root"|"$root"/*) echo "run.sh: BENCH_DIR must be outside the repository" >&2; exit 2 ;; esac
mkdir -p "$bench_dir"
seed=${BENCH_SEED:-8}
density=${BENCH_DENSITY:-1}
runs=${BENCH_RUNS:-11}
if [ -n "${BENCH_JOBS:-}" ]; then
  jobs_list=$BENCH_JOBS
elif "$eventdb" import --help 2>&1 | grep -q -- '--jobs'; then
  jobs_list="1 2"
else
  jobs_list="1"
fi
gnu_time=""
if /usr/bin/time -v true >/dev/null 2>&1; then gnu_time=/usr/bin/time; fi

ms_now() { date +%s%N; }

# Median wall time in milliseconds of a command (stdout and stderr discarded).
median_ms() {
  if command -v hyperfine >/dev/null; then
    local json="$bench_dir/hyperfine.json" cmd
    cmd=$(printf '%q ' "$@")
    hyperfine --style none --warmup 2 --runs "$runs" --export-json "$json" -- "$cmd" >/dev/null 2>&1
    python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$json"
    return
  fi
  "$@" >/dev/null 2>&1 || true  # warm-up
  local i s e
  for i in $(seq "$runs"); do
    s=$(ms_now); "$@" >/dev/null 2>&1 || true; e=$(ms_now)
    echo $(( (e - s) / 1000 ))
  done | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f", m / 1000}'
}

# Runs a command under GNU time; sets $wall_s, $cpu_s (user + system) and $rss_mb.
timed() {
  local log="$bench_dir/time.log" s e
  s=$(ms_now)
  if [ -n "$gnu_time" ]; then
    "$gnu_time" -v -o "$log" "$@" >/dev/null
    rss_mb=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")
    cpu_s=$(awk -F': ' '/User time|System time/ {t += $2} END {printf "%.2f", t}' "$log")
  else
    "$@" >/dev/null
    rss_mb="n/a"
    cpu_s="n/a"
  fi
  e=$(ms_now)
  wall_s=$(awk -v d=$((e - s)) 'BEGIN {printf "%.2f", d / 1e9}')
}

corpus_for() {  # prints the folder of the corpus of $1 articles, generating it once
  local n=$1 dir="$bench_dir/corpus-$1-seed$seed"
  [ "$density" = 1 ] || dir="$dir-density$density"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    echo "generating $n articles into $dir ..." >&2
    python3 "$here/gen_corpus.py" --count "$n" --seed "$seed" --density "$density" --out "$dir" 2>"$dir.log"
    # "gen_corpus: N articles, B bytes of text, ..."
    awk '{print $2, $4}' "$dir.log" >"$dir/.complete"
  fi
  echo "$dir"
}

sql1() { "$eventdb" --db "$1" sql --format csv "$2" | tail -n 1; }

machine="$(uname -srm), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM"
echo "== eventdb import/query benchmark  $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== machine: $machine"
echo "== corpus: gen_corpus.py --seed $seed --density $density"
echo "== eventdb: $eventdb ($(cd "$root" && git describe --always --dirty 2>/dev/null || echo '?')); query latencies: median of $runs runs ($(command -v hyperfine >/dev/null && echo hyperfine || echo 'date +%s%N loop'))"
echo

rows=()
first_corpus=""
for n in $sizes; do
  corpus=$(corpus_for "$n")
  [ -n "$first_corpus" ] || first_corpus=$corpus
  read -r articles bytes <"$corpus/.complete"
  mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
  floor_s=""
  floor_cpu=""
  if [ "$floor" = 1 ]; then
    fdb="$bench_dir/floor-$n.sqlite"
    rm -f "$fdb" "$fdb-wal" "$fdb-shm"
    timed "$floor_bin" "$fdb" "$corpus"
    floor_s=$wall_s
    floor_cpu=$cpu_s
    rm -f "$fdb" "$fdb-wal" "$fdb-shm"
  fi
  for jobs in $jobs_list; do
    db="$bench_dir/eventdb-$n-j$jobs.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    load=$(cut -d' ' -f1 /proc/loadavg)
    jobs_arg=()
    if [ "$jobs_list" != 1 ]; then jobs_arg=(--jobs "$jobs"); fi
    echo "importing $n articles (jobs $jobs, load $load) ..." >&2
    timed "$eventdb" --db "$db" import -q "${jobs_arg[@]}" "$corpus"
    import_s=$wall_s
    import_rss=$rss_mb
    import_cpu=$cpu_s
    events=$(sql1 "$db" "SELECT count(*) FROM events")
    db_mb=$(du -cm "$db"* | tail -n 1 | cut -f1)
    ratio="n/a"
    [ -n "$floor_s" ] && ratio=$(awk -v a="$import_s" -v f="$floor_s" -v c="$import_cpu" -v fc="$floor_cpu" 'BEGIN {printf "%.1f× (CPU %.1f×)", a / f, (fc > 0 ? c / fc : 0)}')
    # Queries on the database of the first jobs count only (the databases are the same).
    if [ "$jobs" = "${jobs_list%% *}" ]; then
      busy=${BENCH_ACTOR:-Wagner Group}
      busy_events=$(sql1 "$db" "SELECT count(DISTINCT ea.event_id) FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE a.name = '$busy'")
      t_full=$(median_ms "$eventdb" --db "$db" timeline "$busy" --format text -o /dev/null)
      t_page=$(median_ms "$eventdb" --db "$db" timeline "$busy" --limit 100 -o /dev/null)
      t_range=$(median_ms "$eventdb" --db "$db" sql "SELECT type, count(*) FROM events WHERE date_first BETWEEN '2022-03-01' AND '2022-03-31' GROUP BY type")
      t_fts=$(median_ms "$eventdb" --db "$db" sql "SELECT e.id, e.date_value, e.type FROM events_fts JOIN events e ON e.id = events_fts.rowid WHERE events_fts MATCH 'howitzers AND Kharkiv' ORDER BY e.date_first LIMIT 100")
      queries="$t_full ($busy_events events) | $t_page | $t_range | $t_fts"
    else
      queries="| | |"
    fi
    rows+=("| $articles | $mb | $jobs | $import_s | $import_cpu | $(awk -v b="$bytes" -v s="$import_s" 'BEGIN {printf "%.2f", b / 1e6 / s}') | $(awk -v b="$bytes" -v s="$import_cpu" 'BEGIN {printf "%.2f", b / 1e6 / s}') | $(awk -v a="$articles" -v s="$import_s" 'BEGIN {printf "%.0f", a / s}') | $(awk -v a="$events" -v s="$import_s" 'BEGIN {printf "%.0f", a / s}') | ${floor_s:-n/a} (CPU ${floor_cpu:-n/a}) | $ratio | $import_rss | $db_mb | $queries | $load |")
    rm -f "$db" "$db-wal" "$db-shm"
  done
done

echo "| articles | MB text | jobs | import s | CPU s | MB/s | MB per CPU-s | articles/s | events/s | floor s | vs floor | peak RSS MB | DB MB | timeline \"${BENCH_ACTOR:-Wagner Group}\" ms | timeline --limit 100 ms | date-range sql ms | FTS sql ms | load |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"

if [ "$peers" = 1 ]; then
  echo
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "peers: node and npm are needed; skipped"
    exit 0
  fi
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT INT TERM
  (cd "$scratch" && npm init -y >/dev/null &&
    npm install --no-audit --no-fund --silent chrono-node compromise compromise-dates >/dev/null)
  versions=$(cd "$scratch/node_modules" && for p in chrono-node compromise compromise-dates; do
    printf '%s %s, ' "$p" "$(node -p "require('./$p/package.json').version")"; done)
  echo "== peers, single-threaded, node $(node --version): ${versions%, }; parsing only (file reading not timed)"
  echo "| peer | what it finds | articles | MB text | s | CPU s | articles/s | MB/s | MB per CPU-s | load |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for peer in chrono compromise; do
    if [ "$peer" = chrono ]; then limit=${PEER_ARTICLES:-2000}; what="dates"; else
      limit=${PEER_ARTICLES_COMPROMISE:-300}; what="people, places, organisations, dates, money"; fi
    load=$(cut -d' ' -f1 /proc/loadavg)
    read -r _ a b s c _ < <(node "$here/peers.mjs" "$first_corpus" "$scratch/node_modules" "$peer" --limit "$limit")
    echo "| $peer | $what | $a | $(awk -v b="$b" 'BEGIN {printf "%.1f", b / 1e6}') | $s | $c | $(awk -v a="$a" -v s="$s" 'BEGIN {printf "%.0f", a / s}') | $(awk -v b="$b" -v s="$s" 'BEGIN {printf "%.2f", b / 1e6 / s}') | $(awk -v b="$b" -v s="$c" 'BEGIN {printf "%.2f", b / 1e6 / s}') | $load |"
  done
fi
