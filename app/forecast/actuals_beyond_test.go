package forecast_test

import (
	"testing"
	gotime "time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// A month with more deals won than opportunities (a mistyped cell: 9,999,999
// from 32) is no close rate of 15,625,010.94 %: it is named, and its counts
// are left out of every step that month, the deal size too (¥1 a deal).
// The other months measure the funnel as before.
func TestRefitBeyond(t *testing.T) {
	m := compile(t, outboundSpec())
	cfg := forecast.Config{StartMonth: 4, StartYear: 2026, Trials: 200, Seed: 1}
	month := func(mo int, calls, meetings, opps, deals, revenue float64) forecast.Actuals {
		var a forecast.Actuals
		for id, v := range map[string]float64{"calls": calls, "first_meetings": meetings, "opportunities": opps, "deals": deals, "revenue": revenue} {
			a = append(a, forecast.Actual{Year: 2026, Month: timeMonth(mo), Node: id, Value: v})
		}
		return a
	}
	act := append(month(4, 8000, 160, 32, 8, 8_000_000), month(5, 8000, 160, 32, 9_999_999, 8_000_000)...)
	rf, err := forecast.Refit(m, "calls", kpi.RoundCeil, cfg, act)
	if err != nil {
		t.Fatal(err)
	}
	deals, _ := m.Index("deals")
	opps, _ := m.Index("opportunities")
	if len(rf.Beyond) != 1 || rf.Beyond[0].Month != 1 || rf.Beyond[0].Node != deals || rf.Beyond[0].From != opps || rf.Beyond[0].Won != 9_999_999 {
		t.Fatalf("beyond %+v, want May's deals over its opportunities", rf.Beyond)
	}
	for _, st := range rf.Steps {
		want := 1 // April alone, where May's deals or opportunities stand
		if m.Node(st.Lever).ID == "appointment_rate" {
			want = 2 // calls to first meetings: May's are sound
		}
		if st.Months != want || m.Node(st.Lever).Unit == kpi.Rate && st.Observed > 1 || st.Observed <= 0 {
			t.Errorf("step %s: %d months, observed %v; want %d", m.Node(st.Lever).ID, st.Months, st.Observed, want)
		}
	}
	if r, ok := rf.Posterior["close_rate"]; ok && r.Won > r.Of {
		t.Errorf("the close rate's posterior %+v", r)
	}
	if !(rf.ProbGoal >= 0 && rf.ProbGoal <= 1) || !(rf.Forecast > 0) {
		t.Errorf("chance %v, forecast %v", rf.ProbGoal, rf.Forecast)
	}

	// With a sales cycle a month's first meetings may outrun the calls of
	// one month earlier (June's 170 from May's 100): only the months
	// together are held to it.
	cfg.LagMonths = 1
	ok := append(append(month(4, 8000, 160, 32, 8, 8_000_000), month(5, 100, 160, 32, 8, 8_000_000)...), month(6, 8000, 170, 34, 8, 8_000_000)...)
	if rf, err = forecast.Refit(m, "calls", kpi.RoundCeil, cfg, ok); err != nil {
		t.Fatal(err)
	}
	if len(rf.Beyond) != 0 {
		t.Errorf("a lagged month's counts read as beyond: %+v", rf.Beyond)
	}
}

// A week of today's month that has not begun is set aside, as a month
// not begun is: typed on 7 December, December's week 4 had closed the
// month through week 4, and weeks 1–3 were taken as delivered at plan.
func TestRefitOnWeekAhead(t *testing.T) {
	m := compile(t, outboundSpec())
	cfg := forecast.Config{StartMonth: 4, StartYear: 2026, Trials: 200, Seed: 1}
	dec7 := gotime.Date(2026, 12, 7, 9, 0, 0, 0, gotime.UTC)
	act := forecast.Actuals{
		{Year: 2026, Month: 11, Node: "revenue", Value: 8_000_000},
		{Year: 2026, Month: 12, Week: 1, Node: "revenue", Value: 1_000_000},
		{Year: 2026, Month: 12, Week: 4, Node: "revenue", Value: 1_000_000},
		{Year: 2026, Month: 12, Week: 4, Node: "calls", Value: 1500},
	}
	rf, err := forecast.RefitOn(m, "calls", kpi.RoundCeil, cfg, act, dec7)
	if err != nil {
		t.Fatal(err)
	}
	if len(rf.AheadWeeks) != 2 || rf.PartialWeek != 1 || rf.LeftOut[8] != 0 {
		t.Errorf("weeks ahead %+v, through week %d, left out %v; want week 4 set aside and December through week 1", rf.AheadWeeks, rf.PartialWeek, rf.LeftOut[8])
	}
	undated, err := forecast.Refit(m, "calls", kpi.RoundCeil, cfg, act)
	if err != nil {
		t.Fatal(err)
	}
	if len(undated.AheadWeeks) != 0 || undated.PartialWeek != 4 {
		t.Errorf("undated: weeks ahead %v, through week %d; want every week counted", undated.AheadWeeks, undated.PartialWeek)
	}
}
