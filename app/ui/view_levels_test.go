package ui

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// A level on the solve path (sales velocity's open opportunities and its
// weighted pipeline, each a figure at any time, not per period) is a row
// of the required table with its one figure in the year's column, as calc
// prints it: the table had held the revenue alone, the answer (60
// opportunities) in the headline only.
func TestRequiredLevels(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			m := newModel(t, lang)
			m.Load("velocity")
			v := m.View()
			got := map[string][]Figure{}
			for _, r := range v.Rows {
				got[r.ID] = r.Cells
			}
			for _, id := range []string{"revenue", "velocity", "pipeline_value", "opportunities"} {
				cells, ok := got[id]
				if !ok {
					t.Errorf("no row %s in the required table: %v", id, v.Rows)
					continue
				}
				if len(cells) != len(v.Periods) {
					t.Errorf("%s: %d cells for %d columns", id, len(cells), len(v.Periods))
				}
			}
			opp := got["opportunities"]
			if len(opp) == 0 || opp[0].Text != v.Head.Figure.Text || opp[0].Period != "value" {
				t.Fatalf("opportunities' year cell %+v, the headline's %+v", opp, v.Head.Figure)
			}
			for k, c := range opp[1:] {
				if c != (Figure{}) {
					t.Errorf("opportunities in %v: %+v, want an empty cell", v.Periods[k+1], c)
				}
			}
			if v.Periods[0] != kpi.Year {
				t.Errorf("the first column is %v", v.Periods[0])
			}
		})
	}
}
