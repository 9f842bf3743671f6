package actuals_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// A rate given in several rows (or days) of one month or week is not
// added up: two reps' 12 % read as a close rate of 24 %, and nothing said
// so. The period's rate is left out, said once at the row that repeats
// it; the counts beside it are added up as before.
func TestRateRows(t *testing.T) {
	for _, tc := range []struct {
		name, csv string
		rates     []string // the close rates read: "2026-4: 0.12"
		problems  []string // "row r col c: code"
	}{
		{name: "one rate a month", csv: "月,受注率\n2026年4月,12%\n2026年5月,15%\n",
			rates: []string{"2026-4: 0.12", "2026-5: 0.15"}},
		{name: "two reps' rates in April", csv: "月,受注率,受注件数\n2026年4月,12%,3\n2026年4月,12%,4\n2026年5月,15%,5\n",
			rates: []string{"2026-5: 0.15"}, problems: []string{"row 3 col 2: 受注率"}},
		{name: "three rows said once", csv: "Month,Close rate\n2026-04,10\n2026-04,20\n2026-04,30\n",
			rates: nil, problems: []string{"row 3 col 2: Close rate"}},
		{name: "days of one week", csv: "Date,Close rate\n2026-04-01,10%\n2026-04-02,20%\n2026-04-08,30%\n",
			rates: []string{"2026-4 week 2: 0.3"}, problems: []string{"row 3 col 0: Close rate"}},
		{name: "a long form's rate twice", csv: "月,指標,値\n2026年4月,受注率,12%\n2026年4月,受注率,12%\n",
			rates: nil, problems: []string{"row 3 col 3: 値"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(tc.csv), outbound)
			var rates, problems []string
			for _, e := range res.Entries {
				if e.Node != "close_rate" {
					continue
				}
				p := fmt.Sprintf("%d-%d", e.Year, e.Month)
				if e.Week > 0 {
					p += fmt.Sprintf(" week %d", e.Week)
				}
				rates = append(rates, fmt.Sprintf("%s: %g", p, e.Value))
			}
			for _, p := range res.Problems {
				if p.Code == actuals.RateRows {
					problems = append(problems, fmt.Sprintf("row %d col %d: %s", p.Row, p.Column, p.Text))
				}
			}
			if !slices.Equal(rates, tc.rates) || !slices.Equal(problems, tc.problems) {
				t.Errorf("rates %q, problems %q\nwant %q, %q", rates, problems, tc.rates, tc.problems)
			}
		})
	}
}
