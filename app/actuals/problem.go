package actuals

import (
	"fmt"
	"strconv"
	"strings"
)

// What Parse could not read: a problem's code, its row and column, and
// its words in English (the page and the CLI translate the code).

// Code says what is wrong with a file, row or cell. New codes are only
// appended.
type Code uint8

// Problem is something Parse could not read. Row and Column count from 1
// as a spreadsheet does: Row is the row the file opened in a spreadsheet
// shows the cell on (blank lines count; a cell of several lines is one
// row; the header is row 1 unless blank lines come before it). 0 means
// the whole file or row.
type Problem struct {
	Row, Column int
	Header      string // the column's header, when a column is named
	Text        string // the cell as written (for BadFile, the reason; for TooMany, how many)
	Code        Code
	Of          int `json:",omitempty"` // RepeatedColumn: the column (from 1) that reads its KPI first; ExtraCells: the header's count of cells
	// InHeader marks a problem found in the header row and said of its
	// column, which is left out (an unknown header, one naming two KPIs, a
	// unit not read): "column 3 (Memo)", not "row 1, column 3". A long
	// form's metric cell with the same code is a row's, and has it false.
	InHeader bool `json:",omitempty"`
}

var codeText = [...]string{
	BadFile:             "the file cannot be read as CSV",
	NotUTF8:             "the file is neither UTF-8 nor Shift_JIS text; save it as \"CSV UTF-8\"",
	Empty:               "the file has no header row",
	NoPeriod:            "no column names the month or date (Month, Date, 月, 年月, 日付 …)",
	NoNodes:             "no column names a KPI of this tree (by id or label)",
	UnknownColumn:       "%q names no KPI of this tree; the column is left out",
	BadPeriod:           "%q is not a month or a date, so the row is left out",
	BadNumber:           "%q is not a number, so the row is left out",
	Negative:            "%q is negative, so the row is left out: take a refund off its month's amount",
	RateAbove:           "%q is above 100%%, so the row is left out",
	UnknownMetric:       "%q names no KPI of this tree",
	TooLarge:            "the file is over the limit of %s MB, so nothing is imported: export fewer months at a time",
	TooMany:             "%s more problems are not listed",
	NoYear:              "month %s has no year, and the plan holds it more than once: write its year (2026-04)",
	NoMonth:             "the month is empty, and no month above it is read: write the row's month",
	TooManyRows:         "the file has over %s data rows, the limit, so nothing is imported: export a summary by month, or fewer months at a time",
	Binary:              "the file is a spreadsheet (Excel .xlsx or .xls, .ods) or another binary file, not CSV: in Excel, choose Save As → \"CSV UTF-8 (Comma delimited)\" and import that file",
	NoRows:              "the file has a header row but no data rows",
	Ambiguous:           "names more than one KPI of this tree (%s), so the column is left out: name it by the KPI's id",
	BadUnit:             "the header's unit %q is not one this reads, so the column is left out: write an amount's unit as 円, 千円, 万円, 百万円, 億円, JPY, K (thousands) or M (millions)",
	BadValueUnit:        "the value column's unit %q is not one this reads, so its amounts are left out (counts and rates are read): write an amount's unit as 円, 千円, 万円, 百万円, 億円, JPY, K (thousands) or M (millions)",
	UnitConflict:        "the unit in the metric's name disagrees with the value column's header %q, so the row is left out: write the unit in one of them only",
	RateRows:            "%q is a rate given in more than one row of one month or week: rates are not added up, so it is left out for that period; give it once, or give the counts it comes from",
	LevelRows:           "%q is a value that rows do not add up to (a price, a balance) given in more than one row of one month or week, so it is left out for that period; give it once, or give the amounts and counts it comes from",
	OtherCurrency:       "%q is in another currency than the plan's, so the row is left out: convert it to the plan's currency, or change the plan's currency (in the page: Edit the tree, This tree)",
	WeekRate:            "the header gives a week's rate (%s), and the plan states a rate of a balance (a churn rate) per year, so the column is left out: give the rate per year, or per month with \"monthly\" in the header",
	NotWhole:            "%q is a count that is not a whole number, so the row is left out",
	NoAmount:            "the won deal's amount is empty, so the row is left out: counted at 0, it would lower the average deal size",
	OtherCurrencyColumn: "the header %q names another currency than the plan's, so the column is left out: convert its amounts to the plan's currency, or change the plan's currency (in the page: Edit the tree, This tree)",
	RepeatedColumn:      "%[1]q repeats the column of %[2]s (column %[3]d), so it is left out",
	ExtraCells:          "the row has %s cells where the header has %d, so its columns would not line up with the headers and the row is left out: write a number with thousands commas in quotes (\"8,343,000\"), as Excel's CSV does, or give the extra column a header",
	EmptyFile:           "the file is empty",
	NegativeCount:       "%q is negative, so the row is left out: a count or a rate is 0 or more",
	OverLimit:           "%q is over the limit of 1,000,000,000,000,000, so the row is left out",
}

// Error writes the problem in English, with its row and column.
func (p Problem) Error() string {
	var msg string
	if int(p.Code) < len(codeText) {
		msg = codeText[p.Code]
	}
	if args := p.Args(); len(args) > 0 {
		msg = fmt.Sprintf(msg, args...)
	}
	switch {
	case p.Column > 0 && p.OfHeader():
		return fmt.Sprintf("column %d (%s): %s", p.Column, p.Header, msg)
	case p.Row > 0 && p.Column > 0:
		return fmt.Sprintf("row %d, column %d (%s): %s", p.Row, p.Column, p.Header, msg)
	case p.Row > 0:
		return fmt.Sprintf("row %d: %s", p.Row, msg)
	}
	return msg
}

// Arg returns what the problem's message says besides its rule, and
// whether it says anything: the header of an unknown column; the cell as
// written, the month (NoYear) or the count (TooMany); the limit a file
// is over, with its thousands grouped. A message in any language takes
// it as its one %s.
func (p Problem) Arg() (string, bool) {
	switch p.Code {
	case UnknownColumn, OtherCurrencyColumn:
		return p.Header, true
	case BadPeriod, BadNumber, Negative, NegativeCount, OverLimit, RateAbove, UnknownMetric, TooMany, NoYear, Ambiguous, BadUnit, BadValueUnit, UnitConflict, RateRows, LevelRows, OtherCurrency, WeekRate, NotWhole:
		return p.Text, true
	case TooLarge:
		return grouped(MaxBytes >> 20), true
	case TooManyRows:
		return grouped(MaxRows), true
	}
	return "", false
}

// Args returns what the problem's message says besides its rule: Arg's
// one value, or for RepeatedColumn the column's header, the header of the
// column it repeats and that column's number.
func (p Problem) Args() []any {
	switch p.Code {
	case RepeatedColumn:
		return []any{p.Header, strings.TrimSpace(p.Text), p.Of}
	case ExtraCells:
		return []any{p.Text, p.Of}
	}
	if arg, ok := p.Arg(); ok {
		return []any{arg}
	}
	return nil
}

// OfHeader reports whether the problem is a column's, found in its header
// and said of the column, not of the header's row: a column left out.
func (p Problem) OfHeader() bool {
	return p.InHeader || p.Code == OtherCurrencyColumn || p.Code == RepeatedColumn
}

// grouped writes n with its thousands grouped by commas, as both the
// page's languages write a count: 100000 is "100,000".
func grouped(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// refused is the result of a file read not at all: one problem, code,
// for the whole of it.
func refused(code Code) *Result {
	return &Result{Problems: []Problem{{Code: code}}}
}

func (res *Result) add(p Problem) {
	switch {
	case len(res.Problems) < MaxProblems:
		res.Problems = append(res.Problems, p)
	case len(res.Problems) == MaxProblems:
		res.Problems = append(res.Problems, Problem{Code: TooMany, Text: "1"})
	default:
		last := &res.Problems[MaxProblems]
		last.Text = fmt.Sprint(atoi(last.Text) + 1)
	}
}
