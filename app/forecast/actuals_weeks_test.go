package forecast_test

import (
	"slices"
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// A month whose weeks leave some out before its last entered (a weekly
// export that starts on the 22nd, a week skipped) counts only the weeks it
// has: its goal to date is their share of its goal, and the weeks left out
// count at their plan in the forecast and what is still needed. It counted
// as a whole month before: April's week 4 alone was graded against April's
// goal. A month before the last is not short of its week 5 (a weekly row of
// the 22nd to the 28th holds the days after it).
func TestRefitWeeksLeftOut(t *testing.T) {
	cfg := forecast.Config{StartMonth: 4, StartYear: 2026, Trials: 500, Seed: 3}
	for _, tc := range []struct {
		name    string
		lag     int
		april   []int // weeks entered in April 2026; May is a month total, June weeks 1–2
		leftOut []int // April's weeks counted at the plan
	}{
		{"an export that starts on the 22nd", 0, []int{4}, []int{1, 2, 3}},
		{"a week skipped", 0, []int{1, 3, 4, 5}, []int{2}},
		{"weeks 1–4 dated by their Mondays", 0, []int{1, 2, 3, 4}, nil},
		{"week 1 alone: a monthly row dated the 1st", 0, []int{1}, nil},
		{"a sales cycle of two months", 2, []int{3, 4}, []int{1, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := cfg
			c.LagMonths = tc.lag
			ans, err := forecast.Solve(compile(t, outboundSpec()), "calls", kpi.RoundNone, c)
			if err != nil {
				t.Fatal(err)
			}
			// The plan at the pace the goal needs, the actuals at the plan:
			// the re-forecast must read the plan.
			m := compile(t, with(outboundSpec(), "calls", ans.Pace))
			p, err := forecast.NewPlan(m, "calls", c)
			if err != nil {
				t.Fatal(err)
			}
			leftOut := 0.0
			for _, w := range tc.leftOut {
				leftOut += p.WeekShare(0, w)
			}
			june := p.WeekShare(2, 1) + p.WeekShare(2, 2)
			ids := []string{"calls", "revenue"}
			var act forecast.Actuals
			for _, id := range ids {
				i, _ := m.Index(id)
				for j, w := range tc.april { // the weeks' actual in the first, 0 in the others
					v := 0.0
					if j == 0 {
						v = forecast.PlanValue(p, 0, i) * (1 - leftOut)
					}
					act = append(act, forecast.Actual{Year: 2026, Month: 4, Week: w, Node: id, Value: v})
				}
				act = append(act, forecast.Actual{Year: 2026, Month: 5, Node: id, Value: forecast.PlanValue(p, 1, i)},
					forecast.Actual{Year: 2026, Month: 6, Week: 1, Node: id, Value: forecast.PlanValue(p, 2, i) * june},
					forecast.Actual{Year: 2026, Month: 6, Week: 2, Node: id, Value: 0})
			}
			rf, err := forecast.Refit(m, "calls", kpi.RoundCeil, c, act)
			if err != nil {
				t.Fatal(err)
			}
			if got := rf.MissingWeeks(0); !slices.Equal(got, tc.leftOut) || !anear(rf.LeftOut[0], leftOut, 1e-12) || !anear(rf.Cover[0], 1-leftOut, 1e-12) {
				t.Errorf("April: weeks left out %v (share %v, cover %v), want %v (%v)", got, rf.LeftOut[0], rf.Cover[0], tc.leftOut, leftOut)
			}
			if rf.PartialWeek != 2 || !anear(rf.Done, june, 1e-12) || rf.LeftOut[2] != 0 || rf.Cover[1] != 1 {
				t.Errorf("June: partial week %d, done %v, left out %v; want 2, %v, 0 (May's cover %v)", rf.PartialWeek, rf.Done, rf.LeftOut[2], june, rf.Cover[1])
			}
			goal := p.Months[0].Goal*(1-leftOut) + p.Months[1].Goal + p.Months[2].Goal*june
			g := m.Goal()
			if !anear(rf.GoalToDate, goal, 1e-12) || !anear(rf.InGaps, forecast.PlanValue(p, 0, g)*leftOut, 1e-9) {
				t.Errorf("goal to date %v, want %v; plan in the weeks left out %v", rf.GoalToDate, goal, rf.InGaps)
			}
			if !anear(rf.Forecast, p.Revenue, 1e-9) || !anear(rf.Remaining, p.Revenue-rf.ActualToDate-rf.InGaps, 1e-9) {
				t.Errorf("forecast %v, want the plan's %v; remaining %v", rf.Forecast, p.Revenue, rf.Remaining)
			}
			if !rf.PaceOK || !anear(rf.Pace, rf.PacePlanned, 1e-9) {
				t.Errorf("pace %v (ok %v), want the plan's %v", rf.Pace, rf.PaceOK, rf.PacePlanned)
			}
		})
	}
}
