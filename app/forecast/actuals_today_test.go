package forecast_test

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// On July 14, July's month totals at the pace the goal needs, to that day,
// are on plan: the goal to date takes the share of July's working days
// through the 14th, and the rest of July counts at the plan, as weeks 1–2
// entered by week do. Undated, the same totals were read as all of July:
// behind, with the pace climbing to make the rest up.
func TestRefitOnMonthInProgress(t *testing.T) {
	jp := forecast.BusinessCalendar{Country: "jp", Year: 2026}
	jul14 := time.Date(2026, 7, 14, 10, 0, 0, 0, time.Local)
	for _, tc := range []struct {
		name string
		cfg  forecast.Config
		done float64 // of July, through the 14th
	}{
		// July 2026: 23 weekdays less Marine Day (the 20th); 10 of them by the 14th.
		{"Japan's business calendar", forecast.Config{StartMonth: 4, BusinessCalendar: jp}, 10.0 / 22},
		{"a start year: Monday to Friday", forecast.Config{StartMonth: 4, StartYear: 2026}, 10.0 / 23},
		{"a sales cycle of two months", forecast.Config{StartMonth: 4, StartYear: 2026, LagMonths: 2}, 10.0 / 23},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.cfg
			cfg.Trials, cfg.Seed = 2000, 7
			m, plan, act := onPace(t, cfg)
			jul := plan.Months[3]
			for _, id := range []string{"calls", "revenue"} {
				i, _ := m.Index(id)
				act = append(act, forecast.Actual{Year: jul.Year, Month: jul.Month, Node: id, Value: forecast.PlanValue(plan, 3, i) * tc.done})
			}
			rf, err := forecast.RefitOn(m, "calls", kpi.RoundCeil, cfg, act, jul14)
			if err != nil {
				t.Fatal(err)
			}
			if rf.Closed != 4 || rf.PartialDay != 14 || rf.PartialWeek != 0 || !anear(rf.Done, tc.done, 1e-12) || !anear(rf.Open, 1-tc.done, 1e-12) {
				t.Fatalf("closed %d, partial day %d, week %d, done %v, open %v; want 4, 14, 0, %v, %v", rf.Closed, rf.PartialDay, rf.PartialWeek, rf.Done, rf.Open, tc.done, 1-tc.done)
			}
			julyOnPlan(t, rf, tc.done)
			undated, err := forecast.Refit(m, "calls", kpi.RoundCeil, cfg, act)
			if err != nil {
				t.Fatal(err)
			}
			if undated.PartialDay != 0 || undated.Done != 1 || !(undated.Achievement < rf.Achievement-0.1) {
				t.Errorf("undated: partial day %d, done %v, achievement %v; want July read whole, behind", undated.PartialDay, undated.Done, undated.Achievement)
			}
		})
	}
}

// Dated, the months not begun are not closed: their actuals stay entered
// and count for nothing (a template's zeros to March read the plan as
// ended, at 0 %), and the month in progress counts to today only in month
// totals. A plan without a year, or a zero day, is undated.
func TestRefitOnClosesNoMonthAhead(t *testing.T) {
	m := compile(t, outboundSpec())
	dated := forecast.Config{StartMonth: 4, StartYear: 2026, Trials: 200}
	g := m.Goal()
	rev := func(y int, mo time.Month, w int, v float64) forecast.Actual {
		return forecast.Actual{Year: y, Month: mo, Week: w, Node: "revenue", Value: v}
	}
	zerosTo := func(a forecast.Actuals, last time.Month) forecast.Actuals {
		for mo := time.August; mo <= time.December; mo++ {
			a = append(a, rev(2026, mo, 0, 0))
		}
		for mo := time.January; mo <= last; mo++ {
			a = append(a, rev(2027, mo, 0, 0))
		}
		return a
	}
	summary := forecast.Actuals{rev(2026, 4, 0, 7e6), rev(2026, 5, 0, 7e6), rev(2026, 6, 0, 7e6), rev(2026, 7, 0, 7e6)}
	aug15 := time.Date(2026, 8, 15, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name       string
		cfg        forecast.Config
		a          forecast.Actuals
		today      time.Time
		closed     int
		ahead      []int
		partialDay int
		open       float64
	}{
		{"undated", dated, zerosTo(summary, 3), time.Time{}, 12, nil, 0, 0},
		{"zeros to March, on August 15", dated, zerosTo(summary, 3), aug15, 5, []int{5, 6, 7, 8, 9, 10, 11}, 15, 11.0 / 21},
		{"August's total on its last working day", dated, append(slices.Clone(summary), rev(2026, 8, 0, 1e6)), time.Date(2026, 8, 31, 18, 0, 0, 0, time.UTC), 5, nil, 0, 0},
		{"August's total on a Saturday before its first working day", dated, append(slices.Clone(summary), rev(2026, 8, 0, 1e6)), time.Date(2026, 8, 1, 9, 0, 0, 0, time.UTC), 4, []int{4}, 0, 0},
		{"August's total on its first working day", dated, append(slices.Clone(summary), rev(2026, 8, 0, 1e6)), time.Date(2026, 8, 3, 9, 0, 0, 0, time.UTC), 5, nil, 3, 20.0 / 21},
		{"weeks 1–2 of August, on August 15", dated, append(slices.Clone(summary), rev(2026, 8, 1, 1e6), rev(2026, 8, 2, 1e6)), aug15, 5, nil, 0, 11.0 / 21}, // weeks 3–5, the 15th on
		{"July over, on August 15: August to the 14th, without actuals", dated, summary, aug15, 5, nil, 14, 11.0 / 21},
		{"after the plan", dated, zerosTo(summary, 3), time.Date(2027, 6, 1, 9, 0, 0, 0, time.UTC), 12, nil, 0, 0},
		{"before the plan", dated, summary, time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC), 0, []int{0, 1, 2, 3}, 0, 0},
		{"a plan without a year", forecast.Config{StartMonth: 4, Trials: 200}, forecast.Actuals{{Month: 4, Node: "revenue", Value: 7e6}, {Month: 8, Node: "revenue", Value: 0}}, aug15, 5, nil, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rf, err := forecast.RefitOn(m, "calls", kpi.RoundCeil, tc.cfg, tc.a, tc.today)
			if err != nil {
				t.Fatal(err)
			}
			if rf.Closed != tc.closed || !slices.Equal(rf.Ahead, tc.ahead) || rf.PartialDay != tc.partialDay || !anear(rf.Open, tc.open, 1e-12) {
				t.Fatalf("closed %d, ahead %v, partial day %d, open %v; want %d, %v, %d, %v", rf.Closed, rf.Ahead, rf.PartialDay, rf.Open, tc.closed, tc.ahead, tc.partialDay, tc.open)
			}
			// A month ahead keeps what was entered, and counts the plan.
			p := rf.Answer.Plan
			for _, k := range rf.Ahead {
				if !rf.Has[k][g] || rf.Value[k][g] != rf.Value[k][g] || rf.Value[k][g] == 0 && p.Months[k].Landed[g] > 0 {
					t.Errorf("month %d ahead: has %v, value %v; want entered and the plan's %v", k, rf.Has[k][g], rf.Value[k][g], p.Months[k].Landed[g])
				}
			}
			for _, v := range []float64{rf.Forecast, rf.GoalToDate, rf.Achievement, rf.Remaining, rf.Pace} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("a figure is %v", v)
				}
			}
			if tc.today.IsZero() || tc.cfg.StartYear == 0 {
				if !rf.Today.IsZero() {
					t.Errorf("dated %v, want undated", rf.Today)
				}
			}
		})
	}
}

// Day by day through a plan and past it, with month totals to August and
// zeros for every month after, the dated re-forecast never reads NaN, Inf
// or -0, closes no month after today's, and its goal to date never falls:
// each day adds its share of the month in progress, and a month begun
// with its zeros adds the days of it gone.
func TestRefitOnEveryDay(t *testing.T) {
	m := compile(t, outboundSpec())
	cfg := forecast.Config{StartMonth: 4, BusinessCalendar: forecast.BusinessCalendar{Country: "jp", Year: 2026}, Trials: 50}
	var a forecast.Actuals
	for k := range 12 {
		y, mo := 2026, time.Month(4+k)
		if mo > 12 {
			y, mo = 2027, mo-12
		}
		v := 8e6
		if k > 4 {
			v = 0
		}
		a = append(a, forecast.Actual{Year: y, Month: mo, Node: "revenue", Value: v}, forecast.Actual{Year: y, Month: mo, Node: "calls", Value: v / 1000})
	}
	last := -1.0
	for day := time.Date(2026, 3, 25, 9, 0, 0, 0, time.UTC); day.Before(time.Date(2027, 4, 10, 0, 0, 0, 0, time.UTC)); day = day.AddDate(0, 0, 1) {
		rf, err := forecast.RefitOn(m, "calls", kpi.RoundCeil, cfg, a, day)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range []float64{rf.Forecast, rf.GoalToDate, rf.ActualToDate, rf.Achievement, rf.Remaining, rf.Pace, rf.Gap, rf.Done, rf.Open, rf.Rest, rf.ProbGoal} {
			if math.IsNaN(v) || math.IsInf(v, 0) || v == 0 && math.Signbit(v) {
				t.Fatalf("%s: a figure is %v", day.Format(time.DateOnly), v)
			}
		}
		if rf.Closed > 0 {
			mo := rf.Answer.Plan.Months[rf.Closed-1]
			if time.Date(mo.Year, mo.Month, 1, 0, 0, 0, 0, time.UTC).After(day) {
				t.Fatalf("%s: closes %d %v, not begun", day.Format(time.DateOnly), mo.Year, mo.Month)
			}
		}
		if rf.GoalToDate < last-1e-6 {
			t.Fatalf("%s: goal to date %v fell from %v", day.Format(time.DateOnly), rf.GoalToDate, last)
		}
		last = rf.GoalToDate
	}
}
