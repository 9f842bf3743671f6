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

// A price or a balance is no more added up than a rate: two reps'
// ¥1,000,000 deals read an average deal size of ¥2,000,000, and a month's
// ARR up for renewal twice its balance. The period's value is left out,
// said once; the counts beside it are added up as before.
func TestLevelRows(t *testing.T) {
	nodes := append(slices.Clone(outbound[:1]), actuals.Node{ID: "unit_price", Ja: "平均単価", En: "Average deal size", Money: true, Level: true})
	nodes = append(nodes, outbound[2:]...)
	for _, tc := range []struct {
		name, csv string
		prices    []string // the deal sizes read: "2026-4: 1e+06"
		deals     []string
		problems  []string // "row r col c: header"
	}{
		{name: "one price a month", csv: "Month,Average deal size,Deals won\n2026-04,1000000,3\n2026-05,900000,2\n",
			prices: []string{"2026-4: 1e+06", "2026-5: 900000"}, deals: []string{"2026-4: 3", "2026-5: 2"}},
		{name: "two reps' prices in April", csv: "Month,Average deal size,Deals won\n2026-04,1000000,3\n2026-04,1000000,4\n2026-05,900000,2\n",
			prices: []string{"2026-5: 900000"}, deals: []string{"2026-4: 7", "2026-5: 2"}, problems: []string{"row 3 col 2: Average deal size"}},
		{name: "days of one week", csv: "Date,Average deal size\n2026-04-01,1000000\n2026-04-02,800000\n2026-04-08,900000\n",
			prices: []string{"2026-4 week 2: 900000"}, problems: []string{"row 3 col 0: Average deal size"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(tc.csv), nodes)
			var prices, deals, problems []string
			for _, e := range res.Entries {
				p := fmt.Sprintf("%d-%d", e.Year, e.Month)
				if e.Week > 0 {
					p += fmt.Sprintf(" week %d", e.Week)
				}
				switch e.Node {
				case "unit_price":
					prices = append(prices, fmt.Sprintf("%s: %g", p, e.Value))
				case "deals":
					deals = append(deals, fmt.Sprintf("%s: %g", p, e.Value))
				}
			}
			for _, p := range res.Problems {
				if p.Code == actuals.LevelRows {
					problems = append(problems, fmt.Sprintf("row %d col %d: %s", p.Row, p.Column, p.Text))
				}
			}
			if !slices.Equal(prices, tc.prices) || !slices.Equal(deals, tc.deals) || !slices.Equal(problems, tc.problems) {
				t.Errorf("prices %q, deals %q, problems %q\nwant %q, %q, %q", prices, deals, problems, tc.prices, tc.deals, tc.problems)
			}
		})
	}
}
