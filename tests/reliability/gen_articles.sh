#!/bin/sh
# Writes N small synthetic articles (text files with headers) into DIR: gen_articles.sh DIR N [SEED]
# Sentences come from a small template set filled with dictionary actors, numbers and dates,
# so extraction gives the same events whatever is already in the database. Each body names its
# own number, so no two bodies (content hashes) are alike. Deterministic for a given SEED.
set -eu
dir=$1
n=$2
seed=${3:-42}
mkdir -p "$dir"
awk -v dir="$dir" -v n="$n" -v seed="$seed" 'BEGIN {
  srand(seed)
  na = split("Russia|Ukraine|Iran|North Korea|the United States|China|Belarus|Poland|Germany|France|the European Union|NATO", actor, "|")
  ni = split("rockets|missiles|drones|tanks|artillery shells|rifles", item, "|")
  nd = split("last month|on Friday|in November|last week|on Dec. 3, 2022|in 2021|earlier this year|on Tuesday", when, "|")
  nt = split("%A sold %N %I to %B %D.|%A imposed sanctions on %B %D.|%A accused %B of shelling civilians %D.|%A said %B sent %N %I to the front %D.|At least %N people were killed in a strike by %A %D.|%A pledged $%N million in military aid to %B %D.|%A has about %N troops near the border with %B, officials said.|%A denied sending %I to %B %D.", tmpl, "|")
  for (i = 1; i <= n; i++) {
    file = sprintf("%s/article_%05d.txt", dir, i)
    m = 1 + int(rand() * 12); d = 1 + int(rand() * 28)
    printf "Title: Report %d\nURL: https://example.org/reliability/%d\nPublished: 2022-%02d-%02d\n\n", i, i, m, d > file
    k = 2 + int(rand() * 4)
    body = sprintf("This is report number %d.", i)
    for (s = 0; s < k; s++) {
      t = tmpl[1 + int(rand() * nt)]
      a = actor[1 + int(rand() * na)]
      do { b = actor[1 + int(rand() * na)] } while (b == a)
      x = a
      if (index(t, "%A") == 1) sub(/^the/, "The", x)
      gsub(/%A/, x, t); gsub(/%B/, b, t)
      gsub(/%N/, (1 + int(rand() * 500)) * 10, t)
      gsub(/%I/, item[1 + int(rand() * ni)], t)
      gsub(/%D/, when[1 + int(rand() * nd)], t)
      body = body " " t
    }
    print body > file
    close(file)
  }
}'
