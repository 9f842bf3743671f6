package report_test

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// TestHelpBringsEveryMonthUnder: the lever the headline names as helping
// most, set to the value it names, leaves no month over the activity's
// ceiling. It was found by goal seek on the year's total, which at the
// ceiling was already met: it told inside sales to raise its cost per
// lead, which makes April worse.
func TestHelpBringsEveryMonthUnder(t *testing.T) {
	for _, c := range []struct {
		name, id string
		set      map[string]float64
	}{
		{"a monthly budget over in its busiest months", "inside-sales", map[string]float64{"ceiling.marketing_budget": 2_000_000}},
		{"visits over in seasonal months", "route-sales", nil},
		{"calls over all year", "outbound", map[string]float64{"ceiling.calls": 30}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := preset(t, c.id)
			for k, v := range c.set {
				if err := s.Set(k, v); err != nil {
					t.Fatal(err)
				}
			}
			a, err := s.Answer()
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Over) == 0 && a.Pace <= 0 {
				t.Fatal("no month is over the ceiling: the case tests nothing")
			}
			m := a.Tree.Model
			act := m.Node(a.Target)
			help, ok := forecast.HelpMost(m, act.ID, act.Limit(), s.Forecast)
			if !ok {
				t.Fatal("no lever named")
			}
			text, node := report.New(a, i18n.En, s.Currency).Help()
			if node != help.Lever || !strings.Contains(text, "helps most") {
				t.Errorf("the headline says %q (%s), HelpMost %+v", text, node, help)
			}
			if err := s.Set(help.Lever, help.To); err != nil {
				t.Fatal(err)
			}
			b, err := s.Answer()
			if err != nil {
				t.Fatal(err)
			}
			if len(b.Over) > 0 {
				t.Errorf("%s from %v to %v leaves %d months over the ceiling", help.Lever, help.From, help.To, len(b.Over))
			}
		})
	}
}
