#!/bin/sh
# Crash safety: SIGKILL `eventdb import` at random moments, re-run it, and check that the
# database stays consistent and that every article is all there or not there at all.
# Usage: crash_safety.sh EVENTDB WORKDIR. Env: RELIABILITY_ARTICLES (default 2000),
# RELIABILITY_KILLS (default 25). See docs/reliability.md.
set -eu
EVENTDB=$1
WORK=$2/crash_safety
here=$(dirname "$0")
. "$here/common.sh"
n=${RELIABILITY_ARTICLES:-2000}
kills=${RELIABILITY_KILLS:-25}
rm -rf "$WORK" && mkdir -p "$WORK"
"$here/gen_articles.sh" "$WORK/articles" "$n" 7

# Reference: one uninterrupted import.
start=$(date +%s)
"$EVENTDB" --db "$WORK/ref.sqlite" import -q "$WORK/articles" > "$WORK/ref.log" 2>&1 ||
  fail "reference import failed: $(tail -3 "$WORK/ref.log")"
full=$(( $(date +%s) - start + 1 ))
article_shape "$WORK/ref.sqlite" > "$WORK/ref.shape"
[ "$(wc -l < "$WORK/ref.shape")" -eq "$n" ] || fail "reference has $(wc -l < "$WORK/ref.shape") articles, not $n"
echo "reference import of $n articles: ~${full}s"

# Rounds, each on a fresh database: import the files in a shuffled order (so each run
# writes new articles among ones it skips as duplicates), SIGKILL it at a random moment within
# half the time a full import takes, check, re-run, until the round has its share of the kills
# or an import finishes first; then one more import completes the set.
kills_done=0
round=0
while [ "$kills_done" -lt "$kills" ]; do
  round=$((round + 1))
  db=$WORK/crash_$round.sqlite
  in_round=0
  attempt=0
  while [ "$in_round" -lt $(( (kills + 2) / 3 )) ] && [ "$kills_done" -lt "$kills" ]; do
    attempt=$((attempt + 1))
    seed=$((round * 1000 + attempt))
    # shellcheck disable=SC2046 # file names are article_NNNNN.txt
    set -- $(ls "$WORK/articles" | awk -v s="$seed" 'BEGIN { srand(s) } { print rand() "\t" $0 }' |
             sort | cut -f2 | sed "s|^|$WORK/articles/|")
    delay_ms=$(awk -v s="$seed" -v max="$((full * 500))" 'BEGIN { srand(s * 7919); print 20 + int(rand() * max) }')
    "$EVENTDB" --db "$db" import -q "$@" > "$WORK/run.log" 2>&1 &
    pid=$!
    sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
    if ! kill -9 "$pid" 2>/dev/null; then
      wait "$pid" || true
      break  # it finished before the kill: the round is complete
    fi
    wait "$pid" 2>/dev/null || true
    kills_done=$((kills_done + 1))
    in_round=$((in_round + 1))
    [ -f "$db" ] || continue
    integrity_ok "$db"
    article_shape "$db" > "$WORK/crash.shape"
    # Every stored article has exactly the reference's events, actors and quantities.
    bad=$(comm -23 "$WORK/crash.shape" "$WORK/ref.shape" | head -3)
    [ -z "$bad" ] || fail "after kill $kills_done (${delay_ms} ms) partial or different articles: $bad"
    echo "kill $kills_done after ${delay_ms} ms: $(wc -l < "$WORK/crash.shape") articles stored, consistent"
  done
  # Finish: the same import completes the set, with no duplicates.
  "$EVENTDB" --db "$db" import -q "$WORK/articles" > "$WORK/final.log" 2>&1 ||
    fail "final import failed: $(tail -3 "$WORK/final.log")"
  integrity_ok "$db"
  article_shape "$db" > "$WORK/crash.shape"
  cmp -s "$WORK/crash.shape" "$WORK/ref.shape" ||
    fail "round $round: final database differs from the reference: $(diff "$WORK/ref.shape" "$WORK/crash.shape" | head -5)"
  count=$(sqlite3 "$db" "SELECT count(*) || ' ' || count(DISTINCT content_hash) || ' ' || count(DISTINCT url) FROM articles")
  [ "$count" = "$n $n $n" ] || fail "round $round: articles (count, hashes, urls) = $count, expected $n each"
  echo "round $round complete: $n articles, each once, all events"
done
echo "PASS: $kills_done kills in $round rounds, every article stored once with all its events"
