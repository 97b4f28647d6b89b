#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace eventdb::importers {

// A publication timestamp as written in a feed, a page or a text header.
struct Timestamp {
  // The calendar date in the stamp's own offset: "Thu, 22 Dec 2022 23:30:00 -0500" is a
  // 22 December story even though it is already 23 December in UTC. Always ok().
  date::year_month_day local_date;
  // The UTC instant, "2022-12-23T04:30:00Z", when the stamp had a time and a zone; empty for a
  // bare date ("2022-12-22") or a time without a zone ("2022-12-22T23:30:00").
  std::string utc;
};

// Parses one timestamp. Accepted forms, with surrounding whitespace ignored:
//   ISO date       2022-12-22
//   RFC 3339/ISO   2022-12-22T23:30:00-05:00, ...Z, ...+0530, fractional seconds, seconds
//                  optional, a space instead of 'T', no zone (then `utc` stays empty)
//   RFC 822/1123   Thu, 22 Dec 2022 23:30:00 -0500; weekday optional (not checked against the
//                  date), seconds optional, two-digit years (00-49 -> 20xx, 50-99 -> 19xx),
//                  full month names, zones GMT UT UTC Z EST EDT CST CDT MST MDT PST PDT, a
//                  military letter (read as UTC, as RFC 5322 advises) or none, and a trailing
//                  comment "(UTC)".
// Returns std::nullopt for anything else and for impossible values: "99999-99-99",
// "2022-02-30", hour 24, minute 60, an offset beyond +/-23:59. Never throws.
[[nodiscard]] std::optional<Timestamp> parse_timestamp(std::string_view s);

// Formats a UTC instant as "YYYY-MM-DDTHH:MM:SSZ".
[[nodiscard]] std::string format_utc(date::sys_seconds t);

} // namespace eventdb::importers
