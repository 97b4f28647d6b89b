$ eventdb dates --ref 2022-12-22 "the sale of rockets to the group last month"
{"text":"the sale of rockets to the group last month","dates":[{"text":"last month","span":[33,43],"value":"2022-11","grain":"month","first":"2022-11-01","last":"2022-11-30"}]}
$ eventdb dates --ref 2022-12-22 "1,000 fighters were killed in recent weeks, 90% of them convicts"
{"text":"1,000 fighters were killed in recent weeks, 90% of them convicts","dates":[{"text":"recent weeks","span":[30,42],"value":"~2022-12-01..2022-12-22","grain":"approx","first":"2022-12-01","last":"2022-12-22"}]}
$ eventdb dates "talks resume next Tuesday; the deal was signed on March 3, 2021"
{"text":"talks resume next Tuesday; the deal was signed on March 3, 2021","dates":[{"text":"next Tuesday","span":[13,25],"value":"","grain":"unknown","first":null,"last":null},{"text":"March 3, 2021","span":[50,63],"value":"2021-03-03","grain":"day","first":"2021-03-03","last":"2021-03-03"}]}
$ eventdb dates --ref 2022-12-32 "today"
eventdb: error: --ref: '2022-12-32' is not a date (YYYY-MM-DD)
[exit 2]
