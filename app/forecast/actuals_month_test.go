package forecast_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// Month totals landing in the same plan month add up, as a file's rows of
// one month do: April without a year and April 2026 in a plan from April
// 2026 kept only the last, and the other was lost without a word.
func TestRefitMonthTotalsAddUp(t *testing.T) {
	m := compile(t, outboundSpec())
	cfg := forecast.Config{StartMonth: 4, StartYear: 2026, Trials: 200}
	for _, tc := range []struct {
		name string
		a    forecast.Actuals
		want float64 // April's revenue
	}{
		{"year-less and dated", forecast.Actuals{{Month: 4, Node: "revenue", Value: 1e6}, {Year: 2026, Month: 4, Node: "revenue", Value: 2e6}}, 3e6},
		{"dated twice", forecast.Actuals{{Year: 2026, Month: 4, Node: "revenue", Value: 1e6}, {Year: 2026, Month: 4, Node: "revenue", Value: 2e6}}, 3e6},
		{"a total wins over weeks", forecast.Actuals{{Year: 2026, Month: 4, Week: 1, Node: "revenue", Value: 5e6}, {Month: 4, Node: "revenue", Value: 1e6}, {Year: 2026, Month: 4, Node: "revenue", Value: 2e6}}, 3e6},
		{"weeks add up", forecast.Actuals{{Year: 2026, Month: 4, Week: 1, Node: "revenue", Value: 1e6}, {Month: 4, Week: 2, Node: "revenue", Value: 2e6}}, 3e6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rf, err := forecast.Refit(m, "calls", kpi.RoundCeil, cfg, tc.a)
			if err != nil {
				t.Fatal(err)
			}
			g := m.Goal()
			if rf.Actual[0][g] != tc.want || !rf.Has[0][g] {
				t.Errorf("April's revenue %v, want %v", rf.Actual[0][g], tc.want)
			}
		})
	}
}
