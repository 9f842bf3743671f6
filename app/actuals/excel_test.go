package actuals_test

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// entriesOf writes what ParseBytes read of csv as "y-m-w node value" lines
// and its problems in English, one a line.
func entriesOf(csv string) (entries, problems string) {
	res := actuals.ParseBytes([]byte(csv), outbound)
	var got, ps []string
	for _, e := range res.Entries {
		got = append(got, strings.Join([]string{itoa(e.Year) + "-" + itoa(e.Month) + "-" + itoa(e.Week), e.Node, ftoa(e.Value)}, " "))
	}
	for _, p := range res.Problems {
		ps = append(ps, p.Error())
	}
	return strings.Join(got, "\n"), strings.Join(ps, "\n")
}

// Excel's accounting format writes zero as a dash: "-" read as negative
// before, and the month's value was refused.
func TestAccountingZero(t *testing.T) {
	for _, tc := range []struct {
		name, cell string
		want       string // the entry, "" when refused
		problem    string
	}{
		{"hyphen", "-", "2026-6-0 revenue 0", ""},
		{"full-width hyphen", "－", "2026-6-0 revenue 0", ""},
		{"em dash", "—", "2026-6-0 revenue 0", ""},
		{"horizontal bar", "―", "2026-6-0 revenue 0", ""},
		{"yen and dash", `" ¥-   "`, "2026-6-0 revenue 0", ""},
		{"yen, space, dash", "¥ -", "2026-6-0 revenue 0", ""},
		{"negative stays refused", "-5", "", `row 2, column 2 (受注金額): "-5" is negative`},
		{"bracketed stays refused", `"(1,000)"`, "", `row 2, column 2 (受注金額): "(1,000)" is negative`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ps := entriesOf("月,受注金額\n2026/6/1," + tc.cell + "\n")
			if got != tc.want || ps != tc.problem {
				t.Errorf("%s: entries %q, problems %q; want %q, %q", tc.cell, got, ps, tc.want, tc.problem)
			}
		})
	}
}
