package actuals_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// A problem names the row a spreadsheet shows its cell on: blank lines
// count (encoding/csv skips them, and a bad value after one was named a
// row too high), and a cell of several lines is one row.
func TestRowsAsASpreadsheetShows(t *testing.T) {
	for _, tc := range []struct {
		name, csv string
		problems  []string
		rows      []int // each entry's first row
	}{
		{name: "a blank line before a bad value", csv: "Month,Calls\n2026-04,10\n\n2026-05,abc\n",
			problems: []string{`row 4, column 2 (Calls): "abc" is not a number, so the row is left out`}, rows: []int{2}},
		{name: "blank lines before a bad value on line 8", csv: "Month,Calls\n2026-04,10\n\n\n2026-05,1\n\n2026-06,1\n2026-07,x\n",
			problems: []string{`row 8, column 2 (Calls): "x" is not a number, so the row is left out`}, rows: []int{2, 5, 7}},
		{name: "CRLF and a blank line", csv: "Month,Calls\r\n\r\n2026-04,x\r\n2026-05,1\r\n",
			problems: []string{`row 3, column 2 (Calls): "x" is not a number, so the row is left out`}, rows: []int{4}},
		{name: "a line of spaces", csv: "Month,Calls\n   \n2026-04,x\n",
			problems: []string{`row 3, column 2 (Calls): "x" is not a number, so the row is left out`}},
		{name: "blank lines before the header", csv: "\n\nMonth,Calls,Visits\n\n2026-04,x,1\n",
			problems: []string{
				`column 3 (Visits): "Visits" names no KPI of this tree; the column is left out`,
				`row 5, column 2 (Calls): "x" is not a number, so the row is left out`}},
		{name: "no period under blank lines", csv: "\nCalls\n10\n",
			problems: []string{"row 2: no column names the month or date (Month, Date, 月, 年月, 日付 …)"}},
		{name: "a cell of two lines is one row", csv: "Month,Calls,Memo\n2026-04,1,\"first\nsecond\"\n2026-05,x,\n",
			problems: []string{
				`column 3 (Memo): "Memo" names no KPI of this tree; the column is left out`,
				`row 3, column 2 (Calls): "x" is not a number, so the row is left out`}, rows: []int{2}},
		{name: "a cell of three lines with CRLF and a blank one", csv: "Month,Memo,Calls\r\n2026-04,\"a\r\n\r\nb\",1\r\n\r\n2026-05,,x\r\n2026-06,,2\r\n",
			problems: []string{
				`column 2 (Memo): "Memo" names no KPI of this tree; the column is left out`,
				`row 4, column 3 (Calls): "x" is not a number, so the row is left out`}, rows: []int{2, 5}},
		{name: "a bad value in a cell of two lines", csv: "Month,Calls\n2026-04,\"1\n2\"\n\n2026-05,3\n",
			problems: []string{"row 2, column 2 (Calls): \"1\\n2\" is not a number, so the row is left out"}, rows: []int{4}},
		{name: "a byte-order mark", csv: "\ufeffMonth,Calls\n\n2026-04,x\n",
			problems: []string{`row 3, column 2 (Calls): "x" is not a number, so the row is left out`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(tc.csv), outbound)
			var ps []string
			for _, p := range res.Problems {
				ps = append(ps, p.Error())
			}
			if g, w := strings.Join(ps, "\n"), strings.Join(tc.problems, "\n"); g != w {
				t.Errorf("problems:\n%s\nwant:\n%s", g, w)
			}
			var rows []int
			for _, e := range res.Entries {
				rows = append(rows, e.Row)
			}
			if !slices.Equal(rows, tc.rows) {
				t.Errorf("entry rows %v, want %v", rows, tc.rows)
			}
		})
	}
}
