#!/bin/sh
# Hostile inputs stay bounded in memory and time and end with a clear message. Each input is
# generated here, at test time. Usage: hostile_inputs.sh EVENTDB WORKDIR [SANITIZED [SLOW]]
# SANITIZED=1 (sanitizer builds) skips the memory limit (ASan reserves terabytes of address
# space). SLOW=1 (sanitizer and unoptimised builds; default: SANITIZED) allows more time and
# uses a smaller long sentence.
set -eu
EVENTDB=$1
WORK=$2/hostile
SANITIZED=${3:-0}
SLOW=${4:-$SANITIZED}
here=$(dirname "$0")
. "$here/common.sh"
rm -rf "$WORK" && mkdir -p "$WORK"
db=$WORK/h.sqlite
secs=20
mem_kb=1000000  # 1 GB of address space
words=4000000
if [ "$SLOW" = 1 ]; then secs=120; words=500000; fi

# check NAME EXPECTED_STATUS MESSAGE_REGEX COMMAND...: runs COMMAND with the time and memory
# bounds and checks its exit status and that stderr+stdout match MESSAGE_REGEX.
check() {
  name=$1; want=$2; msg=$3; shift 3
  start=$(date +%s)
  got=0
  (
    if [ "$SANITIZED" != 1 ]; then ulimit -v "$mem_kb"; fi
    exec timeout "$secs" "$@"
  ) > "$WORK/$name.log" 2>&1 || got=$?
  took=$(( $(date +%s) - start ))
  [ "$got" -ne 124 ] || fail "$name: took longer than ${secs}s"
  [ "$got" -eq "$want" ] || fail "$name: exit status $got, expected $want: $(head -c 400 "$WORK/$name.log")"
  grep -Eq -e "$msg" "$WORK/$name.log" || fail "$name: no message matching '$msg': $(head -c 400 "$WORK/$name.log")"
  echo "ok: $name (exit $got, ${took}s): $(grep -E -e "$msg" "$WORK/$name.log" | head -1 | cut -c1-150)"
}

# 1. A file over 1 GiB is refused by its size before reading (sparse: takes no disk).
truncate -s 1073741825 "$WORK/huge.txt"
check huge_file 1 "huge.txt: file is larger than 1 GiB" "$EVENTDB" --db "$db" import "$WORK/huge.txt"
rm -f "$WORK/huge.txt"

# 2. A 100 MB single line of text: refused as bigger than any article.
head -c 100000000 /dev/zero | tr '\0' 'a' > "$WORK/line.txt"
check long_line 1 "line.txt: text article larger than 16 MiB" "$EVENTDB" --db "$db" import "$WORK/line.txt"
rm -f "$WORK/line.txt"

# 2b. A 4 MB line of words (0.5 MB in sanitizer and unoptimised builds) with no full stop: accepted, in linear time (sentences are cut).
yes "Russia sold 5 rockets to Iran on Friday and" | head -c "$words" | tr '\n' ' ' > "$WORK/words.txt"
check long_sentence 0 "imported .*words.txt" "$EVENTDB" --db "$db" import --published 2022-12-22 "$WORK/words.txt"
rm -f "$WORK/words.txt"

# 3. HTML nested 100,000 levels deep: cut at 512 levels with a warning, the rest imported.
awk 'BEGIN { printf "<html><head><title>Deep</title></head><body><p>Russia sold rockets to Iran on Friday.</p>";
             for (i = 0; i < 100000; i++) printf "<div>"; print "deep text</body></html>" }' > "$WORK/deep.html"
check deep_html 0 "deep.html: HTML nested deeper than 512 elements" "$EVENTDB" --db "$db" import --published 2022-12-22 "$WORK/deep.html"

# 4. XML entity expansion (billion laughs): pugixml skips the DTD and never expands entities;
# the item is stored with the reference as written.
{
  echo '<?xml version="1.0"?>'
  echo '<!DOCTYPE lolz [<!ENTITY lol "lol">'
  prev=lol
  for i in 1 2 3 4 5 6 7 8 9; do
    echo "<!ENTITY lol$i \"&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;\">"
    prev=lol$i
  done
  echo ']>'
  echo '<rss version="2.0"><channel><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>'
} > "$WORK/lolz.xml"
check billion_laughs 0 "imported .*lolz.xml" "$EVENTDB" --db "$db" import --published 2022-12-22 "$WORK/lolz.xml"
[ "$(sqlite3 "$db" "SELECT max(length(title)) FROM articles WHERE origin LIKE '%lolz.xml%'")" -lt 100 ] ||
  fail "billion_laughs: an entity was expanded"

# 5. A JSON number with 10,000 digits: that record is refused, clearly; nothing crashes.
awk 'BEGIN { printf "[{\"title\": \"Big\", \"text\": \"Russia sold rockets.\", \"published\": \"2022-12-22\", \"n\": ";
             for (i = 0; i < 10000; i++) printf "9"; print "}]" }' > "$WORK/bignum.json"
check json_big_number 1 "bignum.json.*(number|too large|overflow)" "$EVENTDB" --db "$db" import "$WORK/bignum.json"
awk 'BEGIN { printf "{\"title\": \"Big\", \"text\": \"Russia sold rockets.\", \"n\": 0.";
             for (i = 0; i < 10000; i++) printf "1"; print "}" }' > "$WORK/longfraction.jsonl"
check json_long_fraction 0 "imported .*longfraction.jsonl" "$EVENTDB" --db "$db" import --published 2022-12-22 "$WORK/longfraction.jsonl"

# 6. Impossible dates: refused as flags, warned about in headers, never matched in text.
check bad_published_flag 2 "--published: '99999-99-99' is not a date" "$EVENTDB" --db "$db" import --published 99999-99-99 "$WORK/deep.html"
printf 'Title: Bad date\nPublished: 99999-99-99\n\nRussia fired 70 missiles at Kyiv on 99999-99-99 and on 2022-13-45.\n' > "$WORK/baddate.txt"
check bad_published_header 0 "baddate.txt: cannot read publication date '99999-99-99'" "$EVENTDB" --db "$db" import "$WORK/baddate.txt"
check bad_dates_in_text 0 '"dates":\[\]' "$EVENTDB" dates --ref 2022-12-22 "on 99999-99-99 and 2022-13-45 and 0000-00-00"
check bad_ref_date 2 "99999-99-99" "$EVENTDB" dates --ref 99999-99-99 "last month"
check bad_timeline_date 2 "99999-99-99" "$EVENTDB" --db "$db" timeline Russia --from 99999-99-99
echo "PASS: hostile inputs bounded"
