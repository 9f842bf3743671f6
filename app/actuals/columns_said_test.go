package actuals_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// A column's problem found in its header is said of the column, which is
// left out: a second column of one KPI (Month, Calls ,CALLS) said
// `"CALLS" names no KPI of this tree`, and a header in another currency
// "row 1, column 6 … so the row is left out". Amounts written with an
// English unit (6M, 6.0m, 6000k) read as scenario values and -set read
// them (jpnum.Western); they were "not a number".
func TestColumnsSaid(t *testing.T) {
	for _, c := range []struct {
		name, plan, csv string
		want            string // the entries read, node=value
		problems        []string
	}{
		{"a KPI's second column", "JPY", "Month, Calls ,CALLS,Amount\n2026-04,7400,7400,6000000\n",
			"calls=7400 revenue=6e+06", []string{`column 3 (CALLS): "CALLS" repeats the column of Calls (column 2), so it is left out`}},
		{"its id after its label", "JPY", "Month,Calls,calls\n2026-04,7400,7000\n",
			"calls=7400", []string{`column 3 (calls): "calls" repeats the column of Calls (column 2), so it is left out`}},
		{"a header in another currency", "JPY", "Close Date,Calls,First Meetings,Opportunities,Deals Won,Amount (USD)\n2026-04-01,7400,148,22,6,6000000\n",
			"calls=7400 first_meetings=148 opportunities=22 deals=6",
			[]string{`column 6 (Amount (USD)): the header "Amount (USD)" names another currency than the plan's, so the column is left out: convert its amounts to the plan's currency, or change the plan's currency (in the page: Edit the tree, This tree)`}},
		{"6M", "JPY", "Month,Amount\n2026-04,6M\n", "revenue=6e+06", nil},
		{"6.0m", "JPY", "Month,Amount\n2026-04,6.0m\n", "revenue=6e+06", nil},
		{"6000k", "JPY", "Month,Amount\n2026-04,6000k\n", "revenue=6e+06", nil},
		{"6,000k", "JPY", "Month,Amount\n2026-04,\"6,000k\"\n", "revenue=6e+06", nil},
		{"1.2 million", "JPY", "Month,Amount\n2026-04,1.2 million\n", "revenue=1.2e+06", nil},
		{"$1.2M in a plan in USD", "USD", "Month,Amount\n2026-04,$1.2M\n", "revenue=1.2e+06", nil},
		{"a count in thousands", "JPY", "Month,Calls\n2026-04,7.4k\n", "calls=7400", nil},
		{"a semicolon file's 6,5M", "JPY", "Month;Amount\n2026-04;6,5M\n", "revenue=6.5e+06", nil},
		{"a unit alone is no number", "JPY", "Month,Amount,Calls\n2026-04,M,5\n", "",
			[]string{`row 2, column 2 (Amount): "M" is not a number, so the row is left out`}},
		{"a word is no number", "JPY", "Month,Amount,Calls\n2026-04,6 mega,5\n", "",
			[]string{`row 2, column 2 (Amount): "6 mega" is not a number, so the row is left out`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := actuals.ParseBytesIn([]byte(c.csv), outbound, c.plan)
			var got, problems []string
			for _, e := range res.Entries {
				got = append(got, fmt.Sprintf("%s=%v", e.Node, e.Value))
			}
			for _, p := range res.Problems {
				problems = append(problems, p.Error())
			}
			if strings.Join(got, " ") != c.want {
				t.Errorf("read %v, want %s (problems %q)", got, c.want, problems)
			}
			if !slices.Equal(problems, c.problems) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(problems, "\n"), strings.Join(c.problems, "\n"))
			}
		})
	}
}
