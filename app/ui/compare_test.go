package ui

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// Each column of the comparison reads as its scenario opened alone, and
// the differences are to the base.
func TestCompare(t *testing.T) {
	p := &Page{model: newModel(t, i18n.En)}
	base, err := p.model.State()
	if err != nil {
		t.Fatal(err)
	}
	p.share.base = &base
	p.model.SetText("close_rate", "20")
	p.runCompare()
	cols := p.share.compared
	if len(cols) != 2 || !cols[0].Base || cols[1].Base {
		t.Fatalf("columns: %+v", cols)
	}
	alone := newModel(t, i18n.En)
	alone.SetText("close_rate", "20")
	v := alone.View().Complete()
	if cols[1].Head != v.Head.Figure || cols[1].Total != v.Forecast.Total || cols[1].Gap != v.Forecast.Gap {
		t.Errorf("current column %+v differs from the scenario alone %+v", cols[1], v.Head.Figure)
	}
	if cols[0].Prob.Exact < 0 || cols[1].Prob.Exact < 0 {
		t.Errorf("no probability: %v %v", cols[0].Prob, cols[1].Prob)
	}
	abs, pct := delta(i18n.En, "JPY", cols[0].Head, cols[1].Head, false, false)
	if abs == "" || pct == "" || abs[0] != '+' {
		t.Errorf("delta of a lower close rate = %q %q, want more activity", abs, pct)
	}
	if abs, pct := delta(i18n.En, "JPY", Figure{Exact: -4}, Figure{Exact: -23}, true, false); abs != "−¥19" || pct != "−475%" {
		t.Errorf("delta of a gap (−4 → −23) = %q %q", abs, pct)
	}
	if abs, _ := delta(i18n.En, "JPY", Figure{Exact: 0.4}, Figure{Exact: -1}, false, true); abs != "" {
		t.Errorf("a probability not computed yet has a delta %q", abs)
	}
	if abs, pct := delta(i18n.En, "JPY", Figure{Exact: 100}, Figure{Exact: 75}, true, false); abs != "−¥25" || pct != "−25%" {
		t.Errorf("delta(100 → 75) = %q %q", abs, pct)
	}
}
