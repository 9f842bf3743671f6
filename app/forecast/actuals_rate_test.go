package forecast_test

import (
	"math"
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// A rate the file gives as it is (a CRM's close rate), not the counts it
// comes from. Four weeks of April at 20 % were a month at 80 % (their
// sum), and the month to date measured it against the plan's 25 % times
// the month's share: April's revenue, made from its 36 opportunities,
// read ¥31,680,000 (418 % of its goal to date) where 36 × 20 % ×
// ¥1,000,000 is ¥7,200,000. Without counts the rate was no funnel step.
func TestRefitRateAsGiven(t *testing.T) {
	weekly := func(node string, v ...float64) forecast.Actuals {
		var a forecast.Actuals
		for w, x := range v {
			a = append(a, forecast.Actual{Year: 2026, Month: 4, Week: w + 1, Node: node, Value: x})
		}
		return a
	}
	for _, tc := range []struct {
		name     string
		actuals  forecast.Actuals
		rate     float64 // April's close rate
		revenue  float64 // April's revenue to date, made from the actuals
		observed float64 // the close rate's step
		leak     int     // the worst step: the close rate's below its plan's 25 %, none above
		updated  bool    // the plan's close rate updated (posterior): the counts it converts are given
	}{
		{"week by week, a month to date", append(weekly("opportunities", 9, 9, 9, 9), weekly("close_rate", 0.2, 0.2, 0.2, 0.2)...), 0.2, 7_200_000, 0.2, 0, true},
		{"weeks apart, their mean", append(weekly("opportunities", 10, 10, 10, 10), weekly("close_rate", 0.1, 0.3, 0.2, 0.2)...), 0.2, 8_000_000, 0.2, 0, true},
		{"a month's total", forecast.Actuals{
			{Year: 2026, Month: 4, Node: "opportunities", Value: 30},
			{Year: 2026, Month: 4, Node: "close_rate", Value: 0.3},
		}, 0.3, 9_000_000, 0.3, -1, true},
		{"a rate alone", forecast.Actuals{
			{Year: 2026, Month: 4, Node: "close_rate", Value: 0.2},
			{Year: 2026, Month: 5, Node: "close_rate", Value: 0.1},
		}, 0.2, 6_400_000, 0.15, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := scenario.LoadPresets(scenarios.FS)
			if err != nil {
				t.Fatal(err)
			}
			s, _ := ps.Get("outbound")
			s = s.Clone()
			if err := s.Set(scenario.KeyStartYear, 2026); err != nil {
				t.Fatal(err)
			}
			if err := s.SetActuals(tc.actuals); err != nil {
				t.Fatal(err)
			}
			rf, err := s.Refit()
			if err != nil {
				t.Fatal(err)
			}
			m := rf.Answer.Tree.Model
			rate, _ := m.Index("close_rate")
			if got := rf.Actual[0][rate]; math.Abs(got-tc.rate) > 1e-12 {
				t.Errorf("April's close rate %v, want %v", got, tc.rate)
			}
			if got := rf.Value[0][m.Goal()]; !rf.Derived[0][m.Goal()] || math.Abs(got-tc.revenue) > 1e-6 {
				t.Errorf("April's revenue %v (made from the actuals: %v), want %v", got, rf.Derived[0][m.Goal()], tc.revenue)
			}
			if len(rf.Steps) != 1 || rf.Steps[0].Lever != rate || math.Abs(rf.Steps[0].Observed-tc.observed) > 1e-12 || rf.Leak != tc.leak {
				t.Errorf("steps %+v, leak %d: want the close rate at %v, leak %d", rf.Steps, rf.Leak, tc.observed, tc.leak)
			}
			if _, ok := rf.Posterior["close_rate"]; ok != tc.updated {
				t.Errorf("the close rate updated %v, want %v: %+v", ok, tc.updated, rf.Posterior)
			}
		})
	}
}
