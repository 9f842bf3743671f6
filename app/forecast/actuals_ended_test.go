package forecast_test

import (
	"slices"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// Dated, the months ended by today with no actuals, and the days to today
// of the month in progress, are closed and Missing: they count at the
// forecast for them, as if entered at it, and what is still needed
// spreads over the time left from today. The forecast is the undated
// one's, where they were months to come: time passing without reports
// changes no estimate. On 7 December with actuals to June, July to
// November had counted as months to come: the pace spread over five
// months gone (51.1 calls a rep a day over nine months, where the four
// left need 67). Counted at their plan instead, each unreported month had
// raised the forecast of a team behind it.
func TestRefitOnEndedMonths(t *testing.T) {
	m := compile(t, outboundSpec())
	cfg := forecast.Config{StartMonth: 4, StartYear: 2026, Trials: 200, Seed: 7}
	// Meetings converting at 75 % of plan: the forecast falls short of it.
	short := map[string]float64{"opportunities": 0.75, "deals": 0.75, "revenue": 0.75}
	toJune := planActuals(t, m, cfg, 3, short, "calls", "first_meetings", "opportunities", "deals", "revenue")
	dec7 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	rf, err := forecast.RefitOn(m, "calls", kpi.RoundCeil, cfg, toJune, dec7, forecast.NoRun)
	if err != nil {
		t.Fatal(err)
	}
	if rf.Closed != 9 || rf.Ended != 8 || rf.PartialDay != 6 || !slices.Equal(rf.Missing, []int{3, 4, 5, 6, 7, 8}) {
		t.Fatalf("closed %d, ended %d, partial day %d, missing %v; want 9, 8, 6, July to December 6th", rf.Closed, rf.Ended, rf.PartialDay, rf.Missing)
	}
	undated, err := forecast.Refit(m, "calls", kpi.RoundCeil, cfg, toJune, forecast.NoRun)
	if err != nil {
		t.Fatal(err)
	}
	p := rf.Answer.Plan
	g := m.Goal()
	for _, k := range rf.Missing[:5] {
		if !anear(rf.Value[k][g], undated.Value[k][g], 1e-12) || !(rf.Value[k][g] < forecast.PlanValue(p, k, g)) {
			t.Errorf("month %d without actuals counts %v; as a month to come %v, its plan %v", k, rf.Value[k][g], undated.Value[k][g], forecast.PlanValue(p, k, g))
		}
	}
	if !anear(rf.Forecast, undated.Forecast, 1e-12) || !anear(rf.Remaining, rf.Goal-rf.ActualToDate-rf.InMissing, 1e-12) {
		t.Errorf("forecast %v, undated %v; still needed %v", rf.Forecast, undated.Forecast, rf.Remaining)
	}
	if undated.Closed != 3 || !(undated.Pace < rf.Pace) {
		t.Errorf("undated: closed %d, pace %v; want 3 and below the dated %v, spread over time gone", undated.Closed, undated.Pace, rf.Pace)
	}
	// The same year with July to November entered at the forecast for
	// them: the same still needed, forecast and pace.
	entered := slices.Clone(toJune)
	for _, k := range rf.Missing[:5] {
		entered = append(entered, forecast.Actual{Year: p.Months[k].Year, Month: p.Months[k].Month, Node: "revenue", Value: rf.Value[k][g]})
	}
	at, err := forecast.RefitOn(m, "calls", kpi.RoundCeil, cfg, entered, dec7, forecast.NoRun)
	if err != nil {
		t.Fatal(err)
	}
	if !anear(rf.Remaining, at.Remaining, 1e-9) || !anear(rf.Forecast, at.Forecast, 1e-9) || !anear(rf.Pace, at.Pace, 1e-9) {
		t.Errorf("still needed %v, forecast %v, pace %v; entered at the forecast %v, %v, %v", rf.Remaining, rf.Forecast, rf.Pace, at.Remaining, at.Forecast, at.Pace)
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
	weeks14 := append(slices.Clone(weeks12), forecast.Actual{Year: 2026, Month: 11, Week: 3, Node: "revenue", Value: 2e6}, forecast.Actual{Year: 2026, Month: 11, Week: 4, Node: "revenue", Value: 2e6})
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
		{"December 7: weeks 3–5 past", weeks12, dec7, 0, 11.0 / 21, 19.0 / 23, []int{3, 4, 5}, 10.0 / 21}, // December from the 7th (today) is open
		// Its last month with actuals, week 1 alone is not a monthly row
		// dated the 1st: November's ¥1,000,000 is its week's, not its all.
		{"December 7: week 1 alone, weeks 2–5 past", week1, dec7, 0, 16.0 / 21, 19.0 / 23, []int{2, 3, 4, 5}, 5.0 / 21},
		// A weekly export dated by Mondays ends with the row of the 23rd,
		// which holds the 29th and 30th: week 5 was counted twice, in it
		// and at the forecast.
		{"December 7: weeks 1–4, the 4th's row holds week 5", weeks14, dec7, 0, 0, 19.0 / 23, nil, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rf, err := forecast.RefitOn(m, "calls", kpi.RoundCeil, cfg, tc.a, tc.today, forecast.NoRun)
			if err != nil {
				t.Fatal(err)
			}
			closed := 8
			if tc.today == dec7 {
				closed = 9 // December to the 6th, without actuals
			}
			if rf.Closed != closed || rf.PartialWeek != tc.week || !anear(rf.LeftOut[7], tc.leftOut, 1e-12) || !anear(rf.Open, tc.open, 1e-12) || !slices.Equal(rf.MissingWeeks(7), tc.missing) {
				t.Errorf("closed %d, partial week %d, left out %v, open %v, weeks at plan %v; want %d, %d, %v, %v, %v",
					rf.Closed, rf.PartialWeek, rf.LeftOut[7], rf.Open, rf.MissingWeeks(7), closed, tc.week, tc.leftOut, tc.open, tc.missing)
			}
			if !anear(rf.Cover[7], tc.cover, 1e-12) {
				t.Errorf("November's actuals cover %v, want %v", rf.Cover[7], tc.cover)
			}
		})
	}
}

// After the plan, months never entered are drawn as the months to come
// were: the chance of the goal is a share of trials, not a certain 0 %.
// It read "0%" for a team with four months unreported.
func TestRefitOnEndedDrawn(t *testing.T) {
	m := compile(t, outboundSpec())
	cfg := forecast.Config{StartMonth: 4, StartYear: 2026, Trials: 2000, Seed: 7,
		Ranges: map[string]forecast.Range{"meeting_rate": {Low: 0.15, Likely: 0.2, High: 0.25}}}
	a := planActuals(t, m, cfg, 8, map[string]float64{"revenue": 0.9, "deals": 0.9}, "calls", "deals", "revenue")
	rf, err := forecast.RefitOn(m, "calls", kpi.RoundCeil, cfg, a, time.Date(2027, 6, 1, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(rf.Missing) != 4 || rf.Trials != 2000 || rf.Alike || !(rf.ProbGoal > 0 && rf.ProbGoal < 1) {
		t.Errorf("missing %v, %d trials, alike %v, chance %v; want the four months drawn", rf.Missing, rf.Trials, rf.Alike, rf.ProbGoal)
	}
}
