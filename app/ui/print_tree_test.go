package ui

import (
	"encoding/json"
	"testing"

	"github.com/kpisim/kpisim/app/chart"
	"github.com/kpisim/kpisim/app/i18n"
)

// On paper a wide tree is drawn left to right in up to 164 mm and prints
// its names larger than top down in 112 mm did (SaaS revenue at 3.7 pt);
// a deep or small tree stays top down in 112 mm, as the page draws it.
func TestPaperTree(t *testing.T) {
	for _, c := range []struct {
		preset string
		lang   i18n.Lang
		orient string
		least  float64 // the names' size on paper, in points, at least
	}{
		{"saas-revenue", i18n.Ja, chart.LeftRight, 6.5},
		{"saas-revenue", i18n.En, chart.LeftRight, 5.5},
		{"route-sales", i18n.En, chart.LeftRight, 8},
		{"inside-sales", i18n.En, chart.TopDown, 5.5},
		{"outbound", i18n.Ja, chart.TopDown, 7.5},
		{"field-sales", i18n.En, chart.TopDown, 9.5},
	} {
		t.Run(c.preset+"/"+string(c.lang), func(t *testing.T) {
			m := newModel(t, c.lang)
			m.Load(c.preset)
			nodes := diagramNodes(m.View())
			opt, w, h, most, err := paperTree(nodes)
			if err != nil {
				t.Fatal(err)
			}
			var o struct{ Series []struct{ Orient string } }
			if err := json.Unmarshal([]byte(opt), &o); err != nil || len(o.Series) != 1 {
				t.Fatalf("option: %v", err)
			}
			if got := o.Series[0].Orient; got != c.orient {
				t.Errorf("drawn %s, want %s", got, c.orient)
			}
			if want := map[string]float64{chart.LeftRight: paperTreeTall, chart.TopDown: paperTreeHeight}[c.orient]; most != want {
				t.Errorf("up to %v px high, want %v", most, want)
			}
			// Printed paperWidth wide at most, and most high.
			scale := min(1, paperWidth/w, most/h)
			pt := 13 * scale * 0.75 // 13-pixel names, 0.75 pt a CSS pixel
			tw, th := chart.TreeSize(nodes, 1)
			before := 13 * min(1, paperWidth/tw, paperTreeHeight/th) * 0.75
			if pt < c.least || pt < before {
				t.Errorf("names at %.1f pt (top down in 112 mm: %.1f), want %.1f or more", pt, before, c.least)
			}
		})
	}
}
