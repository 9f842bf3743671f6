package forecast_test

import (
	"slices"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// A closed month without an actual of the goal (May left out of an export
// of April to July) is no actual: the actual to date sums what was
// entered, the achievement compares the months with actuals with their
// goal, and the forecast takes the missing month's plan, said in Missing.
// May counted at its plan's ¥8,000,000 before: ¥26,000,000 "actual" to
// July, 78 %.
func TestRefitMissingMonth(t *testing.T) {
	m := compile(t, outboundSpec())
	rev := func(month int, v float64) forecast.Actual {
		return forecast.Actual{Year: 2026, Month: time.Month(month), Node: "revenue", Value: v}
	}
	calls := func(month int, v float64) forecast.Actual {
		return forecast.Actual{Year: 2026, Month: time.Month(month), Node: "calls", Value: v}
	}
	const goal = 100_000_000.0 / 12
	for _, tc := range []struct {
		name        string
		lag         int
		a           forecast.Actuals
		missing     []int
		toDate      float64
		goalToDate  float64
		planMissing float64
		forecast    float64
	}{
		{"may left out", 0, forecast.Actuals{rev(4, 6e6), rev(6, 6e6), rev(7, 6e6)},
			[]int{1}, 18e6, 3 * goal, 8e6, 18e6 + 8e6 + 8*8e6},
		{"every month entered", 0, forecast.Actuals{rev(4, 6e6), rev(5, 6e6), rev(6, 6e6), rev(7, 6e6)},
			nil, 24e6, 4 * goal, 0, 24e6 + 8*8e6},
		{"two months left out", 0, forecast.Actuals{rev(4, 6e6), rev(7, 6e6)},
			[]int{1, 2}, 12e6, 2 * goal, 16e6, 12e6 + 16e6 + 8*8e6},
		{"calls a month earlier make May's", 1, forecast.Actuals{calls(4, 4_000), calls(5, 8_000)},
			[]int{0}, 4e6, goal, 8e6, 4e6 + 8e6 + 10*8e6},
		// May, to come, lands April's 4,000 calls (Reforecast.FromDone),
		// as the case above makes May's actual of them; it took the plan.
		{"nothing of the goal yet", 1, forecast.Actuals{calls(4, 4_000)},
			[]int{0}, 0, 0, 8e6, 8e6 + 4e6 + 10*8e6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := forecast.Config{StartMonth: 4, StartYear: 2026, LagMonths: tc.lag, Trials: 500, Seed: 1}
			rf, err := forecast.Refit(m, "calls", kpi.RoundNone, cfg, tc.a)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(rf.Missing, tc.missing) || !anear(rf.ActualToDate, tc.toDate, 1e-9) || !anear(rf.GoalToDate, tc.goalToDate, 1e-9) ||
				!anear(rf.InMissing, tc.planMissing, 1e-9) || !anear(rf.Forecast, tc.forecast, 1e-9) {
				t.Errorf("missing %v, to date %v of %v, plan in missing %v, forecast %v; want %v, %v of %v, %v, %v",
					rf.Missing, rf.ActualToDate, rf.GoalToDate, rf.InMissing, rf.Forecast, tc.missing, tc.toDate, tc.goalToDate, tc.planMissing, tc.forecast)
			}
			want := 0.0
			if tc.goalToDate > 0 {
				want = tc.toDate / tc.goalToDate
			}
			if !anear(rf.Achievement, want, 1e-9) || !anear(rf.Remaining, max(rf.Goal-tc.toDate-tc.planMissing, 0), 1e-9) {
				t.Errorf("achievement %v, remaining %v; want %v, %v", rf.Achievement, rf.Remaining, want, rf.Goal-tc.toDate-tc.planMissing)
			}
		})
	}
}
