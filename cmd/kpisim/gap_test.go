//go:build !wasm

package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// The text table's GAP column (Deals −4, Opportunities −16, Calls −4,000
// for outbound) reads in calc -json, as each node's gap, and in calc -csv,
// as its last column gap_year, for every preset and example: neither had
// it. Nodes off the solve path have none, as the text's cell is empty.
func TestNodeGapEverywhere(t *testing.T) {
	for _, c := range everyScenario(t) {
		t.Run(c.name, func(t *testing.T) {
			a, err := c.s.Answer()
			if err != nil {
				t.Fatal(err)
			}
			page := report.New(a, i18n.En, c.s.Currency)
			var r Report
			if err := json.Unmarshal([]byte(mustRun(t, "calc", "-json", "-lang", "en", c.arg)), &r); err != nil {
				t.Fatal(err)
			}
			csvOut := mustRun(t, "calc", "-csv", "-lang", "en", c.arg)
			text := mustRun(t, "calc", "-lang", "en", "-width", "200", c.arg)
			for k, n := range r.Nodes {
				row := page.Row(n.ID)
				cell := csvCell(t, csvOut, k+1, "gap_year")
				if !row.Periodic() || !row.OnPath {
					if n.Gap != nil || cell != "" {
						t.Errorf("%s, off the path: -json gap %v, -csv gap_year %q", n.ID, n.Gap, cell)
					}
					continue
				}
				if n.Gap == nil {
					t.Errorf("%s: -json has no gap; the text's is %s", n.ID, row.Gap.Text)
					continue
				}
				if *n.Gap != i18n.Tidy(row.Gap.Value) || cell != i18n.Plain(row.Gap.Value) {
					t.Errorf("%s: -json gap %v, -csv gap_year %s; the text's %s (%v)", n.ID, *n.Gap, cell, row.Gap.Text, row.Gap.Value)
				}
				if !strings.Contains(text, row.Gap.Text) {
					t.Errorf("%s: the text has no %s", n.ID, row.Gap.Text)
				}
			}
		})
	}
}
