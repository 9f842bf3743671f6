package actuals_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// Rows of one month (or week) and KPI are added up, as the rule says, and
// the result says so: each value counts the rows in it (Entry.Rows,
// Summed), and rows equal in every cell, the likeliest mistake, are named
// by row (Same). Two "Apr 2026" rows of revenue, 6,000,000 and 1,000,000,
// read April as ¥7,000,000 and nothing said so.
func TestAddedUpRows(t *testing.T) {
	for _, tc := range []struct {
		name, csv string
		summed    []string // period, node and rows of each value added up
		same      [][]int
	}{
		{name: "a row per month", csv: "年月,売上\n2026年4月,6000000\n2026年5月,6000000\n"},
		{name: "two rows of April", csv: "年月,売上\n2026年4月,6000000\n2026年4月,1000000\n2026年5月,6000000\n",
			summed: []string{"2026-4 revenue: 2 rows"}},
		{name: "a row pasted twice", csv: "年月,売上\n2026年4月,6000000\n2026年5月,6000000\n2026年5月,6000000\n",
			summed: []string{"2026-5 revenue: 2 rows"}, same: [][]int{{3, 4}}},
		{name: "the same row with spaces and a trailing empty cell", csv: "Month,Calls,Deals won\n2026-04,100,2\n 2026-04 ,100 ,2,\n",
			summed: []string{"2026-4 calls: 2 rows", "2026-4 deals: 2 rows"}, same: [][]int{{2, 3}}},
		{name: "a row three times and another twice, blank lines counted", csv: "Month,Calls\n2026-04,1\n\n2026-04,1\n2026-05,2\n2026-04,1\n2026-05,2\n",
			summed: []string{"2026-4 calls: 3 rows", "2026-5 calls: 2 rows"}, same: [][]int{{2, 4, 6}, {5, 7}}},
		{name: "two reps with the same figures", csv: "Month,Rep,Calls\n2026-04,Sato,100\n2026-04,Kato,100\n",
			summed: []string{"2026-4 calls: 2 rows"}},
		{name: "a grouped export writes the month once", csv: "Month,Calls\n2026-04,1\n,5\n2026-05,1\n,5\n",
			summed: []string{"2026-4 calls: 2 rows", "2026-5 calls: 2 rows"}},
		{name: "a row's several columns count once each", csv: "Month,Calls,Deals won,Revenue\n2026-04,100,2,5\n2026-04,50,1,\n",
			summed: []string{"2026-4 calls: 2 rows", "2026-4 deals: 2 rows"}},
		{name: "days of one week", csv: "Date,Calls\n2026-04-01,10\n2026-04-02,20\n2026-04-08,30\n",
			summed: []string{"2026-4 week 1 calls: 2 rows"}},
		{name: "a long form's metric twice", csv: "月,指標,値\n2026年4月,受注件数,2\n2026年4月,受注件数,2\n2026年4月,架電数,100\n",
			summed: []string{"2026-4 deals: 2 rows"}, same: [][]int{{2, 3}}},
		// A row with a value refused is left out whole: its deals read
		// without its calls had skewed the rates.
		{name: "a row with a bad cell left out", csv: "Month,Calls,Deals won\n2026-04,x,2\n2026-04,x,2\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(tc.csv), outbound)
			var summed []string
			for _, e := range res.Summed() {
				p := fmt.Sprintf("%d-%d", e.Year, e.Month)
				if e.Week > 0 {
					p += fmt.Sprintf(" week %d", e.Week)
				}
				summed = append(summed, fmt.Sprintf("%s %s: %d rows", p, e.Node, e.Rows))
			}
			if !slices.Equal(summed, tc.summed) || fmt.Sprint(res.Same) != fmt.Sprint(tc.same) {
				t.Errorf("added up %q, same %v\nwant %q, %v", summed, res.Same, tc.summed, tc.same)
			}
			for _, e := range res.Entries {
				if e.Rows < 1 {
					t.Errorf("%+v: no rows", e)
				}
			}
		})
	}
}
