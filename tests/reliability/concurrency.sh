#!/bin/sh
# Concurrency: two imports into one new database at the same time (overlapping file sets),
# while readers run `timeline` and `sql` in a loop. Every article must end up stored exactly
# once, nothing may fail with "database is locked", and readers must never fail.
# Usage: concurrency.sh EVENTDB WORKDIR. Env: RELIABILITY_ARTICLES (default 1500).
set -eu
EVENTDB=$1
WORK=$2/concurrency
here=$(dirname "$0")
. "$here/common.sh"
n=${RELIABILITY_ARTICLES:-1500}
rm -rf "$WORK" && mkdir -p "$WORK"
"$here/gen_articles.sh" "$WORK/articles" "$n" 11
db=$WORK/shared.sqlite
# Set A: the first two thirds; set B: the last two thirds (the middle third is in both).
ls "$WORK/articles" | sed "s|^|$WORK/articles/|" > "$WORK/all"
head -n $((n * 2 / 3)) "$WORK/all" > "$WORK/a"
tail -n $((n * 2 / 3)) "$WORK/all" > "$WORK/b"

reader() {  # $1: log file; runs until $WORK/stop exists
  r=0
  while [ ! -f "$WORK/stop" ]; do
    if "$EVENTDB" --db "$db" sql "SELECT count(*) FROM articles" > /dev/null 2>> "$1" &&
       "$EVENTDB" --db "$db" timeline Russia --limit 50 > /dev/null 2>> "$1"; then
      r=$((r + 1))
    elif [ "$r" -gt 0 ]; then
      echo "reader failed after $r rounds" >> "$1"
      return 1
    fi
    # Before the first success the database may not exist or be migrated yet: not a failure.
  done
  echo "$r" > "$1.rounds"
}
reader "$WORK/reader1.log" & r1=$!
reader "$WORK/reader2.log" & r2=$!
# shellcheck disable=SC2046
"$EVENTDB" --db "$db" import -q $(cat "$WORK/a") > "$WORK/imp_a.out" 2> "$WORK/imp_a.err" & a=$!
# shellcheck disable=SC2046
"$EVENTDB" --db "$db" import -q $(cat "$WORK/b") > "$WORK/imp_b.out" 2> "$WORK/imp_b.err" & b=$!
sa=0; wait "$a" || sa=$?
sb=0; wait "$b" || sb=$?
touch "$WORK/stop"
s1=0; wait "$r1" || s1=$?
s2=0; wait "$r2" || s2=$?
if grep -il "locked\|busy" "$WORK"/*.err "$WORK"/reader*.log; then
  fail "a 'database is locked' failure: $(grep -ih "locked\|busy" "$WORK"/*.err "$WORK"/reader*.log | head -3)"
fi
[ "$sa" -eq 0 ] || fail "import A exited $sa: $(grep error "$WORK/imp_a.err" | head -3)"
[ "$sb" -eq 0 ] || fail "import B exited $sb: $(grep error "$WORK/imp_b.err" | head -3)"
[ "$s1" -eq 0 ] && [ "$s2" -eq 0 ] || fail "a reader failed: $(tail -3 "$WORK"/reader*.log)"
integrity_ok "$db"
count=$(sqlite3 "$db" "SELECT count(*) || ' ' || count(DISTINCT content_hash) || ' ' || count(DISTINCT url) FROM articles")
[ "$count" = "$n $n $n" ] || fail "articles (count, hashes, urls) = $count, expected $n each"
dups=$(cat "$WORK/imp_a.err" "$WORK/imp_b.err" | grep -c "already imported" || true)
[ "$dups" -eq $((n * 2 / 3 * 2 - n)) ] ||
  fail "expected the $((n * 2 / 3 * 2 - n)) shared articles to be reported as duplicates once each, got $dups"
# Each article has the events a single import gives it.
"$EVENTDB" --db "$WORK/ref.sqlite" import -q "$WORK/articles" > /dev/null 2>&1 || fail "reference import failed"
article_shape "$WORK/ref.sqlite" > "$WORK/ref.shape"
article_shape "$db" > "$WORK/shared.shape"
cmp -s "$WORK/ref.shape" "$WORK/shared.shape" || fail "events differ from a single import: $(diff "$WORK/ref.shape" "$WORK/shared.shape" | head -5)"
echo "PASS: $n articles stored once each; $dups duplicates reported; readers ran $(cat "$WORK/reader1.log.rounds") and $(cat "$WORK/reader2.log.rounds") rounds"
