# Shared by the reliability scripts (sourced). Needs EVENTDB (the binary) and WORK (a scratch dir).
export LC_ALL=C
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
# Per article (by URL): events, event actors and quantities, sorted. Reads through sqlite3 so
# it also works on a database left behind by a killed import.
article_shape() {
  sqlite3 "$1" "SELECT a.url, count(DISTINCT e.id), count(DISTINCT ea.event_id || '/' || ea.position),
      count(DISTINCT q.event_id || '/' || q.position)
    FROM articles a LEFT JOIN events e ON e.article_id = a.id
    LEFT JOIN event_actors ea ON ea.event_id = e.id LEFT JOIN quantities q ON q.event_id = e.id
    GROUP BY a.id" | sort
}
integrity_ok() {
  r=$(sqlite3 "$1" "PRAGMA integrity_check; PRAGMA foreign_key_check;")
  [ "$r" = "ok" ] || fail "integrity_check of $1: $r"
  # The full-text indexes hold exactly their tables' rows (the importer adds new rows to them
  # once per write transaction). A database killed before its first migration has none.
  if [ "$(sqlite3 "$1" "SELECT count(*) FROM sqlite_schema WHERE name IN ('articles_fts', 'events_fts')")" = 2 ]; then
    r=$(sqlite3 "$1" "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check');
      INSERT INTO events_fts(events_fts) VALUES ('integrity-check');" 2>&1) ||
      fail "FTS integrity-check of $1: $r"
  fi
}
