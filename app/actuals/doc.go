// Package actuals reads what happened (calls made, meetings held, deals
// won, revenue booked, month by month or week by week) from a CSV file a
// CRM or SFA exports: a Salesforce or HubSpot report, or a spreadsheet
// saved as CSV.
//
// Parse takes the file and the nodes of a KPI tree and returns the entries
// it could read and a Problem for every row or cell it could not, naming
// its row and column; good rows are kept. It reads:
//
//   - a header row, its columns mapped to nodes by id or by Japanese or
//     English label (架電数, Calls, "Revenue (JPY)", 売上金額, Amount, …),
//     and one period column (月, 年月, 日付, Month, Date, Close Date, …):
//     of several, a month, else a close date, else an activity's date,
//     else a creation date (Result.Dates lists the others);
//     a unit in a header scales its values (受注金額（千円）, 売上（百万円）,
//     "Amount (K)", "Revenue (in thousands)", "Amount $K": Mapping.Scale),
//     and a money column whose brackets hold no unit is left out
//     (BadUnit) rather than read at a scale guessed; a rate of a balance
//     (Node.YearRate: a churn rate, stated per year) whose header says a
//     month's (解約率（月次）, 月次解約率, "Monthly churn rate") is read ×12,
//     a quarter's ×4, and a week's is left out (WeekRate, rate_period.go);
//   - or a long form: a period, a metric (指標, KPI, Metric) and a value
//     (値, 実績, Value; 金額, Amount beside 指標 or KPI) column; a unit in
//     the value's header (値（千円）, "Value (K)", "amount in thousands")
//     scales the amounts among its metrics, not the counts or rates
//     (Result.Value), and one in a metric's name (受注金額（千円）) its own
//     rows: where both say one they must agree, or the row is left out
//     (UnitConflict);
//   - periods as dates (2026-04-01, 2026/4/1, 4/1/2026, 2026年4月1日),
//     months (2026-04, 2026年4月, April 2026, Apr-26, 4月, Apr), Japanese
//     era dates (令和8年5月, 令和元年5月1日, R8.6, R8/6/1, H30.4), a
//     weekday in brackets (2026/4/1(水), 4/1/2026 (Wed)) and Excel serial
//     dates from 2000 to 2099 (46143 is 2026-05-01); month
//     totals dated as a month's first or last day (2026/4/1, 2026/4/30)
//     stand for their month, a row of another day beside them adding to
//     it; otherwise a day other than the 1st, or a week column (週, Week
//     1–5), makes a weekly entry for the week of the month it falls in;
//   - numbers with thousands separators, currency signs (¥, $, €, £, 円,
//     JPY: an amount whose cell, column header or row's currency column
//     (Amount Currency, 通貨) names a currency other than the plan's is
//     left out, through ParseBytesIn),
//     万 and 億, full-width digits, percentages for rates, a dash alone
//     as 0 (Excel's accounting format), and a decimal comma in a
//     semicolon-separated file;
//   - UTF-8 with or without a byte-order mark, UTF-16 with one (and
//     Shift_JIS, through FromShiftJIS and the caller's decoder), and commas,
//     semicolons or tabs between fields.
//
// A total row (合計, Total, Subtotal in a rep's or a deal's column) is
// left out when other rows give its period (Result.Totals, totals.go).
// A row with a value refused (not a number, negative, a rate over 100 %,
// another currency, a count that is no whole number) is left out whole, its problem says so: counted
// without it, its other figures skew the rates.
//
// A deal export (a Salesforce opportunity report, HubSpot's deals: a row
// per deal and a stage column, Stage, フェーズ, 取引ステージ …) reads only
// its won deals' rows: a lost or open deal's amount is no revenue. Each won
// row is one deal won, the deals count by the month they closed in (a
// month without one as zero), and the file's last month through the week
// of its last closed deal (Result.Stage, stage.go).
//
// An activity log (a Salesforce Activities or Tasks report, HubSpot's
// calls, an SFA's 活動履歴: a row per activity and a type column, Type,
// Task Type, 活動種別 …, and no column naming a node) counts each row one
// for the node its type names (Call and 電話 for calls, Visit and 訪問 for
// meetings or visits), by month as a deal export does; rows of other types,
// and tasks a status column says are not done, are left out and counted
// (Result.Activity, activity.go).
//
// Rows naming the same node and period are added up (a detail export: a
// row per deal); Entry.Rows counts them, and Result.Same names the rows
// equal in every cell (a row pasted twice), added up all the same. A file that cannot count as a whole (a spreadsheet or
// another binary file picked in place of its CSV, one over MaxBytes or
// over MaxRows data rows) is refused whole, with one problem that says
// why; a header without data rows says so. The package is pure: the
// standard library only.
package actuals
