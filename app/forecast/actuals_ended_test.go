package forecast_test

import (
	"slices"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// Dated, the months ended by today with no actuals are closed and Missing:
// they count at their plan, as if entered at it, and what is still needed
// spreads over the months left from today. On 7 December with actuals to
// June, July to November had counted as months to come: the pace spread
// over five months gone (51.1 calls a rep a day over nine months, where
// the four left need 67).
func TestRefitOnEndedMonths(t *testing.T) {
	m := compile(t, outboundSpec())
	cfg := forecast.Config{StartMonth: 4, StartYear: 2026, Trials: 200, Seed: 7}
	short := map[string]float64{"revenue": 0.7, "calls": 1}
	toJune := planActuals(t, m, cfg, 3, short, "calls", "revenue")
	dec7 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	rf, err := forecast.RefitOn(m, "calls", kpi.RoundCeil, cfg, toJune, dec7, forecast.NoRun)
	if err != nil {
		t.Fatal(err)
	}
	if rf.Closed != 8 || rf.Ended != 8 || !slices.Equal(rf.Missing, []int{3, 4, 5, 6, 7}) {
		t.Fatalf("closed %d, ended %d, missing %v; want 8, 8, July to November", rf.Closed, rf.Ended, rf.Missing)
	}
	// The same year with July to November entered at their plan: the same
	// forecast, still needed and pace.
	p := rf.Answer.Plan
	g := m.Goal()
	entered := slices.Clone(toJune)
	var plan float64
	for k := 3; k < 8; k++ {
		plan += forecast.PlanValue(p, k, g)
		entered = append(entered, forecast.Actual{Year: p.Months[k].Year, Month: p.Months[k].Month, Node: "revenue", Value: forecast.PlanValue(p, k, g)})
	}
	if !anear(rf.PlanInMissing, plan, 1e-12) {
		t.Errorf("plan in the months missing %v, want %v", rf.PlanInMissing, plan)
	}
	at, err := forecast.RefitOn(m, "calls", kpi.RoundCeil, cfg, entered, dec7, forecast.NoRun)
	if err != nil {
		t.Fatal(err)
	}
	if !anear(rf.Remaining, at.Remaining, 1e-12) || !anear(rf.Forecast, at.Forecast, 1e-12) || !anear(rf.Pace, at.Pace, 1e-9) {
		t.Errorf("still needed %v, forecast %v, pace %v; entered at plan %v, %v, %v", rf.Remaining, rf.Forecast, rf.Pace, at.Remaining, at.Forecast, at.Pace)
	}
	// Undated, the months after June are to come: the pace spreads over
	// nine months, not four.
	undated, err := forecast.Refit(m, "calls", kpi.RoundCeil, cfg, toJune, forecast.NoRun)
	if err != nil {
		t.Fatal(err)
	}
	if undated.Closed != 3 || !(undated.Pace < rf.Pace) {
		t.Errorf("undated: closed %d, pace %v; want 3 and below the dated %v", undated.Closed, undated.Pace, rf.Pace)
	}
}

// A month entered by week that has ended is whole: the weeks after the last
// entered are past, without actuals (LeftOut, at their plan), not the
// month's rest to come. November 2026 with weeks 1–2 read "actuals through
// week 2" on 7 December, its weeks 3–5 at the plan as time still ahead.
// While November runs, they are.
func TestRefitOnEndedWeeks(t *testing.T) {
	m := compile(t, outboundSpec())
	cfg := forecast.Config{StartMonth: 4, StartYear: 2026, Trials: 200}
	var a forecast.Actuals
	for mo := time.April; mo <= time.October; mo++ {
		a = append(a, forecast.Actual{Year: 2026, Month: mo, Node: "revenue", Value: 7e6})
	}
	week1 := append(slices.Clone(a), forecast.Actual{Year: 2026, Month: 11, Week: 1, Node: "revenue", Value: 1e6})
	weeks12 := append(slices.Clone(week1), forecast.Actual{Year: 2026, Month: 11, Week: 2, Node: "revenue", Value: 2e6})
	// November 2026, Monday to Friday: 21 working days; week 1 (the 1st
	// to the 7th) holds 5, weeks 1–2 (to the 14th) 10, weeks 3–5 the
	// other 11 (week 5 is Monday the 30th).
	nov20, dec7 := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC), time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name    string
		a       forecast.Actuals
		today   time.Time
		week    int     // PartialWeek
		leftOut float64 // November's
		open    float64
		missing []int   // November's weeks counted at plan
		cover   float64 // November's share its actuals stand for
	}{
		{"November 20: weeks 3–5 to come", weeks12, nov20, 2, 0, 11.0 / 21, nil, 10.0 / 21},
		{"December 7: weeks 3–5 past", weeks12, dec7, 0, 11.0 / 21, 0, []int{3, 4, 5}, 10.0 / 21},
		// Its last month with actuals, week 1 alone is not a monthly row
		// dated the 1st: November's ¥1,000,000 is its week's, not its all.
		{"December 7: week 1 alone, weeks 2–5 past", week1, dec7, 0, 16.0 / 21, 0, []int{2, 3, 4, 5}, 5.0 / 21},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rf, err := forecast.RefitOn(m, "calls", kpi.RoundCeil, cfg, tc.a, tc.today, forecast.NoRun)
			if err != nil {
				t.Fatal(err)
			}
			if rf.Closed != 8 || rf.PartialWeek != tc.week || !anear(rf.LeftOut[7], tc.leftOut, 1e-12) || !anear(rf.Open, tc.open, 1e-12) || !slices.Equal(rf.MissingWeeks(7), tc.missing) {
				t.Errorf("closed %d, partial week %d, left out %v, open %v, weeks at plan %v; want 8, %d, %v, %v, %v",
					rf.Closed, rf.PartialWeek, rf.LeftOut[7], rf.Open, rf.MissingWeeks(7), tc.week, tc.leftOut, tc.open, tc.missing)
			}
			if !anear(rf.Cover[7], tc.cover, 1e-12) {
				t.Errorf("November's actuals cover %v, want %v", rf.Cover[7], tc.cover)
			}
		})
	}
}
