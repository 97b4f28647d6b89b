#!/bin/sh
# Browser test of `eventdb timeline --format html`: builds a database from sample_data, writes
# the report, loads it in headless Chromium (no network: the page must be self-contained) and
# checks the DOM *after* the page script ran: events, the SVG chart, the filter controls, the
# ready flag and the visible-event counter. Leaves a screenshot for review.
# Usage: check_html.sh EVENTDB_BINARY SOURCE_DIR OUTPUT_DIR
# Fails (never skips) when chromium is missing: scripts/install-deps installs it.
set -eu
eventdb=$1
src=$2
out=$3

fail() { echo "check_html: FAIL: $*" >&2; exit 1; }

browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || fail "chromium is not installed (run scripts/install-deps)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
db="$work/sample.sqlite"
html="$out/timeline_report.html"
png="$out/timeline_report.png"

"$eventdb" --db "$db" import -q "$src"/sample_data/*.txt >/dev/null 2>&1 || fail "import failed"
"$eventdb" --db "$db" timeline Russia "United States" Ukraine "Wagner Group" "North Korea" \
  --format html --output "$html" || fail "timeline --format html failed"

# No external resources: nothing loaded from http(s), no src= attributes at all.
if grep -Eq '<(script|link|img|iframe)[^>]* (src|href)=' "$html"; then
  fail "the page references an external resource"
fi
grep -q "Content-Security-Policy" "$html" || fail "no Content-Security-Policy"

chrome() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" "$@" 2>"$work/chromium.log"
}

chrome --dump-dom "file://$html" >"$work/dom.html" || { cat "$work/chromium.log" >&2; fail "chromium --dump-dom failed"; }
chrome --screenshot="$png" --window-size=1200,2000 "file://$html" >/dev/null ||
  { cat "$work/chromium.log" >&2; fail "chromium --screenshot failed"; }
[ -s "$png" ] || fail "no screenshot written"

dom="$work/dom.html"
check() {  # check DESCRIPTION PATTERN [MIN_COUNT]
  n=$(grep -oE "$2" "$dom" | wc -l)
  [ "$n" -ge "${3:-1}" ] || fail "$1: expected at least ${3:-1} match(es) of /$2/, found $n"
  echo "ok: $1 ($n)"
}
check "the page script ran" '<body[^>]* data-ready="1"'
events=$(grep -oE '<article class="event' "$dom" | wc -l)
[ "$events" -ge 10 ] || fail "expected at least 10 events, found $events"
check "every event is visible and counted" "<span id=\"visible-count\">$events</span>"
check "the SVG chart" '<svg id="chart"'
check "stacked bars in the chart" '<rect data-type="[a-z_]+"' 9
check "type filter checkboxes" 'class="f-type"' 2
check "actor filter checkboxes" 'class="f-actor"' 5
check "an evidence sentence" '<blockquote class="evidence">'
check "a link to a source article" '<a href="https?://[^"]+" rel="noopener noreferrer">'
check "a month-long event drawn as a bar" 'class="span" style="left:[0-9.]+%;width:[0-9.]+%"'
check "the undated section" '<h2>Undated</h2>'

# The filters work: preselect one type through the URL and count what stays visible.
sanctions=$(grep -oE '<article class="event [a-z]+" id="event-[0-9]+" data-type="sanction"' "$dom" | wc -l)
[ "$sanctions" -ge 1 ] || fail "no sanction events to filter"
chrome --dump-dom "file://$html#types=sanction" >"$work/filtered.html" || fail "chromium --dump-dom (filtered) failed"
grep -q "<span id=\"visible-count\">$sanctions</span>" "$work/filtered.html" ||
  fail "type filter: expected $sanctions visible events"
hidden=$(grep -oE '<article class="event[^>]* hidden=""' "$work/filtered.html" | wc -l)
[ "$hidden" -eq $((events - sanctions)) ] || fail "type filter: $hidden hidden, expected $((events - sanctions))"
echo "ok: the type filter leaves $sanctions of $events events visible"
echo "check_html: all checks passed; screenshot: $png"
