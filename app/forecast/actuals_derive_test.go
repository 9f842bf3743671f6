package forecast_test

import (
	"math"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// TestRefitDerivesWhatIsNotEntered: a month closed with actuals below the
// goal and none of the goal itself counts what those actuals make at the
// plan's other values, never the plan's revenue: a team that closed 2 deals
// of 8 is at 25 %, not at the plan's 96 %.
func TestRefitDerivesWhatIsNotEntered(t *testing.T) {
	act := func(month int, node string, v float64) forecast.Actual {
		return forecast.Actual{Year: 2026, Month: time.Month(month), Node: node, Value: v}
	}
	for _, c := range []struct {
		name    string
		spec    kpi.Spec
		lag     int
		acts    forecast.Actuals
		want    []float64 // the goal's value in each closed month
		derived []bool
		missing int // closed months with no actual to count (their plan's value is no actual)
	}{
		{"deals at the planned price", outboundSpec(), 0,
			forecast.Actuals{act(4, "deals", 2), act(5, "deals", 2), act(6, "deals", 2)},
			[]float64{2_000_000, 2_000_000, 2_000_000}, []bool{true, true, true}, 0},
		{"calls through the planned rates", outboundSpec(), 0,
			forecast.Actuals{act(4, "calls", 4_000)}, []float64{4_000_000}, []bool{true}, 0},
		{"calls land a month later", outboundSpec(), 1,
			forecast.Actuals{act(4, "calls", 4_000), act(5, "calls", 8_000)},
			[]float64{8_000_000, 4_000_000}, []bool{false, true}, 1}, // April's revenue is the plan's pipeline: not counted
		{"an entered revenue wins", outboundSpec(), 0,
			forecast.Actuals{act(4, "deals", 2), act(4, "revenue", 5_000_000)}, []float64{5_000_000}, []bool{false}, 0},
		{"a sum moves by its term", renewalSpec(), 0,
			forecast.Actuals{act(4, "deals", 1)}, []float64{2_000_000 + 1_500_000}, []bool{true}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := compile(t, c.spec)
			cfg := forecast.Config{StartMonth: 4, StartYear: 2026, LagMonths: c.lag, Trials: 1000, Seed: 1}
			rf, err := forecast.Refit(m, m.Node(m.Activities()[0]).ID, kpi.RoundNone, cfg, c.acts)
			if err != nil {
				t.Fatal(err)
			}
			if rf.Closed != len(c.want) {
				t.Fatalf("%d months closed, want %d", rf.Closed, len(c.want))
			}
			g := m.Goal()
			sum := 0.0
			for k, w := range c.want {
				if got := rf.Value[k][g]; math.Abs(got-w) > 1e-6*w {
					t.Errorf("month %d: revenue %v, want %v", k+1, got, w)
				}
				if rf.Derived[k][g] != c.derived[k] {
					t.Errorf("month %d: derived %v, want %v", k+1, rf.Derived[k][g], c.derived[k])
				}
				if rf.Has[k][g] || rf.Derived[k][g] {
					sum += w
				}
			}
			if len(rf.Missing) != c.missing {
				t.Errorf("missing months %v, want %d", rf.Missing, c.missing)
			}
			if math.Abs(rf.ActualToDate-sum) > 1e-6*sum {
				t.Errorf("actual to date %v, want %v", rf.ActualToDate, sum)
			}
		})
	}
}
