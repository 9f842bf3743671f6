package forecast_test

import (
	"math"
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// FuzzPlanFourOperations runs the one model (Solve: plan, pace, tree),
// goal seek, the tornado and a short Monte Carlo run on a tree of any two
// of the four operations, with a sales-cycle lag and a hire: never a NaN
// or an infinity, and a reachable pace meets the goal by goal seek.
// Seeded with the presets' shapes.
func FuzzPlanFourOperations(f *testing.F) {
	f.Add(uint8(0), uint8(0), 0.25, 1e6, 1e8, 40.0, uint8(0), uint8(0))
	f.Add(uint8(1), uint8(0), 0.05, 3e5, 1e8, 4.0, uint8(0), uint8(2))
	f.Add(uint8(2), uint8(1), 0.25, 1e7, 1e8, 1.5, uint8(1), uint8(1))
	f.Add(uint8(3), uint8(0), 0.25, 45.0, 1.2e8, 50.0, uint8(0), uint8(0))
	f.Add(uint8(2), uint8(3), 0.4, 3.0, 1e8, 16.0, uint8(2), uint8(3))
	f.Fuzz(func(t *testing.T, op1, op2 uint8, rate, a, goal, calls float64, per, lag uint8) {
		sane := func(v, lo, hi float64) bool { return v == 0 || math.Abs(v) >= lo && math.Abs(v) <= hi }
		if !sane(rate, 1e-6, 1) || !sane(a, 1e-6, 1e12) || !sane(goal, 1e-3, 1e15) || !sane(calls, 1e-6, 1e6) {
			return
		}
		ops := []kpi.Op{kpi.Product, kpi.Sum, kpi.Difference, kpi.Ratio}
		m, err := kpi.Compile(kpi.Spec{
			Goal:     kpi.Goal{Node: "goal", Value: goal, Period: kpi.Year},
			Calendar: kpi.Calendar{Months: 12, WorkingDays: 20, Headcount: 3},
			Nodes: []kpi.Node{
				{ID: "goal", Unit: kpi.Number, Op: ops[op1%4], Children: []string{"work", "a"}},
				{ID: "a", Unit: kpi.Number, Value: a},
				{ID: "work", Unit: kpi.Number, Op: ops[op2%4], Children: []string{"conv", "b"}},
				{ID: "b", Unit: kpi.Number, Value: 2},
				{ID: "conv", Unit: kpi.Count, Op: kpi.Product, Children: []string{"rate", "calls"}},
				{ID: "rate", Unit: kpi.Rate, Value: rate},
				{ID: "calls", Unit: kpi.Count, Value: calls, Activity: true, Per: kpi.Per(per % 3)},
			},
		})
		if err != nil {
			return
		}
		cfg := forecast.Config{LagMonths: int(lag % 4), Hires: []forecast.Hire{{Month: 3, Count: 1, RampMonths: 2}},
			Trials: 40, Seed: 1, Ranges: map[string]forecast.Range{"rate": {Won: 3, Of: 10}}}
		bad := func(v float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) }
		for _, target := range []string{"calls", "rate", "a", "b"} {
			ans, err := forecast.Solve(m, target, kpi.RoundCeil, cfg)
			if err != nil {
				if len(kpi.List(err)) == 0 {
					t.Fatalf("Solve(%s): an error without a rule: %v", target, err)
				}
				continue
			}
			if bad(ans.Pace) || bad(ans.Forecast()) || bad(ans.Gap()) {
				t.Fatalf("Solve(%s): %v", target, ans)
			}
			sk, err := forecast.GoalSeek(m, target, cfg)
			if sk != nil && (bad(sk.Needed) || bad(sk.Value) || bad(sk.Revenue)) {
				t.Fatalf("GoalSeek(%s) = %+v, %v", target, sk, err)
			}
			s, err := forecast.Tornado(m, target, cfg)
			if err == nil {
				for _, b := range s.Bars {
					if bad(b.Swing) || bad(b.RequiredSwing) {
						t.Fatalf("tornado bar %+v", b)
					}
				}
			}
		}
		if b, err := forecast.Run(m, cfg); err == nil {
			for _, mo := range b.Months {
				if bad(mo.Mean) || bad(mo.Cumulative.P90) || bad(b.ProbGoal) {
					t.Fatalf("Monte Carlo month %+v", mo)
				}
			}
		}
	})
}
