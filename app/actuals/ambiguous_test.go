package actuals_test

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// A header that names more than one node is not guessed at: 受注件数 read
// as the first of two product lines' counts. The column is left out and
// the problem names the nodes it could be.
func TestAmbiguousHeader(t *testing.T) {
	two := []actuals.Node{
		{ID: "revenue", Ja: "売上", En: "Revenue"},
		{ID: "deals_a", Ja: "受注件数（A）", En: "Deals won (A)"},
		{ID: "deals_b", Ja: "受注件数（B）", En: "Deals won (B)"},
		{ID: "calls", Ja: "架電数", En: "Calls"},
		{ID: "dials", Ja: "calls", En: "Dials"}, // one node's id, another's name
	}
	for _, c := range []struct {
		name, csv, text string
		column          int
	}{
		{"two labels alike but for a bracket", "月,架電数,受注件数\n2026年4月,8000,5\n", "deals_a, deals_b", 3},
		{"an id and a label", "Month,Calls,Revenue\n2026-04,8000,5000000\n", "calls, dials", 2},
		{"a long form's metric", "月,指標,値\n2026年4月,受注件数,5\n", "deals_a, deals_b", 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(c.csv), two)
			var found bool
			for _, p := range res.Problems {
				if p.Code == actuals.Ambiguous {
					found = true
					if p.Text != c.text || p.Column != c.column {
						t.Errorf("problem %+v, want column %d naming %s", p, c.column, c.text)
					}
				}
			}
			if !found {
				t.Errorf("no Ambiguous problem: %+v", res.Problems)
			}
			for _, e := range res.Entries {
				if strings.Contains(c.text, e.Node) {
					t.Errorf("an ambiguous column was read as %s: %+v", e.Node, e)
				}
			}
		})
	}
}
