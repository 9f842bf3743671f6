package actuals_test

import (
	"errors"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/kpisim/kpisim/app/actuals"
)

// A file over a limit is refused whole, with one problem naming the
// limit: it had its first 100,000 rows (or 8 MB) summed before, and its
// year so far read as only its first months.
func TestLimits(t *testing.T) {
	rows := func(n int) string { return strings.Repeat("2026-04,1\n", n) }
	// padded is a file of exactly size bytes: one row and a long memo.
	padded := func(size int) string {
		head := "Month,Calls,Memo\n2026-04,1,"
		return head + strings.Repeat("x", size-len(head)-1) + "\n"
	}
	const over = "the file has over 100,000 data rows, the limit, so nothing is imported: export a summary by month, or fewer months at a time"
	for _, tc := range []struct {
		name, csv string
		calls     float64 // April's calls read; 0 when refused
		problems  []string
	}{
		{name: "100,000 rows are read", csv: "Month,Calls\n" + rows(actuals.MaxRows), calls: actuals.MaxRows},
		{name: "blank lines and a total row are no data rows", csv: "Month,Calls\n\n" + rows(actuals.MaxRows) + "\n,\nTotal,100000\n", calls: actuals.MaxRows},
		{name: "100,001 rows: nothing is read", csv: "Month,Calls\n" + rows(actuals.MaxRows+1), problems: []string{over}},
		{name: "100,001 rows, some bad: one problem", csv: "Month,Calls\n2026-04,x\n" + rows(actuals.MaxRows), problems: []string{over}},
		{name: "8 MB is read", csv: padded(actuals.MaxBytes), calls: 1,
			problems: []string{`column 3 (Memo): "Memo" names no KPI of this tree; the column is left out`}},
		{name: "over 8 MB: nothing is read", csv: padded(actuals.MaxBytes + 1),
			problems: []string{"the file is over the limit of 8 MB, so nothing is imported: export fewer months at a time"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// Parse reads from a reader what ParseBytes is given.
			for _, res := range []*actuals.Result{actuals.ParseBytes([]byte(tc.csv), outbound), actuals.Parse(strings.NewReader(tc.csv), outbound)} {
				calls := 0.0
				for _, e := range res.Entries {
					calls += e.Value
				}
				var ps []string
				for _, p := range res.Problems {
					ps = append(ps, p.Error())
				}
				if calls != tc.calls || strings.Join(ps, "\n") != strings.Join(tc.problems, "\n") {
					t.Errorf("calls %v, problems:\n%s\nwant %v,\n%s", calls, strings.Join(ps, "\n"), tc.calls, strings.Join(tc.problems, "\n"))
				}
				if tc.calls == 0 && (res.Rows != 0 || res.Valued != 0 || len(res.Columns) != 0) {
					t.Errorf("refused, yet %d rows, %d valued, columns %v", res.Rows, res.Valued, res.Columns)
				}
			}
		})
	}
}

// A reader that fails is a file that cannot be read, in words of the
// rule alone: Go's own error text stays in Text, out of the message.
func TestUnreadable(t *testing.T) {
	res := actuals.Parse(iotest.ErrReader(errors.New("disk gone")), outbound)
	if len(res.Problems) != 1 || res.Problems[0].Error() != "the file cannot be read as CSV" || res.Problems[0].Text != "disk gone" {
		t.Errorf("problems %+v", res.Problems)
	}
}
